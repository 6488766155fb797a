"""Italics and other marks: the opening phrase's italic span, internal verbs, Latin terms, emphasis
(spec PRE-02, OP-03, OP-07, ITAL-01).

The italics of opening phrases are derived (lexicon.py); what an imported file set is kept
as evidence in ``Paragraph.source.italic``, and these rules compare the two.  A document
made in the editor has no evidence, so the span rules have nothing to say about it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lexicon import OPERATIVE, PREAMBLE, ROMAN_TRAILERS
from ..model import BOLD, ITALIC, UNDERLINE
from ..paths import resource
from ..wordlists import read_words
from .context import Doc, Hit, Place
from .registry import PARAGRAPHS, PROSE, SAFE, WARNING, doc, pre, rule, sub


def _part(place: Place) -> str:
    return PREAMBLE if place.kind == "preamble" else OPERATIVE


# up to the eleven words of “Acting under Chapter VII of the Charter of the United Nations”, which Council texts
# set with “Acting” alone in italics
_PHRASE_WORDS = re.compile(r"[a-z]+(?: [a-z]+){0,10}")


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


@rule("RES210", "italic-span", parts=("preamble", "operative"), severity=WARNING, fix=SAFE, confidence="M",
      message="Only the opening phrase is italic, without the preposition that introduces its object: "
              "*Taking note* of, *Expressing concern also* about.",
      rationale="The participle or verb with its adverbs and fixed words is italic; the object, and a preposition "
                "that only introduces it, are roman. Resolute derives the span, so the fix keeps the derived one; "
                "the finding tells where the imported file departed.",
      source="PRE-02, OP-03; GH-ITAL (A/RES/68/262, A/RES/ES-11/1 re-typed); EX",
      wrong=[doc("The General Assembly,\n\n*Taking note of* the report,\n\n1. *Decides* to act."),
             doc("The General Assembly,\n\n*Recalling its resolution 76/7,*\n\n1. *Decides* to act.")],
      right=[doc("The General Assembly,\n\n*Taking note* of the report,\n\n1. *Decides* to act.")])
def italic_span(place: Place, ctx) -> list[Hit]:
    source = place.source
    if source is None or source.italic is None:
        return []
    found = place.match(_part(place), ctx.lexicon)
    if found is None:
        return []
    derived = place.text[:found.italic_end]
    if source.italic == derived or _norm(source.italic) == _norm(derived):
        return []
    # Where one span is the other plus whole words ("Welcoming" / "Welcoming in this regard"), official texts
    # go both ways (PRE-02: the extent is Conf M): nothing to tell; a span that cuts a word or differs is told.
    shorter, longer = sorted((_norm(source.italic), _norm(derived)), key=len)
    extra = longer[len(shorter):].split()
    if longer.startswith(shorter + " ") and _PHRASE_WORDS.fullmatch(longer) and extra[-1] not in ROMAN_TRAILERS:
        return []
    return [Hit(0, min(len(source.italic), len(place.text)),
                f"the italic “{source.italic.strip()}” should be “{derived}”", action="set-italic-evidence",
                data=(derived,))]


@rule("RES211", "italic-missing", parts=("preamble", "operative"), severity=WARNING, fix=SAFE, scope="text",
      facets=("italic",), confidence="H",
      message="The opening phrase is not in italics, while the other paragraphs' openings are.",
      rationale="Opening phrases of preambular and operative paragraphs are italic. When most paragraphs of a part "
                "came with italic openings and this one did not, the italics were lost here. (A text that lost all "
                "its italics, like the converted EX preamble, gives no finding.)",
      source="PRE-02, OP-03; EM-RES (contents G, Use of italics); EX",
      wrong=[doc("The General Assembly,\n\n*Recalling* its resolution 76/7,\n\n*Noting* the report,\n\n"
                 "Bearing in mind the Charter,\n\n1. *Decides* to act.")],
      right=[doc("The General Assembly,\n\n*Recalling* its resolution 76/7,\n\n*Noting* the report,\n\n"
                 "*Bearing in mind* the Charter,\n\n1. *Decides* to act.")])
def italic_missing(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    for kind in ("preamble", "operative"):
        rows = [(p, f) for p, f in doc_.rows(kind) if f.opening is not None]
        with_evidence = [p for p, f in rows if f.italic is not None and f.italic[0] is not None]
        if len(with_evidence) < 2 or 2 * len(with_evidence) < len(rows):
            continue
        for p, f in rows:
            o = f.opening
            if o is not None and (f.italic is None or f.italic[0] is None):
                yield p, Hit(0, o.italic_end, f"“{p.text[:o.italic_end]}” is not in italics",
                             action="set-italic-evidence", data=(p.text[:o.italic_end],))


@rule("RES212", "italic-internal", marks=True, parts=("preamble", "operative"), severity=WARNING, fix=SAFE,
      confidence="H",
      message="Only the opening phrase is italic: participles and verbs inside the paragraph are roman.",
      rationale="Further participles in a preambular paragraph (“…, stressing the need …”) and further verbs in an "
                "operative paragraph (“…, and requests …”) are roman and lower case.",
      source="PRE-02, OP-03; EX",
      wrong=[doc("The General Assembly,\n\n*Recalling* its resolution 76/7, *stressing* the need to act,\n\n"
                 "1. *Decides* to act.")],
      right=[doc("The General Assembly,\n\n*Recalling* its resolution 76/7, stressing the need to act,\n\n"
                 "1. *Decides* to act.")])
def italic_internal(place: Place, ctx) -> list[Hit]:
    out = []
    text = place.text
    for m in place.marks:
        if m.style != ITALIC or m.start == 0:
            continue
        words = text[m.start:m.end].strip()
        if not words or len(words.split()) > 4:
            continue
        capital = words[:1].upper() + words[1:]
        if ctx.lexicon.lookup(capital, PREAMBLE) or ctx.lexicon.lookup(capital, OPERATIVE):
            out.append(Hit(m.start, m.end, f"“{words}” inside the paragraph is roman", action="remove-mark",
                           data=(m.start, m.end, m.style)))
    return out


@rule("RES213", "opening-format", marks=True, parts=("preamble", "operative"), severity=WARNING, fix=SAFE,
      confidence="H",
      message="Opening phrases are italic, not bold or underlined.",
      rationale="UN style uses italics only for opening phrases; underlined or bold openings are Model UN habits "
                "(THIMUN underlines operative phrases).",
      source="PRE-02, OP-03; §8 Model UN",
      wrong=[doc("The General Assembly,\n\n**Recalling** its resolution 76/7,\n\n1. *Decides* to act.")],
      right=[doc("The General Assembly,\n\n*Recalling* its resolution 76/7,\n\n1. *Decides* to act.")])
def opening_format(place: Place, ctx) -> list[Hit]:
    found = place.match(_part(place), ctx.lexicon)
    end = found.end if found else 0
    return [Hit(m.start, m.end, f"the opening is {'bold' if m.style == BOLD else 'underlined'}; it is italic only",
                action="remove-mark", data=(m.start, m.end, m.style))
            for m in place.marks if m.style in (BOLD, UNDERLINE) and m.start < max(end, 1)]


# A subparagraph that is only a short title before its own list: “Protection of civilians:”
_MANDATE_HEADING = re.compile(r"[A-Z][^:;,.]{0,80}:")


@rule("RES215", "subparagraph-italic", marks=True, parts=("subparagraph",), severity=WARNING, fix=SAFE, confidence="H",
      message="The first words of a subparagraph are roman, not italic.",
      rationale="Only the opening phrases of preambular and operative paragraphs are italic; “(a) Implement …” "
                "is roman.",
      source="OP-03, OP-07; EX",
      wrong=[sub("*Implement* an analytical process;")],
      right=[sub("Implement an analytical process;")])
def subparagraph_italic(place: Place, ctx) -> list[Hit]:
    if ctx.setting("mandate_headings") and _MANDATE_HEADING.fullmatch(place.text):
        return []  # “(a) *Protection of civilians*:” heads the tasks listed under it (Council mandates)
    return [Hit(m.start, m.end, "the first words of a subparagraph are roman", action="remove-mark",
                data=(m.start, m.end, m.style))
            for m in place.marks if m.style == ITALIC and m.start == 0
            and len(place.text[m.start:m.end].split()) <= 3]



@lru_cache(maxsize=1)
def _latin() -> dict[str, tuple[str, frozenset]]:
    """{term: (kind, its words)} for the terms of latin.txt."""
    sections = read_words(resource("rules", "latin.txt"))
    return {t.lower(): (kind, frozenset(t.lower().replace(".", " ").replace("-", " ").split()))
            for kind in ("roman", "italic") for t in sections.get(kind, [])}


def _latin_terms(place: Place) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, kind, italic?) for each Latin or foreign term of the place."""
    words, low = place.words, place.lower
    marks = [m for m in place.marks if m.style == ITALIC] if place.inline is not None else []
    for term, (kind, term_words) in _latin().items():
        if not term_words <= words:
            continue
        at = low.find(term)
        while at >= 0:
            end = at + len(term)
            if (at == 0 or not low[at - 1].isalpha()) and (end == len(low) or not low[end].isalpha()):
                yield at, end, kind, any(k.start <= at and end <= k.end for k in marks)
            at = low.find(term, end)


