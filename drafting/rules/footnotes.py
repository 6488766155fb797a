"""Footnotes: mark position, marks of header notes, the note's text (spec FN-01 … FN-04, ANAT-03).

Footnote marks are derived (numbering.py), so their numbering cannot go wrong in the model;
what can is where a mark stands, whether a note takes a symbol or a number, and its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import Doc, Hit, Place
from .registry import ERROR, PARAGRAPHS, SAFE, UNSAFE, WARNING, doc, note, op, rule
from .scan import SYMBOL

_HEADER_KINDS = ("masthead", "submission", "title", "adoption", "body")


@rule("RES401", "footnote-mark-position", anchors=True, parts=("preamble", "operative", "subparagraph", "annex",
      "title",
                                                  "masthead", "submission"),
      severity=ERROR, fix=SAFE,
      message="In English the footnote mark stands after the punctuation: “Convention,²”, not “Convention²,”.",
      rationale="The indicator follows the punctuation mark in English (the reverse of French and Spanish).",
      source="FN-03; EM-FN9; EX",
      wrong=[doc("The General Assembly,\n\nRecalling the Convention[^1], and the Protocol,\n\n1. Decides to act."
                 "\n\n__________________\n\n1. United Nations, *Treaty Series*, vol. 2225, No. 39574.")],
      right=[doc("The General Assembly,\n\nRecalling the Convention,[^1] and the Protocol,\n\n1. Decides to act."
                 "\n\n__________________\n\n1. United Nations, *Treaty Series*, vol. 2225, No. 39574.")])
def footnote_mark_position(place: Place, ctx) -> list[Hit]:
    inline = place.inline
    if inline is None or not inline.anchors:
        return []
    text = place.text
    out, seen = [], set()
    for anchor in inline.anchors:
        o = anchor.offset
        if o in seen or o >= len(text) or o == 0 or text[o] not in ",;:." or text[o - 1] == " ":
            continue
        if place.kind == "submission" and text[o] == ":":
            continue  # a note on the last sponsor stands before the colon: “Indonesia*: draft resolution” (GA drafts)
        seen.add(o)
        out.append(Hit(o, o + 1, f"the footnote mark goes after the “{text[o]}”", replacement=text[o],
                       action="move-anchors", data=(o, o + 1)))
    return out


@rule("RES402", "footnote-full-stop", parts=("footnote",), severity=ERROR, fix=SAFE,
      message="A footnote ends with a full stop, even one that is only a document symbol.",
      rationale="Every footnote text ends with a full stop: “⁴ CTOC/COP/2022/2.”",
      source="FN-04; EX",
      wrong=[note("A/77/170", "A/77/170.")],
      right=[note("A/77/170."), note("Resolution 76/7, annex.")])
def footnote_full_stop(place: Place, ctx) -> list[Hit]:
    text = place.text
    n = len(text.rstrip())
    if n == 0 or text[n - 1] in ".?!" or text[:n].endswith((".”", ".)")):
        return []
    if text[n - 1] in ",;:":
        return [Hit(n - 1, n, "a footnote ends with a full stop", replacement=".")]
    return [Hit(n, n, "a footnote ends with a full stop", replacement=".")]


_IBID = re.compile(r"^(?:(?P<see>See )?(?P<word>[Ii][Bb][Ii][Dd](?:em)?)(?P<stop>\.?))(?=[\s,]|$)")


@rule("RES403", "ibid-form", parts=("footnote",), severity=ERROR, fix=SAFE,
      message="Write “Ibid.” (capital at the start of the note, with a full stop; “See ibid.” inside).",
      rationale="“Ibid.” refers to the immediately preceding footnote; it is capitalized at the start of a note "
                "and abbreviated with a full stop.",
      source="FN-04; EX (“² *Ibid.*, vol. 2225, No. 39574.”)",
      wrong=[note("ibid., vol. 2225, No. 39574.", "Ibid., vol. 2225, No. 39574."), note("Ibid, vol. 2225.",
                                                                                        "Ibid., vol. 2225.")],
      right=[note("Ibid., vol. 2225, No. 39574."), note("See ibid., vol. 2225.")])
def ibid_form(place: Place, ctx) -> list[Hit]:
    m = _IBID.match(place.text)
    if m is None:
        return []
    right = "ibid." if m.group("see") else "Ibid."
    found = m.group("word") + m.group("stop")
    if found == right:
        return []
    return [Hit(m.start("word"), m.end(), f"“{found}”: write “{right}”", replacement=right)]


@rule("RES404", "ibid-first", parts=("footnote",), severity=ERROR, scope="document", facets=("note",),
      message="“Ibid.” refers to the footnote before it; the first footnote cannot be “Ibid.”.",
      rationale="“Ibid.” repeats the source of the immediately preceding note, so it needs one; after notes were "
                "moved or deleted it may be left without.",
      source="FN-04; EM-FN3",
      wrong=[note("Ibid., vol. 2225, No. 39574.")],
      right=[doc("The General Assembly,\n\nRecalling the Convention,[^1] and the Protocol,[^2]\n\n1. Decides to act."
                 "\n\n__________________\n\n1. United Nations, *Treaty Series*, vol. 2225, No. 39574.\n"
                 "2. Ibid., vol. 2237, No. 39574.")])
def ibid_first(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    for place, facts in doc_.rows("footnote"):
        if facts.note is None:
            continue
        is_ibid, symbol, _ = facts.note
        if symbol:
            continue
        if is_ibid:
            yield place, Hit(0, 5)
        return


@rule("RES405", "header-note-symbol", parts=("footnote",), severity=ERROR, fix=SAFE,
      message="Notes on the masthead, the sponsor line and the title take symbols (*, **), not numbers.",
      rationale="Symbol notes belong to masthead and title elements (the agenda note “* CTOC/COP/2022/1.”) and "
                "come before the numbered notes without using a number.",
      source="FN-02; EX; EM-FN9",
      wrong=[doc("Eleventh session\n\nItem 2 of the provisional agenda[^1]\n\nColombia: draft resolution\n\n"
                 "Title of the draft\n\nThe General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act."
                 "\n\n__________________\n\n1. CTOC/COP/2022/1.")],
      right=[doc("Eleventh session\n\nItem 2 of the provisional agenda*\n\nColombia: draft resolution\n\n"
                 "Title of the draft\n\nThe General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act."
                 "\n\n* CTOC/COP/2022/1.")])
def header_note_symbol(place: Place, ctx) -> list[Hit]:
    note = place.note
    if not place.position[0] or note is None or note.symbol:
        return []
    return [Hit(0, 0, "a note on the masthead or title takes an asterisk, not a number", action="set-note-symbol",
                data=(True,))]


@rule("RES406", "asterisk-note", parts=("footnote",), severity=WARNING, fix=UNSAFE, confidence="H",
      message="Notes in the text of a resolution are numbered; asterisks are for masthead and title notes.",
      rationale="Resolutions use numbered footnotes (no letters, and symbols mainly for masthead and title notes "
                "and in election decisions).",
      source="FN-02; EM-FN9, EM-FN2",
      wrong=[doc("The General Assembly,\n\nRecalling the Convention,*\n\n1. Decides to act.\n\n"
                 "* United Nations, *Treaty Series*, vol. 2225, No. 39574.")],
      right=[note("United Nations, *Treaty Series*, vol. 2225, No. 39574.")])
def asterisk_note(place: Place, ctx) -> list[Hit]:
    note = place.note
    if place.position[0] or note is None or not note.symbol:
        return []
    return [Hit(0, 0, "this note in the text takes a number, not an asterisk", action="set-note-symbol", data=(False,))]


_TREATY = re.compile(r"United Nations,? Treaty Series|\b[Vv]ol(?:ume)?s?\.? (?=\d)|\bVols?\.(?= \d)|"
                     r"\b(?:[Nn]o|Number|number)\.? (?=\d)")


def _treaty_right(found: str) -> str | None:
    if found.startswith("United Nations"):
        return "United Nations, Treaty Series"
    low = found.lower().strip()
    if low.startswith("vol"):
        return "vols. " if low.startswith(("vols", "volumes")) else "vol. "
    return "No. "


@rule("RES407", "treaty-series", parts=("footnote",), severity=ERROR, fix=SAFE,
      message="Cite the Treaty Series as “United Nations, *Treaty Series*, vol. 2225, No. 39574.”",
      rationale="The Treaty Series citation has a fixed form: the comma after “United Nations”, “vol.”/“vols.” "
                "and “No.” abbreviated.",
      source="FN-04; EX",
      wrong=[note("United Nations Treaty Series, volume 2225, No 39574.",
                  "United Nations, Treaty Series, vol. 2225, No. 39574.")],
      right=[note("United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574.")])
def treaty_series(place: Place, ctx) -> list[Hit]:
    text = place.text
    if "Treaty Series" not in text and "Ibid" not in text and "ibid" not in text:
        return []
    out = []
    for m in _TREATY.finditer(text):
        right = _treaty_right(m.group())
        if right is not None and m.group() != right:
            out.append(Hit(m.start(), m.end(), f"“{m.group().strip()}”: write “{right.strip()}”", replacement=right))
    return out


@rule("RES408", "footnote-symbols-and", parts=("footnote",), severity=WARNING, fix=SAFE, confidence="M",
      message="Two document symbols in a footnote are joined by “and”: “CTOC/COP/WG.4/2021/6 and "
              "CTOC/COP/WG.4/2022/4.”",
      rationale="EX joins two symbols with “and”, as lists are joined elsewhere.",
      source="FN-04; EX",
      wrong=[note("A/HRC/55/62, A/HRC/55/67.", "A/HRC/55/62 and A/HRC/55/67.")],
      right=[note("A/HRC/55/62 and A/HRC/55/67.")])
def footnote_symbols_and(place: Place, ctx) -> list[Hit]:
    m = re.fullmatch(rf"((?:See )?{SYMBOL.pattern}), ({SYMBOL.pattern})\.", place.text.strip())
    if m is None:
        return []
    at = place.text.index(m.group(1)) + len(m.group(1))
    return [Hit(at, at + 2, replacement=" and ")]


_IN_TEXT = re.compile(r"\((?:see )?" + SYMBOL.pattern + r"(?:, [^()]{0,40})?\)")


@rule("RES409", "citation-in-text", chars="/", parts=PARAGRAPHS, severity=WARNING, confidence="H",
      message="Sources are cited in footnotes, not in parentheses in the text.",
      rationale="In resolutions all sources go in footnotes; only resolutions and decisions of organs are cited in "
                "the text, by number and date.",
      source="FN-01; EM-FN2; EX",
      wrong=[op("Takes note of the report of the Secretary-General (A/79/284);")],
      right=[op("Takes note of the report of the Secretary-General;")])
def citation_in_text(place: Place, ctx) -> list[Hit]:
    if "/" not in place.text or "(" not in place.text:
        return []
    return [Hit(m.start(), m.end(), f"“{m.group()}”: cite the document in a footnote")
            for m in _IN_TEXT.finditer(place.text)]


@rule("RES410", "empty-footnote", parts=("footnote",), severity=ERROR,
      message="This footnote has no text.",
      rationale="A mark without a note points nowhere (often a note lost when text was pasted).",
      source="FN-02",
      wrong=[doc("The General Assembly,\n\nRecalling the Convention,[^1]\n\n1. Decides to act.")],
      right=[note("A/77/170.")])
def empty_footnote(place: Place, ctx) -> list[Hit]:
    return [] if place.text.strip() else [Hit(0, 0)]


_OR_SESSION = re.compile(r"Official Records of the [A-Z][^,]{3,60}, ([A-Z][a-z]+(?:-[a-z]+)?) (session)\b|"
                         r"\b(Supplement) (no\.|number|Number) ")


@rule("RES411", "official-records", parts=("footnote",), severity=WARNING, fix=SAFE, confidence="M",
      message="In an Official Records title, “Session” and “Supplement No.” are capitalized: "
              "*Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 1*.",
      rationale="The title of the Official Records has a fixed form with a capitalized session ordinal and "
                "“Session”, and the supplement number.",
      source="FN-04; ILC style guide; A/RES/79/180 (footnotes)",
      wrong=[note("Official Records of the General Assembly, Seventy-seventh session, Supplement No. 1 (A/77/1).",
                  "Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 1 (A/77/1).")],
      right=[note("*Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 1* (A/77/1).")])
def official_records(place: Place, ctx) -> list[Hit]:
    if "Official Records" not in place.text and "upplement" not in place.text:
        return []
    out = []
    for m in _OR_SESSION.finditer(place.text):
        if m.group(2):
            out.append(Hit(m.start(2), m.end(2), "write “Session” in an Official Records title", replacement="Session"))
        else:
            out.append(Hit(m.start(4), m.end(4), "write “Supplement No.”", replacement="No."))
    return out


@rule("RES412", "treaty-series-italic", parts=("footnote",), severity=WARNING, fix=SAFE, confidence="H",
      message="*Treaty Series* is in italics.",
      rationale="The title of the United Nations Treaty Series, like other publication titles, is italic.",
      source="FN-04, ITAL-01; EX, A/80/L.8, A/C.3/80/L.30",
      wrong=[note("United Nations, Treaty Series, vol. 2225, No. 39574.")],
      right=[note("United Nations, *Treaty Series*, vol. 2225, No. 39574.")])
def treaty_series_italic(place: Place, ctx) -> list[Hit]:
    text = place.text
    i = text.find("Treaty Series")
    if i < 0:
        return []
    if any(m.style == "italic" and m.start <= i and i + 13 <= m.end for m in place.marks):
        return []
    return [Hit(i, i + 13, action="add-italic")]
