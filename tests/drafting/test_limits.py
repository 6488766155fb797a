"""What a user sees when a file is hostile or damaged: a clear refusal naming the limit, or the
document, never a traceback.  Inputs are the hand-made files of tests/fuzz_cases/manual--*."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from docx import Document

from drafting.errors import InputError
from drafting.exporters import export_document
from drafting.exporters.docx.properties import PROPERTY_LIMIT as MAX_PROPERTY
from drafting.exporters.docx.properties import fit as fit_property
from drafting.files import read_text
from drafting.importers import load_document
from drafting.limits import MAX_FOOTNOTES
from drafting.model import Anchor, Footnote, Paragraph, Resolution, footnote_marks
from drafting.native import dumps, loads
from drafting.spelling.checker import MAX_SUGGEST_LENGTH, SpellChecker
from tools.fuzz.cases import CASES, materialized


def manual(name: str):
    return materialized(CASES / f"manual--{name}")


def test_a_long_title_fits_the_docx_title_property(tmp_path: Path) -> None:
    with manual("txt-title-260-chars.txt") as path:
        res = load_document(path).resolution
    assert len(res.title.text) > MAX_PROPERTY
    export_document(res, tmp_path / "out.docx")
    title = Document(str(tmp_path / "out.docx")).core_properties.title
    assert len(title) <= MAX_PROPERTY and title.endswith("…")
    assert res.title.text.startswith(title[:-1].rstrip())  # cut after a whole word


def test_fit_property_keeps_short_values_and_joins_lines() -> None:
    assert fit_property("Oceans and the law of the sea") == "Oceans and the law of the sea"
    assert len(fit_property("word " * 100)) <= MAX_PROPERTY


@pytest.mark.parametrize("name, limit", [("pdf-flate-bomb-1GB.pdf.gz", "MB"),
                                         ("pdf-tounicode-4G-range.pdf", "Unicode map"),
                                         ("pdf-root-ref-loop.pdf", ""),
                                         ("pdf-length-ref-loop.pdf", "")])
def test_a_hostile_pdf_is_refused_quickly_naming_why(name: str, limit: str) -> None:
    started = time.monotonic()
    with manual(name) as path, pytest.raises(InputError) as refused:
        load_document(path)
    assert time.monotonic() - started < 10
    assert limit in refused.value.reason
    assert refused.value.reason.startswith("the PDF")


def test_a_pdf_drawn_at_infinite_coordinates_is_read_as_having_no_text() -> None:
    with manual("pdf-infinite-coordinate.pdf") as path, pytest.raises(InputError, match="no text layer"):
        load_document(path)  # its glyphs stand nowhere a reader could see them


def test_forty_thousand_footnote_marks_are_refused_naming_the_limit() -> None:
    with manual("txt-40k-asterisk-marks.txt.gz") as path, pytest.raises(InputError) as refused:
        load_document(path)
    assert f"{MAX_FOOTNOTES:,}" in refused.value.reason and "footnotes" in refused.value.reason


def test_symbol_marks_past_three_stars_are_numbered_and_reopen(tmp_path: Path) -> None:
    notes = [Footnote(f"Note {i}.", symbol=True) for i in range(5)]
    assert footnote_marks(notes) == ["*", "**", "***", "*4", "*5"]
    res = Resolution(operative=[Paragraph("Decides to remain seized of the matter.",
                                          anchors=[Anchor(7, n) for n in notes])])
    export_document(res, tmp_path / "out.txt")
    back = load_document(tmp_path / "out.txt").resolution
    assert [(m, n.text) for m, n in back.footnotes()] == [(m, n.text) for m, n in res.footnotes()]


def test_broken_utf16_reads_with_replacement_characters() -> None:
    with manual("txt-utf16-odd-length.txt") as path:
        text = read_text(path)
    assert "General Assembly" in text or text.strip()


@pytest.mark.parametrize("name", ["txt-ordinal-5000-digits.txt", "txt-long-word-300.txt"])
def test_checking_absurd_numbers_and_words_finishes(name: str) -> None:
    from drafting.rules import check, pack_for
    from drafting.spelling.document import with_suggestions

    with manual(name) as path:
        res = load_document(path).resolution
    started = time.monotonic()
    found = with_suggestions(check(res, pack_for(res)))
    assert time.monotonic() - started < 10
    assert found  # the garbage is reported, not skipped


def test_no_suggestions_for_a_word_too_long_to_be_one() -> None:
    checker = SpellChecker.default()
    started = time.monotonic()
    assert checker.suggest("x" * (MAX_SUGGEST_LENGTH + 1)) == []
    assert checker.suggest("Recalling" * 500) == []
    assert checker.check("Recalling" * 500)  # unknown, without a look-up
    assert time.monotonic() - started < 2


def test_suggestions_stop_at_their_budget() -> None:
    checker = SpellChecker.default()
    started = time.monotonic()
    checker.suggest("Reaffirmingrecallingnotingz")
    assert time.monotonic() - started < 4  # SUGGEST_SECONDS is 1.5; spylls alone took over a minute


@pytest.mark.parametrize("name", ["docx-ilvl.docx", "docx-lvltext.docx", "docx-sym.docx"])
def test_odd_docx_attribute_values_load(name: str) -> None:
    with manual(name) as path:
        res = load_document(path).resolution
    assert res.operative or res.preamble


# -- .unres bounds ----------------------------------------------------------------------------


def _unres(resolution: dict) -> bytes:
    return json.dumps({"format": "resolute.unres", "version": 2, "resolution": resolution}).encode()


def test_a_deeply_nested_unres_is_refused_naming_the_limit() -> None:
    with manual("unres-deep-json.unres.gz") as path, pytest.raises(InputError, match="nested deeper than the limit"):
        load_document(path)


@pytest.mark.parametrize("paragraph, message", [
    ({"text": "Decides", "anchors": [{"offset": 10 ** 30, "note": {"text": "x"}}]}, "out of range"),
    ({"text": "Decides", "anchors": [{"offset": 99, "note": {"text": "x"}}]}, "offset 99 is outside its text"),
    ({"text": "Decides", "marks": [{"start": -1, "end": 3}]}, "outside its text"),
    ({"text": "Decides", "marks": [{"start": 5, "end": 2}]}, "outside its text"),
    ({"text": "x" * 1_000_001}, "the limit is 1,000,000"),
])
def test_unres_values_out_of_bounds_are_refused(paragraph: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        loads(_unres({"operative": [paragraph]}))


def test_subparagraphs_nested_too_deep_are_refused() -> None:
    paragraph: dict = {"text": "deepest"}
    for _ in range(12):
        paragraph = {"text": "level", "children": [paragraph]}
    with pytest.raises(InputError, match="subparagraphs nest deeper than the limit of 8"):
        loads(_unres({"operative": [paragraph]}))


def test_a_lone_surrogate_loads_prints_and_saves(tmp_path: Path) -> None:
    with manual("unres-lone-surrogate.unres") as path:
        res = load_document(path).resolution
    text = dumps(res)
    text.encode("utf-8")  # printable and savable
    assert "\ufffd" in text
    export_document(res, tmp_path / "again.unres")
    assert load_document(tmp_path / "again.unres").resolution.operative[0].text == res.operative[0].text


def test_a_long_footnote_text_marked_many_times_is_refused_naming_the_limit(tmp_path: Path) -> None:
    """A pasted text whose one long note is marked in hundreds of paragraphs would be hundreds of notes
    in Word: its text counts at each mark, and the file is refused quickly instead of checked for minutes."""
    paragraphs = "\n\n".join(f"{n}. *Decides* to act;[^1]" for n in range(1, 201))
    note = "Garbage " * 5000  # 40,000 characters, 200 marks: 8 million
    source = tmp_path / "pasted.txt"
    source.write_text(f"The General Assembly,\n\n{paragraphs}\n\n__________________\n\n1. {note}\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(InputError, match="footnote's text counted at each of its marks"):
        load_document(source)
    assert time.perf_counter() - started < 10
