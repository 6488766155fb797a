"""Lists printed (i), 1. or • are numbered by their own style in Word, and read back as such."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from drafting.exporters.docx import save
from drafting.importers.docx import import_docx
from drafting.model import (
    BULLET_LIST,
    NUMBER_LIST,
    ROMAN_LIST,
    Inline,
    Masthead,
    Paragraph,
    Resolution,
    Submission,
)
from drafting.numbering import label_at
from drafting.ooxml.document import read_document
from drafting.ooxml.package import open_package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _items(*texts: str, **kwargs) -> list[Paragraph]:
    return [Paragraph(t, **kwargs) for t in texts]


def _resolution() -> Resolution:
    nested = _items("first lettered item;", "second lettered item;")
    return Resolution(
        masthead=Masthead(organ=Inline("Security Council"), symbol=Inline("S/2026/1")),
        submission=Submission(["Malta"], "draft resolution"), title=Inline(""),
        authoring_body=Inline("The Security Council,"),
        preamble=[Paragraph("Recalling the following principles:", list_style=ROMAN_LIST,
                            children=_items("sovereignty,", "non-interference,")),
                  Paragraph("Noting the report,")],
        operative=[Paragraph("Decides that the mission shall:", list_style=NUMBER_LIST,
                             children=[Paragraph("monitor the ceasefire, including:", children=nested),
                                       Paragraph("report monthly;"), Paragraph("protect civilians;")]),
                   Paragraph("Requests the following:", list_style=ROMAN_LIST,
                             children=_items("a plan;", "a budget;", "a timetable;")),
                   Paragraph("Calls upon all parties:", list_style=BULLET_LIST,
                             children=_items("to cease hostilities;", "to cooperate;")),
                   Paragraph("Decides further:", children=_items("to review;", "to report;")),
                   Paragraph("Decides to remain seized of the matter.")])


def _labels(res: Resolution) -> list[str]:
    out = []
    for i, p in enumerate(res.operative):
        for k, c in enumerate(p.children):
            out.append(label_at(res.operative, (i, k)))
            out += [label_at(res.operative, (i, k, j)) for j in range(len(c.children))]
    return out


def test_list_styles_are_numbered_by_word_in_their_own_style_and_read_back_equal(tmp_path: Path):
    res = _resolution()
    path = tmp_path / "lists.docx"
    save(res, path)
    shown = [p.label.strip() for p in read_document(open_package(path)).paragraphs
             if p.label and p.style and p.style.lower().startswith("subparagraph")]
    # what Word and LibreOffice print, computed from numbering.xml: the source's labels
    assert shown == ["(i)", "(ii)", "1.", "(i)", "(ii)", "2.", "3.", "(i)", "(ii)", "(iii)", "•", "•", "(a)", "(b)"]
    assert shown[2:] == _labels(res)  # the labels the model derives, the editor and the text export show
    back = import_docx(path).resolution
    assert [p.list_style for p in back.preamble] == [ROMAN_LIST, ""]
    assert [p.list_style for p in back.operative] == [NUMBER_LIST, ROMAN_LIST, BULLET_LIST, "", ""]
    assert back.operative[0].children[0].list_style == ""
    assert _labels(back) == _labels(res)
    assert [[c.text for c in p.children] for p in back.operative] == [[c.text for c in p.children]
                                                                     for p in res.operative]


def test_word_numbering_holds_one_definition_per_list_style_used(tmp_path: Path):
    res = _resolution()
    path = tmp_path / "lists.docx"
    save(res, path)
    with zipfile.ZipFile(path) as z:
        numbering = etree.fromstring(z.read("word/numbering.xml"))
    formats = {(lvl.find(f"{W}numFmt").get(W + "val"), lvl.find(f"{W}lvlText").get(W + "val"))
               for lvl in numbering.iter(W + "lvl") if lvl.get(W + "ilvl") == "1"}
    assert {("lowerRoman", "(%2)"), ("decimal", "%2."), ("bullet", "•"), ("lowerLetter", "(%2)")} <= formats
