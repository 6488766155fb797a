"""Real Word numbering (word/numbering.xml) for operative paragraphs, subparagraphs and annexes.

The official texts set every degree of subparagraph alike: "(a)", "(i)" and "a." stand one
step in from the column edge, the text a step further.  The lines of an "(a)"
subparagraph wrap at the column edge; those of an "(i)" under an "(a)" wrap under its label
(26 of 27 paragraphs labelled "(ii)" or later in the official corpus).

One list definition numbers the operative part: level 0 "1.", then the subparagraph
degrees "(a)", "(i)", "a.", "i." (the cycle of ``drafting.numbering.subparagraph_label``,
continued to Word's nine levels).  Numbers are never typed: Word and LibreOffice compute
them, so a paragraph inserted in Word renumbers the rest.  Annexes use a second
definition whose level 0 sits at the column edge ("1." then the text), with one list
instance per annex so that each restarts at 1.  A list the source labels otherwise than by
its degree (``Paragraph.list_style``: (i), (ii) …; 1., 2. …; bullets) gets a list instance of
a definition whose subparagraph levels all print that style.
"""

from __future__ import annotations

from lxml import etree

from ...model import BULLET_LIST, NUMBER_LIST, ROMAN_LIST
from .layout import ROMAN_DEGREE, Layout
from .wml import el, part_root, sub, val

_CYCLE = (("lowerLetter", "({})"), ("lowerRoman", "({})"), ("lowerLetter", "{}."), ("lowerRoman", "{}."))
_STYLED = {ROMAN_LIST: ("lowerRoman", "({})"), NUMBER_LIST: ("decimal", "{}."), BULLET_LIST: ("bullet", "•")}
LEVELS = 9
OPERATIVE_LIST, ANNEX_LIST = 1, 2
STYLED_LISTS = {ROMAN_LIST: 3, NUMBER_LIST: 4, BULLET_LIST: 5}  # abstractNumId of each list style


def level_format(ilvl: int, list_style: str = "") -> tuple[str, str]:
    """(numFmt, lvlText) of a level: 0 → decimal "%1.", 1 → lowerLetter "(%2)", 2 → lowerRoman "(%3)", …;
    with a ``list_style`` every subparagraph level prints that style."""
    if ilvl == 0:
        return "decimal", "%1."
    fmt, pattern = _STYLED[list_style] if list_style else _CYCLE[(ilvl - 1) % len(_CYCLE)]
    return fmt, pattern.format(f"%{ilvl + 1}")


def _level(ilvl: int, number_at: int, text_at: int, wrap_at: int, list_style: str = "") -> etree._Element:
    fmt, text = level_format(ilvl, list_style)
    lvl = el("w:lvl", {"ilvl": ilvl})
    lvl.append(val("w:start", 1))
    lvl.append(val("w:numFmt", fmt))
    lvl.append(val("w:lvlText", text))
    lvl.append(val("w:lvlJc", "left"))
    ppr = sub(lvl, "w:pPr")
    sub(sub(ppr, "w:tabs"), "w:tab", {"val": "num", "pos": text_at})
    sub(ppr, "w:ind", {"left": wrap_at, "firstLine": number_at - wrap_at})
    rpr = sub(lvl, "w:rPr")  # the number stays upright whatever the paragraph's first run is
    sub(rpr, "w:b", {"val": 0})
    sub(rpr, "w:i", {"val": 0})
    return lvl


def _abstract(abstract_id: int, name: str, first_at: int, lay: Layout, list_style: str = "") -> etree._Element:
    node = el("w:abstractNum", {"abstractNumId": abstract_id})
    node.append(val("w:multiLevelType", "multilevel"))
    node.append(val("w:name", name))
    for ilvl in range(LEVELS):
        number_at = first_at if ilvl == 0 else lay.inset + lay.step  # (a), (i), a. all hang at the same place
        wrap_at = number_at if ilvl == ROMAN_DEGREE else lay.inset
        node.append(_level(ilvl, number_at, number_at + lay.step, wrap_at, list_style))
    return node


class Numbering:
    """The list definitions and the list instances handed out while the body is written."""

    def __init__(self, lay: Layout):
        self.layout = lay
        self._instances: list[tuple[int, int, dict[int, int]]] = []  # (numId, abstractNumId, restarts)
        self._styles: set[str] = set()  # the list styles used: their definitions are written
        self.operative = self._new(OPERATIVE_LIST)

    def _new(self, abstract_id: int, restart: tuple[int, ...] = ()) -> int:
        num_id = len(self._instances) + 1
        self._instances.append((num_id, abstract_id, {ilvl: 1 for ilvl in restart}))
        return num_id

    def restarted_operative(self) -> int:
        """A list for a further text's operative part, or an amendment's instructions: "1." again."""
        return self._new(OPERATIVE_LIST, restart=(0,))

    def annex(self) -> int:
        """A list for one annex: its numbered paragraphs start again at 1."""
        return self._new(ANNEX_LIST, restart=(0,))

    def fresh_subparagraphs(self, abstract_id: int = ANNEX_LIST, degree: int = 1) -> int:
        """A list whose (a), (b) (at ``degree``) start again: for subparagraphs under an unnumbered paragraph."""
        return self._new(abstract_id, restart=(degree,))

    def styled_subparagraphs(self, list_style: str, degree: int) -> int:
        """A list for subparagraphs labelled by ``list_style`` at ``degree``, starting at 1 (or a bullet)."""
        self._styles.add(list_style)
        return self._new(STYLED_LISTS[list_style], restart=(degree,))

    def element(self) -> etree._Element:
        lay = self.layout
        root = part_root("w:numbering")
        root.append(_abstract(OPERATIVE_LIST, "UN operative paragraphs", lay.inset + lay.step, lay))
        root.append(_abstract(ANNEX_LIST, "UN annex paragraphs", lay.inset, lay))
        for style, abstract_id in STYLED_LISTS.items():
            if style in self._styles:
                root.append(_abstract(abstract_id, f"UN {style} subparagraphs", lay.inset, lay, style))
        for num_id, abstract_id, restarts in self._instances:
            num = sub(root, "w:num", {"numId": num_id})
            num.append(val("w:abstractNumId", abstract_id))
            for ilvl, start in restarts.items():
                override = sub(num, "w:lvlOverride", {"ilvl": ilvl})
                override.append(val("w:startOverride", start))
        return root


def num_props(num_id: int, ilvl: int) -> etree._Element:
    """The w:numPr that numbers a paragraph at ``ilvl`` of list ``num_id``."""
    node = el("w:numPr")
    node.append(val("w:ilvl", min(ilvl, LEVELS - 1)))
    node.append(val("w:numId", num_id))
    return node
