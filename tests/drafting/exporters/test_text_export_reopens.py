"""A .txt export reopens: characters the text markup reads (``*``, superscript digits, ``[^``, a
backslash before them) are written escaped, so that a paragraph holding them reopens with the same
words; what plain text cannot carry so that it reopens is refused, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.errors import InputError
from drafting.exporters import export_document
from drafting.importers import load_document
from drafting.importers.markup import parse_inline
from drafting.importers.text import import_text
from drafting.marked_text import render_inline
from drafting.model import AMENDMENT, BOLD, ITALIC, Annex, Inline, Mark, Paragraph, Resolution, Source, Submission
from tests.support.official import load_official, official_pdf
from tests.support.paths import CORPUS

LITERAL = [
    "an area of 12 km² of forest",
    "the ratio of 2 * 3 to the Fund",
    "the figure marked ** in table 2",
    "the path C:\\* and the note [^1] as typed",
    "a trailing backslash\\",
]


@pytest.mark.parametrize("text", LITERAL)
def test_literal_markup_characters_read_back_as_text(text: str) -> None:
    first, last = text.index(" "), text.rindex(" ") + 1  # the first word italic, the last bold
    inline = Inline(text, [Mark(0, first, ITALIC), Mark(last, len(text), BOLD)])
    parsed = parse_inline(render_inline(inline, {}))
    assert parsed.text == text
    assert [(m.start, m.end, m.style) for m in parsed.marks] == [(0, first, ITALIC), (last, len(text), BOLD)]
    assert not parsed.anchors


def test_a_bold_annex_title_with_asterisks_reopens_from_txt_unchanged(tmp_path: Path) -> None:
    res = load_document(CORPUS / "A_RES_79_180.txt").resolution
    res.annexes = [Annex(title=Inline("Declaration on persons **", [Mark(0, 25, BOLD)]),
                         paragraphs=[Paragraph("Each State * shall report on area in km².")])]
    res.operative[0].text += " (see ² below)"
    target = tmp_path / "out.txt"
    export_document(res, target)
    back = load_document(target).resolution
    assert back.annexes[0].title.text == "Declaration on persons **"
    assert back.annexes[0].paragraphs[0].text == "Each State * shall report on area in km²."
    assert back.operative[0].text == res.operative[0].text
    assert [len(p.anchors) for p in back.operative] == [len(p.anchors) for p in res.operative]


def test_instructions_without_their_amendment_line_are_refused_for_txt_not_written_unreadable(tmp_path: Path) -> None:
    res = Resolution(instructions=[Paragraph("In operative paragraph 2, delete “now”.")])
    target = tmp_path / "amendment.txt"
    with pytest.raises(InputError, match="cannot be written as plain text that reopens"):
        export_document(res, target)
    assert not target.exists()


def test_an_amendment_with_its_submission_line_reopens_from_txt_with_its_instructions(tmp_path: Path) -> None:
    text = ("Russian Federation: amendment to draft resolution A/80/L.18\n\n"
            "In operative paragraph 2, delete “, to decide on the matter”.\n\n"
            "After operative paragraph 3, insert a new operative paragraph, reading:\n\n"
            "“*Requests* the Secretary-General to report on the matter;”\n")
    source = tmp_path / "amendment.txt"
    source.write_text(text, encoding="utf-8")
    res = load_document(source).resolution
    assert len(res.instructions) == 2
    target = tmp_path / "out.txt"
    export_document(res, target)
    back = load_document(target).resolution
    assert [p.text for p in back.instructions] == [p.text for p in res.instructions]
    assert back.base_symbol == "A/80/L.18"


def _texts(res: Resolution) -> list[tuple[str, str, list[str], list[str]]]:
    return [(text.label, (res.section_title if text is res else text.title).text,
             [p.text for p in text.preamble], [p.text for p in text.operative]) for text in res.texts()]


def test_a_c5_80_l17_reopens_from_txt_with_every_text_its_lettered_texts_after_text(tmp_path: Path) -> None:
    """Texts "A." and "B." inside text II would read back as headings of II; they are written "Text A."."""
    res = load_official(official_pdf("A_C.5_80_L.17.pdf")).resolution
    assert res is not None
    assert [text.label for text in res.texts()] == ["A", "I", "II", "A.", "B.", "B"]
    target = tmp_path / "A_C.5_80_L.17.txt"
    export_document(res, target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert "Text A." in lines and "Text B." in lines and "II" in lines  # a plain label stays as it was
    back = load_document(target).resolution
    assert _texts(back) == _texts(res)
    assert [note.text for _, note in back.footnotes()] == [note.text for _, note in res.footnotes()]


def test_a_text_line_opens_a_further_text_and_a_labelled_heading_stays_a_heading() -> None:
    text = ("The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Decides* to act;\n\n"
            "Text A.\n\n**Base salary scale**\n\n*Approves* the scale;\n\n"
            "A. **Scope of the review**\n\n2. *Requests* a report.\n")
    res = import_text(text).resolution
    assert [(s.label, s.title.text) for s in res.sections] == [("A.", "Base salary scale")]
    assert [p.text for p in res.sections[0].operative][-1] == "Requests a report."


def test_a_res_80_243_reopens_from_txt_with_its_long_text_titles_as_titles(tmp_path: Path) -> None:
    """A text's title of more than 25 words, on the line after its label, is its title, not a paragraph."""
    res = load_official(official_pdf("A_RES_80_243.pdf")).resolution
    assert res is not None
    assert max(len(text.title.text.split()) for text in res.sections) > 25
    target = tmp_path / "A_RES_80_243.txt"
    export_document(res, target)
    assert _texts(load_document(target).resolution) == _texts(res)


