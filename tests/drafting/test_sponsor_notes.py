"""Footnote marks on the sponsor line when the sponsors change: a mark stays with its sponsor, the sponsors'
note stays after the last of them, a mark in the kind of text moves with it, a removed sponsor's goes."""

from __future__ import annotations

from drafting.model import Anchor, Footnote, Submission
from drafting.sponsor_notes import name_spans, reanchor


def _placed(submission: Submission, sponsors: list[str]) -> dict[str, str]:
    kept, dropped = reanchor(submission, sponsors)
    line = Submission(sponsors, submission.kind).line
    return {a.note.text: line[:a.offset] for a in kept} | {a.note.text: "(dropped)" for a in dropped}


def test_name_spans_follow_the_joined_list():
    line = "Iraq, Chad and Mali"
    assert [line[s:e] for s, e in name_spans(["Iraq", "Chad", "Mali"])] == ["Iraq", "Chad", "Mali"]


def test_marks_follow_their_sponsor_the_list_and_the_kind():
    s = Submission(["Iraq", "Chad", "Mali"], "draft resolution")
    s.anchors = [Anchor(4, Footnote("iraq")), Anchor(len("Iraq, Chad"), Footnote("chad")),
                 Anchor(len("Iraq, Chad and Mali:"), Footnote("all")),
                 Anchor(len("Iraq, Chad and Mali: draft"), Footnote("kind"))]
    assert _placed(s, ["Mali", "Iraq", "Chad", "Niger"]) == {
        "iraq": "Mali, Iraq", "chad": "Mali, Iraq, Chad", "all": "Mali, Iraq, Chad and Niger",
        "kind": "Mali, Iraq, Chad and Niger: draft"}
    assert _placed(s, ["Chad", "Mali"]) == {"iraq": "(dropped)", "chad": "Chad", "all": "Chad and Mali",
                                            "kind": "Chad and Mali: draft"}


def test_a_line_without_sponsors_keeps_its_marks_in_the_kind():
    s = Submission([], "draft resolution")
    s.anchors = [Anchor(len("Draft"), Footnote("kind"))]
    assert _placed(s, ["Chad"]) == {"kind": "Chad: draft"}


def test_putting_the_sponsors_in_order_or_their_un_names_keeps_each_note_on_its_sponsor():
    """The fixes of RES123 (alphabetical order) and RES124 (current UN name) rebuild the line: the notes
    follow their sponsors."""
    from drafting.model import Inline, Masthead, Paragraph, Resolution
    from drafting.rules import check, pack_for
    from drafting.rules.fixes import apply_fix

    for code, sponsors, expected in (("RES123", ["Mali", "Chad", "Iraq"], ["Chad", "Iraq", "Mali"]),
                                     ("RES124", ["Austria", "Swaziland"], ["Austria", "Eswatini"])):
        res = Resolution(masthead=Masthead(organ=Inline("General Assembly"), symbol=Inline("A/80/L.9")),
                         submission=Submission(list(sponsors), "draft resolution"), title=Inline("A title"),
                         authoring_body=Inline("The General Assembly,"), operative=[Paragraph("Decides to act.")])
        res.submission.anchors = [Anchor(len(sponsors[0]), Footnote("first")),
                                  Anchor(res.submission.line.index(":") + 1, Footnote("all"))]
        found = next(d for d in check(res, pack_for(res)) if d.code == code)
        apply_fix(res, found)
        assert res.submission.sponsors == expected, code
        line = res.submission.line
        placed = {a.note.text: line[:a.offset] for a in res.submission.anchors}
        first = expected[sponsors.index(sponsors[0])] if code == "RES124" else sponsors[0]
        assert placed["first"].endswith(first) and placed["all"] == line[:line.index(":")], (code, placed)
