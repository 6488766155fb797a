"""Ordinals and the official wording of instructions, both ways."""

from __future__ import annotations

import pytest

from drafting.amend.instructions import (
    AT_END,
    DELETE,
    INSERT_AFTER,
    OPERATIVE,
    PREAMBLE,
    REPLACE,
    DeleteParagraphs,
    InsertParagraphs,
    InstructionError,
    ReplaceEverywhere,
    ReplaceParagraph,
    Target,
    WordChange,
    format_instruction,
    parse_instruction,
)
from drafting.amend.ordinals import ordinal, ordinal_number
from drafting.model import Paragraph


@pytest.mark.parametrize(("n", "word"), [(1, "first"), (3, "third"), (11, "eleventh"), (16, "sixteenth"),
                                         (28, "twenty-eighth"), (38, "thirty-eighth"), (100, "one hundredth"),
                                         (101, "one hundred and first")])
def test_ordinals_both_ways(n, word):
    assert ordinal(n) == word
    assert ordinal_number(word) == n
    assert ordinal_number(word.capitalize()) == n


def test_every_ordinal_reads_back():
    assert all(ordinal_number(ordinal(n)) == n for n in range(1, 1000))
    assert ordinal_number("thirty eighth") is None
    assert ordinal_number("paragraph") is None


# Official instructions (the examples and the amendments of the corpus), as printed.
OFFICIAL = [
    ("In operative paragraph 68, after “including sexual and reproductive health”, insert “and rights”.",
     WordChange(Target(OPERATIVE, (67,)), INSERT_AFTER, "including sexual and reproductive health", "and rights")),
    ("In operative paragraph 69, replace “sexual and reproductive” with “emergency”.",
     WordChange(Target(OPERATIVE, (68,)), REPLACE, "sexual and reproductive", "emergency")),
    ("In operative paragraph 2, delete “, to decide on …”.",
     WordChange(Target(OPERATIVE, (1,)), DELETE, ", to decide on …")),
    ("In the eleventh preambular paragraph, delete “sexual orientation and gender identity,”.",
     WordChange(Target(PREAMBLE, (10,)), DELETE, "sexual orientation and gender identity,")),
    ("Delete the sixteenth preambular paragraph.", DeleteParagraphs([Target(PREAMBLE, (15,))])),
    ("Delete the third preambular paragraph and operative paragraph 2.",
     DeleteParagraphs([Target(PREAMBLE, (2,)), Target(OPERATIVE, (1,))])),
    ("Delete operative paragraphs 3, 43 and 45.",
     DeleteParagraphs([Target(OPERATIVE, (2,)), Target(OPERATIVE, (42,)), Target(OPERATIVE, (44,))])),
    ("Replace “X” with “Y” in the title, the preambular paragraphs and the operative paragraphs.",
     ReplaceEverywhere("X", "Y")),
    ("In operative paragraph 4 (b), replace “views” with “comments”.",
     WordChange(Target(OPERATIVE, (3, 1)), REPLACE, "views", "comments")),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIAL)
def test_official_sentences_read_and_print_the_same(text, expected):
    assert parse_instruction(text) == expected
    assert format_instruction(expected) == text


def test_quoting_instructions_read_with_their_paragraphs():
    new = [Paragraph("Welcomes the convening of the thirtieth session;")]
    assert parse_instruction("Replace operative paragraph 200 with the following text:", new) == \
        ReplaceParagraph(Target(OPERATIVE, (199,)), new)
    after = InsertParagraphs(OPERATIVE, (), 2, new)
    assert parse_instruction("After operative paragraph 3, insert a new operative paragraph, reading:", new) == after
    assert parse_instruction("After operative paragraph 3, insert the following operative paragraph:", new) == after
    assert format_instruction(after) == "After operative paragraph 3, insert a new operative paragraph, reading:"
    two = InsertParagraphs(PREAMBLE, (), 0, new * 2, before=True)
    assert format_instruction(two) == \
        "Before the first preambular paragraph, insert two new preambular paragraphs, reading:"
    assert parse_instruction(format_instruction(two), new * 2) == two


def test_other_official_wordings_are_read():
    assert parse_instruction("Delete operative paragraph 10 and renumber the subsequent paragraphs accordingly.") == \
        DeleteParagraphs([Target(OPERATIVE, (9,))])
    words = "In the ninth preambular paragraph, after the words “women”, add the words “and girls”."
    assert parse_instruction(words) == \
        WordChange(Target(PREAMBLE, (8,)), INSERT_AFTER, "women", "and girls")
    new = [Paragraph("Decides to act;")]
    assert parse_instruction("Insert a new operative paragraph after operative paragraph 5, reading:", new) == \
        InsertParagraphs(OPERATIVE, (), 4, new)
    at_end = parse_instruction("At the end of operative paragraph 2, add “, and to report thereon”.")
    assert at_end == WordChange(Target(OPERATIVE, (1,)), AT_END, "", ", and to report thereon")
    assert format_instruction(at_end) == "At the end of operative paragraph 2, insert “, and to report thereon”."


def test_variants_and_numbers_are_read():
    assert parse_instruction("2. Delete the thirty-eighth preambular paragraph reading: “Noting …”.") == \
        DeleteParagraphs([Target(PREAMBLE, (37,))])
    assert parse_instruction("Replace “women” with “women and girls” throughout the text.") == \
        ReplaceEverywhere("women", "women and girls")
    assert parse_instruction("Delete operative paragraphs 3 to 5.").targets == \
        [Target(OPERATIVE, (k,)) for k in (2, 3, 4)]


@pytest.mark.parametrize(("text", "reason"), [
    ("Welcomes the report of the Secretary-General;", "official forms"),
    ("Delete the tenthish preambular paragraph.", "“tenthish” is not an ordinal number"),
    ("In operative paragraph 4 (zz9), delete “x”.", "official forms"),
    ("After operative paragraph 3, insert two new operative paragraphs, reading:", "quotes one"),
])
def test_what_is_not_an_instruction_is_named(text, reason):
    with pytest.raises(InstructionError, match=reason):
        parse_instruction(text, [Paragraph("Decides to act.")])
