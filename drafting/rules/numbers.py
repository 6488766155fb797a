"""Numbers: per cent, figures and words, decimals, thousands, ordinals (spec NUM-01 … NUM-03, ANAT-03, ANAT-07)."""

from __future__ import annotations

import re

from ..digits import last_two, whole_number
from ..wordlists import keep_case
from .context import Hit, Place, rewrites
from .registry import ERROR, PARAGRAPHS, PROSE, SAFE, WARNING, op, pre, rule
from .scan import overlaps, sentence_start

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth"]
_ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
             "ninetieth"]


def number_words(n: int) -> str:
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS[unit]}" if unit else "")


def ordinal_words(n: int) -> str:
    """1 → first, 77 → seventy-seventh, 100 → hundredth, 121 → hundred and twenty-first."""
    if n >= 100:
        rest = n % 100
        return "hundredth" if rest == 0 and n == 100 else f"hundred and {ordinal_words(rest)}" if n < 200 else str(n)
    if n < 20:
        return _ORD_UNITS[n]
    tens, unit = divmod(n, 10)
    return _ORD_TENS[tens] if unit == 0 else f"{TENS[tens]}-{_ORD_UNITS[unit]}"


def words_value(words: str) -> int | None:
    """“sixty-five” → 65, “seventy-seventh” → 77 (cardinal or ordinal words under 200)."""
    w = words.lower().replace(" ", "-")
    table = {word: i for i, word in enumerate(UNITS)} | {word: i for i, word in enumerate(_ORD_UNITS)}
    table |= {t: i * 10 for i, t in enumerate(TENS) if t} | {t: i * 10 for i, t in enumerate(_ORD_TENS) if t}
    total = 0
    for part in w.split("-"):
        if part not in table:
            return None
        total += table[part]
    return total


def suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
                r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred)")
_PERCENT_SIGN = re.compile(r"(\d[\d,.]*)\s?%")
_PERCENT_WORD = re.compile(r"(?i)\bper-?cent\b|\bpercent\b")
_PERCENT_WORDS = re.compile(rf"(?i)\b({_WORD_NUMBER}) per cent\b")


@rule("RES605", "per-cent", chars="%", words=("percent", "cent"), parts=PROSE, severity=ERROR, fix=SAFE,
      message="Write “per cent” (two words) after the figure: “65 per cent”, not “65%” or “65 percent”.",
      rationale="UN texts spell out “per cent”; the sign “%” is for tables only.",
      source="NUM-02; EM-NUM; EX (“65 per cent”)",
      wrong=[pre("Noting that women account for 65 percent of victims,",
                 "Noting that women account for 65 per cent of victims,"),
             pre("Noting that women account for 65% of victims,",
                 "Noting that women account for 65 per cent of victims,")],
      right=[pre("Noting that women account for 65 per cent of victims,"), pre("Noting the percentage of victims,")])
def per_cent(place: Place, ctx) -> list[Hit]:
    text = place.text
    out = []
    if "%" in text:
        out += [Hit(m.start(), m.end(), f"“{m.group()}”: write “{m.group(1)} per cent”",
                    replacement=f"{m.group(1)} per cent") for m in _PERCENT_SIGN.finditer(text)]
    if "percent" in place.words or "cent" in place.words and "er-cent" in place.lower:
        out += [Hit(m.start(), m.end(), f"“{m.group()}”: write “per cent”", replacement=keep_case(m.group(),
                                                                                                  "per cent"))
                for m in _PERCENT_WORD.finditer(text)]
    return out


@rule("RES606", "per-cent-figures", chars="%", words=("percent", "cent"), parts=PROSE, severity=ERROR, fix=SAFE,
      message="Percentages are always in figures: “65 per cent”, not “sixty-five per cent”.",
      rationale="Figures are used for percentages whatever the number.",
      source="NUM-01, NUM-02; EM-NUM",
      wrong=[pre("Noting that women account for sixty-five per cent of victims,",
                 "Noting that women account for 65 per cent of victims,")],
      right=[pre("Noting that women account for 65 per cent of victims,")])
def per_cent_figures(place: Place, ctx) -> list[Hit]:
    if "per cent" not in place.text:
        return []
    out = []
    for m in _PERCENT_WORDS.finditer(place.text):
        value = 100 if "hundred" in m.group(1).lower() else words_value(m.group(1))
        if value is not None and not sentence_start(place.text, m.start()):
            out.append(Hit(m.start(1), m.end(1), f"“{m.group(1)} per cent”: write “{value} per cent”",
                           replacement=str(value)))
    return out


