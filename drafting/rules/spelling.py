"""UN spelling as word lists (spec SPELL-01): programme, labour, centre, -ize, analyse, capacity-building.

The lists are data in ``resources/rules/`` (un-spelling.txt, ize-verbs.txt).  Words the
dictionary accepts but UN style does not are this module's business; unknown words are
the Hunspell checker's (drafting/spelling, category "spelling" too).  A pack with
``spelling = "us"`` (Model UN conferences that use American spelling) switches these off.

Skipped: quoted titles, italic titles, symbols, and capitalized words inside a sentence
(proper names keep their official spelling: “International Labour Organization”,
“Department of Labor”).
"""

from __future__ import annotations

import re

from ..wordlists import keep_case, un_spelling
from .context import Hit, Place
from .registry import ERROR, INFO, PROSE, SAFE, WARNING, op, pre, rule
from .scan import overlaps, sentence_start

_WORDS = re.compile(r"[A-Za-z]+")
_NOT_ISATION = {"improvisation", "improvisations"}


def listed_words() -> frozenset[str]:
    """Every word that can start a finding (the engine calls the spelling rules only when one is present)."""
    words, phrases = un_spelling()
    return frozenset(words) | frozenset(w for _, phrase_words, _, _ in phrases for w in phrase_words)


_LISTED = listed_words()
_WORD_KEYS = frozenset(un_spelling()[0])
_PHRASE_FIRST = frozenset(phrase.replace("-", " ").split()[0] for phrase, _, _, _ in un_spelling()[1])


def _proper_name(text: str, start: int, found: str) -> bool:
    return found[:1].isupper() and not sentence_start(text, start)


def findings(place: Place, ctx, section: str) -> list[tuple[int, int, str, str]]:
    """(start, end, found, right) for the words of ``section`` in the place (all sections found at once)."""
    if ctx.setting("spelling", "un") != "un":
        return []
    found = place.__dict__.get("_un_spelling")
    if found is None:
        found = place.__dict__["_un_spelling"] = _all_findings(place)
    return found.get(section, [])


def _all_findings(place: Place) -> dict[str, list]:
    words, phrases = un_spelling()
    text, low, present = place.text, place.lower, place.words
    hits = []
    if not _WORD_KEYS.isdisjoint(present):
        hits += [(m.start(), m.end(), m.group(), *words[m.group().lower()]) for m in _WORDS.finditer(text)
                 if m.group().lower() in words]
    for phrase, phrase_words, section, right in (phrases if not _PHRASE_FIRST.isdisjoint(present) else ()):
        if not phrase_words <= present:
            continue
        at = low.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            before_ok = at == 0 or not low[at - 1].isalpha()
            if before_ok and (end == len(low) or not low[end].isalpha() and low[end] != "-"):
                hits.append((at, end, text[at:end], section, right))
            at = low.find(phrase, end)
    if "isation" in low:
        for m in re.finditer(r"[A-Za-z]+isations?\b", text):
            if m.group().lower() not in _NOT_ISATION and m.group().lower() not in words:
                hits.append((m.start(), m.end(), m.group(), "ize", m.group().lower().replace("isation", "ization")))
    out: dict[str, list] = {}
    for start, end, found, section, right in sorted(set(hits)):
        if _proper_name(text, start, found) or overlaps(start, end, place.protected):
            continue
        out.setdefault(section, []).append((start, end, found, keep_case(found, right)))
    return out


def _hits(place: Place, ctx, section: str, exclude=None) -> list[Hit]:
    return [Hit(s, e, f"“{found}”: UN spelling is “{right}”", replacement=right)
            for s, e, found, right in findings(place, ctx, section) if not (exclude and exclude(place.text, s, found))]


def _computer_program(text: str, start: int, found: str) -> bool:
    """“computer program” keeps the American spelling (spec SPELL-01, Conf L)."""
    return found.lower().startswith("program") and re.search(r"(?i)(computer|software)\W+(?:\w+\W+)?$",
                                                             text[max(0, start - 30):start]) is not None


def _section_rule(code: str, name: str, section: str, exclude=None, **spec) -> None:
    """Register rule ``code``: the words of one section of the UN spelling lists (``exclude(text, start, found)``
    keeps a word), with the rest of ``rule``'s arguments in ``spec``."""

    def check(place: Place, ctx) -> list[Hit]:
        return _hits(place, ctx, section, exclude)

    check.__name__ = name.replace("-", "_")
    rule(code, name, words=_LISTED, parts=PROSE, fix=SAFE, category="spelling", **spec)(check)


