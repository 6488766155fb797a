"""Format 2 of .unres: the document kind, sections, instructions and headings; format 1 migrates."""

from __future__ import annotations

import json

import pytest

from drafting import native
from drafting.errors import InputError
from drafting.model import (
    AMENDMENT,
    DECISION,
    DRAFT_DECISION,
    DRAFT_RESOLUTION,
    HEADING,
    NUMBERED,
    QUOTE,
    RESOLUTION,
    REVISED_DRAFT,
    Adoption,
    Annex,
    Inline,
    Paragraph,
    Resolution,
    Section,
)
from drafting.numbering import annex_numbers, label_at, operative_labels


def _v1(resolution: dict) -> str:
    return json.dumps({"format": native.FORMAT, "version": 1, "resolution": resolution})


@pytest.mark.parametrize(("v1", "kind"), [
    ({}, DRAFT_RESOLUTION),
    ({"submission": {"kind": "revised draft resolution"}}, REVISED_DRAFT),
    ({"submission": {"kind": "draft decision"}}, DRAFT_DECISION),
    ({"adoption": {"statement": "Resolution adopted by the General Assembly on 1 December 2024"}}, RESOLUTION),
    ({"adoption": {"statement": "Decision adopted by the General Assembly on 1 December 2024"}}, DECISION),
])
def test_format_1_takes_its_kind_from_what_it_holds(v1: dict, kind: str) -> None:
    assert native.loads(_v1(v1)).kind == kind


def test_format_1_base_text_is_migrated_too() -> None:
    v1 = {"meta": {"base": {"adoption": {"statement": "Resolution adopted by the General Assembly"}}}}
    res = native.loads(_v1(v1))
    assert native.decode(res.meta.base).kind == RESOLUTION


def test_unknown_kind_is_refused() -> None:
    data = json.dumps({"format": native.FORMAT, "version": 2, "resolution": {"kind": "letter"}})
    with pytest.raises(InputError, match="unknown document kind 'letter'"):
        native.loads(data)


def test_new_constructs_survive_a_save() -> None:
    res = Resolution(kind=AMENDMENT, base_symbol="A/80/L.22", label="A")
    res.preamble = [Paragraph("Noting the following:", children=[Paragraph("first,"), Paragraph("second,")])]
    res.operative = [Paragraph("General provisions", style=HEADING), Paragraph("Decides x;"), Paragraph("Requests y.")]
    res.instructions = [Paragraph("In operative paragraph 3, replace the text with the following:",
                                  children=[Paragraph("“3. Decides z;”", style=QUOTE)])]
    res.annexes = [Annex(title=Inline("Plan"), paragraphs=[
        Paragraph("A. First", style=HEADING), Paragraph("one", style=NUMBERED), Paragraph("two", style=NUMBERED),
        Paragraph("B. Second", style=HEADING), Paragraph("one again", style=NUMBERED, restart=True)])]
    res.adoption = Adoption(meeting="55th (resumed) plenary meeting", reference="without reference to a Main "
                            "Committee (A/79/L.5)")
    res.sections = [Section(label="B", title=Inline("Second part"), authoring_body=Inline("The General Assembly,"),
                            operative=[Paragraph("Decides.")], adoption=Adoption(meeting="56th plenary meeting"))]
    back = native.loads(native.dumps(res))
    assert back == res
    assert back.adoption is not None and back.adoption.resumed
    assert operative_labels(back.operative) == ["", "1.", "2."]
    assert label_at(back.operative, (2,)) == "2."
    assert annex_numbers(back.annexes[0].paragraphs) == [None, 1, 2, None, 1]
    paths = [path for path, _ in back.inlines()]
    assert ("preamble", 0, 1) in paths and ("instruction", 0, 0) in paths
    assert ("section", 0, "operative", 0) in paths and ("section", 0, "title") in paths
