"""Applying fixes to the model: text replacements that keep marks and footnote anchors in place,
and the structural fixes rules name by ``Fix.action``.
"""

from __future__ import annotations

import re

from ..digits import whole_number
from ..model import ITALIC, Footnote, Inline, Mark, Paragraph, Resolution, Source
from ..revisions import INSERT_PARAGRAPH
from ..sponsor_notes import reanchor
from .base import Diagnostic, Fix
from .context import resolve_inline, resolve_paragraph, split_text, text_at

MAX_ROUNDS = 12  # rounds of text fixes only: fixes of one place that wait for each other
# Structural fixes go one a round (each may move what the others point at): as many rounds as there are, up to this.
MAX_STRUCTURAL_ROUNDS = 1000


class StaleFix(ValueError):
    """The text changed since the check: the fix no longer applies where it was meant to."""


def replace_text(inline: Inline, start: int, end: int, replacement: str) -> None:
    """Replace ``inline.text[start:end]``; marks, anchors and the italic evidence follow the text.

    An anchor right after the replaced span stays after the new text; a mark that covered
    the span covers the replacement.
    """
    text = inline.text
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    end = max(start, end)
    delta = len(replacement) - (end - start)
    inline.text = text[:start] + replacement + text[end:]
    new_end = start + len(replacement)
    punctuation = bool(replacement) and all(ch in ",;:." for ch in replacement)

    def mark_end(pos: int) -> int:
        if pos <= start:
            return pos
        return pos + delta if pos >= end else new_end

    def mark_start(pos: int) -> int:
        if pos < start:
            return pos
        return pos + delta if pos >= end else start

    for anchor in inline.anchors:
        o = anchor.offset
        if o < start or (o == start and not (start == end and punctuation)):
            continue
        anchor.offset = o + delta if o >= end else new_end
    kept = []
    for mark in inline.marks:
        mark.start, mark.end = mark_start(mark.start), mark_end(mark.end)
        if mark.end > mark.start:
            kept.append(mark)
    inline.marks[:] = kept
    source = getattr(inline, "source", None)
    if source is not None and source.italic:
        source.italic = inline.text[:mark_end(len(source.italic))]


