"""Text copied out of a PDF viewer, put in the shape the text importer reads.

Selecting all in a viewer and copying an official PDF gives hard-wrapped lines, paragraph numbers
on lines of their own ("1." then "Requests …"), and the page furniture between pages: the job
number ("25-10828 (E)" and its date), the barcode ("*2510828*"), "Please recycle", page numbers
("2/4") and the running heads (the symbol, and an adopted text's title, repeated at the top of
later pages).  Text is tidied only when it carries that furniture, so text typed or pasted
from elsewhere reads as it always did.
"""

from __future__ import annotations

from ..furniture import FIRST_PAGE_JOB_LINE, JOB_LINE, PAGE_OF
from ..masthead import job_number_in
from .marks import place_marks
from .pages import notes_gathered, running_heads
from .paragraphs import header_joined, in_reading_order, labels_joined, set_apart


def is_copied_pdf(text: str) -> bool:
    """Whether ``text`` carries an official PDF's page furniture: the first page's job number line
    ("25-10828 (E)"), or a later page's foot (its page number "2/4" and its job number "25-10828")
    where a few paragraphs were copied across a page's end."""
    lines = [line.strip() for line in text.splitlines()]
    return any(FIRST_PAGE_JOB_LINE.match(line) for line in lines) or (
        any(PAGE_OF.match(line) for line in lines) and any(JOB_LINE.match(line) for line in lines))


def job_number(text: str) -> str:
    """The job number of the first page's foot ("25-10828" of "25-10828 (E)"), or ""."""
    return job_number_in(line for line in text.splitlines() if FIRST_PAGE_JOB_LINE.match(line.strip()))


def tidy(text: str) -> str:
    """``text`` without page furniture and running heads, each lone label joined to its paragraph,
    the items the copy ran together set apart, and each page's footnotes paired with their
    numbers, written after the text as the importer reads them ("¹ Resolution 70/1."), their
    marks in the text written as marks ("Declaration,[^1]")."""
    lines = [line.rstrip() for line in text.replace("\f", "\n").splitlines()]
    body, notes = notes_gathered(lines, *running_heads(lines))
    out = header_joined(labels_joined(in_reading_order(place_marks(body, notes))))
    return "\n".join([*set_apart(out), *([""] + [note.text for note in notes] if notes else [])]) + "\n"
