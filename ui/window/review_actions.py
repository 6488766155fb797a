"""What the window does with findings: show them, jump to them, fix them, ignore them, offer them in menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from ui import lazy
from ui.editor.history import Change
from ui.editor.inline import to_block_offset
from ui.findings import checking
from ui.window.controller import Controller, Menus

if TYPE_CHECKING:
    from drafting.model import Suppression
    from drafting.rules.base import Diagnostic


class ReviewController(Controller):
    """Findings of one window: shown in the Issues pane and underlined, jumped to, fixed, ignored, restored."""

    def add_actions(self, menus: Menus) -> None:
        menus.add("check", "&Next finding", lambda: self.step_finding(1), "F8", "next_finding")
        menus.add("check", "&Previous finding", lambda: self.step_finding(-1), "Shift+F8", "previous_finding")
        menus.add("check", "&Quick fix at cursor", self.quick_fix, "Ctrl+.", "quick_fix")
        menus.add("check", "Fix all &safe findings", self.fix_all_safe, None, "fix_all_safe")
        menus.add("check", "Check &now", self.window.checker.run_now, "F7", "check_now")
        self.hints_action = menus.add("view", "Show &Hints", lambda: self.set_hints(self.hints_action.isChecked()),
                                      None, "show_hints")
        self.hints_action.setCheckable(True)
        self.hints_action.setChecked(self.window.settings.show_hints)
        self.hints_action.setToolTip("Show the info findings (hints) in the Issues pane and as underlines")

    def panes_built(self) -> None:
        issues = self.window.issues
        issues.jumpRequested.connect(self.jump_to)
        issues.fixRequested.connect(self.apply_fix)
        issues.fixAllRequested.connect(self.fix_all_safe)
        issues.ignoreRequested.connect(self.ignore)
        issues.switchOffRequested.connect(self.switch_off_rule)
        issues.restoreRequested.connect(self.restore)

    def show_findings(self, findings, layer: str = checking.CATEGORY) -> None:
        """One source's findings (``layer``: the rules engine's, grammar) changed."""
        underlines = checking.underlines(self.window.doc, self._shown(findings))
        self.window.editor.highlighter.set_findings(layer, underlines)
        if layer == checking.CATEGORY:
            self._prefetch_suggestions(underlines)
        self.show_all_findings()

    def all_findings(self) -> list:
        """Every source's findings the editor shows (hints only when asked for), in document order."""
        found = [d for source in self.window.finding_sources() for d in source.findings]
        return checking.in_document_order(self.window.doc, self._shown(found))

    def _shown(self, findings: list[Diagnostic]) -> list[Diagnostic]:
        """The findings without the hints (info) of the style and spelling rules, unless the user asked for
        them: a spelling hint is an unknown word that is most likely a name.  Grammar and the revision
        suggestions are layers of their own and stay."""
        from drafting.diagnostics import shown
        from drafting.spelling.document import CATEGORY as SPELLING

        hinted = (checking.CATEGORY, SPELLING)
        rules = [d for d in findings if d.category in hinted]
        kept = {id(d) for d in shown(rules, hints=self.window.settings.show_hints)}
        return [d for d in findings if d.category not in hinted or id(d) in kept]

    def set_hints(self, on: bool) -> None:
        """View ▸ Show Hints: the setting is saved and every window sharing it shows (or hides) its hints."""
        self.window.settings.show_hints = on
        self.window.save_settings()
        self.window.for_each_window(lambda window: window.review_actions.hints_changed())

    def hints_changed(self) -> None:
        """The hints setting changed: the action, the underlines, the Issues pane and the counts follow it."""
        self.hints_action.setChecked(self.window.settings.show_hints)
        grammar = self.window.grammar_actions.grammar
        layers = [(checking.CATEGORY, self.window.checker)]
        for layer, source in layers + ([("grammar", grammar)] if grammar is not None else []):
            self.show_findings(source.findings, layer)

    def show_all_findings(self) -> None:
        findings = self.all_findings()
        if self.window.panes_ready:
            self.window.issues.set_findings(findings)
            self.window.issues.set_suppressions(self.window.doc.res.meta.suppressions)
        self.window.status_timer.start()  # the pack (and its word limit) is known now
        errors = sum(1 for d in findings if d.severity == "error")
        warnings = sum(1 for d in findings if d.severity == "warning")
        infos = len(findings) - errors - warnings
        self.window.findings_label.setText(f"{errors} errors · {warnings} warnings · {infos} info")

    def _prefetch_suggestions(self, underlines) -> None:
        """Suggestions for the unknown words are found in the background, so the context menu opens at once."""
        from drafting.spelling.document import CODE

        words = [self.window.doc.findBlockByNumber(n).text()[u.start:u.end]
                 for n, items in underlines.items() for u in items if u.finding.code == CODE]
        if words:
            from drafting.spelling import SpellChecker
            from ui.findings.spelling_menu import prefetch_suggestions

            prefetch_suggestions(SpellChecker.default(), words)

    def jump_to(self, diagnostic) -> None:
        loc = diagnostic.location
        head = loc.path[0] if loc.path else ""
        if head in ("masthead", "submission", "adoption"):
            self.window.ensure_panes()
            field = self.window.masthead.fields.get(loc.path[1]) if head == "masthead" and len(loc.path) > 1 else None
            self.window.go_to_pane("masthead", field or self.window.masthead.sponsors.list)
            return
        block = self.window.doc.block_of(loc.path) if head in checking.TEXT_PARTS else None
        if block is None:
            self.window.statusBar().showMessage(diagnostic.message, 10000)
            return
        if loc.footnote is not None:  # a finding in a footnote's text: shown in the Footnotes pane
            note = self.window.doc.entry(block.blockNumber()).notes[loc.footnote:loc.footnote + 1]
            if note:
                self.window.go_to_pane("footnotes")
                self.window.footnotes.refresh()
                self.window.footnotes.show_note(self.window.doc.notes[note[0]], loc.start, loc.end)
                return
        text = block.text()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + to_block_offset(text, loc.start))
        if loc.end > loc.start:
            cursor.setPosition(block.position() + to_block_offset(text, loc.end), QTextCursor.MoveMode.KeepAnchor)
        self.window.editor.setTextCursor(cursor)
        self.window.editor.center_cursor()

    def step_finding(self, step: int) -> None:
        """F8 / Shift+F8: the next (previous) finding after (before) the cursor, round the end of the document."""
        self.window.ensure_panes()
        findings = self.window.issues.visible_findings()
        if not findings:
            self.window.statusBar().showMessage("No findings.", 4000)
            return
        cursor = self.window.editor.textCursor()
        here = (cursor.blockNumber(), cursor.positionInBlock())
        places = [(self._place_of(d), d) for d in findings]
        if step > 0:
            found = next((d for place, d in places if place > here), places[0][1])
        else:
            found = next((d for place, d in reversed(places) if place < here), places[-1][1])
        self.window.issues.select(found)
        if found is not None:
            self.jump_to(found)
            self.window.statusBar().showMessage(f"{found.code}: {found.message}", 10000)

    def _place_of(self, d: Diagnostic) -> tuple[int, int]:
        """(block number, offset in the block) of a finding; the masthead's come before the text."""
        loc = d.location
        block = self.window.doc.block_of(loc.path) if loc.path and loc.path[0] in checking.TEXT_PARTS else None
        if block is None:
            return (-1, 0)
        return (block.blockNumber(), to_block_offset(block.text(), loc.start))

    def apply_fix(self, diagnostic) -> None:
        problem = checking.fix(self.window.doc, self.window.history, diagnostic)
        if problem:
            self.window.statusBar().showMessage(problem, 8000)
        self.window.checker.run_now()

    def fix_all_safe(self) -> None:
        """Apply every safe fix; the status bar says how many of the safe findings shown are gone."""
        key = _finding_key
        listed = {key(d) for d in self.all_findings() if d.fix is not None and d.fix.safe}
        checking.fix_all_safe(self.window.doc, self.window.history, self.window.rule_switches())
        self.window.checker.run_now()
        gone = len(listed - {key(d) for d in self.all_findings()})
        message = f"{gone} of {len(listed)} safe findings fixed" if listed else "No safe fixes to apply"
        self.window.statusBar().showMessage(message, 6000)

    def ignore(self, diagnostic) -> None:
        reason = lazy.dialogs().ask_reason(self.window, diagnostic.code, diagnostic.message)
        if reason:
            checking.ignore(self.window.doc, self.window.history, diagnostic, reason)
            self.window.checker.restart()
            self.window.checker.run_now()

    def restore(self, suppression: Suppression) -> None:
        """Show an ignored finding again (undoable: the suppressions are part of the document)."""
        checking.apply_model_change(self.window.doc, self.window.history, f"Restore {suppression.code}",
                                    lambda res: (checking.rules().unsuppress(res, suppression), [("meta",)])[1])
        self.window.checker.restart()
        self.window.checker.run_now()
        self.window.statusBar().showMessage(f"{suppression.code} is shown again; Ctrl+Z ignores it again", 6000)

    def switch_off_rule(self, diagnostic) -> None:
        """Switch the finding's rule off in the settings, for every document (Settings turns it back on)."""
        code = diagnostic.code
        if code in self.window.settings.disabled_rules:
            return
        self.window.settings.disabled_rules = sorted(self.window.settings.disabled_rules + [code])
        self.window.save_settings()
        self.window.checker.restart()
        self.window.checker.run_now()
        self.window.statusBar().showMessage(f"{code} switched off; Edit ▸ Settings turns it back on", 8000)

    def findings_at_cursor(self) -> list:
        cursor = self.window.editor.textCursor()
        return [u.finding for u in self.window.editor.highlighter.findings_at(cursor.block(), cursor.positionInBlock())]

    def quick_fix(self) -> None:
        menu = self._fix_menu(self.findings_at_cursor())
        if menu.isEmpty():
            self.window.statusBar().showMessage("No finding at the cursor.", 4000)
            return
        menu.setActiveAction(menu.actions()[0])  # Enter applies the first fix at once
        menu.exec(self.window.editor.viewport().mapToGlobal(self.window.editor.cursorRect().bottomLeft()))

    def _fix_menu(self, findings, menu: QMenu | None = None) -> QMenu:
        menu = menu or QMenu(self.window)
        for d in findings:
            if d.fix is not None:
                label = f"Fix {d.code}: “{d.fix.replacement}”" if d.fix.replacement else f"Fix {d.code}"
                menu.addAction(label, lambda d=d: self.apply_fix(d))
            menu.addAction(f"Ignore {d.code}…", lambda d=d: self.ignore(d))
        return menu

    def context_menu(self, point: QPoint) -> None:
        menu = self.context_menu_at(point)
        menu.exec(self.window.editor.viewport().mapToGlobal(point))
        menu.deleteLater()  # with it go its actions and any wait for late suggestions

    def context_menu_at(self, point) -> QMenu:
        """The editor's menu at ``point``: spelling, then the findings there with their fixes, then editing."""
        cursor = self.window.editor.cursorForPosition(point)
        if not self.window.editor.textCursor().hasSelection():
            self.window.editor.setTextCursor(cursor)
        menu = QMenu(self.window)
        underlines = self.window.editor.highlighter.findings_at(cursor.block(), cursor.positionInBlock())
        found = [u.finding for u in underlines]
        for d in found:
            title = menu.addAction(f"{d.code}: {d.message[:70]}")
            title.setEnabled(False)
        self._fix_menu(found, menu)
        if found:
            menu.addSeparator()
        menu.addAction(self.window.undo_action)
        menu.addAction(self.window.redo_action)
        menu.addSeparator()
        editor = self.window.editor
        for text, slot in (("Cut", editor.cut), ("Copy", editor.copy), ("Paste", editor.paste)):
            menu.addAction(text, slot)
        menu.addSeparator()
        for name in ("footnote", "convert", "demote", "promote", "move_up", "move_down"):
            menu.addAction(self.window.editor.actions_by_name[name])
        self._add_spelling(menu, cursor.block(), underlines)
        return menu

    def _add_spelling(self, menu: QMenu, block, underlines) -> None:
        """Suggestions, Add to Dictionary and Ignore for a word the dictionary does not know (ui/spelling_menu.py)."""
        from drafting.spelling import SpellChecker
        from drafting.spelling.document import CODE
        from ui.findings.spelling_menu import add_spelling_actions

        unknown = next((u for u in underlines if u.finding.code == CODE), None)
        if unknown is None:
            return
        start, end = block.position() + unknown.start, block.position() + unknown.end
        before = checking.detached_state(self.window.doc)

        def replace(word: str) -> None:
            edit = QTextCursor(block)
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(word)

        def changed() -> None:  # the word lists changed: the document's own is undoable
            after = checking.detached_state(self.window.doc)
            if after != before:
                doc = self.window.doc
                self.window.history.push_change(Change("Ignore a word", lambda s: checking.restore_detached(doc, s),
                                                before, after))
            self.window.checker.restart()

        add_spelling_actions(menu, block.text()[unknown.start:unknown.end], SpellChecker.default(), replace, changed,
                             self.window.doc.res)


def _finding_key(d: Diagnostic) -> tuple:
    return d.code, d.location.path, d.location.footnote, d.message
