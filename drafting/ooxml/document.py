"""A Word document as paragraphs of formatted runs, read as Word shows it with changes accepted.

Tracked changes are read as if accepted: w:ins and w:moveTo are kept, w:del and
w:moveFrom dropped, a deleted paragraph mark joins its paragraph to the next, and
formatting changes (w:rPrChange, w:pPrChange) leave the new formatting.  Fields show
their result, not their instruction.  What the text cannot carry (tables, text boxes,
images, comments, hidden text) is read into its own containers or counted in the
``Tally`` so that an importer can say what it did with it.  List labels are computed
(``numbering``), since Word does not store them in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from lxml import etree

from ..digits import whole_number
from ..errors import InputError
from .namespaces import STRICT_W_NS, local, mc, r, toggle, val, w
from .numbering import Numbering
from .package import Package
from .styles import Styles, run_properties

_SKIP_NOTES = ("separator", "continuationSeparator", "continuationNotice")
_TEXT_OF = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "\u2011", "softHyphen": "\u00ad"}


@dataclass
class Run:
    """A stretch of a paragraph's text with its formatting."""

    start: int
    end: int
    props: dict[str, bool]  # italic, bold, underline, superscript as shown (direct over character style)
    direct: dict[str, bool]  # what the run sets itself
    char_style: str = ""  # the character style's name


@dataclass
class NoteRef:
    """A footnote or endnote reference standing after ``offset`` characters."""

    offset: int
    kind: str  # "footnote" or "endnote"
    note_id: str
    custom_mark: str | None = None  # the literal mark of a w:customMarkFollows reference ("*")


@dataclass
class WordParagraph:
    number: int  # 1-based position among the paragraphs of its story, for messages
    text: str = ""
    runs: list[Run] = field(default_factory=list)
    refs: list[NoteRef] = field(default_factory=list)
    style: str = ""  # the paragraph style's name ("Operative Paragraph")
    style_id: str = ""
    num: tuple[str | None, int | None] | None = None  # (numId, ilvl): direct w:numPr, then as numbered
    label: str | None = None  # the list label Word shows ("1.", "(a)"), computed
    container: str = "body"  # body, table, textbox, header, footnote, endnote, comment
    group: int = 0  # which table or text box the paragraph belongs to
    mark_deleted: bool = False
    cell: tuple[int, int] | None = None  # (row, column) of the table cell it stands in
    header_row: bool = False  # its row is a header row (w:tblHeader: repeated on every page)

    def spans(self, prop: str, direct_only: bool = False) -> list[tuple[int, int]]:
        """Merged (start, end) stretches where ``prop`` is on."""
        out: list[tuple[int, int]] = []
        for run in self.runs:
            on = (run.direct if direct_only else run.props).get(prop, False)
            if not on or run.end <= run.start:
                continue
            if out and out[-1][1] >= run.start:
                out[-1] = (out[-1][0], max(out[-1][1], run.end))
            else:
                out.append((run.start, run.end))
        return out

    def cut(self, start: int, end: int | None = None) -> WordParagraph:
        """The paragraph reduced to text[start:end], runs and references moved along."""
        end = len(self.text) if end is None else end
        runs = [replace(x, start=max(x.start, start) - start, end=min(x.end, end) - start)
                for x in self.runs if x.end > start and x.start < end]
        refs = [replace(x, offset=min(max(x.offset, start), end) - start) for x in self.refs]
        return replace(self, text=self.text[start:end], runs=runs, refs=refs)

    def without_spans(self, spans: list[tuple[int, int]]) -> WordParagraph:
        """The paragraph with each (start, end) of ``spans`` (ascending, not overlapping) taken out at once,
        runs and references after each moved back: one pass, however many spans (a paragraph may hold
        thousands of references)."""
        spans = [(start, end) for start, end in spans if end > start]
        if not spans:
            return self
        starts = [start for start, _ in spans]
        removed_before = [0]  # characters taken out before the i-th span
        for start, end in spans:
            removed_before.append(removed_before[-1] + end - start)

        def moved(at: int) -> int:
            i = bisect_right(starts, at - 1)  # the spans that start before ``at``
            if i == 0:
                return at
            start, end = spans[i - 1]
            return (start if at < end else at) - removed_before[i - 1] - (0 if at < end else end - start)

        kept, last = [], 0
        for start, end in spans:
            kept.append(self.text[last:start])
            last = end
        kept.append(self.text[last:])
        runs = [replace(x, start=moved(x.start), end=moved(x.end)) for x in self.runs]
        return replace(self, text="".join(kept), runs=[x for x in runs if x.end > x.start],
                       refs=[replace(x, offset=moved(x.offset)) for x in self.refs])

    def strip(self) -> WordParagraph:
        lead = len(self.text) - len(self.text.lstrip())
        return self.cut(lead, lead + len(self.text.strip()))

    def joined(self, following: WordParagraph) -> WordParagraph:
        """This paragraph's text run into ``following``, whose paragraph mark (and properties) remain."""
        shift = len(self.text)
        return replace(following, number=self.number, text=self.text + following.text,
                       runs=self.runs + [replace(x, start=x.start + shift, end=x.end + shift) for x in following.runs],
                       refs=self.refs + [replace(x, offset=x.offset + shift) for x in following.refs])


