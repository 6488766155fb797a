"""Dialogs answered for the window tests: file dialogs give a path in a temporary folder, message boxes are
recorded (an error box fails a test that expects none), reasons are given when asked."""

from __future__ import annotations

from pathlib import Path


class Answers:
    """What the dialogs would have asked, and what they were answered."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.open_path: Path | None = None  # the file an Open dialog picks
        self.asked: list[tuple[str, str]] = []  # (dialog, title)
        self.boxes: list[tuple[str, str]] = []  # (title, text) of message boxes shown
        self.reason = "Agreed with the Secretariat"

    def save_name(self, _parent, title: str, suggested: str = "", _filter: str = "", *args) -> tuple[str, str]:
        self.asked.append(("save", title))
        return str(self.folder / Path(suggested or "out").name), ""

    def open_name(self, _parent, title: str, *args) -> tuple[str, str]:
        self.asked.append(("open", title))
        return (str(self.open_path), "") if self.open_path else ("", "")

    def open_names(self, _parent, title: str, *args) -> tuple[list[str], str]:
        self.asked.append(("open", title))
        return ([str(self.open_path)], "") if self.open_path else ([], "")

    def errors(self) -> list[tuple[str, str]]:
        return [b for b in self.boxes if b[0] not in ("Keyboard shortcuts", "About Resolute")]
