"""Write the lines of one PDF paragraph or footnote as marked-up text.

Italic and bold come from the fonts, footnote marks from raised small glyphs; lines are
joined with a space, or without one where a word was broken after a hyphen.  UN text
has many real hyphens ("Fact-Finding", "near-universal", "high-level"), and Word does not
hyphenate UN documents, so a line-end hyphen is dropped only on evidence: a soft hyphen,
or the document spelling the word elsewhere without a hyphen and never with one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pdf_layout import Glyph, Line

_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*[^\W\d_])?")
_HYPHENS = "-\u2010\u2011"
_DASHES = "\u2013\u2014"
_SOFT_HYPHEN = "\u00ad"
_SUSPENDED = {"and", "or", "nor", "to"}  # "gender- and age-sensitive": the hyphen keeps its space
_NOTE_REF = re.compile(r"^[0-9*]+(?:,[0-9*]+)*$")
_CAN_OPEN_AFTER = "([“‘\"'/–—-"  # an opening * must follow a space or one of these (see markup.py)


class Vocabulary:
    """The words a document spells within its lines, to judge a hyphen at a line end."""

    def __init__(self, lines: list[Line]):
        self.words: set[str] = set()
        for line in lines:
            self.words.update(m.group().lower() for m in _WORD.finditer(line.text))

    def line_end_hyphen(self, left: str, right: str) -> str:
        """What a hyphen ending ``left`` stands for when the next line starts with ``right``:
        "-" a real hyphen, "" a line-break artefact, "- " a hyphen waiting for its word."""
        word_left = _WORD.findall(left[:-1])[-1:] or [""]
        word_right = _WORD.match(right)
        if not word_left[0] or word_right is None or not right[:1].islower():
            return "-"  # "Fact-" + "Finding", "COVID-" + "19"
        head, tail = word_left[0].lower(), word_right.group().lower()
        if tail in _SUSPENDED:
            return "- "
        if f"{head}-{tail}" not in self.words and f"{head}{tail}" in self.words:
            return ""
        return "-"


@dataclass
class _Token:
    text: str
    italic: bool = False
    bold: bool = False
    kind: str = "text"  # "text", "space" or "note"


def element_markup(lines: list[Line], vocabulary: Vocabulary, marks: set[str | None],
                   emphasis: bool = True, whole_bold: bool = False) -> str:
    """One paragraph as a line of marked-up text.

    ``marks`` are the footnote marks that have a text: only those raised figures become
    ``[^N]``.  Bold is written only with ``emphasis`` and when it does not cover the whole
    paragraph (headings and masthead lines are bold by their layout).
    """
    glyphs = _joined_glyphs(lines, vocabulary)
    ink = [g for g in glyphs if not g.text.isspace() and not g.sup]
    all_bold = bool(ink) and sum(g.style.bold for g in ink) > 0.9 * len(ink)
    return _render(_tokens(glyphs, marks), bold=emphasis and (whole_bold or not all_bold))


def note_markup(mark: str | None, lines: list[Line], vocabulary: Vocabulary) -> str:
    """A footnote as ``N. text`` or ``* text`` (its own mark is left out of the text)."""
    glyphs = _without_mark(_joined_glyphs(lines, vocabulary), mark)
    text = _render(_tokens(glyphs, set()), bold=True)
    if mark is None:
        return text
    return f"{mark}. {text}" if mark.isdigit() else f"{mark} {text}"


def _without_mark(glyphs: list[Glyph], mark: str | None) -> list[Glyph]:
    if not mark:
        return glyphs
    seen = ""
    for i, g in enumerate(glyphs):
        if g.text.isspace():
            continue
        seen += g.text
        if seen == mark:
            rest = glyphs[i + 1:]
            if rest and rest[0].text == "." and not rest[0].sup:
                rest = rest[1:]
            return rest
        if not mark.startswith(seen):
            break
    return glyphs


def _joined_glyphs(lines: list[Line], vocabulary: Vocabulary) -> list[Glyph]:
    """The glyphs of the lines in order, with a space glyph between lines or a hyphen undone."""
    out: list[Glyph] = []
    for line in lines:
        glyphs = _strip_spaces(line.glyphs)
        glyphs = [g for g in glyphs[:-1] if g.text != _SOFT_HYPHEN] + glyphs[-1:]
        if not glyphs:
            continue
        if out:
            last = out[-1]
            if last.text == _SOFT_HYPHEN:
                out.pop()
            elif last.text in _HYPHENS:
                hyphen = vocabulary.line_end_hyphen(_tail_text(out), "".join(g.text for g in glyphs[:40]))
                if not hyphen:
                    out.pop()
                elif hyphen.endswith(" "):
                    out.append(_space(last))
            elif not (last.text in _DASHES and len(out) > 1 and not out[-2].text.isspace()):
                out.append(_space(last))
        out.extend(glyphs)
    if out and out[-1].text == _SOFT_HYPHEN:
        out.pop()
    return out


def _strip_spaces(glyphs: list[Glyph]) -> list[Glyph]:
    start, end = 0, len(glyphs)
    while start < end and glyphs[start].text.isspace():
        start += 1
    while end > start and glyphs[end - 1].text.isspace():
        end -= 1
    return glyphs[start:end]


def _tail_text(glyphs: list[Glyph]) -> str:
    return "".join(g.text for g in glyphs[-40:])


def _space(after: Glyph) -> Glyph:
    return Glyph(" ", after.x1, after.x1, after.base, after.size, after.style)


def _tokens(glyphs: list[Glyph], marks: set[str | None]) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(glyphs):
        g = glyphs[i]
        if g.sup:
            j = i
            while j < len(glyphs) and glyphs[j].sup:
                j += 1
            raised = "".join(x.text for x in glyphs[i:j]).replace(" ", "")
            if _NOTE_REF.match(raised) and all(part in marks for part in raised.split(",")):
                tokens.append(_Token(f"[^{raised}]", kind="note"))
            else:  # an ordinal ("1st") or a power ("km2"), not a footnote
                tokens.append(_Token(raised, g.style.italic, g.style.bold))
            i = j
            continue
        if g.text.isspace():
            tokens.append(_Token(" ", kind="space"))
        else:
            tokens.append(_Token(g.text, g.style.italic, g.style.bold))
        i += 1
    return tokens


def _render(tokens: list[_Token], bold: bool) -> str:
    """Tokens as text with ``*``/``**`` around italic/bold runs, spaces kept outside the markers."""
    out: list[str] = []
    is_italic = is_bold = False
    pending = ""  # a space waiting to be written, outside any marker that closes before it
    last = ""  # the last character written
    for token in tokens:
        if token.kind == "space":
            pending = " "
            continue
        if token.kind == "note":
            out += [_closers(is_italic, is_bold), token.text]
            is_italic = is_bold = False
            pending, last = "", "]"
            continue
        want_italic, want_bold = token.italic, token.bold and bold
        opens = want_italic and not is_italic or want_bold and not is_bold
        if opens and not pending and last and not last.isspace() and last not in _CAN_OPEN_AFTER:
            want_italic, want_bold = is_italic, is_bold  # no marker can open inside a word
        if is_italic and (not want_italic or want_bold != is_bold):
            out.append("*")
            is_italic = False
        if is_bold and not want_bold:
            out.append("**")
            is_bold = False
        out.append(pending)
        pending = ""
        if want_bold and not is_bold:
            out.append("**")
            is_bold = True
        if want_italic and not is_italic:
            out.append("*")
            is_italic = True
        out.append(token.text)
        last = token.text[-1]
    out.append(_closers(is_italic, is_bold))
    return "".join(out).strip()


def _closers(italic: bool, bold: bool) -> str:
    return ("*" if italic else "") + ("**" if bold else "")
