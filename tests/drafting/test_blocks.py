"""The editor's blocks keep what they do not show yet and label what they show as numbering derives it."""

from __future__ import annotations

from drafting.blocks import Entry, build, layout
from drafting.model import HEADING, NUMBERED, ROMAN_LIST, Annex, Inline, Paragraph, Resolution


def _round(res: Resolution) -> tuple[Resolution, list[Entry]]:
    entries = [Entry(kind, depth, element) for kind, depth, element in layout(res)]
    back = Resolution()
    build(entries, back)
    return back, entries


def test_preambular_subparagraphs_stay_with_their_paragraph():
    intro = Paragraph("Noting the following:", children=[Paragraph("the first,"), Paragraph("the second,")])
    res = Resolution(title=Inline("T"), authoring_body=Inline("The General Assembly,"), preamble=[intro],
                     operative=[Paragraph("Decides.")])
    back, _ = _round(res)
    assert [c.text for c in back.preamble[0].children] == ["the first,", "the second,"]


def test_labels_skip_headings_follow_list_styles_and_annex_restarts():
    requests = Paragraph("Requests:", list_style=ROMAN_LIST, children=[Paragraph("a;"), Paragraph("b.")])
    res = Resolution(operative=[Paragraph("Travel ban", style=HEADING), Paragraph("Decides;"), requests],
                     annexes=[Annex(paragraphs=[Paragraph("one", style=NUMBERED), Paragraph("B. Part", style=HEADING),
                                                Paragraph("one again", style=NUMBERED, restart=True)])])
    _, entries = _round(res)
    assert [e.label for e in entries if e.path and e.path[0] == "operative"] == ["", "1.", "2.", "(i)", "(ii)"]
    assert [e.label for e in entries if e.path and e.path[0] == "annex" and isinstance(e.path[-1], int)] == \
        ["1.", "", "1."]
