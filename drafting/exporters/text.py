"""Write a resolution as Markdown-like text, in the shape of ../shared/corpus:
one element a paragraph, ``*italic*`` and ``**bold**``, ``[^N]`` footnote marks, and
footnote texts after a ``__________________`` line.  Reading it back gives the same model.
"""

from __future__ import annotations

from pathlib import Path

from ..files import write_atomic
from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..model import BOLD, ITALIC, Anchor, Inline, Mark, Resolution, sorted_anchors
from ..numbering import label_for, subparagraph_label
from ..outline import note_marks

_DELIM = {ITALIC: "*", BOLD: "**"}


def render_inline(inline: Inline, marks_of: dict[int, str], extra: list[Mark] = ()) -> str:
    """Text with markup delimiters and footnote marks inserted at their offsets."""
    text = inline.text
    marks = [m for m in list(inline.marks) + list(extra) if m.style in _DELIM and m.end > m.start]
    events: dict[int, list[str]] = {}
    for m in _non_overlapping(marks):
        start, end = _trim(text, m.start, m.end)
        if end <= start:
            continue
        events.setdefault(start, []).append("open:" + m.style)
        events.setdefault(end, []).append("close:" + m.style)
    for anchor in sorted_anchors(inline):
        events.setdefault(min(anchor.offset, len(text)), []).append("note:" + marks_of.get(id(anchor.note), "?"))
    out, pos = [], 0
    for at in sorted(events):
        out.append(text[pos:at])
        pos = at
        kinds = events[at]
        closes = [k for k in kinds if k.startswith("close:")]
        opens = [k for k in kinds if k.startswith("open:")]
        notes = [k[5:] for k in kinds if k.startswith("note:")]
        out += [_DELIM[k[6:]] for k in sorted(closes, key=lambda k: k != "close:" + ITALIC)]
        mark = ["[^" + ",".join(notes) + "]"] if notes else []
        delimiters = [_DELIM[k[5:]] for k in sorted(opens, key=lambda k: k != "open:" + BOLD)]
        # A note after a closing delimiter ends that span ("*word*[^1]"); at the start of a span it
        # follows the opening one ("**[^1]Title**"), which could not open right after "]".
        out += mark + delimiters if closes else delimiters + mark
    out.append(text[pos:])
    return "".join(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Delimiters hug the words: *word* not * word *.  A mark is held to its text."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _non_overlapping(marks: list[Mark]) -> list[Mark]:
    """Merge overlapping marks of one style so delimiters pair up."""
    out: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.style, m.start)):
        if out and out[-1].style == m.style and m.start <= out[-1].end:
            out[-1] = Mark(out[-1].start, max(out[-1].end, m.end), m.style)
        else:
            out.append(Mark(m.start, m.end, m.style))
    return out


