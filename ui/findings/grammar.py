"""Grammar in the editor: LanguageTool on this computer, started and asked in the background.

``service()`` holds the session's LanguageTool engines (drafting.grammar), shared by every
window: one per setting and grammar policy, so that the documents of packs without a
``[grammar]`` table share one engine (and one LanguageTool server when the setting is a
LanguageTool folder).  Engines report their status from their own thread; the service
passes the news on on the GUI thread as ``statusChanged``.  Nothing is started while the
setting is empty, and this module is imported only when it is not.

``GrammarFindings`` keeps one document's LanguageTool findings (category "grammar"): after
a pause in typing it sends the places whose text it has not checked yet, in one batch, in
a worker thread; LanguageTool judges each place on its own text, so findings are kept by
text and survive edits elsewhere.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from drafting.grammar import FAILED, NOT_CONFIGURED, READY, STARTING, GrammarEngine, Status
from drafting.grammar.document import check_resolution, prose_places
from drafting.model import Paragraph, Resolution
from drafting.rules.base import Diagnostic, Location
from ui.findings.background import BackgroundFindings, unsuppressed

DELAY_MS = 1200  # LanguageTool is asked after a longer pause than the house-style rules


def _policy_key(pack) -> str:
    return json.dumps(getattr(pack, "grammar", None) or {}, sort_keys=True)


class GrammarService(QObject):
    statusChanged = Signal()  # some engine's status changed (on the GUI thread): ask for yours
    _posted = Signal(object)  # from the engines' threads

    def __init__(self, parent=None):
        super().__init__(parent)
        self._engines: dict[tuple[str, str], GrammarEngine] = {}  # (setting, policy) → engine
        self._posted.connect(self.statusChanged, Qt.ConnectionType.QueuedConnection)

    def configure(self, setting: str) -> None:
        """The settings now name ``setting`` ("" for none): stop the engines of any other, and let a
        LanguageTool that failed be tried again."""
        for key, engine in list(self._engines.items()):
            if key[0] != setting.strip() or engine.status.state == FAILED:
                self._engines.pop(key).close()
        self.statusChanged.emit()

    def engine(self, setting: str, pack=None) -> GrammarEngine | None:
        """The engine for ``setting`` and ``pack``'s grammar policy, started on first use; None for no setting."""
        setting = setting.strip()
        if not setting:
            return None
        key = (setting, _policy_key(pack))
        engine = self._engines.get(key)
        if engine is None:
            engine = GrammarEngine(setting, pack, on_status=self._posted.emit)
            self._engines[key] = engine
            engine.start()
            self.statusChanged.emit()  # a setting refused outright never reports from a thread
        return engine

    def status(self, setting: str) -> Status:
        """The status of the LanguageTool ``setting`` names (of its first engine)."""
        setting = setting.strip()
        if not setting:
            return Status(NOT_CONFIGURED)
        engine = next((e for (s, _), e in self._engines.items() if s == setting), None)
        return engine.status if engine is not None else Status(STARTING, "not started yet")

    def close(self) -> None:
        """Stop every engine (and the LanguageTool servers Resolute started)."""
        engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.close()


_SERVICE: GrammarService | None = None


def service() -> GrammarService:
    """The session's grammar service (stopped when the application quits)."""
    global _SERVICE
    if _SERVICE is None or not isValid(_SERVICE):
        app = QApplication.instance()
        assert app is not None, "grammar is checked in a running application"
        _SERVICE = GrammarService(app)
        app.aboutToQuit.connect(_SERVICE.close)
    return _SERVICE


class GrammarFindings(BackgroundFindings):
    def __init__(self, document, setting: Callable[[], str], pack: Callable[[], object], parent=None):
        super().__init__(document, DELAY_MS, parent)
        self._setting, self._pack = setting, pack
        self._engine: GrammarEngine | None = None
        self._checked: dict[str, list[Diagnostic]] = {}  # a place's text → its findings (offsets in that text)
        service().statusChanged.connect(self._status_changed)

    def engine(self) -> GrammarEngine | None:
        engine = service().engine(self._setting(), self._pack())
        if engine is not self._engine:
            self._engine, self._checked = engine, {}
        return engine

    def status(self) -> Status:
        engine = self.engine()
        return engine.status if engine is not None else Status(NOT_CONFIGURED)

    def stop(self) -> None:
        super().stop()
        service().statusChanged.disconnect(self._status_changed)

    def _status_changed(self) -> None:
        if self.status().state == READY:
            self.schedule()
        else:
            self.run()  # not ready: no grammar findings

    def active(self) -> bool:
        engine = self.engine()
        return engine is not None and engine.status.state == READY

    def snapshot(self, res: Resolution):
        places = prose_places(res)
        todo = [text for text in dict.fromkeys(text for _, _, text in places) if text not in self._checked]
        return self._engine, places, todo

    def work(self, snapshot):
        engine, places, todo = snapshot
        return engine, places, check_texts(engine, todo)

    def absorb(self, result) -> None:
        engine, _, found = result
        if engine is self._engine:
            self._checked.update(found)

    def current(self, result) -> list[Diagnostic]:
        _, places, _ = result
        texts = {text for _, _, text in places}
        self._checked = {text: found for text, found in self._checked.items() if text in texts}
        placed = [_placed(d, path, note, text) for path, note, text in places for d in self._checked.get(text, [])]
        return unsuppressed(self.document.res, placed)

    def explain(self, error: BaseException) -> str:
        return f"Grammar check: {error}"


def check_texts(engine: GrammarEngine, texts: list[str]) -> dict[str, list[Diagnostic]]:
    """LanguageTool's findings for each text, asked as the paragraphs of one throwaway resolution
    (so in as few requests as a whole document takes)."""
    found: dict[str, list[Diagnostic]] = {text: [] for text in texts}
    if texts:
        for d in check_resolution(Resolution(preamble=[Paragraph(text) for text in texts]), engine):
            found[texts[d.location.path[1]]].append(d)
    return found


def _placed(d: Diagnostic, path: tuple, note: int | None, text: str) -> Diagnostic:
    """A finding of a text, at the place that holds it (with the words it is about, so that a fix
    on a text that changed meanwhile is refused)."""
    loc = d.location
    return dataclasses.replace(d, location=Location(path, loc.start, loc.end, note),
                               extra={**d.extra, "found": text[loc.start:loc.end]})
