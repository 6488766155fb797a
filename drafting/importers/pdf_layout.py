"""Read a PDF's text layer as positioned, styled lines (pdfminer.six, without its layout analysis).

pdfminer's layout analysis (LAParams) is slow and groups text in ways the PDF importer
would have to undo, so a small device collects each glyph with its font, size and
position, and lines are built here: glyphs on one baseline, footnote marks (smaller and
raised) attached to the line they stand on, a line split where a wide gap separates
two columns.  Every way a PDF can fail to open becomes an InputError naming the reason.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1

from ..errors import InputError
from ..files import CONTROLS, read_bytes
from . import pdf_limits
from .pdf_content import FastInterpreter
from .pdf_limits import BoundedDocument

# pdfminer logs damaged-file details as warnings; without a handler Python would print
# them on stderr, while the user must see one clear message.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

MAX_PAGES = 500  # a resolution with annexes runs to tens of pages; more is not a resolution
MAX_GLYPHS = 3_000_000  # about 1,000 dense pages: guards against pathological content streams
_SUPERSCRIPT_RATIO = 0.8  # a footnote mark is set at most 80 % of the size of its line
_COLUMN_GAP = 4.0  # a gap wider than four ems separates columns, not words
_WORD_GAP = 0.15  # a gap wider than 0.15 em with no space glyph is a space
_ITALIC_FLAG, _FORCE_BOLD_FLAG = 1 << 6, 1 << 18
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}  # fonts that map a ligature glyph to its presentation form


@dataclass(frozen=True, slots=True)
class FontStyle:
    name: str
    bold: bool = False
    italic: bool = False

    @property
    def barcode(self) -> bool:
        """The Code 39 font that draws the job-number barcode ("Barcode 3 of 9 by request")."""
        lowered = self.name.lower()
        return "barcode" in lowered or "3of9" in lowered.replace(" ", "") or "code39" in lowered


@dataclass(slots=True)
class Glyph:
    text: str
    x0: float
    x1: float
    base: float  # baseline, in PDF units from the bottom of the page
    size: float
    style: FontStyle
    sup: bool = False  # raised and smaller: a footnote mark


@dataclass
class Line:
    """Glyphs on one baseline of one column, left to right."""

    page: int
    glyphs: list[Glyph]
    base: float
    size: float  # size of its body glyphs (not the footnote marks)
    x0: float = field(init=False)
    x1: float = field(init=False)

    def __post_init__(self) -> None:
        ink = [g for g in self.glyphs if not g.text.isspace()]
        self.x0 = min(g.x0 for g in ink)
        self.x1 = max(g.x1 for g in ink)

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs).strip()

    @property
    def top(self) -> float:
        return self.base + self.size

    def body_glyphs(self) -> list[Glyph]:
        return [g for g in self.glyphs if not g.sup and not g.text.isspace()]

    def share(self, predicate) -> float:
        """The share of body glyphs for which ``predicate(glyph)`` holds."""
        body = self.body_glyphs()
        return sum(1 for g in body if predicate(g)) / len(body) if body else 0.0


@dataclass
class Page:
    number: int  # from 1
    width: float
    height: float
    lines: list[Line]  # in reading order
    rotated: str = ""  # text set at an angle (margin notes), which is not part of the lines
    unreadable: int = 0  # glyphs whose font has no Unicode mapping (shown as U+FFFD)


def read_pdf(path: str | Path) -> list[Page]:
    """The pages of the PDF at ``path`` with their lines, or an InputError saying why not."""
    data = read_bytes(path)
    _check_envelope(path, data)
    with pdf_limits.limits(path):
        return _read(path, data)


def _read(path: str | Path, data: bytes) -> list[Page]:
    try:
        document = BoundedDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise InputError(path, "the PDF is encrypted with a password; save an unprotected copy "
                               "(or print it to PDF) and import that") from None
    except PDFEncryptionError as exc:
        raise InputError(path, f"the PDF's encryption is not supported ({exc}); save an unprotected copy") from None
    except (InputError, pdf_limits.LimitExceeded):
        raise
    except Exception as exc:  # pdfminer signals damage with many exception types
        raise InputError(path, f"the PDF is damaged and cannot be opened ({_describe(exc)})") from None
    _check_page_count(path, document)
    try:
        return _interpret(path, document)
    except (InputError, pdf_limits.LimitExceeded):
        raise
    except RecursionError:
        raise InputError(path, "the PDF is damaged: its structure nests without end") from None
    except Exception as exc:
        raise InputError(path, f"the PDF is damaged and cannot be read ({_describe(exc)})") from None


def _check_envelope(path, data: bytes) -> None:
    if b"%PDF-" not in data[:1024]:
        raise InputError(path, "this is not a PDF file (it does not start with %PDF-)")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(path, "the PDF is incomplete (it has no %%EOF end marker): the file was cut "
                               "short, perhaps by an interrupted download; fetch it again")


def _check_page_count(path, document: PDFDocument) -> None:
    try:
        count = int(resolve1(resolve1(document.catalog["Pages"])["Count"]))
    except Exception:
        return  # counted while reading instead
    if count > MAX_PAGES:
        raise InputError(path, f"the PDF has {count} pages; Resolute reads resolutions of up to "
                               f"{MAX_PAGES} pages")


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _interpret(path, document: PDFDocument) -> list[Page]:
    manager = PDFResourceManager(caching=True)
    device = _GlyphDevice(manager)
    interpreter = FastInterpreter(manager, device)
    pages: list[Page] = []
    total = unreadable = 0
    with _DataLossAlarm() as alarm:
        for number, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
            if number > MAX_PAGES:
                raise InputError(path, f"the PDF has more than {MAX_PAGES} pages; Resolute reads resolutions "
                                       f"of up to {MAX_PAGES} pages")
            pdf_limits.check()
            device.start_page()
            try:
                interpreter.process_page(pdf_page)
            except _TooManyGlyphs:
                raise InputError(path, f"the PDF holds more than {MAX_GLYPHS:,} characters; "
                                       "it is not a resolution") from None
            if alarm.raised or _undecodable(pdf_page):
                raise InputError(path, f"the PDF is damaged: the contents of page {number} cannot be decoded")
            total += len(device.glyphs)
            unreadable += device.unreadable
            x0, y0, x1, y1 = pdf_page.mediabox
            pages.append(Page(number, abs(x1 - x0), abs(y1 - y0), build_lines(device.glyphs, number),
                              "".join(device.rotated).strip(), device.unreadable))
    if not pages:
        raise InputError(path, "the PDF has no pages")
    if unreadable > total / 2:
        raise InputError(path, "the PDF's fonts do not say which letters they draw (no Unicode map), "
                               "so its text cannot be read; import the Word version instead")
    return pages


def _undecodable(pdf_page: PDFPage) -> bool:
    """A compressed content stream that decoded to nothing: pdfminer drops it without a word."""
    for ref in pdf_page.contents:
        stream = resolve1(ref)
        if isinstance(stream, PDFStream) and stream.get_filters() and not stream.get_data() \
                and int(resolve1(stream.get("Length", 0)) or 0) > 0:
            return True
    return False


class _DataLossAlarm(logging.Handler):
    """Notices pdfminer's warning that a damaged stream was only partly decoded."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.raised = False

    def emit(self, record: logging.LogRecord) -> None:
        if "data-loss" in record.getMessage().lower():
            self.raised = True

    def __enter__(self) -> _DataLossAlarm:
        logging.getLogger("pdfminer").addHandler(self)
        return self

    def __exit__(self, *exc) -> None:
        logging.getLogger("pdfminer").removeHandler(self)