def to_text(res: Resolution, lexicon: Lexicon | None = None, labelled: bool = False) -> str:
    """The text; ``labelled`` writes negotiators' labels (PP1, OP1) where the parts are not numbered,
    for a text whose paragraphs' openings would not tell a reader which part they belong to."""
    lexicon = lexicon or Lexicon.default()
    marks_of = note_marks(res)
    m = res.masthead
    blocks: list[str] = []

    def r(inline: Inline, extra: list[Mark] = ()) -> str:
        return render_inline(inline, marks_of, extra)

    def whole(inline: Inline, style: str) -> list[Mark]:
        return [Mark(0, len(inline.text), style)] if inline.text else []

    def opening(text: str, part: str) -> list[Mark]:
        found = lexicon.match(text, part)
        return [Mark(0, found.italic_end, ITALIC)] if found else []

    head = ["United Nations"] + [r(x) for x in (m.symbol, m.organ) if x.text]
    if m.distribution.text:
        head.append(f"Distr.: {m.distribution.text}")
    if m.date.text:
        head.append(r(m.date))
    if m.original.text:
        head.append(f"Original: {m.original.text}")
    blocks.append("\n".join(head))
    for field in (m.session, m.committee, m.place_and_dates, m.agenda_item):
        if field.text:
            blocks.append(r(field))
    if m.agenda_title.text:
        blocks.append(r(m.agenda_title, whole(m.agenda_title, BOLD)))
    if res.submission.kind or res.submission.sponsors:
        blocks.append(r(res.submission.inline()))
    adoption = res.adoption
    if adoption and adoption.statement:
        blocks.append(adoption.statement)
    if adoption and adoption.reference:
        blocks.append(f"[*{adoption.reference}*]")
    if res.title.text:
        number = f"{adoption.number}. " if adoption and adoption.number else ""
        blocks.append(r(Inline(number + res.title.text,
                               [Mark(m.start + len(number), m.end + len(number), m.style) for m in res.title.marks],
                               [Anchor(a.offset + len(number), a.note) for a in res.title.anchors]),
                        [Mark(0, len(number) + len(res.title.text), BOLD)]))
    if res.authoring_body.text:
        blocks.append(r(res.authoring_body, whole(res.authoring_body, ITALIC)))
    for p in res.instructions:  # an amendment: each instruction, then the paragraphs it quotes
        label = p.source.label if p.source and p.source.label else ""
        blocks.append((label + " " if label else "") + r(p))
        for quoted in p.children:
            blocks.append(r(quoted))
            blocks.extend(_subparagraphs(quoted.children, 1, r))
    for i, p in enumerate(res.preamble):
        blocks.append((f"PP{i + 1} " if labelled else "") + r(p, opening(p.text, PREAMBLE)))
        blocks.extend(_subparagraphs(p.children, 1, r))  # preambular subparagraphs
    total = len(res.operative)
    for i, p in enumerate(res.operative):
        label = label_for((i,), total) or ("OP1" if labelled else "")
        blocks.append((label + " " if label else "") + r(p, opening(p.text, OPERATIVE)))
        blocks.extend(_subparagraphs(p.children, 1, r))
    if adoption and adoption.meeting:
        blocks.append(f"*{adoption.meeting}*")
        if adoption.date:
            blocks.append(f"*{adoption.date}*")
    for annex in res.annexes:
        blocks.append(annex.heading)
        if annex.title.text:
            blocks.append(r(annex.title, whole(annex.title, BOLD)))
        number = 0
        for p in annex.paragraphs:
            if p.style == "numbered":
                number += 1
                blocks.append(f"{number}. " + r(p))
            elif p.style == "heading":
                blocks.append(r(p, whole(p, BOLD)))
            else:
                blocks.append(r(p))
            blocks.extend(_subparagraphs(p.children, 1, r))
    # A note without text (its mark had none in the source) is left out: a bare "1." line would
    # read back as a paragraph, while a mark without its text reads back as this same empty note.
    notes = [(mark, text) for mark, note in res.footnotes() if (text := r(note)).strip()]
    if notes:
        blocks.append("__________________\n\n" + "\n".join(
            f"{mark}{'.' if not mark.startswith('*') else ''} {text}" for mark, text in notes))
    return "\n\n".join(blocks) + "\n"


def _subparagraphs(children, depth, r) -> list[str]:
    out = []
    for i, c in enumerate(children):
        out.append(f"{subparagraph_label(depth, i + 1)} {r(c)}")
        out.extend(_subparagraphs(c.children, depth + 1, r))
    return out


def save(res: Resolution, path: str | Path) -> None:
    """Write the text; when its paragraphs would not read back in their parts (openings that no
    list knows, no authoring body), with negotiators' labels, so that the file always reopens."""
    text = to_text(res)
    if not reads_back(text, res):
        text = to_text(res, labelled=True)
    write_atomic(path, text.encode("utf-8"))


def reads_back(text: str, res: Resolution) -> bool:
    """Whether importing ``text`` finds the paragraphs of ``res`` in the same parts."""
    from ..importers.text import import_text

    back = import_text(text).resolution
    return all([p.text for p in a] == [p.text for p in b]
               for a, b in ((res.preamble, back.preamble), (res.operative, back.operative))) \
        and len(res.annexes) == len(back.annexes)
