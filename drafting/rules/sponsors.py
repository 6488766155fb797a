"""The sponsor line: “Argentina, Brazil and Chile: draft resolution” (spec ANAT-04, PUN-03).

The line is built from ``Submission.sponsors`` and ``kind``; what an imported text typed
is kept in ``source_line``, and offsets of findings are offsets in that line.  A fix
clears the evidence so that the line is built again.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import submission_line
from ..names import OBSERVER_STATES, canonical_state_name, is_state_name, sort_name
from .context import Hit, Place
from .registry import ERROR, INFO, SAFE, UNSAFE, WARNING, rule, sponsors

_LIST_LINE = re.compile(r"^(?P<names>.+?)\s*:\s*(?:revised\s+)?draft\s+(?:resolution|decision)\b", re.I)


def _names_part(line: str) -> str | None:
    m = _LIST_LINE.match(line)
    return m.group("names") if m else None


@rule("RES120", "sponsor-serial-comma", parts=("submission",), severity=ERROR, fix=SAFE,
      message="No comma before the “and” that ends the list of sponsors: “Argentina, Brazil and Chile: draft "
              "resolution”.",
      rationale="Sponsor lists follow the no-serial-comma rule of UN English.",
      source="ANAT-04, PUN-03; SPONS, EM-PUNCT",
      wrong=[sponsors("Argentina, Brazil, and Chile: draft resolution",
                      "Argentina, Brazil and Chile: draft resolution")],
      right=[sponsors("Argentina, Brazil and Chile: draft resolution")])
def sponsor_serial_comma(place: Place, ctx) -> list[Hit]:
    line = place.submission.source_line
    names = _names_part(line) if line else None
    if not names:
        return []
    at = names.rfind(", and ")
    if at < 0:
        return []
    return [Hit(at, at + 1, "no comma before “and” in the list of sponsors", action="rebuild-submission")]


@rule("RES121", "sponsor-line-form", parts=("submission",), severity=ERROR, fix=SAFE,
      message="The sponsor line reads “Sponsors: draft resolution” (or “revised draft resolution”), lower case "
              "after the colon.",
      rationale="The line names the sponsors, a colon, and the kind of text in lower case; “Submitted by:”, dashes "
                "and capitals (“Draft Resolution”) are not UN forms.",
      source="ANAT-04; EX, SPONS",
      wrong=[sponsors("Colombia: Draft Resolution", "Colombia: draft resolution"),
             sponsors("Submitted by: Colombia", "Colombia: draft resolution")],
      right=[sponsors("Colombia: revised draft resolution"),
             sponsors("Draft resolution submitted by the President of the General Assembly")])
def sponsor_line_form(place: Place, ctx) -> list[Hit]:
    sub = place.submission
    line = sub.source_line
    if not line:
        return []
    kind = re.sub(r"(?i)\b(?:revised|draft|resolution|decision)\b", lambda m: m.group().lower(), sub.kind)
    canonical = submission_line(sub.sponsors, kind)
    if _lenient(line, sub.sponsors) == _lenient(canonical, sub.sponsors):
        return []
    return [Hit(0, len(line), f"“{line}”: write “{canonical}”", action="rebuild-submission", data=(None, kind))]


def _lenient(line: str, sponsors: list[str]) -> str:
    """The line without what RES120 (serial comma) and RES122 (“the”) report."""
    line = re.sub(r",\s+and\s+", " and ", " ".join(line.split()))
    return re.sub(r"\bthe (?=[A-Z])", "", line) if sponsors else line


@rule("RES122", "sponsor-article", parts=("submission",), severity=ERROR, fix=SAFE,
      message="Sponsors are named by their short UN names without “the”: “Netherlands (Kingdom of the)”, "
              "“United Kingdom of Great Britain and Northern Ireland”.",
      rationale="The sponsor list uses the short names of the UN list of Member States, without an article.",
      source="ANAT-04; SPONS",
      wrong=[sponsors("Austria and the Philippines: draft resolution", "Austria and Philippines: draft resolution")],
      right=[sponsors("Austria and Philippines: draft resolution")])
def sponsor_article(place: Place, ctx) -> list[Hit]:
    sub = place.submission
    if not any(n.lower().startswith("the ") for n in sub.sponsors):
        return []
    fixed = tuple(n[4:] if n.lower().startswith("the ") else n for n in sub.sponsors)
    line = sub.source_line or sub.line
    at = line.lower().find("the ")
    return [Hit(max(at, 0), max(at, 0) + 4, "no “the” before a State's name in the sponsor line",
                action="rebuild-submission", data=(fixed,))]


def sort_key(name: str) -> tuple[bool, str]:
    """Alphabetical by UN short name; the observer States follow the Member States (“Zimbabwe and State of
    Palestine”), as the sponsor lines of official drafts set them."""
    listed = sort_name(name)
    plain = unicodedata.normalize("NFKD", listed).encode("ascii", "ignore").decode()
    return listed in OBSERVER_STATES, plain.casefold()


@rule("RES123", "sponsor-order", parts=("submission",), severity=WARNING, fix=UNSAFE, confidence="M",
      message="Sponsors are listed in English alphabetical order.",
      rationale="Sponsor lists are alphabetical; additional sponsors are often appended in /Add. documents, so "
                "this is only a warning.",
      source="ANAT-04; SPONS, GA-SUB",
      wrong=[sponsors("Chile, Argentina and Brazil: draft resolution",
                      "Argentina, Brazil and Chile: draft resolution")],
      right=[sponsors("Argentina, Brazil and Chile: draft resolution"),
             sponsors("Cuba, Zimbabwe and State of Palestine: draft resolution")])
def sponsor_order(place: Place, ctx) -> list[Hit]:
    names = place.submission.sponsors
    ordered = sorted(names, key=sort_key)
    if len(names) < 2 or names == ordered:
        return []
    first = next(i for i, (a, b) in enumerate(zip(names, ordered, strict=False)) if a != b)
    line = place.submission.source_line or place.submission.line
    at = line.find(names[first])
    return [Hit(max(at, 0), max(at, 0) + len(names[first]), f"“{names[first]}” is out of alphabetical order",
                action="rebuild-submission", data=(tuple(ordered),))]


@rule("RES124", "sponsor-former-name", parts=("submission",), severity=WARNING, fix=SAFE, confidence="H",
      message="A State is named by its current UN short name (Türkiye, Eswatini, Netherlands (Kingdom of the)).",
      rationale="The UN list of Member States gives each State's current short name.",
      source="ANAT-04; UN Protocol and Liaison Service list",
      wrong=[sponsors("Austria and Swaziland: draft resolution", "Austria and Eswatini: draft resolution")],
      right=[sponsors("Austria and Eswatini: draft resolution")])
def sponsor_former_name(place: Place, ctx) -> list[Hit]:
    sub = place.submission
    current = [canonical_state_name(n) or n for n in sub.sponsors]
    if current == sub.sponsors:
        return []
    line = sub.source_line or sub.line
    out = []
    for old, new in zip(sub.sponsors, current, strict=False):
        if old != new:
            at = max(line.find(old), 0)
            out.append(Hit(at, at + len(old), f"“{old}”: the UN name is “{new}”", action="rebuild-submission",
                           data=(tuple(current),)))
    return out[:1]


@rule("RES125", "sponsor-unknown", parts=("submission",), severity=INFO, confidence="M",
      message="A sponsor that is not in the UN list of Member States and observers; check the name.",
      rationale="Sponsors of drafts are States (or officers: “submitted by the Chair”); an unknown name is often "
                "a misspelling.",
      source="ANAT-04",
      wrong=[sponsors("Austria and Narnia: draft resolution")],
      right=[sponsors("Austria and Brazil: draft resolution")])
def sponsor_unknown(place: Place, ctx) -> list[Hit]:
    sub = place.submission
    line = sub.source_line or sub.line
    return [Hit(max(line.find(n), 0), max(line.find(n), 0) + len(n), f"“{n}” is not a UN Member State or observer")
            for n in sub.sponsors if not is_state_name(n) and not is_state_name(n.removeprefix("the "))]
