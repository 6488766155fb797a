"""A WordprocessingML paragraph as a string, and the runs that make up any span of it.

Text is taken from the runs' w:t; a tab, a line break and a footnote reference each
stand as one character (a footnote reference as a private-use character chosen by the
caller, so that the same note compares equal on both sides).  ``runs_for(start, end)``
gives new runs with the formatting of the runs they come from, cut at the span's ends.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from ..ooxml.namespaces import XML_SPACE, W

_SPECIAL = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "\u2011"}


@dataclass
class Piece:
    start: int
    end: int
    run: etree._Element  # the run it comes from
    node: etree._Element | None = None  # None for text; the special child (tab, break) otherwise
    whole: bool = False  # the whole run stands for one character (a footnote reference)

    def rpr(self) -> etree._Element | None:
        return self.run.find(W + "rPr")


class ParagraphText:
    """The text of one paragraph (or of a footnote's paragraph) and where each character comes from."""

    def __init__(self, paragraph: etree._Element, reference_char: Callable[[etree._Element], str]):
        self.paragraph = paragraph
        self.pieces: list[Piece] = []
        parts: list[str] = []
        at = 0
        for r in paragraph.iterchildren(W + "r"):
            ref = r.find(W + "footnoteReference")
            if ref is not None or r.find(W + "footnoteRef") is not None:
                char = reference_char(r) if ref is not None else "\ue0ff"
                self.pieces.append(Piece(at, at + 1, r, whole=True))
                parts.append(char)
                at += 1
                continue
            for child in r:
                if child.tag == W + "t" and child.text:
                    self.pieces.append(Piece(at, at + len(child.text), r))
                    parts.append(child.text)
                    at += len(child.text)
                elif child.tag in _SPECIAL:
                    self.pieces.append(Piece(at, at + 1, r, node=child))
                    parts.append(_SPECIAL[child.tag])
                    at += 1
        self.text = "".join(parts)

    @property
    def properties(self) -> etree._Element | None:
        return self.paragraph.find(W + "pPr")

    def pieces_in(self, start: int, end: int) -> list[tuple[Piece, int, int]]:
        """(piece, from, to) for the part of each piece inside [start, end)."""
        out = []
        for p in self.pieces:
            if p.end <= start or p.start >= end:
                continue
            out.append((p, max(start, p.start), min(end, p.end)))
        return out

    def runs_for(self, start: int, end: int) -> list[etree._Element]:
        """New runs holding exactly the characters [start, end), formatted as where they come from."""
        out: list[etree._Element] = []
        last_run = None
        for piece, a, b in self.pieces_in(start, end):
            if piece.whole:
                out.append(copy.deepcopy(piece.run))
                last_run = None
                continue
            if last_run is None or last_run[1] is not piece.run:
                r = etree.Element(W + "r")
                rpr = piece.rpr()
                if rpr is not None:
                    r.append(copy.deepcopy(rpr))
                out.append(r)
                last_run = (r, piece.run)
            r = last_run[0]
            if piece.node is not None:
                r.append(copy.deepcopy(piece.node))
            else:
                _append_text(r, self.text[a:b])
        return out


def _append_text(r: etree._Element, value: str) -> None:
    last = r[-1] if len(r) else None
    if last is not None and last.tag == W + "t":
        last.text = (last.text or "") + value
    else:
        last = etree.SubElement(r, W + "t")
        last.text = value
    if last.text[:1].isspace() or last.text[-1:].isspace():
        last.set(XML_SPACE, "preserve")