@dataclass
class Tally:
    """What the reader met besides plain paragraphs, counted for the import warnings."""

    insertions: int = 0
    deletions: int = 0
    moves: int = 0
    format_changes: int = 0
    tables: int = 0
    hidden: int = 0  # runs of hidden text, left out
    struck: int = 0  # runs of struck-through text, kept (in drafts they often propose a deletion)
    objects: Counter = field(default_factory=Counter)  # "image", "text box", "chart", "embedded object"
    fields: Counter = field(default_factory=Counter)  # field kind ("REF", "HYPERLINK") → count


@dataclass
class WordDocument:
    paragraphs: list[WordParagraph]  # the main story: body, table cells and text boxes, in reading order
    footnotes: dict[str, list[WordParagraph]]
    endnotes: dict[str, list[WordParagraph]]
    comments: list[tuple[str, list[WordParagraph]]]  # (author, paragraphs)
    first_page_header: list[WordParagraph]
    tally: Tally
    author: str = ""  # dc:creator of the core properties
    footers: list[WordParagraph] = field(default_factory=list)  # every footer's paragraphs (job and page numbers)


def read_document(package: Package) -> WordDocument:
    main = package.main_document()
    root = package.xml(main)
    if root.tag == f"{{{STRICT_W_NS}}}document":
        raise InputError(package.path, "is saved as Strict Open XML, which is not read; in Word choose "
                                       "File ▸ Save As ▸ Word Document (.docx)")
    body = root.find(w("body"))
    if body is None:
        raise InputError(package.path, f"the file is damaged: {main} has no document body")
    styles = Styles(package.optional_xml(_first(package.related(main, "/styles"))))
    numbering = Numbering(package.optional_xml(_first(package.related(main, "/numbering"))), styles)
    tally = Tally()
    reader = _Reader(styles, tally)
    paragraphs = _accept_deleted_marks(reader.blocks(body, "body"))
    for paragraph in paragraphs:
        _number(paragraph, styles, numbering)

    def notes(kind: str) -> dict[str, list[WordParagraph]]:
        part = _first(package.related(main, f"/{kind}s"))
        root = package.optional_xml(part)
        out: dict[str, list[WordParagraph]] = {}
        for note in root.iter(w(kind)) if root is not None else ():
            if note.get(w("type")) not in _SKIP_NOTES:
                out[note.get(w("id")) or ""] = _without_own_mark(_Reader(styles, tally).blocks(note, kind))
        return out

    comments_root = package.optional_xml(_first(package.related(main, "/comments")))
    comments = [(c.get(w("author")) or "", _Reader(styles, tally).blocks(c, "comment"))
                for c in (comments_root.iter(w("comment")) if comments_root is not None else ())]
    header = _first_page_header(package, main, body)
    header_paragraphs = _Reader(styles, Tally()).blocks(header, "header") if header is not None else []
    footers = [paragraph for part in package.related(main, "/footer") for xml in _furniture(package, part)
               for paragraph in _Reader(styles, Tally()).blocks(xml, "footer")]
    return WordDocument(paragraphs, notes("footnote"), notes("endnote"), comments, header_paragraphs, tally,
                        _creator(package), footers)


def _furniture(package: Package, part: str) -> list[etree._Element]:
    """A footer's XML, or none where it is missing or damaged: page furniture (job and page numbers)
    is read when it can be, and a damaged footer does not refuse the document it stands under."""
    try:
        xml = package.optional_xml(part)
    except InputError:
        return []
    return [xml] if xml is not None else []


def _creator(package: Package) -> str:
    core = package.optional_xml(_first(package.related("", "/core-properties")))
    creator = core.find("{http://purl.org/dc/elements/1.1/}creator") if core is not None else None
    return (creator.text or "").strip() if creator is not None else ""


def _first(names: list[str]) -> str | None:
    return names[0] if names else None


