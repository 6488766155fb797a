"""Footnote marks as the Word reader sees them: a custom mark written one character a w:t is one mark, a raised
comma between two references separates them and is no text, a comma in the text stays."""

from __future__ import annotations

from pathlib import Path

from drafting.ooxml.document import WordParagraph, read_document
from drafting.ooxml.package import open_package
from tests.support.docx_builders import WordFile, note_text, p, r

NOTES = {1: note_text(r("On behalf of the Group of 77 and China."), custom="*"),
         2: note_text(r("Any changes to the list of sponsors."), custom="**")}


def _custom(note_id: int, *pieces: str) -> str:
    text = "".join(f"<w:t>{piece}</w:t>" for piece in pieces)
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/>{text}</w:r>')


def _first(tmp_path: Path, *content: str) -> WordParagraph:
    path = WordFile(p(*content), footnotes=NOTES).save(tmp_path / "marks.docx")
    return read_document(open_package(path)).paragraphs[0]


def test_a_custom_mark_written_one_character_a_w_t_is_one_mark(tmp_path: Path) -> None:
    separator = r(", ", sup=True)
    para = _first(tmp_path, r("Iraq:"), _custom(1, "*"), separator, _custom(2, "*", "*"), r(" draft resolution"))
    assert para.text == "Iraq: draft resolution"
    assert [(ref.offset, ref.custom_mark) for ref in para.refs] == [(5, "*"), (5, "**")]


def test_text_after_a_custom_mark_in_its_run_stays_text(tmp_path: Path) -> None:
    para = _first(tmp_path, r("Iraq"), _custom(1, "*", " and Chad: draft resolution"))
    assert para.text == "Iraq and Chad: draft resolution"
    assert [(ref.offset, ref.custom_mark) for ref in para.refs] == [(4, "*")]


def test_a_comma_in_the_text_between_two_references_stays(tmp_path: Path) -> None:
    para = _first(tmp_path, r("Iraq"), _custom(1, "*"), r(", "), _custom(2, "**"), r("Chad: draft resolution"))
    assert para.text == "Iraq, Chad: draft resolution"
    assert [ref.offset for ref in para.refs] == [4, 6]


def test_every_raised_comma_of_a_long_paragraph_goes_and_the_references_keep_their_places(tmp_path: Path) -> None:
    """Thousands of references in one paragraph (a fuzzed file hung the reader, one removal at a time):
    the raised commas all go in one pass, the text commas stay, each reference keeps its place."""
    separator = r(", ", sup=True)
    pieces = []
    for n in range(1500):
        pieces += [r(f"w{n}"), _custom(1, "*"), separator, _custom(2, "**")]
        if n % 2:
            pieces += [r(", ")]  # a comma of the text: it stays
    para = _first(tmp_path, *pieces)
    words = [f"w{n}" + (", " if n % 2 else "") for n in range(1500)]
    assert para.text == "".join(words)
    offsets, at = [], 0
    for word in words:
        at += len(word.rstrip(", "))
        offsets += [at, at]
        at += len(word) - len(word.rstrip(", "))
    assert [ref.offset for ref in para.refs] == offsets
