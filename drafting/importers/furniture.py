"""Page furniture of official UN PDFs, known by its text: what a reader leaves out of a document.

The job number ("25-17789 (E) 111125" at the foot of page 1, "25-17789" on later pages), its
date standing alone ("111125"), the page number ("2/8"), the barcode's text ("*2517789*") and
"Please recycle".  The PDF importer asks only of lines at the foot of a page; text copied out of a
PDF viewer has no positions, so there a number alone on its line is a footnote's, not a page's.
"""

from __future__ import annotations

import re

JOB = r"\d{2}-\d{5}"  # the job number itself: "25-17789"
# A whole job-number line: "25-17789 (E) 111125 121125", "25-17789", "E.25-17789".
JOB_LINE = re.compile(rf"^(?:[A-Z]{{1,2}}\.)?{JOB}(?:\s*\([A-Z]\))?(?:\s+\d{{6}}\s*(?:\d{{6}})?)?$")
# The first page's job line, its language in brackets: "25-10828 (E)".
FIRST_PAGE_JOB_LINE = re.compile(rf"^{JOB}\s*\([A-Z]\)(?:\s+\d{{6}})?$")
PAGE_OF = re.compile(r"^(?:\d{1,4}\s*/\s*\d{1,4}|-\s*\d{1,4}\s*-|Page \d{1,4}(?: of \d{1,4})?)$", re.I)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
RECYCLE = re.compile(r"^Please\s+recycle$", re.I)
_OTHER = re.compile(r"^(?:\*[0-9A-Z]{5,12}\*|\d{6})$")  # the barcode's text, the job's date alone


def is_furniture(text: str, bare_numbers: bool) -> bool:
    """Whether the line ``text`` is page furniture; ``bare_numbers``: a number alone ("3") is a
    page number (at the foot of a PDF page), not a footnote's number (in copied text)."""
    text = text.strip()
    return bool(JOB_LINE.match(text) or PAGE_OF.match(text) or _OTHER.match(text) or RECYCLE.match(text)
                or (bare_numbers and _BARE_NUMBER.match(text)))