def _accept_deleted_marks(paragraphs: list[WordParagraph]) -> list[WordParagraph]:
    """Join each paragraph whose mark was deleted (a tracked change) to the paragraph after it."""
    out: list[WordParagraph] = []
    carry: WordParagraph | None = None
    for paragraph in paragraphs:
        if carry is not None and paragraph.container == carry.container:
            paragraph = carry.joined(paragraph)
            carry = None
        if paragraph.mark_deleted:
            carry = paragraph
            continue
        out.append(paragraph)
    if carry is not None:
        out.append(replace(carry, mark_deleted=False))
    return out


def _number(paragraph: WordParagraph, styles: Styles, numbering: Numbering) -> None:
    """Fill ``label`` from the paragraph's w:numPr, or from its style's, as Word does."""
    by_style = styles.numbering(paragraph.style_id or styles.default_paragraph)
    num_id, ilvl = paragraph.num or (None, None)
    if num_id is None and by_style:
        num_id = by_style[0]
    if ilvl is None:
        ilvl = by_style[1] if by_style and by_style[1] is not None else 0
    if num_id is not None:
        paragraph.label = numbering.label(num_id, ilvl)
        paragraph.num = (num_id, ilvl)


_STAR_NUMBER = re.compile(r"\*\d{1,6}")
_MARK_SEPARATOR = re.compile(r"\s*,\s*")
_LONGEST_CUSTOM_MARK = 10  # characters: Word's limit for a footnote's custom mark


def _without_mark_separators(para: WordParagraph) -> WordParagraph:
    """The paragraph without the raised commas that separate two footnote references ("Iraq:*, **"):
    they belong to the marks, not to the text."""
    runs = sorted(para.runs, key=lambda run: run.start)
    separators: list[tuple[int, int]] = []
    first = 0  # runs before it end before every span still to look at (the spans ascend)
    for before, after in zip(para.refs, para.refs[1:], strict=False):
        start, end = before.offset, after.offset
        if end <= start or not _MARK_SEPARATOR.fullmatch(para.text, start, end):
            continue
        while first < len(runs) and runs[first].end <= start:
            first += 1
        if all(_raised(run) for run in _overlapping(runs, first, start, end)):
            separators.append((start, end))
    return para.without_spans(separators)


def _overlapping(runs: list[Run], first: int, start: int, end: int):
    """The runs of ``runs[first:]`` (sorted by start) that overlap text[start:end]."""
    for i in range(first, len(runs)):
        run = runs[i]
        if run.start >= end:
            return
        if run.end > start:
            yield run


def _raised(run: Run) -> bool:
    return bool(run.props.get("superscript")) or "reference" in run.char_style.lower()


def _without_own_mark(paragraphs: list[WordParagraph]) -> list[WordParagraph]:
    """A note's text without the mark that opens it (a symbol typed after w:customMarkFollows)
    and the spaces or tabs around that mark."""
    if not paragraphs:
        return paragraphs
    first = paragraphs[0]
    first = first.cut(len(first.text) - len(first.text.lstrip()))
    lead = first.runs[0] if first.runs else None
    is_mark = lead is not None and lead.start == 0 and _raised(lead)
    mark = first.text[:lead.end].strip() if lead is not None else ""
    # a symbol, or the fourth and later symbol notes' "*4", "*5" (model.symbol_mark)
    if lead is not None and is_mark and mark and (not any(ch.isalnum() for ch in mark) or _STAR_NUMBER.fullmatch(mark)):
        first = first.cut(lead.end)
    spaces = len(first.text) - len(first.text.lstrip())
    return [first.cut(spaces)] + paragraphs[1:]


def _first_page_header(package: Package, main: str, body: etree._Element) -> etree._Element | None:
    """The header of the first page, where official UN Word files keep the masthead."""
    sect = next((p for p in body.iter(w("sectPr"))), None)
    if sect is None or not toggle(sect.find(w("titlePg"))):
        return None
    ref = next((h for h in sect.iter(w("headerReference")) if h.get(w("type")) == "first"), None)
    if ref is None:
        return None
    targets = {rel.rel_id: rel.target for rel in package.relationships(main) if not rel.external}
    return package.optional_xml(targets.get(ref.get(r("id")) or ""))