def test_a_res_80_173_reopens_from_txt_with_the_text_it_adopts_in_its_annex(tmp_path: Path) -> None:
    """The title of a text adopted in full stands after the closing lines; it opens the annex, not a paragraph."""
    res = load_official(official_pdf("A_RES_80_173.pdf")).resolution
    assert res is not None and not res.preamble and res.adoption is not None and res.adoption.meeting
    target = tmp_path / "A_RES_80_173.txt"
    export_document(res, target)
    back = load_document(target).resolution
    assert _texts(back) == _texts(res)
    assert [(a.title.text, [p.text for p in a.paragraphs]) for a in back.annexes] == \
        [(a.title.text, [p.text for p in a.paragraphs]) for a in res.annexes]


def test_a_txt_export_that_would_reopen_with_a_further_annex_is_refused_with_the_reason(tmp_path: Path) -> None:
    """A paragraph "Annex II" inside an annex reads as the start of another annex; plain text has no escape for it."""
    res = load_document(CORPUS / "A_RES_79_180.txt").resolution
    res.annexes = [Annex("Annex", Inline("Rules of procedure"), [
        Paragraph("Each State shall report."), Paragraph("Annex II"), Paragraph("Each State shall act.")])]
    target = tmp_path / "out.txt"
    with pytest.raises(InputError, match=r"2 annexes would reopen instead of 1\); export it to \.docx or \.unres"):
        export_document(res, target)
    assert not target.exists()
    export_document(res, tmp_path / "out.docx")
    assert [p.text for p in load_document(tmp_path / "out.docx").resolution.annexes[0].paragraphs] == \
        ["Each State shall report.", "Annex II", "Each State shall act."]


def test_a_heading_text_1_or_text_of_the_treaty_opens_no_text() -> None:
    text = ("The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Decides* to act;\n\n"
            "Text 1\n\n2. *Requests* a report;\n\nText of the treaty\n\n3. *Decides* to remain seized.\n")
    res = import_text(text).resolution
    assert res.sections == []
    assert [p.text for p in res.operative if not p.style] == \
        ["Decides to act;", "Requests a report;", "Decides to remain seized."]


def test_an_amendment_without_sponsors_reopens_from_txt_as_an_amendment(tmp_path: Path) -> None:
    """Its line reads "Amendment to draft resolution …" (no sponsors yet): it stays an amendment, not a draft."""
    res = Resolution(submission=Submission([], "amendment to draft resolution A/C.3/80/L.99"),
                     title=Inline("Protection of migrants"), kind=AMENDMENT, base_symbol="A/C.3/80/L.99",
                     instructions=[Paragraph("Delete the second preambular paragraph.", source=Source(label="1.")),
                                   Paragraph("In operative paragraph 1, after “protect”, insert “and assist”.",
                                             source=Source(label="2."))])
    target = tmp_path / "amendment.txt"
    export_document(res, target)
    assert "Amendment to draft resolution A/C.3/80/L.99" in target.read_text(encoding="utf-8").splitlines()
    back = load_document(target).resolution
    assert (back.kind, back.base_symbol, back.title.text) == (AMENDMENT, "A/C.3/80/L.99", "Protection of migrants")
    assert [p.text for p in back.instructions] == [p.text for p in res.instructions]
    assert not back.operative


def test_an_amendment_without_its_line_that_would_reopen_as_a_draft_is_refused_for_txt(tmp_path: Path) -> None:
    """With a title and a body line its instructions would reopen as operative paragraphs of a draft."""
    res = Resolution(kind=AMENDMENT, base_symbol="A/80/L.25", title=Inline("Amendment"),
                     authoring_body=Inline("The General Assembly,"),
                     instructions=[Paragraph("In operative paragraph 6, replace “notes” with “welcomes”.")])
    target = tmp_path / "amendment.txt"
    with pytest.raises(InputError, match=r"would reopen with 1 paragraph instead of 0\); export it to \.docx"):
        export_document(res, target)
    assert not target.exists()
