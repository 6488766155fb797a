"""The body line, the title, the length, and what each body's texts close with
(spec ANAT-01, ANAT-05, ANAT-06, OP-08, §8)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import Doc, Hit, Place, acronyms_of
from .registry import ERROR, INFO, SAFE, UNSAFE, WARNING, body, doc, op, rule, title, typed

_SMALL_WORDS = {"of", "the", "and", "to", "on", "for", "against", "in", "at", "by", "a", "an", "with", "from", "into",
                "upon", "between", "among", "under", "or", "as"}


def title_case(text: str) -> str:
    """“THE CONFERENCE OF THE PARTIES TO …” → “The Conference of the Parties to …”."""
    words = text.lower().split(" ")
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def holds_body_line(text: str, body_line: str) -> bool:
    """Whether a paragraph opens with the body line and goes on: a decision in one sentence (“The General Assembly,
    taking note of …, decides to …”)."""
    organ = body_line.strip().rstrip(",")
    return bool(organ) and text.startswith(organ + ", ")


def organ_of(line: str) -> str:
    """“The General Assembly,” → “general assembly”."""
    line = line.strip().rstrip(",").strip()
    if line.lower().startswith("the "):
        line = line[4:]
    return " ".join(line.split()).casefold()


@rule("RES102", "body-line-missing", parts=("body",), severity=ERROR, fix=UNSAFE,
      message="The text proper begins with the body line naming the acting organ: “The General Assembly,”.",
      rationale="Every resolution names its organ before the preamble; the operative verbs agree with it.",
      source="ANAT-01, ANAT-06; EM-RES §C",
      wrong=[doc("Recalling its resolution 76/7,\n\n1. Decides to act.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act."),
             doc("The General Assembly, recalling its resolution 76/7, decides to act.")])
def body_line_missing(place: Place, ctx) -> list[Hit]:
    has_preamble, has_paragraphs, sentence = place.position
    if place.text.strip() or not has_paragraphs or holds_body_line(sentence, ctx.pack.body_line):
        return []
    line = ctx.pack.body_line
    if line and not has_preamble:
        line = line.rstrip(",")
    return [Hit(0, 0, f"the body line is missing: “{line}”" if line else None,
                replacement=line if line else None)]


@rule("RES103", "body-line-form", parts=("body",), severity=ERROR, fix=SAFE,
      message="The body line is “The” and the organ's full name in normal capitals: “The General Assembly,”, "
              "not “THE GENERAL ASSEMBLY,” or “General Assembly,”.",
      rationale="The body line names the acting organ in full, preceded by “The”, in italics (derived); Model UN "
                "texts set it in capitals.",
      source="ANAT-06; EM-RES §C, EX, R-73/341, S-1325",
      wrong=[body("THE GENERAL ASSEMBLY,", "The General Assembly,"), typed("body", "The general assembly,",
                                                                           "The General Assembly,")],
      right=[body("The General Assembly,")])
def body_line_form(place: Place, ctx) -> list[Hit]:
    text = place.text
    stripped = text.rstrip(",;:. ")
    if not stripped:
        return []
    if stripped.isupper() and len(stripped) > 3 and title_case(stripped) != stripped:  # not "A000"
        return [Hit(0, len(stripped), "the body line is not in capitals", replacement=title_case(stripped))]
    if stripped.startswith("the "):
        return [Hit(0, 1, "“The” begins the body line", replacement="T")]
    if not stripped.startswith("The "):
        return [Hit(0, 0, "the body line begins with “The”", replacement="The ")]
    name = title_case(stripped)[4:]
    if stripped[4:5].islower() and name != stripped[4:]:
        return [Hit(4, len(stripped), "the organ's name takes capitals", replacement=name)]
    return []


@rule("RES104", "body-line-comma", parts=("body",), severity=ERROR, fix=SAFE,
      message="The body line ends with a comma when a preamble follows: “The General Assembly,”.",
      rationale="The body line and the preambular paragraphs form one sentence with the operative part.",
      source="ANAT-06; EM-RES §C, EX",
      wrong=[body("The General Assembly", "The General Assembly,")],
      right=[body("The General Assembly,")])
def body_line_comma(place: Place, ctx) -> list[Hit]:
    has_preamble, _, _ = place.position
    text = place.text.rstrip()
    if not text or not has_preamble or text.endswith(","):
        return []
    if text[-1] in ";:.":
        return [Hit(len(text) - 1, len(text), replacement=",")]
    return [Hit(len(text), len(text), replacement=",")]


@rule("RES105", "body-line-no-comma", parts=("body",), severity=WARNING, fix=SAFE, confidence="M",
      message="With no preamble the body line takes no comma: “The General Assembly” followed by the operative "
              "paragraph.",
      rationale="The Editorial Manual's example without a preamble sets the body line without a comma; "
                "A/80/L.8 does the same.",
      source="ANAT-06; EM-RES §C example, A/80/L.8",
      wrong=[doc("The General Assembly,\n\nAdopts the Political Declaration annexed to the present resolution.")],
      right=[doc("The General Assembly\n\nAdopts the Political Declaration annexed to the present resolution.")])
def body_line_no_comma(place: Place, ctx) -> list[Hit]:
    has_preamble, has_paragraphs, _ = place.position
    text = place.text.rstrip()
    if has_preamble or not has_paragraphs or not text.endswith(","):
        return []
    return [Hit(len(text) - 1, len(text), replacement="")]


@rule("RES106", "body-line-organ", parts=("body",), severity=WARNING, fix=UNSAFE, confidence="H",
      message="The body line names a different organ from the one this style pack is for.",
      rationale="The body line names the organ that adopts the text (§8): “The Security Council,”, “The Human "
                "Rights Council,”. A mismatch is a copied template or the wrong pack.",
      source="ANAT-06, §8",
      wrong=[body("The Security Council,")],
      right=[body("The General Assembly,")])
def body_line_organ(place: Place, ctx) -> list[Hit]:
    expected = ctx.pack.body_line
    text = place.text.strip()
    if not expected or not text:
        return []
    accepted = [expected] + list(ctx.setting("other_body_lines", []))
    if organ_of(text) in {organ_of(line) for line in accepted}:
        return []
    return [Hit(0, len(text.rstrip(",")), f"this is a {ctx.pack.title} text: the body line is “{expected}”",
                replacement=expected.rstrip(","))]


@rule("RES107", "title-missing", parts=("title",), severity=ERROR,
      message="The resolution has no title.",
      rationale="Every resolution (except Security Council resolutions) has a title, normally that of the agenda "
                "item, set in bold under the sponsor line.",
      source="ANAT-05; EM-RES §B",
      wrong=[doc("Colombia: draft resolution\n\nThe General Assembly,\n\nRecalling its resolution 76/7,\n\n"
                 "1. Decides to act.")],
      right=[doc("Colombia: draft resolution\n\nCrime prevention\n\nThe General Assembly,\n\n"
                 "Recalling its resolution 76/7,\n\n1. Decides to act.")])
def title_missing(place: Place, ctx) -> list[Hit]:
    adopted, has_paragraphs = place.position
    return [Hit(0, 0)] if has_paragraphs and not place.text.strip() else []


@rule("RES108", "title-full-stop", parts=("title",), severity=ERROR, fix=SAFE,
      message="A title takes no final full stop.",
      rationale="Titles and headings end without punctuation (the full stop after an adopted resolution's number, "
                "“73/341.”, is not part of the title).",
      source="ANAT-05; EM-RES §B",
      wrong=[title("Crime prevention and criminal justice.", "Crime prevention and criminal justice")],
      right=[title("Crime prevention and criminal justice")])
def title_full_stop(place: Place, ctx) -> list[Hit]:
    text = place.text.rstrip()
    if not text.endswith(".") or text.endswith(_ABBREVIATED):
        return []
    start = len(text.rstrip(". "))  # every final stop at once: "Title. ." settles in one fix
    if text[start] == "." and text[:start + 1].endswith(_ABBREVIATED):
        start += 1
    return [Hit(start, len(text), replacement="")]


_ABBREVIATED = ("etc.", "Inc.", "No.")


@rule("RES109", "title-abbreviation", parts=("title",), severity=WARNING, confidence="H",
      message="Titles are not abbreviated: write the names of organs, offices and instruments in full.",
      rationale="A title names organs, offices and instruments in full (“the Trafficking in Persons Protocol”, "
                "not “the TIP Protocol”).",
      source="ANAT-05; EM-RES §B, CORR",
      wrong=[title("Implementation of the TIP Protocol")],
      right=[title("Implementation of the Trafficking in Persons Protocol"),
             title("Response to the coronavirus disease (COVID-19) pandemic")])
def title_abbreviation(place: Place, ctx) -> list[Hit]:
    found = acronyms_of(place)
    defined = {a for a, _, _, defines in found if defines}
    return [Hit(s, e, f"“{a}”: write the name in full") for a, s, e, defines in found
            if not defines and a not in defined]


@rule("RES110", "sc-title", parts=("title",), severity=WARNING, default_on=False, confidence="H",
      message="Security Council resolutions have no title.",
      rationale="Security Council resolutions go from the header straight to the body line.",
      source="ANAT-05, §8; S-1325",
      wrong=[title("Women and peace and security")],
      right=[doc("The Security Council,\n\nRecalling its resolution 1261 (1999) of 25 August 1999,\n\n"
                 "1. Decides to remain seized of the matter."),
             doc("United Nations\nS/RES/1325 (2000)\nSecurity Council\nDistr.: General\n31 October 2000\n\n"
                 "Resolution 1325 (2000)\n\nThe Security Council,\n\nRecalling its resolution 1261 (1999),\n\n"
                 "1. Decides to remain actively seized of the matter.")])
def sc_title(place: Place, ctx) -> list[Hit]:
    text = place.text.strip()
    if not text or _SC_NUMBER.match(text):
        return []  # “Resolution 1325 (2000)”: the header line of an adopted Council resolution
    return [Hit(0, len(place.text))]


_SC_NUMBER = re.compile(r"^Resolution \d+ \(\d{4}\)(?: Adopted by the Security Council\b.*)?$")


@rule("RES150", "word-count", parts=("title",), severity=INFO, scope="document", facets=("words",),
      message="The text is longer than the 3,300-word limit of documents issued in session.",
      rationale="In-session documents are limited to 3,300 words (the pack setting word_limit); longer drafts "
                "need a waiver or cuts. Adopted resolutions are not measured.",
      source="GA word limits for documents (in-session, 3,300 words)",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act " + "and act " * 1700
                 + "now.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act.")])
def word_count(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    if doc_.res.adoption is not None:
        return  # an adopted resolution is issued as adopted: the limit is the drafts' business
    limit = int(ctx.setting("word_limit", 3300))
    adopted = ctx.res.adoption is not None or "/RES/" in ctx.res.masthead.symbol.text
    if adopted:  # the limit is for drafts in session, not for the texts adopted from them
        return
    total = sum(f.words for f in doc_.facts.values())
    if total > limit:
        place = doc_.of("title")[0]
        yield place, Hit(0, 0, f"the text has {total:,} words; the limit for in-session documents is {limit:,}")


_SEIZED = re.compile(r"^(?:Decides to remain (?:actively )?seized of (?:the|this) matter\.)$")  # "this": S/2018/1021


@rule("RES151", "sc-closing", parts=("operative",), severity=WARNING, default_on=False, confidence="H",
      message="A Security Council resolution normally closes with “Decides to remain seized of the matter.” "
              "(or “actively seized”).",
      rationale="The last operative paragraph of Security Council resolutions keeps the matter on the Council's "
                "agenda.",
      source="OP-08; SC practice",
      wrong=[doc("The Security Council,\n\nRecalling its resolution 1261 (1999),\n\n1. Demands that all parties "
                 "act;\n\n2. Requests the Secretary-General to report.")],
      right=[doc("The Security Council,\n\nRecalling its resolution 1261 (1999),\n\n1. Demands that all parties "
                 "act;\n\n2. Decides to remain actively seized of the matter.")])
def sc_closing(place: Place, ctx) -> list[Hit]:
    _expected, _single, last, _runs_on = place.position
    if not last or _SEIZED.match(place.text.strip()):
        return []
    return [Hit(0, 0)]


_SEIZED_ANYWHERE = re.compile(r"\bremain (?:actively )?seized of the matter\b", re.I)


@rule("RES154", "seized-outside-council", parts=("operative",), severity=INFO, confidence="M",
      message="“Decides to remain seized of the matter” is the Security Council's usual formula; the General "
              "Assembly and other bodies usually decide to continue considering the question at a later session.",
      rationale="The Council keeps a matter on its agenda by remaining seized of it; an Assembly resolution "
                "usually closes with “Decides to include in the provisional agenda of its … session the item …” or "
                "“Decides to continue its consideration of the question”.  A hint, not a fault: adopted Assembly "
                "resolutions use the Council's words too (A/RES/78/217 and A/RES/80/218, on the protection of "
                "migrants, close with them).",
      source="OP-08 (GA: “typically”); SC practice; A/RES/78/217, A/RES/80/218",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act;\n\n"
                 "2. Decides to remain seized of the matter.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act;\n\n"
                 "2. Decides to continue its consideration of the question at its eighty-first session."),
             doc("The Security Council,\n\nRecalling its resolution 1261 (1999),\n\n1. Demands that all parties "
                 "act;\n\n2. Decides to remain actively seized of the matter.")])
def seized_outside_council(place: Place, ctx) -> list[Hit]:
    found = _SEIZED_ANYWHERE.search(place.text)
    body = f"{ctx.res.authoring_body.text} {ctx.res.masthead.organ.text}"
    if found is None or "Security Council" in body:
        return []
    return [Hit(found.start(), found.end(), "the Security Council remains seized of a matter; this body does not")]


_GUIDED = "Guided by the purposes and principles of the Charter of the United Nations"


@rule("RES152", "hrc-first-preambular", parts=("preamble",), severity=INFO, default_on=False, confidence="L",
      message="Human Rights Council resolutions conventionally open the preamble with “Guided by the purposes and "
              "principles of the Charter of the United Nations,”.",
      rationale="A conventional first preambular paragraph of the Council (not verified for every text).",
      source="§8 (Human Rights Council, Conf L)",
      wrong=[doc("The Human Rights Council,\n\nRecalling its resolution 51/1,\n\n1. Decides to act.")],
      right=[doc(f"The Human Rights Council,\n\n{_GUIDED},\n\n1. Decides to act.")])
def hrc_first_preambular(place: Place, ctx) -> list[Hit]:
    if not place.position[1] or place.text.startswith(_GUIDED):
        return []
    return [Hit(0, 0)]


_AGENDA_ITEM = re.compile(r"provisional agenda of its [\w-]+ session (?:the|an) item entitled (?![“\"])")


@rule("RES153", "agenda-item-quoted", words=("entitled",), parts=("operative",), severity=WARNING, confidence="H",
      message="The title of an agenda item is quoted: “the item entitled “Crime prevention and criminal justice””.",
      rationale="The closing decision of recurring General Assembly items quotes the item's title.",
      source="OP-08; R-57/97",
      wrong=[op("Decides to include in the provisional agenda of its eighty-first session the item entitled "
                "Crime prevention and criminal justice;")],
      right=[op("Decides to include in the provisional agenda of its eighty-first session the item entitled "
                "“Crime prevention and criminal justice”;")])
def agenda_item_quoted(place: Place, ctx) -> list[Hit]:
    if "item entitled" not in place.text:
        return []
    return [Hit(m.end(), m.end()) for m in _AGENDA_ITEM.finditer(place.text)]
