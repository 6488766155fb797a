"""Mutations, by format: what a damaged download, a careless edit or a hostile sender does to a file.

Each mutator takes bytes and a ``random.Random`` and returns new bytes; ``mutate(fmt, data, rng)``
applies one to four of the format's mutators and says which.
"""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

Mutator = Callable[[bytes, random.Random], bytes]

_INTERESTING = [b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xc3", b"\x7f", b"\r", b"\x0c",
                b"-1", b"1e308", b"NaN", b"9" * 40]
_WORDS = ["Recalling", "Decides", "*", "**", "[^1]", "[^*]", "¹", "²", "(a)", "(i)", "1.", "PP3", "OP4", "Annex",
          "__________________", "Distr.: General", "The General Assembly,", "12452", "4,300,000,000", "53th",
          "\u200b", "\ufeff", "\ud7ff", "ﬀ", "ʻ", "Ⅻ", "١٢٣", "\t", "x" * 300, "9" * 5000, "1" * 60 + "st"]


# -- bytes ------------------------------------------------------------------------------------


def flip(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def insert(data: bytes, rng: random.Random) -> bytes:
    i = rng.randint(0, len(data))
    return data[:i] + rng.choice(_INTERESTING) * rng.randint(1, 4) + data[i:]


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randint(0, len(data))]


