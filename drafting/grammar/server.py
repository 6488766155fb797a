"""Starting and stopping a LanguageTool server from a LanguageTool folder.

Resolute starts ``org.languagetool.server.HTTPServer`` itself, once, on a free port of
127.0.0.1 (LanguageTool's server listens on localhost unless told ``--public``), and waits
for it until a deadline.  language-tool-python's own start-up is not used: with a broken
install it retries on port after port for minutes, and it downloads LanguageTool when it
cannot find it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

import requests

JARS = ("languagetool-server.jar", "languagetool.jar")
HEALTH_PATH = "/v2/languages"


class GrammarStartError(RuntimeError):
    """LanguageTool could not be started or reached; the message says why, in words."""


def find_server_jar(folder: Path) -> Path:
    """The server jar in ``folder`` or in its newest ``LanguageTool-*`` subfolder."""
    if not folder.is_dir():
        raise GrammarStartError(f"{folder}: no such folder (point Resolute to the unpacked LanguageTool folder)")
    for place in [folder] + sorted(folder.glob("LanguageTool-*"), reverse=True):
        for name in JARS:
            if (place / name).is_file():
                return place / name
    raise GrammarStartError(f"{folder}: no {JARS[0]} here; this is not a LanguageTool folder")


def find_java() -> str:
    """The java executable: JAVA_HOME's, else the first on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home:
        for name in ("java", "java.exe"):
            candidate = Path(home) / "bin" / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    found = shutil.which("java")
    if not found:
        raise GrammarStartError("Java is not installed; LanguageTool needs Java 17 or later "
                                "(or point Resolute to a LanguageTool server on this computer)")
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _NoRedirects(requests.Session):
    """A session that never follows a redirect: a local server answering 302 or 307 would send
    Resolute, and with a 307 the whole text, to another host.  The 3xx answer is returned as is."""

    def get_redirect_target(self, resp: requests.Response) -> None:
        return None


def local_session() -> requests.Session:
    """HTTP without the environment's proxies (a proxy would carry the text off the machine) and
    without redirects."""
    session = _NoRedirects()
    session.trust_env = False
    return session


def local_request(method: str, url: str, params: dict | None, timeout: float) -> object:
    """One request to the local server, its JSON answer; LanguageToolError for a redirect, an
    unanswered request or an answer that is not JSON."""
    from language_tool_python.exceptions import LanguageToolError

    try:
        with local_session() as session:
            if method == "post":
                response = session.post(url, data=params, timeout=timeout)
            else:
                response = session.get(url, params=params, timeout=timeout)
    except requests.RequestException as exc:
        raise LanguageToolError(f"{url}: {exc}") from None
    if 300 <= response.status_code < 400:
        raise LanguageToolError(f"the server answered with a redirect ({response.status_code}) to "
                                f"{response.headers.get('Location', 'another address')}, which is not followed so "
                                "that no text leaves this computer")
    try:
        return response.json()
    except ValueError:
        raise LanguageToolError(f"{url}: the answer is not LanguageTool's (HTTP {response.status_code})") from None


def answers(url: str, timeout: float = 1.0) -> bool:
    """Does a LanguageTool server answer at ``url`` (its base address)?"""
    try:
        with local_session() as session:
            response = session.get(url + HEALTH_PATH, timeout=timeout)
        return response.ok and isinstance(response.json(), list)
    except (requests.RequestException, ValueError):
        return False


class LocalServer:
    """A LanguageTool server process started from a folder, stopped by ``stop()`` or at exit."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.process: subprocess.Popen | None = None
        self.url = ""
        self._log: IO[bytes] | None = None
        self._lock = threading.Lock()

    def start(self, deadline: float, cancelled: threading.Event) -> str:
        """Start the server and wait until it answers; its base URL, or GrammarStartError."""
        jar = find_server_jar(self.folder)
        java = find_java()
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self._log = tempfile.TemporaryFile()  # noqa: SIM115  (open while the server runs; stop() closes it)
        command = [java, "-cp", str(jar), "org.languagetool.server.HTTPServer", "--port", str(port)]
        with self._lock:
            if cancelled.is_set():
                raise GrammarStartError("cancelled")
            try:
                self.process = subprocess.Popen(command, cwd=str(jar.parent), stdin=subprocess.DEVNULL,
                                                stdout=self._log, stderr=subprocess.STDOUT)
            except OSError as exc:
                raise GrammarStartError(f"cannot run {java}: {exc.strerror or exc}") from None
        atexit.register(self.stop)
        while time.monotonic() < deadline and not cancelled.is_set():
            code = self.process.poll()
            if code is not None:
                raise GrammarStartError(f"LanguageTool stopped at start (exit code {code}): {self.log_tail()}")
            if answers(self.url, timeout=min(1.0, max(0.1, deadline - time.monotonic()))):
                return self.url
            time.sleep(0.1)
        self.stop()
        raise GrammarStartError("cancelled" if cancelled.is_set() else "LanguageTool did not answer in time")

    def log_tail(self, limit: int = 300) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        text = self._log.read().decode("utf-8", errors="replace").strip()
        return " ".join(text[-limit:].split()) or "no output"

    def stop(self) -> None:
        with self._lock:
            process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None
        atexit.unregister(self.stop)
