"""The rules engine, live: checks after edits (debounced, incremental), underlines, fixes, ignores.

The editor's bridge says which model paths an edit changed; after a pause in typing
``Checker.update`` re-checks just those.  Fixes are applied to the model by the engine
and then written back into the blocks they touched, in one undo step together with any
change to the parts outside the text (masthead, notes, ignored findings).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from drafting.model import MASTHEAD_FIELDS, Inline, Resolution, Section, is_heading
from drafting.numbering import ordinals
from ui.editor.document import DETACHED, STRUCTURE, ResolutionDocument
from ui.editor.highlighter import Underline
from ui.editor.history import Change, History
from ui.editor.inline import OBJECT_CHAR, to_block_offset

if TYPE_CHECKING:  # importing drafting.rules.base loads the whole engine
    from drafting.rules.base import Diagnostic, Location

CATEGORY = "style"


def rules():
    """The rules engine, imported on first use: a window shows before its rules are loaded."""
    import drafting.rules

    return drafting.rules

WHOLE_TEXT = {"RES150"}  # about the text as a whole (its length): listed, not drawn under a word
TEXT_PARTS = ("title", "body", "preamble", "operative", "annex", "section_title", "section", "instruction")
_FIELD_NAMES = {name: name.replace("_", " ").capitalize() for name in MASTHEAD_FIELDS}


def packs() -> list[tuple[str, str]]:
    """(name, title) of the style packs a user can choose."""
    out = []
    for name in rules().pack_names():
        try:
            out.append((name, rules().load_pack(name).title or name))
        except Exception:  # a broken pack file is reported by the CLI; here it is just not offered
            continue
    return out


def current_pack(res: Resolution):
    """The style pack the document is checked with, or None when it cannot be read."""
    engine = rules()
    try:
        return engine.load_pack(res.meta.style) if res.meta.style else engine.pack_for(res)
    except engine.PackError:
        return None


def lexicon_tiers(res: Resolution, default: tuple[str, ...]) -> tuple[str, ...]:
    """The phrase tiers autocomplete offers for the document's pack (Model UN adds its phrases)."""
    pack = current_pack(res)
    return tuple(pack.lexicon_tiers) if pack is not None and pack.lexicon_tiers else default


class LiveChecker(QObject):
    """Keeps ``findings`` current for a ResolutionDocument."""

    findingsChanged = Signal(list)
    failed = Signal(str)

    def __init__(self, document: ResolutionDocument, delay_ms: int = 350,
                 default_pack: Callable[[], str] = lambda: "",
                 rule_switches: Callable[[], tuple[list[str], dict[str, str]]] = lambda: ([], {}), parent=None):
        super().__init__(parent)
        self.document = document
        self.default_pack = default_pack  # the user's choice for documents that name none
        self.rule_switches = rule_switches  # the user's settings: (codes switched off, {code: severity})
        self.findings: list[Diagnostic] = []
        self._checker = None
        self._pending: set[tuple] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._scheduled)
        self.wait_for = None  # a thread loading what the rules need (the dictionary): checks wait, the editor not
        document.modelChanged.connect(self.note_changes)

    @property
    def pack(self):
        """The style pack of the last check (None before the first)."""
        return getattr(self._checker, "pack", None)

    def word_limit(self, default: int) -> int | None:
        """The word limit of the pack of the last check (before the first check: ``default``);
        None when the pack does not measure it (its word-count rule RES150 is off)."""
        pack = self.pack
        if pack is None:
            return default
        return int(pack.settings.get("word_limit", default)) if pack.severity("RES150") else None

    def note_changes(self, paths) -> None:
        self._pending |= set(paths)
        self._timer.start()

    def restart(self) -> None:
        """Check everything again (another pack, an ignored finding)."""
        self._checker = None
        self._pending.add(STRUCTURE)
        self._timer.start()

    def _scheduled(self) -> None:
        if self.wait_for is not None and self.wait_for.is_alive():
            self._timer.start()
            return
        self.run_now()

    def run_now(self) -> list[Diagnostic]:
        self._timer.stop()
        res = self.document.res
        try:
            if self._checker is None or self._checker.res is not res:
                disabled, severities = self.rule_switches()
                self._checker = rules().Checker(res, res.meta.style or self.default_pack() or None,
                                                disabled=disabled, severities=severities)
                result = self._checker.full()
            else:
                result = self._checker.update(sorted(self._pending, key=repr))
        except Exception as exc:  # a rule that fails must not take the editor down
            self._checker = None
            self.failed.emit(f"The check stopped: {type(exc).__name__}: {exc}")
            result = []
        self._pending.clear()
        self.findings = result
        self.findingsChanged.emit(result)
        return result


