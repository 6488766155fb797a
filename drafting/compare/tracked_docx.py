"""The new text as a Word document with every difference from the base as a tracked change.

Both texts are exported by the Word exporter (drafting/exporters/docx) exactly as they
would be on their own, so the layout, styles, numbering and footnotes are the real ones;
their paragraphs are then woven together following the alignment:

* the front matter (masthead table, session block, adoption lines, submission, title,
  body line) and the closing lines pair by style;
* the text proper pairs by unit: paragraphs that stay in order are written once with
  their word changes (``tracked_paragraphs``), deleted ones stand where they were with a
  deleted paragraph mark, new ones with an inserted mark, moved ones as w:moveFrom where
  they were and w:moveTo where they are;
* footnotes follow their references (``tracked_notes``).

Accepting every revision gives the new text; rejecting every one gives the base, in Word
and in LibreOffice.  One limit is LibreOffice's (7.4): it drops a paragraph-mark revision
on a paragraph that holds a footnote reference; ``mark_placement`` moves such revisions
to a neighbour where Word's rules allow, but a split or merge right after a footnoted
sentence, or a footnoted paragraph deleted or inserted where no neighbour can carry the
mark, shows an extra or missing paragraph break in LibreOffice only.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass, field, replace
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..exporters import docx as word
from ..files import write_atomic
from ..ooxml.namespaces import W
from .align import Comparison, Pair
from .exported import Exported, ExportedText, ExportMismatch, read_export, style_of
from .mark_placement import place_marks
from .numbering_merge import reconcile_lists
from .report import part_of
from .revision_marks import Revisions
from .sequence import heaviest_chain
from .tracked_notes import TrackedNotes
from .tracked_paragraphs import moved_from, track_group
from .units import Unit

DOCUMENT, FOOTNOTES, SETTINGS = "word/document.xml", "word/footnotes.xml", "word/settings.xml"
NUMBERING = "word/numbering.xml"
RELS, TYPES = "word/_rels/document.xml.rels", "[Content_Types].xml"
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def build_tracked(cmp: Comparison, *, author: str | None = None, when: datetime | None = None,
                  paper: str | None = None) -> bytes:
    """The .docx of ``cmp.new`` with the differences from ``cmp.old`` as revisions, as bytes."""
    paper = paper or word.paper_for(cmp.new)
    author = author if author is not None else cmp.new.meta.author
    new_package = _unzip(word.build(cmp.new, author=author, paper=paper))
    old_package = _unzip(word.build(cmp.old, author=author, paper=paper))
    new_doc, old_doc = _xml(new_package[DOCUMENT]), _xml(old_package[DOCUMENT])
    new_body, old_body = _body(new_doc), _body(old_doc)
    old_x, new_x = read_export(old_body, cmp.old_units), read_export(new_body, cmp.new_units)
    numbering = _part(new_package, NUMBERING)
    if reconcile_lists(cmp, old_x, new_x, old_body, _part(old_package, NUMBERING), numbering):
        assert numbering is not None, "only a numbering part grows"
        new_package[NUMBERING] = _bytes(numbering)
    weave = _Weaver(cmp, old_x, new_x, Revisions(author or "Resolute", when),
                    _part(old_package, FOOTNOTES), _part(new_package, FOOTNOTES), _plain_lists(numbering))
    elements = weave.body()
    for child in list(new_body):
        new_body.remove(child)
    new_body.extend(elements)
    return _package(new_package, old_package, new_doc, weave.notes)


def save_tracked(cmp: Comparison, path: str | Path, **options) -> None:
    try:
        data = build_tracked(cmp, **options)
    except ExportMismatch as exc:  # a bug, not the user's input: say so rather than fail with a traceback
        raise InputError(path, f"the two versions could not be lined up for tracked changes ({exc}); nothing "
                               "was written, and the comparison itself stands") from exc
    write_atomic(path, data)


@dataclass
class _Item:
    """One step of the woven body: old paragraphs that became new ones, or a finished element."""

    old: list[etree._Element] = field(default_factory=list)
    new: list[etree._Element] = field(default_factory=list)
    part: str | None = None  # the lexicon part, for opening phrases
    move: str | None = None  # "from" or "to" for the two ends of a move
    name: str | None = None  # the move's name
    element: etree._Element | None = None  # written as it is (the masthead table)


class _Weaver:
    def __init__(self, cmp: Comparison, old: Exported, new: Exported, rev: Revisions, old_notes, new_notes,
                 plain_lists: frozenset):
        self.cmp, self.old, self.new, self.rev = cmp, old, new, rev
        self.plain_lists = plain_lists
        self.notes = TrackedNotes(old_notes, new_notes, rev)
        self._moves: dict[int, str] = {}  # id(pair) → its move name
        self._plain: set[int] = set()  # units of moved groups: written as deleted and new, not as moves

    def body(self) -> list[etree._Element]:
        old_texts, new_texts = self.cmp.old_units.texts(), self.cmp.new_units.texts()
        items: list[_Item] = []
        for k in range(max(len(old_texts), len(new_texts))):  # the k-th text with the k-th, as compare pairs them
            (o_tops, o_annexes), (n_tops, n_annexes) = (texts[k] if k < len(texts) else ([], [])
                                                        for texts in (old_texts, new_texts))
            o_x, n_x = (x.texts[k] if k < len(x.texts) else ExportedText() for x in (self.old, self.new))
            items += self._by_style(o_x.opening, n_x.opening)
            items += self._units(_flat(o_tops), _flat(n_tops))
            items += self._by_style(o_x.closing, n_x.closing)
            for a in range(max(len(o_annexes), len(n_annexes))):
                items += self._by_style(o_x.annex_headings[a:a + 1], n_x.annex_headings[a:a + 1])
                items += self._units(_annex_flat(o_annexes, a), _annex_flat(n_annexes, a))
        return self._emit(items) + ([copy.deepcopy(self.new.section)] if self.new.section is not None else [])

    def _emit(self, items: list[_Item]) -> list[etree._Element]:
        """The items' paragraphs; the last ones as one group that ends in a mark both versions keep."""
        items, tail = _split_tail(items)
        broken = {item.name for item in tail if item.move}
        out = [e for item in items for e in self._write(item, broken)]
        if tail:
            out += track_group([p for item in tail for p in item.old], [p for item in tail for p in item.new],
                               self.rev, self.notes, tail[0].part if len(tail) == 1 else None, last=True)
        place_marks(out, self.rev, self.plain_lists)
        return out

    def _write(self, item: _Item, broken: set) -> list[etree._Element]:
        if item.element is not None:
            return [item.element]
        if item.move == "from" and item.name not in broken:
            return [moved_from(item.old[0], self.rev, self.notes, item.name)]
        if item.move == "to" and item.name is not None and item.name not in broken:
            out = track_group(item.old, item.new, self.rev, self.notes, item.part, moved_to=True)
            self.rev.move_range(out[0], "moveTo", item.name)
            return out
        if item.move == "from":
            return track_group(item.old, [], self.rev, self.notes)
        if item.move == "to":
            return track_group([], item.new, self.rev, self.notes)
        return track_group(item.old, item.new, self.rev, self.notes, item.part)

    # -- pairing by style (front matter, closing lines, masthead cells) ----------------------

    def _by_style(self, old: list[etree._Element], new: list[etree._Element]) -> list[_Item]:
        keys_old, keys_new = [_key(e) for e in old], [_key(e) for e in new]
        out: list[_Item] = []
        for op, i1, i2, j1, j2 in SequenceMatcher(None, keys_old, keys_new, autojunk=False).get_opcodes():
            if op == "equal":
                for o, n in zip(old[i1:i2], new[j1:j2], strict=False):
                    out.append(_Item(element=self._table(o, n)) if n.tag == W + "tbl" else _Item([o], [n]))
                continue
            out += [_Item(old=[o]) for o in old[i1:i2] if o.tag == W + "p"]
            out += [_Item(new=[n]) if n.tag == W + "p" else _Item(element=copy.deepcopy(n)) for n in new[j1:j2]]
        return out

    def _table(self, old: etree._Element, new: etree._Element) -> etree._Element:
        """The new table, each cell's paragraphs tracked against the old cell's."""
        table = copy.deepcopy(new)
        old_cells = [row.findall(W + "tc") for row in old.findall(W + "tr")]
        for r, row in enumerate(table.findall(W + "tr")):
            for c, cell in enumerate(row.findall(W + "tc")):
                before = old_cells[r][c].findall(W + "p") if r < len(old_cells) and c < len(old_cells[r]) else []
                after = cell.findall(W + "p")
                for p in after:
                    cell.remove(p)
                cell.extend(self._emit(self._by_style(before, after)) or [etree.Element(W + "p")])
        return table

    # -- pairing by unit (the text proper) ----------------------------------------------------

    def _units(self, old: list[Unit], new: list[Unit]) -> list[_Item]:
        """Paragraphs that kept their order written once; the others deleted, new or moved."""
        old_at = {id(u): k for k, u in enumerate(old)}
        new_at = {id(u): k for k, u in enumerate(new)}
        self._plain.update(id(u) for u in old + new if u.table)  # a table is never written as a move
        blocks: dict[tuple[int, int], tuple[list[Unit], list[Unit]]] = {}
        seen: set[int] = set()
        for u in old:
            pair = self.cmp.pair_of_old(u)
            if id(pair) in seen or not pair.new or not all(id(n) in new_at for n in pair.new):
                continue
            seen.add(id(pair))
            if pair.moved:
                if len(pair.old) > 1 or len(pair.new) > 1:
                    self._plain.update(id(x) for x in pair.old + pair.new)
                continue
            olds, news = [old_at[id(x)] for x in pair.old], [new_at[id(x)] for x in pair.new]
            if _contiguous(olds) and _contiguous(news):
                blocks[(olds[0], news[0])] = (pair.old, pair.new)
            else:  # pieces apart (a split paragraph's subparagraphs between): first with first, the rest apart
                blocks[(olds[0], news[0])] = (pair.old[:1], pair.new[:1])
                self._plain.update(id(x) for x in pair.old[1:] + pair.new[1:])
        out: list[_Item] = []
        done: set[int] = set()
        at = [0, 0]

        def flush(side: int, limit: int) -> None:
            units = old if side == 0 else new
            while at[side] < limit:
                unit = units[at[side]]
                if id(unit) not in done:
                    out.extend(self._tables([unit] if side == 0 else [], [unit] if side == 1 else []))
                    out.append(self._old_only(unit) if side == 0 else self._new_only(unit))
                    done.add(id(unit))
                at[side] += 1

        for key in heaviest_chain({key: 1.0 for key in blocks}):
            old_units, new_units = blocks[key]
            flush(0, key[0])
            flush(1, key[1])
            out.extend(self._tables(old_units, new_units))
            out.append(_Item([self.old.paragraph(u) for u in old_units], [self.new.paragraph(n) for n in new_units],
                             part_of(new_units[0])))
            done.update(id(x) for x in old_units + new_units)
        flush(0, len(old))
        flush(1, len(new))
        return out

    def _tables(self, old_units: list[Unit], new_units: list[Unit]) -> list[_Item]:
        """The caption and w:tbl standing before a table unit's own (empty) paragraph, cell by cell tracked:
        a new table's cells as inserted, a deleted one's as deleted."""
        old_t = next((u for u in old_units if u.table), None)
        new_t = next((u for u in new_units if u.table), None)
        if old_t is None and new_t is None:
            return []
        olds = self.old.tables.get(id(old_t), []) if old_t is not None else []
        news = self.new.tables.get(id(new_t), []) if new_t is not None else []
        old_tbl = next((e for e in olds if e.tag == W + "tbl"), None)
        new_tbl = next((e for e in news if e.tag == W + "tbl"), None)
        items = self._by_style([e for e in olds if e.tag == W + "p"], [e for e in news if e.tag == W + "p"])
        if old_tbl is not None or new_tbl is not None:
            before = old_tbl if old_tbl is not None else _emptied(new_tbl)
            after = new_tbl if new_tbl is not None else _emptied(old_tbl)
            items.append(_Item(element=self._table(before, after)))
        return items

    def _moved(self, pair: Pair, unit: Unit) -> bool:
        return id(unit) not in self._plain and len(pair.old) == 1 and len(pair.new) == 1

    def _move_name(self, pair: Pair) -> str:
        if id(pair) not in self._moves:
            self._moves[id(pair)] = self.rev.move_name()
        return self._moves[id(pair)]

    def _old_only(self, unit: Unit) -> _Item:
        pair = self.cmp.pair_of_old(unit)
        if self._moved(pair, unit):
            return _Item([self.old.paragraph(unit)], move="from", name=self._move_name(pair))
        return _Item(old=[self.old.paragraph(unit)])

    def _new_only(self, unit: Unit) -> _Item:
        pair = self.cmp.pair_of_new(unit)
        if not self._moved(pair, unit):
            return _Item(new=[self.new.paragraph(unit)])
        return _Item([self.old.paragraph(pair.old[0])], [self.new.paragraph(unit)], part_of(unit), "to",
                     self._move_name(pair))


