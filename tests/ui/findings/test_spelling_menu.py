"""The context-menu helper the editor uses for a misspelt word (offscreen Qt), and the editor's menu
never waiting for suggestions."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from drafting.model import Resolution
from drafting.spelling import SpellChecker
from drafting.spelling import checker as checker_module
from drafting.spelling.userdict import UserDictionary
from tests.support.qt import go_to_block, key, typing
from ui.findings.spelling_menu import LOOKING, NONE_FOUND, add_spelling_actions, prefetch_suggestions
from ui.window.templates import templates


@pytest.fixture
def checker(tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    return SpellChecker(user=UserDictionary())


@pytest.fixture
def menu(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    menu = QMenu(owner)
    menu.addAction("Copy")
    yield menu  # ``owner`` stays alive until the test is over


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def filled(qtbot, menu: QMenu) -> list[str]:
    """The menu's entries once the suggestions are in (at once, or when the worker has found them)."""
    qtbot.waitUntil(lambda: LOOKING not in texts(menu), timeout=10000)
    return texts(menu)


def test_suggestions_come_first_then_the_dictionary_actions(qtbot, menu, checker):
    replaced, changed = [], []
    res = Resolution()
    add_spelling_actions(menu, "goverment", checker, replaced.append, lambda: changed.append(1), res)
    texts = filled(qtbot, menu)
    assert texts[0] == "government" and menu.actions()[0].font().bold()
    assert texts[-4:] == ["Add “goverment” to Dictionary", "Ignore “goverment” in This Document", "", "Copy"]
    menu.actions()[0].trigger()
    assert replaced == ["government"]
    ignore = next(a for a in menu.actions() if a.text().startswith("Ignore"))
    ignore.trigger()
    assert res.meta.words == ["goverment"] and changed == [1]
    assert checker.check("the goverment", res.meta.words) == []


def test_add_to_dictionary_is_saved_and_the_editor_told(menu, checker):
    changed = []
    add_spelling_actions(menu, "Xandrian", checker, lambda s: None, lambda: changed.append(1))
    assert not any(a.text().startswith("Ignore") for a in menu.actions())  # no document given
    next(a for a in menu.actions() if a.text().startswith("Add")).trigger()
    assert changed == [1]
    assert "Xandrian" in checker.user.path.read_text(encoding="utf-8")
    assert checker.check("Xandrian") == []


def test_a_word_without_suggestions(qtbot, menu, checker):
    add_spelling_actions(menu, "qzxqzxqzx", checker, lambda s: None, lambda: None)
    filled(qtbot, menu)
    first = menu.actions()[0]
    assert first.text() == NONE_FOUND and not first.isEnabled()


def test_a_damaged_user_dictionary_is_reported_not_overwritten(menu, checker, monkeypatch):
    path = checker.user.path
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\x01 damaged" * 40)
    warnings, changed = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    add_spelling_actions(menu, "Xandrian", checker, lambda s: None, lambda: changed.append(1))
    next(a for a in menu.actions() if a.text().startswith("Add")).trigger()
    assert warnings and str(path) in warnings[0] and changed == []
    assert path.read_bytes() == b"\x00\x01 damaged" * 40


def test_suggestions_can_be_found_in_the_background(qtbot, checker):
    prefetch_suggestions(checker, ["recieve", "recieve", "comittee"])
    qtbot.waitUntil(lambda: checker.cached_suggestions("comittee") is not None, timeout=20000)
    assert checker.cached_suggestions("recieve")[0] == "receive"
    assert checker.cached_suggestions("comittee")[0] == "committee"


@pytest.fixture
def slow_suggestions(monkeypatch):
    """spylls' search held back until the test releases it; the editor's checker starts with no suggestions."""
    monkeypatch.setattr(SpellChecker, "_default", SpellChecker(user=UserDictionary()))
    release = threading.Event()
    real = checker_module.suggest_within

    def held(*args, **kwargs):
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(checker_module, "suggest_within", held)
    yield release
    release.set()


def right_click_word(window, word: str, while_open) -> None:
    """Right-click ``word`` in the editor (a context-menu event on its viewport, as a mouse click
    gives); ``while_open(menu)`` runs while the menu is shown, then the menu is closed."""
    block = next(b for b in (window.doc.findBlockByNumber(n) for n in range(window.doc.blockCount()))
                 if word in b.text())
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index(word) + 2)
    point = window.editor.cursorRect(cursor).center()
    viewport = window.editor.viewport()

    def inspect() -> None:
        menu = QApplication.activePopupWidget()
        try:
            while_open(menu)
        finally:
            if menu is not None:
                menu.close()

    QTimer.singleShot(0, inspect)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)


def typed_with_a_misspelling(window, text: str) -> None:
    window.new_document(templates()[0].build())
    go_to_block(window, 1)
    key(window, Qt.Key.Key_Return)
    typing(window, text)
    window.checker.run_now()


def test_the_menu_opens_at_once_and_fills_when_the_suggestions_are_found(qtbot, window, slow_suggestions):
    typed_with_a_misspelling(window, "Noting the goverment report,")
    seen: dict[str, object] = {}

    def while_open(menu: QMenu) -> None:
        seen["at_once"] = texts(menu)
        seen["looking_enabled"] = next(a for a in menu.actions() if a.text() == LOOKING).isEnabled()
        slow_suggestions.set()  # the search finishes while the menu is open
        seen["later"] = filled(qtbot, menu)
        first = menu.actions()[0]
        seen["bold"] = first.font().bold()
        first.trigger()

    start = time.monotonic()
    right_click_word(window, "goverment", while_open)
    assert seen["at_once"][0] == LOOKING and seen["looking_enabled"] is False
    assert {"Add “goverment” to Dictionary", "Ignore “goverment” in This Document"} <= set(seen["at_once"])
    assert seen["later"][0] == "government" and seen["bold"] and LOOKING not in seen["later"]
    assert "Add “goverment” to Dictionary" in seen["later"]
    assert window.doc.res.preamble[0].text == "Noting the government report,"
    assert time.monotonic() - start < 20  # it did not wait for the held-back search's 20 s


def test_the_menu_stays_usable_while_looking(qtbot, window, slow_suggestions):
    typed_with_a_misspelling(window, "Noting the goverment report,")
    seen: dict[str, list[str]] = {}

    def while_open(menu: QMenu) -> None:
        seen["at_once"] = texts(menu)
        next(a for a in menu.actions() if a.text().startswith("Ignore “goverment”")).trigger()

    right_click_word(window, "goverment", while_open)
    assert seen["at_once"][0] == LOOKING
    assert "goverment" in window.doc.res.meta.words
    slow_suggestions.set()
    # the late suggestions reach the closed menu harmlessly, and the next menu has them at once
    qtbot.waitUntil(lambda: SpellChecker.default().cached_suggestions("goverment") is not None, timeout=20000)
    qtbot.wait(50)


def test_suggestions_found_already_are_shown_at_once(qtbot, window, slow_suggestions):
    typed_with_a_misspelling(window, "Noting the goverment report,")
    slow_suggestions.set()
    qtbot.waitUntil(lambda: SpellChecker.default().cached_suggestions("goverment") is not None, timeout=20000)
    seen: dict[str, list[str]] = {}
    right_click_word(window, "goverment", lambda menu: seen.setdefault("at_once", texts(menu)))
    assert seen["at_once"][0] == "government" and LOOKING not in seen["at_once"]