def splice(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 4:
        return data
    a, b = sorted(rng.sample(range(len(data)), 2))
    c = rng.randint(0, len(data))
    return data[:c] + data[a:b] + data[c:]


def delete(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 2:
        return data
    a = rng.randrange(len(data))
    return data[:a] + data[a + rng.randint(1, min(200, len(data) - a)):]


BYTES: list[Mutator] = [flip, insert, truncate, splice, delete]


# -- text ---------------------------------------------------------------------------------------


def _text_op(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    op = rng.randrange(9)
    i = rng.randrange(len(lines)) if lines else 0
    if op == 0 and lines:
        lines.insert(i, rng.choice(_WORDS))
    elif op == 1 and lines:
        lines[i] = lines[i] + " " + rng.choice(_WORDS) * rng.randint(1, 30)
    elif op == 2 and lines:
        lines[i:i] = lines[i:i + rng.randint(1, 20)] * rng.randint(2, 50)
    elif op == 3 and len(lines) > 1:
        del lines[i:i + rng.randint(1, 10)]
    elif op == 4 and lines:
        lines[i] = lines[i].replace(" ", rng.choice(["", "\u00a0", "  ", "\t"]))
    elif op == 5:
        lines.insert(i, "[^*]" * rng.randint(10, 3000))
    elif op == 6 and lines:
        lines[i] = lines[i].upper() if rng.random() < 0.5 else lines[i].swapcase()
    elif op == 7:
        lines.insert(i, "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randint(1, 400))))
    elif op == 8 and lines:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252", "utf-32"]


def text(data: bytes, rng: random.Random) -> bytes:
    value = data.decode("utf-8", "replace")
    for _ in range(rng.randint(1, 3)):
        value = _text_op(value, rng)
    encoding = rng.choice(_ENCODINGS) if rng.random() < 0.2 else "utf-8"
    out = value.encode(encoding, "replace")
    if encoding == "utf-16-be" and rng.random() < 0.5:
        out = b"\xfe\xff" + out
    return out


TEXT: list[Mutator] = [text, text, text] + BYTES


# -- .unres -----------------------------------------------------------------------------------------


def _nodes(value: Any, out: list) -> list:
    stack = [value]
    while stack:
        v = stack.pop()
        out.append(v)
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return out


def _json_op(doc: Any, rng: random.Random) -> Any:
    containers = [n for n in _nodes(doc, []) if isinstance(n, (dict, list)) and n]
    if not containers:
        return doc
    node = rng.choice(containers)
    key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
    op = rng.randrange(9)
    value = node[key]
    if op == 0:
        node[key] = rng.choice([-1, 0, 2 ** 31, 10 ** 30, 10 ** 400, 1.5, float("1e308"), None, True, "", [], {}])
    elif op == 1:
        node[key] = rng.choice(["\ud800", "x" * 100000, "\x00\x01", "1" * 5000, "ʻ" * 500, "[^*]"]) + \
            (value if isinstance(value, str) else "")
    elif op == 2 and isinstance(node, dict):
        del node[key]
    elif op == 3:
        deep: Any = value
        for _ in range(rng.choice([10, 100, 3000])):
            deep = [deep] if rng.random() < 0.5 else {"children": [deep]}
        node[key] = deep
    elif op == 4 and isinstance(value, list) and value:
        node[key] = value * rng.randint(2, 200)
    elif op == 5 and isinstance(value, dict):
        value["anchors"] = [{"offset": rng.randint(-5, 500), "note": {"text": "note", "symbol": rng.random() < .5}}
                            for _ in range(rng.randint(1, 3000))]
    elif op == 6 and isinstance(value, dict):
        value[rng.choice(["start", "end", "offset", "unknown", "children", "style", "base"])] = \
            rng.choice([10 ** 20, -3, "x", [], {}])
    elif op == 7 and isinstance(value, dict) and "text" in value:
        value["marks"] = [{"start": rng.randint(-3, 400), "end": rng.randint(-3, 400),
                           "style": rng.choice(["italic", "bold", "x"])} for _ in range(rng.randint(1, 50))]
    elif op == 8:
        node[key] = json.loads(json.dumps(value)) if rng.random() < 0.5 else value
        if isinstance(node, list):
            node.insert(key, value)
    return doc


def unres(data: bytes, rng: random.Random) -> bytes:
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return flip(data, rng)
    for _ in range(rng.randint(1, 3)):
        try:
            doc = _json_op(doc, rng)
        except RecursionError:  # copying a value nested thousands deep
            break
    try:
        return json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=1).encode("utf-8", "surrogatepass")
    except (ValueError, RecursionError):
        return data


UNRES: list[Mutator] = [unres, unres, unres, unres, flip, truncate, insert]


# -- .docx ---------------------------------------------------------------------------------------------

_ATTR = re.compile(rb'(w:[A-Za-z]+)="([^"]*)"')
_ATTR_VALUES = [b"\xc2\xb2", b"-1", b"99999999999999999999", b"FFFFFFFF", b"%\xc2\xb2.", b"", b"9" * 5000,
                b"NaN", b"D800", b"0"]


def _xml_op(xml: bytes, rng: random.Random) -> bytes:
    op = rng.randrange(5)
    if op == 0:
        attrs = list(_ATTR.finditer(xml))
        if attrs:
            m = rng.choice(attrs)
            return xml[:m.start(2)] + rng.choice(_ATTR_VALUES) + xml[m.end(2):]
    if op == 1:
        elements = list(re.finditer(rb"<w:(p|r|t|footnoteReference|sym|numPr|ilvl)\b[^>]*/?>", xml))
        if elements:
            m = rng.choice(elements)
            return xml[:m.start()] + m.group() * rng.randint(2, 30) + xml[m.start():]
    if op == 2:
        texts = list(re.finditer(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
        if texts:
            m = rng.choice(texts)
            word = rng.choice(_WORDS).encode("utf-8", "replace").replace(b"&", b"&amp;").replace(b"<", b"&lt;")
            return xml[:m.start(1)] + word * rng.randint(1, 20) + xml[m.end(1):]
    if op == 3:
        return delete(xml, rng)
    return xml.replace(b'w:ilvl w:val="0"', b'w:ilvl w:val="' + rng.choice(_ATTR_VALUES) + b'"', 1)


def docx(data: bytes, rng: random.Random) -> bytes:
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        names = source.namelist()
    except Exception:  # noqa: BLE001 - a zip the byte mutators broke: keep breaking it
        return flip(data, rng)
    targets = [n for n in names if n.endswith(".xml")]
    if not targets:  # every part went missing in an earlier mutation: break the bytes instead
        return flip(data, rng)
    chosen = rng.choice([n for n in targets if "document" in n or "footnotes" in n or "numbering" in n] or targets)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for name in names:
            try:
                body = source.read(name)
            except Exception:  # noqa: BLE001 - a part the byte mutators broke
                continue
            if name == chosen:
                for _ in range(rng.randint(1, 3)):
                    body = _xml_op(body, rng)
            if rng.random() < 0.02:
                continue  # a part gone missing
            dest.writestr(name, body)
    return out.getvalue()


DOCX: list[Mutator] = [docx, docx, docx, docx, docx, flip, truncate]


# -- PDF ------------------------------------------------------------------------------------------------

_STREAM = re.compile(rb"(<<(?:(?!>>\s*stream).)*?>>)\s*stream\r?\n(.*?)\r?\nendstream", re.S)
_NUMBER = re.compile(rb"(?<![\w/])-?\d+(?:\.\d+)?(?![\w])")
_PDF_NUMBERS = [b"1e308", b"-1e308", b"99999999999999999999999", b"0", b"-0.0001", b"NaN", b"Infinity",
                b"3.4e38", b"-2147483649"]
_OPERATORS = [b"q", b"Q", b"BT", b"ET", b"Tj", b"TJ", b"Tm", b"Td", b"Tf", b"cm", b"Do", b"'", b'"']


def _content_op(content: bytes, rng: random.Random) -> bytes:
    op = rng.randrange(5)
    if op == 0:
        numbers = list(_NUMBER.finditer(content))
        if numbers:
            m = rng.choice(numbers)
            return content[:m.start()] + rng.choice(_PDF_NUMBERS) + content[m.end():]
    if op == 1:
        i = rng.randint(0, len(content))
        return content[:i] + b" " + rng.choice(_OPERATORS) + b" " + content[i:]
    if op == 2:
        return splice(content, rng)
    if op == 3:
        i = rng.randint(0, len(content))
        return content[:i] + b" (" + rng.choice(_WORDS).encode("cp1252", "replace") * rng.randint(1, 50) + \
            b") Tj " + content[i:]
    return delete(content, rng)


def _object_op(data: bytes, rng: random.Random) -> bytes:
    refs = list(re.finditer(rb"(\d+) 0 R", data))
    objs = list(re.finditer(rb"(\d+) 0 obj", data))
    op = rng.randrange(4)
    if op == 0 and refs and objs:  # a reference loop
        m = rng.choice(refs)
        return data[:m.start(1)] + rng.choice(objs).group(1) + data[m.end(1):]
    if op == 1:
        return data.replace(b"/Length ", b"/Length 1 0 R %", 1) if rng.random() < 0.5 else \
            data.replace(b"/Count ", b"/Count 99999999 %", 1)
    if op == 2 and objs:
        m = rng.choice(objs)
        return data[:m.end()] + b"\n" + m.group(1) + b" 0 R\nendobj\n" + data[m.end():]
    bomb = zlib.compress(b" " * rng.choice([10 ** 6, 10 ** 7, 10 ** 8]), 9)
    return data.replace(b"stream\n", b"stream\n" + bomb, 1) if rng.random() < 0.3 else data


def pdf(data: bytes, rng: random.Random) -> bytes:
    streams = list(_STREAM.finditer(data))
    if not streams or rng.random() < 0.25:
        return _object_op(data, rng)
    m = rng.choice(streams)
    head, body = m.group(1), m.group(2)
    compressed = b"FlateDecode" in head
    try:
        content = zlib.decompress(body) if compressed else body
    except zlib.error:
        return flip(data, rng)
    for _ in range(rng.randint(1, 4)):
        content = _content_op(content, rng)
    new_body = zlib.compress(content) if compressed else content
    new_head = re.sub(rb"/Length \d+", b"/Length %d" % len(new_body), head, count=1)
    return data[:m.start()] + new_head + b"\nstream\n" + new_body + b"\nendstream" + data[m.end():]


PDF: list[Mutator] = [pdf, pdf, pdf, pdf, pdf, flip, truncate, insert]

MUTATORS: dict[str, list[Mutator]] = {"txt": TEXT, "unres": UNRES, "docx": DOCX, "pdf": PDF}


def mutate(fmt: str, data: bytes, rng: random.Random) -> tuple[bytes, list[str]]:
    """``data`` with one to four of the format's mutations, and their names."""
    names = []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        mutator = rng.choice(MUTATORS[fmt])
        data = mutator(data, rng)
        names.append(mutator.__name__)
    return data, names
