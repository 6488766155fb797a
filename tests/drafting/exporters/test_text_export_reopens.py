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
from drafting.marked_text import render_inline
from drafting.model import BOLD, ITALIC, Annex, Inline, Mark, Paragraph, Resolution
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
