"""The Word export as LibreOffice lays it out: text order, footnotes, page count, live numbering.

Each exported file is converted to PDF with ``soffice --headless`` (a private profile, a
time limit) and read back with pdftotext.  The official PDFs in tests/reference are the
yardstick for the page count.  When LibreOffice is missing these tests fail and say to run
./dev.sh test, which installs it.
"""

from __future__ import annotations

import copy
import re
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from drafting.exporters.docx import save
from drafting.importers.text import import_text
from drafting.model import Resolution, sorted_anchors, walk
from tests.support.docx_tools import check_package, convert_with_libreoffice, pdf_pages, pdf_text, require_tool
from tests.support.paths import CTOC, GA_PDFS, GA_TEXTS

pytestmark = pytest.mark.slow

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOURCES = {"ctoc": CTOC, "A_C.3_80_L.30": GA_TEXTS["A_C.3_80_L.30"], "A_RES_79_180": GA_TEXTS["A_RES_79_180"]}


def squash(text: str) -> str:
    """Text without any whitespace: line breaks, justification and tabs do not matter."""
    return re.sub(r"\s+", "", text)


@dataclass
class Rendered:
    res: Resolution
    docx: Path
    pdf: Path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, Rendered]:
    out = {}
    folder = tmp_path_factory.mktemp("fidelity")
    for name, source in SOURCES.items():
        res = import_text(source.read_text(encoding="utf-8")).resolution
        path = folder / f"{name}.docx"
        save(res, path)
        out[name] = Rendered(res, path, convert_with_libreoffice(path, "pdf", folder / "pdf"))
    return out


def paragraphs_in_order(res: Resolution) -> list[str]:
    m = res.masthead
    texts = [x.text for x in (m.session, m.committee, m.place_and_dates, m.agenda_item, m.agenda_title)]
    texts += [res.submission.line, res.title.text, res.authoring_body.text]
    texts += [p.text for p in res.preamble] + [p.text for _, p in walk(res.operative, ())]
    for annex in res.annexes:
        texts += [annex.heading, annex.title.text] + [p.text for _, p in walk(annex.paragraphs, ())]
    return [t for t in texts if t]


@pytest.mark.parametrize("name", list(SOURCES))
def test_libreoffice_shows_the_text_in_order(rendered, name):
    r = rendered[name]
    text = squash(pdf_text(r.pdf))
    at = 0
    for paragraph in paragraphs_in_order(r.res):
        probe = squash(paragraph)[:40]
        found = text.find(probe, at)
        assert found >= 0, f"{probe!r} not found after position {at} in the rendering of {name}"
        at = found + len(probe)


@pytest.mark.parametrize("name", ["ctoc", "A_C.3_80_L.30"])
def test_libreoffice_computes_the_numbers(rendered, name):
    r = rendered[name]
    text = squash(pdf_text(r.pdf))
    at = 0
    for i, p in enumerate(r.res.operative, start=1):
        probe = f"{i}." + squash(p.text)[:20]
        found = text.find(probe, at)
        assert found >= 0, f"operative paragraph {probe!r} is not numbered {i}. in the rendering"
        at = found
        for j, child in enumerate(p.children):
            label = "(" + "abcdefghijklmnopqrstuvwxyz"[j] + ")"
            assert text.find(label + squash(child.text)[:20], at) >= 0, f"subparagraph {label} of {i}."


@dataclass
class Word:
    page: int
    text: str
    y: float
    height: float