class _TooManyGlyphs(Exception):
    pass


class _GlyphDevice(PDFTextDevice):
    """Collects each drawn character as a Glyph; ignores images and paths."""

    def __init__(self, manager: PDFResourceManager):
        super().__init__(manager)
        self._styles: dict[int, FontStyle] = {}
        self.budget = MAX_GLYPHS  # characters left to read in the whole document
        self.start_page()

    def start_page(self) -> None:
        self.glyphs: list[Glyph] = []
        self.rotated: list[str] = []
        self.unreadable = 0

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        adv = font.char_width(cid) * fontsize * scaling
        self.budget -= 1
        if self.budget < 0:
            raise _TooManyGlyphs
        if not self.budget & 0x3FF:
            pdf_limits.check()
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            self.unreadable += 1
            text = "\ufffd"
        a, b, c, d, e, f = matrix
        if abs(b) > 1e-3 or d <= 0:
            self.rotated.append(text)  # set at an angle: a margin note, not the resolution
            return adv
        if not text:
            return adv
        if len(text) == 1 and text in _LIGATURES:
            text = _LIGATURES[text]
        style = self._styles.get(id(font))
        if style is None:
            style = self._styles[id(font)] = font_style(font)
        if abs(c) > 0.05 * d and not style.italic:  # an upright font slanted: synthetic italic
            style = FontStyle(style.name, style.bold, True)
        x1 = e + a * adv
        if not all(map(_sane, (e, x1, f + d * rise, fontsize * d))):
            return adv  # drawn at an infinite or absurd position: nothing a reader sees
        if not text.isascii() or not text.isprintable():
            text = _clean_text(text)
            if not text:
                return adv
        self.glyphs.append(Glyph(text, min(e, x1), max(e, x1), f + d * rise, fontsize * d, style))
        return adv


