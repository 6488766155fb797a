"""Bounds on a .unres document, checked on its JSON before the model is built.

The codec (``native``) checks each value's type; this module checks what a type cannot
say and what would make a well-typed file dangerous: how deep it nests, how long its
texts and lists are, how large its numbers are, and that every mark and footnote anchor
lies inside its text.  A lone surrogate (``"\\ud800"``, which JSON allows but UTF-8
cannot hold) becomes U+FFFD so that the document can still be printed and saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import InputError
from .files import CONTROLS
from .limits import MAX_FOOTNOTES, MAX_PARAGRAPH_DEPTH, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS
from .model import submission_line

MAX_DEPTH = 64  # JSON nesting: a resolution with subparagraphs four deep needs about 20
MAX_TEXT = 1_000_000  # characters in one text
MAX_ITEMS = 20_000  # entries in one list (paragraphs, marks, footnote anchors, words)
MAX_VALUES = 2_000_000  # values in the whole document
MAX_NUMBER = 10_000_000  # offsets and line numbers
MAX_BASE_DEPTH = 2  # a revision's base may carry its own base, no further

_REPLACEMENT = "\ufffd"


class _Bad(Exception):
    pass


def validate(resolution: Any, path: str | Path | None = None) -> Any:
    """``resolution`` (the JSON under "resolution") checked against the bounds, with lone
    surrogates replaced; an InputError names the first bound exceeded and where."""
    try:
        return _Checker().document(resolution, "resolution", 0)
    except _Bad as exc:
        raise InputError(path, f"damaged .unres file: {exc}") from None


class _Checker:
    def __init__(self) -> None:
        self.values = 0
        self.footnotes = 0

    def document(self, value: Any, where: str, base_depth: int) -> Any:
        value = self.json(value, where)
        if not isinstance(value, dict):
            return value
        self.inlines(value, where, 0)
        meta = value.get("meta")
        if isinstance(meta, dict) and isinstance(meta.get("base"), dict):
            if base_depth >= MAX_BASE_DEPTH:
                raise _Bad(f"{where}.meta.base: revisions nest deeper than the limit of {MAX_BASE_DEPTH}")
            self.document(meta["base"], f"{where}.meta.base", base_depth + 1)
        return value

    # -- generic bounds, without recursion ---------------------------------------------

    def json(self, root: Any, where: str) -> Any:
        """Depth, sizes and numbers of every value; strings cleaned in place."""
        holder = [root]
        stack: list[tuple[Any, Any, str, int]] = [(holder, 0, where, 0)]
        while stack:
            parent, key, at, depth = stack.pop()
            value = parent[key]
            self.values += 1
            if self.values > MAX_VALUES:
                raise _Bad(f"more than {MAX_VALUES:,} values (the limit)")
            if depth > MAX_DEPTH:
                raise _Bad(f"{at}: nested deeper than the limit of {MAX_DEPTH} levels")
            if isinstance(value, str):
                if len(value) > MAX_TEXT:
                    raise _Bad(f"{at}: a text of {len(value):,} characters (the limit is {MAX_TEXT:,})")
                parent[key] = _clean(value)
            elif isinstance(value, bool):
                continue
            elif isinstance(value, int):
                if abs(value) > MAX_NUMBER:
                    raise _Bad(f"{at}: the number {_short(value)} is out of range (the limit is {MAX_NUMBER:,})")
            elif isinstance(value, float):
                if not -MAX_NUMBER <= value <= MAX_NUMBER:  # also NaN and infinity
                    raise _Bad(f"{at}: the number {value} is out of range")
            elif isinstance(value, list):
                if len(value) > MAX_ITEMS:
                    raise _Bad(f"{at}: a list of {len(value):,} items (the limit is {MAX_ITEMS:,})")
                stack.extend((value, i, f"{at}[{i}]", depth + 1) for i in range(len(value)))
            elif isinstance(value, dict):
                if len(value) > MAX_ITEMS:
                    raise _Bad(f"{at}: an object of {len(value):,} keys (the limit is {MAX_ITEMS:,})")
                for k in list(value):
                    if isinstance(k, str) and _clean(k) != k:
                        value[_clean(k)] = value.pop(k)
                stack.extend((value, k, f"{at}.{k}", depth + 1) for k in value)
        return holder[0]

    # -- what the model's types cannot say ------------------------------------------------

    def inlines(self, value: Any, where: str, paragraph_depth: int) -> None:
        """Marks and anchors inside their text, paragraph nesting, the number of footnotes."""
        if isinstance(value, list):
            for i, item in enumerate(value):
                self.inlines(item, f"{where}[{i}]", paragraph_depth)
            return
        if not isinstance(value, dict):
            return
        text = value.get("text")
        if text is None and where.endswith(".submission"):
            text = _submission_line(value)
        if isinstance(text, str):
            self.spans(value, text, where)
        if isinstance(value.get("table"), dict):
            self.table(value["table"], f"{where}.table")
        for key, item in value.items():
            if key in ("base", "source"):
                continue
            deeper = paragraph_depth + 1 if key == "children" else paragraph_depth
            if deeper > MAX_PARAGRAPH_DEPTH:
                raise _Bad(f"{where}.children: subparagraphs nest deeper than the limit of {MAX_PARAGRAPH_DEPTH}")
            if isinstance(item, (dict, list)):
                self.inlines(item, f"{where}.{key}", deeper)

    def table(self, table: dict, where: str) -> None:
        """At most MAX_TABLE_ROWS rows of at most MAX_TABLE_COLUMNS cells, and header rows among them."""
        rows = table.get("rows", [])
        if not isinstance(rows, list):
            return
        if len(rows) > MAX_TABLE_ROWS:
            raise _Bad(f"{where}.rows: {len(rows):,} rows (the limit is {MAX_TABLE_ROWS:,})")
        for r, row in enumerate(rows):
            if isinstance(row, list) and len(row) > MAX_TABLE_COLUMNS:
                raise _Bad(f"{where}.rows[{r}]: {len(row):,} cells (the limit is {MAX_TABLE_COLUMNS})")
        header = table.get("header_rows", 0)
        if _whole(header) and not 0 <= header <= len(rows):
            raise _Bad(f"{where}.header_rows: {header} header rows in a table of {len(rows)} rows")

    def spans(self, inline: dict, text: str, where: str) -> None:
        marks, anchors = inline.get("marks"), inline.get("anchors")
        for i, mark in enumerate(marks if isinstance(marks, list) else ()):
            if isinstance(mark, dict):
                start, end = mark.get("start"), mark.get("end", len(text))
                ordered = not (_whole(start) and _whole(end)) or start <= end
                if not (_offset(start, text) and _offset(end, text) and ordered):
                    raise _Bad(f"{where}.marks[{i}]: {_short(start)}–{_short(end)} is outside its text "
                               f"({len(text)} characters)")
        for i, anchor in enumerate(anchors if isinstance(anchors, list) else ()):
            if isinstance(anchor, dict):
                if "offset" in anchor and not _offset(anchor["offset"], text):
                    raise _Bad(f"{where}.anchors[{i}]: offset {_short(anchor['offset'])} is outside its text "
                               f"({len(text)} characters)")
                self.footnotes += 1
                if self.footnotes > MAX_FOOTNOTES:
                    raise _Bad(f"more than {MAX_FOOTNOTES:,} footnotes (the limit)")


def _submission_line(submission: dict) -> str | None:
    sponsors, kind = submission.get("sponsors", []), submission.get("kind", "")
    if isinstance(sponsors, list) and all(isinstance(s, str) for s in sponsors) and isinstance(kind, str):
        return submission_line(sponsors, kind)
    return None


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _offset(value: Any, text: str) -> bool:
    """An offset inside ``text``; a value of another type is the codec's to refuse."""
    return not _whole(value) or 0 <= value <= len(text)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 24 else text[:20] + "…"


def _clean(text: str) -> str:
    """Lone surrogates (invalid in UTF-8) as U+FFFD, without control characters; other text unchanged."""
    if CONTROLS.search(text):
        text = CONTROLS.sub("", text)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join(_REPLACEMENT if "\ud800" <= ch <= "\udfff" else ch for ch in text)
