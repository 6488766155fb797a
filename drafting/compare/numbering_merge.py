"""One set of Word lists for both versions in a tracked-changes document.

Each export numbers its lists (w:numId) in the order it meets them: the operative part,
then each annex and each run of subparagraphs under an unnumbered paragraph.  When the
versions differ in those, the same id means different lists, and a deleted paragraph
copied from the old export would count in the wrong list.  The old export's ids are
therefore mapped to the new export's lists their paragraphs' counterparts use; a list
with no counterpart is copied into the new numbering part under a fresh id.
"""

from __future__ import annotations

import copy
from collections import Counter

from lxml import etree

from ..ooxml.namespaces import W
from .align import Comparison
from .exported import Exported


def _num_id(p: etree._Element) -> str | None:
    node = p.find(f"{W}pPr/{W}numPr/{W}numId")
    return node.get(W + "val") if node is not None else None


def reconcile_lists(cmp: Comparison, old: Exported, new: Exported, old_body: etree._Element,
                    old_numbering: etree._Element | None, new_numbering: etree._Element | None) -> bool:
    """Rewrite the numIds of ``old_body`` into the new export's; True when ``new_numbering`` grew."""
    votes: dict[str, Counter] = {}
    for unit in cmp.old_units.all():
        p = old.by_unit.get(id(unit))
        was = _num_id(p) if p is not None else None
        if was is None:
            continue
        votes.setdefault(was, Counter())
        for counterpart in cmp.pair_of_old(unit).new:
            q = new.by_unit.get(id(counterpart))
            now = _num_id(q) if q is not None else None
            if now is not None:
                votes[was][now] += 1
    mapping = {was: counts.most_common(1)[0][0] for was, counts in votes.items() if counts}
    grew = False
    for was in (w for w in votes if w not in mapping):
        fresh = _copy_list(was, old_numbering, new_numbering)
        if fresh is not None:
            mapping[was] = fresh
            grew = True
    for node in old_body.iter(W + "numId"):
        value = node.get(W + "val")
        if value in mapping:
            node.set(W + "val", mapping[value])
    return grew


def _copy_list(num_id: str, old_numbering, new_numbering) -> str | None:
    if old_numbering is None or new_numbering is None:
        return None
    source = next((n for n in old_numbering.iter(W + "num") if n.get(W + "numId") == num_id), None)
    if source is None:
        return None
    abstract = source.find(W + "abstractNumId").get(W + "val")
    known = {a.get(W + "abstractNumId") for a in new_numbering.iter(W + "abstractNum")}
    if abstract not in known:
        definition = next(a for a in old_numbering.iter(W + "abstractNum") if a.get(W + "abstractNumId") == abstract)
        nums = new_numbering.findall(W + "num")
        (nums[0].addprevious if nums else new_numbering.append)(copy.deepcopy(definition))
    fresh = str(max((int(n.get(W + "numId")) for n in new_numbering.iter(W + "num")), default=0) + 1)
    num = copy.deepcopy(source)
    num.set(W + "numId", fresh)
    new_numbering.append(num)
    return fresh