_DECIMAL = re.compile(r"(?<=[\s(])\.(\d+)\b")


@rule("RES607", "decimal-zero", digit=True, parts=PROSE, severity=ERROR, fix=SAFE,
      message="A decimal under one takes a zero before the point: “0.85”, not “.85”.",
      rationale="Decimals are written with a point and a leading zero.",
      source="NUM-02; EM-NUM",
      wrong=[pre("Noting a ratio of .85 in 2020,", "Noting a ratio of 0.85 in 2020,")],
      right=[pre("Noting a ratio of 0.85 in 2020,")])
def decimal_zero(place: Place, ctx) -> list[Hit]:
    if " ." not in place.text and "(." not in place.text:
        return []
    return [Hit(m.start(), m.start(), replacement="0") for m in _DECIMAL.finditer(place.text)]


_LONG = re.compile(r"(?<![\w./,\-–])(\d{5,})(?![\w/,\-–]|\.\d)")
_NUMBERED_BY = re.compile(r"(?:No\.|Nos\.|vol\.|vols\.|ISBN|ISSN|Sales No\.|page|p\.|pp\.|resolutions?|decisions?|"
                          r"item|article|paragraph|para\.|and|,)\s*$")


def _grouped(digits: str) -> str | None:
    value = whole_number(digits)
    return None if value is None else f"{value:,}"


@rule("RES608", "thousands", digit=True, parts=PARAGRAPHS, severity=WARNING, fix=SAFE, confidence="M",
      message="Numbers of five figures and more take commas between thousands: “12,452”.",
      rationale="The Editorial Manual writes numbers up to 999,999 in figures with comma separators.",
      source="NUM-02; EM-NUM (“999,999”), UNDRR",
      wrong=[pre("Noting that 12452 victims were identified,", "Noting that 12,452 victims were identified,")],
      right=[pre("Noting that 12,452 victims were identified,")])
def thousands(place: Place, ctx) -> list[Hit]:
    text = place.text
    out: list[Hit] = []
    if not any(len(w) > 4 and w.isdigit() for w in place.numbers):
        return out
    for m in _LONG.finditer(text):
        grouped = _grouped(m.group())
        if grouped is None or _NUMBERED_BY.search(text[max(0, m.start() - 12):m.start()]) or \
                overlaps(m.start(), m.end(), place.protected):
            continue
        out.append(Hit(m.start(), m.end(), f"“{m.group()}”: write “{grouped}”", replacement=grouped))
    return out


_REFERENCE_BEFORE = re.compile(
    r"(?i)(?:article|articles|paragraph|paragraphs|para\.|paras\.|item|items|goal|goals|target|targets|no\.|nos\.|"
    r"vol\.|vols\.|volume|resolution|resolutions|decision|decisions|chapter|chap\.|section|sect\.|annex|appendix|"
    r"table|figure|rule|rules|principle|principles|phase|level|grade|step|option|action|actions|scenario|page|p\.|pp\.|line|"
    r"category|tier|recommendation|recommendations|part|protocol|box|schedule|supplement|session|stage|pillar|"
    r"cluster|group|cycle|version|class|point|objective|outcome|component|module|covid)$")
_SMALL = re.compile(r"([1-9])(?=\s+[a-z])(?!\s+(?:per cent|million|billion|trillion|"
                    r"km|kg|mm|cm|m|g|ha|mg|ml|degrees?)\b|\s+(?:a\.m\.|p\.m\.)"
                    r"|\s+(?:years?|months?|weeks?|days?) (?:of age|old)\b)")
# A figure of 10 or more in the same sentence: a series is set in figures ("4 Editor (P-4) (1 each …), 8 Press Officer")
_BIG_FIGURE = re.compile(r"(?<![\w.,])(?:[1-9]\d|\d{3,}|\d{1,3}(?:,\d{3})+)(?![\w/])")
_LIST_LINK = re.compile(r"(?:\d+[a-z]?(?: \([a-z]\))?(?:,| and| or| to|–)\s*)+$")


_ONE_TO_NINE = frozenset("123456789")


