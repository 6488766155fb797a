"""Terms, capitals and abbreviations (spec CAP-01, ABBR-01): Member States, States parties,
Secretary-General; organs never abbreviated; acronyms spelled out at first use."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..paths import resource
from ..wordlists import read_pairs, read_words
from .context import Doc, Hit, Place
from .registry import ERROR, INFO, PARAGRAPHS, PROSE, SAFE, UNSAFE, WARNING, doc, op, pre, rule
from .scan import alternation, overlaps, sentence_start

_BODY_NAMES = re.compile(r"(?:Conference|Meeting|Assembly) of (?:the )?$")


@lru_cache(maxsize=1)
def _terms() -> dict[str, list[tuple[str, frozenset, str]]]:
    """{first word: [(lower-case form, its words, right form)]}: other spellings of a form are flagged."""
    pairs = read_pairs(resource("rules", "terms.txt"))["terms"]
    table = {wrong.lower(): right for wrong, right in pairs}
    out: dict[str, list] = {}
    for low, right in table.items():
        words = low.replace("-", " ").split()
        out.setdefault(words[0], []).append((low, frozenset(words), right))
    return out


@rule("RES801", "un-terms", parts=PROSE, severity=ERROR, fix=SAFE,
      message="UN terms have a fixed form: Member States, States parties, Secretary-General, non-governmental "
              "organizations, the Internet, Sustainable Development Goals.",
      rationale="Capitals are used sparingly and never as a mark of respect; the fixed UN forms are “Member "
                "States”, “States parties” (lower-case “parties”), “Secretary-General” (hyphenated). "
                "“member States of” another organization and the names of bodies (“Conference of the States "
                "Parties to …”) keep their own form.",
      source="CAP-01; EM-CAP, EX",
      wrong=[op("Urges member states to act;", "Urges Member States to act;"),
             op("Calls upon State Parties to act;", "Calls upon States parties to act;"),
             op("Requests the Secretary General to report;", "Requests the Secretary-General to report;")],
      right=[op("Urges Member States and States parties to act;"),
             op("Invites the member States of the African Union to act;"),
             op("Welcomes the work of the Conference of the States Parties to the Convention;")])
def un_terms(place: Place, ctx) -> list[Hit]:
    text, words = place.text, place.words
    out = []
    terms = _terms()
    for form, form_words, right in (t for first in words.intersection(terms) for t in terms[first]):
        if not form_words <= words:
            continue
        low = place.lower
        at = low.find(form)
        while at >= 0:
            end = at + len(form)
            found = text[at:end]
            if (at == 0 or not low[at - 1].isalnum() and low[at - 1] != "-") and \
                    (end == len(low) or not low[end].isalnum() and low[end] != "-"):
                hit = _term_hit(place, at, end, found, right)
                if hit:
                    out.append(hit)
            at = low.find(form, end)
    return out


def _term_hit(place: Place, at: int, end: int, found: str, right: str) -> Hit | None:
    text = place.text
    if right == "Member States" and found.lower() == "member states" and text[end:end + 4] == " of ":
        if found in ("Member States", "member States"):
            return None  # "Member States of the United Nations", "member States of the European Union", "by Member
            #              States of their assessments": either may be right
        right = "member States"
    other = _OTHER_MEMBERS.search(text, 0, at) if found == "member States" else None
    if other is not None and other.start() > 0 and not sentence_start(text, other.start()):
        return None  # "their member States", "Indian Ocean Rim Association member States": another organization's
    if right == "States parties" and _BODY_NAMES.search(text[max(0, at - 24):at]):
        return None  # Conference of the States Parties to …
    if found == "member States" and right == "Member States":
        # “member States” is the right form for another organization's members (“in which the Council called upon
        # member States”); only the context tells: a hint
        return Hit(at, end, f"“{found}”: write “{right}” if the States Members of the United Nations are meant",
                   replacement=right, safe=False, hint=True)
    if found == "States Parties" and right == "States parties":
        # Official GA texts keep the form of the instrument they cite (“States Parties” 134 times in 20 of the
        # 150 resolutions, “States parties” 185 times in 19): a capital alone is not wrong; both forms in one
        # paragraph are, as a hint.
        if "States parties" not in text:
            return None
        return Hit(at, end, f"“{found}”: this paragraph also writes “{right}”; UN style writes “{right}” unless "
                            "the instrument cited capitalizes it", replacement=right, safe=False, hint=True)
    if right == "the Internet" and sentence_start(text, at):
        right = "The Internet"
    if found == right or (found.isupper() and len(found) > 12 and place.kind == "title") \
            or overlaps(at, end, place.protected):
        return None
    return Hit(at, end, f"“{found}”: write “{right}”", replacement=right)


_OTHER_MEMBERS = re.compile(r"(?:\b(?:their|its)|\b[A-Z][a-z]+) $")


@lru_cache(maxsize=1)
def _organs() -> tuple[dict[str, tuple[str, bool]], re.Pattern]:
    sections = read_pairs(resource("rules", "organ-abbreviations.txt"))
    table = {w: (r, name == "safe") for name, pairs in sections.items() for w, r in pairs}
    return table, re.compile(r"(?<![\w./-])" + alternation(table) + r"(?![\w‑-]|\.\w| Women\b)")


@rule("RES802", "organ-abbreviation", caps=True, parts=PROSE + ("body",), severity=ERROR, fix=SAFE,
      message="United Nations, General Assembly, Security Council, Economic and Social Council and "
              "Secretary-General are never abbreviated.",
      rationale="The names of the principal organs and the title of the Secretary-General are always written "
                "in full (UN, GA, SC, ECOSOC, SG are not used).",
      source="ABBR-01; CORR, UNEG",
      wrong=[op("Requests the UN to act;", "Requests the United Nations to act;"),
             op("Requests the UNSG to report;", "Requests the Secretary-General to report;")],
      right=[op("Requests the United Nations to act;"), op("Welcomes the work of UN-Women;")])
def organ_abbreviation(place: Place, ctx) -> list[Hit]:
    text = place.text
    table, pattern = _organs()
    if place.caps.isdisjoint(table) and "U.N." not in text:
        return []
    out = []
    for m in pattern.finditer(text):
        if overlaps(m.start(), m.end(), place.protected):
            continue
        right, safe = table[m.group()]
        out.append(Hit(m.start(), m.end(), f"“{m.group()}”: write “{right}”", replacement=right, safe=safe))
    return out


@lru_cache(maxsize=1)
def _acronym_lists() -> dict[str, set[str]]:
    return {k: set(v) for k, v in read_words(resource("rules", "acronyms.txt")).items()}


_FIRST_USE_KINDS = ("preamble", "operative", "subparagraph", "annex")


def _acronyms(doc_: Doc) -> Iterator[tuple[Place, str, int, int, bool]]:
    """(place, acronym, start, end, defines?) for the acronyms of the paragraphs, in document order."""
    for place, facts in doc_.rows(*_FIRST_USE_KINDS):
        for acronym, start, end, defines in facts.acronyms:
            yield place, acronym, start, end, defines


@rule("RES803", "acronym-first-use", parts=PARAGRAPHS, severity=ERROR, scope="text", facets=("acronyms",),
      message="Spell out an abbreviation at its first use, with the abbreviation in parentheses: "
              "“International Criminal Police Organization (INTERPOL)”.",
      rationale="An abbreviation used in the text is introduced at its first use with the full name followed by "
                "the abbreviation in parentheses; thereafter the abbreviation alone.",
      source="ABBR-01; CORR, UNEG; EX (“coronavirus disease (COVID-19)”, “(INTERPOL)”)",
      wrong=[op("Urges States to use the tools of INTERPOL;")],
      right=[op("Urges States to use the tools of the International Criminal Police Organization (INTERPOL);"),
             op("Welcomes the Science, Technology and Innovation for the Sustainable Development Goals Road Maps "
                "(STI for SDGs road maps);")])
def acronym_first_use(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    exempt = _acronym_lists().get("exempt", set())
    defined: set[str] = set()
    used: dict[str, tuple[Place, int, int]] = {}
    later: dict[str, Place] = {}
    for place, acronym, start, end, defines in _acronyms(doc_):
        if defines:
            if acronym in used and acronym not in defined:
                later[acronym] = place
            defined.add(acronym)
        elif acronym not in defined and acronym not in exempt and acronym not in used and acronym != "UN":
            used[acronym] = (place, start, end)
    from_series = bool(ctx.setting("acronyms_from_series"))
    for acronym, (place, start, end) in used.items():
        if acronym in defined and acronym not in later:
            continue
        if acronym in later:
            yield place, Hit(start, end, f"“{acronym}” is spelled out only later; spell it out here, at its first use")
        else:
            # In a body whose texts continue a series (Council mandates), the acronym may have been introduced by
            # the resolution that set the mission or panel up: a hint, not an error.
            yield place, Hit(start, end, f"“{acronym}” is not spelled out: give the full name first, with "
                                         f"“({acronym})” after it", hint=from_series)


_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})(?!\w)")
_DOTTED_NAMES = frozenset({"DC"})  # “Washington, D.C.” as official texts write it
_DIVISION_BEFORE = re.compile(r"\b(?:sect|sects|chap|chaps|para|paras|annex|part)\.? $")


@rule("RES804", "acronym-dots", caps=True, parts=PROSE, severity=ERROR, fix=SAFE,
      message="Acronyms have no full stops: “UNDP”, not “U.N.D.P.”.",
      rationale="Abbreviations made of initials are written without full stops.",
      source="ABBR-01; UNEG",
      wrong=[op("Invites the U.N.D.P. to assist;", "Invites the UNDP to assist;")],
      right=[op("Invites the United Nations Development Programme to assist;")])
def acronym_dots(place: Place, ctx) -> list[Hit]:
    if not any("." in c for c in place.caps):
        return []
    out = []
    for m in _DOTTED.finditer(place.text):
        letters = m.group(1).replace(".", "")
        if letters in ("UN",):
            continue  # RES802: “U.N.” is the United Nations, written in full
        if letters in _DOTTED_NAMES or _DIVISION_BEFORE.search(place.text, 0, m.start(1)):
            continue  # “Washington, D.C.”; “sect. I.A.” (a part of a report, not an acronym)
        out.append(Hit(m.start(1), m.end(1), f"“{m.group(1)}”: write “{letters}”", replacement=letters,
                       safe=len(letters) > 2))
    return out


_ARTICLE = re.compile(r"\b([Tt]he) ([A-Z]{2,}[A-Z0-9-]*)(?=[,.;:)]| (?:and|of|in|to|for|with|as|has|have|is|was|"
                      r"will|should|shall|on|at|by)\b)")


@rule("RES805", "acronym-article", caps=True, parts=PROSE, severity=WARNING, fix=UNSAFE, confidence="H",
      message="No article before an acronym: “the programmes of WHO”, not “of the WHO”.",
      rationale="Acronyms are used without the definite article (and never in the possessive).",
      source="ABBR-01; UNEG",
      wrong=[op("Invites the WHO to assist;", "Invites WHO to assist;")],
      right=[op("Invites WHO to assist;"), op("Invites the HIV programme to assist;")])
def acronym_article(place: Place, ctx) -> list[Hit]:
    text = place.text
    out: list[Hit] = []
    if not place.caps:
        return out
    for m in _ARTICLE.finditer(text):
        if re.fullmatch(r"[IVXLC]+", m.group(2)) or overlaps(m.start(), m.end(), place.protected):
            continue
        out.append(Hit(m.start(), m.end(), f"“{m.group()}”: no article before an acronym", replacement=m.group(2)))
    return out


@rule("RES806", "acronym-used-once", parts=PARAGRAPHS, severity=INFO, scope="text", facets=("acronyms",),
      confidence="M", default_on=False,
      message="An abbreviation introduced but not used again: give the full name only.",
      rationale="Abbreviations used only once or twice are spelled out and not introduced. Official texts introduce "
                "official acronyms anyway (“coronavirus disease (COVID-19)”, “(TRIPS) Agreement”: 31 times in 150 "
                "GA resolutions), so this hint is off unless a pack or the user turns it on.",
      source="ABBR-01; CORR",
      wrong=[op("Urges States to use the tools of the International Criminal Police Organization (INTERPOL);")],
      right=[doc("The General Assembly,\n\nRecalling the coronavirus disease (COVID-19) pandemic,\n\n"
                 "1. Urges States to recover from the COVID-19 pandemic.")])
def acronym_used_once(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    definitions: dict[str, tuple[Place, int, int]] = {}
    uses: dict[str, int] = {}
    for place, acronym, start, end, defines in _acronyms(doc_):
        if defines:
            definitions.setdefault(acronym, (place, start, end))
        else:
            uses[acronym] = uses.get(acronym, 0) + 1
    for acronym, (place, start, end) in definitions.items():
        if not uses.get(acronym):
            yield place, Hit(start, end, f"“({acronym})” is introduced but not used again")


@rule("RES807", "un-entity-acronym", parts=PARAGRAPHS, severity=INFO, scope="document", facets=("acronyms",),
      confidence="M",
      message="Resolutions prefer the full name of a UN entity, or a short form such as “the Office”, to its acronym.",
      rationale="EX repeats “United Nations Office on Drugs and Crime” and then writes “the Office”; UNODC never "
                "appears.",
      source="ABBR-01; EX",
      wrong=[op("Requests UNODC to assist States;")],
      right=[op("Requests the United Nations Office on Drugs and Crime to assist States;")])
def un_entity_acronym(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    entities = _acronym_lists().get("un-entities", set())
    seen: set[str] = set()
    for place, acronym, start, end, _defines in _acronyms(doc_):
        if acronym in entities and acronym not in seen:
            seen.add(acronym)
            yield place, Hit(start, end, f"“{acronym}”: prefer the entity's name or a short form")


_ARTICLE_OF = re.compile(r"([Aa])rticles? \d+(?: and \d+)? of the ")
_CHARTER = ("Charter", "Statute of the International Court")


@rule("RES808", "article-capital", words=("article", "articles"), parts=PROSE, severity=WARNING, fix=SAFE,
      confidence="M",
      message="“Article 26 of the Charter” (capital A for the Charter and the Statute of the Court), but "
              "“article 32 of the Convention”.",
      rationale="The UN capitalizes the articles of the Charter and of the Statute of the International Court of "
                "Justice only; articles of treaties are lower case.",
      source="CAP-01; UN correspondence capitalization list (unepd.info)",
      wrong=[pre("Recalling article 26 of the Charter of the United Nations,",
                 "Recalling Article 26 of the Charter of the United Nations,"),
             pre("Recalling Article 32 of the Convention,", "Recalling article 32 of the Convention,")],
      right=[pre("Recalling Article 26 of the Charter and article 32 of the Convention,"),
             pre("Recalling articles of faith and the Rarticle 26 of the Charter,")])
def article_capital(place: Place, ctx) -> list[Hit]:
    text = place.text
    out = []
    at = text.find("rticle")
    while at > 0:
        m = _ARTICLE_OF.match(text, at - 1)
        if m is not None and not (at > 1 and text[at - 2].isalnum()):  # "Particle 26 of …" is no article
            charter = text.startswith(_CHARTER, m.end())
            right = "A" if charter else "a"
            if m.group(1) != right and not (right == "a" and sentence_start(text, m.start())):
                out.append(Hit(m.start(1), m.start(1) + 1, replacement=right,
                               message="articles of the Charter take a capital A" if charter
                               else "articles of a treaty are lower case"))
        at = text.find("rticle", at + 6)
    return out


_THE_NAME = re.compile(r"(?<=[\w,;] )The (?=Convention|Protocol|Office|Conference|Working Group|Secretariat|"
                       r"Council|Assembly|Committee|Commission|Organization)\b")


@rule("RES809", "the-mid-sentence", parts=PROSE, severity=WARNING, fix=SAFE, confidence="M",
      message="“the” before a short name is lower case inside a sentence: “to implement the Convention”.",
      rationale="Short forms of named entities are capitalized (the Convention, the Office), the article is not.",
      source="CAP-01; EX",
      wrong=[op("Urges States to implement The Convention;", "Urges States to implement the Convention;")],
      right=[op("Urges States to implement the Convention;")])
def the_mid_sentence(place: Place, ctx) -> list[Hit]:
    if " The " not in place.text:
        return []
    return [Hit(m.start(), m.start() + 1, replacement="t") for m in _THE_NAME.finditer(place.text)
            if not overlaps(m.start(), m.end(), place.protected)]
