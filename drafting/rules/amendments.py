"""Amendment documents: the form of each instruction, the sponsor line, the draft amended.

Official amendments word their instructions in fixed forms ("In the eleventh preambular
paragraph, delete “…”."): preambular paragraphs by ordinal words, operative paragraphs by
number, curly quotes, a full stop at the end, and "reading:" (or "the following text:")
before the paragraphs an instruction quotes.
"""

from __future__ import annotations

import re

from ..amend.document import AMENDS
from ..amend.instructions import InstructionError, parse_instruction
from ..amend.ordinals import ORDINAL, ordinal, ordinal_number
from ..model import AMENDMENT, Paragraph, Submission
from .context import Hit, Place
from .registry import ERROR, SAFE, amendment, instruction, rule

_FIGURE_ORDINAL = re.compile(r"\b(?:the )?(\d{1,3})(?:st|nd|rd|th) preambular paragraph\b", re.IGNORECASE)
_NUMBERED_PREAMBULAR = re.compile(r"\b(?:the )?preambular paragraph (\d{1,3})\b", re.IGNORECASE)
_WORDED_OPERATIVE = re.compile(rf"\bthe ({ORDINAL}) operative paragraph\b", re.IGNORECASE)
_STRAIGHT = re.compile(r"\"([^\"]*)\"")
_SYMBOL = re.compile(r"\b[A-Z]{1,6}(?:/[A-Za-z0-9.()-]+)+")


@rule("RES911", "amendment-instruction-form", parts=("instruction",), severity=ERROR,
      message="An instruction takes one of the official forms: “In operative paragraph 4, after “…”, insert “…”.”, "
              "“Delete the third preambular paragraph.”, “Replace operative paragraph 2 with the following text:”.",
      rationale="Amendments are voted on and applied word for word; an instruction in another form leaves the "
                "Secretariat and the delegations to guess what changes.",
      source="General Assembly amendments (A/80/L.29, A/C.3/80/L.58, A/C.3/80/L.65)",
      wrong=[instruction("Operative paragraph 4 should also mention women and girls.")],
      right=[instruction("In operative paragraph 4, after “women”, insert “and girls”."),
             instruction("Delete the third preambular paragraph and operative paragraph 2.")])
def instruction_form(place: Place, ctx) -> list[Hit]:
    try:
        parse_instruction(place.text, _instruction(place).children)
    except InstructionError as exc:
        if _FIGURE_ORDINAL.search(place.text) or _NUMBERED_PREAMBULAR.search(place.text) or '"' in place.text:
            return []  # RES912 and RES913 say what to correct first
        return [Hit(0, len(place.text), f"not an instruction in an official form: {exc.reason}")]
    return []


@rule("RES912", "amendment-ordinal-words", parts=("instruction",), severity=ERROR, fix=SAFE,
      message="Preambular paragraphs are named by ordinal words (“the thirty-eighth preambular paragraph”), operative "
              "paragraphs by number (“operative paragraph 5”).",
      rationale="Preambular paragraphs are not numbered, so amendments count them in words; operative paragraphs "
                "carry numbers and are cited by them.",
      source="General Assembly amendments (A/C.3/80/L.58, A/C.3/80/L.65, A/80/L.40)",
      wrong=[instruction("In the 38th preambular paragraph, delete “and girls”.",
                         "In the thirty-eighth preambular paragraph, delete “and girls”."),
             instruction("Delete preambular paragraph 3.", "Delete the third preambular paragraph."),
             instruction("Delete the fifth operative paragraph.", "Delete operative paragraph 5.")],
      right=[instruction("In the thirty-eighth preambular paragraph, delete “and girls”.")])
def ordinal_words(place: Place, ctx) -> list[Hit]:
    out = []
    for pattern in (_FIGURE_ORDINAL, _NUMBERED_PREAMBULAR):
        for m in pattern.finditer(place.text):
            n = int(m.group(1))
            if n:
                words = f"the {ordinal(n)} preambular paragraph"
                out.append(Hit(m.start(), m.end(), f"write “{words}”", replacement=_cased(words, m.group())))
    for m in _WORDED_OPERATIVE.finditer(place.text):
        number = ordinal_number(m.group(1))
        if number:
            words = f"operative paragraph {number}"
            out.append(Hit(m.start(), m.end(), f"write “{words}”", replacement=words))
    return out


def _instruction(place: Place) -> Paragraph:
    assert isinstance(place.owner, Paragraph)
    return place.owner


def _submission(place: Place) -> Submission:
    assert isinstance(place.owner, Submission)
    return place.owner


def _cased(words: str, model: str) -> str:
    return words[:1].upper() + words[1:] if model[:1].isupper() else words


@rule("RES913", "amendment-curly-quotes", parts=("instruction",), severity=ERROR, fix=SAFE,
      message="Quoted words stand in curly quotation marks: after “women”, insert “and girls”.",
      rationale="The quoted words are the draft's own; curly quotes, as the official texts print them, set them "
                "apart from the instruction.",
      source="General Assembly amendments; UN Editorial Manual (quotation marks)",
      wrong=[instruction('In operative paragraph 4, replace "women" with "women and girls".',
                         "In operative paragraph 4, replace “women” with “women and girls”.")],
      right=[instruction("In operative paragraph 4, replace “women” with “women and girls”.")])
