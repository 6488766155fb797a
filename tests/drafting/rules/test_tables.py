"""A table is no paragraph for the rules: its figures, labels and the note under it draw no finding,
and the paragraph that introduces it may end with a colon; the paragraphs around it are checked
and numbered as if it were not there."""

from __future__ import annotations

from drafting.importers.text import import_text
from drafting.rules import check

TEXT = """The General Assembly,

Recalling its resolution 78/252 of 22 December 2023,

1. Decides to abolish the following posts, as set out in the table below:

| Action | Title of post | Number |
| --- | --- | ---: |
| Establishment | Legal Officer | 1 |
| Recalls | 12,000,000 dollars | 1,889,900 |
| **Total new posts** |  | **3** |

Abbreviations: GS (OL), General Service (Other level).

2. Requests the Secretary-General to report thereon;

3. Decides to remain seized of the matter.
"""


def test_a_table_and_its_note_draw_no_finding_and_the_numbers_run_on():
    res = import_text(TEXT).resolution
    assert [p.style for p in res.operative] == ["", "table", "note", "", ""]
    findings = check(res)
    assert [(d.code, d.location.path) for d in findings if d.location.path[:2] in (("operative", 1),
                                                                               ("operative", 2))] == []
    assert not any(d.code in ("RES130", "RES302") for d in findings), [str(d) for d in findings]


def test_the_same_figures_in_a_paragraph_are_still_checked():
    res = import_text(TEXT.replace("2. Requests the Secretary-General to report thereon;",
                                   "2. Decides that income shall be 12,000,000 dollars;")).resolution
    assert any(d.code == "RES610" and d.location.path == ("operative", 3) for d in check(res))
