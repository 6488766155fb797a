"""Running the command line as a user does: ``python main.py …`` in a subprocess."""

from __future__ import annotations

import subprocess
import sys

from tests.support.paths import ROOT


def resolute(*args: object, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, input=stdin if stdin is not None else "", check=False)
