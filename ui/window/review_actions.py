"""What the window does with findings: show them, jump to them, fix them, ignore them, offer them in menus."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from ui import lazy
from ui.editor.history import Change
from ui.editor.inline import to_block_offset
from ui.findings import checking


class ReviewActions:
    """Mixed into MainWindow: needs its doc, editor, history, checker, panes and status bar."""

    def _show_findings(self, findings, layer: str = checking.CATEGORY) -> None:
        """One source's findings (``layer``: the rules engine's, grammar, revision) changed."""
        underlines = checking.underlines(self.doc, findings)
        self.editor.highlighter.set_findings(layer, underlines)
        if layer == checking.CATEGORY:
            self._prefetch_suggestions(underlines)
        self._show_all_findings()

    def all_findings(self) -> list:
        """Every source's findings, in document order."""
        return checking.in_document_order(self.doc, [d for source in self.finding_sources() for d in source.findings])

    def _show_all_findings(self) -> None:
        findings = self.all_findings()
        if self.panes_ready:
            self.issues.set_findings(findings)
        self._status_timer.start()  # the pack (and its word limit) is known now
        errors = sum(1 for d in findings if d.severity == "error")
        warnings = sum(1 for d in findings if d.severity == "warning")
        infos = len(findings) - errors - warnings
        self.findings_label.setText(f"{errors} errors · {warnings} warnings · {infos} info")

    def _prefetch_suggestions(self, underlines) -> None:
        """Suggestions for the unknown words are found in the background, so the context menu opens at once."""
        from drafting.spelling.document import CODE

        words = [self.doc.findBlockByNumber(n).text()[u.start:u.end]
                 for n, items in underlines.items() for u in items if u.finding.code == CODE]
        if words:
            from drafting.spelling import SpellChecker
            from ui.findings.spelling_menu import prefetch_suggestions

            prefetch_suggestions(SpellChecker.default(), words)

    def jump_to(self, diagnostic) -> None:
        loc = diagnostic.location
        head = loc.path[0] if loc.path else ""
        if head in ("masthead", "submission", "adoption"):
            self.ensure_panes()
            field = self.masthead.fields.get(loc.path[1]) if head == "masthead" and len(loc.path) > 1 else None
            self.go_to_pane("masthead", field or self.masthead.sponsors.list)
            return
        block = self.doc.block_of(loc.path) if head in checking.TEXT_PARTS else None
        if block is None:
            self.statusBar().showMessage(diagnostic.message, 10000)
            return
        if loc.footnote is not None:  # a finding in a footnote's text: shown in the Footnotes pane
            note = self.doc.entry(block.blockNumber()).notes[loc.footnote:loc.footnote + 1]
            if note:
                self.go_to_pane("footnotes")
                self.footnotes.refresh()
                self.footnotes.show_note(self.doc.notes[note[0]], loc.start, loc.end)
                return
        text = block.text()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + to_block_offset(text, loc.start))
        if loc.end > loc.start:
            cursor.setPosition(block.position() + to_block_offset(text, loc.end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _step_finding(self, step: int) -> None:
        self.ensure_panes()
        found = self.issues.select_next(step)
        if found is not None:
            self.jump_to(found)
            self.statusBar().showMessage(f"{found.code}: {found.message}", 10000)

    def apply_fix(self, diagnostic) -> None:
        problem = checking.fix(self.doc, self.history, diagnostic)
        if problem:
            self.statusBar().showMessage(problem, 8000)
        self.checker.run_now()

    def fix_all_safe(self) -> None:
        count = checking.fix_all_safe(self.doc, self.history, self.rule_switches())
        self.statusBar().showMessage(f"{count} safe fixes applied" if count else "No safe fixes to apply", 6000)
        self.checker.run_now()

    def ignore(self, diagnostic) -> None:
        reason = lazy.dialogs().ask_reason(self, diagnostic.code, diagnostic.message)
        if reason:
            checking.ignore(self.doc, self.history, diagnostic, reason)
            self.checker.restart()
            self.checker.run_now()

    def rule_switches(self) -> tuple[list[str], dict[str, str]]:
        """The rules the user switched off, and severity changes, from the settings."""
        return list(self.settings.disabled_rules), dict(self.settings.rule_severities)

    def switch_off_rule(self, diagnostic) -> None:
        """Switch the finding's rule off in the settings, for every document (Settings turns it back on)."""
        code = diagnostic.code
        if code in self.settings.disabled_rules:
            return
        self.settings.disabled_rules = sorted(self.settings.disabled_rules + [code])
        self._save_settings()
        self.checker.restart()
        self.checker.run_now()
        self.statusBar().showMessage(f"{code} switched off; Edit ▸ Settings turns it back on", 8000)

    def findings_at_cursor(self) -> list:
        cursor = self.editor.textCursor()
        return [u.finding for u in self.editor.highlighter.findings_at(cursor.block(), cursor.positionInBlock())]

    def quick_fix(self) -> None:
        menu = self._fix_menu(self.findings_at_cursor())
        if menu.isEmpty():
            self.statusBar().showMessage("No finding at the cursor.", 4000)
            return
        menu.exec(self.editor.viewport().mapToGlobal(self.editor.cursorRect().bottomLeft()))

    def _fix_menu(self, findings, menu: QMenu | None = None) -> QMenu:
        menu = menu or QMenu(self)
        for d in findings:
            if d.fix is not None:
                label = f"Fix {d.code}: “{d.fix.replacement}”" if d.fix.replacement else f"Fix {d.code}"
                menu.addAction(label, lambda d=d: self.apply_fix(d))
            menu.addAction(f"Ignore {d.code}…", lambda d=d: self.ignore(d))
        return menu

    def _context_menu(self, point) -> None:
        self.context_menu_at(point).exec(self.editor.viewport().mapToGlobal(point))

    def context_menu_at(self, point) -> QMenu:
        """The editor's menu at ``point``: spelling, then the findings there with their fixes, then editing."""
        cursor = self.editor.cursorForPosition(point)
        if not self.editor.textCursor().hasSelection():
            self.editor.setTextCursor(cursor)
        menu = QMenu(self)
        underlines = self.editor.highlighter.findings_at(cursor.block(), cursor.positionInBlock())
        found = [u.finding for u in underlines]
        for d in found:
            title = menu.addAction(f"{d.code}: {d.message[:70]}")
            title.setEnabled(False)
        self._fix_menu(found, menu)
        if found:
            menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        for text, slot in (("Cut", self.editor.cut), ("Copy", self.editor.copy), ("Paste", self.editor.paste)):
            menu.addAction(text, slot)
        menu.addSeparator()
        for name in ("footnote", "convert", "demote", "promote", "move_up", "move_down"):
            menu.addAction(self.editor.actions_by_name[name])
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
        before = checking.detached_state(self.doc)

        def replace(word: str) -> None:
            edit = QTextCursor(block)
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(word)

        def changed() -> None:  # the word lists changed: the document's own is undoable
            after = checking.detached_state(self.doc)
            if after != before:
                self.history.push_change(Change("Ignore a word", lambda s: checking.restore_detached(self.doc, s),
                                                before, after))
            self.checker.restart()

        add_spelling_actions(menu, block.text()[unknown.start:unknown.end], SpellChecker.default(), replace, changed,
                             self.doc.res)
