"""The public JSON view of a resolution printed by ``parse --json`` (a stable interface).

``text`` is a paragraph without its number or label and without footnote marks;
``opening`` is the matched opening phrase or null; a missing field is null.
"""

from __future__ import annotations

from typing import Any

from .lexicon import OPERATIVE, PREAMBLE, Lexicon
from .model import MASTHEAD_FIELDS, Inline, Paragraph, Resolution, sorted_anchors
from .numbering import label_for, subparagraph_label


def _or_none(text: str) -> str | None:
    return text if text else None


def note_marks(res: Resolution) -> dict[int, str]:
    """id(footnote) → derived mark."""
    return {id(note): mark for mark, note in res.footnotes()}


def to_json(res: Resolution, warnings: list | None = None, lexicon: Lexicon | None = None) -> dict[str, Any]:
    lexicon = lexicon or Lexicon.default()
    marks = note_marks(res)

    def notes_of(inline: Inline) -> list[str]:
        return [marks[id(a.note)] for a in sorted_anchors(inline)]

    def opening(p: Paragraph, part: str) -> str | None:
        m = lexicon.match(p.text, part)
        return m.text if m else None

    def subs(p: Paragraph, depth: int) -> list[dict]:
        return [{"label": subparagraph_label(depth, i + 1), "text": c.text, "footnotes": notes_of(c),
                 "subparagraphs": subs(c, depth + 1)} for i, c in enumerate(p.children)]

    header: dict[str, Any] = {name: _or_none(getattr(res.masthead, name).text) for name in MASTHEAD_FIELDS}
    header["sponsors"] = list(res.submission.sponsors)
    header["submission"] = _or_none(res.submission.kind)
    total = len(res.operative)
    out: dict[str, Any] = {
        "header": header,
        "title": _or_none(res.title.text),
        "authoring_body": _or_none(res.authoring_body.text),
        "preamble": [{"opening": opening(p, PREAMBLE), "text": p.text, "footnotes": notes_of(p)}
                     for p in res.preamble],
        "operative": [{"number": (i + 1) if total > 1 else None, "label": label_for((i,), total) or None,
                       "opening": opening(p, OPERATIVE), "text": p.text, "footnotes": notes_of(p),
                       "subparagraphs": subs(p, 1)} for i, p in enumerate(res.operative)],
        "annexes": [_annex(a, notes_of) for a in res.annexes],
        "footnotes": [{"mark": mark, "text": note.text} for mark, note in res.footnotes()],
        "adoption": None if res.adoption is None else dict(vars(res.adoption)),
        "unplaced": [{"line": u.line, "text": u.text, "reason": u.reason} for u in res.unplaced],
        "warnings": [str(w) for w in (warnings or [])],
    }
    return out


def _annex(annex, notes_of) -> dict[str, Any]:
    paragraphs, number = [], 0
    for p in annex.paragraphs:
        if p.style == "numbered":
            number += 1
        paragraphs.append({"number": number if p.style == "numbered" else None, "style": p.style or "text",
                           "text": p.text, "footnotes": notes_of(p),
                           "subparagraphs": [{"label": subparagraph_label(1, i + 1), "text": c.text,
                                              "footnotes": notes_of(c), "subparagraphs": []}
                                             for i, c in enumerate(p.children)]})
    return {"heading": annex.heading, "title": _or_none(annex.title.text), "paragraphs": paragraphs}
