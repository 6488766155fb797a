"""A moved operative paragraph in the tracked-changes .docx, as LibreOffice renders it: every paragraph of the
new text shows its new number (with its old one in brackets where it changed), the place it moved from shows
only its old number in brackets, and no paragraph after the move loses or gains a number."""

from __future__ import annotations

import copy
import re

import pytest

from drafting.compare.align import compare
from drafting.compare.tracked_docx import save_tracked
from drafting.importers import load_document
from tests.support.docx_tools import convert_with_libreoffice, pdf_text
from tests.support.paths import GA_TEXTS

LABEL = re.compile(r"^\s*(\[\d+\.\]|\d+\.(?:\[\d+\.\])?)\s+([A-Z][a-z]+)", re.M)


def _labels(text: str) -> list[tuple[int | None, int | None, str]]:
    """(number shown, old number in brackets, first word) of each numbered paragraph LibreOffice drew."""
    found = []
    for label, word in LABEL.findall(text):
        shown = re.match(r"(\d+)\.", label)
        old = re.search(r"\[(\d+)\.\]", label)
        found.append((int(shown.group(1)) if shown else None, int(old.group(1)) if old else None, word))
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("source", "target"), [(11, 10), (12, 15), (20, 25), (5, -1)],
                         ids=["up-one", "down-three", "down-five", "to-the-end"])
def test_moved_paragraph_keeps_the_numbers_a_reader_expects(tmp_path, source, target):
    old = load_document(GA_TEXTS["A_C.3_80_L.30"]).resolution
    new = copy.deepcopy(old)
    moved = new.operative.pop(source)
    new.operative.insert(target if target >= 0 else len(new.operative), moved)
    save_tracked(compare(old, new), tmp_path / "tracked.docx")
    labels = _labels(pdf_text(convert_with_libreoffice(tmp_path / "tracked.docx", "pdf", tmp_path), "-layout"))

    kept = [(shown, was, word) for shown, was, word in labels if shown is not None]
    assert [shown for shown, _, _ in kept] == list(range(1, len(new.operative) + 1)), labels
    assert [word for _, _, word in kept] == [p.text.split()[0] for p in new.operative]
    assert [(was, word) for shown, was, word in labels if shown is None] == [(source + 1, moved.text.split()[0])]
    for number, (_, was, _) in enumerate(kept, 1):  # an old number in brackets is the paragraph's old number
        before = next(k for k, p in enumerate(old.operative, 1) if p.text == new.operative[number - 1].text)
        assert was in (None, before) and was != number, (number, labels)
