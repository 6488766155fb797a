"""Round trips: applying what ``write_instructions`` writes gives NEW exactly (random edits of corpus
drafts), and the official amendments, applied to their drafts, are written back word for word."""

from __future__ import annotations

import copy
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.amend.apply import apply_instructions
from drafting.amend.document import amendment_document
from drafting.amend.instructions import (
    format_instruction,
    parse_instruction,
    quoted_paragraphs,
)
from drafting.amend.reader import amendment_from_text, read_amendment
from drafting.amend.sameness import text_content
from drafting.amend.writer import WriteError, write_instructions
from drafting.exporters.text import to_text
from drafting.importers import load_document
from drafting.importers.pdf import pdf_to_marked_text
from drafting.model import Mark, Paragraph, Resolution
from tests.support.paths import CORPUS, CTOC

DRAFTS = [CORPUS / "A_80_L.8.txt", CORPUS / "A_C.3_80_L.30.txt", CTOC]
WORDS = ["States", "the", "Member States,", "including", "(a)", "Council;", "and", "women and girls", "2030",
         "“Agenda”"]
EDITS = ["word", "word", "word", "insert", "delete", "replace", "move", "sub", "everywhere"]


@cache
def _draft(k: int) -> Resolution:
    return load_document(DRAFTS[k]).resolution


def _paragraphs(res: Resolution) -> list[Paragraph]:
    out = list(res.preamble)
    for p in res.operative:
        out += [p, *p.children]
    return out


@st.composite
def edited_drafts(draw) -> tuple[Resolution, Resolution]:
    base = _draft(draw(st.integers(0, len(DRAFTS) - 1)))
    new = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(EDITS))
        parts = [p for p in (new.preamble, new.operative) if p]
        if kind == "word" and _paragraphs(new):
            p = draw(st.sampled_from(_paragraphs(new)))
            words = p.text.split(" ")
            k = draw(st.integers(0, len(words) - 1))
            action = draw(st.sampled_from(["insert", "replace", "delete"]))
            if action == "delete" and len(words) > 1:
                del words[k]
            elif action == "replace":
                words[k] = draw(st.sampled_from(WORDS))
            else:
                words.insert(k, draw(st.sampled_from(WORDS)))
            if words[0] == "(a)":  # a paragraph opening with a label is a subparagraph in every text
                words[0] = "a"
            p.text, p.anchors, p.marks = " ".join(words), [], []
        elif kind in ("insert", "replace") and parts:
            siblings = draw(st.sampled_from(parts))
            text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))) + ";"
            k = draw(st.integers(0, len(siblings) - (kind == "replace")))
            if kind == "insert":
                siblings.insert(k, Paragraph("Decides " + text))
            else:
                siblings[k] = Paragraph("Requests " + text)
        elif kind == "delete" and parts:
            siblings = draw(st.sampled_from(parts))
            del siblings[draw(st.integers(0, len(siblings) - 1))]
        elif kind == "move" and parts:
            siblings = draw(st.sampled_from(parts))
            moved = siblings.pop(draw(st.integers(0, len(siblings) - 1)))
            siblings.insert(draw(st.integers(0, len(siblings))), moved)
        elif kind == "sub":
            holders = [p for p in new.operative if p.children]
            if holders:
                children = draw(st.sampled_from(holders)).children
                action = draw(st.sampled_from(["insert", "delete", "edit"]))
                k = draw(st.integers(0, len(children) - 1))
                if action == "insert":
                    children.insert(k, Paragraph("To consider " + draw(st.sampled_from(WORDS)) + ";"))
                elif action == "delete" and len(children) > 1:
                    del children[k]
                else:
                    children[k].text += " " + draw(st.sampled_from(WORDS))
        elif kind == "everywhere":
            for p in [new.title, *_paragraphs(new)]:
                p.text, p.anchors, p.marks = p.text.replace(" States ", " Governments "), [], []
    return base, new


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(edited_drafts())
def test_applying_what_is_written_gives_the_new_text(pair):
    base, new = pair
    instructions = write_instructions(base, new)
    assert text_content(apply_instructions(base, instructions)) == text_content(new)
    for ins in instructions:  # and each reads back from its wording the same
        assert parse_instruction(format_instruction(ins), quoted_paragraphs(ins)) == ins
    if instructions:  # and the amendment as a text file reads back to the same instructions
        printed = to_text(amendment_document(base, instructions, ["Chile"]))
        read = amendment_from_text(printed)
        assert [format_instruction(i) for i in read.instructions] == [format_instruction(i) for i in instructions]
        assert text_content(apply_instructions(base, read.instructions)) == text_content(new)


def test_an_unchanged_text_needs_no_instruction():
    assert write_instructions(_draft(0), copy.deepcopy(_draft(0))) == []


