"""The masthead form, the sponsor list and the strip above the text, driven as a user does."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from tests.support.paths import CTOC, GA_TEXTS, SAMPLE
from ui.window.templates import templates


def test_masthead_fields_edit_the_model_and_undo(window):
    window.new_document(templates()[0].build())
    symbol = window.masthead.fields["symbol"]
    symbol.setFocus()
    QTest.keyClicks(symbol, "A/80/L.12")
    assert window.doc.res.masthead.symbol.text == "A/80/L.12"
    assert "A</span>/80/L.12" in window.header.right.text()
    window.history.undo()  # the whole field edit is one step
    assert window.doc.res.masthead.symbol.text == "" and symbol.text() == ""
    window.history.redo()
    assert symbol.text() == "A/80/L.12"


def test_the_date_picker_writes_the_un_form(window):
    window.new_document(templates()[0].build())
    date_field = window.masthead.fields["date"]
    date_field.calendar.clicked.emit(QDate(2025, 11, 4))
    assert window.doc.res.masthead.date.text == "4 November 2025"


def test_agenda_note_stays_anchored_when_the_field_is_edited(window):
    window.file_actions.open_path(SAMPLE)
    line = window.masthead.fields["agenda_item"]
    line.setFocus()
    line.setCursorPosition(5)
    QTest.keyClicks(line, "X ")
    item = window.doc.res.masthead.agenda_item
    assert item.text.startswith("Item X 2 (b)")
    assert item.anchors[0].offset == len(item.text)  # still after "agenda"


def test_sponsor_list_keeps_order_and_builds_the_line(window):
    window.new_document(templates()[0].build())
    sponsors = window.masthead.sponsors
    for name in ("Colombia", "argentina", "Netherlands (Kingdom of the)"):
        sponsors.entry.setText(name)
        sponsors.add_from_entry()
    assert window.doc.res.submission.sponsors == ["Colombia", "Argentina", "Netherlands (Kingdom of the)"]
    assert sponsors.line.text() == "Colombia, Argentina and Netherlands (Kingdom of the): draft resolution"
    sponsors.list.setCurrentRow(1)
    sponsors.move(-1)
    assert window.doc.res.submission.sponsors[:2] == ["Argentina", "Colombia"]
    sponsors.entry.setText("Atlantis")
    sponsors.add_from_entry()
    assert "not a Member State" in sponsors.note.text()
    sponsors.list.setCurrentRow(3)
    sponsors.remove()
    window.history.undo()
    assert window.doc.res.submission.sponsors[-1] == "Atlantis"
    assert "Atlantis" in window.header.sponsors.text()


def test_the_masthead_strip_shows_what_will_print(window):
    window.file_actions.open_path(GA_TEXTS["A_RES_79_180"])
    header = window.header
    assert "/RES/79/180" in header.right.text()
    assert "Distr.: General" in header.right.text()
    assert "Resolution adopted by the General Assembly on 17 December 2024" in header.sponsors.text()
    window.file_actions.open_path(CTOC)
    assert "Colombia: revised draft resolution" in header.sponsors.text()
    assert "Vienna, 17–21 October 2022" in header.session.text()


def test_footnote_marks_on_the_sponsor_line_follow_their_sponsor(window):
    """Iraq* (a note on Iraq) and the sponsors' note after the colon: moving Iraq down with the Down
    button keeps its mark after "Iraq"; removing it with Remove takes its note along (said, undoable)."""

    from drafting.model import Anchor, Footnote

    window.new_document(templates()[0].build())
    sponsors = window.masthead.sponsors
    for name in ("Iraq", "Chad", "Mali"):
        QTest.keyClicks(sponsors.entry, name)
        QTest.keyClick(sponsors.entry, Qt.Key.Key_Return)
    submission = window.doc.res.submission
    on_iraq, on_all = Footnote("On behalf of the Group of 77 and China."), Footnote("Any changes to the list.")
    submission.anchors = [Anchor(4, on_iraq), Anchor(len("Iraq, Chad and Mali:"), on_all)]

    def marks() -> dict[str, str]:
        line = submission.line
        return {a.note.text[:9]: line[:a.offset] for a in submission.anchors}

    sponsors.list.setCurrentRow(0)
    QTest.mouseClick(sponsors.buttons["down"], Qt.MouseButton.LeftButton)
    assert submission.sponsors == ["Chad", "Iraq", "Mali"]
    assert marks() == {"On behalf": "Chad, Iraq", "Any chang": "Chad, Iraq and Mali"}
    QTest.mouseClick(sponsors.buttons["remove"], Qt.MouseButton.LeftButton)
    assert submission.sponsors == ["Chad", "Mali"] and marks() == {"Any chang": "Chad and Mali"}
    assert "went with it" in sponsors.note.text() and "Group of 77" in sponsors.note.text()
    window.history.undo()
    assert submission.sponsors == ["Chad", "Iraq", "Mali"]
    assert marks() == {"On behalf": "Chad, Iraq", "Any chang": "Chad, Iraq and Mali"}


def test_a_mark_at_the_end_of_the_kind_of_text_stays_at_its_end_when_the_kind_is_retyped(window):
    from drafting.model import Anchor, Footnote

    window.new_document(templates()[0].build())
    sponsors = window.masthead.sponsors
    QTest.keyClicks(sponsors.entry, "Chad")
    QTest.keyClick(sponsors.entry, Qt.Key.Key_Return)
    submission = window.doc.res.submission
    kind = sponsors.kind.lineEdit()
    kind.selectAll()
    QTest.keyClicks(kind, "revised draft resolution")
    submission.anchors = [Anchor(len(submission.line), Footnote("Reissued for technical reasons."))]
    kind.selectAll()
    QTest.keyClicks(kind, "draft resolution")
    assert submission.line == "Chad: draft resolution"
    assert [a.offset for a in submission.anchors] == [len(submission.line)]


def test_the_job_number_typed_in_the_form_prints_at_the_foot_of_the_word_pages(window, answers):
    """An issued document's job number ("25-17789") is not in the masthead table but at the foot of
    every page: typed in the form, undone as one step, and exported by File ▸ Export to Word."""
    window.file_actions.open_path(GA_TEXTS["A_C.3_80_L.30"])
    field = window.masthead.job_number
    field.setFocus()
    QTest.keyClicks(field, "25-17789")
    assert window.doc.res.masthead.job_number == "25-17789"
    window.history.undo()
    assert window.doc.res.masthead.job_number == "" and field.text() == ""
    window.history.redo()
    assert field.text() == "25-17789"
    window.findChild(QAction, "export_docx").trigger()
    with zipfile.ZipFile(answers.folder / "A_C.3_80_L.30.docx") as package:
        footers = " ".join(package.read(name).decode("utf-8") for name in package.namelist()
                           if name.startswith("word/footer"))
    assert "25-17789 (E)" in footers and "Please recycle" in footers  # page 1
    assert footers.count("25-17789") >= 3  # and the odd and even pages
