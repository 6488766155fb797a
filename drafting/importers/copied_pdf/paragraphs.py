"""Paragraphs of copied PDF text: lines the copy split, joined; items it ran together, set apart
by the blank lines the text importer reads."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...names import is_state_name
from ..masthead import ADOPTING, ADOPTS_FOLLOWING, INSTRUCTION, MEETING
from .shapes import BODY_LINE, LABEL_ALONE, RESOLUTION_NUMBER, unmarked

_ADOPTED = re.compile(r"^(?:Resolution|Decision) adopted by the [A-Z][A-Za-z ]+")  # "… on 30 June 2025" next
_YEAR = re.compile(r"\b(?:19|20)\d\d$")
_SUBMITTED = re.compile(r"^Draft (?:resolution|decision) submitted by\b")
_DRAFT_KIND = re.compile(r"\b(?:[Rr]evised )?draft (?:resolution|decision)$")
# A decision's sentence: "The General Assembly, taking note …".
_DECISION = re.compile(r"^The [A-Z][A-Za-z ]{2,60}, [a-z]")
_ANNEX = re.compile(r"^Annex(?: [IVX]{1,5}| [A-H])?$")
_ADOPTS = re.compile(rf"^(?:{ADOPTING})\b")  # a paragraph that may adopt a text in full
_TEXT_LABEL = re.compile(r"^(?:[A-H]|[IVX]{1,4})$")  # "B", "II": the label of a further text of the document
_AMENDMENT = re.compile(r"\bamendments? to (?:the )?(?:revised )?draft (?:resolution|decision)\b")  # its submission
_ROMAN_ALONE = re.compile(r"^[IVXL]{1,6}$")
_NUMBERED = re.compile(r"^\d{1,3}\.\s")
HEADING_WORDS = 25  # the longest heading between paragraphs, as the text importer takes it
HEADING_LINES = 3  # the most lines a heading under a roman numeral is wrapped on
ITEM_LINES = 30  # the most lines a heading item (a long list of sponsors) is wrapped on


def in_reading_order(lines: list[str]) -> list[str]:
    """A two-line numbered paragraph whose short last line the copy gives first ("26." "session."
    "" "Decides to continue its consideration of the question at its eighty-second" ""): its
    lines put back in order."""
    out = list(lines)
    for i in range(len(out) - 3):
        label, tail, gap, head = (line.strip() for line in out[i:i + 4])
        if (LABEL_ALONE.match(label) and tail and not gap and head and unmarked(tail).endswith((";", ".", ":"))
                and not unmarked(head).endswith((",", ";", ".", ":")) and len(tail.split()) < len(head.split())
                and (i + 4 == len(out) or not out[i + 4].strip())):
            out[i + 1:i + 4] = [out[i + 3], out[i + 1], ""]
    return out


def labels_joined(kept: list[str]) -> list[str]:
    """Lone labels and numbers joined to the line after them."""
    out: list[str] = []
    pending = ""
    for line in kept:
        stripped = line.strip()
        if LABEL_ALONE.match(stripped) or RESOLUTION_NUMBER.match(stripped):
            pending = stripped
            continue
        if pending and not stripped and RESOLUTION_NUMBER.match(pending):
            continue  # the title follows a blank line
        if pending and stripped:
            out.append(f"{pending} {stripped}")
            pending = ""
            continue
        out.append(line)
    if pending:
        out.append(pending)
    return out


def header_joined(lines: list[str]) -> list[str]:
    """The lines before the body line with each heading item on one line, where the viewer wrapped
    it: the adoption line and its date, its bracket ("[on the report of … (Fourth Committee)
    (A/78/417, para. 8)]"), and the submission line ("Austria, Belgium, …, Spain:" "draft
    resolution"; "Draft resolution submitted by the Chair … following" "informal consultations"),
    which is set apart by blank lines."""
    end = next((i for i, line in enumerate(lines) if BODY_LINE.match(line.strip()) or _DECISION.match(line.strip())),
               len(lines))
    out: list[str] = []
    submitted = False
    i = 0
    while i < end:
        line = lines[i].strip()
        submission = not submitted and bool(_SUBMITTED.match(line) or _opens_sponsor_list(line))
        if _ADOPTED.match(line):
            last = _through(lines, i, end, lambda text: bool(_YEAR.search(text)))
        elif line.startswith("[") and "]" not in line:
            last = _through(lines, i, end, lambda text: text.endswith("]"))
        elif submission and _SUBMITTED.match(line):
            last = _through(lines, i, end, lambda text: False)
        elif submission:
            last = _through(lines, i, end, lambda text: bool(_DRAFT_KIND.search(text)))
        else:
            last = i
        joined = " ".join(text.strip() for text in lines[i:last + 1]) if last > i else lines[i]
        out += ["", joined, ""] if submission else [joined]
        submitted = submitted or submission
        i = last + 1
    return out + lines[end:]


def _through(lines: list[str], start: int, end: int, last: Callable[[str], bool]) -> int:
    """Where the item starting at ``start`` ends: the first line ``last`` accepts, else the line
    before a blank one (a few lines on at most)."""
    for i in range(start, min(end, start + ITEM_LINES)):
        if last(lines[i].strip()):
            return i
        if i + 1 < end and not lines[i + 1].strip():
            return i
    return start


def _opens_sponsor_list(line: str) -> bool:
    """Whether ``line`` starts a list of sponsors: a Member State's name first ("Austria,",
    "United Arab Emirates and United Kingdom of …")."""
    first = line.split(",")[0].split(":")[0].strip()
    return is_state_name(first) or is_state_name(first.split(" and ")[0])


def set_apart(lines: list[str]) -> list[str]:
    """Blank lines where the viewer's copy lost them: around the body line ("The General Assembly,"),
    an annex's heading ("Annex II"), a further text's label before its body line ("B"), a heading
    between operative paragraphs and the closing lines ("81st plenary meeting", its date), and
    before a decision's sentence ("The General Assembly, taking note …") or an amendment's first
    instruction ("In the eleventh preambular paragraph, delete …"), which end the title."""
    out: list[str] = []
    lines = _adopted_in_full(_roman_headings_joined(lines))
    amendment = any(_AMENDMENT.search(line) for line in lines[:ITEM_LINES * 2])
    for i, line in enumerate(lines):
        text = line.strip()
        labels_text = bool(_TEXT_LABEL.match(text)) and i + 1 < len(lines) \
            and bool(BODY_LINE.match(lines[i + 1].strip()))
        if BODY_LINE.match(text) or _ANNEX.match(text) or MEETING.match(text) or labels_text or _is_heading(lines, i):
            out += ["", line, ""]
        elif _DECISION.match(text) and not any(_DECISION.match(seen.strip()) for seen in out):
            out += ["", line]
        elif amendment and INSTRUCTION.match(text) and not any(INSTRUCTION.match(seen.strip()) for seen in out):
            out += ["", line]  # the first instruction ends the title
        else:
            out.append(line)
    return out


def _adopted_in_full(lines: list[str]) -> list[str]:
    """A text adopted in full ("Adopts the following outcome document …:", its title, its text)
    with blank lines after the adopting paragraph and after the adopted text's title, as the text
    importer reads such a text."""
    start = next((i for i, line in enumerate(lines) if _ADOPTS.match(line.strip())), None)
    if start is None:
        return lines
    end = next((j for j in range(start, min(len(lines), start + ITEM_LINES)) if lines[j].rstrip().endswith(":")),
               None)
    if end is None or not ADOPTS_FOLLOWING.match(" ".join(line.strip() for line in lines[start:end + 1])):
        return lines
    title_end = end + 1  # the title's first line, and the lines that go on with it in lower case
    while title_end + 1 < len(lines) and lines[title_end + 1].strip()[:1].islower():
        title_end += 1
    return [*lines[:end + 1], "", *lines[end + 1:title_end + 1], "", *lines[title_end + 1:]]


def _roman_headings_joined(lines: list[str]) -> list[str]:
    """A roman numeral alone ("III") and the heading under it, on up to three lines ("Related
    fisheries instruments"), before a numbered paragraph, as one line ("III Related fisheries
    instruments") set apart: alone, the numeral would open a further text."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        after_paragraph = not i or not lines[i - 1].strip() or unmarked(lines[i - 1]).endswith((",", ";", ".", ":"))
        last = next((j for j in range(i + 1, min(len(lines) - 1, i + 1 + HEADING_LINES))
                     if _NUMBERED.match(lines[j + 1].strip())), None) if _ROMAN_ALONE.match(lines[i].strip()) else None
        if after_paragraph and last is not None and lines[i + 1].strip()[:1].isupper() \
                and all(_heading_like(line.rstrip().rstrip(",")) for line in lines[i + 1:last]) \
                and _heading_like(lines[last]):  # a wrapped heading's line may end at a comma, not its last
            out += ["", " ".join(line.strip() for line in lines[i:last + 1]), ""]
            i = last + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _is_heading(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a heading among numbered paragraphs: after a paragraph's end, without
    closing punctuation, a numbered paragraph next ("Budget estimates for the period …" "13. Decides …")."""
    return (0 < i < len(lines) - 1 and unmarked(lines[i - 1]).endswith((";", ".", ":"))
            and _heading_before_number(lines, i))


def _heading_before_number(lines: list[str], i: int) -> bool:
    return i + 1 < len(lines) and lines[i].strip()[:1].isupper() and _heading_like(lines[i]) \
        and bool(_NUMBERED.match(lines[i + 1].strip()))


def _heading_like(line: str) -> bool:
    """A heading's line: no closing punctuation, not too long, not a numbered paragraph."""
    text = line.strip()
    return bool(text) and not text.endswith((",", ";", ":", ".")) and len(text.split()) <= HEADING_WORDS \
        and not _NUMBERED.match(text)
