"""The footnote marks of a submission line are written as the official documents print them: a note
on the sponsors after the colon, two notes at one place separated by a raised comma ("Iraq:*, **
draft resolution"), each a real Word footnote reference with its own mark; .docx and .txt reopen
with the same notes anchored at the same places."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from drafting.exporters import export_document
from drafting.importers import load_document
from drafting.model import Anchor, Footnote, Resolution, Submission
from drafting.ooxml.namespaces import qn
from tests.support.docx_tools import convert_with_libreoffice, pdf_text
from tests.support.official import load_official, official_pdf
from tests.support.paths import CORPUS


def _submission_paragraph(docx: Path) -> etree._Element:
    with zipfile.ZipFile(docx) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return next(p for p in root.iter(qn("w:p"))
                if any(s.get(qn("w:val")) == "UNSubmission" for s in p.iter(qn("w:pStyle"))))


def _shown(paragraph: etree._Element) -> str:
    """The line as Word shows it: the text of every run, custom marks included."""
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def _notes_and_anchors(res: Resolution) -> list[tuple[str, str, int]]:
    return [(mark, note.text, anchor.offset) for (mark, note), anchor in
            zip(res.footnotes(), sorted(res.submission.anchors, key=lambda a: a.offset), strict=False)]


def _footnotes(res: Resolution) -> list[tuple[str, str]]:
    return [(mark, note.text) for mark, note in res.footnotes()]


def _two_note_draft() -> Resolution:
    res = load_document(CORPUS / "A_RES_79_180.txt").resolution
    for _, inline in res.inlines():
        inline.anchors.clear()
    group = Footnote("On behalf of the States Members of the United Nations that are members of the Group of 77 "
                     "and China.", symbol=True)
    record = Footnote("Any changes to the list of sponsors will be reflected in the official record of the meeting.",
                      symbol=True)
    res.submission = Submission(["Iraq"], "draft resolution", [Anchor(4, group), Anchor(4, record)])
    return res


def test_two_notes_on_the_sponsor_are_written_after_the_colon_each_a_footnote_reference(tmp_path: Path) -> None:
    res = _two_note_draft()
    target = tmp_path / "draft.docx"
    export_document(res, target)
    paragraph = _submission_paragraph(target)
    assert _shown(paragraph) == "Iraq:*, ** draft resolution"
    references = list(paragraph.iter(qn("w:footnoteReference")))
    assert [r.get(qn("w:customMarkFollows")) for r in references] == ["1", "1"]
    back = load_document(target).resolution
    assert back.submission.line == "Iraq: draft resolution"
    assert [(a.offset, a.note.text, a.note.symbol) for a in back.submission.anchors] == \
        [(4, a.note.text, True) for a in res.submission.anchors]
    assert _footnotes(back) == _footnotes(res)


def test_two_notes_on_the_sponsor_reopen_from_txt_after_the_colon(tmp_path: Path) -> None:
    res = _two_note_draft()
    target = tmp_path / "draft.txt"
    export_document(res, target)
    assert "Iraq:[^*,**] draft resolution" in target.read_text(encoding="utf-8").splitlines()
    back = load_document(target).resolution
    assert [(a.offset, a.note.text) for a in back.submission.anchors] == \
        [(4, a.note.text) for a in res.submission.anchors]
    assert _footnotes(back) == _footnotes(res)


def test_a_note_on_one_of_several_sponsors_stays_after_that_sponsor(tmp_path: Path) -> None:
    res = _two_note_draft()
    note = Footnote("On behalf of the Group of African States.", symbol=True)
    res.submission = Submission(["Chad", "Iraq", "Palau"], "draft resolution", [Anchor(4, note)])
    target = tmp_path / "draft.docx"
    export_document(res, target)
    assert _shown(_submission_paragraph(target)) == "Chad*, Iraq and Palau: draft resolution"
    assert [a.offset for a in load_document(target).resolution.submission.anchors] == [4]


def test_a_80_l_23_submission_marks_survive_docx_and_txt_as_the_official_prints_them(tmp_path: Path) -> None:
    res = load_official(official_pdf("A_80_L.23.pdf")).resolution
    assert res is not None
    assert res.submission.line == "Iraq: draft resolution"
    assert [a.offset for a in res.submission.anchors] == [4, 4]
    docx = tmp_path / "A_80_L.23.docx"
    export_document(res, docx)
    assert _shown(_submission_paragraph(docx)) == "Iraq:*, ** draft resolution"
    for target in (docx, tmp_path / "A_80_L.23.txt"):
        if target.suffix == ".txt":
            export_document(res, target)
        back = load_document(target).resolution
        assert _notes_and_anchors(back) == _notes_and_anchors(res), target.suffix
        assert _footnotes(back) == _footnotes(res), target.suffix


@pytest.mark.slow
def test_a_80_l_23_laid_out_by_libreoffice_prints_the_submission_line_as_the_official(tmp_path: Path) -> None:
    """LibreOffice reads a custom mark of more than one character in one w:t twice ("Iraq:*, ****")."""
    pdf = official_pdf("A_80_L.23.pdf")
    res = load_official(pdf).resolution
    assert res is not None
    docx = tmp_path / "A_80_L.23.docx"
    export_document(res, docx)
    first_page = pdf_text(convert_with_libreoffice(docx, "pdf", tmp_path / "pdf"), "-layout", "-l", "1")
    official = pdf_text(pdf, "-layout", "-l", "1")
    assert "Iraq:* , ** draft resolution" in official  # pdftotext sets the raised comma apart
    assert [line.strip() for line in first_page.splitlines() if "draft resolution" in line] == \
        ["Iraq:*, ** draft resolution"]
