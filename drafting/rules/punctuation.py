"""End punctuation of every part, quotation marks, spaces, dashes, the serial comma, possessives
(spec PRE-04, OP-05, OP-07, PUN-01 … PUN-03)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import OPERATIVE
from ..names import state_names
from .context import Hit, Place
from .registry import ERROR, INFO, PROSE, SAFE, WARNING, doc, note, op, pre, rule, sub
from .scan import matches_from, overlaps

NAMES = {",": "a comma", ";": "a semicolon", ":": "a colon", ".": "a full stop"}
_CLOSING_QUOTES = "”’\""


def end_hits(text: str, expected: str, what: str) -> list[Hit]:
    """``what`` ends with ``expected``: the hit and fix when it does not."""
    n = len(text.rstrip())
    if n == 0:
        return []
    last = text[n - 1]
    if last == expected:
        return []
    if last in _CLOSING_QUOTES and n >= 2 and text[n - 2] == expected:
        return [Hit(n - 2, n, f"{what} ends with {NAMES[expected]} after the closing quotation mark, not inside it",
                    replacement=last + expected)]
    if last in ",;:.":
        return [Hit(n - 1, n, f"{what} ends with {NAMES[expected]}, not {NAMES[last]}", replacement=expected)]
    return [Hit(n, n, f"{what} ends with {NAMES[expected]}; the punctuation is missing", replacement=expected)]


@rule("RES301", "preamble-end", parts=("preamble",), severity=ERROR, fix=SAFE,
      message="A preambular paragraph ends with a comma.",
      rationale="Every preambular paragraph, the last one before operative paragraph 1 included, ends with a "
                "comma; a footnote mark may follow the comma.",
      source="PRE-04; EM-RES §C; EX (all 27 preambular paragraphs), A/RES/73/341, S/RES/1325 (2000)",
      wrong=[pre("Recalling its resolution 76/7 of 22 November 2021;",
                 "Recalling its resolution 76/7 of 22 November 2021,"),
             pre("Recalling its resolution 76/7 of 22 November 2021",
                 "Recalling its resolution 76/7 of 22 November 2021,")],
      right=[pre("Recalling its resolution 76/7 of 22 November 2021,")])
def preamble_end(place: Place, ctx) -> list[Hit]:
    return end_hits(place.text, ",", "A preambular paragraph")


@rule("RES302", "operative-end", parts=("operative",), severity=ERROR, fix=SAFE,
      message="An operative paragraph ends with a semicolon, the last one with a full stop, one that introduces "
              "subparagraphs with a colon.",
      rationale="Operative paragraphs are one sentence: each ends with a semicolon, the last closes the resolution "
                "with a full stop, and a paragraph followed by subparagraphs ends with a colon. Some Model UN guides "
                "end the last clause with a semicolon; UN texts never do.",
      source="OP-05; EX (paragraphs 1–18 ';', 19 '.', 4 and 8 ':')",
      wrong=[op("Requests the Secretary-General to report.", "Requests the Secretary-General to report;"),
             doc("The General Assembly,\n\nRecalling its resolution 76/7 of 22 November 2021,\n\n"
                 "1. Requests the Secretary-General to report;\n\n2. Decides to remain seized of the matter;")],
      right=[op("Requests the Secretary-General to report;"),
             doc("The General Assembly,\n\nRecalling its resolution 76/7 of 22 November 2021,\n\n"
                 "1. Calls upon States:\n\n(a) To report;\n\n(b) To act;\n\n"
                 "2. Decides to remain seized of the matter.")])
def operative_end(place: Place, ctx) -> list[Hit]:
    expected, single, last, runs_on = place.position
    if runs_on and place.text.rstrip().endswith(";"):
        return []  # the next text continues this resolution
    what = "The last operative paragraph" if last and expected == "." else "An operative paragraph"
    if expected == ":":
        what = "An operative paragraph that introduces subparagraphs"
    return end_hits(place.text, expected, what)


@rule("RES303", "subparagraph-end", parts=("subparagraph",), severity=ERROR, fix=SAFE,
      message="A subparagraph ends with a semicolon; the last one of a list takes its paragraph's punctuation.",
      rationale="Subparagraphs end with a semicolon (a colon when they introduce their own list); the last one "
                "takes the punctuation its paragraph would have had: a semicolon, or a full stop when it closes the "
                "resolution. Model UN sub-clauses end with commas; UN texts do not.",
      source="OP-07; EM-PARA; EX",
      wrong=[sub("Implement an analytical process,", "Implement an analytical process;")],
      right=[sub("Implement an analytical process;"), sub("Implement an analytical process; and")])
def subparagraph_end(place: Place, ctx) -> list[Hit]:
    expected, _depth, last, runs_on = place.position
    text = place.text.rstrip()
    if (expected == ";" or runs_on) and re.search(r";(?: (?:and|or))?$", text):
        return []
    if not last and ctx.setting("list_commas") and re.search(r",(?: (?:and|or))?$", text):
        return []  # a body whose lists of tasks or report items take commas (the Security Council's pack)
    return end_hits(place.text, expected, "This subparagraph")


# -- quotation marks --------------------------------------------------------------------------

_STRAIGHT = re.compile(r"[\"']|«\s?|\s?»")


@rule("RES304", "straight-quotes", chars="\"'«»", parts=PROSE, severity=ERROR, fix=SAFE,
      message="Use curly quotation marks and apostrophes (“ ” ‘ ’), not straight ones or guillemets.",
      rationale="UN texts use directional (curly) quotation marks: double outside, single inside; the apostrophe "
                "is the closing single quotation mark.",
      source="PUN-01; EM-QUOT",
      wrong=[op('Decides to include the item entitled "Crime prevention";',
                "Decides to include the item entitled “Crime prevention”;"),
             pre("Recalling the Organization's mandate,", "Recalling the Organization’s mandate,")],
      right=[op("Decides to include the item entitled “Crime prevention”;")])
def straight_quotes(place: Place, ctx) -> list[Hit]:
    text = place.text
    if '"' not in text and "'" not in text and "«" not in text and "»" not in text:
        return []
    out = []
    for m in _STRAIGHT.finditer(text):
        ch = m.group().strip()
        i = m.start()
        opening = i == 0 or text[i - 1] in " \t([/–—" or ch == "«"
        if ch == '"':
            right = "“" if opening else "”"
        elif ch == "'":
            right = "‘" if opening and not (i > 0 and text[i - 1].isalnum()) else "’"
        else:
            right = "“" if ch == "«" else "”"
        out.append(Hit(m.start(), m.end(), f"straight quotation mark {ch}: write {right}", replacement=right))
    return out


_INSIDE = re.compile(r"\bentitled “[^”]*([,.;])”")


@rule("RES305", "quote-punctuation", chars="“‘", parts=PROSE, severity=ERROR, fix=SAFE,
      message="A comma or full stop after a quoted title goes outside the closing quotation mark.",
      rationale="When the quotation is a grammatical part of the sentence, as a title after “entitled”, the "
                "punctuation stands outside the closing mark: entitled “…Trafficking in Persons”,.",
      source="PUN-01; EM-QUOT; EX",
      wrong=[pre("Recalling its resolution 76/186, entitled “Measures against trafficking,” and",
                 "Recalling its resolution 76/186, entitled “Measures against trafficking”, and")],
      right=[pre("Recalling its resolution 76/186, entitled “Measures against trafficking”,")])
def quote_punctuation(place: Place, ctx) -> list[Hit]:
    if "entitled “" not in place.text:
        return []
    return [Hit(m.start(1), m.end(1) + 1, replacement="”" + m.group(1)) for m in _INSIDE.finditer(place.text)]


_SINGLE = re.compile(r"‘([^‘’]*)’(?!\w)")
_DOUBLE = re.compile(r"“[^“”]*”")


@rule("RES306", "quote-nesting", chars="“‘", parts=PROSE, severity=WARNING, fix=SAFE, confidence="H",
      message="Quotations take double quotation marks; single ones only inside a double-quoted passage.",
      rationale="The first level of quotation is double (“ ”), the second single (‘ ’), the third double again.",
      source="PUN-01; EM-QUOT",
      wrong=[op("Decides to include the item entitled ‘Crime prevention’;",
                "Decides to include the item entitled “Crime prevention”;")],
      right=[op("Decides to include the item entitled “The ‘whole-of-route’ approach”;")])
def quote_nesting(place: Place, ctx) -> list[Hit]:
    text = place.text
    if "‘" not in text:
        return []
    doubles = [m.span() for m in _DOUBLE.finditer(text)]
    return [Hit(m.start(), m.end(), replacement=f"“{m.group(1)}”") for m in _SINGLE.finditer(text)
            if not overlaps(m.start(), m.end(), doubles)]


# -- spaces and dashes ---------------------------------------------------------------------------

_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=\w) +(?=[,;:](?!\d)|\.(?:\s|$))")
_ANY_SPACE_BEFORE = re.compile(r" [,;:.]")  # one pass instead of four searches for " ," " ;" " :" " ."


@rule("RES307", "double-space", parts=PROSE, severity=WARNING, fix=SAFE, confidence="M",
      message="One space between words and after a full stop, not two.",
      rationale="Double spaces are typing habits that the printed text does not keep.",
      source="UN Editorial Manual (typing instructions); EM-INSTR",
      wrong=[op("Requests the Secretary-General  to report;", "Requests the Secretary-General to report;")],
      right=[op("Requests the Secretary-General to report;")])
def double_space(place: Place, ctx) -> list[Hit]:
    text = place.text
    if "  " not in text and ("\u00a0" not in text or "\u00a0 " not in text and " \u00a0" not in text):
        return []
    return [Hit(m.start(), m.end(), replacement=" ") for m in _DOUBLE_SPACE.finditer(place.text)]


@rule("RES308", "space-before-punctuation", parts=PROSE, severity=WARNING, fix=SAFE, confidence="M",
      message="No space before a comma, semicolon, colon or full stop.",
      rationale="Punctuation follows the word directly in English (French puts a space before some marks).",
      source="UN Editorial Manual, Punctuation (EM-PUNCT)",
      wrong=[op("Requests the Secretary-General to report ;", "Requests the Secretary-General to report;")],
      right=[op("Requests the Secretary-General to report;")])
def space_before_punctuation(place: Place, ctx) -> list[Hit]:
    if _ANY_SPACE_BEFORE.search(place.text) is None:
        return []
    return [Hit(m.start(), m.end(), replacement="") for m in _SPACE_BEFORE.finditer(place.text)]


_DASH = re.compile(r"(?<=\w) - (?=\w)|(?<=\w) ?-- ?(?=\w)|(?<=\w)—(?=\w)")
_SPACED_EM = re.compile(r"(?<=\w) — (?=\w)")


@rule("RES309", "dash", chars="-—", parts=PROSE, severity=WARNING, fix=SAFE, confidence="M",
      message="A parenthetical dash is a spaced en dash ( – ), not a hyphen, a double hyphen or an unspaced em dash.",
      rationale="UN style sets asides between spaced en dashes; the hyphen joins compounds only.",
      source="PUN-02; UNDRR summary of the Editorial Manual",
      wrong=[op("Urges States - as a matter of priority - to act;",
                "Urges States – as a matter of priority – to act;")],
      right=[op("Urges States – as a matter of priority – to act;"),
             op("Urges States to take a victim-centred approach;")])
def dash(place: Place, ctx) -> list[Hit]:
    text = place.text
    if " - " not in text and "--" not in text and "—" not in text:
        return []
    return [Hit(m.start(), m.end(), replacement=" – ") for m in _DASH.finditer(text)
            if not overlaps(m.start(), m.end(), place.protected)]


@rule("RES310", "em-dash", chars="-—", parts=PROSE, severity=INFO, fix=SAFE, confidence="M",
      message="A spaced em dash is accepted; the preferred form is a spaced en dash ( – ).",
      rationale="The Editorial Manual summary prefers the spaced en dash; some UN pages show spaced em dashes, "
                "so both are accepted.",
      source="PUN-02; UNDRR",
      wrong=[op("Urges States — as a matter of priority — to act;",
                "Urges States – as a matter of priority – to act;")],
      right=[op("Urges States – as a matter of priority – to act;")])
def em_dash(place: Place, ctx) -> list[Hit]:
    if " — " not in place.text:
        return []
    return [Hit(m.start(), m.end(), replacement=" – ") for m in _SPACED_EM.finditer(place.text)]


# -- serial comma and possessives --------------------------------------------------------------------

_ITEM = r"[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}"
_ITEM_ONLY = re.compile(_ITEM)
_LAST_ITEM = re.compile(r"([a-z][a-z-]+(?: [a-z][a-z-]+){0,2}?)(?=[,;:.)]| (?:in|of|for|to|at|on|with)\b)")
_NOT_NOUNS = {"and", "or", "to", "the", "that", "which", "who", "as", "in", "of", "by", "with", "for", "its", "their",
              "a", "an", "also", "including", "such", "is", "are", "be", "been", "not", "on", "at",
              "without", "while"}  # an aside set off by commas: “…, without discrimination, and …”


@rule("RES311", "serial-comma", parts=PROSE, severity=WARNING, fix=SAFE, confidence="H",
      message="No comma before the “and” or “or” that ends a list (no serial comma).",
      rationale="UN English does not use the serial comma (“organs, organizations and bodies”). The one exception "
                "is in resolutions, where several decisions in one paragraph may be separated by commas, a comma "
                "preceding the “and” of the last decision (“…, calls for …, and agrees that …”). Lists are found "
                "by their shape, so this is a warning.",
      source="PUN-03; EM-PUNCT",
      wrong=[op("Invites organs, organizations, and bodies to contribute;",
                "Invites organs, organizations and bodies to contribute;")],
      right=[op("Invites organs, organizations and bodies to contribute;"),
             op("Welcomes the report, notes its findings, and requests the Secretary-General to act;"),
             op("Notes that measurement is possible, while challenging, and requires support;")])
def serial_comma(place: Place, ctx) -> list[Hit]:
    text = place.text
    out = []
    for conjunction in (", and ", ", or "):
        at = text.find(conjunction)
        while at >= 0:
            items = _list_before(text, at)
            after = _LAST_ITEM.match(text, at + len(conjunction)) if items else None
            if items is not None and after is not None:
                words = {w for item in items + [after.group(1)] for w in item.split()}
                if not (words & _NOT_NOUNS or _verbish(ctx, after.group(1))
                        or overlaps(at - len(items[1]) - 2 - len(items[0]), after.end(), place.protected)):
                    out.append(Hit(at, at + 1, f"no comma before “{conjunction[2:-1]}” at the end of a list",
                                   replacement=""))
            at = text.find(conjunction, at + 1)
    return out


def _list_before(text: str, at: int) -> list[str] | None:
    """The two list items before the “, and” at ``at`` (“organs, organizations”), or None."""
    window = max(0, at - 80)
    comma = text.rfind(", ", max(0, at - 36), at)
    if comma < 0:
        return None  # the item before “, and” is longer than three words
    second = text[comma + 2:at]
    if not _ITEM_ONLY.fullmatch(second):
        return None
    before = text.rfind(", ", window, comma)
    first = text[before + 2 if before >= 0 else window:comma].rsplit(" ", 1)[-1]
    return [first, second] if _ITEM_ONLY.fullmatch(first) else None


def _verbish(ctx, item: str) -> bool:
    """“…, and requests …”: a decision, where the comma is right (OP-06)."""
    head = item.split()[0]
    return ctx.lexicon.match(head[:1].upper() + head[1:], OPERATIVE) is not None


_POSSESSIVE_ACRONYM = re.compile(r"([A-Z]{2,}[A-Z0-9-]*)[’']s")


@lru_cache(maxsize=1)
def _state_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names of States (without bracketed forms), and the words they end with."""
    names = frozenset(n for n in state_names() if "(" not in n)
    return names, frozenset(n.rsplit(" ", 1)[-1] for n in names)


