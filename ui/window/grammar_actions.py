"""What the window does with grammar: start LanguageTool's findings when the settings name a
LanguageTool, show its status in the status bar, follow a change of the setting.

Light on purpose: ui/grammar.py (and drafting.grammar with it) is imported only once a
LanguageTool is configured, never at start-up otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.window.controller import Controller

if TYPE_CHECKING:
    from ui.findings.grammar import GrammarFindings, GrammarService

FAILED_COLOUR = "color: #c62828;"


class GrammarController(Controller):
    """Grammar findings of one window, when the settings name a LanguageTool."""

    grammar: GrammarFindings | None = None  # once LanguageTool is configured

    def panes_built(self) -> None:
        if self.window.settings.languagetool.strip():
            self.start_grammar()

    def closing(self) -> None:
        self.stop_grammar()

    def grammar_service(self) -> GrammarService | None:
        """The session's grammar service when this window checks grammar (ui/grammar.py), else None."""
        if self.grammar is None:
            return None
        from ui.findings.grammar import service

        return service()

    def start_grammar(self) -> None:
        """Check grammar with the LanguageTool of the settings (started in the background)."""
        from ui.findings.grammar import GrammarFindings, service

        if self.grammar is None:
            window = self.window
            self.grammar = GrammarFindings(window.doc, lambda: window.settings.languagetool,
                                           lambda: window.checker.pack, window)
            self.grammar.findingsChanged.connect(lambda found: window.review_actions.show_findings(found, "grammar"))
            self.grammar.failed.connect(lambda text: self.window.statusBar().showMessage(text, 10000))
            service().statusChanged.connect(self._grammar_status)
        self.grammar.schedule()
        self._grammar_status()

    def languagetool_changed(self, before: str) -> None:
        """After the settings dialog: stop the LanguageTool no longer named, (re)start the one named now."""
        now = self.window.settings.languagetool.strip()
        if now or self.grammar is not None or before:
            from ui.findings.grammar import service

            service().configure(now)  # also lets a LanguageTool that failed be tried again
        if now:
            self.start_grammar()

    def stop_grammar(self) -> None:
        """The window closes: no more grammar rounds, no more status news."""
        if self.grammar is not None:
            self.grammar.stop()
            service = self.grammar_service()
            if service is not None:
                service.statusChanged.disconnect(self._grammar_status)

    def _grammar_status(self) -> None:
        if self.grammar is None:
            return
        status = self.grammar.status()
        self.window.grammar_label.setVisible(status.state != "not configured")
        self.window.grammar_label.setText(f"Grammar: {status.state}")
        self.window.grammar_label.setToolTip(f"LanguageTool {status}")
        self.window.grammar_label.setStyleSheet(FAILED_COLOUR if status.state == "failed" else "")
        if status.state == "failed" and self.window.grammar_label.property("reported") != str(status):
            self.window.statusBar().showMessage(f"LanguageTool {status}", 15000)  # once for each failure
        self.window.grammar_label.setProperty("reported", str(status))
