"""Citations of resolutions and UN document symbols (spec FN-05, SYM-01 … SYM-03)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import DATE_IN_WORDS, Doc, Hit, Place, rewrites
from .registry import ERROR, INFO, PROSE, SAFE, UNSAFE, WARNING, doc, note, pre, rule
from .scan import overlaps, sentence_start

_CAPITAL = re.compile(r"\b(Resolution|Decision)(s?) (?=\d{1,4}(?:/\d{1,4})?\b|[A-Z]{1,3}-\d)")


@rule("RES501", "resolution-capital", words=("resolution", "resolutions", "decision", "decisions"), parts=PROSE,
      severity=ERROR, fix=SAFE,
      message="“resolution” and “decision” are lower case before a number: “resolution 76/7”, "
              "“Security Council resolution 2334 (2016)”.",
      rationale="The word takes a capital only at the start of a sentence or footnote (“Resolution 64/293.”).",
      source="FN-05; EM-SYS; EX",
      wrong=[pre("Recalling its Resolution 76/7 of 22 November 2021,",
                 "Recalling its resolution 76/7 of 22 November 2021,")],
      right=[pre("Recalling its resolution 76/7 of 22 November 2021,"), note("Resolution 64/293.")])
def resolution_capital(place: Place, ctx) -> list[Hit]:
    text = place.text
    if "Resolution" not in text and "Decision" not in text:
        return []
    return [Hit(m.start(1), m.start(1) + 1, f"“{m.group(1)}” is lower case here", replacement=m.group(1)[0].lower())
            for m in _CAPITAL.finditer(text)
            if not sentence_start(text, m.start()) and not overlaps(m.start(), m.end(), place.protected)]


_ABBREV = re.compile(r"(?<![/.])\b([Rr]es|[Dd]ec)\. ?(?=\d)")  # not inside a symbol: UNEP/EA.5/Res.14, EX.CL/Dec.263


@rule("RES502", "resolution-abbreviation", words=("res", "dec"), parts=PROSE, severity=ERROR, fix=SAFE,
      message="Write “resolution” (or “decision”) in full, not “res.” or “dec.”.",
      rationale="Resolutions and decisions are cited in the text by number and date, the word in full.",
      source="FN-05; EM-SYS",
      wrong=[pre("Recalling res. 76/7 of 22 November 2021,", "Recalling resolution 76/7 of 22 November 2021,")],
      right=[pre("Recalling resolution 76/7 of 22 November 2021,")])
def resolution_abbreviation(place: Place, ctx) -> list[Hit]:
    if "es." not in place.text and "ec." not in place.text:
        return []
    full = {"res": "resolution ", "dec": "decision "}
    return [Hit(m.start(), m.end(), replacement=full[m.group(1).lower()]) for m in _ABBREV.finditer(place.text)]


_GA_YEAR = re.compile(r"\b(?:resolutions?|decisions?) \d{1,3}/\d{1,4}(?: [A-Z])?( \((?:19|20)\d\d\))")


@rule("RES503", "resolution-year", chars="(", parts=PROSE, severity=ERROR, fix=SAFE,
      message="A General Assembly resolution is cited by number and date: “resolution 76/7 of 22 November 2021”, "
              "not “resolution 76/7 (2021)”.",
      rationale="The year in parentheses belongs to Security Council numbers (“resolution 2334 (2016)”); "
                "session/number citations take “of” and the date.",
      source="FN-05; EM-SYS, GA-NOTE",
      wrong=[pre("Recalling its resolution 76/7 (2021),", "Recalling its resolution 76/7,")],
      right=[pre("Recalling its resolution 76/7 of 22 November 2021,"),
             pre("Recalling Security Council resolution 2334 (2016),")])
def resolution_year(place: Place, ctx) -> list[Hit]:
    if "(19" not in place.text and "(20" not in place.text:
        return []
    return [Hit(m.start(1), m.end(1), "no year in parentheses after a session/number citation", replacement="")
            for m in _GA_YEAR.finditer(place.text)]


_SC_BARE = re.compile(r"\bSecurity Council resolutions? (\d{3,4})\b(?![/\d]| \(| [A-Z]\b)")


@rule("RES504", "sc-resolution-year", words=("resolution", "resolutions", "decision", "decisions"), parts=PROSE,
      severity=WARNING, confidence="H",
      message="A Security Council resolution is cited with its year: “resolution 1325 (2000)”.",
      rationale="Security Council resolutions are numbered in one running series with the year in parentheses.",
      source="FN-05; S-1325, AMUN",
      wrong=[pre("Recalling Security Council resolution 1325 of 31 October 2000,")],
      right=[pre("Recalling Security Council resolution 1325 (2000) of 31 October 2000,")])
def sc_resolution_year(place: Place, ctx) -> list[Hit]:
    text = place.text
    if "Security Council resolution" not in text and not (ctx.pack.name == "sc" and "resolution" in text):
        return []
    pattern = _SC_BARE if ctx.pack.name != "sc" else re.compile(r"\bresolutions? (\d{3,4})\b(?![/\d]| \(| [A-Z]\b)")
    return [Hit(m.start(1), m.end(1), f"resolution {m.group(1)}: add the year, “{m.group(1)} (yyyy)”")
            for m in pattern.finditer(text)]


_RES_SYMBOL = re.compile(r"\b(?P<organ>A|S|E|A/HRC)/RES/(?P<num>[\w.\-]+(?:/\d+)?)(?P<year> \(\d{4}\))?")


@rule("RES505", "resolution-symbol", chars="/", parts=PROSE, severity=ERROR, fix=UNSAFE,
      message="Cite a resolution by its number, not its document symbol: “resolution 61/171”, "
              "not “A/RES/61/171”.",
      rationale="In running text resolutions are cited by number (and date); the symbol is for the masthead.",
      source="FN-05, SYM-02; EM-SYS",
      wrong=[pre("Recalling A/RES/61/171 of 19 December 2006,", "Recalling resolution 61/171 of 19 December 2006,")],
      right=[pre("Recalling its resolution 61/171 of 19 December 2006,")])
def resolution_symbol(place: Place, ctx) -> list[Hit]:
    if "/RES/" not in place.text:
        return []
    out = []
    for m in _RES_SYMBOL.finditer(place.text):
        before = place.text[:m.start()].rstrip().lower()
        number = m.group("num") + (m.group("year") or "")
        right = number if before.endswith(("resolution", "resolutions")) else f"resolution {number}"
        if sentence_start(place.text, m.start()):
            right = right[:1].upper() + right[1:]
        out.append(Hit(m.start(), m.end(), f"“{m.group()}”: write “{right}”", replacement=right))
    return out


@rule("RES506", "citation-date", parts=("preamble", "operative", "subparagraph", "annex"), severity=INFO,
      scope="document", facets=("citations",), confidence="M",
      message="Give the date of adoption when a resolution is first cited: “resolution 76/7 of 22 November 2021”.",
      rationale="EX always dates the first mention; later mentions may drop the date. Real texts omit it in "
                "passing references (“submitted pursuant to Human Rights Council resolution 55/19”), and official GA "
                "resolutions cite undated in the operative part, so this is a hint on preambular citations only.",
      source="FN-05; EX",
      wrong=[pre("Recalling its resolution 76/7,")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7 of 22 November 2021,\n\n"
                 "1. Decides to implement resolution 76/7.")])
def citation_date(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    seen: set[str] = set()
    for place, facts in doc_.rows("preamble", "operative", "subparagraph", "annex"):
        for number, start, end, dated in facts.citations:
            if number in seen:
                continue
            seen.add(number)
            if not dated and place.kind == "preamble" and not _passing(place.text, start, number):
                yield place, Hit(start, end, f"first mention of resolution {number}: give its date of adoption")


# A mention official texts leave undated: the mandate of a report (“submitted pursuant to resolution 77/44”,
# “pursuant to paragraph 1 of resolution 61/75, paragraph 2 of resolution 62/43 …”), a text adopted at a meeting
# the paragraph has dated (“the Summit …, held on 22 and 23 September 2024, at which resolution 79/1 … was
# adopted”), and another body's resolution or decision.
_PURSUANT = re.compile(r"\bpursuant to (?:(?:paragraphs? [\d, and]+ of )?(?:its |General Assembly )?(?:resolutions?|"
                       r"decisions?) \d{1,3}/\d{1,4}(?: [A-Z])?(?:,| and)? )*(?:paragraphs? [\d, and]+ of )?"
                       r"(?:its |General Assembly )?(?:resolutions?|decisions?) $")
_AT_WHICH = re.compile(r"\b(?:at|in) which (?:the General Assembly adopted )?(?:its )?resolutions? $")
_OTHER_BODY = re.compile(r"\b(?:Human Rights Council|Environment Assembly|Conference of the (?:States )?Parties|"
                         r"Economic and Social Council|Security Council|World Health Assembly|Executive Board|"
                         r"Governing Council|Commission on [A-Z][a-z]+|Board of Governors)\b[^;]{0,60}$")
_FIRST_GA_SESSION_NUMBERED = 31  # the Assembly has numbered its resolutions “session/number” since 1976


def _passing(text: str, start: int, number: str) -> bool:
    before = text[max(0, start - 240):start]
    before = before[before.rfind(";") + 1:]
    if _PURSUANT.search(before) or _OTHER_BODY.search(before):
        return True
    if _AT_WHICH.search(before) and DATE_IN_WORDS.search(before):
        return True
    session = number.split("/")[0]
    return session.isdigit() and int(session) < _FIRST_GA_SESSION_NUMBERED


# -- symbols ------------------------------------------------------------------------------------

_SPACED = re.compile(r"(?<![\w/])[A-Z][A-Za-z]{0,5}(?:\.\d+)?(?: ?/ ?[A-Za-z0-9][A-Za-z0-9.\-]*)+")
_LOWER = re.compile(r"(?<![\w/])(?:a|s|e)/(?:res|c\.\d|hrc|cn\.\d+|\d{2,4})(?:/[a-z0-9.\-]+)+", re.IGNORECASE)
_SUFFIXES = ("L", "Rev", "Add", "Corr", "Amend")
_NO_DOT = re.compile(r"(?<=/)(Rev|Add|Corr|Amend|L)(\d+)\b")
_ANY_SUFFIX = re.compile("/(?:" + "|".join(_SUFFIXES) + ")")
_SC_YEAR = re.compile(r"\bS/RES/\d+(\(\d{4}\))")


def fixed_symbol(s: str) -> str:
    parts = [p.strip() for p in s.split("/")]
    out = []
    for i, p in enumerate(parts):
        low = p.lower()
        if low in ("rev", "add", "corr", "amend") or re.match(r"(?:rev|add|corr|amend)\.\d+$", low):
            out.append(p[:1].upper() + p[1:].lower())
        elif low == "res" and i > 0 and parts[0].upper() == "UNEP":
            out.append("Res")
        else:
            out.append(p.upper())
    return "/".join(out)


@rule("RES510", "symbol-spaces", chars="/", parts=PROSE, severity=ERROR, fix=SAFE,
      message="A document symbol has no spaces around its slashes: “A/RES/76/7”, not “A / RES / 76 / 7”.",
      rationale="Symbol components are joined by “/” without spaces.",
      source="SYM-01, SYM-02; RG-SYM",
      wrong=[note("See A / RES / 76 / 7.", "See A/RES/76/7.")],
      right=[note("See A/RES/76/7.")])
def symbol_spaces(place: Place, ctx) -> list[Hit]:
    text = place.text
    if " /" not in text and "/ " not in text:
        return []
    out = []
    for m in _SPACED.finditer(text):
        found = m.group()
        if " " not in found or found.count("/") < 2:
            continue
        out.append(Hit(m.start(), m.end(), f"“{found}”: no spaces in a symbol", replacement=found.replace(" ", "")))
    return out


@rule("RES511", "symbol-case", chars="/", parts=PROSE, severity=ERROR, fix=SAFE,
      message="Document symbols are in capitals, except the suffixes Rev., Add., Corr. and Amend.: “A/RES/77/1”.",
      rationale="Symbol components are upper case (“Res” only in some series, e.g. UNEP/EA.5/Res.1).",
      source="SYM-01, SYM-02; RG-SYM",
      wrong=[note("See a/res/77/1.", "See A/RES/77/1.")],
      right=[note("See A/RES/77/1 and A/C.3/77/L.10/Rev.1.")])
def symbol_case(place: Place, ctx) -> list[Hit]:
    text = place.text
    if "a/" not in text and "s/" not in text and "e/" not in text:
        return []
    return rewrites(place, _LOWER.finditer(text), lambda m: fixed_symbol(m.group()))


@rule("RES512", "symbol-suffix", chars="/", parts=PROSE, severity=ERROR, fix=SAFE,
      message="Symbol components take a full stop before their number: “L.10”, “Rev.1”, “Add.1”.",
      rationale="“L.”, “Rev.”, “Add.”, “Corr.” and “Amend.” are abbreviations followed by the number.",
      source="SYM-02; RG-SYM",
      wrong=[note("A/C.3/77/L10/Rev1.", "A/C.3/77/L.10/Rev.1.")],
      right=[note("A/C.3/77/L.10/Rev.1.")])
def symbol_suffix(place: Place, ctx) -> list[Hit]:
    text = place.text
    if "/" not in text or not _ANY_SUFFIX.search(text):
        return []
    return rewrites(place, _NO_DOT.finditer(text), lambda m: f"{m.group(1)}.{m.group(2)}")


@rule("RES513", "sc-symbol-year", chars="/", parts=PROSE, severity=ERROR, fix=SAFE,
      message="In a Security Council resolution symbol the year follows after a space: “S/RES/2334 (2016)”.",
      rationale="The year in parentheses is separated from the number by a space.",
      source="SYM-01; RG-SYM",
      wrong=[note("S/RES/2334(2016).", "S/RES/2334 (2016).")],
      right=[note("S/RES/2334 (2016).")])
def sc_symbol_year(place: Place, ctx) -> list[Hit]:
    if "S/RES/" not in place.text:
        return []
    return [Hit(m.start(1), m.start(1), replacement=" ") for m in _SC_YEAR.finditer(place.text)]
