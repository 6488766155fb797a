"""Applying instructions to a draft: every form, and clear errors naming the instruction."""

from __future__ import annotations

import pytest

from drafting.amend.apply import ApplyError, apply_instructions
from drafting.amend.instructions import parse_instruction
from drafting.model import Anchor, Footnote, Paragraph


def apply(draft, *sentences, quotes=()):
    return apply_instructions(draft, [parse_instruction(s, list(quotes)) for s in sentences])


def test_words_inserted_replaced_and_deleted_with_natural_spaces(draft):
    out = apply(draft,
                "In operative paragraph 1, after “protect”, insert “and assist”.",
                "In the third preambular paragraph, delete “including women and children,”.",
                "In operative paragraph 2 (b), replace “views” with “comments”.",
                "In the first preambular paragraph, before “17 December 2024”, insert “the”.")
    assert out.operative[0].text == "Calls upon all States to protect and assist migrants;"
    assert out.preamble[2].text == "Deeply concerned by the large number of migrants,"
    assert out.operative[1].children[1].text == "To seek the comments of States and of the relevant organizations;"
    assert out.preamble[0].text == "Recalling its resolution 79/180 of the 17 December 2024,"
    assert draft.operative[0].text == "Calls upon all States to protect migrants;"  # the draft itself is untouched


def test_words_added_at_the_end_stand_before_the_closing_mark(draft):
    out = apply(draft, "At the end of operative paragraph 1, add “, including children”.",
                "At the end of operative paragraph 2 (b), insert “in this regard”.")
    assert out.operative[0].text == "Calls upon all States to protect migrants, including children;"
    assert out.operative[1].children[1].text.endswith("relevant organizations in this regard;")


def test_references_count_the_draft_as_tabled(draft):
    new = Paragraph("Encourages States to cooperate;")
    out = apply(draft, "After operative paragraph 1, insert a new operative paragraph, reading:",
                "Delete operative paragraph 3.", "In operative paragraph 2, replace “Requests” with “Invites”.",
                quotes=[new])
    assert [p.text[:10] for p in out.operative] == ["Calls upon", "Encourages", "Invites th"]


def test_paragraphs_deleted_and_replaced_together(draft):
    out = apply(draft, "Delete the second preambular paragraph and operative paragraph 1.")
    assert len(out.preamble) == 2 and out.operative[0].text.startswith("Requests")
    out = apply(draft, "Replace operative paragraph 2 (a) with the following text:",
                quotes=[Paragraph("To report annually;")])
    assert out.operative[1].children[0].text == "To report annually;"


def test_replacement_throughout(draft):
    out = apply(draft, "Replace “migrants” with “migrant workers” in the title, the preambular paragraphs "
                       "and the operative paragraphs.")
    assert out.title.text == "Protection of migrant workers"
    assert "migrant workers, including" in out.preamble[2].text and "migrant workers;" in out.operative[0].text


def test_footnotes_after_a_change_stay_with_their_words(draft):
    note = Footnote("Resolution 217 A (III).")
    draft.preamble[1].anchors = [Anchor(len("Reaffirming the Universal Declaration of Human Rights"), note)]
    out = apply(draft, "In the second preambular paragraph, before “Universal”, insert “principles of the”.")
    p = out.preamble[1]
    assert p.text[:p.anchors[0].offset].endswith("Human Rights")


@pytest.mark.parametrize(("sentences", "message"), [
    (["In operative paragraph 1, delete “refugees”."],
     "instruction 1 (“In operative paragraph 1, delete “refugees”.”) cannot be applied: “refugees” is not in "
     "operative paragraph 1"),
    (["Delete operative paragraph 1.", "In operative paragraph 2 (b), delete “of”."],
     "instruction 2 .* “of” is 2 times in operative paragraph 2 (b)"),
    (["Delete operative paragraph 9."],
     "operative paragraph 9 is not in the draft: the draft has 3 operative paragraphs"),
    (["Delete the fifth preambular paragraph."], "the draft has 3 preambular paragraphs"),
    (["Delete operative paragraph 2 (d)."], "operative paragraph 2 has 2 subparagraphs"),
    (["Delete operative paragraph 3.", "In operative paragraph 3, delete “seized”."],
     "instruction 1 deletes or replaces"),
    (["Delete operative paragraph 3.", "Delete operative paragraphs 1 and 3."], "instruction 1 already deletes"),
    (["In operative paragraph 1, replace “all States” with “States”.",
      "In operative paragraph 1, delete “all”."], "overlap those of instruction 1"),
    (["Replace “refugees” with “migrants” throughout the text."], "“refugees” is not in the text"),
])
def test_an_instruction_that_cannot_be_applied_is_named_with_the_reason(draft, sentences, message):
    with pytest.raises(ApplyError, match=message.replace("(", r"\(").replace(")", r"\)")):
        apply(draft, *sentences)