def _split_tail(items: list[_Item]) -> tuple[list[_Item], list[_Item]]:
    """The last items, from the last one that has both sides (or enough to have both).

    The document's last paragraph mark is there in both versions, so the last paragraph
    must close the last paragraph of each; these items are written as one group.
    """
    k = len(items)
    has_old = has_new = False
    while k > 0 and not (has_old and has_new):
        k -= 1
        item = items[k]
        has_old = has_old or bool(item.old and item.move != "to")
        has_new = has_new or bool(item.new)
    return items[:k], [replace(item, old=[] if item.move == "to" else item.old) for item in items[k:]]


def _flat(tops: list[Unit]) -> list[Unit]:
    """The units written as paragraphs: a table's rows are inside its w:tbl, not among them."""
    return [u for top in tops for u in top.walk() if u.parent is None or not u.parent.table]


def _emptied(table: etree._Element | None) -> etree._Element:
    """A copy of a table with every cell holding one empty paragraph of its style (what a new table is
    tracked against, and what a deleted one becomes)."""
    assert table is not None
    out = copy.deepcopy(table)
    for cell in out.iter(W + "tc"):
        paragraphs = cell.findall(W + "p")
        for p in paragraphs[1:]:
            cell.remove(p)
        for p in paragraphs[:1]:
            for child in list(p):
                if child.tag != W + "pPr":
                    p.remove(child)
    return out


