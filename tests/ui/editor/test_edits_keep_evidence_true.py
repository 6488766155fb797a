"""Edits in an imported draft never leave a finding about a number, letter or italic the document does not
show, and every finding shown with a fix is gone once the fix is applied.

The drafts are imported texts; what the evidence rules say of them as imported may stand (the file spelt it
out), but nothing more, word for word on an unchanged paragraph, may appear after a random series of the edits
a delegate makes (move, insert, delete, demote, promote, retype an opening, convert) follows, and the
rules look at the result as the window shows it, and as it is saved.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from drafting import native
from drafting.importers import load_document
from drafting.rules import Checker
from tests.support.paths import CORPUS
from ui.editor.kinds import Kind

EVIDENCE_CODES = {"RES130", "RES131", "RES132", "RES133", "RES134", "RES136", "RES210", "RES211"}
DRAFTS = [CORPUS / "A_C.3_80_L.30.txt", CORPUS / "A_RES_79_180.txt",
          CORPUS / "ctoc-cop-11-2022-trafficking-revised-draft.txt"]
PARAGRAPHS = (Kind.PREAMBULAR, Kind.OPERATIVE, Kind.SUBPARAGRAPH)
OPENINGS = {Kind.PREAMBULAR: "Recognizing", Kind.OPERATIVE: "Requests", Kind.SUBPARAGRAPH: "To report"}

edits = st.lists(st.tuples(st.sampled_from(["move_up", "move_down", "insert", "delete", "demote", "promote",
                                            "retype", "convert"]), st.integers(0, 10_000)), min_size=1, max_size=6)


def _paragraph_blocks(window) -> list[int]:
    return [n for n, e in enumerate(window.doc.entries) if e.kind in PARAGRAPHS]


def _edit(window, what: str, pick: int) -> None:
    blocks = _paragraph_blocks(window)
    if not blocks:
        return
    number = blocks[pick % len(blocks)]
    block = window.doc.findBlockByNumber(number)
    editor = window.editor
    cursor = QTextCursor(block)
    editor.setTextCursor(cursor)
    if what in ("move_up", "move_down"):
        editor.move_paragraph(what == "move_down")
    elif what in ("demote", "promote"):
        getattr(editor, what)()
    elif what == "convert":
        editor.convert_paragraph()
    elif what == "insert":
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        editor.enter()
        QTest.keyClicks(editor, f"{OPENINGS[window.doc.entry(editor.textCursor().blockNumber()).kind]} the "
                                "Secretary-General to act;" if window.doc.entry(editor.textCursor().blockNumber())
                        else "Decides to act;")
        editor.dismiss_offer()
    elif what == "delete":
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    elif what == "retype":
        kind = window.doc.entry(number).kind
        cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        QTest.keyClicks(editor, OPENINGS[kind] + " ")


def _evidence_findings(findings) -> list[str]:
    return [f"{d.code} {d.location.path}: {d.message}" for d in findings if d.code in EVIDENCE_CODES]


def _evidence(res, findings) -> set[tuple[str, str, str]]:
    """(rule, the paragraph's text, message) of each finding about a typed label or italic."""
    from drafting.rules.context import resolve_inline

    out = set()
    for d in findings:
        if d.code in EVIDENCE_CODES:
            place = resolve_inline(res, d.location.path)
            out.add((d.code, place.text if place is not None else "", d.message))
    return out


def _new_evidence(before: set, res, findings) -> list[tuple[str, str, str]]:
    """Findings about labels or italics that the draft as imported did not have, word for word, on an unchanged
    paragraph: what an edit would have made stale."""
    return sorted(_evidence(res, findings) - before)


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(series=edits)
def test_edits_leave_no_finding_about_what_the_document_does_not_show(window, draft, series):
    window.new_document(load_document(draft).resolution, source=draft)
    before = _evidence(window.doc.res, window.checker.run_now())  # what the import itself spelt out
    for what, pick in series:
        _edit(window, what, pick)
    assert _new_evidence(before, window.doc.res, window.checker.run_now()) == []
    saved = native.loads(native.dumps(window.doc.res))  # what `check` reads from the saved file
    assert _new_evidence(before, saved, Checker(saved, None).full()) == []


@pytest.mark.parametrize("draft", DRAFTS[:2], ids=lambda p: p.stem)
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(series=edits)
def test_every_finding_with_a_fix_is_gone_after_the_fix(window, draft, series):
    window.new_document(load_document(draft).resolution, source=draft)
    for what, pick in series:
        _edit(window, what, pick)
    for d in [d for d in window.checker.run_now() if d.fix is not None][:8]:
        still = {(f.code, f.location.path, f.message) for f in window.checker.run_now()}
        if (d.code, d.location.path, d.message) not in still:
            continue  # an earlier fix took it away
        current = next(f for f in window.checker.findings if (f.code, f.location.path, f.message) ==
                       (d.code, d.location.path, d.message))
        window.review_actions.apply_fix(current)
        after = {(f.code, f.location.path, f.message) for f in window.checker.run_now()}
        assert (d.code, d.location.path, d.message) not in after, f"{d.code} {d.message} survived its fix"


def test_an_imported_numbering_gap_is_fixed_in_the_window_and_by_check_fix(window, tmp_path):
    text = (CORPUS / "A_C.3_80_L.30.txt").read_text(encoding="utf-8")
    gap = tmp_path / "gap.txt"
    gap.write_text(text.replace("\n5. ", "\n6. ", 1), encoding="utf-8")
    window.file_actions.open_path(gap)
    found = [d for d in window.checker.run_now() if d.code == "RES130"]
    assert found  # the typed numbers of the import are evidence: the gap is reported …
    window.review_actions.apply_fix(found[0])
    assert not [d for d in window.checker.run_now() if d.code == "RES130"]  # … and the fix clears it
    window.history.undo()
    assert [d for d in window.checker.run_now() if d.code == "RES130"]  # undo brings the evidence back


def test_a_new_paragraph_in_an_imported_draft_is_not_flagged_for_italics_and_alt_up_keeps_numbers_quiet(window):
    window.file_actions.open_path(CORPUS / "A_RES_79_180.txt")
    before = _evidence(window.doc.res, window.checker.run_now())
    ops = [n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE]
    cursor = QTextCursor(window.doc.findBlockByNumber(ops[-1]))
    window.editor.setTextCursor(cursor)
    QTest.keyClick(window.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.editor.enter()
    QTest.keyClicks(window.editor, "Decides to remain actively engaged in the matter.")
    assert _new_evidence(before, window.doc.res, window.checker.run_now()) == []


def test_check_fix_clears_evidence_left_stale_by_an_older_editor(tmp_path):
    """A .unres saved before edits invalidated their evidence: `check --fix` clears what it reports."""
    from drafting.rules import apply_safe_fixes

    res = load_document(CORPUS / "A_RES_79_180.txt").resolution
    res.operative[0], res.operative[1] = res.operative[1], res.operative[0]  # moved, typed labels kept: 2., 1.
    res.preamble[3].source = None  # typed after the import: no evidence of its italics
    assert {"RES130", "RES211"} <= {d.code for d in Checker(res, None).full()}
    apply_safe_fixes(res, None)
    assert _evidence_findings(Checker(res, None).full()) == []
