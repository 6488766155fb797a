"""The agenda line as the official page prints it, from what a person types into the masthead form."""

from __future__ import annotations

import pytest

from drafting.agenda import agenda_line


@pytest.mark.parametrize(("typed", "line"), [
    ("71 (b)", "Agenda item 71 (b)"),
    (" 71  (b) ", "Agenda item 71 (b)"),
    ("item 68", "Agenda item 68"),
    ("71 and 72", "Agenda items 71 and 72"),
    ("items 14, 15 and 117", "Agenda items 14, 15 and 117"),
    ("71 (b) and (c)", "Agenda item 71 (b) and (c)"),
    ("Agenda item 71 (b)", "Agenda item 71 (b)"),
    ("Provisional agenda item 5", "Provisional agenda item 5"),
    ("", ""),
])
def test_a_typed_agenda_number_becomes_the_line_the_page_prints(typed, line):
    assert agenda_line(typed) == line