def _annex_flat(annexes, k: int) -> list[Unit]:
    if k >= len(annexes):
        return []
    title, paragraphs = annexes[k]
    return ([title] if title is not None else []) + _flat(paragraphs)


def _contiguous(positions: list[int]) -> bool:
    return positions == list(range(positions[0], positions[0] + len(positions)))


def _key(element: etree._Element) -> str:
    return "table" if element.tag == W + "tbl" else style_of(element)


# -- the package -----------------------------------------------------------------------------


def _unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, _PARSER)


def _plain_lists(numbering: etree._Element | None) -> frozenset:
    """The list ids that restart nowhere (no w:lvlOverride)."""
    return frozenset(n.get(W + "numId") for n in (numbering.iter(W + "num") if numbering is not None else ())
                     if n.find(W + "lvlOverride") is None)


def _body(document: etree._Element) -> etree._Element:
    body = document.find(W + "body")
    assert body is not None, "an exported document has a body"
    return body


def _part(package: dict[str, bytes], name: str) -> etree._Element | None:
    return _xml(package[name]) if name in package else None


def _package(new: dict[str, bytes], old: dict[str, bytes], document: etree._Element, notes: TrackedNotes) -> bytes:
    parts = dict(new)
    parts[DOCUMENT] = _bytes(document)
    settings = _xml(new[SETTINGS])
    if notes.used:
        assert notes.root is not None, "used notes have a footnotes part"
        parts[FOOTNOTES] = _bytes(notes.root)
        if FOOTNOTES not in new:  # only old notes survive (as deleted): the part comes from the old text
            parts[TYPES], parts[RELS] = old[TYPES], _with_footnotes_relation(new[RELS])
            settings = _xml(old[SETTINGS])
    _track_revisions(settings)
    parts[SETTINGS] = _bytes(settings)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def _with_footnotes_relation(rels: bytes) -> bytes:
    root = _xml(rels)
    ns = root.nsmap.get(None)
    ids = {r.get("Id") for r in root}
    rid = next(f"rId{n}" for n in range(1, 1000) if f"rId{n}" not in ids)
    etree.SubElement(root, f"{{{ns}}}Relationship", Id=rid, Type=_FOOTNOTES_REL, Target="footnotes.xml")
    return _bytes(root)


def _track_revisions(settings: etree._Element) -> None:
    """Keep tracking changes when the document is edited further (w:trackRevisions, after w:zoom)."""
    if settings.find(W + "trackRevisions") is not None:
        return
    node = etree.Element(W + "trackRevisions")
    zoom = settings.find(W + "zoom")
    if zoom is not None:
        zoom.addnext(node)
    else:
        settings.insert(0, node)


def _bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
