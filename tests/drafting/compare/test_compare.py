"""Compare two versions of real resolutions and check the report a negotiator reads.

Each kind of change (insert, delete, amend, move, split, merge, renumber only,
subparagraphs, footnotes, openings, masthead) is planted in A/RES/79/180 or the CTOC/COP
draft, in the model or in a modified copy of the text file, and the report must say
exactly what changed, no more.
"""

from __future__ import annotations

import copy

import pytest

from drafting.compare.align import compare
from drafting.compare.report import changes, span, to_json, to_text
from drafting.compare.words import diff_words, render
from drafting.importers import load_document
from drafting.lexicon import OPERATIVE
from drafting.model import Anchor, Footnote, Paragraph
from tests.support.paths import CTOC, GA_TEXTS

RES = GA_TEXTS["A_RES_79_180"]


@pytest.fixture(scope="module")
def res79():
    return load_document(RES).resolution


@pytest.fixture(scope="module")
def ctoc():
    return load_document(CTOC).resolution


def report(old, new) -> list[str]:
    """The lines of the text report between the header lines and the summary."""
    cmp = compare(old, new)
    lines = to_text(cmp, changes(cmp), details=False).splitlines()
    return lines[3:-2]


def edited_copy(path, tmp_path, *edits: tuple[str, str]):
    """The text file with each (old, new) replacement made once, imported like any file."""
    text = path.read_text(encoding="utf-8")
    for before, after in edits:
        assert text.count(before) == 1, before
        text = text.replace(before, after)
    target = tmp_path / path.name
    target.write_text(text, encoding="utf-8")
    return load_document(target).resolution


# -- each kind of change, in the model ------------------------------------------------------------


def test_identical_texts_have_no_changes(res79):
    cmp = compare(res79, copy.deepcopy(res79))
    assert changes(cmp) == []
    assert to_text(cmp, []).endswith("No changes.")


def test_a_new_preambular_paragraph_renumbers_those_after_it(res79):
    new = copy.deepcopy(res79)
    new.preamble.insert(4, Paragraph("Recalling its resolution 79/180 of 17 December 2024,"))
    assert report(res79, new) == ["PP5 new", "PP6–28 (formerly PP5–27) renumbered"]


def test_a_deleted_operative_paragraph(res79):
    new = copy.deepcopy(res79)
    del new.operative[3]
    assert report(res79, new) == ["OP 4 deleted", "OP 4–11 (formerly OP 5–12) renumbered"]


def test_the_last_paragraph_deleted_renumbers_nothing(res79):
    new = copy.deepcopy(res79)
    del new.operative[-1]
    assert report(res79, new) == ["OP 12 deleted"]


def test_an_amended_paragraph_shows_the_changed_words(res79):
    new = copy.deepcopy(res79)
    new.operative[11].text = new.operative[11].text.replace("eightieth session", "eighty-first session")
    cmp = compare(res79, new)
    found = changes(cmp)
    assert [c.description for c in found] == ["OP 12 amended"]
    assert [(e.old_text(found[0].old_text), e.new_text(found[0].new_text))
            for e in found[0].words if e.op != "equal"] == [("eightieth", "eighty-first")]


def test_an_amended_and_renumbered_paragraph_says_formerly(res79):
    new = copy.deepcopy(res79)
    new.operative.insert(0, Paragraph("Decides to remain seized of the matter;"))
    new.operative[6].text = new.operative[6].text.replace("the strong need", "the urgent need")
    lines = report(res79, new)
    assert lines == ["OP 1 new", "OP 2–6 (formerly OP 1–5) renumbered", "OP 7 (formerly OP 6) amended",
                     "OP 8–13 (formerly OP 7–12) renumbered"]


def test_a_moved_paragraph(res79):
    new = copy.deepcopy(res79)
    new.operative.insert(8, new.operative.pop(2))
    assert report(res79, new) == ["OP 3–8 (formerly OP 4–9) renumbered", "OP 3 moved to OP 9"]


def test_a_moved_and_amended_paragraph(res79):
    new = copy.deepcopy(res79)
    moved = new.operative.pop(2)
    moved.text = moved.text.replace("continues to rise", "continues to rise sharply")
    new.operative.append(moved)
    assert report(res79, new)[-1] == "OP 3 moved to OP 12 and amended"


def test_a_split_paragraph(res79):
    new = copy.deepcopy(res79)
    op = new.operative[10]
    cut = op.text.index(", and in this respect requests")
    second = Paragraph("Requests" + op.text[cut + len(", and in this respect requests"):])
    op.text = op.text[:cut] + ";"
    new.operative.insert(11, second)
    assert report(res79, new) == ["OP 11 split into OP 11 and OP 12", "OP 13 (formerly OP 12) renumbered"]


