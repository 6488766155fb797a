"""A progress bar on stderr: "[#####-----] 120/228 files, 4,310 paragraphs, 0:32 left".

On a terminal the bar redraws in place; otherwise (a log, a pipe) a line is printed at
every tenth of the work, so that a long run still shows it is alive.
"""

from __future__ import annotations

import sys
from typing import TextIO

WIDTH = 24


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, unit: str = "files"):
        self.stream = stream or sys.stderr
        self.unit = unit
        self._live = self.stream.isatty()
        self._shown_tenth = -1
        self._drawn = False

    def update(self, done: int, total: int, items: int, seconds_left: float | None, item_name: str) -> None:
        line = self.line(done, total, items, seconds_left, item_name)
        if self._live:
            self.stream.write("\r" + line + "\x1b[K")
            self._drawn = True
        else:
            tenth = done * 10 // total if total else 10
            if tenth == self._shown_tenth:
                return
            self._shown_tenth = tenth
            self.stream.write(line + "\n")
        self.stream.flush()

    def line(self, done: int, total: int, items: int, seconds_left: float | None, item_name: str) -> str:
        filled = WIDTH * done // total if total else WIDTH
        bar = "#" * filled + "-" * (WIDTH - filled)
        left = "" if seconds_left is None else f", {_clock(seconds_left)} left"
        return f"[{bar}] {done}/{total} {self.unit}, {items:,} {item_name}{left}"

    def finish(self) -> None:
        if self._live and self._drawn:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
