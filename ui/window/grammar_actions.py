"""What the window does with grammar: start LanguageTool's findings when the settings name a
LanguageTool, show its status in the status bar, follow a change of the setting.

Light on purpose: ui/grammar.py (and drafting.grammar with it) is imported only once a
LanguageTool is configured, never at start-up otherwise.
"""

from __future__ import annotations

FAILED_COLOUR = "color: #c62828;"


class GrammarActions:
    """Mixed into MainWindow: needs its doc, settings, checker, grammar_label and status bar."""

    grammar = None  # ui.findings.grammar.GrammarFindings, once LanguageTool is configured

    def grammar_service(self):
        """The session's grammar service when this window checks grammar (ui/grammar.py), else None."""
        if self.grammar is None:
            return None
        from ui.findings.grammar import service

        return service()

    def start_grammar(self) -> None:
        """Check grammar with the LanguageTool of the settings (started in the background)."""
        from ui.findings.grammar import GrammarFindings, service

        if self.grammar is None:
            self.grammar = GrammarFindings(self.doc, lambda: self.settings.languagetool, lambda: self.checker.pack,
                                           self)
            self.grammar.findingsChanged.connect(lambda found: self._show_findings(found, "grammar"))
            self.grammar.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
            service().statusChanged.connect(self._grammar_status)
        self.grammar.schedule()
        self._grammar_status()

    def languagetool_changed(self, before: str) -> None:
        """After the settings dialog: stop the LanguageTool no longer named, (re)start the one named now."""
        now = self.settings.languagetool.strip()
        if now or self.grammar is not None or before:
            from ui.findings.grammar import service

            service().configure(now)  # also lets a LanguageTool that failed be tried again
        if now:
            self.start_grammar()

    def stop_grammar(self) -> None:
        """The window closes: no more grammar rounds, no more status news."""
        if self.grammar is not None:
            self.grammar.stop()
            self.grammar_service().statusChanged.disconnect(self._grammar_status)

    def _grammar_status(self) -> None:
        status = self.grammar.status()
        self.grammar_label.setVisible(status.state != "not configured")
        self.grammar_label.setText(f"Grammar: {status.state}")
        self.grammar_label.setToolTip(f"LanguageTool {status}")
        self.grammar_label.setStyleSheet(FAILED_COLOUR if status.state == "failed" else "")
        if status.state == "failed" and self.grammar_label.property("reported") != str(status):
            self.statusBar().showMessage(f"LanguageTool {status}", 15000)  # once for each failure
        self.grammar_label.setProperty("reported", str(status))
