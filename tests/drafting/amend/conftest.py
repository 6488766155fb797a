"""Fixtures for the amendment tests: small drafts and the official amendments in the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.model import Paragraph, Resolution
from tests.support.shared import shared_dir


@pytest.fixture(scope="session")
def amendments_folder() -> Path:
    shared = shared_dir()
    if shared is None or not (shared / "corpus" / "amendments").is_dir():
        pytest.skip("the shared corpus of official amendments (corpus/amendments) is not available")
    return shared / "corpus" / "amendments"


def small_draft() -> Resolution:
    """A draft with preambular paragraphs, operative paragraphs and subparagraphs."""
    res = Resolution()
    res.masthead.symbol.text = "A/C.3/80/L.99"
    res.masthead.session.text = "Eightieth session"
    res.masthead.committee.text = "Third Committee"
    res.masthead.agenda_item.text = "Agenda item 71 (b)"
    res.title.text = "Protection of migrants"
    res.preamble = [Paragraph("Recalling its resolution 79/180 of 17 December 2024,"),
                    Paragraph("Reaffirming the Universal Declaration of Human Rights,"),
                    Paragraph("Deeply concerned by the large number of migrants, including women and children,")]
    res.operative = [Paragraph("Calls upon all States to protect migrants;"),
                     Paragraph("Requests the Secretary-General:", children=[
                         Paragraph("To report on the implementation of the present resolution;"),
                         Paragraph("To seek the views of States and of the relevant organizations;")]),
                     Paragraph("Decides to remain seized of the matter.")]
    return res


@pytest.fixture
def draft() -> Resolution:
    return small_draft()
