"""Incremental checking: after any sequence of edits, ``Checker.update`` equals a fresh full check."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.importers import load_document
from drafting.model import Paragraph
from drafting.rules import Checker, check
from tests.support.paths import CTOC, GA_TEXTS

DOCUMENTS = [load_document(p).resolution for p in (CTOC, GA_TEXTS["A_RES_79_180"], GA_TEXTS["A_80_L.8"])]
# Typing that rules notice: openings, punctuation, spelling, acronyms, dates, footnote-mark neighbours.
SNIPPETS = ["Recalls ", "Recalling ", "Also ", "percent ", "program ", "  ", ";", ",", ".", "member states ",
            "INTERPOL ", "(INTERPOL) ", "November 22, 2021 ", "2016-2030 ", "A / RES / 76 / 7 ", "\"", "’s ",
            "paragraph 3 above ", "resolution 76/7 ", "Urging ", "x"]
NEW_PARAGRAPHS = ["Recalling its resolution 1/1,", "Recalling also its resolution 2/2,", "Requests a report;",
                  "Also requests a report;", "Noting the program,", "Decides to act."]


def _apply(res, op) -> tuple:
    """Apply one random edit and return the changed path as the editor would report it."""
    kind, pick, pos, piece = op
    if kind == "type":
        places = [(path, inline) for path, inline in res.inlines() if path[0] != "submission"]
        path, inline = places[pick % len(places)]
        at = pos % (len(inline.text) + 1)
        inline.text = inline.text[:at] + piece + inline.text[at:]
        for anchor in inline.anchors:
            if anchor.offset >= at:
                anchor.offset += len(piece)
        return path
    if kind == "delete":
        places = [(path, inline) for path, inline in res.inlines() if path[0] != "submission" and inline.text]
        path, inline = places[pick % len(places)]
        at = pos % len(inline.text)
        end = min(len(inline.text), at + 1 + pick % 12)
        inline.text = inline.text[:at] + inline.text[end:]
        for anchor in inline.anchors:
            anchor.offset = at if at < anchor.offset <= end else anchor.offset - (end - at) if anchor.offset > end \
                else anchor.offset
        return path
    part = res.preamble if pick % 2 else res.operative
    if kind == "insert" or len(part) < 2:
        part.insert(pos % (len(part) + 1), Paragraph(NEW_PARAGRAPHS[pick % len(NEW_PARAGRAPHS)]))
    else:
        part.pop(pos % len(part))
    return ("structure",)


edits = st.lists(st.tuples(st.sampled_from(["type", "type", "type", "delete", "insert", "remove"]),
                           st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(SNIPPETS)),
                 min_size=1, max_size=12)


def _key(findings):
    return [(d.code, d.severity, d.message, d.location, d.fix) for d in findings]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(DOCUMENTS) - 1), edits)
def test_update_after_random_edits_equals_a_full_check(which, ops):
    from drafting import native

    res = native.loads(native.dumps(DOCUMENTS[which]))
    checker = Checker(res)
    checker.full()
    for op in ops:
        changed = _apply(res, op)
        assert _key(checker.update([changed])) == _key(check(res))


def test_update_without_changes_returns_the_same_findings():
    res = load_document(CTOC).resolution
    checker = Checker(res)
    first = checker.full()
    assert checker.update([]) == first


def test_an_edit_that_changes_an_opening_reruns_the_repeat_rule():
    res = load_document(CTOC).resolution
    checker = Checker(res)
    before = [d for d in checker.full() if d.code == "RES208"]
    assert [d.location.path for d in before] == [("preamble", 4)]
    res.preamble[4].text = res.preamble[4].text.replace("Recalling", "Recalling also", 1)
    res.preamble[5].text = res.preamble[5].text.replace("Recalling also", "Recalling further", 1)
    res.preamble[6].text = res.preamble[6].text.replace("Recalling further", "Bearing in mind", 1)
    after = checker.update([("preamble", 4), ("preamble", 5), ("preamble", 6)])
    assert not [d for d in after if d.code == "RES208"]
    assert _key(after) == _key(check(res))
