"""The comparable pieces of a resolution, with the labels negotiators use for them.

"PP5" for the fifth preambular paragraph, "OP 7" for operative paragraph 7, "OP 4 (b)"
and "OP 4 (b) (ii)" for subparagraphs, "PP3 (a)" for a preambular subparagraph, "Annex I,
para. 3" in annexes, "II, OP 2" in the further texts of a document.  Headings are not
counted (the numbers are those the text prints) and are named by their words.  A unit
keeps the model's path (as ``Resolution.inlines()`` gives it) and the Inline it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Annex, Inline, Paragraph, Resolution, Section, first_words
from ..numbering import ordinals, subparagraph_labels

# Parts in document order; each is aligned on its own.
PARTS = ("title", "body", "preamble", "operative", "annex")


@dataclass(eq=False)
class Unit:
    part: str  # one of PARTS
    path: tuple  # ("preamble", 4), ("operative", 3, 1), ("annex", 0, 2), ("annex", 0, "title"), ("title",)
    label: str  # "PP5", "OP 4 (b)", "Annex I, para. 3", "Title"
    inline: Inline
    children: list[Unit] = field(default_factory=list)
    parent: Unit | None = field(default=None, repr=False)
    heading: bool = False  # an unnumbered heading, named by its words: its label changes with them
    table: bool = False  # a table (no text of its own): its rows are its children, compared row by row

    @property
    def text(self) -> str:
        return self.inline.text

    @property
    def depth(self) -> int:
        """0 for a paragraph, n for an n-th degree subparagraph."""
        return 0 if self.parent is None else self.parent.depth + 1

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


Annexes = list[tuple[Unit | None, list[Unit]]]  # (title unit, paragraphs) per annex


@dataclass
class TextUnits:
    """A further text of the document (``Resolution.sections``): its label and title line, body line,
    preamble, operative part and annexes."""

    heading: list[Unit]
    body: list[Unit]
    preamble: list[Unit]
    operative: list[Unit]
    annexes: Annexes = field(default_factory=list)


@dataclass
class Units:
    """A resolution cut into units: one list per part; annexes one list each."""

    title: list[Unit]
    body: list[Unit]
    preamble: list[Unit]
    operative: list[Unit]
    annexes: Annexes
    sections: list[TextUnits] = field(default_factory=list)

    def texts(self) -> list[tuple[list[Unit], Annexes]]:
        """Each text's paragraphs (preamble, then operative part) and annexes: the first, then the further ones."""
        return [(self.preamble + self.operative, self.annexes)] + [(t.preamble + t.operative, t.annexes)
                                                                   for t in self.sections]

    def all(self):
        """Every unit in document order, subparagraphs after their paragraph."""
        for unit in self.title + self.body + self.preamble + self.operative:
            yield from unit.walk()
        yield from _annex_walk(self.annexes)
        for text in self.sections:
            for unit in text.heading + text.body + text.preamble + text.operative:
                yield from unit.walk()
            yield from _annex_walk(text.annexes)


def _annex_walk(annexes: Annexes):
    for title, paragraphs in annexes:
        if title is not None:
            yield title
        for unit in paragraphs:
            yield from unit.walk()


def _annexes(annexes: list[Annex], prefix: tuple, text_name: str) -> Annexes:
    """(title unit, paragraph units) of each annex of a text; a further text's are named after it
    ("II, Annex, para. 3")."""
    out: Annexes = []
    for a, annex in enumerate(annexes):
        name = text_name + annex_name(annex.heading, a, len(annexes))
        path = prefix + ("annex", a)
        title = (Unit("annex", path + ("title",), f"{name} title", annex.title)
                 if annex.title.text or annex.title.anchors else None)
        out.append((title, _annex_units(annex.paragraphs, path, name)))
    return out