@rule("RES609", "small-number", digit=True, parts=("preamble", "operative", "subparagraph", "annex"), severity=ERROR,
      fix=SAFE,
      message="Whole numbers under 10 are written in words (“eight States”); 10 and above in figures.",
      rationale="The Editorial Manual writes numbers below 10 in words, except for percentages, decimals, "
                "references (article 2, paragraph 5, Goal 5) and measurements.",
      source="NUM-01; EM-NUM, CORR",
      wrong=[op("Decides to establish 3 working groups;", "Decides to establish three working groups;")],
      right=[op("Decides to establish three working groups;"), op("Recalls article 2 of the Protocol;"),
             op("Notes that 5 per cent of victims are children;"),
             op("Recalls the goal of holding the temperature increase to well below 2 degrees Celsius;")])
def small_number(place: Place, ctx) -> list[Hit]:
    text = place.text
    out = []
    for digit in place.words & _ONE_TO_NINE:
        at = text.find(digit)
        while at >= 0:
            m = _SMALL.match(text, at)
            if m is not None and (at == 0 or text[at - 1] not in _NOT_BEFORE_SMALL):
                hit = _small_hit(place, m)
                if hit:
                    out.append(hit)
            at = text.find(digit, at + 1)
    return sorted(out, key=lambda h: h.start)


def _small_hit(place: Place, m: re.Match) -> Hit | None:
    text = place.text
    before = text[:m.start()].rstrip()
    linked = _LIST_LINK.search(before, max(0, len(before) - 40))
    if linked:
        before = before[:linked.start()].rstrip()
    word = before[before.rfind(" ") + 1:]
    if _REFERENCE_BEFORE.search(word) or _RANGE_AFTER.match(text, m.end()) or overlaps(m.start(), m.end(),
                                                                                         place.protected):
        return None
    start, end = text.rfind(";", 0, m.start()) + 1, text.find(";", m.end())
    if _BIG_FIGURE.search(text, start, end if end >= 0 else len(text)):
        return None  # figures above and below ten in one series are all figures (EM-NUM)
    right = number_words(int(m.group(1)))
    if sentence_start(text, m.start()):
        right = right.capitalize()
    return Hit(m.start(), m.end(), f"“{m.group(1)}”: write “{right}”", replacement=right)


_NOT_BEFORE_SMALL = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,/:–-")
_RANGE_AFTER = re.compile(r"\s+(?:to|and|or|–)\s+\d")


_MILLIONS = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3}){2,}|\d{7,})(?![\w,]|\.\d)")


def _in_millions(digits: str) -> str | None:
    value = whole_number(digits.replace(",", ""))
    if value is None:
        return None
    for unit, size in (("billion", 10 ** 9), ("million", 10 ** 6)):
        if value >= size and value % (size // 10) == 0:
            return f"{value / size:g} {unit}"
    return None


@rule("RES610", "millions", digit=True, parts=PARAGRAPHS, severity=WARNING, fix=SAFE, confidence="M",
      message="Round millions and billions are written “1 million”, “4.3 billion”.",
      rationale="Large round numbers combine a figure with the word million or billion.",
      source="NUM-02; AMUN, UNDRR",
      wrong=[pre("Noting that 4,300,000,000 people lack access,", "Noting that 4.3 billion people lack access,")],
      right=[pre("Noting that 4.3 billion people lack access,")])
def millions(place: Place, ctx) -> list[Hit]:
    if "000" not in place.numbers and not any(len(w) > 6 and w.isdigit() for w in place.numbers):
        return []
    return rewrites(place, _MILLIONS.finditer(place.text), lambda m: _in_millions(m.group(1)), group=1, protected=True)


_SESSION_FIGURES = re.compile(r"\b(\d{1,3})(st|nd|rd|th) ((?:special |emergency special |resumed )?session)\b")


@rule("RES611", "session-ordinal", digit=True, parts=PROSE + ("masthead",), severity=ERROR, fix=SAFE,
      message="Sessions are numbered in words: “seventy-seventh session”, not “77th session”.",
      rationale="Session ordinals are spelled out (capitalized only at the start of a line or in an Official "
                "Records title); meetings are numbered in figures.",
      source="NUM-03, ANAT-03; EX, R-73/341",
      wrong=[op("Decides to continue its consideration at its 81st session;",
                "Decides to continue its consideration at its eighty-first session;")],
      right=[op("Decides to continue its consideration at its eighty-first session;")])
def session_ordinal(place: Place, ctx) -> list[Hit]:
    if "session" not in place.text:
        return []
    out = []
    for m in _SESSION_FIGURES.finditer(place.text):
        words = ordinal_words(int(m.group(1)))
        if sentence_start(place.text, m.start()):
            words = words.capitalize()
        out.append(Hit(m.start(), m.end(2), f"“{m.group(1)}{m.group(2)} session”: write “{words} session”",
                       replacement=words))
    return out


_ORDINAL_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|"
                  r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
                  r"sixteenth|seventeenth|eighteenth|nineteenth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|"
                  r"seventieth|eightieth|ninetieth|hundredth")
