"""The context-menu helper the editor uses for a misspelt word (offscreen Qt)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from drafting.model import Resolution
from drafting.spelling import SpellChecker
from drafting.spelling.userdict import UserDictionary
from ui.findings.spelling_menu import add_spelling_actions, prefetch_suggestions


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


def test_suggestions_come_first_then_the_dictionary_actions(menu, checker):
    replaced, changed = [], []
    res = Resolution()
    add_spelling_actions(menu, "goverment", checker, replaced.append, lambda: changed.append(1), res)
    texts = [a.text() for a in menu.actions()]
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


def test_a_word_without_suggestions(menu, checker):
    add_spelling_actions(menu, "qzxqzxqzx", checker, lambda s: None, lambda: None)
    first = menu.actions()[0]
    assert first.text() == "No suggestions" and not first.isEnabled()


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


@pytest.mark.slow
def test_suggestions_can_be_found_in_the_background(checker):
    prefetch_suggestions(checker, ["recieve", "recieve", "comittee"]).join(30)
    assert checker._suggestions["recieve"][0] == "receive"
    assert checker._suggestions["comittee"][0] == "committee"
