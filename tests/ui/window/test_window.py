"""The window around the editor: files in and out, bad input,
findings with fixes and ignores, find and replace, zoom, closing, accessibility."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTextEdit,
    QTreeWidget,
)

from drafting import native
from drafting.settings import Settings
from tests.support.paths import CORPUS, CTOC, GA_PDFS, GA_TEXTS, SAMPLE
from tests.support.qt import CTRL, go_to_block, key, typing
from ui import app as ui_app
from ui.dialogs import messages as dialogs
from ui.editor.kinds import Kind
from ui.window.templates import templates


def messages(window) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox)]


def findings(window, code: str) -> list:
    return [d for d in window.checker.run_now() if d.code == code]


@pytest.mark.parametrize("path", [SAMPLE, CTOC, *GA_TEXTS.values(), *GA_PDFS.values()], ids=lambda p: p.name)
def test_every_corpus_file_opens_in_step_with_the_model(window, path):
    assert window.file_actions.open_path(path)
    res = window.doc.res
    assert res.operative and res.title.text and res.authoring_body.text
    assert native.dumps(window.doc.derive_full()) == native.dumps(res)
    assert not [t for t in messages(window) if "Cannot open" in t]
    window.checker.run_now()  # the rules run on every real text without failing
    assert window.findings_label.text().endswith("info")
    assert window.path == (path if path.suffix == ".unres" else None)


BAD = {
    "missing.unres": None,
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02PK\x03\x04" * 200,
    "damaged.unres": b'{"format": "resolute.unres", "version": 1, "resolution": {"preamble": [',
    "newer.unres": json.dumps({"format": "resolute.unres", "version": 99}).encode(),
    "notes.xyz": b"some text",
    "old.doc": b"\xd0\xcf\x11\xe0" + b"\x00" * 600,
    "broken.docx": b"PK\x03\x04 not really a zip",
    "broken.pdf": b"%PDF-1.4\n%%EOF garbage",
}


@pytest.mark.parametrize("name", BAD)
def test_bad_input_shows_the_reason_in_a_dialog_and_keeps_the_window(window, tmp_path, name):
    path = tmp_path / name
    if BAD[name] is not None:
        path.write_bytes(BAD[name])
    title_before = window.doc.res.title.text
    assert not window.file_actions.open_path(path)
    [text] = messages(window)
    assert name in text and len(text) > len(str(path)) + 5  # the file and a reason
    assert "Traceback" not in text
    assert window.doc.res.title.text == title_before
    window.editor.setFocus()
    typing(window, "still editing")
    assert "still editing" in window.doc.res.title.text


def test_a_folder_is_refused_with_a_reason(window, tmp_path):
    assert not window.file_actions.open_path(tmp_path)
    assert "folder" in messages(window)[0]


def test_each_template_fills_masthead_and_body_line(window):
    found = templates()
    assert len(found) == 10
    for template in found:
        res = template.build()
        assert res.masthead.organ.text and res.authoring_body.text.startswith("The ")
        assert res.authoring_body.text.endswith(",") and res.masthead.date.text
        window.new_document(res)
        assert window.doc.findBlockByNumber(1).text() == res.authoring_body.text
        assert window.header.left.text().count(res.masthead.organ.text.split()[0]) >= 1
    mun = next(t for t in found if t.path.stem == "model-un").build(packs=("mun",))
    assert mun.meta.style == "mun"


def test_new_from_template_replaces_an_untouched_window(window, monkeypatch):
    chosen = next(t for t in templates() if t.path.stem == "security-council")
    monkeypatch.setattr(dialogs, "choose_template", lambda parent, items: chosen)
    window.file_actions.new_from_template()
    assert window.doc.res.authoring_body.text == "The Security Council,"
    assert window.masthead.organ.currentText() == "Security Council"


def test_finding_underlined_fixed_from_the_pane_and_undone(window):
    window.new_document(templates()[0].build())
    go_to_block(window, 1)
    key(window, Qt.Key.Key_Return)
    typing(window, "Recalling its resolution 79/1 of 9 September 2024;")
    [finding] = findings(window, "RES301")  # a preambular paragraph ends with a comma
    assert finding.fix is not None and finding.fix.safe
    block = window.doc.findBlockByNumber(2)
    wavy = [r for r in block.layout().formats() if r.format.underlineStyle() == r.format.UnderlineStyle.WaveUnderline]
    assert wavy and wavy[0].start + wavy[0].length == len(block.text())
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    point = window.editor.cursorRect(cursor).center()
    point.setX(point.x() - 2)
    assert "RES301" in window.editor.tooltip_at(point)
    window.issues.tree.setCurrentRow(next(i for i in range(window.issues.tree.count())
                                          if "RES301" in window.issues.tree.item(i).text()))
    window.issues.fix_button.click()
    assert window.doc.res.preamble[0].text.endswith("2024,")
    assert not findings(window, "RES301")
    key(window, Qt.Key.Key_Z, CTRL)
    assert window.doc.res.preamble[0].text.endswith("2024;")
    assert findings(window, "RES301")


def test_quick_fix_from_the_context_menu_and_fix_all_safe(window):
    window.new_document(templates()[0].build())
    go_to_block(window, 1)
    key(window, Qt.Key.Key_Return)
    typing(window, "Recalling its resolution 79/1 of 9 September 2024;")
    key(window, Qt.Key.Key_Return)
    typing(window, "Noting  the report.")
    assert len(findings(window, "RES301")) == 2  # ";" and "." where a preambular paragraph takes ","
    go_to_block(window, 2)
    menu = window.review_actions._fix_menu(window.review_actions.findings_at_cursor())
    [fix_action] = [a for a in menu.actions() if a.text().startswith("Fix RES301")]
    fix_action.trigger()
    assert window.doc.res.preamble[0].text.endswith(",")
    window.checker.run_now()
    window.review_actions.fix_all_safe()
    assert window.doc.res.preamble[1].text == "Noting the report,"
    window.history.undo()
    assert window.doc.res.preamble[1].text == "Noting  the report."


def test_ignore_with_a_reason_is_kept_and_undone(window, monkeypatch):
    window.new_document(templates()[0].build())
    go_to_block(window, 1)
    key(window, Qt.Key.Key_Return)
    typing(window, "Recalling its resolution 79/1 of 9 September 2024;")
    [finding] = findings(window, "RES301")
    monkeypatch.setattr(dialogs, "ask_reason", lambda *args: "quoted from the agreed text")
    window.review_actions.ignore(finding)
    assert window.doc.res.meta.suppressions[0].reason == "quoted from the agreed text"
    assert not findings(window, "RES301")
    window.history.undo()
    assert window.doc.res.meta.suppressions == []
    assert findings(window, "RES301")


def test_filters_by_severity_and_rule(window):
    window.file_actions.open_path(GA_TEXTS["A_C.3_80_L.30"])
    window.checker.run_now()
    assert window.issues.visible_findings() == []  # its findings are hints, shown only on request
    window.findChild(QAction, "show_hints").trigger()
    shown = window.issues.visible_findings()
    assert shown and {d.severity for d in shown} == {"info"}
    window.issues.toggles["info"].setChecked(False)
    assert window.issues.visible_findings() == [] and window.issues.tree.count() == 0
    window.issues.toggles["info"].setChecked(True)
    index = window.issues.rule_filter.findData("RES150")
    window.issues.rule_filter.setCurrentIndex(index)
    assert {d.code for d in window.issues.visible_findings()} == {"RES150"}


def test_next_finding_jumps_to_the_place(window):
    window.file_actions.open_path(GA_TEXTS["A_C.3_80_L.30"])
    window.checker.run_now()
    window.findChild(QAction, "show_hints").trigger()  # its findings are hints
    window.findChild(QAction, "next_finding").trigger()
    first = window.issues.selected()
    if first.location.path[0] == "title":
        window.findChild(QAction, "next_finding").trigger()
    finding = window.issues.selected()
    block = window.doc.block_of(finding.location.path)
    assert window.editor.textCursor().block().blockNumber() == block.blockNumber()


def test_replace_all_is_one_undo_step(window):
    window.file_actions.open_path(SAMPLE)
    bar = window.find_bar
    bar.open(replace=True)
    bar.find_line.setText("trafficking in persons")
    bar.replace_line.setText("human trafficking")
    count = bar.replace_all()
    assert count > 10
    text = " ".join(p.text for p in window.doc.res.operative)
    assert "trafficking in persons" not in text.lower().replace("Trafficking in Persons", "")
    window.history.undo()
    assert "trafficking in persons" in " ".join(p.text for p in window.doc.res.operative)


def test_zoom_scales_text_and_the_gutter(window):
    indent, size = window.doc.indentWidth(), window.doc.defaultFont().pointSizeF()
    window.findChild(QAction, "zoom_in").trigger()
    window.findChild(QAction, "zoom_in").trigger()
    assert window.editor.zoom() == 120 and window.zoom_label.text() == "120%"
    assert window.doc.defaultFont().pointSizeF() == pytest.approx(size * 1.2)
    assert window.doc.indentWidth() > indent * 1.1
    window.findChild(QAction, "zoom_reset").trigger()
    assert window.doc.indentWidth() == pytest.approx(indent)


def test_closing_with_unsaved_changes_asks(window, monkeypatch):
    window.editor.setFocus()
    typing(window, "A title")
    assert window.is_modified() and window.isWindowModified()
    asked = []
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: asked.append(args) or dialogs.CANCEL)
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    assert window.close()


def test_an_import_is_saved_as_unres_and_never_over_the_original(window, tmp_path):
    source = tmp_path / "draft.txt"
    source.write_bytes(CTOC.read_bytes())
    window.file_actions.open_path(source)
    assert window.path is None and "imported" in window.windowTitle()
    assert not window.file_actions._write(source)
    assert source.read_bytes() == CTOC.read_bytes()
    assert window.file_actions._write(tmp_path / "draft.unres")
    assert native.load(tmp_path / "draft.unres").operative[0].text == window.doc.res.operative[0].text
    assert str((tmp_path / "draft.unres").resolve()) == window.settings.recent_files[0]


def test_export_word_and_pdf(window, tmp_path, monkeypatch):
    window.file_actions.open_path(SAMPLE)
    assert window.file_actions.export_docx(tmp_path / "out.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        assert "Also calls upon" in package.read("word/document.xml").decode("utf-8")
    monkeypatch.setattr("ui.window.export_pdf.find_libreoffice", lambda: None)  # the Qt fallback
    assert window.file_actions.export_pdf(tmp_path / "out.pdf")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert not window.file_actions.export_docx(tmp_path / "missing-folder" / "out.docx")
    assert "does not exist" in messages(window)[-1]


def test_dropped_files_open(window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.path == SAMPLE


def test_every_action_has_a_name_and_the_main_ones_a_shortcut(window):
    actions = [a for a in window.findChildren(QAction) if not a.isSeparator() and a.text()]
    assert all(a.text().replace("&", "").strip() for a in actions)
    wanted = {"new", "open", "save", "export_docx", "find", "replace", "next_finding", "quick_fix", "zoom_in",
              "zoom_out", "shortcuts"}
    with_keys = {a.objectName() for a in actions if not a.shortcut().isEmpty()}
    assert wanted <= with_keys
    for name in ("demote", "promote", "move_up", "move_down", "convert", "footnote", "complete"):
        assert not window.editor.actions_by_name[name].shortcut().isEmpty()


def test_every_control_has_an_accessible_name_or_label(window):
    from PySide6.QtWidgets import QLabel

    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}
    controls = [w for kind in (QLineEdit, QComboBox, QListWidget, QTreeWidget, QTextEdit, QCheckBox, QAbstractButton)
                for w in window.findChildren(kind)]
    unnamed = [w for w in controls if w.isVisibleTo(window) and not w.accessibleName() and id(w) not in buddies
               and not (isinstance(w, QAbstractButton) and w.text().strip())
               and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))
               and not (isinstance(w, QLineEdit) and w.placeholderText())]
    assert unnamed == [], [type(w).__name__ + ":" + w.objectName() for w in unnamed]


def test_keyboard_reaches_every_pane(window):
    for key_name, target in (("Ctrl+1", window.outline), ("Ctrl+3", window.issues.tree),
                             ("Ctrl+4", window.masthead.organ), ("Ctrl+5", window.footnotes.list),
                             ("Ctrl+2", window.editor)):
        action = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == key_name)
        action.trigger()
        assert window.focusWidget() is target or target.isAncestorOf(window.focusWidget())


def test_damaged_settings_start_with_a_warning(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text("{ not json")
    window = ui_app.start(CORPUS / "A_80_L.8.txt")
    qtbot.addWidget(window)
    assert any("damaged" in t for t in messages(window))
    assert window.doc.res.operative  # and the file opened all the same
    assert window.settings == Settings(recent_files=window.settings.recent_files)


def test_pasted_paragraphs_keep_their_kinds_and_footnotes(window):
    window.file_actions.open_path(SAMPLE)
    doc = window.doc
    first = next(n for n, e in enumerate(doc.entries) if e.kind == Kind.PREAMBULAR and e.notes)
    copied = [doc.entries[first + i].element.text for i in range(3)]
    cursor = QTextCursor(doc.findBlockByNumber(first))
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor, 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    notes_before = len(doc.res.footnotes())
    data = window.editor.createMimeDataFromSelection()
    assert data.text().startswith(copied[0][:30])
    go_to_block(window, 1 + len(doc.res.preamble))  # the end of the last preambular paragraph
    key(window, Qt.Key.Key_Return)
    window.editor.insertFromMimeData(data)
    assert len(doc.res.preamble) == 27 + 3 and len(doc.res.operative) == 19
    assert [p.text for p in doc.res.preamble[-3:]] == copied
    assert len(doc.res.footnotes()) == notes_before + sum(len(doc.entries[first + i].notes) for i in range(3))
    pasted = doc.res.preamble[-3]
    assert pasted.anchors[0].note is not doc.res.preamble[first - 2].anchors[0].note  # a copy, not the same note
    assert pasted.anchors[0].note.text == doc.res.preamble[first - 2].anchors[0].note.text
    assert native.dumps(doc.derive_full()) == native.dumps(doc.res)


def _paste_plain(window, text: str, block: int, column: int) -> None:
    cursor = QTextCursor(window.doc.findBlockByNumber(block))
    cursor.setPosition(cursor.position() + column)
    window.editor.setTextCursor(cursor)
    QApplication.clipboard().setText(text)
    window.findChild(QAction, "paste").trigger()


PASTED = "1. Decides to hold an expert meeting;\n2. Requests the secretariat to report thereon;\n"


def test_whole_paragraphs_pasted_at_a_paragraphs_start_go_before_it(window):
    """Edit ▸ Paste of plain text holding whole paragraphs, the cursor at the start of operative
    paragraph 5: they become paragraphs 5 and 6, and the old paragraph 5 follows untouched."""
    window.file_actions.open_path(SAMPLE)
    doc = window.doc
    before = [p.text for p in doc.res.operative]
    fifth = [n for n, e in enumerate(doc.entries) if e.kind == Kind.OPERATIVE][4]
    _paste_plain(window, PASTED, fifth, 0)
    after = [p.text for p in doc.res.operative]
    assert after == before[:4] + ["Decides to hold an expert meeting;",
                                  "Requests the secretariat to report thereon;"] + before[4:]


def test_whole_paragraphs_pasted_inside_a_paragraph_split_it(window):
    window.file_actions.open_path(SAMPLE)
    doc = window.doc
    before = [p.text for p in doc.res.operative]
    first = [n for n, e in enumerate(doc.entries) if e.kind == Kind.OPERATIVE][0]
    column = len(before[0]) // 2
    column = before[0].index(" ", column) + 1  # at the start of a word
    _paste_plain(window, PASTED, first, column)
    after = [p.text for p in doc.res.operative]
    assert after[0] == before[0][:column]
    assert after[1:3] == ["Decides to hold an expert meeting;", "Requests the secretariat to report thereon;"]
    assert after[3] == before[0][column:]
    assert after[4:] == before[1:]


def test_settings_dialog_saves_and_applies(window, monkeypatch, tmp_path):
    from ui.dialogs.settings import SettingsDialog

    def fill(dialog):
        dialog.author.setText("A. Delegate")
        dialog.pack.setCurrentIndex(dialog.pack.findData("ga"))
        dialog.autosave.setValue(45)
        dialog.languagetool.setText("http://127.0.0.1:1")  # loopback, where nothing listens
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    window.findChild(QAction, "settings").trigger()
    saved = json.loads((tmp_path / "config" / "settings.json").read_text())
    assert (saved["author"], saved["style_pack"], saved["autosave_seconds"], saved["languagetool"]) == \
        ("A. Delegate", "ga", 45, "http://127.0.0.1:1")
    assert window.autosave.periodic.interval() == 45_000
    window.new_document(templates()[0].build())
    assert window.doc.res.meta.author == "A. Delegate"
    window.checker.run_now()
    assert window.checker._checker.pack.name == "ga"


def test_undo_goes_back_through_text_and_form_in_order(window):
    window.editor.setFocus()
    typing(window, "abc")
    QTest.keyClicks(window.masthead.fields["symbol"], "A/80/L.1")
    window.editor.setFocus()
    typing(window, "def")
    res = window.doc.res
    states = []
    for _ in range(3):
        window.history.undo()
        states.append((res.title.text, res.masthead.symbol.text))
    assert states == [("abc", "A/80/L.1"), ("abc", ""), ("", "")]
    for _ in range(3):
        window.history.redo()
    assert (res.title.text, res.masthead.symbol.text) == ("abcdef", "A/80/L.1")


def test_tab_order_runs_left_to_right(window):
    chain, widget = [], window.outline
    for _ in range(4):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(window):
            widget = widget.nextInFocusChain()
    assert chain[:3] == [window.outline, window.header, window.editor]
    assert window.tabs.isAncestorOf(chain[3]) or chain[3] is window.tabs


def test_a_word_export_opens_again_with_the_same_text(window, tmp_path):
    window.file_actions.open_path(SAMPLE)
    before = [p.text for p in window.doc.res.operative]
    assert window.file_actions.export_docx(tmp_path / "sample.docx")
    assert window.file_actions.open_path(tmp_path / "sample.docx")
    assert [p.text for p in window.doc.res.operative] == before
    assert window.path is None  # a Word file is an import: Save asks for a .unres name


@pytest.mark.slow
def test_pdf_export_through_libreoffice_keeps_the_layout_words(window, tmp_path):
    import shutil
    import subprocess

    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.fail("LibreOffice and poppler are needed: ./dev.sh test installs them")
    window.file_actions.open_path(SAMPLE)
    assert window.file_actions.export_pdf(tmp_path / "sample.pdf")
    assert "LibreOffice" not in window.statusBar().currentMessage()  # not the plain-layout fallback
    text = subprocess.run(["pdftotext", str(tmp_path / "sample.pdf"), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    assert "CTOC/COP/2022/L.4/Rev.1" in text and "Also calls upon" in text


def test_help_lists_the_keyboard_shortcuts_grouped_as_the_menus(window):
    from ui.window.shortcuts import shortcut_groups

    window.file_actions.open_path(SAMPLE)
    window.editor.textCursor().insertText("x")  # the undo action now says what it undoes
    assert window.undo_action.text() != "&Undo"
    groups = dict(shortcut_groups(window.menus))
    assert list(groups)[:7] == ["File", "Edit", "Paragraph", "Check", "View", "Library", "Help"]
    assert ("Demote paragraph", "Tab") in groups["Paragraph"] and ("Move paragraph up", "Alt+Up") in groups["Paragraph"]
    assert ("Insert footnote", "Ctrl+Alt+F") in groups["Edit"] and ("Undo", "Ctrl+Z") in groups["Edit"]
    assert ("Next finding", "F8") in groups["Check"] and ("Quick fix at cursor", "Ctrl+.") in groups["Check"]
    assert ("Export to Word (.docx)…", "Ctrl+E") in groups["File"]
    assert {"Ctrl+Enter", "Esc", "Ctrl+Tab"} <= {keys for _, keys in groups["In the text"]}
    window.findChild(QAction, "shortcuts").trigger()
    [text] = messages(window)
    assert "<b>Paragraph</b>" in text and "Ctrl+Enter" in text and "Esc" in text
    assert "Undo Typing" not in text


def test_a_misspelt_word_offers_suggestions_and_ignore_in_the_context_menu(qtbot, window):
    window.new_document(templates()[0].build())
    go_to_block(window, 1)
    key(window, Qt.Key.Key_Return)
    typing(window, "Noting the reprot of the Secretary-General,")
    window.checker.run_now()
    block = window.doc.findBlockByNumber(2)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index("reprot") + 2)
    menu = window.review_actions.context_menu_at(window.editor.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: "report" in [a.text() for a in menu.actions()], timeout=10000)  # found in the background
    texts = [a.text() for a in menu.actions()]
    assert "report" in texts and "Ignore “reprot” in This Document" in texts
    next(a for a in menu.actions() if a.text() == "report").trigger()
    assert window.doc.res.preamble[0].text == "Noting the report of the Secretary-General,"
    window.history.undo()
    window.checker.run_now()
    menu = window.review_actions.context_menu_at(window.editor.cursorRect(cursor).center())
    next(a for a in menu.actions() if a.text().startswith("Ignore “reprot”")).trigger()
    assert "reprot" in window.doc.res.meta.words
    window.history.undo()
    assert "reprot" not in window.doc.res.meta.words
