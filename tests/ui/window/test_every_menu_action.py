"""Every action a user can reach from the menus, triggered as a click or its shortcut does (``QAction.trigger``):
file dialogs answer with a path in a temporary folder, message boxes answer themselves, and no error may
appear.  Where the effect shows (a file written, the document changed, a pane shown), it is checked."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu

from tests.support.paths import CTOC, SAMPLE
from ui.editor.kinds import Kind

DRAFT = CTOC


def menu_actions(window) -> list[QAction]:
    """Every action of the menu bar, submenus included (their menus are opened first, as a user would)."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


def _at_operative(window, index: int = 1) -> None:
    number = [n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE][index]
    cursor = QTextCursor(window.doc.findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.NextWord)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()


def _texts(window) -> list[str]:
    return [window.doc.findBlockByNumber(n).text() for n in range(window.doc.blockCount())]


def test_every_menu_action_works_without_an_error(window, answers, monkeypatch, qtbot):
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)  # Settings: cancelled
    closer = QTimer()  # a menu that opens (the quick fix) is looked at and closed, as Esc would
    closer.timeout.connect(lambda: QApplication.activePopupWidget() and QApplication.activePopupWidget().close())
    closer.start(150)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: "")  # Add Folder to Library: cancelled
    monkeypatch.setattr("ui.window.export_pdf.find_libreoffice", lambda: None)  # the PDF's own layout, no LibreOffice
    requested: list[object] = []
    window.windowRequested.connect(requested.append)
    window.file_actions.open_path(DRAFT)
    window.checker.run_now()
    answers.open_path = SAMPLE
    actions = menu_actions(window)
    names = [a.objectName() for a in actions]
    assert len(names) == len(set(names)), "two menu items share a name"
    checks = {
        "save": lambda: (answers.folder / f"{DRAFT.stem}.unres").is_file(),
        "save_as": lambda: (answers.folder / f"{DRAFT.stem}.unres").is_file() and window.path is not None,
        "export_docx": lambda: (answers.folder / f"{DRAFT.stem}.docx").stat().st_size > 1000,
        "export_pdf": lambda: (answers.folder / f"{DRAFT.stem}.pdf").read_bytes().startswith(b"%PDF"),
        "new": lambda: requested and not isinstance(requested[-1], type(SAMPLE)),
        "open": lambda: requested[-1] == SAMPLE,
        "new_from_clipboard": lambda: getattr(requested[-1], "title", None) is not None
        and requested[-1].title.text.startswith("Implementation of the Protocol to Prevent"),
        "new_draft_from_previous": lambda: requested and requested[-1] is not SAMPLE,
        "compare_with_file": lambda: window.compare_actions.compare_view is not None,
        "find": lambda: window.find_bar.isVisible(),
        "replace": lambda: window.find_bar.isVisible(),
        "zoom_in": lambda: window.editor.zoom() > 100,
        "zoom_reset": lambda: window.editor.zoom() == 100,
        "go_to_outline": lambda: QApplication.focusWidget() is window.outline,
        "go_to_issues": lambda: window.tabs.currentWidget() is window.issues,
        "go_to_masthead": lambda: window.tabs.currentWidget() is window.masthead,
        "go_to_footnotes": lambda: window.tabs.currentWidget() is window.footnotes,
        "go_to_text": lambda: QApplication.focusWidget() is window.editor,
        "toggle_outline": lambda: not window.outline_dock.isVisible(),
        "toggle_review": lambda: not window.side_dock.isVisible(),
        "next_finding": lambda: window.issues.selected() is not None,
        "show_hints": lambda: window.settings.show_hints,
        "shortcuts": lambda: answers.boxes[-1][0] == "Keyboard shortcuts",
        "about": lambda: answers.boxes[-1][0] == "About Resolute",
        "search_library": lambda: window.library.dock is not None and window.library.dock.isVisible(),
        "edit_table": lambda: "table's line" in window.statusBar().currentMessage(),  # the cursor is on no table
    }
    changes = {"redo", "footnote", "move_up", "move_down", "demote", "promote", "convert", "fix_all_safe", "paste",
               "cut", "add_text", "text_label"}
    last = {"close_window", "quit"}
    for action in [a for a in actions if a.objectName() not in last]:
        name = action.objectName()
        _at_operative(window)
        if name == "write_amendment":
            window.editor.textCursor().insertText("further ")  # something to amend against the file chosen
        if name == "paste":
            QApplication.clipboard().setText("inter alia ")
        if name == "new_from_clipboard":
            QApplication.clipboard().setText(CTOC.read_text(encoding="utf-8"))
        before = _texts(window)
        if name == "undo":
            window.editor.textCursor().insertText("x")
        action.trigger()
        qtbot.wait(1)
        assert answers.errors() == [], f"{name}: {answers.errors()}"
        if name in checks:
            assert checks[name](), f"{name} did not do what it says"
        if name in changes:
            assert _texts(window) != before or window.doc.notes, f"{name} left the document as it was"
        if name == "undo":
            assert _texts(window) == before, "undo left the typed x"
        if name.startswith("toggle_"):
            action.trigger()  # and back
        if window.compare_actions.compare_view is not None:
            window.compare_actions.compare_view.close()
        for other in QApplication.topLevelWidgets():  # an amendment window, a compare view: looked at, closed
            if other is not window and other.isVisible() and other.isWindow() and not isinstance(other, QMenu):
                other.close()
        window.activateWindow()
        window.find_bar.close_bar()
    covered = set(checks) | changes | last | {"undo", "redo", "copy", "select_all", "find_next", "find_previous",
                                              "settings", "go_to_note", "italic", "bold", "complete",
                                              "previous_finding", "quick_fix", "check_now", "zoom_out",
                                              "compare_with_base", "no_recent", "show_agreed_language",
                                              "insert_preambular", "insert_operative", "add_folder_to_library",
                                              "write_amendment"}
    assert {n for n in names if not n.startswith("recent_")} - covered == set(), "a menu item nobody has tried"
    assert "recent_1" in names  # the draft opened above
    for name in ("close_window", "quit"):
        action = next(a for a in actions if a.objectName() == name)
        action.trigger()
        assert not window.isVisible()
        assert answers.errors() == []
        window.show()
