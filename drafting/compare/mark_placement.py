"""Where a whole paragraph's deletion or insertion is recorded, when the paragraph has footnotes.

A deleted paragraph P after a kept paragraph A is normally "P's text deleted, P's mark
deleted".  The same change can be written "A's mark deleted, P's text deleted, P's mark
kept with A's properties" (w:pPrChange remembering P's own): accepting it leaves A with
its properties, rejecting it restores both.  Word reads either.  LibreOffice (7.4)
reads only the second when P holds a footnote reference: its DOCX reader keeps one
pending paragraph-mark revision, and the footnote's own paragraph takes it.  So the
revision moves back to the nearest earlier mark that can carry it: a kept mark of a
paragraph without footnotes, across paragraphs deleted (or inserted) in the same way.
Insertions mirror this: A's mark inserted, P's kept, P's properties remembering A's.

A numbered paragraph (an operative paragraph moved or deleted) is written the second way
too: LibreOffice joins a paragraph whose mark is deleted to the next one and gives the
next one's number to the pair, so the paragraph after a move showed "[13.]" and every one
after it a number one too low ("13.[14.]"); with A's mark carrying the revision the
numbers are those of the new text.  A carrier with footnote references cannot carry it
(see above), so after such a paragraph LibreOffice's numbers stay one off.
"""

from __future__ import annotations

import copy

from lxml import etree

from ..ooxml.namespaces import W
from .revision_marks import DEL, INS, MOVE_FROM, MOVE_TO, Revisions, same_properties

_FAMILY = {DEL: DEL, MOVE_FROM: DEL, INS: INS, MOVE_TO: INS}
_MARKS = tuple(W + k for k in _FAMILY)
_RANGES = tuple(W + k for k in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd"))


def place_marks(paragraphs: list[etree._Element], rev: Revisions, plain_lists: frozenset = frozenset()) -> None:
    """Move paragraph-mark revisions off paragraphs with footnote references, and off numbered paragraphs,
    where Word allows.

    ``plain_lists``: the list ids (w:numId) that restart nowhere; see ``_swappable``.
    """
    for k, p in enumerate(paragraphs):
        family = _family(p)
        if family is None or not (_has_references(p) or _list(p) is not None) or not _wholly(p, family):
            continue
        j = k - 1
        while j >= 0 and _family(paragraphs[j]) == family and not _has_references(paragraphs[j]) \
                and _wholly(paragraphs[j], family):
            j -= 1
        if j < 0:
            continue
        carrier = paragraphs[j]
        if carrier.tag != W + "p" or _family(carrier) is not None or _has_references(carrier) \
                or carrier.find(f"{W}pPr/{W}sectPr") is not None or not _swappable(carrier, p, family, plain_lists):
            continue
        _rotate(carrier, p, family, rev)


def _swappable(a: etree._Element, b: etree._Element, family: str, plain_lists: frozenset) -> bool:
    """Whether the two paragraphs' properties can stand in for each other through w:pPrChange.

    LibreOffice, rejecting a w:pPrChange, restores the style and the list but not the
    list level, and starts a restarting list (one with a w:startOverride) anew; and it
    joins paragraphs wrongly when it rejects one on a paragraph whose inserted mark moved.
    So insertions move only between paragraphs of the same properties, deletions also
    between top-level paragraphs of lists that restart nowhere.
    """
    if same_properties(a.find(W + "pPr"), b.find(W + "pPr")):
        return True
    return family == DEL and all(numbered is None or (numbered[0] == "0" and numbered[1] in plain_lists)
                                 for numbered in (_list(a), _list(b)))


def _list(p: etree._Element) -> tuple[str, str] | None:
    """(level, list id) of a numbered paragraph, None for an unnumbered one."""
    num = p.find(f"{W}pPr/{W}numPr")
    if num is None:
        return None
    level, list_id = num.find(W + "ilvl"), num.find(W + "numId")
    return (level.get(W + "val", "0") if level is not None else "0",
            list_id.get(W + "val", "") if list_id is not None else "")


def _mark(p: etree._Element) -> etree._Element | None:
    rpr = p.find(f"{W}pPr/{W}rPr")
    if rpr is None:
        return None
    return next((c for c in rpr if c.tag in _MARKS), None)


def _family(p: etree._Element) -> str | None:
    mark = _mark(p) if p.tag == W + "p" else None
    return _FAMILY[etree.QName(mark).localname] if mark is not None else None


def _has_references(p: etree._Element) -> bool:
    return p.find(f".//{W}footnoteReference") is not None


def _wholly(p: etree._Element, family: str) -> bool:
    """Whether all the paragraph's content is deleted (or inserted) with it."""
    for child in p:
        if child.tag == W + "pPr" or child.tag in _RANGES:
            continue
        tag = etree.QName(child).localname
        if _FAMILY.get(tag) != family:
            return False
    return True


def _own_properties(p: etree._Element) -> list[etree._Element]:
    """The paragraph's properties as a reader sees them now (no mark, no remembered change)."""
    ppr = p.find(W + "pPr")
    return [copy.deepcopy(c) for c in (ppr if ppr is not None else ()) if c.tag not in (W + "rPr", W + "pPrChange")]


def _earlier_properties(p: etree._Element) -> list[etree._Element]:
    """The properties the paragraph had before (its w:pPrChange), else its own."""
    change = p.find(f"{W}pPr/{W}pPrChange/{W}pPr")
    return [copy.deepcopy(c) for c in change] if change is not None else _own_properties(p)


def _set_properties(p: etree._Element, now: list[etree._Element], before: list[etree._Element],
                    rev: Revisions) -> None:
    ppr = p.find(W + "pPr")
    if ppr is not None:
        p.remove(ppr)
    ppr = etree.Element(W + "pPr")
    ppr.extend(now)
    p.insert(0, ppr)
    holder = etree.Element(W + "pPr")
    holder.extend(before)
    if not same_properties(ppr, holder):
        rev.properties_were(p, holder)


def _rotate(carrier: etree._Element, target: etree._Element, family: str, rev: Revisions) -> None:
    mark = _mark(target)
    assert mark is not None, "a paragraph with a revision mark"
    holder = mark.getparent()
    assert holder is not None, "a revision mark inside its paragraph's properties"
    holder.remove(mark)
    if family == DEL:
        _set_properties(target, _own_properties(carrier), _own_properties(target), rev)
    else:
        _set_properties(target, _own_properties(target), _earlier_properties(carrier), rev)
    rev.paragraph_mark(carrier, family)
