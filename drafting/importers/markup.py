"""Inline markup of pasted and converted text: *italic*, **bold**, links and footnote marks.

Footnote marks come in every form found in real texts: Unicode superscripts (¹, ¹⁰),
``[^1]``, ``[^*]``, combined ``[^10,11]``, and a bare ``*`` after a word ("agenda*").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..marked_text import ESCAPABLE, SUPERSCRIPTS
from ..model import BOLD, ITALIC, Mark

_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

_LINK = re.compile(r"\[([^\]\[^][^\]]*)\]\((?:#|[a-z]+://[^)\s]*|[^)\s]*)\)")
# [^1], [^*], [^10,11]; or a run of superscripts, possibly "³,⁴".
_NOTE = re.compile(r"\[\^([0-9*]+(?:\s*,\s*[0-9*]+)*)\]|([" + SUPERSCRIPTS + r"]+(?:,[" + SUPERSCRIPTS + r"]+)*)")


@dataclass
class RawAnchor:
    offset: int
    mark: str  # "1", "*", "**" as written in the source


@dataclass
class Parsed:
    text: str
    marks: list[Mark] = field(default_factory=list)
    anchors: list[RawAnchor] = field(default_factory=list)


def strip_links(line: str) -> str:
    """``[CTOC/COP/2022/1](#)`` → ``CTOC/COP/2022/1``."""
    return _LINK.sub(r"\1", line)


def count_note_marks(text: str) -> int:
    """How many footnote marks ``text`` holds at least (a quick count, before parsing)."""
    return sum(m.group(1).count(",") + 1 if m.group(1) is not None else 1 for m in _NOTE.finditer(text))


def superscript_to_digits(s: str) -> str:
    return s.translate(_SUP_TO_DIGIT)


_SPECIAL = re.compile(_NOTE.pattern + r"|\*+")
# An escaped character ("\\*") stands in the source as a private-use character while the markup is
# read, so that no delimiter or mark pattern sees it; it is restored in the text.
_ESCAPED = re.compile(r"\\([" + re.escape(ESCAPABLE) + r"])")
_HIDDEN = 0xF0000
_RESTORE = {_HIDDEN + ord(c): c for c in ESCAPABLE}


def parse_inline(source: str) -> Parsed:
    """Text without markup, with italic/bold marks and footnote anchors at text offsets."""
    source = strip_links(_ESCAPED.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), source))
    out: list[str] = []
    marks: list[Mark] = []
    anchors: list[RawAnchor] = []
    open_at: dict[str, int] = {}
    length = 0
    pos = 0
    delimiters = _pair_delimiters(source)
    for m in _SPECIAL.finditer(source):
        i = m.start()
        if i > pos:
            out.append(source[pos:i])
            length += i - pos
        pos = m.end()
        token = m.group()
        if not token.startswith("*"):
            body = m.group(1) if m.group(1) is not None else superscript_to_digits(m.group(2))
            anchors.extend(RawAnchor(length, mark) for mark in (x.strip() for x in body.split(",")) if mark)
            continue
        run = len(token)
        at = i
        while at < i + run:
            kind = delimiters.get(at)
            if kind is None:
                break
            style, width = kind
            if style in open_at:
                start = open_at.pop(style)
                if length > start:
                    marks.append(Mark(start, length, style))
            else:
                open_at[style] = length
            at += width
        rest = i + run - at
        if not rest:
            continue
        # A bare asterisk run after a word is an asterisk footnote mark: "agenda*".
        following = source[pos:pos + 1]
        separator = _mark_separator(out, length, anchors)
        if separator and (not following or not following.isalnum()):
            del out[len(out) - 1]
            length -= separator
            anchors.append(RawAnchor(length, "*" * rest))
        elif (out and not out[-1][-1:].isspace()) and (not following or not following.isalnum()):
            anchors.append(RawAnchor(length, "*" * rest))
        else:
            out.append("*" * rest)
            length += rest
    out.append(source[pos:])
    return Parsed("".join(out).translate(_RESTORE), _merge(marks), anchors)


def _mark_separator(out: list[str], length: int, anchors: list[RawAnchor]) -> int:
    """The length of the comma that separates two asterisk marks ("Iraq:*, ** draft resolution"), or 0: the comma
    is no text of the line."""
    if not anchors or not anchors[-1].mark.startswith("*") or not out:
        return 0
    tail = out[-1]
    return len(tail) if tail.strip() == "," and anchors[-1].offset == length - len(tail) else 0


def _pair_delimiters(s: str) -> dict[int, tuple[str, int]]:
    """Positions of matched ``*`` / ``**`` delimiters: {position: (style, width)}.

    An opener is followed by a non-space; a closer is preceded by a non-space.  ``***``
    opens or closes both bold and italic.  Unmatched runs are left for the caller.
    """
    runs = [(m.start(), len(m.group())) for m in re.finditer(r"\*+", s)]
    result: dict[int, tuple[str, int]] = {}
    stack: list[tuple[int, int]] = []  # (position, width) of openers
    for pos, width in runs:
        before = s[pos - 1] if pos else " "
        after = s[pos + width] if pos + width < len(s) else " "
        can_open = not after.isspace()
        can_close = not before.isspace()
        matched = False
        if can_close:
            for k in range(len(stack) - 1, -1, -1):
                opos, owidth = stack[k]
                if owidth == width:
                    _assign(result, opos, owidth, pos, width)
                    del stack[k:]
                    matched = True
                    break
        if not matched and can_open and (before.isspace() or before in "([“‘\"'/–—-" or pos == 0):
            stack.append((pos, width))
    return result


def _assign(result: dict, opos: int, width: int, cpos: int, _: int) -> None:
    if width >= 3:  # ***both***: bold outside, italic inside
        result[opos], result[opos + 2] = (BOLD, 2), (ITALIC, width - 2)
        result[cpos], result[cpos + width - 2] = (ITALIC, width - 2), (BOLD, 2)
        return
    style = BOLD if width == 2 else ITALIC
    result[opos] = result[cpos] = (style, width)


def _merge(marks: list[Mark]) -> list[Mark]:
    """Sort marks and merge touching ones of the same style."""
    out: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.style, m.start)):
        if out and out[-1].style == m.style and out[-1].end >= m.start:
            out[-1].end = max(out[-1].end, m.end)
        else:
            out.append(Mark(m.start, m.end, m.style))
    return sorted(out, key=lambda m: (m.start, m.style))