class _Reader:
    """Reads one story (the body, a note, a comment, a header) into WordParagraphs."""

    def __init__(self, styles: Styles, tally: Tally):
        self.styles = styles
        self.tally = tally
        self.count = 0
        self.groups = 0
        self.fields: list[dict] = []  # open complex fields: {"instr": [...], "result": bool}

    # -- block level -------------------------------------------------------------------

    def blocks(self, parent: etree._Element, container: str, group: int = 0) -> list[WordParagraph]:
        out: list[WordParagraph] = []
        for child in parent:
            name = local(child)
            if name == "p":
                floating: list[WordParagraph] = []
                out.append(self.paragraph(child, container, group, floating))
                out.extend(floating)
            elif name == "tbl":
                self.tally.tables += 1
                self.groups += 1
                table_group = self.groups
                rows = [row for row in child.findall(w("tr")) if row.find(f"{w('trPr')}/{w('del')}") is None]
                for r, row in enumerate(rows):
                    header = row.find(f"{w('trPr')}/{w('tblHeader')}") is not None
                    column = 0
                    for cell in row.findall(w("tc")):
                        inner = self.blocks(cell, "table" if container == "body" else container, table_group)
                        for para in inner:
                            if para.group == table_group and para.cell is None:
                                para.cell, para.header_row = (r, column), header
                        out.extend(inner)
                        column += _span(cell)
            elif name == "sdt":
                content = child.find(w("sdtContent"))
                if content is not None:
                    out.extend(self.blocks(content, container, group))
            elif name in ("customXml", "ins", "moveTo"):
                out.extend(self.blocks(child, container, group))
            elif child.tag == mc("AlternateContent"):
                out.extend(self.blocks(_chosen(child), container, group))
            elif name == "altChunk":  # a whole file (HTML, RTF) imported into the document, unread
                self.tally.objects["embedded document"] += 1
        return out

    def paragraph(self, el: etree._Element, container: str, group: int,
                  floating: list[WordParagraph]) -> WordParagraph:
        self.count += 1
        ppr = el.find(w("pPr"))
        para = WordParagraph(self.count, container=container, group=group)
        if ppr is not None:
            para.style_id = val(ppr.find(w("pStyle")), "") or ""
            num = ppr.find(w("numPr"))
            if num is not None:
                ilvl = val(num.find(w("ilvl")))
                para.num = (val(num.find(w("numId"))), whole_number(ilvl, 2))
            mark = ppr.find(w("rPr"))
            if mark is not None:
                # A paragraph mark inserted or deleted with its text is one change, counted with the text.
                if mark.find(w("del")) is not None or mark.find(w("moveFrom")) is not None:
                    para.mark_deleted = True
                    self.tally.deletions += mark.find(w("del")) is not None and not _changed(el, "del")
                if mark.find(w("ins")) is not None:
                    self.tally.insertions += not _changed(el, "ins")
            if ppr.find(w("pPrChange")) is not None:
                self.tally.format_changes += 1
        para.style = self.styles.name(para.style_id)
        state = _Inline(para, floating)
        self.inline(el, state)
        para.text = "".join(state.pieces)
        return _without_mark_separators(para)

    # -- inline level ------------------------------------------------------------------

    def inline(self, parent: etree._Element, state: _Inline) -> None:
        for child in parent:
            name = local(child)
            if name == "r":
                self.run(child, state)
            elif name in ("ins", "moveTo"):
                if name == "ins":
                    self.tally.insertions += 1
                else:
                    self.tally.moves += 1
                self.inline(child, state)
            elif name == "del":
                self.tally.deletions += 1
            elif name in ("hyperlink", "smartTag", "customXml", "dir", "bdo"):
                self.inline(child, state)
            elif name == "fldSimple":
                self.tally.fields[_field_kind(child.get(w("instr")) or "")] += 1
                self.inline(child, state)
            elif name == "sdt":
                content = child.find(w("sdtContent"))
                if content is not None:
                    self.inline(content, state)
            elif child.tag == mc("AlternateContent"):
                self.inline(_chosen(child), state)
            elif isinstance(child.tag, str) and etree.QName(child).localname in ("oMath", "oMathPara"):
                self.tally.objects["equation"] += 1

    def run(self, el: etree._Element, state: _Inline) -> None:
        rpr = el.find(w("rPr"))
        direct = run_properties(rpr)
        style_id = val(rpr.find(w("rStyle"))) if rpr is not None else None
        props = {**self.styles.run_props(style_id), **direct}
        if rpr is not None and rpr.find(w("rPrChange")) is not None:
            self.tally.format_changes += 1
        start = state.length
        hidden = props.get("hidden", False)
        for child in _run_children(el):
            name = local(child)
            if name == "fldChar":
                self._field_char(child)
            elif name == "instrText":
                if self.fields:
                    self.fields[-1]["instr"].append(child.text or "")
            elif self.fields and not self.fields[-1]["result"]:
                continue  # inside a field's instruction
            elif name == "t":
                if hidden:
                    self.tally.hidden += bool(child.text)
                    continue
                state.text(child.text or "", props, same_run=state.pending_run is el)
            elif name in _TEXT_OF and not hidden:
                if name == "br" and child.get(w("type")) == "page":
                    state.add("\n")
                else:
                    state.add(_TEXT_OF[name])
            elif name == "sym" and not hidden:
                state.add(_symbol(child.get(w("char")) or ""))
            elif name in ("footnoteReference", "endnoteReference"):
                kind = name[:-len("Reference")]
                custom = child.get(w("customMarkFollows")) in ("1", "true", "on")
                ref = NoteRef(state.length, kind, child.get(w("id")) or "", "" if custom else None)
                state.para.refs.append(ref)
                if custom:
                    state.pending_ref, state.pending_run = ref, el
            elif name in ("drawing", "pict", "object"):
                self._object(child, state)
        if state.length > start:
            state.para.runs.append(Run(start, state.length, props, direct, self.styles.name(style_id)))
            self.tally.struck += bool(props.get("strike"))

    def _field_char(self, el: etree._Element) -> None:
        kind = el.get(w("fldCharType"))
        if kind == "begin":
            self.fields.append({"instr": [], "result": False})
        elif kind == "separate" and self.fields:
            self.fields[-1]["result"] = True
        elif kind == "end" and self.fields:
            frame = self.fields.pop()
            self.tally.fields[_field_kind("".join(frame["instr"]))] += 1

    def _object(self, el: etree._Element, state: _Inline) -> None:
        boxes = list(el.iter(w("txbxContent")))
        if boxes:
            self.tally.objects["text box"] += 1
            self.groups += 1
            for box in boxes[:1]:  # the VML fallback repeats the same box
                state.floating.extend(self.blocks(box, "textbox", self.groups))
        elif any(str(x.tag).endswith("}chart") for x in el.iter()):
            self.tally.objects["chart"] += 1
        elif local(el) == "object":
            self.tally.objects["embedded object"] += 1
        else:
            self.tally.objects["image"] += 1


