"""The differences between two versions in negotiators' terms.

"PP5 new", "OP 7 (formerly OP 6) amended", "OP 12 deleted", "OP 3 moved to OP 9",
"OP 4 split into OP 4 and OP 5", "OP 8 and OP 9 merged into OP 8", "OP 4 (b) amended",
"OP 3: footnote 4 added", "OP 5–11 (formerly OP 6–12) renumbered", and the masthead
and sponsor changes.  Subparagraphs of a new or deleted paragraph go with it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..lexicon import OPERATIVE, PREAMBLE
from ..model import MASTHEAD_FIELDS, join_names
from ..outline import note_marks
from .align import AMENDED, DELETED, MERGED, NEW, SPLIT, UNCHANGED, Comparison, Pair, Slot
from .notes import notes_in, pair_notes
from .units import Unit
from .words import EQUAL, Edit, diff_words, opening_change

MOVED, RENUMBERED, FOOTNOTE, HEADER = "moved", "renumbered", "footnote", "header"
KINDS = (NEW, DELETED, AMENDED, MOVED, SPLIT, MERGED, RENUMBERED, FOOTNOTE, HEADER)

_FIELD_NAMES = {"place_and_dates": "Place and dates", "agenda_item": "Agenda item", "agenda_title": "Agenda item title"}


@dataclass
class Change:
    kind: str  # one of KINDS
    description: str
    part: str = ""  # "title", "body", "preamble", "operative", "annex", "header"
    old: list[Unit] = field(default_factory=list)
    new: list[Unit] = field(default_factory=list)
    moved: bool = False
    amended: bool = False
    score: float = 1.0
    old_text: str = ""
    new_text: str = ""
    words: list[Edit] = field(default_factory=list)
    opening: tuple[str, str] | None = None
    footnote: dict | None = None  # {"change", "old_mark", "new_mark"} for FOOTNOTE
    field: str | None = None  # the masthead field for HEADER


def part_of(unit: Unit) -> str | None:
    """The lexicon part whose opening phrases a unit's text starts with."""
    if unit.depth:
        return None
    return {"preamble": PREAMBLE, "operative": OPERATIVE}.get(unit.part)


def changes(cmp: Comparison) -> list[Change]:
    old_marks, new_marks = note_marks(cmp.old), note_marks(cmp.new)
    out = _header_changes(cmp)
    for slot in cmp.slots():
        change = _change_at(cmp, slot)
        if change is not None:
            out.append(change)
        if slot.role == "here" and slot.unit is slot.pair.new[0]:
            out += _footnote_changes(slot.pair, old_marks, new_marks)
        elif slot.role == "gone":  # with the subparagraphs deleted along with it
            for unit in slot.unit.walk():
                if cmp.pair_of_old(unit).kind == DELETED:
                    out += _footnote_changes(cmp.pair_of_old(unit), old_marks, new_marks)
    return out


def _change_at(cmp: Comparison, slot: Slot) -> Change | None:
    pair, unit = slot.pair, slot.unit
    if slot.role == "from" or (slot.role == "here" and unit is not pair.new[0]):
        return None
    kind = pair.kind
    if kind == NEW and unit.parent is not None and cmp.pair_of_new(unit.parent).kind == NEW:
        return None
    old, new = _labels(pair.old), _labels(pair.new)
    change = Change(kind, "", unit.part, pair.old, pair.new, pair.moved, kind not in (NEW, DELETED, UNCHANGED),
                    pair.score, pair.old_text, pair.new_text)
    if pair.old and pair.new:
        part = part_of(pair.new[0])
        change.words = diff_words(pair.old_text, pair.new_text, part)
        change.opening = opening_change(pair.old_text, pair.new_text, part) if part else None
    if kind == NEW:
        change.description = f"{new} new"
    elif kind == DELETED:
        change.description = f"{old} deleted"
    elif kind == SPLIT:
        change.description = f"{old} split into {new}"
    elif kind == MERGED:
        change.description = f"{old} merged into {new}"
    elif pair.moved:
        change.kind = MOVED
        change.description = f"{old} moved to {new}" + (" and amended" if kind == AMENDED else "")
    elif kind == AMENDED:
        change.description = f"{new} (formerly {old}) amended" if _own_label_changed(pair) else f"{new} amended"
    elif _own_label_changed(pair):
        change.kind = RENUMBERED
        change.description = f"{new} (formerly {old}) renumbered"
    else:
        return None
    return change


