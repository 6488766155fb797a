"""The .unres format is a contract with every file users have saved.

A golden file per format version pins it: renaming or removing a model field changes what
is written, and the test below fails until the version is raised, a migration step added
(``drafting/unres_migrations.py``) and a new golden file written.  Keys the model does not
know are refused with a message, never silently dropped.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from drafting import model, native
from drafting.errors import InputError
from drafting.model import (
    AMENDMENT,
    QUOTE,
    RESOLUTION,
    Adoption,
    Anchor,
    Annex,
    Footnote,
    Inline,
    Mark,
    Masthead,
    Meta,
    Paragraph,
    Resolution,
    Section,
    Source,
    Submission,
    Suppression,
    Table,
    Unplaced,
)
from drafting.unres_migrations import STEPS

GOLDEN = Path(__file__).parent / "data" / "unres"


def golden(version: int) -> Path:
    return GOLDEN / f"format-v{version}.unres"


def every_field_set() -> Resolution:
    """A resolution in which every field of every model class differs from its default."""
    note = Footnote("See A/80/1.", [Mark(4, 10)], [], symbol=True)
    numbered = Footnote("Official Records, Supplement No. 1.", [Mark(0, 16)])
    sub = Paragraph("to strengthen cooperation;", [], [], style="numbered", source=Source("(a)", None))
    return Resolution(
        kind=AMENDMENT,
        base_symbol="A/80/L.22",
        label="I",
        section_title=Inline("Programme budget"),
        instructions=[Paragraph("In operative paragraph 3, replace the text with the following:",
                                children=[Paragraph("“3. Decides to continue;”", style=QUOTE)])],
        sections=[Section("II", Inline("Second text"), Inline("The General Assembly,"),
                          [Paragraph("Noting,")], [Paragraph("Decides.")], [Annex()],
                          Adoption(meeting="56th plenary meeting"))],
        masthead=Masthead(*(Inline(f"{name} text", [Mark(0, 4, model.BOLD)], [Anchor(2, note)] if name == "symbol"
                                   else []) for name in model.MASTHEAD_FIELDS),
                          source={"distribution": "Distr: Limited"}, job_number="24-24221"),
        submission=Submission(["Colombia", "Mexico"], "draft resolution", [Anchor(8, numbered)],
                              "Colombia and Mexico: draft resolution"),
        title=Inline("Countering trafficking", [Mark(0, 10, model.UNDERLINE)], []),
        authoring_body=Inline("The General Assembly,", [Mark(0, 20)], []),
        preamble=[Paragraph("Recalling its resolution 79/180,", [Mark(0, 9)], [], [], "heading",
                            Source("PP1", "Recalling"))],
        operative=[Paragraph("Urges States:", [], [], [sub], "", Source("1.", "Urges"), list_style="roman")],
        annexes=[Annex("Annex I", Inline("Declaration"), [
            Paragraph("Text.", style="numbered", restart=True),
            Paragraph(style=model.TABLE, table=Table([[Inline(""), Inline("Gross")],
                                                      [Inline("Appropriation", [Mark(0, 13, model.BOLD)]),
                                                       Inline("56 126 600")]],
                                                     header_rows=1, title=Inline("Financing for 2026")))])],
        adoption=Adoption("Resolution adopted by the General Assembly on 17 December 2024",
                          "on the report of the Third Committee (A/79/458/Add.2, para. 99)", "79/180",
                          "53rd plenary meeting", "17 December 2024"),
        unplaced=[Unplaced(12, "stray line", "not a paragraph")],
        meta=Meta("ga", [Suppression("RES210", "preamble", "Recalling", "as agreed")], ["Tonga"],
                  {"title": {"text": "Base"}}, "A. Delegate"),
    )


def without_app(text: str) -> dict:
    doc = json.loads(text)
    doc.pop("app", None)
    return doc


def test_the_current_format_is_the_golden_file():
    written = without_app(native.dumps(every_field_set()))
    assert golden(native.VERSION).exists(), "write the golden file of the new format version"
    assert written == without_app(golden(native.VERSION).read_text(encoding="utf-8")), (
        "the .unres format changed: raise native.VERSION, add a step to unres_migrations.STEPS and a golden file")


def _model_classes() -> list[type]:
    return [c for c in vars(model).values() if dataclasses.is_dataclass(c) and c.__module__ == model.__name__]


def _keys(value, out: set[str]) -> set[str]:
    if isinstance(value, dict):
        out.update(value)
        for v in value.values():
            _keys(v, out)
    elif isinstance(value, list):
        for v in value:
            _keys(v, out)
    return out


def test_the_golden_file_covers_every_field_of_the_model():
    written = _keys(without_app(golden(native.VERSION).read_text(encoding="utf-8"))["resolution"], set())
    missing = {f"{cls.__name__}.{f.name}" for cls in _model_classes() for f in dataclasses.fields(cls)
               if f.name not in written}
    assert not missing, f"every_field_set() must set these fields too: {sorted(missing)}"


def test_step_1_to_2():
    """Format 2 adds the kind; the format 1 golden file holds adoption lines, so it is an adopted resolution."""
    assert native.load(golden(1)).kind == RESOLUTION


def test_step_2_to_3():
    """Format 3 adds tables: a format 2 file has none, and its unplaced text stays where it was."""
    res = native.load(golden(2))
    assert list(res.tables()) == []
    assert [u.text for u in res.unplaced] == ["stray line"]
    assert native.load(golden(3)).annexes[0].paragraphs[1].table.rows[1][1].text == "56 126 600"


def test_step_3_to_4():
    """Format 4 adds the job number: a format 3 file has none, and reads as it was."""
    assert native.load(golden(3)).masthead.job_number == ""
    assert native.load(golden(3)).masthead.symbol.text == "symbol text"
    assert native.load(golden(4)).masthead.job_number == "24-24221"


@pytest.mark.parametrize("version", range(1, native.VERSION + 1))
def test_every_format_version_still_loads(version):
    res = native.load(golden(version))
    assert res.title.text == "Countering trafficking"
    assert res.operative[0].children[0].source.label == "(a)"


def test_every_migration_step_has_its_test():
    for n in STEPS:
        assert f"test_step_{n}_to_{n + 1}" in globals(), f"add test_step_{n}_to_{n + 1}"
    assert set(STEPS) == set(range(1, native.VERSION)), "one step for each older version"


def test_an_unknown_field_is_refused_with_its_place_not_dropped(tmp_path):
    doc = json.loads(native.dumps(every_field_set()))
    doc["resolution"]["operative"][0]["colour"] = "red"
    path = tmp_path / "newer.unres"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError) as err:
        native.load(path)
    assert "resolution.operative[0]" in str(err.value) and "'colour'" in str(err.value)
    assert path.read_bytes() == before


def test_an_unknown_top_level_field_is_refused(tmp_path):
    doc = json.loads(native.dumps(Resolution()))
    doc["comments"] = []
    with pytest.raises(InputError, match="'comments'"):
        native.loads(json.dumps(doc))


def test_a_version_below_one_is_refused():
    doc = json.loads(native.dumps(Resolution()))
    doc["version"] = 0
    with pytest.raises(InputError, match="version 0"):
        native.loads(json.dumps(doc))