class _Inline:
    """The text being gathered for one paragraph."""

    def __init__(self, para: WordParagraph, floating: list[WordParagraph]):
        self.para = para
        self.floating = floating
        self.pieces: list[str] = []
        self.length = 0
        self.pending_ref: NoteRef | None = None  # a customMarkFollows reference waiting for its mark
        self.pending_run: etree._Element | None = None
        self.marked: NoteRef | None = None  # the reference whose custom mark the run's text is

    def add(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)

    def text(self, text: str, props: dict[str, bool], same_run: bool) -> None:
        if self.pending_ref is not None:
            ref, self.pending_ref = self.pending_ref, None
            if same_run or props.get("superscript"):
                ref.custom_mark = text.strip()
                self.marked = ref if same_run else None
                return
        marked = self.marked if same_run else None
        if marked is not None and marked.custom_mark is not None and text and \
                not any(c.isspace() for c in text) and len(marked.custom_mark + text) <= _LONGEST_CUSTOM_MARK:
            marked.custom_mark += text  # a mark written one character a w:t ("*", "*")
            return
        self.add(text)


def _changed(paragraph: etree._Element, kind: str) -> bool:
    """True when the paragraph's text holds a tracked change of ``kind`` ("ins", "del")."""
    return any(next(child.iter(w(kind)), None) is not None for child in paragraph if local(child) != "pPr")


def _run_children(run: etree._Element):
    for child in run:
        if child.tag == mc("AlternateContent"):
            yield from _chosen(child)
        else:
            yield child


def _span(cell: etree._Element) -> int:
    """The grid columns a cell spans (w:gridSpan), at least 1 and at most 63."""
    span = cell.find(f"{w('tcPr')}/{w('gridSpan')}")
    value = span.get(w("val"), "1") if span is not None else "1"
    return min(63, max(1, int(value))) if value.isascii() and value.isdigit() and len(value) < 4 else 1


def _chosen(alternate: etree._Element) -> etree._Element:
    """The branch of mc:AlternateContent to read: the first mc:Choice, else the mc:Fallback."""
    choice = alternate.find(mc("Choice"))
    if choice is None:
        choice = alternate.find(mc("Fallback"))
    return choice if choice is not None else etree.Element("empty")


def _field_kind(instruction: str) -> str:
    words = instruction.split()
    return words[0].upper() if words else "field"


def _symbol(code: str) -> str:
    """A w:sym character; symbol fonts store ASCII-range glyphs at U+F0xx."""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if 0xF020 <= value <= 0xF0FF:
        value -= 0xF000
    if not 0 < value <= 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return ""  # not a character: a damaged file
    return chr(value)


__all__ = ["read_document", "WordDocument", "WordParagraph", "Run", "NoteRef", "Tally"]