_MEETING_WORDS = re.compile(rf"(?i)\b({_ORDINAL_WORDS}) (plenary meeting)\b")
_SUFFIX = re.compile(r"\b(\d+)(st|nd|rd|th)\b")


@rule("RES612", "meeting-ordinal", digit=True, words=("meeting",), parts=PROSE + ("adoption",), severity=ERROR,
      fix=SAFE,
      message="Plenary meetings are numbered in figures with the right suffix: “53rd plenary meeting”.",
      rationale="Meeting numbers are figures (“82nd plenary meeting”, “7853rd meeting”); the ordinal suffix "
                "follows the last digit (1st, 2nd, 3rd, 11th, 12th, 13th, 21st).",
      source="NUM-03, ANAT-07; R-73/341, R-57/97, S-1325",
      wrong=[op("Notes the decision taken at its fifty-third plenary meeting;",
                "Notes the decision taken at its 53rd plenary meeting;"),
             op("Notes the decision taken at its 53th plenary meeting;",
                "Notes the decision taken at its 53rd plenary meeting;")],
      right=[op("Notes the decision taken at its 53rd plenary meeting;")])
def meeting_ordinal(place: Place, ctx) -> list[Hit]:
    text = place.text
    out: list[Hit] = []
    if not place.has_digit and "meeting" not in place.words:
        return out
    if "meeting" in place.words:
        for m in _MEETING_WORDS.finditer(text):
            value = words_value(m.group(1))
            if value:
                out.append(Hit(m.start(1), m.end(1), f"“{m.group(1)} plenary meeting”: write “{value}{suffix(value)}”",
                               replacement=f"{value}{suffix(value)}"))
    if not any(w.endswith(("st", "nd", "rd", "th")) for w in place.numbers):
        return out
    for m in _SUFFIX.finditer(text):
        right = suffix(last_two(m.group(1)))
        if m.group(2) != right:
            out.append(Hit(m.start(2), m.end(2), f"“{m.group()}”: write “{m.group(1)}{right}”", replacement=right))
    return out


_AFTER_STOP = re.compile(r"[.!?] \d")


def _sentence_stop(text: str) -> bool:
    """A quick test for “. ”, “! ” or “? ” before the slower search for a figure after one."""
    return ". " in text or "!" in text and "! " in text or "?" in text and "? " in text
_ABBREVIATION_BEFORE = re.compile(r"\b(?:No|Nos|para|paras|vol|sect|p|pp|chap|art|Corr|Rev|Add)\. $")
_AMOUNT_AFTER = re.compile(r" (?:United States )?dollars\b")
_START_FIGURE = re.compile(r"(?:^|(?<=[.!?] ))(\d[\d,]*)(?= [A-Za-z])")


@rule("RES613", "number-at-start", digit=True, parts=("preamble", "operative", "subparagraph", "annex"), severity=ERROR,
      message="A number that begins a sentence is written in words.",
      rationale="Figures never begin a sentence or paragraph; spell the number out or rephrase.",
      source="NUM-01; EM-NUM",
      wrong=[op("Decides to act. 12 States abstained;")],
      right=[op("Decides to act. Twelve States abstained;")])
def number_at_start(place: Place, ctx) -> list[Hit]:
    out: list[Hit] = []
    text = place.text
    if not place.has_digit or not (text[:1].isdigit() or _sentence_stop(text) and _AFTER_STOP.search(text)):
        return out
    for m in _START_FIGURE.finditer(place.text):
        digits = m.group(1).replace(",", "")
        if len(digits) == 4 and digits.startswith(("19", "20")):
            continue  # a year: “2030 Agenda …” is rephrased, not spelled out
        if _ABBREVIATION_BEFORE.search(text, 0, m.start()) or _AMOUNT_AFTER.match(text, m.end()):
            continue  # “general comment No. 16”; “8,751,200 dollars under section 24” in a budget list
        out.append(Hit(m.start(1), m.end(1), f"“{m.group(1)}” begins a sentence: write it in words or rephrase"))
    return out
