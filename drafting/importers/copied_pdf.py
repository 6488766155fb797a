"""Text copied out of a PDF viewer, put in the shape the text importer reads.

Selecting all in a viewer and copying an official PDF gives hard-wrapped lines, paragraph numbers
on lines of their own ("1." then "Requests …"), and the page furniture between pages: the job
number ("25-10828 (E)" and its date), the barcode ("*2510828*"), "Please recycle", page numbers
("2/4") and the running heads (the symbol, and an adopted text's title, repeated at the top of
later pages).  Text is tidied only when it carries that furniture, so text typed or pasted
from elsewhere reads as it always did.
"""

from __future__ import annotations

import re

from ..names import is_state_name
from .masthead import SYMBOL

_JOB = re.compile(r"^\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})?$")
# The barcode, the recycling mark, a page number, the job's date, a later page's job number ("25-10828").
_FURNITURE = re.compile(r"^(?:\*\d{7}\*|Please recycle|\d{1,3}\s*/\s*\d{1,3}|\d{6}|\d{2}-\d{5})$")
_LABEL_ALONE = re.compile(r"^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|[a-z]\.)$")
HEAD_REACH = 4  # lines around a repeated symbol that may be the running title
_ADOPTED = re.compile(r"^(?:Resolution|Decision) adopted by the [A-Z][A-Za-z ]+$")  # "… on 30 June 2025" next
_ON_DATE = re.compile(r"^on \d{1,2} [A-Z][a-z]+ \d{4}$")
_NUMBER_ALONE = re.compile(r"^\d{1,3}/\d{1,4}(?: [A-Z])?\.$")  # "79/305." before the title
_MARK_AT_END = re.compile(r"([,;:.”])\s+(\d{1,3})$")  # "Questions, 2": a raised note mark that came down
_BODY = re.compile(r"^The [A-Z][A-Za-z ,'()-]{2,80},$")  # "The General Assembly," "The Security Council,"


def is_copied_pdf(text: str) -> bool:
    """Whether ``text`` carries an official PDF's page furniture: a job number line "25-10828 (E)"."""
    return any(_JOB.match(line.strip()) for line in text.splitlines())


def tidy(text: str) -> str:
    """``text`` without page furniture and running heads, each lone label joined to its paragraph."""
    lines = [line.rstrip() for line in text.replace("\f", "\n").splitlines()]
    lines = _without_running_heads(lines)
    kept = [line for line in lines if not (_JOB.match(line.strip()) or _FURNITURE.match(line.strip()))]
    out: list[str] = []
    pending = ""
    for line in kept:
        stripped = line.strip()
        if _ON_DATE.match(stripped) and out and _ADOPTED.match(out[-1].strip()):
            out[-1] = f"{out[-1].strip()} {stripped}"
            continue
        if _LABEL_ALONE.match(stripped) or _NUMBER_ALONE.match(stripped):
            pending = stripped
            continue
        if pending and not stripped and _NUMBER_ALONE.match(pending):
            continue  # the title follows a blank line
        if pending and stripped:
            out.append(f"{pending} {stripped}")
            pending = ""
            continue
        out.append(line)
    if pending:
        out.append(pending)
    return "\n".join(_apart(_raised_marks(out))) + "\n"


def _raised_marks(lines: list[str]) -> list[str]:
    """A note mark at the end of a line ("… Budgetary Questions, 2") came down from its raised place:
    it is written as a mark ("Questions,[^2]"), so the paragraph ends where the official one does."""
    return [_MARK_AT_END.sub(r"\1[^\2]", line) for line in lines]


def _apart(lines: list[str]) -> list[str]:
    """Blank lines where the viewer's copy lost them: around the body line ("The General Assembly,"),
    and before the sponsor list that follows the agenda item's title ("Kazakhstan, Kyrgyzstan, …")."""
    out: list[str] = []
    sponsors_seen = False
    for line in lines:
        stripped = line.strip()
        if _BODY.match(stripped):
            out += ["", line, ""]
            continue
        first = stripped.split(",")[0].split(":")[0].strip()
        if not sponsors_seen and out and out[-1].strip() and "," in stripped + ":" and is_state_name(first):
            out.append("")
            sponsors_seen = True
        out.append(line)
    return out


def _without_running_heads(lines: list[str]) -> list[str]:
    """Drop the symbol where it comes back after the masthead, and the lines around it that repeat
    a line seen before (an adopted text's title in its running head)."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if not SYMBOL.match(first):
        return lines
    repeats = [i for i, line in enumerate(lines) if i and line.strip() == first]
    drop: set[int] = set(repeats)
    seen: set[str] = set()
    upto = 0
    for at in repeats:
        while upto < at - HEAD_REACH:  # the lines before this page's head, each added once
            seen.add(lines[upto].strip())
            upto += 1
        for i in range(max(0, at - HEAD_REACH), min(len(lines), at + HEAD_REACH + 1)):
            if lines[i].strip() and lines[i].strip() in seen:
                drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]
