"""Where a draft's paragraphs come from: a draft built from a corpus resolution, against the library."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from drafting.compare.words import EQUAL
from drafting.importers import load_document
from drafting.library import AMENDED, IDENTICAL, NEW, Library, summary
from drafting.model import Paragraph

NEW_TEXTS = [
    ("Encourages Member States to establish national registers of glacier monitoring stations staffed by "
     "volunteer mountaineers and beekeepers;"),
    ("Invites the Secretary-General to convene an informal exchange on lighthouse heritage and maritime "
     "folklore in small coastal municipalities;"),
]


@pytest.fixture(scope="module")
def source(official_subset: Path):
    return load_document(official_subset / "A_RES_80_208.pdf").resolution


@pytest.fixture(scope="module")
def library(official_library: Path):
    with Library.open(official_library, read_only=True) as lib:
        yield lib


def amend(text: str) -> str:
    """Two words of the paragraph replaced, as a delegation's amendment would."""
    words = text.split()
    words[3], words[-3] = "strongly", "comprehensive"
    return " ".join(words)


def test_unchanged_amended_and_new_paragraphs_are_told_apart(library, source):
    draft = copy.deepcopy(source)
    draft.masthead.symbol.text = "A/C.3/81/L.99"
    amended = [2, 5, 9]
    for i in amended:
        draft.operative[i].text = amend(draft.operative[i].text)
        draft.operative[i].children = []
    draft.operative += [Paragraph(t) for t in NEW_TEXTS]
    statuses = {s.path: s for s in library.classify(draft)}

    unchanged = [("preamble", i) for i in range(len(source.preamble))]
    unchanged += [("operative", i) for i in range(len(source.operative)) if i not in amended]
    assert all(statuses[p].status == IDENTICAL for p in unchanged)
    sources = [statuses[p].match.symbol for p in unchanged]
    assert sources.count("A/RES/80/208") >= 0.9 * len(sources)  # the rest: the same words in another text
    for p in unchanged:
        assert statuses[p].similarity == 1.0

    for i in amended:
        s = statuses[("operative", i)]
        assert s.status == AMENDED and s.match.symbol == "A/RES/80/208" and s.match.label == f"OP{i + 1}"
        assert 0.7 <= s.similarity < 1.0
        inserted = " ".join(e.new_text(draft.operative[i].text) for e in s.edits if e.op != EQUAL)
        assert "strongly" in inserted and "comprehensive" in inserted

    n = len(source.operative)
    for i in (n, n + 1):
        assert statuses[("operative", i)].status == NEW
    total = len(statuses)
    assert summary(list(statuses.values())) == f"{total - 5} agreed, 3 amended, 2 new"


def test_the_draft_is_not_its_own_source(library, source):
    statuses = library.classify(source)  # A/RES/80/208 is in the library: its own paragraphs do not count
    assert all(s.match is None or s.match.symbol != "A/RES/80/208" for s in statuses)


def test_closest_finds_a_paragraph_with_a_few_words_changed(library, source):
    text = source.operative[4].text
    match = library.closest(amend(text))
    assert match is not None and match.symbol == "A/RES/80/208" and match.label == "OP5"
    assert library.closest(text).identical
