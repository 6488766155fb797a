"""The masthead, the session block and the adoption lines (spec ANAT-02, ANAT-03, ANAT-07, SYM-03)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..importers.masthead import SYMBOL as SYMBOL_FORM
from .context import Doc, Hit, Place, rewrites
from .numbers import ordinal_words, words_value
from .references import fixed_symbol
from .registry import ERROR, SAFE, WARNING, doc, rule, typed

_CANONICAL = {"distribution": "Distr.: {}", "original": "Original: {}"}
LANGUAGES = ("Arabic", "Chinese", "English", "French", "Russian", "Spanish")


def header(symbol="A/C.3/80/L.99", distr="Distr.: Limited", date="1 October 2025", original="Original: English",
           session="Eightieth session", agenda="Agenda item 71", sponsors="France and Germany: draft resolution",
           extra="") -> str:
    """A masthead for the examples; pass "" to leave a line out."""
    lines = ["United Nations", symbol, "General Assembly", distr, date, original]
    head = "\n".join(x for x in lines if x)
    blocks = [head, session, "Third Committee", agenda, "Promotion and protection of human rights", sponsors,
              "Situation of human rights", "The General Assembly,",
              "Recalling its resolution 76/7 of 22 November 2021,",
              "1. Requests the Secretary-General to report." + extra]
    return "\n\n".join(b for b in blocks if b)


@rule("RES111", "masthead-label", parts=("masthead",), severity=ERROR, fix=SAFE,
      message="Masthead labels are “Distr.: General | Limited | Restricted” and “Original: English”.",
      rationale="The distribution line reads “Distr.:” with a full stop and a colon; the language line "
                "“Original:”; the values are exactly General, Limited or Restricted.",
      source="ANAT-02; EM-MAST, EX",
      wrong=[doc(header(distr="Distr: Limited")), doc(header(original="Original language: English"))],
      right=[doc(header())])
def masthead_label(place: Place, ctx) -> list[Hit]:
    raw = ctx.res.masthead.source.get(place.field)
    if raw is None or place.field not in _CANONICAL:
        return []
    right = _CANONICAL[place.field].format(place.text)
    return [Hit(0, len(place.text), f"“{raw}”: write “{right}”", action="clear-masthead-source")]


_REQUIRED = ("symbol", "distribution", "date", "original")


@rule("RES112", "masthead-missing", parts=("masthead",), severity=WARNING, scope="document", facets=("header",),
      confidence="H",
      message="The masthead lacks a field: symbol, distribution, date or original language.",
      rationale="An issued document carries its symbol, distribution, date of submission and original language "
                "(adopted resolutions carry no language line). A draft still being written has no masthead, and "
                "then nothing is reported.",
      source="ANAT-02; EM-MAST",
      wrong=[doc(header(original=""))],
      right=[doc(header()), doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act.")])
def masthead_missing(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    places = {p.field: p for p in doc_.of("masthead")}
    if not any(places[f].text.strip() for f in ("symbol", "distribution", "date")):
        return
    adopted = "/RES/" in places["symbol"].text or ctx.res.adoption is not None
    names = {"symbol": "document symbol", "distribution": "distribution (Distr.: …)", "date": "date",
             "original": "original language (Original: …)"}
    for field in _REQUIRED:
        if field == "original" and adopted:
            continue
        if not places[field].text.strip():
            yield places[field], Hit(0, 0, f"the masthead has no {names[field]}")


@rule("RES113", "distribution-symbol", parts=("masthead",), severity=WARNING, scope="document", facets=("header",),
      confidence="H",
      message="Drafts (symbols with /L.) are “Distr.: Limited”; adopted resolutions (/RES/) are “Distr.: General”.",
      rationale="Draft resolutions are limited-distribution L documents; adopted texts are issued for general "
                "distribution.",
      source="ANAT-02, SYM-03; EM-RES §A, EM-MAST, EX, R-73/341",
      wrong=[doc(header(distr="Distr.: General"))],
      right=[doc(header())])
def distribution_symbol(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    places = {p.field: p for p in doc_.of("masthead")}
    symbol, distr = places["symbol"].text, places["distribution"].text.strip()
    if not symbol or not distr:
        return
    if "/L." in symbol and distr != "Limited":
        yield places["distribution"], Hit(0, len(distr), f"{symbol} is a draft: “Distr.: Limited”")
    elif "/RES/" in symbol.upper() and distr != "General":
        yield places["distribution"], Hit(0, len(distr), f"{symbol} is an adopted resolution: “Distr.: General”")


@rule("RES114", "masthead-symbol", parts=("masthead",), severity=ERROR, fix=SAFE,
      message="The document symbol is malformed: components joined by “/” without spaces, in capitals, "
              "“L.10”, “Rev.1”.",
      rationale="Symbols follow the UN grammar: series, bodies, session or year, special component, number, "
                "suffixes (A/C.3/77/L.10/Rev.1).",
      source="SYM-01; RG-SYM",
      wrong=[typed("masthead.symbol", "A / C.3 / 80 / L99", "A/C.3/80/L.99")],
      right=[doc(header())])
def masthead_symbol(place: Place, ctx) -> list[Hit]:
    text = place.text.strip()
    if place.field != "symbol" or not text or SYMBOL_FORM.match(text):
        return []
    right = fixed_symbol(re.sub(r"\s*/\s*", "/", text))
    right = re.sub(r"(?<=/)(Rev|Add|Corr|Amend|L)(\d+)\b", r"\1.\2", right)
    if SYMBOL_FORM.match(right):
        return [Hit(0, len(text), f"“{text}”: write “{right}”", replacement=right)]
    return [Hit(0, len(text), f"“{text}” is not a UN document symbol")]


_SESSION = re.compile(r"^(?P<ord>\d{1,3}(?:st|nd|rd|th)|[A-Za-z]+(?:[- ][A-Za-z]+)?)(?P<rest> (?:special |resumed )?"
                      r"session\b.*)$")


@rule("RES115", "session-line", parts=("masthead",), severity=ERROR, fix=SAFE,
      message="The session line spells the ordinal out with an initial capital: “Seventy-seventh session”.",
      rationale="Session ordinals are words, capitalized at the start of the line, compound ordinals hyphenated "
                "with the second part in lower case.",
      source="ANAT-03, NUM-03; EX (“Eleventh session”), R-73/341",
      wrong=[doc(header(session="80th session")), doc(header(session="Seventy-Seventh session"))],
      right=[doc(header())])
def session_line(place: Place, ctx) -> list[Hit]:
    m = _SESSION.match(place.text.strip()) if place.field == "session" else None
    if m is None:
        return []
    ordinal = m.group("ord")
    value = int(re.sub(r"\D", "", ordinal)) if ordinal[0].isdigit() else words_value(ordinal)
    if value is None:
        return []
    right = ordinal_words(value).capitalize()
    if right == ordinal:
        return []
    return [Hit(0, len(ordinal), f"“{ordinal} session”: write “{right} session”", replacement=right)]


_ITEM = re.compile(r"\b([Ii]tems? \d+)\(([a-z])\)")


@rule("RES116", "agenda-item-form", words=("item", "items"), parts=("masthead", "preamble", "operative",
      "subparagraph", "footnote"),
      severity=ERROR, fix=SAFE,
      message="An agenda item's letter stands in parentheses after a space: “Item 2 (b)”, “agenda item 68 (b)”.",
      rationale="Sub-items are written with a space before the parenthesis.",
      source="ANAT-03; EX (“Item 2 (b) of the provisional agenda”)",
      wrong=[doc(header(agenda="Agenda item 71(c)"))],
      right=[doc(header(agenda="Agenda item 71 (c)"))])
def agenda_item_form(place: Place, ctx) -> list[Hit]:
    if "tem" not in place.text or "(" not in place.text:
        return []
    return rewrites(place, _ITEM.finditer(place.text), lambda m: f"{m.group(1)} ({m.group(2)})")


@rule("RES117", "agenda-footnote", parts=("masthead",), severity=WARNING, confidence="H",
      message="“of the provisional agenda” takes an asterisk note giving the agenda's symbol: “* CTOC/COP/2022/1.”",
      rationale="Vienna and Geneva mastheads refer to the provisional agenda with a symbol note that gives only "
                "the agenda document's symbol and a full stop.",
      source="ANAT-03; EX",
      wrong=[doc(header(agenda="Item 2 of the provisional agenda"))],
      right=[doc(header(agenda="Item 2 of the provisional agenda*", extra="\n\n* A/C.3/80/1."))])
def agenda_footnote(place: Place, ctx) -> list[Hit]:
    text = place.text
    if place.field != "agenda_item" or "provisional agenda" not in text:
        return []
    anchors = place.inline.anchors if place.inline is not None else []
    if not anchors:
        return [Hit(len(text), len(text), "the provisional agenda takes a note (*) giving its symbol")]
    note = anchors[0].note.text.strip().rstrip(".")
    if note and not SYMBOL_FORM.match(note):
        return [Hit(len(text), len(text), "the agenda note gives only the agenda's symbol and a full stop")]
    return []


@rule("RES118", "original-language", parts=("masthead",), severity=WARNING, confidence="H",
      message="“Original:” names an official language: Arabic, Chinese, English, French, Russian or Spanish.",
      rationale="The original is the language of submission, one of the six official languages.",
      source="ANAT-02; EM-MAST",
      wrong=[doc(header(original="Original: Englsh"))],
      right=[doc(header())])
def original_language(place: Place, ctx) -> list[Hit]:
    if place.field != "original" or not place.text.strip():
        return []
    names = re.split(r"\s*(?:,|/| and )\s*", place.text.strip())
    if all(n in LANGUAGES for n in names):
        return []
    return [Hit(0, len(place.text), f"“{place.text}” is not an official language")]


@rule("RES126", "revised-symbol", parts=("submission",), severity=WARNING, scope="document", facets=("header",),
      confidence="H",
      message="A revised draft has “/Rev.n” in its symbol and “revised draft resolution” in its sponsor line.",
      rationale="Revisions are issued as L.x/Rev.y and say “revised draft resolution”; the two go together.",
      source="ANAT-04, SYM-03; EX, GA-SUB",
      wrong=[doc(header(sponsors="France and Germany: revised draft resolution"))],
      right=[doc(header(symbol="A/C.3/80/L.99/Rev.1", sponsors="France and Germany: revised draft resolution"))])
def revised_symbol(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    symbol = ctx.res.masthead.symbol.text
    kind = ctx.res.submission.kind.lower()
    if not symbol or "/L." not in symbol or "draft" not in kind:
        return
    place = doc_.of("submission")[0]
    revised = kind.startswith("revised")
    if revised and "/Rev." not in symbol:
        yield place, Hit(0, 0, f"a revised draft, but the symbol {symbol} has no /Rev.")
    elif not revised and "/Rev." in symbol:
        yield place, Hit(0, 0, f"the symbol {symbol} is a revision: “revised draft resolution”")


_REFERENCE = re.compile(r"^(?:on the report of the (?:(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special "
                        r"Political and Decolonization Committee(?: \(Fourth Committee\))?)|without reference to a "
                        r"Main Committee) \(A/[^)]+\)$")


@rule("RES140", "adoption-reference", parts=("adoption",), severity=WARNING, confidence="H",
      message="An adopted General Assembly resolution says “[on the report of the Third Committee (A/…)]” or "
              "“[without reference to a Main Committee (A/…)]”.",
      rationale="The line under the adoption statement names the report the resolution was adopted on, with its "
                "symbol in parentheses.",
      source="ANAT-07; EM-RES §C, R-73/341, R-57/97",
      wrong=[doc("United Nations\nA/RES/79/180\nGeneral Assembly\nDistr.: General\n19 December 2024\n\n"
                 "Resolution adopted by the General Assembly on 17 December 2024\n\n[report of the Third Committee]"
                 "\n\n79/180. Combating intolerance\n\nThe General Assembly,\n\nRecalling its resolution 78/214,\n\n"
                 "1. Decides to act.")],
      right=[doc("United Nations\nA/RES/79/180\nGeneral Assembly\nDistr.: General\n19 December 2024\n\n"
                 "Resolution adopted by the General Assembly on 17 December 2024\n\n[on the report of the Third "
                 "Committee (A/79/458/Add.2, para. 99)]\n\n79/180. Combating intolerance\n\nThe General Assembly,\n\n"
                 "Recalling its resolution 78/214,\n\n1. Decides to act."),
             doc("United Nations\nA/RES/78/70\nGeneral Assembly\nDistr.: General\n11 December 2023\n\n"
                 "Resolution adopted by the General Assembly on 7 December 2023\n\n[on the report of the Special "
                 "Political and Decolonization Committee (Fourth Committee) (A/78/417, para. 8)]\n\n78/70. Assistance "
                 "in mine action\n\nThe General Assembly,\n\nRecalling its resolution 76/74,\n\n1. Decides to act.")])
def adoption_reference(place: Place, ctx) -> list[Hit]:
    if place.field != "reference" or not place.text.strip() or ctx.pack.organ != "General Assembly":
        return []
    return [] if _REFERENCE.match(place.text.strip()) else [Hit(0, len(place.text))]
