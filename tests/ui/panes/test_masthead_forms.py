"""The masthead form and strip as a person uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_a_sponsor_chosen_from_the_suggestions_leaves_the_box_empty_for_the_next(window, qtbot):
    window.go_to_pane("masthead")
    pane = window.masthead.sponsors
    pane.entry.setFocus()
    QTest.keyClicks(pane.entry, "Canad")
    popup = pane.entry.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert pane.entry.text() == ""
    QTest.keyClicks(QApplication.focusWidget(), "Mexico")
    QTest.keyClick(pane.entry, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert window.doc.res.submission.sponsors[-2:] == ["Canada", "Mexico"]


def test_a_new_general_assembly_draft_names_the_session_of_its_date():
    from datetime import date

    from ui.window.templates import templates

    third = next(t for t in templates() if t.path.stem == "ga-third-committee")
    assert third.build(today=date(2026, 12, 6)).masthead.session.text == "Eighty-first session"
    assert third.build(today=date(2026, 3, 2)).masthead.session.text == "Eightieth session"


def test_the_masthead_strip_puts_the_session_before_the_committee(window):
    from drafting.model import Inline

    res = window.doc.res
    res.masthead.session, res.masthead.committee = Inline("Eightieth session"), Inline("Third Committee")
    window.header.show_resolution(res)
    text = window.header.session.text()
    assert text.index("Eightieth session") < text.index("Third Committee")


def test_an_agenda_number_typed_into_the_form_reads_as_the_page_prints_it(window, qtbot):
    """A new Third Committee draft: "71 (b)" typed into the agenda field is "Agenda item 71 (b)" in the field,
    the strip above the text and the export, as on the official page."""
    from drafting.exporters.text import to_text
    from ui.window.templates import templates

    third = next(t for t in templates() if t.path.stem == "ga-third-committee")
    window.new_document(third.build())
    window.go_to_pane("masthead", window.masthead.fields["agenda_item"])
    field = window.masthead.fields["agenda_item"]
    assert field.text() == "" and field.placeholderText() == "Agenda item 71 (b)"
    field.setFocus()
    QTest.keyClicks(field, "71 (b)")
    assert window.doc.res.masthead.agenda_item.text == "71 (b)"  # while typing, nothing is added
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.doc.res.masthead.agenda_item.text == "Agenda item 71 (b)", timeout=2000)
    assert field.text() == "Agenda item 71 (b)"
    assert "Agenda item 71 (b)" in window.header.session.text()
    assert "\nAgenda item 71 (b)\n" in to_text(window.doc.res)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "Agenda item 68")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.doc.res.masthead.agenda_item.text == "Agenda item 68"  # typed in full: kept as typed