_POSSESSIVE = re.compile(r"[’']s\b")


@rule("RES312", "possessive", chars="’'", parts=PROSE, severity=ERROR, confidence="H",
      message="No possessive apostrophe with acronyms or names of countries: write “the policies of China”, "
              "“the mandate of UNODC”.",
      rationale="UN style never makes an acronym or a country name possessive.",
      source="PUN-03; EM-PUNCT; UNEG",
      wrong=[pre("Welcoming China’s contribution to the Fund,"), note("UNODC’s report (A/77/170).")],
      right=[pre("Welcoming the contribution of China to the Fund,")])
def possessive(place: Place, ctx) -> list[Hit]:
    text = place.text
    if "’s" not in text and "'s" not in text:
        return []
    out = []
    names, last_words = _state_names()
    for m in matches_from(_POSSESSIVE, text, "’'"):
        space = text.rfind(" ", 0, m.start())
        if not text[space + 1:space + 2].isupper():
            continue  # “women’s”: not a name
        words = text[max(0, m.start() - 60):m.start()].split(" ")
        start = None
        country = False
        if words and _POSSESSIVE_ACRONYM.fullmatch(words[-1] + "’s"):
            start = m.start() - len(words[-1])
        if words[-1] in last_words:
            for k in range(1, min(6, len(words)) + 1):
                candidate = " ".join(words[-k:])
                if candidate in names:
                    start, country = m.start() - len(candidate), True
        if start is not None and not overlaps(start, m.end(), place.protected):
            # official GA texts keep a State's possessive (“Israel’s policies”, “Ukraine’s children”): a hint there
            out.append(Hit(start, m.end(), f"“{text[start:m.end()]}”: no possessive with an acronym or a country "
                                           "name; rephrase with “of”", hint=country))
    return out
