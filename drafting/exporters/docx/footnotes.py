"""Real Word footnotes: the footnotes part, its relationship and content type, and the separators.

python-docx has no footnote API, so this module writes word/footnotes.xml itself: the
separator (id -1) and continuation separator (id 0) that Word requires, then one
w:footnote per note in document order.  Numbered notes use w:footnoteReference and
w:footnoteRef, so Word numbers them; symbol notes (*, ** on masthead and title) use
``w:customMarkFollows`` with the literal mark, which uses up no number.  The note number
hangs before the column edge and the text starts at the edge, as in the official PDFs
(which right-align the number with a leading tab; LibreOffice moves the number before any
such tab, so the number here starts the line, with room for two digits).
"""

from __future__ import annotations

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from ...model import Footnote
from .inlines import inline_runs
from .styles import FOOTNOTE_REFERENCE, FOOTNOTE_TEXT, style_id
from .wml import el, paragraph, part_root, run, run_props, sub, text, tostring

# The UN separator rule starts this far in from the margin (39.6 pt in the official PDFs).
SEPARATOR_INDENT = 792


class Footnotes:
    """Collects the notes as their references are written, then adds the part to the package."""

    def __init__(self, marks: dict[int, str]):
        self._marks = marks  # id(Footnote) → derived mark ("*", "1", …)
        self._notes: list[etree._Element] = []

    def __len__(self) -> int:
        return len(self._notes)

    def reference(self, note: Footnote) -> etree._Element:
        """The run that stands in the text where ``note`` is anchored."""
        note_id = len(self._notes) + 1
        mark = self._marks.get(id(note), "")
        symbol = mark.startswith("*")
        self._notes.append(self._note(note_id, note, mark if symbol else None))
        r = el("w:r")
        r.append(run_props(style=style_id(FOOTNOTE_REFERENCE)))
        sub(r, "w:footnoteReference", {"customMarkFollows": 1, "id": note_id} if symbol else {"id": note_id})
        if symbol:
            r.extend(text(ch) for ch in mark)  # one w:t a character: LibreOffice reads a longer one twice
        return r

    @staticmethod
    def _note(note_id: int, note: Footnote, symbol: str | None) -> etree._Element:
        mark = el("w:r")
        mark.append(run_props(style=style_id(FOOTNOTE_REFERENCE)))
        if symbol:
            mark.append(text(symbol))
        else:
            sub(mark, "w:footnoteRef")
        body = paragraph(style_id(FOOTNOTE_TEXT), mark, run("\t"), *inline_runs(note))
        return el("w:footnote", {"id": note_id}, body)

    def element(self) -> etree._Element:
        root = part_root("w:footnotes")
        root.append(_separator("separator", -1))
        root.append(_separator("continuationSeparator", 0))
        root.extend(self._notes)
        return root

    def add_to(self, document_part) -> None:
        """Add word/footnotes.xml to the package, related from the main document."""
        if not self._notes:
            return
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, tostring(self.element()),
                    document_part.package)
        document_part.relate_to(part, RT.FOOTNOTES)


def settings_footnote_props() -> etree._Element:
    """settings.xml's w:footnotePr naming the separator notes, as Word writes it."""
    props = el("w:footnotePr")
    sub(props, "w:footnote", {"id": -1})
    sub(props, "w:footnote", {"id": 0})
    return props


def _separator(kind: str, note_id: int) -> etree._Element:
    p = paragraph(None, el("w:r", None, el(f"w:{kind}")),
                  props=[el("w:spacing", {"after": 0, "line": 240, "lineRule": "auto"}),
                         el("w:ind", {"left": SEPARATOR_INDENT})])
    return el("w:footnote", {"type": kind, "id": note_id}, p)

