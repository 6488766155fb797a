"""Build the PyInstaller bundle (pyinstaller.spec) and try it without a display.

  python tools/bundle_smoke.py [--no-build]

Checks that dist/resolute/resolute answers --version, converts the bundled sample to
.docx, finds a misspelt word with the bundled en_GB dictionary (``check``), carries
language_tool_python's data (its download checksums), renders the editor with the sample
open to a PNG offscreen (Qt and its platform plugins are in the bundle), and refuses a
missing file with exit code 2.  Prints what it did, the times and the bundle's size; exits
non-zero on the first failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SAMPLE = ROOT / "resources" / "samples" / "ctoc-cop-11-trafficking.unres"
BUILD_SECONDS = 900
RUN_SECONDS = 120


def say(text: str) -> None:
    print(f"bundle_smoke: {text}", flush=True)


def fail(text: str) -> None:
    say(f"FAILED: {text}")
    sys.exit(1)


def build() -> float:
    began = time.perf_counter()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST),
           "--workpath", str(WORK), str(ROOT / "pyinstaller.spec")]
    say("building: " + " ".join(cmd[1:]))
    try:
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_SECONDS)
    except subprocess.TimeoutExpired:
        fail(f"PyInstaller took more than {BUILD_SECONDS} s")
    if done.returncode != 0:
        fail("PyInstaller failed:\n" + (done.stderr or done.stdout)[-3000:])
    return time.perf_counter() - began


def run(exe: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    began = time.perf_counter()
    try:
        done = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=RUN_SECONDS)
    except subprocess.TimeoutExpired:
        fail(f"resolute {' '.join(args)} did not finish in {RUN_SECONDS} s")
    say(f"resolute {' '.join(args)} -> exit {done.returncode} in {time.perf_counter() - began:.1f} s")
    return done


def size_mb(folder: Path) -> float:
    """Size on disk; the links PyInstaller makes to Qt's libraries are not counted twice."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / (1024 * 1024)


def check_spelling(exe: Path, env: dict, tmp: Path) -> None:
    """``check`` on a text with a misspelt word: the dictionary in resources/spelling must be in the bundle."""
    text = tmp / "misspelt.txt"
    text.write_text("*The General Assembly*,\n\n1. *Decides* to recieve the report;\n", encoding="utf-8")
    done = run(exe, env, "check", str(text))
    found = [line for line in done.stdout.splitlines() if "RES790" in line and "recieve" in line]
    if done.returncode not in (0, 1) or not found:
        fail(f"check found no spelling mistake in “recieve”: {done.stdout.strip()} {done.stderr.strip()}")
    say(f"spelling in the bundle: {found[0].split(': ', 1)[-1]}")


def main() -> int:
    seconds = 0.0 if "--no-build" in sys.argv else build()
    folder = DIST / "resolute"
    exe = folder / ("resolute.exe" if os.name == "nt" else "resolute")
    if not exe.exists():
        fail(f"{exe} was not built")
    with tempfile.TemporaryDirectory(prefix="bundle-smoke-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RESOLUTE_CONFIG_DIR=f"{tmp}/config",
                   RESOLUTE_DATA_DIR=f"{tmp}/data")
        done = run(exe, env, "--version")
        if done.returncode != 0 or not done.stdout.startswith("Resolute "):
            fail(f"--version printed {done.stdout!r} {done.stderr!r}")
        say(f"version: {done.stdout.strip()}")
        out = Path(tmp) / "sample.docx"
        done = run(exe, env, "export", str(SAMPLE), "-o", str(out))
        if done.returncode != 0 or not out.exists():
            fail(f"export: {done.stderr.strip()}")
        with zipfile.ZipFile(out) as package:
            if "Trafficking" not in package.read("word/document.xml").decode("utf-8"):
                fail("the exported .docx does not hold the sample's text")
        say(f"exported the sample to .docx ({out.stat().st_size // 1024} KB)")
        check_spelling(exe, env, Path(tmp))
        if not list(folder.rglob("language_tool_python/integrity.toml")):
            fail("language_tool_python/integrity.toml is not in the bundle (LanguageTool's download checksums)")
        shot = Path(tmp) / "shot.png"
        done = run(exe, env, "screenshot", str(SAMPLE), "-o", str(shot), "--size", "1000x700")
        if done.returncode != 0 or not shot.exists() or shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
            fail(f"screenshot: {done.stderr.strip()}")
        say(f"opened the sample in the editor offscreen and drew it ({shot.stat().st_size // 1024} KB PNG)")
        done = run(exe, env, "export", str(Path(tmp) / "missing.unres"), "-o", str(Path(tmp) / "x.docx"))
        if done.returncode != 2 or "no such file" not in done.stderr:
            fail(f"a missing file gave exit {done.returncode}: {done.stderr.strip()}")
    build_note = f"built in {seconds:.0f} s, " if seconds else ""
    say(f"ok: {build_note}bundle {folder} is {size_mb(folder):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