_FAR = 1e6  # points: thousands of metres, far beyond any page


def _sane(value: float) -> bool:
    return math.isfinite(value) and -_FAR < value < _FAR


def _clean_text(text: str) -> str:
    """Lone surrogates from a damaged Unicode map as U+FFFD (UTF-8 cannot hold them), without
    control characters."""
    text = CONTROLS.sub("", text.replace("\t", " "))
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")


def font_style(font) -> FontStyle:
    """Bold and italic from the font's name ("TimesNewRomanPS-BoldItalicMT") or its descriptor flags."""
    raw = [getattr(font, attr, None) for attr in ("fontname", "basefont")]
    names = [n.decode("latin-1") if isinstance(n, bytes) else str(n) for n in raw if n and n != "unknown"]
    name = _SUBSET_PREFIX.sub("", names[0] if names else "")
    lowered = name.lower()
    flags = getattr(font, "flags", 0) or 0
    italic = ("italic" in lowered or "oblique" in lowered or bool(flags & _ITALIC_FLAG)
              or abs(getattr(font, "italic_angle", 0) or 0) > 1)
    weight = _descriptor_number(font, "FontWeight")
    bold = (any(w in lowered for w in ("bold", "black", "heavy", "semibold", "demi"))
            or bool(flags & _FORCE_BOLD_FLAG) or (weight is not None and weight >= 600))
    return FontStyle(name, bold, italic)


def _descriptor_number(font, key: str) -> float | None:
    try:
        value = resolve1((getattr(font, "descriptor", None) or {}).get(key))
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


# -- lines --------------------------------------------------------------------------

def build_lines(glyphs: list[Glyph], page: int) -> list[Line]:
    """Group a page's glyphs into lines in reading order (rows top-down, left to right in a row)."""
    rows = _baseline_rows(glyphs)
    _attach_superscripts(rows)
    lines = [line for row in rows for line in _split_columns(row, page)]
    return _reading_order(lines)


