"""The bridge between the editor's text and the model: whatever the edits, the model derived
block by block equals the model derived from scratch, and loading a model shows it unchanged."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from drafting import native
from drafting.importers import load_document
from tests.support.paths import CTOC, GA_TEXTS, SAMPLE
from ui.editor.editor import ResolutionEditor
from ui.editor.kinds import MAX_DEPTH, Kind, block_format

EDITS = st.lists(st.tuples(st.sampled_from(["type", "delete", "split", "kind", "undo", "redo", "footnote"]),
                           st.floats(0, 1), st.floats(0, 1), st.integers(1, 40)), min_size=1, max_size=12)
KINDS = [Kind.PREAMBULAR, Kind.OPERATIVE, Kind.SUBPARAGRAPH, Kind.ANNEX_PARAGRAPH, Kind.ANNEX_SUBPARAGRAPH,
         Kind.ANNEX_HEADING, Kind.TITLE]


def apply(editor: ResolutionEditor, edit) -> None:
    op, a, b, n = edit
    doc = editor.doc
    size = doc.characterCount() - 1
    cursor = QTextCursor(doc)
    cursor.setPosition(int(a * size))
    if op == "type":
        cursor.insertText("Recalling also " if n % 3 == 0 else "word " * (n % 4 + 1))
    elif op == "delete":
        cursor.setPosition(min(size, int(a * size) + n), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    elif op == "split":
        cursor.insertBlock(cursor.blockFormat())
    elif op == "kind":
        kind = KINDS[n % len(KINDS)]
        cursor.setBlockFormat(block_format(kind, 1 + n % MAX_DEPTH))
    elif op == "undo":
        editor.history.undo()
    elif op == "redo":
        editor.history.redo()
    elif op == "footnote":
        editor.setTextCursor(cursor)
        editor.insert_footnote()


def check(editor: ResolutionEditor) -> None:
    assert native.dumps(editor.doc.derive_full()) == native.dumps(editor.doc.res)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_incremental_derive_equals_full_derive(qapp, edits):
    editor = ResolutionEditor()
    editor.doc.load(load_document(SAMPLE).resolution)
    for edit in edits:
        apply(editor, edit)
        check(editor)
    editor.deleteLater()


def test_every_corpus_text_loads_unchanged(qapp):
    for path in (SAMPLE, CTOC, *GA_TEXTS.values()):
        res = load_document(path).resolution
        before = native.dumps(res)
        editor = ResolutionEditor()
        editor.doc.load(res)
        assert native.dumps(editor.doc.res) == before, path.name
        assert native.dumps(editor.doc.derive_full()) == before, path.name
        editor.deleteLater()
