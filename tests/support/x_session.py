"""A real X session for the tests that press keys as a person does: Xvfb on a free display with the openbox
window manager, the editor started as a program on it (QT_QPA_PLATFORM=xcb), xdotool for the keyboard,
ImageMagick's ``import`` for screenshots.  Everything started here is stopped by ``close``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "xdotool")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display between :90 and :199")


def wait_until(condition: Callable[[], object], timeout: float = 30, what: str = "") -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = condition()
        if found:
            return found
        time.sleep(0.2)
    raise TimeoutError(f"waited {timeout:.0f} s for {what or condition}")


class XSession:
    def __init__(self, home: Path, size: str = "1366x768", scale: float | None = None) -> None:
        self.home = home
        self.number = free_display()
        self.display = f":{self.number}"
        self.processes: list[subprocess.Popen] = []
        self.app: subprocess.Popen | None = None
        self.env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb",
                        RESOLUTE_CONFIG_DIR=str(home / "config"), RESOLUTE_DATA_DIR=str(home / "data"),
                        PYTHONPATH=str(ROOT), HOME=str(home))
        if scale is not None:
            self.env["QT_SCALE_FACTOR"] = str(scale)
        self.env.pop("QT_QPA_PLATFORMTHEME", None)
        self._start(["Xvfb", self.display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"])
        wait_until(lambda: Path(f"/tmp/.X11-unix/X{self.number}").exists(), 20, "Xvfb")
        self._start(["openbox"])
        wait_until(lambda: self.run("xdotool", "getdisplaygeometry").returncode == 0, 20, "the X server")
        time.sleep(0.5)

    def _start(self, command: list[str]) -> subprocess.Popen:
        process = subprocess.Popen(command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(process)
        return process

    def run(self, *command: str, timeout: float = 30) -> subprocess.CompletedProcess:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=timeout)

    def start_editor(self, *args: str) -> str:
        """Start the editor (with ``args``) and wait for its window; its X window id."""
        log = open(self.home / "editor.log", "w")  # noqa: SIM115  (closed with the session)
        self.app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], env=self.env, stdout=log,
                                    stderr=subprocess.STDOUT, cwd=self.home)
        self.processes.insert(0, self.app)
        window = wait_until(lambda: self.window_named("Resolute"), 60, "the editor's window")
        self.run("xdotool", "windowactivate", "--sync", str(window))
        time.sleep(1.5)  # the side panes are built just after the first paint
        return str(window)

    def window_named(self, name: str) -> str | None:
        found = self.run("xdotool", "search", "--onlyvisible", "--name", name)
        ids = found.stdout.split()
        return ids[-1] if ids else None

    def key(self, *keys: str, pause: float = 0.3) -> None:
        for k in keys:
            self.run("xdotool", "key", "--clearmodifiers", k)
            time.sleep(pause)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "40", text)
        time.sleep(0.3)

    def screenshot(self, target: Path) -> Path:
        self.run("import", "-window", "root", str(target))
        return target

    def log(self) -> str:
        path = self.home / "editor.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