@lru_cache(maxsize=1)
def _latin_words() -> frozenset[str]:
    """The words of each listed term that are not common English words, for a quick test."""
    common = {"a", "ad", "de", "et", "ex", "in", "per", "pro", "status", "vice", "post", "se"}
    out: set[str] = set()
    for _term, (_, words) in _latin().items():
        out.update((words - common) or words)
    return frozenset(out)


@rule("RES810", "latin-roman", words=_latin_words(), parts=PROSE, severity=WARNING, fix=SAFE, confidence="M",
      message="Latin expressions in the Concise Oxford English Dictionary (inter alia, ad hoc, de facto, "
              "mutatis mutandis) are roman, not italic.",
      rationale="Foreign words are italic only when they are not naturalized English (not in the COED or the UN "
                "spelling list); EX sets “inter alia” roman three times.",
      source="ITAL-01; EM-ITAL; EX",
      wrong=[pre("Recalling, *inter alia*, its resolution 76/7,")],
      right=[pre("Recalling, inter alia, its resolution 76/7,")])
def latin_roman(place: Place, ctx) -> list[Hit]:
    out = []
    for start, end, kind, italic in _latin_terms(place):
        if kind == "roman" and italic:
            mark = next(k for k in place.marks if k.style == ITALIC and k.start <= start and end <= k.end)
            if (mark.start, mark.end) == (start, end):
                out.append(Hit(start, end, f"“{place.text[start:end]}” is roman", action="remove-mark",
                               data=(mark.start, mark.end, ITALIC)))
    return out