def explain(d: Diagnostic) -> str:
    """A finding for a tooltip: code, rule name, message, and why the rule exists."""
    rule = rules().get_rule(d.code)
    rationale = rule.rationale if rule is not None else d.extra.get("rationale", "")
    text = f"<b>{d.code}</b> {d.name}<br>{escape(d.message)}"
    if rationale:
        text += f"<br><i>{escape(rationale)}</i>"
    if d.fix is not None:
        text += f"<br>Fix: “{escape(d.fix.replacement)}”" if d.fix.replacement else "<br>Has a fix"
    return text


def underlines(document: ResolutionDocument, findings: list[Diagnostic]) -> dict[int, list[Underline]]:
    """{block number: underlines} for the findings that point into the text."""
    out: dict[int, list[Underline]] = {}
    for d in findings:
        if d.code in WHOLE_TEXT:
            continue
        loc = d.location
        block = document.block_of(loc.path) if loc.path and loc.path[0] in TEXT_PARTS else None
        if block is None:
            continue
        text = block.text()
        if loc.footnote is not None:
            objects = [i for i, ch in enumerate(text) if ch == OBJECT_CHAR]
            if loc.footnote >= len(objects):
                continue
            start = objects[loc.footnote]
            end = start + 1
        else:
            start, end = to_block_offset(text, loc.start), to_block_offset(text, loc.end)
            if end <= start:  # a point: underline the word around it
                start, end = _word_around(text, start)
        out.setdefault(block.blockNumber(), []).append(Underline(start, end, d.severity, d.category, d))
    return out


def in_document_order(document: ResolutionDocument, findings: list[Diagnostic]) -> list[Diagnostic]:
    """Findings of several sources merged: the masthead's and the sponsors' first, then by block and offset."""
    def key(d: Diagnostic) -> tuple:
        loc = d.location
        block = document.block_of(loc.path) if loc.path and loc.path[0] in TEXT_PARTS else None
        return (block.blockNumber() if block is not None else -1,
                -1 if loc.footnote is None else loc.footnote, loc.start)

    return sorted(findings, key=key)


def _word_around(text: str, at: int) -> tuple[int, int]:
    if not text:
        return 0, 0
    at = min(max(at, 0), len(text) - 1)
    start = end = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, max(end, start + 1)


def describe(document: ResolutionDocument, location: Location) -> str:
    """Where a finding is, as a copy-editor says it: "OP 4 (b)", "PP 3", "Masthead: date"; in a further text
    of the document with its label first ("II, OP 3")."""
    path = location.path
    head = path[0] if path else ""
    note = f", footnote {location.footnote + 1}" if location.footnote is not None else ""
    if head == "masthead":
        return f"Masthead: {_FIELD_NAMES.get(path[1], path[1]).lower()}{note}"
    if head in ("title", "body", "submission", "adoption"):
        return {"title": "Title", "body": "Body line", "submission": "Sponsors", "adoption": "Adoption"}[head] + note
    if head == "section_title":
        return f"Title of text {document.res.label}".rstrip() + note
    if head == "instruction":
        block = document.block_of(path[:2])
        label = document.label_of(block.blockNumber()) if block is not None else ""
        where = f"Instruction {label.rstrip('.') or path[1] + 1}"
        return where + (", quoted text" if len(path) > 2 else "") + note
    if head == "section" and len(path) > 2 and isinstance(path[1], int) and path[1] < len(document.res.sections):
        section = document.res.sections[path[1]]
        name = section.label or f"Text {path[1] + 2}"
        if path[2] in ("title", "body"):
            return f"{name}, {'title' if path[2] == 'title' else 'body line'}{note}"
        return f"{name}, {_describe_in_text(document, section, path[:2], path[2:], note)}"
    return _describe_in_text(document, document.res, (), path, note)


