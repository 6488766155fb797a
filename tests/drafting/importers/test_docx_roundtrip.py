"""Resolute's own Word exports come back identical: model → .docx → model.

The Word exporter writes the contract
styles, Word numbering and real footnotes; the importer finds everything again from
them, with arbitrary text (curly quotes, dashes, non-breaking hyphens, RTL, CJK, emoji,
long paragraphs), inline marks and footnotes.  Provenance (``source``) is not content.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.exporters import docx as exporter
from drafting.importers.docx import import_docx
from drafting.importers.text import document_kind, import_text
from drafting.model import (
    STYLES,
    Adoption,
    Anchor,
    Annex,
    Footnote,
    Inline,
    Mark,
    Masthead,
    Paragraph,
    Resolution,
    Submission,
)
from drafting.names import state_names
from tests.support.content import content
from tests.support.paths import CORPUS
from tests.support.strategies import SPECIAL

# Any character XML 1.0 can carry, weighted towards what resolutions hold.
letters = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn"))
raw_text = st.text(alphabet=letters | st.sampled_from(SPECIAL), max_size=60)
text = raw_text.map(str.strip)
long_text = st.builds(lambda s, n: ((s + " ") * n).strip(), text, st.integers(100, 300))
body_text = st.one_of(text, text, long_text)


@st.composite
def canonical_marks(draw, content: str) -> list[Mark]:
    """Marks as one piece of formatting each: per style, separate stretches, sorted as the importers sort."""
    out = []
    for style in STYLES:
        cuts = sorted(set(draw(st.lists(st.integers(0, len(content)), max_size=4)))) if content else []
        out += [Mark(a, b, style) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if b > a]
    return sorted(out, key=lambda m: (m.start, m.style))


@st.composite
def notes(draw) -> Footnote:
    content = draw(text)
    return Footnote(content, draw(canonical_marks(content)), symbol=draw(st.booleans()))


@st.composite
def inlines(draw, cls=Inline, strategy=body_text, max_notes: int = 2):
    content = draw(strategy)
    offsets = sorted(draw(st.lists(st.integers(0, len(content)), max_size=max_notes if content else 0)))
    return cls(content, draw(canonical_marks(content)), [Anchor(o, draw(notes())) for o in offsets])


@st.composite
def paragraphs(draw, depth: int, max_depth: int, style: str = ""):
    p = draw(inlines(Paragraph))
    p.style = style
    if depth < max_depth:
        p.children = draw(st.lists(paragraphs(depth + 1, max_depth), max_size=2))
    return p


@st.composite
def annexes(draw) -> Annex:
    styled = st.sampled_from(["", "numbered", "heading"]).flatmap(lambda s: paragraphs(0, 1, s))
    heading = draw(st.sampled_from(["Annex", "Annex I", "Annex II"]))
    return Annex(heading, draw(inlines(strategy=text, max_notes=1)), draw(st.lists(styled, max_size=3)))


@st.composite
def adoptions(draw) -> Adoption | None:
    meeting = draw(st.sampled_from(["", "53rd plenary meeting"]))
    adoption = Adoption(draw(st.sampled_from(["", "Resolution adopted by the General Assembly on 17 December 2024"])),
                        draw(st.sampled_from(["", "on the report of the Third Committee (A/79/458/Add.2, para. 99)"])),
                        draw(st.sampled_from(["", "79/180"])), meeting,
                        draw(st.sampled_from(["", "17 December 2024"])) if meeting else "")
    return adoption if any(vars(adoption).values()) else None


@st.composite
def resolutions(draw) -> Resolution:
    fields = {name: draw(inlines(strategy=text, max_notes=1)) for name in (
        "organ", "symbol", "distribution", "date", "original", "session", "committee", "place_and_dates",
        "agenda_item", "agenda_title")}
    sponsors = draw(st.lists(st.sampled_from(state_names()), max_size=4, unique=True))
    kind = draw(st.sampled_from(["draft resolution", "revised draft resolution", "draft decision"]))
    built = Submission(sponsors, kind)
    # A note around the sponsors' colon is printed after it and anchored after the last sponsor: one place.
    end = len(built.line) - len(kind) - 2
    submission = Submission(sponsors, kind, [Anchor(end if built.on_sponsors(o) else o, draw(notes())) for o in
                                             sorted(draw(st.lists(st.integers(0, len(built.line)), max_size=2)))])
    adoption = draw(adoptions())
    title = draw(inlines(strategy=text.filter(bool) if adoption and adoption.number else text))
    res = Resolution(
        masthead=Masthead(**fields), submission=submission, title=title,
        authoring_body=draw(inlines(strategy=st.sampled_from(["The General Assembly,", "The Security Council,"])
                                    | text.filter(bool))),
        preamble=draw(st.lists(paragraphs(0, 0), max_size=4)),
        operative=draw(st.lists(paragraphs(0, 3), max_size=4)),
        annexes=draw(st.lists(annexes(), max_size=2)), adoption=adoption)
    res.kind = document_kind(res)  # what the adoption and submission lines make it
    return res




@given(resolutions())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_any_resolution_survives_export_and_import(tmp_path_factory, res):
    path = tmp_path_factory.mktemp("docx") / "draft.docx"
    exporter.save(res, path)
    result = import_docx(path)
    assert content(result.resolution) == content(res)
    assert result.warnings == []


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_corpus_texts_survive_export_and_import(tmp_path, name):
    res = import_text((CORPUS / name).read_text(encoding="utf-8")).resolution
    res.meta.author = "Permanent Mission of Colombia"
    path = tmp_path / "draft.docx"
    exporter.save(res, path)
    back = import_docx(path)
    assert content(back.resolution) == content(res)
    assert back.resolution.meta.author == "Permanent Mission of Colombia"
    assert [mark for mark, _ in back.resolution.footnotes()] == [mark for mark, _ in res.footnotes()]