def apply_fix(resolution: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    """Apply one finding's fix to the model in place; return the paths whose text or labels changed.

    Raises StaleFix when the text no longer holds what the finding was about.
    """
    fix = diagnostic.fix
    if fix is None:
        return []
    if fix.action:
        return _ACTIONS[fix.action](resolution, diagnostic)
    loc = diagnostic.location
    found = diagnostic.extra.get("found")
    if loc.path[0] == "adoption":
        value = getattr(resolution.adoption, loc.path[1])
        _check_found(value, loc.start, loc.end, found)
        setattr(resolution.adoption, loc.path[1], value[:loc.start] + fix.replacement + value[loc.end:])
        return [loc.path]
    inline = _target(resolution, diagnostic)
    _check_found(inline.text, loc.start, loc.end, found)
    replace_text(inline, loc.start, loc.end, fix.replacement)
    return [loc.path]


def _check_found(text: str, start: int, end: int, found: str | None) -> None:
    if found is not None and text[start:end] != found:
        raise StaleFix(f"the text changed since the check: expected {found!r} at {start}")


def _target(res: Resolution, diagnostic: Diagnostic) -> Inline:
    loc = diagnostic.location
    inline = resolve_inline(res, loc.path)
    if inline is None or loc.path[0] == "submission":
        raise StaleFix(f"nothing at {loc.path} to fix")
    if loc.footnote is not None:
        if loc.footnote >= len(inline.anchors):
            raise StaleFix(f"no footnote {loc.footnote} at {loc.path}")
        return inline.anchors[loc.footnote].note
    return inline


def _fix_of(diagnostic: Diagnostic) -> Fix:
    if diagnostic.fix is None:
        raise StaleFix(f"{diagnostic.code} has no fix")
    return diagnostic.fix


def apply_safe_fixes(resolution: Resolution, pack=None, **settings) -> int:
    """Apply every safe fix, checking again until nothing safe is left; the number of fixes applied."""
    from .engine import Checker

    applied = 0
    checker = Checker(resolution, pack, **settings)
    findings = checker.full()
    rounds = structural_rounds = 0
    while rounds < MAX_ROUNDS and structural_rounds < MAX_STRUCTURAL_ROUNDS:
        safe = [d for d in findings if d.fix is not None and d.fix.safe]
        if not safe:
            break
        changed: list[tuple] = []
        busy: dict[tuple, list[tuple[int, int]]] = {}
        structural = False
        # Structural fixes first (one a round), then text fixes right to left within a place.
        for d in sorted(safe, key=lambda d: (_fix_of(d).action is None, -d.location.start)):
            key = (d.location.path, d.location.footnote)
            span = (d.location.start, d.location.end)
            if _fix_of(d).action:
                if structural:
                    continue
                structural = True
            elif _clash(span, busy.get(key, [])):
                continue
            try:
                paths = apply_fix(resolution, d)
            except StaleFix:
                continue
            applied += 1
            changed += paths
            busy.setdefault(key, []).append(span)
        if not changed:
            break
        if structural:
            structural_rounds += 1
        else:
            rounds += 1
        findings = checker.update([("structure",)] if structural else changed)
    return applied


def _clash(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Two fixes in one place clash when their spans overlap, or an insertion stands at the other's edge."""
    s, e = span
    return any(a < e and s < b or (s == e and a <= s <= b) or (a == b and s <= a <= e) for a, b in taken)


# -- structural fixes -----------------------------------------------------------------------------

_REFERENCE = re.compile(r"\b(paragraphs? )(\d{1,3})((?:(?:, | and | to |–)\d{1,3})*)"
                        r"(?= above| below| of the present resolution| of (?:this|the) resolution)")


def _renumber(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    """Drop the typed numbers of the finding's text (the numbering is derived) and carry its cross-references
    along."""
    prefix = split_text(diagnostic.location.path)[0]
    mapping: dict[int, int] = {}
    changed = []
    for i, p in enumerate(text_at(res, prefix).operative):
        if p.source is not None and p.source.label is not None:
            number = whole_number(re.sub(r"\D", "", p.source.label))
            if number is not None and number not in mapping:
                mapping[number] = i + 1
            p.source.label = None
            changed.append(prefix + ("operative", i))
    if any(old != new for old, new in mapping.items()):
        changed += _rewrite_references(res, mapping, prefix)
    return changed


def _rewrite_references(res: Resolution, mapping: dict[int, int], prefix: tuple = ()) -> list[tuple]:
    """Renumber “paragraph N above/below” in the text at ``prefix`` (references do not cross texts)."""
    changed = []
    for path, inline in res.inlines():
        text_prefix, local = split_text(path)
        if text_prefix != prefix or local[0] not in ("preamble", "operative", "annex") or "aragraph" not in inline.text:
            continue
        edits = []
        for m in _REFERENCE.finditer(inline.text):
            for n in re.finditer(r"\d{1,3}", m.group(0)[len(m.group(1)):]):
                value = int(n.group())
                if value in mapping and mapping[value] != value:
                    at = m.start() + len(m.group(1)) + n.start()
                    edits.append((at, at + len(n.group()), str(mapping[value])))
        for start, end, new in reversed(edits):
            replace_text(inline, start, end, new)
        if edits:
            changed.append(path)
    return changed


def _drop_label(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    path = diagnostic.location.path
    p = resolve_paragraph(res, path)
    if p is not None and p.source is not None:
        p.source.label = None
    return [path]


def _relabel(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    """Drop the typed labels of a list of subparagraphs (or of an annex's numbered paragraphs)."""
    parent_path = tuple(_fix_of(diagnostic).data)
    prefix, local = split_text(parent_path)
    whole_annex = local[0] == "annex" and len(local) == 2
    if whole_annex:
        items = text_at(res, prefix).annexes[local[1]].paragraphs
    else:
        parent = resolve_paragraph(res, parent_path)
        items = parent.children if parent is not None else []
    changed = []
    for i, child in enumerate(items):
        if child.source is not None and child.source.label is not None:
            if whole_annex and child.style != "numbered":
                continue
            child.source.label = None
            changed.append(parent_path + (i,))
    return changed


def _move_anchors(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    old, new = _fix_of(diagnostic).data
    inline = resolve_inline(res, diagnostic.location.path)
    if inline is None:
        raise StaleFix(f"nothing at {diagnostic.location.path} to fix")
    for anchor in inline.anchors:
        if anchor.offset == old:
            anchor.offset = new
    inline.anchors.sort(key=lambda a: a.offset)
    return [diagnostic.location.path]


def _set_note_symbol(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    note = _target(res, diagnostic)
    if not isinstance(note, Footnote):
        raise StaleFix(f"no footnote at {diagnostic.location.path}")
    note.symbol = bool(_fix_of(diagnostic).data[0])
    return [("structure",)]


def _set_italic_evidence(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    p = resolve_paragraph(res, diagnostic.location.path)
    if p is not None:
        if p.source is None:  # a paragraph typed after the import: now it has evidence of its italics
            p.source = Source()
        p.source.italic = _fix_of(diagnostic).data[0] if _fix_of(diagnostic).data else None
    return [diagnostic.location.path]


def _remove_mark(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    start, end, style = _fix_of(diagnostic).data
    inline = _target(res, diagnostic)
    inline.marks[:] = [m for m in inline.marks if (m.start, m.end, m.style) != (start, end, style)]
    return [diagnostic.location.path]


def _add_italic(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    inline = _target(res, diagnostic)
    loc = diagnostic.location
    inline.marks.append(Mark(loc.start, loc.end, ITALIC))
    inline.marks.sort(key=lambda m: (m.start, m.style))
    return [loc.path]


def _clear_masthead_source(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    res.masthead.source.pop(diagnostic.location.path[1], None)
    return [diagnostic.location.path]


def _rebuild_submission(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    """Let the line be built from the sponsors again; ``data`` may carry corrected sponsors and kind."""
    sub = res.submission
    sponsors, kind = (tuple(_fix_of(diagnostic).data) + (None, None))[:2]
    if sponsors is not None or kind is not None:
        sponsors = list(sponsors) if sponsors is not None else sub.sponsors
        sub.anchors = reanchor(sub, sponsors, kind)[0]  # the notes follow their sponsors (none is removed here)
        sub.sponsors = sponsors
        sub.kind = kind if kind is not None else sub.kind
    sub.source_line = None
    return [("submission",)]


def _insert_paragraph(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    """Insert the replacement as a new paragraph at ``data`` (part, index), unless the part already holds it."""
    fix = _fix_of(diagnostic)
    part, index = fix.data
    paragraphs = getattr(res, part)
    if index > len(paragraphs) or any(p.text == fix.replacement for p in paragraphs):
        raise StaleFix(f"{diagnostic.code} no longer applies to the text")
    paragraphs.insert(index, Paragraph(fix.replacement))
    return [("structure",)]


_ACTIONS = {
    "renumber": _renumber,
    "drop-label": _drop_label,
    "relabel": _relabel,
    "move-anchors": _move_anchors,
    "set-note-symbol": _set_note_symbol,
    "set-italic-evidence": _set_italic_evidence,
    "remove-mark": _remove_mark,
    "add-italic": _add_italic,
    "clear-masthead-source": _clear_masthead_source,
    "rebuild-submission": _rebuild_submission,
    INSERT_PARAGRAPH: _insert_paragraph,
}