def _describe_in_text(document: ResolutionDocument, text: Resolution | Section, prefix: tuple, path: tuple,
                      note: str) -> str:
    """Where a place is inside one text: "PP 3", "OP 4 (b)", "Annex 1, paragraph 2"."""
    head = path[0] if path else ""
    part: list = getattr(text, head) if head in ("preamble", "operative") else []
    if len(path) > 1 and isinstance(path[1], int) and path[1] < len(part) and is_heading(part[path[1]]):
        return f"Heading in the {'preamble' if head == 'preamble' else 'operative part'}{note}"
    if head == "preamble":
        sub = document.block_of(prefix + path) if len(path) > 2 else None
        number = ordinals(part)[path[1]] if path[1] < len(part) else None
        where = f"PP {number or path[1] + 1}"
        return where + (" " + document.label_of(sub.blockNumber()) if sub is not None else "") + note
    if head == "operative":
        block = document.block_of(prefix + path[:2])
        label = document.label_of(block.blockNumber()) if block is not None else ""
        where = f"OP {label.rstrip('.') or path[1] + 1}"
        sub = document.block_of(prefix + path)
        if len(path) > 2 and sub is not None:
            where += " " + document.label_of(sub.blockNumber())
        return where + note
    if head == "annex":
        return f"Annex {path[1] + 1}" + (f", paragraph {path[2] + 1}" if len(path) > 2 and isinstance(path[2], int)
                                         else "") + note
    return head.capitalize() or "Document"


# -- fixing and ignoring ---------------------------------------------------------------------


def detached_state(document: ResolutionDocument) -> dict:
    """A copy of what the text does not hold: masthead, submission, metadata … and the notes' texts."""
    res = document.res
    state = {name: copy.deepcopy(getattr(res, name)) for name in DETACHED}
    state["notes"] = {nid: (note.text, copy.deepcopy(note.marks), note.symbol) for nid, note in document.notes.items()}
    return state


def restore_detached(document: ResolutionDocument, state: dict) -> None:
    res = document.res
    for name in DETACHED:
        setattr(res, name, copy.deepcopy(state[name]))
    for nid, (text, marks, symbol) in state["notes"].items():
        note = document.notes.get(nid)
        if note is not None:
            note.text, note.marks, note.symbol = text, copy.deepcopy(marks), symbol
    document.detachedChanged.emit()
    document.modelChanged.emit({STRUCTURE})


def _element(res: Resolution, path: tuple) -> Inline | None:
    from drafting.rules.context import resolve_inline  # the engine loads on first use (see ``rules``)

    if path == ("section_title",):
        return res.section_title
    return resolve_inline(res, path)


def apply_model_change(document: ResolutionDocument, history: History, text: str,
                       change: Callable[[Resolution], list[tuple] | None]) -> None:
    """Run ``change`` on the model, then write what it changed back into the text: one undo step."""
    before = detached_state(document)
    paths = change(document.res)
    history.beginMacro(text)
    try:
        if paths is None or STRUCTURE in paths:
            document.rewrite_body()
        else:
            # What the change made, taken before the first write: writing one block re-derives its neighbours
            # from their blocks, which still hold the text and evidence from before the change.
            made = [(path, copy.copy(element)) for path in {tuple(p) for p in paths if p and p[0] in TEXT_PARTS}
                    if (element := _element(document.res, path)) is not None]
            for path, element in made:
                block = document.block_of(path)
                if block is not None:
                    document.write_block(block, element)
        after = detached_state(document)
        if after != before:
            history.push_change(Change(text, lambda s: restore_detached(document, s), before, after))
    finally:
        history.endMacro()


def fix(document: ResolutionDocument, history: History, diagnostic: Diagnostic) -> str | None:
    """Apply one finding's fix; a sentence when it could not be applied."""
    if diagnostic.fix is None:
        return f"{diagnostic.code} has no automatic fix."
    try:
        apply_model_change(document, history, f"Fix {diagnostic.code}", lambda res: rules().apply_fix(res, diagnostic))
    except rules().StaleFix:
        return "The text changed since it was checked; check again and retry."
    return None


def fix_all_safe(document: ResolutionDocument, history: History,
                 switches: tuple[list[str], dict[str, str]] = ([], {})) -> int:
    """Apply every safe fix, except those of rules the user switched off (``switches``)."""
    count = 0
    disabled, severities = switches

    def run(res: Resolution):
        nonlocal count
        count = rules().apply_safe_fixes(res, res.meta.style or None, disabled=disabled, severities=severities)
        # anything may have changed

    apply_model_change(document, history, "Fix all safe findings", run)
    return count


def ignore(document: ResolutionDocument, history: History, diagnostic: Diagnostic, reason: str) -> None:
    apply_model_change(document, history, f"Ignore {diagnostic.code}",
                       lambda res: (rules().suppress(res, diagnostic, reason), [("meta",)])[1])