def units_of(res: Resolution) -> Units:
    annexes = _annexes(res.annexes, (), "")
    return Units(
        title=[Unit("title", ("title",), "Title", res.title)] if res.title.text else [],
        body=[Unit("body", ("body",), "Body line", res.authoring_body)] if res.authoring_body.text else [],
        preamble=_part_units(res.preamble, "preamble", ("preamble",), "PP"),
        operative=_part_units(res.operative, "operative", ("operative",), "OP "),
        annexes=annexes,
        sections=[_text_units(section, k) for k, section in enumerate(res.sections)],
    )


def _text_units(section: Section, k: int) -> TextUnits:
    name = section.label or f"Text {k + 2}"
    line = " ".join(t for t in (section.label, section.title.text) if t)
    heading = [Unit("title", ("section", k, "title"), name, Inline(line, [], list(section.title.anchors)))]
    body = section.authoring_body
    return TextUnits(heading,
                     [Unit("body", ("section", k, "body"), f"{name}, body line", body)] if body.text else [],
                     _part_units(section.preamble, "preamble", ("section", k, "preamble"), f"{name}, PP"),
                     _part_units(section.operative, "operative", ("section", k, "operative"), f"{name}, OP "),
                     _annexes(section.annexes, ("section", k), f"{name}, "))


def _part_units(paragraphs: list[Paragraph], part: str, prefix: tuple, label: str) -> list[Unit]:
    """Units of a preamble or operative part, numbered as printed: headings take no number, tables are
    named by their place ("Table after OP 17")."""
    out = []
    last = ""
    for i, (p, n) in enumerate(zip(paragraphs, ordinals(paragraphs), strict=True)):
        if p.table is not None:
            where = f" after {last}" if last else ""
            out.append(_table_unit(Unit(part, prefix + (i,), f"Table{where}", p, table=True), p))
            continue
        name = f"{label}{n}" if n is not None else f"Heading “{first_words(p.text, 6)}”"
        if n is not None:
            last = name
        out.append(_with_children(Unit(part, prefix + (i,), name, p, heading=n is None), p))
    return out


def _table_unit(unit: Unit, paragraph: Paragraph) -> Unit:
    """A table's unit with one child a row: "Table after OP 17, row 3", the row's cells as one line."""
    table = paragraph.table
    assert table is not None
    for r in range(len(table.rows)):
        what = "head row" if r < table.header_rows else "row"
        row = Unit(unit.part, unit.path + ("cell", r, 0), f"{unit.label}, {what} {r + 1}", table.row_inline(r),
                   parent=unit)
        unit.children.append(row)
    return unit


def annex_name(heading: str, index: int, count: int) -> str:
    heading = heading.strip() or "Annex"
    return heading if heading != "Annex" or count == 1 else f"Annex ({index + 1})"


def _with_children(unit: Unit, paragraph: Paragraph) -> Unit:
    labels = subparagraph_labels(unit.depth + 1, paragraph.children, paragraph.list_style)
    for k, child in enumerate(paragraph.children):
        label = f"{unit.label} {labels[k]}" if labels[k] else f"{unit.label}, {first_words(child.text, 3)}"
        sub = Unit(unit.part, unit.path + (k,), label, child, parent=unit)
        unit.children.append(_with_children(sub, child))
    return unit


def _annex_units(paragraphs: list[Paragraph], path: tuple, name: str) -> list[Unit]:
    out, counts = [], {"numbered": 0, "heading": 0, "table": 0, "": 0}
    for i, p in enumerate(paragraphs):
        kind = p.style if p.style in counts else ""
        if p.table is not None:
            counts["table"] += 1
            out.append(_table_unit(Unit("annex", path + (i,), f"{name}, table {counts['table']}", p, table=True), p))
            continue
        counts[kind] += 1
        what = {"numbered": "para.", "heading": "heading", "": "text"}[kind]
        out.append(_with_children(Unit("annex", path + (i,), f"{name}, {what} {counts[kind]}", p), p))
    return out
