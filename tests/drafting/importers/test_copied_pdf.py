"""A whole official text copied out of a PDF viewer reads as the PDF does.

The copy is what a viewer's select-all gives (``pdftotext`` without ``-layout``): hard-wrapped
lines, "1." on a line of its own, the job number, barcode and running heads between pages.
``benchmarks/bench_pasted_text.py`` measures the whole corpus.
"""

from __future__ import annotations

import subprocess

from drafting.importers import load_document
from drafting.importers.copied_pdf import is_copied_pdf, tidy
from drafting.importers.text import import_text
from tests.support.official import official_pdf
from tests.support.paths import CTOC


def copied(name: str) -> str:
    return subprocess.run(["pdftotext", str(official_pdf(name)), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def test_an_adopted_resolution_copied_from_its_pdf_reads_as_the_pdf_does():
    """Title, body line, paragraphs, headings between them, footnotes with their marks in place,
    adoption and closing lines: what the PDF import reads, with nothing to warn about."""
    text = copied("A_RES_79_305.pdf")
    assert is_copied_pdf(text)
    result, ref = import_text(text), load_document(official_pdf("A_RES_79_305.pdf")).resolution
    res = result.resolution
    assert result.warnings == []
    assert res.title.text == ref.title.text
    assert res.title.text == "Financing of the United Nations Interim Administration Mission in Kosovo"
    assert res.authoring_body.text == "The General Assembly,"
    assert [p.text for p in res.preamble] == [p.text for p in ref.preamble]
    assert [(p.style, p.text[:40]) for p in res.operative] == [(p.style, p.text[:40]) for p in ref.operative]
    numbered = [p.source.label for p in res.operative if p.source and p.source.label]
    assert numbered == [f"{n}." for n in range(1, 22)]  # each number on its own line joined to its paragraph
    assert [(mark, note.text) for mark, note in res.footnotes()] == [
        ("1", "A/79/586 and A/79/735."), ("2", "A/79/724/Add.4."), ("3", "A/79/586.")]
    assert res.preamble[0].text.startswith("Having considered the reports of the Secretary-General on the "
                                           "financing of the United Nations Interim Administration Mission "
                                           "in Kosovo and")  # its mark "Kosovo 1 and" taken out of the text
    assert res.adoption is not None and ref.adoption is not None
    assert res.adoption == ref.adoption  # statement, bracket, number, meeting and date
    assert res.masthead.job_number == ref.masthead.job_number == "25-10828"  # the Word export prints it


def test_a_note_mark_that_came_down_into_the_line_is_a_mark_again():
    """The viewer writes a raised mark as a number between words ("Declaration, 1 to strive"), or
    glued to the word before ("Secretary-General12"): on the page whose notes hold that number it
    is a mark; a number that counts something ("paragraph 5", "1 January") stays a number."""
    tidied = tidy(copied("A_C.1_80_L.15.pdf"))
    assert "Millennium Declaration,[^1] to strive" in tidied
    assert "Weapons[^3] on 7 July 2017" in tidied
    assert "¹ Resolution 55/2." in tidied and "⁴ United Nations, Treaty Series, vol. 729, No. 10485." in tidied
    assert "22 January 2021" in tidied  # a date's day is not a mark
    assert "report of the Secretary-General[^12] and the related report" in tidy(copied("A_RES_80_243.pdf"))
    assert "Agenda 21[^2] and the Plan" in tidy(copied("A_C.2_80_L.40.pdf"))  # after a name holding a number
    assert "27 May 2016[^4] and 6/7" in tidy(copied("A_RES_80_143.pdf"))  # glued to a year: "20164"


def test_a_security_council_draft_wrapped_sponsor_list_is_its_submission_line_not_its_title():
    """A Council draft has no title; its sponsor list, wrapped over many lines, ends ": draft resolution"."""
    result = import_text(copied("S_2021_1075-EN.pdf"))
    res = result.resolution
    assert res.title.text == ""
    assert res.submission.kind == "draft resolution"
    assert res.submission.sponsors[:3] == ["Albania", "Antigua and Barbuda", "Australia"]
    assert res.submission.sponsors[-1] == "Vanuatu"
    assert res.authoring_body.text == "The Security Council,"


def test_page_furniture_and_running_heads_are_left_out():
    tidied = tidy(copied("A_RES_79_305.pdf"))
    assert "25-10828" not in tidied and "*2510828*" not in tidied and "2/4" not in tidied.split()
    assert tidied.count("A/RES/79/305") == 1  # the masthead's, not the running heads'
    assert "1. Requests the Secretary-General" in tidied  # the number joined to its paragraph


def test_text_without_pdf_furniture_is_read_as_it_always_was():
    text = CTOC.read_text(encoding="utf-8")
    assert not is_copied_pdf(text)


def test_a_short_last_line_the_copy_gives_first_is_put_back_after_its_paragraph():
    """pdftotext, like a viewer, may give a two-line paragraph's short last line before its first
    ("26." "session." "Decides to continue … eighty-second"): the paragraph reads in order."""
    res = import_text(copied("A_RES_80_215.pdf")).resolution
    last = res.operative[-1]
    assert last.text == "Decides to continue its consideration of the question at its eighty-second session."
    assert res.adoption is not None and res.adoption.meeting == "69th plenary meeting"


def test_four_hundred_marks_on_one_page_each_find_their_paragraph():
    """Numbers that count things stand beside the marks ("resolution 7/1", "report number 7"); each
    mark goes to its own paragraph, in order, however many there are."""
    lines = ["A/C.3/80/L.99", "", "United Nations", "General Assembly", "", "Title", "The General Assembly,"]
    lines += [f"Recalling its resolution {i}/1 of the Assembly, {i} and welcoming the report number {i},"
              for i in range(1, 401)]
    lines += ["", "__________"] + [line for i in range(1, 401) for line in (str(i), f"Resolution {i}/{i}.")]
    lines += ["", "25-10828 (E)", "", "*2510828*"]
    result = import_text("\n".join(lines))
    res = result.resolution
    assert len(res.preamble) == 400 and result.warnings == []
    for i, paragraph in enumerate(res.preamble, start=1):
        [anchor] = paragraph.anchors
        assert paragraph.text[:anchor.offset].endswith("of the Assembly,")
        assert anchor.note.text == f"Resolution {i}/{i}."


def test_a_few_paragraphs_copied_across_a_pages_end_leave_the_page_behind():
    """Copied from the middle of page 1 to page 2: the notes, page number, job number and running
    head between the paragraphs go; the notes whose marks were not copied are named, not lost."""
    text = copied("A_C.1_80_L.15.pdf")
    part = text[text.index("Expressing its deep concern that the negotiations"):text.index("3.\nEndorses")]
    assert is_copied_pdf(part)
    result = import_text(part)
    res = result.resolution
    assert [p.text.split()[0] for p in res.preamble] == ["Expressing", "Determined"]
    assert [p.text.split()[0] for p in res.operative] == ["Underlines", "Calls"]
    assert res.operative[1].text == ("Calls for urgent compliance with the legal obligations and the fulfilment of "
                                     "the commitments undertaken on nuclear disarmament;")
    unreferred = sorted(w.message.split()[1] for w in result.warnings if "never referred" in w.message)
    assert unreferred == ["1", "2", "3", "4"]


def test_pages_of_an_adopted_resolution_copied_from_a_later_page_drop_its_running_heads():
    """Pages 2 and 3 copied: each page opens with the symbol and the resolution's title, which are
    not text of the resolution."""
    pages = copied("A_RES_78_134.pdf").split("\f")
    res = import_text("\n".join(pages[1:3])).resolution
    texts = [p.text for p in res.preamble + res.operative]
    assert texts and not any("A/RES/78/134" in t or t == "International trade and development" for t in texts)
    assert not any("23-25912" in t or "Resolution 69/15, annex." in t for t in texts)


def test_roman_headings_between_operative_paragraphs_are_headings_with_their_numeral():
    """"I" alone on a line, the heading under it, "4. Notes …": a heading labelled I, as the PDF
    import reads it, not a further text "I"; a running title beside a paragraph's number that the
    copy set between them ("Combating sand and dust storms" "1." "A/RES/80/143") is left out."""
    res = import_text(copied("A_RES_78_330.pdf")).resolution
    ref = load_document(official_pdf("A_RES_78_330.pdf")).resolution
    headings = [(p.source.label if p.source else None, p.text) for p in res.operative if p.style == "heading"]
    assert headings == [(p.source.label if p.source else None, p.text) for p in ref.operative if p.style == "heading"]
    assert headings[0] == ("I", "Multilingualism in general and the role of the Secretariat")
    assert res.sections == []
    # headings wrapped on two lines, one at a comma, the first right after the preamble
    racism = import_text(copied("A_RES_80_193.pdf")).resolution
    official = load_document(official_pdf("A_RES_80_193.pdf")).resolution
    assert [(p.source.label if p.source else None, p.text) for p in racism.operative if p.style == "heading"] == \
        [(p.source.label if p.source else None, p.text) for p in official.operative if p.style == "heading"]
    assert len(racism.preamble) == len(official.preamble)
    sand = import_text(copied("A_RES_80_143.pdf")).resolution
    assert [p.text for p in sand.operative] == [p.text for p in
                                                load_document(official_pdf("A_RES_80_143.pdf")).resolution.operative]


def test_a_text_adopted_in_full_copied_is_the_adopting_paragraph_and_its_annex():
    """"Adopts the following outcome document …:", the document's title, its text: one operative
    paragraph and the adopted text as its annex, as the PDF import reads it."""
    res = import_text(copied("A_RES_80_173.pdf")).resolution
    ref = load_document(official_pdf("A_RES_80_173.pdf")).resolution
    assert res.preamble == [] and [p.text for p in res.operative] == [p.text for p in ref.operative]
    [annex] = res.annexes
    assert annex.title.text == ref.annexes[0].title.text
    assert [(p.style, p.text[:40]) for p in annex.paragraphs[:6]] == \
        [(p.style, p.text[:40]) for p in ref.annexes[0].paragraphs[:6]]


def test_an_amendment_copied_has_its_base_title_and_instructions():
    """The title ends where the first instruction starts ("Delete operative paragraphs 3, 43 and 45.")."""
    res = import_text(copied("A_C.2_80_L.63.pdf")).resolution
    ref = load_document(official_pdf("A_C.2_80_L.63.pdf")).resolution
    assert (res.kind, res.base_symbol, res.title.text) == (ref.kind, ref.base_symbol, ref.title.text)
    assert [i.text for i in res.instructions] == [i.text for i in ref.instructions] == [
        "Delete operative paragraphs 3, 43 and 45."]


def test_a_council_sponsor_line_without_a_comma_on_its_first_line_is_the_submission():
    res = import_text(copied("S_2023_427-EN.pdf")).resolution
    assert res.title.text == ""
    assert res.submission.sponsors == ["United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland"]
