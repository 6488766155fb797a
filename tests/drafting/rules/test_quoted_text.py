"""Text a resolution quotes ("… continues to read as follows:") or adopts in full ("Adopts the following outcome
document …:") is another text's words: it is not checked as the resolution's own paragraphs."""

from __future__ import annotations

from drafting.importers.text import import_text
from drafting.model import QUOTE
from drafting.rules import check

HEAD = "General Assembly\n\nA/RES/79/280\n\nHuman resources management\n\nThe General Assembly,\n\n" \
       "Recalling its resolution 78/275 of 24 April 2024,\n\n"
QUOTING = HEAD + ("1. *Notes* that rule 3.3 of the Staff Regulations and Rules of the United Nations continues to "
                  "read as follows:\n\n“(a) On appointment, a staff member shall normally be placed at the first "
                  "step of the level of his or her post.\n\n“(b) On promotion, a staff member shall be placed at "
                  "the lowest step of the level to which he or she has been promoted.”\n\n"
                  "2. *Requests* the Secretary-General to report.")
ADOPTING = HEAD + ("*Adopts* the following outcome document of the high-level meeting:\n\n"
                   "Outcome document of the high-level meeting\n\n"
                   "We, the Ministers and heads of delegations,\n\n"
                   "1. We recall the outcome of the World Summit on the Information Society.")


def codes(text: str) -> list[tuple[str, tuple]]:
    """The errors and warnings on the paragraphs and the annex (the masthead of these snippets is incomplete)."""
    return [(d.code, d.location.path) for d in check(import_text(text).resolution, "ga")
            if d.severity != "info" and d.location.path[0] in ("preamble", "operative", "annex")]


def test_quoted_rules_keep_their_own_capitals_and_full_stops():
    res = import_text(QUOTING).resolution
    assert [c.style for c in res.operative[0].children] == [QUOTE, QUOTE]
    assert codes(QUOTING) == []


def test_the_resolutions_own_subparagraphs_are_still_checked():
    text = QUOTING.replace("2. *Requests* the Secretary-General to report.",
                           "2. *Requests* the Secretary-General:\n\n(a) to report;\n\n(b) To act;")
    assert codes(text) == [("RES214", ("operative", 1, 0)), ("RES303", ("operative", 1, 1))]


def test_a_text_adopted_in_full_follows_a_colon_and_no_annex_line():
    res = import_text(ADOPTING).resolution
    assert res.annexes and res.annexes[0].heading == ""
    assert codes(ADOPTING) == []
    # Under an "Annex" line the text is annexed, not following: the operative part closes with a full stop.
    annexed = ADOPTING.replace("meeting:\n\nOutcome", "meeting:\n\nAnnex\n\nOutcome")
    assert import_text(annexed).resolution.annexes[0].heading == "Annex"
    assert codes(annexed) == [("RES302", ("operative", 0))]