@rule("RES811", "foreign-italic", words=_latin_words(), parts=PROSE, severity=WARNING, fix=SAFE, confidence="M",
      message="Foreign terms that are not naturalized English (modi operandi, erga omnes, jus cogens) are italic.",
      rationale="Words not in the COED or the UN spelling list are set in italics; EX italicizes “modi operandi”.",
      source="ITAL-01; EM-ITAL; EX",
      wrong=[pre("Bearing in mind that some of the modi operandi of criminal groups differ,")],
      right=[pre("Bearing in mind that some of the *modi operandi* of criminal groups differ,")])
def foreign_italic(place: Place, ctx) -> list[Hit]:
    return [Hit(start, end, f"“{place.text[start:end]}” is italic", action="add-italic")
            for start, end, kind, italic in _latin_terms(place) if kind == "italic" and not italic]


@rule("RES812", "emphasis", marks=True, parts=PARAGRAPHS, severity=WARNING, fix=SAFE, confidence="H",
      message="No bold or underlining for emphasis in the text of a resolution.",
      rationale="The Editorial Manual rules out bold and italics for emphasis; resolutions use neither.",
      source="ITAL-01; EM-ITAL; EM-INSTR",
      wrong=[doc("The General Assembly,\n\n*Recalling* its resolution 76/7,\n\n1. *Urges* **all** States to act.")],
      right=[doc("The General Assembly,\n\n*Recalling* its resolution 76/7,\n\n1. *Urges* all States to act.")])
def emphasis(place: Place, ctx) -> list[Hit]:
    if not place.marks:
        return []
    found = place.match(_part(place), ctx.lexicon) if place.kind in ("preamble", "operative") else None
    end = found.end if found else 0
    return [Hit(m.start, m.end, f"“{place.text[m.start:m.end]}” is {'bold' if m.style == BOLD else 'underlined'}",
                action="remove-mark", data=(m.start, m.end, m.style))
            for m in place.marks if m.style in (BOLD, UNDERLINE) and m.start >= max(end, 1)]
