"""What Resolute reads at most: the limits every importer's result is held to.

Beyond them a file is not a resolution (the largest official ones have a few hundred
paragraphs and a hundred footnotes), and checking, comparing or exporting it would take
minutes.  A file over a limit is refused with an InputError naming the limit; the
README lists them.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .model import Resolution

MAX_PARAGRAPHS = 10_000  # preambular, operative, annex paragraphs and subparagraphs together
MAX_FOOTNOTES = 2_000
MAX_PARAGRAPH_DEPTH = 8  # subparagraph degrees: (a) → (i) → a. → i. and a margin
MAX_CHARACTERS = 5_000_000  # of text in the whole document, each footnote's text counted at each of its marks
MAX_TABLE_ROWS = 2_000  # the largest official tables (staffing tables) have about a hundred
MAX_TABLE_COLUMNS = 32
# Text and .unres files hold their characters nearly byte for byte: larger ones are refused
# before reading (a 45 MB text took 37 s to import).  PDF and .docx have their own bounds
# (importers/pdf_limits.py, ooxml/package.py) and the general 200 MB of files.py.
MAX_FILE_BYTES = {".txt": 5_000_000 * 2, ".text": 5_000_000 * 2, ".md": 5_000_000 * 2, ".unres": 5_000_000 * 4}


def check_size(path: Path, size: int) -> None:
    """Refuse a text or .unres file too large to hold a resolution within MAX_CHARACTERS."""
    limit = MAX_FILE_BYTES.get(path.suffix.lower())
    if limit is not None and size > limit:
        raise InputError(path, f"the file is too large ({size / 1e6:.0f} MB; the limit for {path.suffix} files is "
                               f"{limit / 1e6:.0f} MB)")


_PARTS = {"preamble": 2, "operative": 2, "instruction": 2, "annex": 3}  # path items before the subparagraphs


def _depth(place: tuple) -> int | None:
    """0 for a paragraph, n for an n-th degree subparagraph, None for a place that is no paragraph."""
    if place[-1] in ("title", "body", "table_title") or "cell" in place:
        return None
    for i, item in enumerate(place):
        if item in _PARTS:
            return len(place) - i - _PARTS[item]
    return None


def check_footnote_count(footnotes: int, path: str | Path | None = None) -> None:
    if footnotes > MAX_FOOTNOTES:
        raise InputError(path, f"more than {MAX_FOOTNOTES:,} footnotes; Resolute reads resolutions with up to "
                               f"{MAX_FOOTNOTES:,} (the limit)")


def check_document(res: Resolution, path: str | Path | None = None) -> Resolution:
    """``res`` if it is within the limits; an InputError naming the first limit it exceeds."""
    paragraphs = characters = footnotes = 0
    for place, inline in res.inlines():
        characters += len(inline.text) + sum(len(anchor.note.text) for anchor in inline.anchors)  # a note a mark
        footnotes += len(inline.anchors)
        depth = _depth(place)
        if depth is not None:
            paragraphs += 1
            if depth > MAX_PARAGRAPH_DEPTH:
                raise InputError(path, f"subparagraphs nest {depth} deep; Resolute reads up to "
                                       f"{MAX_PARAGRAPH_DEPTH} degrees")
        if paragraphs > MAX_PARAGRAPHS:
            raise InputError(path, f"more than {MAX_PARAGRAPHS:,} paragraphs; Resolute reads resolutions of up to "
                                   f"{MAX_PARAGRAPHS:,} (the limit)")
        check_footnote_count(footnotes, path)
        if characters > MAX_CHARACTERS:
            raise InputError(path, f"more than {MAX_CHARACTERS:,} characters of text (a footnote's text counted at "
                                   f"each of its marks); Resolute reads resolutions of up to {MAX_CHARACTERS:,} "
                                   "(the limit)")
    for _, table in res.tables():
        if len(table.rows) > MAX_TABLE_ROWS or table.columns > MAX_TABLE_COLUMNS:
            raise InputError(path, f"a table of {len(table.rows):,} rows and {table.columns:,} columns; Resolute "
                                   f"reads tables of up to {MAX_TABLE_ROWS:,} rows and {MAX_TABLE_COLUMNS} columns")
    return res

