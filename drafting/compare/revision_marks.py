"""WordprocessingML revision markup, each with its id, author and date.

w:ins / w:del / w:moveFrom / w:moveTo around runs; the same four on a paragraph mark
(w:pPr/w:rPr); w:rPrChange and w:pPrChange for changed formatting; the named
w:moveFromRangeStart … w:moveToRangeEnd pairs that tie a move's two ends together.
Deleted text is w:delText, as Word writes it.  Every id is unique in the package.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from itertools import count

from lxml import etree

from ..ooxml.namespaces import XML_SPACE, W

INS, DEL, MOVE_FROM, MOVE_TO = "ins", "del", "moveFrom", "moveTo"

# Children of w:pPr that come after w:rPr in the schema (CT_PPr: … rPr, sectPr, pPrChange).
_AFTER_RPR = (W + "sectPr", W + "pPrChange")


class Revisions:
    def __init__(self, author: str, when: datetime | None = None):
        self.author = author or "Resolute"
        when = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._ids = count(1)
        self._moves = count(1)

    def _mark(self, kind: str) -> etree._Element:
        return etree.Element(W + kind, {W + "id": str(next(self._ids)), W + "author": self.author,
                                        W + "date": self.date})

    def wrap(self, kind: str, runs: list[etree._Element]) -> etree._Element:
        """``runs`` inside one revision element; deleted text becomes w:delText."""
        node = self._mark(kind)
        for r in runs:
            if kind == DEL:
                for t in r.iter(W + "t"):
                    t.tag = W + "delText"
                    t.set(XML_SPACE, "preserve")
            node.append(r)
        return node

    def paragraph_mark(self, paragraph: etree._Element, kind: str) -> None:
        """Mark the paragraph mark itself as inserted, deleted or moved."""
        rpr = _paragraph_run_props(paragraph)
        rpr.insert(0, self._mark(kind))

    def formatting_was(self, r: etree._Element, old_rpr: etree._Element | None) -> None:
        """Record that run ``r`` had ``old_rpr`` before (w:rPrChange)."""
        rpr = r.find(W + "rPr")
        if rpr is None:
            rpr = etree.Element(W + "rPr")
            r.insert(0, rpr)
        change = self._mark("rPrChange")
        before = etree.SubElement(change, W + "rPr")
        for child in (old_rpr if old_rpr is not None else ()):
            if child.tag != W + "rPrChange":
                before.append(copy.deepcopy(child))
        rpr.append(change)

    def properties_were(self, paragraph: etree._Element, old_ppr: etree._Element | None) -> None:
        """Record that the paragraph had ``old_ppr`` before (w:pPrChange)."""
        ppr = _properties(paragraph)
        change = self._mark("pPrChange")
        before = etree.SubElement(change, W + "pPr")
        for child in (old_ppr if old_ppr is not None else ()):
            if child.tag not in (W + "rPr", W + "sectPr", W + "pPrChange"):
                before.append(copy.deepcopy(child))
        ppr.append(change)

    def move_name(self) -> str:
        return f"move{next(self._moves)}"

    def move_range(self, paragraph: etree._Element, kind: str, name: str) -> None:
        """Enclose the paragraph's content in a named move range (moveFrom… or moveTo…)."""
        start = self._mark(f"{kind}RangeStart")
        start.set(W + "name", name)
        end = etree.Element(W + f"{kind}RangeEnd", {W + "id": start.get(W + "id", "")})
        ppr = paragraph.find(W + "pPr")
        if ppr is not None:
            ppr.addnext(start)
        else:
            paragraph.insert(0, start)
        paragraph.append(end)


def same_properties(a: etree._Element | None, b: etree._Element | None, ignore=(W + "rPr", W + "pPrChange",
                                                                                 W + "rPrChange")) -> bool:
    """Whether two w:pPr (or w:rPr) say the same, revision marks aside."""
    return _canonical(a, ignore) == _canonical(b, ignore)


def _canonical(node: etree._Element | None, ignore) -> list[tuple]:
    if node is None:
        return []
    return [_shape(child) for child in node if child.tag not in ignore]


def _shape(node: etree._Element) -> tuple:
    """An element as plain data: tag, attributes, text, children (namespace declarations aside)."""
    return node.tag, sorted(node.attrib.items()), node.text or "", tuple(_shape(c) for c in node)


def _properties(paragraph: etree._Element) -> etree._Element:
    ppr = paragraph.find(W + "pPr")
    if ppr is None:
        ppr = etree.Element(W + "pPr")
        paragraph.insert(0, ppr)
    return ppr


def _paragraph_run_props(paragraph: etree._Element) -> etree._Element:
    ppr = _properties(paragraph)
    rpr = ppr.find(W + "rPr")
    if rpr is None:
        rpr = etree.Element(W + "rPr")
        later = [c for c in ppr if c.tag in _AFTER_RPR]
        if later:
            later[0].addprevious(rpr)
        else:
            ppr.append(rpr)
    return rpr