def test_merged_paragraphs(res79):
    new = copy.deepcopy(res79)
    first, second = new.operative[9], new.operative.pop(10)
    first.text = first.text.rstrip(";") + ", and encourages" + second.text[len("Encourages"):]
    first.anchors = []
    assert report(res79, new) == ["OP 10 and OP 11 merged into OP 10", "OP 11 (formerly OP 12) renumbered"]


def test_renumbering_alone_in_the_typed_labels_is_no_change(res79, tmp_path):
    # Numbers are derived: a copy whose typed numbers are wrong is the same text.
    new = edited_copy(RES, tmp_path, ("5. *Recognizes* that the open", "6. *Recognizes* that the open"),
                      ("6. *Also recognizes*", "7. *Also recognizes*"))
    assert report(res79, new) == []


def test_a_new_subparagraph_reletters_those_after_it(res79):
    new = copy.deepcopy(res79)
    new.operative[6].children.insert(0, Paragraph("Promoting interreligious dialogue at all levels;"))
    assert report(res79, new) == ["OP 7 (a) new", "OP 7 (b)–(i) (formerly OP 7 (a)–(h)) renumbered"]


def test_an_amended_subparagraph(res79):
    new = copy.deepcopy(res79)
    sub = new.operative[7].children[1]
    sub.text = sub.text.replace("religious freedom", "freedom of religion")
    assert report(res79, new) == ["OP 8 (b) amended"]


def test_a_subparagraph_moved_to_another_paragraph(res79):
    new = copy.deepcopy(res79)
    new.operative[7].children.append(new.operative[6].children.pop(3))
    assert report(res79, new) == ["OP 7 (d)–(g) (formerly OP 7 (e)–(h)) renumbered", "OP 7 (d) moved to OP 8 (e)"]


def test_subparagraphs_of_a_deleted_paragraph_go_with_it(res79):
    new = copy.deepcopy(res79)
    del new.operative[7]
    assert report(res79, new) == ["OP 8 deleted", "OP 8–11 (formerly OP 9–12) renumbered"]


# -- footnotes, openings, masthead -----------------------------------------------------------------


def test_an_added_footnote_is_reported_with_its_new_mark(res79):
    new = copy.deepcopy(res79)
    op = new.operative[2]
    op.anchors.append(Anchor(len(op.text), Footnote("A/79/284, para. 12.")))
    lines = report(res79, new)
    assert lines == ["OP 3: footnote 16 added"]


def test_a_removed_and_an_amended_footnote(res79):
    new = copy.deepcopy(res79)
    new.operative[0].anchors = []  # footnote 15, "A/79/284."
    pp5 = new.preamble[4]
    pp5.anchors[0].note = Footnote("See resolution 2200 A (XXI), annex, art. 18.")
    assert report(res79, new) == ["PP5: footnote 13 amended", "OP 1: footnote 15 removed"]


def test_a_changed_opening_is_one_change(res79):
    new = copy.deepcopy(res79)
    new.operative[11].text = "Also requests" + new.operative[11].text[len("Requests"):]
    found = changes(compare(res79, new))
    assert found[0].opening == ("Requests", "Also requests")
    assert [e.op for e in found[0].words if e.op != "equal"] == ["replace"]


def test_masthead_and_sponsor_changes_come_first(ctoc):
    new = copy.deepcopy(ctoc)
    new.submission.sponsors = ["Colombia", "Mexico", "Peru"]
    new.masthead.date.text = "20 October 2022"
    assert report(ctoc, new) == ["Date: 19 October 2022 → 20 October 2022", "Sponsors added: Mexico and Peru"]


# -- real pairs: modified copies of the text files --------------------------------------------------


def test_a_modified_copy_of_a_res_79_180(res79, tmp_path):
    new = edited_copy(
        RES, tmp_path,
        ("*Reaffirming also* that all human rights are universal,",
         "*Reaffirming also* that all human rights are universal and equal,"),
        ("12. *Requests* the Secretary-General to submit to the General Assembly at its eightieth session",
         "12. *Also requests* the Secretary-General to submit to the General Assembly at its eighty-first session"),
        ("10. *Calls for* strengthened international efforts to foster a global dialogue for the promotion of a "
         "culture of tolerance and peace at all levels, based on respect for human rights and diversity of religions "
         "and beliefs;\n\n", ""),
    )
    assert report(res79, new) == ["PP4 amended", "OP 10 deleted", "OP 10 (formerly OP 11) renumbered",
                                  "OP 11 (formerly OP 12) amended"]