_section_rule(
    "RES701", "un-spelling", "british", _computer_program, severity=ERROR,
    message="UN spelling follows the first form of the Concise Oxford English Dictionary: programme, labour, "
            "centre, defence, fulfil, behaviour.",
    rationale="The UN spells in British English as the COED lists it first; American forms are errors "
              "(proper names keep their own spelling, and “program” stays for computer programs).",
    source="SPELL-01; UNEG, EM-ITAL; EX",
    wrong=[op("Requests the Office to expand its program of work;",
              "Requests the Office to expand its programme of work;"),
           pre("Concerned about forced labor,", "Concerned about forced labour,")],
    right=[op("Requests the Office to expand its programme of work;"),
           pre("Welcoming the work of the International Labour Organization,")])

_section_rule(
    "RES702", "ize-spelling", "ize", severity=ERROR,
    message="UN spelling uses -ize and -ization: organize, recognize, organization (but advise, comprise, exercise).",
    rationale="Oxford spelling: verbs from Greek -izein take -ize; verbs whose -ise is part of the root keep it.",
    source="SPELL-01; UNEG; EX (organized, recognize, utilizing)",
    wrong=[pre("Recognising the role of civil society,", "Recognizing the role of civil society,"),
           op("Invites the organisation to report;", "Invites the organization to report;")],
    right=[pre("Recognizing the role of civil society,"), op("Advises States to exercise caution;")])

_section_rule(
    "RES703", "yse-spelling", "yse", severity=ERROR,
    message="analyse, paralyse, catalyse are spelt -yse.",
    rationale="These verbs are not -ize verbs; the COED spells them -yse.",
    source="SPELL-01; UNEG; EX (“analyse data”)",
    wrong=[op("Requests the Office to analyze data;", "Requests the Office to analyse data;")],
    right=[op("Requests the Office to analyse data;")])

_section_rule(
    "RES704", "compound-spelling", "compound", severity=ERROR,
    message="UN compounds: capacity-building, awareness-raising, decision-making, peacekeeping, cooperation.",
    rationale="The UN writes these compounds in one fixed form.",
    source="SPELL-01, PUN-02; EX (capacity-building, awareness-raising)",
    wrong=[op("Calls for capacity building in developing countries;",
              "Calls for capacity-building in developing countries;")],
    right=[op("Calls for capacity-building in developing countries;")])


# Words that make “judgment” a court's or an arbitrator's decision: “arbitral lien or judgment”, “confiscation
# judgments”, “forfeiture judgments” (official GA and SC texts).
_LEGAL = re.compile(r"(?i)\b(?:court|tribunal|judicial|arbitral|arbitration|lien|confiscation|forfeiture|"
                    r"conviction|seizure|enforcement)s?\b")


def _court_judgment(text: str, start: int, found: str) -> bool:
    return _LEGAL.search(text[max(0, start - 60):start + 80]) is not None


_section_rule(
    "RES705", "judgement", "judgement", _court_judgment, severity=WARNING, confidence="M",
    message="UN spelling is “judgement”; “judgment” is kept for the decisions of courts.",
    rationale="UNEG gives “judgement” (COED first form); legal texts keep “judgment” for court decisions "
              "(Conf L), so the word is only flagged away from words of courts and enforcement (“court”, "
              "“tribunal”, “arbitral”, “lien”, “confiscation judgments”).",
    source="SPELL-01; UNEG",
    wrong=[pre("Exercising its judgment in the matter,", "Exercising its judgement in the matter,")],
    right=[pre("Taking note of the judgment of the International Court of Justice,")])

_section_rule(
    "RES706", "spelling-variant", "variant", severity=INFO, confidence="L",
    message="The COED's first form is “acknowledgement”.",
    rationale="Variants that the COED lists second; the UN follows its first form (not verified for every word).",
    source="SPELL-01 (Conf L)",
    wrong=[pre("Welcoming the acknowledgment of the problem,", "Welcoming the acknowledgement of the problem,")],
    right=[pre("Welcoming the acknowledgement of the problem,")])
