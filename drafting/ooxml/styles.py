"""styles.xml: style names, the run formatting a character style gives, and style numbering.

Only what an importer needs: ``name`` for finding paragraphs by style, ``run_props``
resolved along w:basedOn, and the w:numPr a paragraph style carries (list styles such
as "List Number" number their paragraphs without any w:numPr in the paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..digits import whole_number
from .namespaces import toggle, val, w

RUN_TOGGLES = {"italic": "i", "bold": "b", "underline": "u", "hidden": "vanish", "strike": "strike"}


@dataclass
class Style:
    style_id: str
    name: str
    kind: str  # paragraph, character, table, numbering
    based_on: str | None = None
    run: dict[str, bool] = field(default_factory=dict)  # italic, bold, underline, hidden, strike, superscript
    num_id: str | None = None
    ilvl: int | None = None


def run_properties(rpr: etree._Element | None) -> dict[str, bool]:
    """The formatting a w:rPr sets explicitly (absent properties are not in the result)."""
    props: dict[str, bool] = {}
    if rpr is None:
        return props
    for name, tag in RUN_TOGGLES.items():
        on = toggle(rpr.find(w(tag)))
        if on is not None:
            props[name] = on
    double = toggle(rpr.find(w("dstrike")))
    if double is not None:
        props["strike"] = props.get("strike", False) or double
    align = val(rpr.find(w("vertAlign")))
    if align is not None:
        props["superscript"] = align == "superscript"
    return props


class Styles:
    def __init__(self, root: etree._Element | None):
        self._styles: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        for el in root.iter(w("style")):
            style_id = el.get(w("styleId")) or ""
            kind = el.get(w("type")) or "paragraph"
            num = el.find(f"{w('pPr')}/{w('numPr')}")
            ilvl = val(num.find(w("ilvl"))) if num is not None else None
            self._styles[style_id] = Style(
                style_id, val(el.find(w("name"))) or style_id, kind, val(el.find(w("basedOn"))),
                run_properties(el.find(w("rPr"))),
                val(num.find(w("numId"))) if num is not None else None,
                whole_number(ilvl, 2))
            if kind == "paragraph" and el.get(w("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def name(self, style_id: str | None) -> str:
        """The style's display name ("Operative Paragraph"), or its id when styles.xml lacks it."""
        if not style_id:
            return ""
        style = self._styles.get(style_id)
        return style.name if style else style_id

    def _chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            style_id = style.based_on

    def run_props(self, style_id: str | None) -> dict[str, bool]:
        """Run formatting of a character style, the nearest definition along w:basedOn winning."""
        props: dict[str, bool] = {}
        for style in self._chain(style_id):
            for key, on in style.run.items():
                props.setdefault(key, on)
        return props

    def numbering(self, style_id: str | None) -> tuple[str, int | None] | None:
        """(numId, ilvl) a paragraph style numbers its paragraphs with, if any."""
        for style in self._chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.ilvl
        return None

    def num_id_of(self, style_id: str) -> str | None:
        """The numId a numbering style (w:type="numbering") links to, for w:numStyleLink."""
        style = self._styles.get(style_id)
        return style.num_id if style else None
