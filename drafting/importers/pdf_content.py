"""A fast reader of page content streams, for pdfminer's interpreter.

pdfminer tokenizes content streams a byte state at a time in Python, which took three
quarters of the time of importing a Word-made UN PDF (about 48 KB of operators a page).
This reader finds tokens with one regular expression and builds the same objects as
pdfminer's PDFContentParser (numbers, strings, names, arrays, dictionaries, keywords).
What it does not handle, inline images and malformed syntax, is left to pdfminer's
parser: ``FastInterpreter`` falls back to it for the whole stream.
"""

from __future__ import annotations

import re

from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import stream_value
from pdfminer.psparser import KWD, LIT, PSKeyword, keyword_name

_DELIMITERS = rb"\x00\t\n\f\r ()<>\[\]{}/%"
_TOKEN = re.compile(rb"[\x00\t\n\f\r ]*(?:"
                    rb"(?P<num>[-+]?(?:\d+(?:\.\d*)?|\.\d+))(?=[^0-9.]|\Z)"
                    rb"|(?P<kw>[A-Za-z][^#" + _DELIMITERS + rb"]*)"
                    rb"|/(?P<name>[^" + _DELIMITERS + rb"]*)"
                    rb"|(?P<str>\()"
                    rb"|(?P<dict><<)|(?P<end>>>)"
                    rb"|<(?P<hex>[0-9A-Fa-f\x00\t\n\f\r ]*)>"
                    rb"|(?P<open>[\[{])|(?P<close>[\]}])"
                    rb"|(?P<one>['\"])"
                    rb"|%[^\r\n]*"
                    rb"|(?P<eof>\Z))")
_STRING_SPECIAL = re.compile(rb"[()\\]")
_ESCAPES = {ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("f"): 12, ord("r"): 13, ord("("): 40, ord(")"): 41,
            ord("\\"): 92}
_OCTAL = re.compile(rb"[0-7]{1,3}")
_NAME_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_KEYWORD_BI = KWD(b"BI")


class Unsupported(Exception):
    """Syntax the fast reader leaves to pdfminer (inline images, broken tokens)."""


def content_objects(data: bytes) -> list:
    """The objects of a content stream in order, as pdfminer's PDFContentParser gives them."""
    stack: list[list] = [[]]
    pos = 0
    keywords: dict[bytes, object] = {}
    while True:
        m = _TOKEN.match(data, pos)
        if m is None:
            raise Unsupported(f"unexpected byte at {pos}")
        pos = m.end()
        kind = m.lastgroup
        out = stack[-1]
        if kind == "kw":
            word = m.group("kw")
            token = keywords.get(word)
            if token is None:
                token = keywords[word] = True if word == b"true" else False if word == b"false" else KWD(word)
            if token is _KEYWORD_BI:
                raise Unsupported("inline image")
            out.append(token)
        elif kind == "num":
            text = m.group("num")
            out.append(float(text) if b"." in text else int(text))
        elif kind == "name":
            out.append(LIT(_name(m.group("name"))))
        elif kind == "str":
            text, pos = _literal_string(data, pos)
            out.append(text)
        elif kind == "hex":
            out.append(_hex_string(m.group("hex")))
        elif kind in ("open", "dict"):
            stack.append([])
        elif kind in ("close", "end"):
            if len(stack) == 1:
                raise Unsupported("unbalanced bracket")
            items = stack.pop()
            if kind == "end":
                if len(items) % 2:
                    raise Unsupported("odd dictionary")
                stack[-1].append({_key(k): v for k, v in zip(items[::2], items[1::2], strict=False) if v is not None})
            else:
                stack[-1].append(items)
        elif kind == "one":
            out.append(KWD(m.group("one")))
        elif kind == "eof":
            if len(stack) > 1:
                raise Unsupported("unclosed bracket")
            return stack[0]


def _name(raw: bytes) -> str | bytes:
    if b"#" in raw:
        raw = _NAME_HEX.sub(lambda m: bytes((int(m.group(1), 16),)), raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw


def _key(literal) -> str:
    name = getattr(literal, "name", None)
    if name is None:
        raise Unsupported("dictionary key is not a name")
    return name if isinstance(name, str) else name.decode("latin-1")


def _hex_string(digits: bytes) -> bytes:
    try:
        return bytes.fromhex(digits.decode("ascii"))
    except ValueError:  # an odd number of digits, or a NUL among them
        digits = re.sub(rb"[\x00\t\n\f\r ]", b"", digits)
        whole = bytes.fromhex(digits[:len(digits) // 2 * 2].decode("ascii"))
        return whole + (bytes((int(digits[-1:], 16),)) if len(digits) % 2 else b"")


def _literal_string(data: bytes, pos: int) -> tuple[bytes, int]:
    """A ( … ) string from just after its "(": balanced parentheses and escapes as pdfminer reads them."""
    out = bytearray()
    depth = 1
    while True:
        m = _STRING_SPECIAL.search(data, pos)
        if m is None:
            raise Unsupported("unterminated string")
        j = m.start()
        out += data[pos:j]
        c = data[j]
        if c == 92:  # backslash
            pos = j + 1
            octal = _OCTAL.match(data, pos)
            if octal:
                value = int(octal.group(), 8)
                if value > 255:
                    raise Unsupported("octal escape out of range")
                out.append(value)
                pos = octal.end()
            elif pos < len(data):
                nxt = data[pos]
                if nxt in _ESCAPES:
                    out.append(_ESCAPES[nxt])
                elif nxt == 13 and data[pos + 1:pos + 2] == b"\n":
                    pos += 1
                pos += 1
            continue
        if c == 40:
            depth += 1
        elif depth == 1:
            return bytes(out), j + 1
        else:
            depth -= 1
        out.append(c)
        pos = j + 1


class FastInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter reading content streams with ``content_objects``.

    Pages are read in their own coordinates whatever their /Rotate: text set upright in
    the content stream stays upright, so a page turned for display is still read.
    """

    def process_page(self, page) -> None:
        x0, y0 = page.mediabox[:2]
        ctm = (1, 0, 0, 1, -x0, -y0)
        self.device.begin_page(page, ctm)
        self.render_contents(page.resources, page.contents, ctm=ctm)
        self.device.end_page(page)

    def execute(self, streams) -> None:
        streams = [stream_value(s) for s in streams]
        if any(s.objid is None or s.objid in self.parent_stream_ids for s in streams):
            return super().execute(streams)  # pdfminer warns and skips these
        self.stream_ids.clear()
        self.stream_ids.update(s.objid for s in streams)
        try:
            objects = content_objects(b"\n".join(s.get_data() for s in streams))
        except Unsupported:
            return super().execute(streams)
        methods: dict[PSKeyword, tuple] = {}
        for obj in objects:
            if not isinstance(obj, PSKeyword):
                self.push(obj)
                continue
            found = methods.get(obj)
            if found is None:
                name = keyword_name(obj)
                name = name.decode("latin-1") if isinstance(name, bytes) else name
                func = getattr(self, "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q"), None)
                found = methods[obj] = (func, func.__code__.co_argcount - 1 if func else 0)
            func, nargs = found
            if func is None:
                continue
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    func(*args)
            else:
                func()