def _labels(units: list[Unit]) -> str:
    return join_names([u.label for u in units])


def _own_label_changed(pair: Pair) -> bool:
    """Whether the unit's own number or letter changed (not only its paragraph's)."""
    old, new = pair.old[0], pair.new[0]
    if (old.heading and new.heading) or (old.table and new.table):
        return False
    if old.parent is not None and new.parent is not None and old.parent.table and new.parent.table:
        return False  # a table's rows are counted where they stand: no number of theirs is printed
    if old.parent is None or new.parent is None:
        return old.label != new.label
    return old.label[len(old.parent.label):] != new.label[len(new.parent.label):]


def _footnote_changes(pair: Pair, old_marks: dict, new_marks: dict) -> list[Change]:
    out = []
    for notes in pair_notes(notes_in([u.inline for u in pair.old]), notes_in([u.inline for u in pair.new])):
        what = notes.change
        if what is None:
            continue
        where = (pair.new or pair.old)[0]
        old_mark = old_marks.get(id(notes.old)) if notes.old is not None else None
        new_mark = new_marks.get(id(notes.new)) if notes.new is not None else None
        if what == "added":
            text = f"{where.label}: footnote {new_mark} added"
        elif what == "removed":
            text = f"{where.label}: footnote {old_mark} removed"
        else:
            formerly = f" (formerly {old_mark})" if old_mark != new_mark else ""
            text = f"{where.label}: footnote {new_mark}{formerly} amended"
        old_text = notes.old.text if notes.old is not None else ""
        new_text = notes.new.text if notes.new is not None else ""
        out.append(Change(FOOTNOTE, text, where.part, list(pair.old), list(pair.new), amended=what == "amended",
                          old_text=old_text, new_text=new_text,
                          words=diff_words(old_text, new_text) if what == "amended" else [],
                          footnote={"change": what, "old_mark": old_mark, "new_mark": new_mark}))
    return out


def _header_changes(cmp: Comparison) -> list[Change]:
    out = []
    for name in MASTHEAD_FIELDS:
        before, after = getattr(cmp.old.masthead, name).text, getattr(cmp.new.masthead, name).text
        if before != after:
            label = _FIELD_NAMES.get(name, name.capitalize())
            what = f"{before} → {after}" if before and after else (f"{after} added" if after else f"{before} removed")
            out.append(_header(name, f"{label}: {what}", before, after))
    old_sub, new_sub = cmp.old.submission, cmp.new.submission
    added = [s for s in new_sub.sponsors if s not in old_sub.sponsors]
    removed = [s for s in old_sub.sponsors if s not in new_sub.sponsors]
    if added:
        out.append(_header("sponsors", f"Sponsors added: {join_names(added)}", "", join_names(added)))
    if removed:
        out.append(_header("sponsors", f"Sponsors removed: {join_names(removed)}", join_names(removed), ""))
    if old_sub.kind != new_sub.kind:
        out.append(_header("submission", f"Submission: {old_sub.kind or '(none)'} → {new_sub.kind or '(none)'}",
                           old_sub.kind, new_sub.kind))
    before, after = _adoption_lines(cmp.old), _adoption_lines(cmp.new)
    if before != after:
        what = "removed" if not after else "added" if not before else "changed"
        out.append(_header("adoption", f"Adoption lines {what}", before, after))
    return out


def _header(name: str, description: str, before: str, after: str) -> Change:
    return Change(HEADER, description, "header", amended=bool(before and after), old_text=before,
                  new_text=after, field=name)


def _adoption_lines(res) -> str:
    a = res.adoption
    if a is None:
        return ""
    return "\n".join(x for x in (a.statement, a.reference, a.number, a.meeting, a.date) if x)


# -- output ------------------------------------------------------------------------------------


def summary(found: list[Change], cmp: Comparison) -> dict[str, int]:
    counts = {kind: 0 for kind in KINDS}
    for c in found:
        counts[c.kind] += 1
    counts["unchanged"] = sum(1 for p in cmp.pairs if p.kind == UNCHANGED and not p.moved)
    return counts


