"""Run one case in a forked child with a memory cap and a timeout, and name the failure's site.

The parent has imported Resolute and loaded the dictionary once; a fork per case then
costs milliseconds, and a case that hangs or eats memory cannot harm the campaign.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

OK, CRASH, HANG = "ok", "crash", "hang"
PROJECT = Path(__file__).resolve().parents[2]
_PACKAGES = ("drafting", "ui")


@dataclass
class Outcome:
    kind: str
    site: str = ""
    message: str = ""
    stage: str = ""
    frames: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _relative(filename: str) -> str | None:
    try:
        rel = Path(filename).resolve().relative_to(PROJECT)
    except ValueError:
        return None
    return str(rel) if rel.parts and rel.parts[0] in _PACKAGES else None


def site_of(exc: BaseException) -> tuple[str, list[str]]:
    """"Type at drafting/x.py:12 func" for the innermost project frame, and the last frames."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{_relative(f.filename) or Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    inner = next((f for f in reversed(frames) if _relative(f.filename)), None)
    where = f"{_relative(inner.filename)}:{inner.lineno} {inner.name}" if inner else "outside the project"
    return f"{type(exc).__name__} at {where}", lines[-8:]


def _hang_site(dump: str) -> str:
    """The innermost project frame of a faulthandler dump, as "hang in drafting/x.py:func"."""
    for line in dump.splitlines():
        line = line.strip()
        if line.startswith('File "'):
            filename = line.split('"')[1]
            rel = _relative(filename)
            if rel:
                return f"hang in {rel}:{line.rsplit(' in ', 1)[-1]}"
    return "hang outside the project"


WALL_FACTOR = 6  # a stage starved of CPU by a busy machine may take this many times its limit


class _StageClock(list):
    """The stages reached; starting one restarts the clocks, so that ``timeout`` holds for each
    stage (each is one command a user runs: load, check, an export …), not for the whole case.

    The limit is on CPU time: on a shared machine a stage may wait for a core for a long while
    without being slow.  A watchdog thread ends the child with a stack dump when a stage has used
    ``timeout`` CPU seconds, or ``WALL_FACTOR`` times that in wall time.
    """

    def __init__(self, timeout: float, dump) -> None:
        super().__init__()
        self.timeout = timeout
        self.dump = dump
        self._restart()
        threading.Thread(target=self._watch, daemon=True).start()

    def _restart(self) -> None:
        self.cpu, self.wall = time.process_time(), time.monotonic()

    def append(self, stage: str) -> None:
        super().append(stage)
        self._restart()

    def _watch(self) -> None:
        while True:
            time.sleep(0.25)
            used, waited = time.process_time() - self.cpu, time.monotonic() - self.wall
            if used > self.timeout or waited > self.timeout * WALL_FACTOR:
                self.dump.write(f"Timeout ({used:.1f} s of CPU, {waited:.1f} s in all)!\n")
                faulthandler.dump_traceback(file=self.dump, all_threads=True)
                self.dump.flush()
                os._exit(1)


MAX_STAGES = 16  # the parent waits at most this many stage timeouts for a case


def _child(conn: Connection, func: Callable[..., None], args: tuple, memory: int, timeout: float,
           dump_path: str, kwargs: dict) -> None:
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    dump = open(dump_path, "w")  # noqa: SIM115 - faulthandler writes to it until the child exits
    stages = _StageClock(timeout, dump)
    try:
        func(*args, stages, **kwargs)
    except BaseException as exc:  # noqa: BLE001 - every escape is the finding
        site, frames = site_of(exc)
        if type(exc).__name__ == "OwnExportRefused":
            site = str(exc).split(":", 1)[0] + ": " + str(exc).split(": ", 2)[-1][:60]
        conn.send(Outcome(CRASH, site, f"{type(exc).__name__}: {str(exc)[:300]}",
                          stages[-1] if stages else "", frames))
    else:
        conn.send(Outcome(OK, stage=stages[-1] if stages else ""))
    finally:
        conn.close()
    os._exit(0)


def baseline_memory() -> int:
    """The address space this process already maps; the cap is set above it."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_isolated(func: Callable[..., None], args: tuple, timeout: float = 10.0,
                 memory_mb: int = 1024, **kwargs: object) -> Outcome:
    """``func(*args, stage_log)`` in a forked child; OK, CRASH (with site) or HANG (a stage that ran
    longer than ``timeout`` seconds)."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    memory = baseline_memory() + memory_mb * 1024 * 1024 if memory_mb else 0
    dump_fd, dump_path = _temp_path()
    os.close(dump_fd)
    started = time.monotonic()
    proc = ctx.Process(target=_child, args=(child, func, args, memory, timeout, dump_path, kwargs))
    proc.start()
    child.close()
    outcome: Outcome | None = None
    try:
        if parent.poll(timeout * WALL_FACTOR * MAX_STAGES + 2.0):
            try:
                outcome = parent.recv()
            except EOFError:
                outcome = None
        proc.join(1.0)
        if proc.is_alive():
            proc.kill()
            proc.join()
        if outcome is None:
            dump = Path(dump_path).read_text(errors="replace")
            if "Timeout" in dump or proc.exitcode in (1, -signal.SIGKILL):
                outcome = Outcome(HANG, _hang_site(dump), dump[-3000:])
            else:
                outcome = Outcome(CRASH, f"worker died (exit code {proc.exitcode})", dump[-3000:])
    finally:
        parent.close()
        os.unlink(dump_path)
    outcome.seconds = time.monotonic() - started
    return outcome


def _temp_path() -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(prefix="resolute-fuzz-", suffix=".dump")


if __name__ == "__main__":  # pragma: no cover - replay one file by hand
    from .stages import run_stages

    print(run_isolated(run_stages, (Path(sys.argv[1]),)))