class Rendering:
    """The words of a PDF with their page and position, searchable without whitespace."""

    def __init__(self, pdf: Path):
        xml = pdf_text(pdf, "-bbox")
        self.words: list[Word] = []
        for page, chunk in enumerate(xml.split("<page ")[1:]):
            self.words += [Word(page, etree.fromstring(f"<w>{w}</w>").text or "", float(y0), float(y1) - float(y0))
                           for y0, y1, w in re.findall(
                               r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', chunk)]
        self.stream, self.owners = "", []
        for word in self.words:
            piece = squash(word.text)
            self.stream += piece
            self.owners += [word] * len(piece)

    def find(self, probe: str, start: int = 0) -> int:
        return self.stream.find(probe, start)

    def find_on_page(self, probe: str, page: int) -> Word | None:
        """The last word on ``page`` that ends ``probe`` (footnotes come last on their page)."""
        at = len(self.stream)
        while (at := self.stream.rfind(probe, 0, at)) >= 0:
            word = self.owners[at + len(probe) - 1]
            if word.page == page:
                return word
            if word.page < page:
                return None
        return None

    def body_height(self, page: int) -> float:
        return max(w.height for w in self.words if w.page == page)


def anchored_notes(res: Resolution):
    """(start of the paragraph, text just before the anchor, note) in document order,
    where enough text stands before the anchor to find it."""
    for _, inline in res.inlines():
        previous, start = 0, squash(inline.text)[:12]
        for anchor in sorted_anchors(inline):
            context = squash(inline.text[previous:anchor.offset])[-25:]
            previous = anchor.offset
            if len(context) >= 12:
                yield start, context, anchor.note
                start = None


@pytest.mark.parametrize("name", list(SOURCES))
def test_footnote_texts_stand_at_the_foot_of_the_page_of_their_mark(rendered, name):
    r = rendered[name]
    pdf = Rendering(r.pdf)
    cursor, checked = 0, 0
    for start, context, note in anchored_notes(r.res):
        if start:
            cursor = max(cursor, pdf.find(start, cursor))
        at = pdf.find(context, cursor)
        assert at >= 0, f"the text before a footnote mark, {context!r}, is not in the rendering"
        cursor = at + len(context)
        mark = pdf.owners[cursor - 1]
        text = pdf.find_on_page(squash(note.text)[:25], mark.page)
        assert text is not None, f"footnote {note.text[:40]!r} is not on page {mark.page + 1}, where its mark is"
        assert text.y > mark.y, f"footnote {note.text[:40]!r} stands above its mark on page {mark.page + 1}"
        assert text.height < pdf.body_height(mark.page), f"footnote {note.text[:40]!r} is not in footnote type"
        checked += 1
    assert checked >= len(r.res.footnotes()) - 1


@pytest.mark.parametrize("name", ["A_C.3_80_L.30", "A_RES_79_180"])
def test_page_count_is_within_one_of_the_official_pdf(rendered, name):
    ours = len(pdf_pages(rendered[name].pdf))
    official = len(pdf_pages(GA_PDFS[name]))
    assert abs(ours - official) <= 1, f"{ours} pages against {official} in the official PDF"


def test_running_heads_and_page_numbers_on_later_pages(rendered):
    r = rendered["A_C.3_80_L.30"]
    pages = pdf_pages(r.pdf)
    total = len(pages)
    assert "A/C.3/80/L.30" not in pages[0].split("General Assembly")[1]  # no running head on page 1
    for number, page in enumerate(pages[1:], start=2):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "A/C.3/80/L.30"
        assert f"{number}/{total}" in lines


def test_an_adopted_resolution_carries_its_title_in_the_running_head(rendered):
    """As the official prints it: on later pages the title stands beside the symbol, its last line on
    the symbol's line and longer titles growing upwards, and the text starts where a draft's does."""
    res = rendered["A_RES_79_180"].res
    adopted, draft = Rendering(rendered["A_RES_79_180"].pdf), Rendering(rendered["A_C.3_80_L.30"].pdf)

    def head_and_text_top(pdf: Rendering, symbol: str, page: int) -> tuple[list[Word], Word, float]:
        words = [w for w in pdf.words if w.page == page]
        mark = next(w for w in words if w.text == symbol)
        head = [w for w in words if w.y <= mark.y + 1 and w is not mark]
        return head, mark, min(w.y for w in words if w.y > mark.y + mark.height)

    _, _, draft_top = head_and_text_top(draft, "A/C.3/80/L.30", 1)
    for page in (1, 2):
        head, symbol, top = head_and_text_top(adopted, res.masthead.symbol.text, page)
        assert squash("".join(w.text for w in head)) == squash(res.title.text)
        assert abs(max(w.y for w in head) - symbol.y) < 0.5  # the title's last line is the symbol's
        assert len({round(w.y) for w in head}) >= 2  # this title takes two lines, the first above the symbol
        assert top == pytest.approx(draft_top, abs=0.5)


def last_notes(pdf: Path) -> list[float]:
    """Per page, the top of its last footnote line (0 without notes): the foot of the page's text area."""
    words = Rendering(pdf).words
    tops = []
    for page in range(max(w.page for w in words) + 1):
        on_page = [w for w in words if w.page == page]
        body = max(w.height for w in on_page)
        tops.append(max((w.y for w in on_page if w.height < body - 1 and 100 < w.y < 735), default=0))
    return tops


@pytest.mark.parametrize("footer", [False, True], ids=["empty footer", "job number footer"])
def test_page_one_ends_where_the_official_page_one_ends(rendered, tmp_path, footer):
    """The official page 1 keeps room for the job number and barcode: its last note stands 29 pt
    above later pages' (at 701.7 to 705.6 pt in 107 of 154 official texts with notes on page 1),
    whether or not the export prints the job number."""
    r = rendered["A_RES_79_180"]
    pdf = r.pdf
    if footer:
        path = tmp_path / "footer.docx"
        save(r.res, path, footer=True, job_number="24-24221")
        pdf = convert_with_libreoffice(path, "pdf", tmp_path / "pdf")
        assert "24-24221 (E)" in pdf_pages(pdf)[0]
    official, ours = last_notes(GA_PDFS["A_RES_79_180"]), last_notes(pdf)
    assert official[0] and official[1] and ours[0] and ours[1]  # notes on pages 1 and 2 of both
    assert ours[1] - ours[0] == pytest.approx(official[1] - official[0], abs=1.5)


def test_a_paragraph_inserted_in_word_is_numbered_by_word(rendered, tmp_path):
    """Insert a paragraph with the same numPr, as Word does on Enter: the rest renumbers."""
    r = rendered["A_C.3_80_L.30"]
    edited = tmp_path / "edited.docx"
    with zipfile.ZipFile(r.docx) as src, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = _insert_after_second_operative(data, "Inserted paragraph for the renumbering test;")
            dst.writestr(item, data)
    assert check_package(edited) == []
    text = squash(pdf_text(convert_with_libreoffice(edited, "pdf", tmp_path / "pdf")))
    ops = r.res.operative
    assert "3.Insertedparagraphfortherenumberingtest;" in text
    assert "4." + squash(ops[2].text)[:30] in text
    assert f"{len(ops) + 1}." + squash(ops[-1].text)[:30] in text


def _insert_after_second_operative(document_xml: bytes, new_text: str) -> bytes:
    root = etree.fromstring(document_xml)
    ops = [p for p in root.iter(W + "p") if p.find(f"{W}pPr/{W}pStyle") is not None
           and p.find(f"{W}pPr/{W}pStyle").get(W + "val") == "OperativeParagraph"]
    new = copy.deepcopy(ops[1])
    for run in new.findall(W + "r"):
        new.remove(run)
    run = etree.SubElement(new, W + "r")
    etree.SubElement(run, W + "t").text = new_text
    ops[1].addnext(new)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def test_libreoffice_reads_the_file_without_complaint(rendered, tmp_path):
    """LibreOffice re-saves the export as .docx; the result opens and keeps the footnotes."""
    r = rendered["ctoc"]
    resaved = convert_with_libreoffice(r.docx, "docx:MS Word 2007 XML", tmp_path / "resaved")
    with zipfile.ZipFile(resaved) as z:
        notes = etree.fromstring(z.read("word/footnotes.xml"))
    texts = [squash("".join(t.text or "" for t in n.iter(W + "t"))) for n in notes.iter(W + "footnote")]
    for _, note in r.res.footnotes():
        assert any(squash(note.text) in t for t in texts), note.text


def test_missing_tools_fail_with_the_set_up_instruction(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match=r"run \./dev\.sh test"):
        require_tool("soffice")


def test_conversion_that_yields_nothing_fails_the_test(tmp_path):
    with pytest.raises(pytest.fail.Exception, match="could not convert missing.docx"):
        convert_with_libreoffice(tmp_path / "missing.docx", "pdf", tmp_path / "out", timeout=60)


def test_pdftotext_is_installed():
    assert subprocess.run([require_tool("pdftotext"), "-v"], capture_output=True).returncode == 0