def curly_quotes(place: Place, ctx) -> list[Hit]:
    return [Hit(m.start(), m.end(), "straight quotation marks: write “…”", replacement=f"“{m.group(1)}”")
            for m in _STRAIGHT.finditer(place.text)]


@rule("RES914", "amendment-reading", parts=("instruction",), severity=ERROR, fix=SAFE,
      message="An instruction that quotes paragraphs ends with “, reading:” (or “with the following text:”).",
      rationale="The colon tells the reader that the paragraphs which follow are the text to insert.",
      source="General Assembly amendments (A/80/L.29)",
      wrong=[instruction("After operative paragraph 3, insert a new operative paragraph\n\nDecides to act;",
                         "After operative paragraph 3, insert a new operative paragraph, reading:"),
             instruction("Replace operative paragraph 2 with the following text.\n\nDecides to act;",
                         "Replace operative paragraph 2 with the following text:")],
      right=[instruction("After operative paragraph 3, insert a new operative paragraph, reading:\n\nDecides to act;")])
def reading(place: Place, ctx) -> list[Hit]:
    if not _instruction(place).children:
        return []
    text = place.text.rstrip()
    if text.endswith(":"):
        return []
    body = text.rstrip(" .;,")
    ending = ":" if body.endswith(("following text", "the following", "to read")) else ", reading:"
    return [Hit(len(body), len(place.text), f"end with “{ending.strip(', ')}” before the quoted text",
                replacement=ending)]


@rule("RES915", "amendment-full-stop", parts=("instruction",), severity=ERROR, fix=SAFE,
      message="An instruction ends with a full stop, after the closing quotation mark: delete “…”.",
      rationale="Each instruction is a sentence; the full stop after the quotation mark is not part of the quoted "
                "words.",
      source="General Assembly amendments (A/C.3/80/L.58, A/80/L.40)",
      wrong=[instruction("In the eleventh preambular paragraph, delete “sexual orientation”",
                         "In the eleventh preambular paragraph, delete “sexual orientation”."),
             instruction("Delete operative paragraphs 3, 43 and 45;", "Delete operative paragraphs 3, 43 and 45.")],
      right=[instruction("Delete operative paragraphs 3, 43 and 45.")])
def full_stop(place: Place, ctx) -> list[Hit]:
    if _instruction(place).children:
        return []
    text = place.text.rstrip()
    if not text or text.endswith("."):
        return []
    if text[-1] in ",;:":
        return [Hit(len(text) - 1, len(text), "end the instruction with a full stop", replacement=".")]
    return [Hit(len(text), len(text), "the full stop is missing", replacement=".")]


@rule("RES916", "amendment-submission-line", parts=("submission",), severity=ERROR,
      message="The sponsor line of an amendment reads “Sponsors: amendment to draft resolution A/80/L.22”.",
      rationale="The line says who tables the amendment and which draft it amends, in lower case after the colon.",
      source="General Assembly amendments (A/80/L.29, A/C.3/80/L.58, A/C.2/80/L.63)",
      wrong=[amendment("Brazil: Amendments To Draft Resolution A/80/L.22"),
             amendment("Amendment by Brazil to A/80/L.22")],
      right=[amendment("Brazil: amendment to draft resolution A/80/L.22"),
             amendment("Chile and Mexico: amendments to draft resolution A/C.3/80/L.5/Rev.1")])
def submission_line(place: Place, ctx) -> list[Hit]:
    if ctx.res.kind != AMENDMENT:
        return []
    line = _submission(place).source_line or place.text
    if re.match(r"^[^:]+: amendments? to (?:the )?(?:revised )?draft (?:resolution|decision)\b", line):
        return []
    return [Hit(0, len(place.text), f"“{line}”: write “Sponsors: amendment to draft resolution SYMBOL”")]


@rule("RES917", "amendment-base-symbol", parts=("submission",), severity=ERROR,
      message="An amendment names the draft it amends by its symbol: “amendment to draft resolution A/80/L.22”.",
      rationale="Several drafts are before a committee at once; the symbol says which one the instructions amend.",
      source="General Assembly amendments (A/80/L.29, A/80/L.40)",
      wrong=[amendment("Brazil: amendment to draft resolution")],
      right=[amendment("Brazil: amendment to draft resolution A/80/L.22"),
             amendment("Egypt: amendment to draft resolution 23 recommended by the Third Committee in its report "
                       "contained in document A/80/545")])
def base_symbol(place: Place, ctx) -> list[Hit]:
    res = ctx.res
    if res.kind != AMENDMENT:
        return []
    line = _submission(place).source_line or place.text
    m = AMENDS.search(line)
    if _SYMBOL.search(res.base_symbol) or (m and _SYMBOL.search(m["base"] or "")):
        return []
    return [Hit(0, len(place.text), "the symbol of the draft amended is missing")]
