"""Hypothesis strategies for resolutions with arbitrary, hostile content."""

from __future__ import annotations

from hypothesis import strategies as st

from drafting.model import (
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
    Source,
    Submission,
    Suppression,
)

# Curly quotes, dashes, non-breaking hyphen and space, RTL (Arabic, Hebrew), CJK, emoji, combining marks.
SPECIAL = "“”‘’–—\u2011\u00a0\u202f…«»العربيةעבריתс中文日本語한국어😀🇺🇳é\u0301"

plain_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(SPECIAL),
                     max_size=60)
# Very long paragraphs, built by repetition so that generation stays cheap.
long_text = st.builds(lambda s, n: (s + " ") * n, plain_text, st.integers(100, 400))
texts = st.one_of(plain_text, plain_text, long_text)


@st.composite
def marks_for(draw, text: str) -> list[Mark]:
    if not text:
        return []
    out = []
    for _ in range(draw(st.integers(0, 3))):
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        out.append(Mark(a, b, draw(st.sampled_from(["italic", "bold", "underline"]))))
    return out


@st.composite
def footnotes(draw) -> Footnote:
    text = draw(plain_text)
    return Footnote(text, draw(marks_for(text)), symbol=draw(st.booleans()))


@st.composite
def inlines(draw, cls=Inline, text_strategy=texts):
    text = draw(text_strategy)
    anchors = [Anchor(draw(st.integers(0, len(text))), draw(footnotes())) for _ in range(draw(st.integers(0, 2)))]
    return cls(text, draw(marks_for(text)), anchors)


@st.composite
def paragraphs(draw, depth: int = 0):
    p = draw(inlines(Paragraph))
    if depth < 2:
        p.children = draw(st.lists(paragraphs(depth + 1), max_size=2))
    p.style = draw(st.sampled_from(["", "numbered", "heading"]))
    if draw(st.booleans()):
        p.source = Source(label=draw(st.sampled_from([None, "1.", "(a)", "PP3"])), italic=draw(st.none() | plain_text))
    return p


@st.composite
def resolutions(draw) -> Resolution:
    masthead = Masthead(**{name: draw(inlines(text_strategy=plain_text)) for name in (
        "organ", "symbol", "distribution", "date", "original", "session", "committee", "place_and_dates",
        "agenda_item", "agenda_title")})
    return Resolution(
        masthead=masthead,
        submission=Submission(sponsors=draw(st.lists(plain_text, max_size=4)), kind=draw(plain_text),
                              source_line=draw(st.none() | plain_text)),
        title=draw(inlines()),
        authoring_body=draw(inlines(text_strategy=plain_text)),
        preamble=draw(st.lists(paragraphs(2), max_size=4)),
        operative=draw(st.lists(paragraphs(), max_size=4)),
        annexes=[Annex(draw(plain_text), draw(inlines()), draw(st.lists(paragraphs(1), max_size=2)))
                 for _ in range(draw(st.integers(0, 1)))],
        adoption=draw(st.none() | st.builds(Adoption, plain_text, plain_text, plain_text, plain_text, plain_text)),
        meta=Meta(style=draw(st.none() | st.sampled_from(["ga", "ctoc-cop"])),
                  suppressions=[Suppression("RES101", "preamble 1", draw(plain_text), draw(plain_text))],
                  words=draw(st.lists(plain_text, max_size=3))),
    )
