"""Is an imported structure self-consistent?  The source's own labels are the witness.

An importer that misreads structure leaves traces in the labels it kept as evidence
(``Paragraph.source.label``): a list whose typed numbers or letters skip or repeat, a
paragraph without a label among labelled ones (a heading read as a paragraph), a roman
numeral filed as a letter.  Footnote marks must meet their texts one to one, and no text
may be left unplaced.  ``problems`` lists every such trace in words; none means consistent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import NUMBERED, Paragraph, Resolution, walk
from .numbering import counted, parse_letters, parse_roman, subparagraph_labels

_BULLETS = ("•", "▪", "◦", "·", "-")
_NUMBER = re.compile(r"^(?:(?:PP|OP)\s?)?(\d{1,3})[.)]?$")
_BRACKETED = re.compile(r"^\(?([a-z]{1,3}|[ivxlc]{1,6}|\d{1,3})[.)]$")


def problems(res: Resolution) -> list[str]:
    """Every inconsistency found, in words; an empty list for a consistent structure."""
    out: list[str] = []
    for where, run in _runs(res):
        out.extend(_run_problems(where, run))
    out.extend(_relabelled(res))
    out.extend(_footnote_problems(res))
    out.extend(f"unplaced text (line {u.line}): {u.reason}" for u in res.unplaced)
    return out


# -- label runs ----------------------------------------------------------------------


def _runs(res: Resolution) -> Iterator[tuple[str, list[Paragraph]]]:
    """Each list of sibling paragraphs whose labels must run 1, 2, 3 … (headings left out)."""
    for n, text in enumerate(res.texts()):
        name = f"text {text.label or n + 1}: " if res.sections else ""
        yield from _tree(f"{name}preamble", text.preamble, top=False)
        yield from _tree(f"{name}operative part", text.operative, top=True)
        for a, annex in enumerate(text.annexes):
            yield from _annex_runs(f"{name}annex {a + 1}", annex.paragraphs)
    if res.instructions:
        yield from _tree("instructions", res.instructions, top=True)


def _tree(where: str, paragraphs: list[Paragraph], top: bool) -> Iterator[tuple[str, list[Paragraph]]]:
    siblings = [p for p in paragraphs if counted(p)]
    if top or any(p.source and p.source.label for p in siblings):
        yield where, siblings
    for i, p in enumerate(siblings):
        if p.children:
            yield from _tree(f"{where}, under {_label(p) or f'paragraph {i + 1}'}", p.children, top=True)


def _annex_runs(where: str, paragraphs: list[Paragraph]) -> Iterator[tuple[str, list[Paragraph]]]:
    run: list[Paragraph] = []
    for p in paragraphs:
        if p.style == NUMBERED:
            if p.restart and run:
                yield where, run
                run = []
            run.append(p)
        if p.children:
            yield from _tree(f"{where}, under {_label(p) or 'a paragraph'}", p.children, top=True)
    if run:
        yield where, run


def _label(p: Paragraph) -> str:
    return (p.source.label or "") if p.source else ""


def _run_problems(where: str, run: list[Paragraph]) -> list[str]:
    labels = [_label(p) for p in run]
    if not any(labels) or all(label in _BULLETS for label in labels):
        return []
    if len(run) == 1 and not labels[0]:
        return []
    out = []
    missing = [i for i, label in enumerate(labels) if not label]
    if missing:
        out.append(f"{where}: paragraph {missing[0] + 1} has no label among labelled ones "
                   f"({run[missing[0]].text[:50]!r})")
    values = _values(labels)
    if values is None:
        out.append(f"{where}: labels of different kinds: {' '.join(label for label in labels if label)}")
        return out
    expected = 1
    for label, value in zip(labels, values, strict=True):
        if value is None:
            continue
        if value != expected:
            out.append(f"{where}: {label} stands where number {expected} was expected")
        expected = value + 1
    return out


def _values(labels: list[str]) -> list[int | None] | None:
    """The 1-based value of each label read in the kind the first label sets; None if kinds mix."""
    cores = []
    for label in labels:
        m = _NUMBER.match(label) or _BRACKETED.match(label)
        cores.append(m.group(1) if m else (label or None))
    first = next((c for c in cores if c), "")
    kind = "number" if first.isdigit() else "roman" if first in ("i", "ii", "iii") else "letter"
    values: list[int | None] = []
    for core in cores:
        if core is None:
            values.append(None)
            continue
        value = (int(core) if core.isdigit() else None) if kind == "number" else \
            parse_roman(core) if kind == "roman" else parse_letters(core)
        if value is None:
            return None
        values.append(value)
    return values


def _relabelled(res: Resolution) -> list[str]:
    """Subparagraphs whose derived label is not the one the source printed ("(a)" for a typed "(i)")."""
    out = []
    for text in res.texts():
        for part in (text.preamble, text.operative, res.instructions):
            for path, p in walk(part, ()):
                derived = subparagraph_labels(len(path), p.children, p.list_style)
                for child, label in zip(p.children, derived, strict=True):
                    typed = _label(child)
                    if typed and label and typed != label:
                        out.append(f"a subparagraph printed {typed} is labelled {label} "
                                   f"({child.text[:40]!r})")
                        break
    return out


# -- footnotes -----------------------------------------------------------------------


def _footnote_problems(res: Resolution) -> list[str]:
    out = []
    seen: set[int] = set()
    for path, inline in res.inlines():
        for anchor in inline.anchors:
            if not anchor.note.text.strip():
                out.append(f"a footnote mark at {'/'.join(map(str, path))} has no footnote text")
            if id(anchor.note) in seen:
                out.append(f"a footnote text is referred to twice (at {'/'.join(map(str, path))})")
            seen.add(id(anchor.note))
    return out