def _baseline_rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs whose baselines lie within a point of each other, top of the page first."""
    rows: list[list[Glyph]] = []
    last = None
    for g in sorted(glyphs, key=lambda g: -g.base):
        if last is not None and last - g.base <= 1.0:
            rows[-1].append(g)
        else:
            rows.append([g])
        last = g.base
    return rows


def _dominant_size(glyphs: list[Glyph]) -> float:
    """The size most of the glyphs are set in (footnote marks and spaces aside)."""
    counts = Counter(g.size for g in glyphs if not g.sup and not g.text.isspace())
    return max(counts, key=lambda k: (counts[k], k)) if counts else 0.0


def _attach_superscripts(rows: list[list[Glyph]]) -> None:
    """Move raised, smaller glyphs onto the row they are raised above, flagged as marks."""
    sizes = [_dominant_size(row) for row in rows]
    for i, row in enumerate(rows):
        if not row:
            continue
        for j in range(i + 1, min(i + 4, len(rows))):
            below, size = rows[j], sizes[j]
            if not size:
                continue
            rise = row[0].base - below[0].base
            if rise > 0.6 * size:
                break
            if rise < 0.12 * size:
                continue
            ink = [g for g in below if not g.text.isspace()]
            left = min(g.x0 for g in ink) - _COLUMN_GAP * size
            right = max(g.x1 for g in ink) + _COLUMN_GAP * size
            moved = [g for g in row if g.size < size * _SUPERSCRIPT_RATIO and left <= g.x0 <= right]
            if not any(not g.text.isspace() for g in moved):
                continue
            for g in moved:
                g.sup = not g.text.isspace()
                below.append(g)
            moved_ids = {id(g) for g in moved}
            row[:] = [g for g in row if id(g) not in moved_ids]
            break


def _split_columns(row: list[Glyph], page: int) -> list[Line]:
    """Cut a row between columns: at a gap of several ems, or at a word gap where the font
    size changes (a masthead's organ name beside its date); drop rows of spaces only."""
    if not row:
        return []
    row.sort(key=lambda g: g.x0)
    size = _dominant_size(row) or max(g.size for g in row)
    lines: list[list[Glyph]] = [[]]
    last: Glyph | None = None  # the last glyph with ink, not a footnote mark
    for g in row:
        if last is not None and g.text == last.text and abs(g.x0 - last.x0) < 0.1 * g.size:
            continue  # drawn twice, slightly offset: "fake bold" from some PDF printers
        if not g.text.isspace() and not g.sup:
            if last is not None and (g.x0 - last.x1 > _COLUMN_GAP * size or (
                    abs(g.size - last.size) > 0.2 * max(g.size, last.size)
                    and g.x0 - last.x1 > _WORD_GAP * min(g.size, last.size))):
                lines.append([])
            if last is None or g.x1 > last.x1:
                last = g
        lines[-1].append(g)
    out = []
    for glyphs in lines:
        if any(not g.text.isspace() for g in glyphs):
            body = [g for g in glyphs if not g.sup and not g.text.isspace()] or glyphs
            base = min(body, key=lambda g: g.base).base
            out.append(Line(page, _with_spaces(glyphs), base, _dominant_size(glyphs) or size))
    return out


def _with_spaces(glyphs: list[Glyph]) -> list[Glyph]:
    """Insert a space glyph where a word gap has none, so that text reads with its spaces."""
    out: list[Glyph] = []
    for g in glyphs:
        if out and not g.text.isspace() and not out[-1].text.isspace():
            prev = out[-1]
            em = min(p.size for p in (prev, g) if not p.sup) if not (prev.sup and g.sup) else g.size
            if g.x0 - prev.x1 > _WORD_GAP * em:
                out.append(Glyph(" ", prev.x1, g.x0, prev.base, prev.size, prev.style))
        out.append(g)
    return out


def _reading_order(lines: list[Line]) -> list[Line]:
    """Rows top-down, where lines whose x-heights overlap share a row, left to right in a row."""
    ordered = sorted(lines, key=lambda ln: -ln.top)
    rows: list[list[Line]] = []
    r_low = r_high = r_size = 0.0  # the last row's extent and smallest size, kept as it grows
    for line in ordered:
        low, high = line.base, line.base + 0.7 * line.size
        if rows:
            overlap = min(high, r_high) - max(low, r_low)
            if overlap > 0.5 * min(high - low, r_size * 0.7):
                rows[-1].append(line)
                r_low, r_high, r_size = min(r_low, low), max(r_high, high), min(r_size, line.size)
                continue
        rows.append([line])
        r_low, r_high, r_size = low, high, line.size
    return [line for row in rows for line in sorted(row, key=lambda ln: ln.x0)]