def test_the_ctoc_draft_and_its_edits(ctoc, tmp_path):
    new = edited_copy(
        CTOC, tmp_path,
        # OP 2 split in two
        ("in Vienna on 12 and 13 October 2021 and 29 and 30 June 2022", "in Vienna on 12 and 13 October 2021; "
         "\n\n3. *Also welcomes* the meeting held in Vienna on 29 and 30 June 2022"),
        # a new subparagraph (f) of OP 4
        ("\n\n5. *Emphasizes*", "\n\n(f) Strengthen the protection of victims of trafficking in persons;\n\n"
                                "5. *Emphasizes*"),
    )
    lines = report(ctoc, new)
    assert lines[0] == "OP 2 split into OP 2 and OP 3"
    assert "OP 5 (f) new" in lines
    assert not [line for line in lines if "amended" in line or "deleted" in line or "moved" in line]


# -- output shapes ----------------------------------------------------------------------------------


def test_json_lists_labels_paths_and_word_offsets(res79):
    new = copy.deepcopy(res79)
    new.operative[11].text = new.operative[11].text.replace("eightieth", "eighty-first")
    cmp = compare(res79, new)
    data = to_json(cmp, changes(cmp), "old.txt", "new.txt")
    assert data["format"] == "resolute.compare" and data["version"] == 1
    assert data["old"] == {"file": "old.txt", "symbol": "A/RES/79/180", "title": res79.title.text}
    (change,) = data["changes"]
    assert change["kind"] == "amended" and change["description"] == "OP 12 amended"
    assert change["old"] == [{"label": "OP 12", "path": ["operative", 11]}]
    (word,) = change["words"]
    assert word["old"] == "eightieth" and word["new"] == "eighty-first"
    assert change["new_text"][word["new_start"]:word["new_end"]] == "eighty-first"
    assert data["summary"]["amended"] == 1 and data["summary"]["unchanged"] > 40


def test_word_diff_keeps_punctuation_apart_and_covers_both_texts():
    old = "Calls upon all States to take measures, as called for in resolution 76/7;"
    new = "Calls upon all States to take effective measures, as called for in resolution 79/7."
    edits = diff_words(old, new, OPERATIVE)
    assert "".join(e.old_text(old) for e in edits) == old
    assert "".join(e.new_text(new) for e in edits) == new
    assert render(old, new, edits) == ("Calls upon all States to take{+ effective+} measures, as called for in "
                                       "resolution [-76/7-]{+79/7+}[-;-]{+.+}")


def test_spans_of_labels():
    assert span("OP 5", "OP 11") == "OP 5–11"
    assert span("OP 1", "OP 12") == "OP 1–12"
    assert span("PP6", "PP27") == "PP6–27"
    assert span("OP 8 (c)", "OP 8 (e)") == "OP 8 (c)–(e)"


# -- the command line --------------------------------------------------------------------------------


def _cli(*args: str):
    import subprocess
    import sys

    from tests.support.paths import ROOT

    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


@pytest.mark.slow
def test_cli_compare_prints_the_report_and_writes_tracked_changes(tmp_path, res79):
    from drafting import native

    new = copy.deepcopy(res79)
    del new.operative[-1]
    native.save(new, tmp_path / "new.unres")
    out = tmp_path / "tracked.docx"
    done = _cli("compare", str(RES), str(tmp_path / "new.unres"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "OP 12 deleted" in done.stdout.splitlines()
    from tests.support.docx_tools import check_package

    assert out.exists() and check_package(out) == []


@pytest.mark.slow
def test_cli_compare_json_is_the_documented_shape(tmp_path, res79):
    import json

    done = _cli("compare", str(RES), str(CTOC), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"format", "version", "old", "new", "summary", "changes"}
    kinds = {c["kind"] for c in data["changes"]}
    assert {"header", "new", "deleted"} <= kinds
    assert set(data["changes"][0]) == {"kind", "description", "part", "old", "new", "moved", "amended", "similarity",
                                       "opening", "old_text", "new_text", "words", "footnote", "field"}


@pytest.mark.slow
def test_cli_compare_bad_input_is_one_line_and_exit_2(tmp_path):
    done = _cli("compare", str(RES), str(tmp_path / "missing.txt"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "missing.txt" in done.stderr
    done = _cli("compare", str(RES), str(CTOC), "-o", str(tmp_path / "out.txt"))
    assert done.returncode == 2 and ".docx" in done.stderr
    from drafting.exporters.docx import save

    word_input = tmp_path / "new.docx"
    save(load_document(CTOC).resolution, word_input)
    before = word_input.read_bytes()
    done = _cli("compare", str(RES), str(word_input), "-o", str(word_input))
    assert done.returncode == 2 and "overwrite" in done.stderr
    assert word_input.read_bytes() == before
