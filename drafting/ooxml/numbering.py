"""Word's automatic list numbers, computed as Word displays them (numbering.xml).

A paragraph with w:numPr shows a label that is not in its text: the level's w:lvlText
("%1.", "(%2)") filled with the counters of the levels it names, each in its level's
w:numFmt.  Counters run in document order.  Lists (w:num) that share an abstract
definition share their counters, as in Word, unless the list overrides a start
(w:lvlOverride/w:startOverride), which is how Word restarts a list.  A level restarts
when a higher level is used, or as w:lvlRestart says.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import overload

from lxml import etree

from ..numbering import letters, roman
from .namespaces import val, w
from .styles import Styles

LEVELS = 9
# Symbol-font bullets as Word stores them (private use area) and their meaning.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "o": "◦", "\uf02d": "-"}


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False  # w:isLgl: show every level's number in decimal


MAX_NUMBER = 32767  # Word's largest list number; larger values in a damaged file are held to it


@overload
def _int(value: str | None, default: int) -> int: ...


@overload
def _int(value: str | None, default: None) -> int | None: ...


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return min(max(int(value), 0), MAX_NUMBER) if value is not None else default
    except ValueError:
        return default


def _level(el: etree._Element, base: Level = Level()) -> Level:
    text_el = el.find(w("lvlText"))
    return Level(
        fmt=val(el.find(w("numFmt")), base.fmt) or base.fmt,
        text=(val(text_el, base.text) or "") if text_el is not None else base.text,
        start=_int(val(el.find(w("start"))), base.start),
        restart=_int(val(el.find(w("lvlRestart"))), base.restart),
        legal=el.find(w("isLgl")) is not None and val(el.find(w("isLgl")), "1") not in ("0", "false"),
    )


def format_number(n: int, fmt: str) -> str:
    if fmt in ("none", "bullet"):
        return ""
    if fmt == "lowerLetter":
        return letters(n) if n > 0 else str(n)
    if fmt == "upperLetter":
        return letters(n).upper() if n > 0 else str(n)
    if fmt == "lowerRoman":
        return roman(n) if n > 0 else str(n)
    if fmt == "upperRoman":
        return roman(n).upper() if n > 0 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)  # decimal and the formats Resolute has no words for


class Numbering:
    """Labels for numbered paragraphs; call ``label`` once per paragraph, in document order."""

    def __init__(self, root: etree._Element | None, styles: Styles):
        self._abstract: dict[str, dict[int, Level]] = {}
        self._style_link: dict[str, str] = {}  # abstractNumId → numbering style it takes its levels from
        self._nums: dict[str, tuple[str, dict[int, Level], bool]] = {}  # numId → (abstract, levels, own counters)
        self._counters: dict[str, list[int | None]] = {}
        self._num_abstract: dict[str, str] = {}
        self._styles = styles
        if root is None:
            return
        for el in root.iter(w("abstractNum")):
            abstract_id = el.get(w("abstractNumId")) or ""
            self._abstract[abstract_id] = {_int(lvl.get(w("ilvl")), 0): _level(lvl) for lvl in el.iter(w("lvl"))}
            link = val(el.find(w("numStyleLink")))
            if link:
                self._style_link[abstract_id] = link
        nums = list(root.iter(w("num")))
        self._num_abstract = {el.get(w("numId")) or "": val(el.find(w("abstractNumId"))) or "" for el in nums}
        for el in nums:
            self._nums[el.get(w("numId")) or ""] = self._instance(el)

    def _instance(self, el: etree._Element) -> tuple[str, dict[int, Level], bool]:
        abstract_id = self._linked(val(el.find(w("abstractNumId"))) or "")
        levels = dict(self._abstract.get(abstract_id, {}))
        overridden = False
        for override in el.iter(w("lvlOverride")):
            ilvl = _int(override.get(w("ilvl")), 0)
            base = levels.get(ilvl, Level())
            lvl = override.find(w("lvl"))
            if lvl is not None:
                base = _level(lvl, base)
            start = _int(val(override.find(w("startOverride"))), None)
            if start is not None:
                base = replace(base, start=start)
                overridden = True
            levels[ilvl] = base
        return abstract_id, levels, overridden

    def _linked(self, abstract_id: str) -> str:
        """Follow w:numStyleLink to the abstract definition that holds the levels."""
        for _ in range(4):
            link = self._style_link.get(abstract_id)
            num_id = self._styles.num_id_of(link) if link else None
            target = self._num_abstract.get(num_id or "")
            if not target or target == abstract_id:
                break
            abstract_id = target
        return abstract_id

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label Word shows for the next paragraph of list ``num_id`` at level ``ilvl``.

        None for numId 0 (numbering switched off) or a list numbering.xml does not define.
        """
        entry = self._nums.get(num_id)
        if num_id == "0" or entry is None:
            return None
        abstract_id, levels, overridden = entry
        ilvl = min(max(ilvl, 0), LEVELS - 1)
        key = f"num:{num_id}" if overridden else f"abstract:{abstract_id}"
        counters = self._counters.setdefault(key, [None] * LEVELS)
        level = levels.get(ilvl, Level())
        current = counters[ilvl]
        counters[ilvl] = level.start if current is None else min(current + 1, MAX_NUMBER)
        for deeper in range(ilvl + 1, LEVELS):
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart and ilvl < restart):
                counters[deeper] = None
        return self._render(level, levels, counters)

    @staticmethod
    def _render(level: Level, levels: dict[int, Level], counters: list[int | None]) -> str:
        if level.fmt == "bullet":
            return "".join(_BULLETS.get(ch, ch) for ch in level.text)
        out, i, text = [], 0, level.text
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1] in "0123456789":
                n = int(text[i + 1]) - 1
                source = levels.get(n, Level())
                counted = counters[n] if 0 <= n < LEVELS else None
                value = counted if counted is not None else source.start
                out.append(format_number(value, "decimal" if level.legal else source.fmt))
                i += 2
                continue
            out.append(text[i])
            i += 1
        return "".join(out)