def to_json(cmp: Comparison, found: list[Change], old_name: str = "", new_name: str = "") -> dict:
    """The stable JSON shape of ``compare --format json`` (see json-format.md beside this module)."""
    return {
        "format": "resolute.compare",
        "version": 1,
        "old": _side(cmp.old, old_name),
        "new": _side(cmp.new, new_name),
        "summary": summary(found, cmp),
        "changes": [_change_json(c) for c in found],
    }


def _side(res, name: str) -> dict:
    return {"file": name or None, "symbol": res.masthead.symbol.text or None, "title": res.title.text or None}


def _change_json(c: Change) -> dict:
    return {
        "kind": c.kind,
        "description": c.description,
        "part": c.part,
        "old": [{"label": u.label, "path": list(u.path)} for u in c.old],
        "new": [{"label": u.label, "path": list(u.path)} for u in c.new],
        "moved": c.moved,
        "amended": c.amended,
        "similarity": round(c.score, 3),
        "opening": {"old": c.opening[0], "new": c.opening[1]} if c.opening else None,
        "old_text": c.old_text,
        "new_text": c.new_text,
        "words": [{"op": e.op, "old": e.old_text(c.old_text), "new": e.new_text(c.new_text),
                   "old_start": e.old_start, "old_end": e.old_end, "new_start": e.new_start, "new_end": e.new_end}
                  for e in c.words if e.op != EQUAL],
        "footnote": c.footnote,
        "field": c.field,
    }


def to_text(cmp: Comparison, found: list[Change], old_name: str = "", new_name: str = "",
            details: bool = True) -> str:
    """One line per change, consecutive renumberings in one line, word changes indented below."""
    from .words import render

    lines = [f"Old: {_name(cmp.old, old_name)}", f"New: {_name(cmp.new, new_name)}", ""]
    for group in _runs(found):
        first = group[0]
        if len(group) > 1:
            lines.append(f"{span(group[0].new[0].label, group[-1].new[0].label)} (formerly "
                         f"{span(group[0].old[0].label, group[-1].old[0].label)}) renumbered")
            continue
        lines.append(first.description)
        if not details or first.kind in (RENUMBERED, HEADER):
            continue
        if first.kind == NEW:
            lines.append(f"    + {first.new_text}")
        elif first.kind == DELETED:
            lines.append(f"    - {first.old_text}")
        elif first.words and any(e.op != EQUAL for e in first.words):
            lines.append(f"    {render(first.old_text, first.new_text, first.words)}")
        elif first.kind == FOOTNOTE:
            lines.append(f"    {'+ ' + first.new_text if first.new_text else '- ' + first.old_text}")
    counts = summary(found, cmp)
    shown = [f"{counts[k]} {k}" for k in KINDS if counts[k]]
    lines += ["", "No changes." if not found else "Summary: " + ", ".join(shown) + f"; {counts['unchanged']} unchanged"]
    return "\n".join(lines)


def _name(res, name: str) -> str:
    bits = [b for b in (name, res.masthead.symbol.text) if b]
    return " — ".join(bits) or "(untitled)"


def _runs(found: list[Change]) -> list[list[Change]]:
    """Consecutive renumberings of consecutive siblings form one run; every other change is alone."""
    runs: list[list[Change]] = []
    for c in found:
        last = runs[-1][-1] if runs else None
        if (c.kind == RENUMBERED and last is not None and last.kind == RENUMBERED
                and _next_sibling(last.old[0], c.old[0]) and _next_sibling(last.new[0], c.new[0])):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _next_sibling(a: Unit, b: Unit) -> bool:
    return (a.part == b.part and a.path[:-1] == b.path[:-1] and isinstance(a.path[-1], int)
            and b.path[-1] == a.path[-1] + 1)


def span(first: str, last: str) -> str:
    """"OP 5" … "OP 11" → "OP 5–11"; "OP 8 (c)" … "OP 8 (e)" → "OP 8 (c)–(e)"; "PP6" … "PP27" → "PP6–27"."""
    k = len(os.path.commonprefix([first, last]))
    while k > 0 and not (first[k - 1] == " " or first[:k].isalpha()):
        k -= 1
    return f"{first}–{last[k:]}"
