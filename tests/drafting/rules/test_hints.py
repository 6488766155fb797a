"""Hints (info findings) reach the editor only on request; a name inside a sentence is a hint."""

from __future__ import annotations

from drafting import settings
from drafting.importers.text import import_text
from drafting.rules import INFO, check, shown

TEXT = ("The General Assembly,\n\nRecalling the work of Vladyslav Yesypenko,\n\nRecalling the goverment report,\n\n"
        "1. Requests the Secretary-General to report;\n\n2. Requests the Secretary-General to act.")


def test_unknown_name_inside_a_sentence_is_a_hint_and_a_misspelling_a_warning():
    found = {d.extra["found"]: d.severity for d in check(import_text(TEXT).resolution) if d.code == "RES790"}
    assert found == {"Vladyslav": INFO, "Yesypenko": INFO, "goverment": "warning"}


def test_hints_are_left_out_unless_asked_for(tmp_path):
    findings = check(import_text(TEXT).resolution)
    assert any(d.severity == INFO for d in findings)  # the repeated "Requests" without "Also", the names
    assert all(d.severity != INFO for d in shown(findings))
    assert shown(findings, hints=True) == findings
    path = tmp_path / "settings.json"
    s, _ = settings.load(path)
    assert s.show_hints is False
    s.show_hints = True
    settings.save(s, path)
    assert settings.load(path)[0].show_hints is True
