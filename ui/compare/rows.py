"""The compared text as rows for the compare view, and the list of changes pointing at them.

One row a paragraph in document order (deleted and moved-away paragraphs where they
stood), a masthead line or sponsor change at the top, a changed footnote after its
paragraph.  Each row has the old side, the new side and the inline text (the new text
with the deleted words left in), as segments of text with a mark.  Qt-free: view.py
draws the rows, inline or side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafting.compare import Comparison, Edit, changes, diff_words
from drafting.compare.align import DELETED as GONE
from drafting.compare.align import NEW, UNCHANGED, Pair
from drafting.compare.report import FOOTNOTE, HEADER, RENUMBERED, Change, _runs, part_of, span, summary
from drafting.compare.units import Unit
from drafting.compare.words import EQUAL
from drafting.model import join_names

SAME, INSERTED, DELETED, MOVED_TO, MOVED_FROM = "same", "inserted", "deleted", "moved-to", "moved-from"
Segment = tuple[str, str]  # (text, mark)


@dataclass
class Row:
    what: str  # "header", "paragraph" or "footnote"
    old_label: str = ""
    new_label: str = ""
    old: list[Segment] = field(default_factory=list)
    new: list[Segment] = field(default_factory=list)
    inline: list[Segment] = field(default_factory=list)
    note: str = ""  # "deleted", "moved to OP 9", "formerly OP 6" …
    depth: int = 0  # subparagraph depth

    @property
    def label(self) -> str:
        return self.new_label or self.old_label


@dataclass
class Entry:
    """One line of the list of changes."""

    description: str  # "OP 7 (formerly OP 6) amended"
    kind: str
    row: int
    spoken: str  # the description with the changed words, for screen readers and tooltips


@dataclass
class Compared:
    comparison: Comparison
    rows: list[Row]
    entries: list[Entry]
    counts: dict[str, int]  # changes by kind, and "unchanged" paragraphs


def build(cmp: Comparison) -> Compared:
    found = changes(cmp)
    rows: list[Row] = []
    at: dict[object, int] = {}  # id(change), or (id(unit), slot role) → its row
    notes: dict[int, list[Change]] = {}
    for change in found:
        if change.kind == HEADER:
            at[id(change)] = len(rows)
            rows.append(_header_row(change))
        elif change.kind == FOOTNOTE:
            notes.setdefault(id((change.new or change.old)[0]), []).append(change)
    edits: dict[int, list[Edit]] = {}
    for slot in cmp.slots():
        pair = slot.pair
        if pair.old and pair.new and id(pair) not in edits:
            edits[id(pair)] = diff_words(pair.old_text, pair.new_text, part_of(pair.new[0]))
        units = [slot.unit]
        if slot.role == "gone":  # its subparagraphs go with it
            units = [u for u in slot.unit.walk() if u is slot.unit or cmp.pair_of_old(u).kind == GONE]
        for unit in units:
            at[(id(unit), slot.role)] = len(rows)
            rows.append(_paragraph_row(pair, slot.role, unit, edits.get(id(pair), [])))
            for change in notes.pop(id(unit), []):
                at[id(change)] = len(rows)
                rows.append(_footnote_row(change))
    for change in (c for waiting in notes.values() for c in waiting):  # a note whose paragraph had no row
        at[id(change)] = len(rows)
        rows.append(_footnote_row(change))
    return Compared(cmp, rows, _entries(found, at), summary(found, cmp))


# -- rows ----------------------------------------------------------------------------------


def _header_row(change: Change) -> Row:
    label = change.description.split(":", 1)[0] if ":" in change.description else change.field.capitalize()
    row = Row("header", label, label)
    _fill(row, change.old_text, change.new_text, diff_words(change.old_text, change.new_text)
          if change.old_text and change.new_text else None)
    return row


def _footnote_row(change: Change) -> Row:
    info = change.footnote
    old = f"Footnote {info['old_mark']}" if info["old_mark"] else ""
    new = f"Footnote {info['new_mark']}" if info["new_mark"] else ""
    row = Row("footnote", old, new, note=info["change"])  # "Footnote 9 (removed)"
    _fill(row, change.old_text, change.new_text, change.words or None)
    return row


def _fill(row: Row, old: str, new: str, edits: list[Edit] | None) -> None:
    """Sides and inline text of a whole-text change: word changes, or all deleted and all inserted."""
    if edits:
        row.old = _old_side(old, edits)
        row.new = _new_side(old, new, edits, 0, len(new), None)
        row.inline = _new_side(old, new, edits, 0, len(new), (0, len(new) + 1))
        return
    row.old = [(old, DELETED)] if old else []
    row.new = [(new, INSERTED)] if new else []
    row.inline = row.old + row.new


def own_label(unit: Unit) -> str:
    """"OP 4" for a paragraph, "(b)" for subparagraph (b) of OP 4 (it stands indented under it)."""
    return unit.label[len(unit.parent.label):].strip() if unit.parent is not None else unit.label


def _paragraph_row(pair: Pair, role: str, unit: Unit, edits: list[Edit]) -> Row:
    old_label = join_names([u.label for u in pair.old])
    row = Row("paragraph", depth=unit.depth)
    if role == "gone":
        row.old_label, row.note = own_label(unit), "deleted"
        row.old = row.inline = [(unit.text, DELETED)]
        return row
    if role == "from":
        row.old_label, row.note = own_label(unit), f"moved to {pair.new[0].label}"
        row.old = row.inline = [(unit.text, MOVED_FROM)]
        return row
    row.new_label = own_label(unit)
    if pair.kind == NEW:
        row.note = "new"
        row.new = row.inline = [(unit.text, INSERTED)]
        return row
    k = pair.new.index(unit)
    lo = sum(len(u.text) + 1 for u in pair.new[:k])
    hi = lo + len(unit.text)
    owns = (0 if k == 0 else lo, hi + 1 if k < len(pair.new) - 1 else len(pair.new_text) + 1)
    same = MOVED_TO if pair.moved else SAME
    row.new = _new_side(pair.old_text, pair.new_text, edits, lo, hi, None, same)
    row.inline = _new_side(pair.old_text, pair.new_text, edits, lo, hi, owns, same)
    if k == 0 and (not pair.moved or pair.kind != UNCHANGED):  # a moved text stands on the left where it was
        row.old_label = old_label if pair.moved or len(pair.old) > 1 else own_label(pair.old[0])
        row.old = _old_side(pair.old_text, edits)
    if pair.moved:
        row.note = f"moved from {old_label}"
    elif len(pair.old) > 1:
        row.note = f"merged from {old_label}"
    elif len(pair.new) > 1:
        row.note = f"split from {old_label}"
    elif own_label(pair.old[0]) != own_label(unit):
        row.note = f"formerly {own_label(pair.old[0])}"
    return row


def _old_side(old: str, edits: list[Edit]) -> list[Segment]:
    return _joined([(e.old_text(old), SAME if e.op == EQUAL else DELETED) for e in edits if e.old_end > e.old_start])


def _new_side(old: str, new: str, edits: list[Edit], lo: int, hi: int, owns: tuple[int, int] | None,
              same: str = SAME) -> list[Segment]:
    """The new text in [lo, hi), with the deleted words of the edits that start in ``owns`` left in
    (the inline text; ``owns`` None: the new side alone).  [lo, hi) is one part of a split paragraph."""
    out = []
    for e in edits:
        if owns and e.op != EQUAL and e.old_end > e.old_start and owns[0] <= e.new_start < owns[1]:
            out.append((e.old_text(old), DELETED))
        s, t = max(e.new_start, lo), min(e.new_end, hi)
        if s < t:
            out.append((new[s:t], same if e.op == EQUAL else INSERTED))
    return _joined(out)


def _joined(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for text, mark in segments:
        if out and out[-1][1] == mark:
            out[-1] = (out[-1][0] + text, mark)
        elif text:
            out.append((text, mark))
    return out


# -- the list of changes ------------------------------------------------------------------------


def _entries(found: list[Change], at: dict) -> list[Entry]:
    out = []
    for run in _runs(found):
        first = run[0]
        if len(run) > 1:  # consecutive renumberings, one line as in the text report
            text = (f"{span(first.new[0].label, run[-1].new[0].label)} (formerly "
                    f"{span(first.old[0].label, run[-1].old[0].label)}) renumbered")
            out.append(Entry(text, RENUMBERED, at[(id(first.new[0]), 'here')], text))
            continue
        if first.kind in (HEADER, FOOTNOTE):
            row = at[id(first)]
        elif first.kind == GONE:
            row = at[(id(first.old[0]), "gone")]
        else:
            row = at[(id(first.new[0]), "here")]
        out.append(Entry(first.description, first.kind, row, _spoken(first)))
    return out


def _spoken(change: Change) -> str:
    words = [(e.old_text(change.old_text), e.new_text(change.new_text)) for e in change.words if e.op != EQUAL]
    said = []
    for before, after in words[:6]:
        if before and after:
            said.append(f"“{before.strip()}” replaced by “{after.strip()}”")
        elif before:
            said.append(f"“{before.strip()}” deleted")
        else:
            said.append(f"“{after.strip()}” inserted")
    if len(words) > 6:
        said.append(f"and {len(words) - 6} more changes")
    return change.description + (": " + "; ".join(said) if said else "")


__all__ = ["build", "Compared", "Row", "Entry", "SAME", "INSERTED", "DELETED", "MOVED_TO", "MOVED_FROM"]
