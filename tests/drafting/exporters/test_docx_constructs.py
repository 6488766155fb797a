"""Word export of every construct of the model, read back by the Word importer exactly.

Headings in the preamble and the operative part (unnumbered, numbering continues over
them), preambular subparagraphs, subparagraphs to the third degree on Word's own list
levels, several texts with their labels and titles, annexes with headings, restarting
numbering, boxes and notes, closing lines per text, and amendments (numbered instructions,
quoted paragraphs).  Each test builds a model, exports it, reads the .docx back and
compares what a user would see.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from drafting.exporters.docx import build, save
from drafting.exporters.docx.properties import PROPERTY_LIMIT
from drafting.importers.docx import import_docx
from drafting.model import (
    AMENDMENT,
    BOX,
    HEADING,
    NOTE,
    NUMBERED,
    QUOTE,
    SUBHEADING,
    Adoption,
    Anchor,
    Annex,
    Footnote,
    Inline,
    Masthead,
    Paragraph,
    Resolution,
    Section,
    Source,
    Submission,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _base(**fields) -> Resolution:
    defaults = dict(masthead=Masthead(organ=Inline("General Assembly"), symbol=Inline("A/C.3/80/L.99")),
                    submission=Submission(["Colombia"], "draft resolution"), title=Inline("A title"),
                    authoring_body=Inline("The General Assembly,"))
    return Resolution(**{**defaults, **fields})


def _round_trip(res: Resolution, tmp_path: Path) -> Resolution:
    path = tmp_path / "out.docx"
    save(res, path)
    result = import_docx(path)
    assert result.warnings == []
    return result.resolution


def _shape(paragraphs: list[Paragraph]) -> list:
    """What a reader sees of a list of paragraphs: style, text, restarts, and the same of the children."""
    return [(p.style, p.text, p.restart, _shape(p.children)) for p in paragraphs]


def _body_xml(res: Resolution, tmp_path: Path) -> etree._Element:
    path = tmp_path / "xml.docx"
    save(res, path)
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml"))


def _numbered_styles(root: etree._Element) -> list[tuple[str, bool]]:
    """(style id, numbered?) of each body paragraph after the masthead table."""
    out = []
    for p in root.iter(W + "p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None:
            out.append((style.get(W + "val"), p.find(f"{W}pPr/{W}numPr") is not None))
    return out


def test_headings_in_preamble_and_operative_part_come_back_in_place_and_unnumbered(tmp_path):
    res = _base(
        preamble=[Paragraph("Protection of civilians", style=HEADING), Paragraph("Recalling its resolutions,"),
                  Paragraph("Regional cooperation", style=SUBHEADING), Paragraph("Noting the report,")],
        operative=[Paragraph("Mandate", style=HEADING), Paragraph("Decides to renew the mandate;"),
                   Paragraph("Requests a report;"), Paragraph("Reporting", style=HEADING),
                   Paragraph("Decides to remain seized of the matter.")])
    back = _round_trip(res, tmp_path)
    assert _shape(back.preamble) == _shape(res.preamble)
    assert _shape(back.operative) == _shape(res.operative)
    styles = _numbered_styles(_body_xml(res, tmp_path))
    assert ("UNHeading", False) in styles and ("UNSubheading", False) in styles
    assert [numbered for style, numbered in styles if style == "OperativeParagraph"] == [True, True, True]


def test_preambular_subparagraphs_and_three_degrees_of_subparagraphs(tmp_path):
    third = [Paragraph("first third-degree item;"), Paragraph("second third-degree item;")]
    roman = [Paragraph("first roman item;", children=third), Paragraph("second roman item;")]
    res = _base(
        preamble=[Paragraph("Recalling the following:", children=[Paragraph("its resolution 1;"),
                                                                   Paragraph("its resolution 2,")]),
                  Paragraph("Noting the report,")],
        operative=[Paragraph("Requests:", children=[Paragraph("the first;", children=roman),
                                                    Paragraph("the second;")]),
                   Paragraph("Decides to continue.")])
    back = _round_trip(res, tmp_path)
    assert _shape(back.preamble) == _shape(res.preamble)
    assert _shape(back.operative) == _shape(res.operative)
    levels = [p.find(f"{W}pPr/{W}numPr/{W}ilvl").get(W + "val")
              for p in _body_xml(res, tmp_path).iter(W + "p")
              if p.find(f"{W}pPr/{W}numPr") is not None]
    assert levels.count("3") == 2  # the third degree on Word's fourth list level, numbered by Word


def test_several_texts_keep_their_labels_titles_closing_lines_and_own_numbering(tmp_path):
    closing = Adoption(meeting="55th (resumed) plenary meeting", date="17 December 2024")
    res = _base(
        label="A", section_title=Inline("Financing of the mission"), preamble=[Paragraph("Recalling A,")],
        operative=[Paragraph("Decides A1;"), Paragraph("Decides A2.")],
        adoption=Adoption(statement="Resolution adopted by the General Assembly on 17 December 2024",
                          reference="on the report of the Fifth Committee (A/79/600, para. 12)", number="79/257",
                          meeting="55th (resumed) plenary meeting", date="17 December 2024"),
        sections=[Section(label="B", title=Inline("Conditions of service"),
                          authoring_body=Inline("The General Assembly,"),
                          preamble=[Paragraph("Recalling B,")],
                          operative=[Paragraph("Decides B1;"), Paragraph("Decides B2.")], adoption=closing)])
    back = _round_trip(res, tmp_path)
    assert (back.label, back.section_title.text) == ("A", "Financing of the mission")
    assert [(s.label, s.title.text, s.authoring_body.text) for s in back.sections] == \
        [("B", "Conditions of service", "The General Assembly,")]
    assert _shape(back.sections[0].operative) == _shape(res.sections[0].operative)
    assert back.adoption.reference == res.adoption.reference
    assert back.adoption.meeting == "55th (resumed) plenary meeting"
    assert (back.sections[0].adoption.meeting, back.sections[0].adoption.date) == (closing.meeting, closing.date)
    root = _body_xml(res, tmp_path)
    ops = [p.find(f"{W}pPr/{W}numPr/{W}numId").get(W + "val") for p in root.iter(W + "p")
           if p.find(f"{W}pPr/{W}pStyle") is not None
           and p.find(f"{W}pPr/{W}pStyle").get(W + "val") == "OperativeParagraph"]
    assert ops[0] == ops[1] and ops[2] == ops[3] and ops[0] != ops[2]  # B's paragraphs count from 1 again


def test_annex_headings_restarting_numbers_boxes_and_notes(tmp_path):
    annex = Annex(heading="Annex", title=Inline("Terms of reference"), paragraphs=[
        Paragraph("A. Mandate", style=HEADING),
        Paragraph("Scope", style=SUBHEADING),
        Paragraph("The panel shall meet.", style=NUMBERED),
        Paragraph("It shall report.", style=NUMBERED, children=[Paragraph("annually;"), Paragraph("in writing.")]),
        Paragraph("Box 1. Key facts", style=BOX),
        Paragraph("B. Membership", style=HEADING),
        Paragraph("Members serve two years.", style=NUMBERED, restart=True),
        Paragraph("Note: the terms may change.", style=NOTE),
        Paragraph("Plain closing text."),
    ])
    res = _base(operative=[Paragraph("Adopts the terms of reference annexed.")], annexes=[annex])
    back = _round_trip(res, tmp_path)
    assert back.annexes[0].title.text == "Terms of reference"
    assert _shape(back.annexes[0].paragraphs) == _shape(annex.paragraphs)


def test_amendment_instructions_are_numbered_and_quoted_paragraphs_follow_them(tmp_path):
    quoted = Paragraph("Welcomes the convening of the session;", style=QUOTE)
    res = _base(kind=AMENDMENT, base_symbol="A/80/L.22", instructions=[
        Paragraph("Replace operative paragraph 200 with the following text:", children=[quoted],
                  source=Source(label="1.")),
        Paragraph("Delete operative paragraph 2.", source=Source(label="2.")),
    ])
    res.submission = Submission(["Brazil"], "amendment to draft resolution A/80/L.22")
    back = _round_trip(res, tmp_path)
    assert back.kind == AMENDMENT
    assert [(p.text, p.source.label if p.source else None) for p in back.instructions] == \
        [("Replace operative paragraph 200 with the following text:", "1."), ("Delete operative paragraph 2.", "2.")]
    assert _shape(back.instructions[0].children) == [(QUOTE, quoted.text, False, [])]


def test_a_single_instruction_is_not_numbered(tmp_path):
    res = _base(kind=AMENDMENT, instructions=[Paragraph("Delete the third preambular paragraph.")])
    styles = _numbered_styles(_body_xml(res, tmp_path))
    assert ("UNInstruction", False) in styles


@pytest.mark.parametrize("length", [PROPERTY_LIMIT + 1, 600])
def test_a_title_longer_than_words_property_limit_exports_with_the_title_property_cut_at_a_word(length):
    words = ("Sustainable fisheries including through the 1995 Agreement " * 20)[:length].strip()
    document = docx.Document(io.BytesIO(build(_base(title=Inline(words), operative=[Paragraph("Decides.")]))))
    title = document.core_properties.title
    assert len(title) <= PROPERTY_LIMIT and title.endswith("…")
    assert words.startswith(title[:-1])


def test_dates_references_and_prefixes_are_kept_on_one_line_and_read_back_plain(tmp_path):
    text = "Recalling its resolution 78/1 of 4 December 2023 and Sales No. E.93.I.8 on non-governmental bodies,"
    note = Footnote("A/79/284, para. 12.")
    res = _base(preamble=[Paragraph(text, anchors=[Anchor(len(text), note)])])
    body = _body_xml(res, tmp_path)
    paragraph = next(p for p in body.iter(W + "p") if "Recalling" in "".join(p.itertext()))
    shown = "".join("\u2011" if n.tag == W + "noBreakHyphen" else n.text or ""
                    for n in paragraph.iter(W + "t", W + "noBreakHyphen"))
    assert "4\u00a0December 2023" in shown and "No.\u00a0E.93.I.8" in shown and "non\u2011governmental" in shown
    assert paragraph.find(f".//{W}noBreakHyphen") is not None  # Word's own no-break hyphen, not a character
    back = _round_trip(res, tmp_path)
    assert back.preamble[0].text == text
    assert [a.note.text for a in back.preamble[0].anchors] == ["A/79/284, para. 12."]


def _number_positions(path: Path) -> list[tuple[str, int]]:
    """(text, where Word sets the number in twips from the margin) of each numbered annex paragraph."""
    with zipfile.ZipFile(path) as z:
        body, numbering = (etree.fromstring(z.read(f"word/{name}.xml")) for name in ("document", "numbering"))
    abstract = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in numbering.iter(W + "num")}
    first_level = {a.get(W + "abstractNumId"): a.find(f"{W}lvl[@{W}ilvl='0']/{W}pPr/{W}ind")
                   for a in numbering.iter(W + "abstractNum")}
    out = []
    for p in body.iter(W + "p"):
        style, num = p.find(f"{W}pPr/{W}pStyle"), p.find(f"{W}pPr/{W}numPr/{W}numId")
        if style is not None and style.get(W + "val") == "AnnexNumberedParagraph" and num is not None:
            ind = first_level[abstract[num.get(W + "val")]]
            at = int(ind.get(W + "left")) + int(ind.get(W + "firstLine"))
            out.append(("".join(t.text for t in p.iter(W + "t")), at))
    return out


def test_annex_numbers_stand_at_the_column_edge_and_those_of_a_text_adopted_in_full_one_step_in(tmp_path):
    """As the official prints them: under an "Annex" line the number starts the column (97 of 97 such
    paragraphs in the corpus); a text adopted in full and printed after the resolution without that
    line (an outcome document) is numbered like operative paragraphs, one step in (126 of 126)."""
    annexed = Annex(heading="Annex", title=Inline("Political declaration"),
                    paragraphs=[Paragraph("We commit to act.", style=NUMBERED)])
    adopted = Annex(heading="", title=Inline("Outcome document"),
                    paragraphs=[Paragraph("We reaffirm our commitment.", style=NUMBERED),
                                Paragraph("We resolve to act.", style=NUMBERED)])
    res = _base(operative=[Paragraph("Adopts the declaration annexed.")], annexes=[annexed, adopted])
    path = tmp_path / "annexes.docx"
    save(res, path)
    inset, step = 1267, 475
    assert _number_positions(path) == [("We commit to act.", inset), ("We reaffirm our commitment.", inset + step),
                                       ("We resolve to act.", inset + step)]
    back = import_docx(path).resolution
    assert [a.heading for a in back.annexes] == ["Annex", ""]
    texts = [[p.text for p in a.paragraphs] for a in back.annexes]
    assert texts == [["We commit to act."], ["We reaffirm our commitment.", "We resolve to act."]]