OFFICIAL_PAIRS = [("A_80_L.29", "A_80_L.22"), ("A_C.3_80_L.58", "A_C.3_80_L.50"), ("A_C.3_80_L.65", "A_C.3_80_L.24")]


@pytest.mark.slow
@pytest.mark.parametrize(("amendment", "draft"), OFFICIAL_PAIRS)
def test_official_amendments_are_written_back_word_for_word(amendments_folder, amendment, draft):
    official = read_amendment(amendments_folder / f"{amendment}.pdf")  # the importer's amendment model
    as_text = amendment_from_text(pdf_to_marked_text(amendments_folder / f"{amendment}.pdf"))  # the marked text
    assert [format_instruction(i) for i in as_text.instructions] == \
        [format_instruction(i) for i in official.instructions]
    base = load_document(amendments_folder / f"{draft}.pdf").resolution
    assert official.base_symbol == base.masthead.symbol.text
    amended = apply_instructions(base, official.instructions)
    assert text_content(amended) != text_content(base)
    written = write_instructions(base, amended)
    assert [format_instruction(i) for i in written] == [format_instruction(i) for i in official.instructions]
    assert [[q.text for q in quoted_paragraphs(i)] for i in written] == \
        [[q.text for q in quoted_paragraphs(i)] for i in official.instructions]


def test_one_replacement_made_everywhere_is_one_instruction(draft):
    new = copy.deepcopy(draft)
    for p in [new.title, *new.preamble, *new.operative]:
        p.text = p.text.replace("migrants", "migrant workers")
    new.operative[2].text = "Decides to remain actively seized of the matter."
    written = [format_instruction(i) for i in write_instructions(draft, new)]
    assert written == [("Replace “migrants” with “migrant workers” in the title, the preambular paragraphs and the "
                       "operative paragraphs."),
                       "In operative paragraph 3, after “remain”, insert “actively”."]


def test_word_changes_name_the_smallest_unique_passage(draft):
    new = copy.deepcopy(draft)
    new.preamble[2].text = "Deeply concerned by the large number of migrants,"
    new.operative[1].children[0].text = "To report annually on the implementation of the present resolution;"
    new.operative[0].text = "Calls upon all States to protect and assist migrants;"
    assert [format_instruction(i) for i in write_instructions(draft, new)] == [
        "In the third preambular paragraph, delete “including women and children,”.",
        "In operative paragraph 1, after “protect”, insert “and assist”.",
        "In operative paragraph 2 (a), after “report”, insert “annually”."]


@pytest.mark.parametrize(("name", "sentence"), [
    ("A_80_L.40.pdf", "In the eleventh preambular paragraph, delete “sexual orientation and gender identity,”."),
    ("A_C.2_80_L.63.pdf", "Delete operative paragraphs 3, 43 and 45.")])
def test_the_amendments_among_the_official_drafts_are_read(amendments_folder, name, sentence):
    official = read_amendment(amendments_folder.parent / "official" / name)
    assert [format_instruction(i) for i in official.instructions] == [sentence]


def test_headings_are_not_counted_and_new_paragraphs_stay_on_their_side_of_one(draft):
    draft.operative.insert(2, Paragraph("Follow-up", style="heading"))  # before "Decides to remain seized …"
    new = copy.deepcopy(draft)
    new.operative.insert(3, Paragraph("Decides to review the matter in 2027;"))  # first under the heading
    new.operative.insert(2, Paragraph("Encourages States to cooperate;"))  # last above it
    new.operative[5].text = "Decides to remain actively seized of the matter."
    written = write_instructions(draft, new)
    assert [format_instruction(i) for i in written] == [
        "After operative paragraph 2, insert a new operative paragraph, reading:",
        "Before operative paragraph 3, insert a new operative paragraph, reading:",
        "In operative paragraph 3, after “remain”, insert “actively”."]
    assert text_content(apply_instructions(draft, written)) == text_content(new)


def test_a_heading_that_changed_is_named(draft):
    draft.operative.insert(2, Paragraph("Follow-up", style="heading"))
    new = copy.deepcopy(draft)
    new.operative[2].style = ""
    with pytest.raises(WriteError, match="“Follow-up” is a heading only in the base"):
        write_instructions(draft, new)


def test_how_a_heading_is_set_is_not_an_amendment(draft):
    draft.operative.insert(2, Paragraph("Follow-up", style="heading"))
    new = copy.deepcopy(draft)
    new.operative[2].marks = [Mark(0, len("Follow-up"), "bold")]  # as a text round trip may set it
    new.operative[3].text = "Decides to remain actively seized of the matter."
    assert [format_instruction(i) for i in write_instructions(draft, new)] == \
        ["In operative paragraph 3, after “remain”, insert “actively”."]
