"""The public JSON view of a resolution printed by ``parse --json`` (a stable interface).

``text`` is a paragraph without its number or label and without footnote marks;
``opening`` is the matched opening phrase or null; a missing field is null.  Numbers and
labels are derived (headings are not counted); ``source_label`` is what the source
spelt out, where it did, so that a misreading shows.  The schema is in the README.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .lexicon import OPERATIVE, PREAMBLE, Lexicon
from .model import MASTHEAD_FIELDS, Annex, Inline, Paragraph, Resolution, Section, Table, is_heading, sorted_anchors
from .numbering import annex_numbers, operative_labels, ordinals, subparagraph_labels

NotesOf = Callable[[Inline], list[str]]


def _or_none(text: str) -> str | None:
    return text if text else None


def note_marks(res: Resolution) -> dict[int, str]:
    """id(footnote) → derived mark."""
    return {id(note): mark for mark, note in res.footnotes()}


def _source_label(p: Paragraph) -> str | None:
    return p.source.label if p.source and p.source.label else None


def to_json(res: Resolution, warnings: list | None = None, lexicon: Lexicon | None = None) -> dict[str, Any]:
    lexicon = lexicon or Lexicon.default()
    marks = note_marks(res)

    def notes_of(inline: Inline) -> list[str]:
        return [marks[id(a.note)] for a in sorted_anchors(inline)]

    header: dict[str, Any] = {name: _or_none(getattr(res.masthead, name).text) for name in MASTHEAD_FIELDS}
    header["sponsors"] = list(res.submission.sponsors)
    header["submission"] = _or_none(res.submission.kind)
    header["job_number"] = _or_none(res.masthead.job_number)
    out: dict[str, Any] = {
        "kind": res.kind,
        "header": header,
        "title": _or_none(res.title.text),
        "base_symbol": _or_none(res.base_symbol),
        "label": _or_none(res.label),
        "section_title": _or_none(res.section_title.text),
        "authoring_body": _or_none(res.authoring_body.text),
        **_text(res, notes_of, lexicon),
        "sections": [{"label": s.label, "title": _or_none(s.title.text),
                      "authoring_body": _or_none(s.authoring_body.text), **_text(s, notes_of, lexicon),
                      "adoption": None if s.adoption is None else _adoption(s)} for s in res.sections],
        "instructions": [{"source_label": _source_label(p), "text": p.text, "footnotes": notes_of(p),
                          "quoted": [{"text": c.text, "footnotes": notes_of(c)} for c in p.children]}
                         for p in res.instructions],
        "footnotes": [{"mark": mark, "text": note.text} for mark, note in res.footnotes()],
        "adoption": None if res.adoption is None else _adoption(res),
        "unplaced": [{"line": u.line, "text": u.text, "reason": u.reason} for u in res.unplaced],
        "warnings": [str(w) for w in (warnings or [])],
    }
    return out


def _adoption(text: Resolution | Section) -> dict[str, Any]:
    assert text.adoption is not None
    return {**vars(text.adoption), "resumed": text.adoption.resumed}


def _text(text: Resolution | Section, notes_of: NotesOf, lexicon: Lexicon) -> dict[str, Any]:
    """Preamble, operative part and annexes of one text."""

    def opening(p: Paragraph, part: str) -> str | None:
        m = lexicon.match(p.text, part)
        return m.text if m else None

    labels = operative_labels(text.operative)
    numbers = ordinals(text.operative)
    total = sum(1 for n in numbers if n is not None)
    return {
        "preamble": [_heading(p, notes_of) if is_heading(p) else
                     {"opening": opening(p, PREAMBLE), "text": p.text, "footnotes": notes_of(p),
                      "source_label": _source_label(p), "subparagraphs": _subs(p, 1, notes_of), **_table(p, notes_of)}
                     for p in text.preamble],
        "operative": [_heading(p, notes_of) if is_heading(p) else
                      {"number": n if total > 1 else None, "label": label or None,
                       "source_label": _source_label(p), "style": p.style or None,
                       "opening": opening(p, OPERATIVE) if not p.style else None, "text": p.text,
                       "footnotes": notes_of(p), "subparagraphs": _subs(p, 1, notes_of), **_table(p, notes_of)}
                      for p, n, label in zip(text.operative, numbers, labels, strict=True)],
        "annexes": [_annex(a, notes_of) for a in text.annexes],
    }


def _heading(p: Paragraph, notes_of: NotesOf) -> dict[str, Any]:
    return {"heading": True, "style": p.style, "source_label": _source_label(p), "text": p.text,
            "footnotes": notes_of(p)}


def _subs(p: Paragraph, depth: int, notes_of: NotesOf) -> list[dict[str, Any]]:
    return [{"label": label or None, "source_label": _source_label(c), "style": c.style or None, "text": c.text,
             "footnotes": notes_of(c), "subparagraphs": _subs(c, depth + 1, notes_of)}
            for c, label in zip(p.children, subparagraph_labels(depth, p.children, p.list_style), strict=True)]


def _annex(annex: Annex, notes_of: NotesOf) -> dict[str, Any]:
    paragraphs = [{"number": number, "source_label": _source_label(p), "style": p.style or "text",
                   "text": p.text, "footnotes": notes_of(p), "subparagraphs": _subs(p, 1, notes_of),
                   **_table(p, notes_of)}
                  for p, number in zip(annex.paragraphs, annex_numbers(annex.paragraphs), strict=True)]
    return {"heading": annex.heading, "title": _or_none(annex.title.text), "paragraphs": paragraphs}


def _table(p: Paragraph, notes_of: NotesOf) -> dict[str, Any]:
    """A table's size, caption, header rows and cell texts, on the paragraph of style "table"."""
    if p.table is None:
        return {}
    return {"table": _table_json(p.table, notes_of)}


def _table_json(table: Table, notes_of: NotesOf) -> dict[str, Any]:
    return {"rows": len(table.rows), "columns": table.columns, "header_rows": table.header_rows,
            "title": _or_none(table.title.text), "cells": [[cell.text for cell in row] for row in table.rows],
            "footnotes": [[notes_of(cell) for cell in row] for row in table.rows]}
