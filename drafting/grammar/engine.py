"""GrammarEngine: an optional, local-only LanguageTool behind language-tool-python.

``start()`` returns at once; the connection (or the server start from a folder) runs in a
background thread under a deadline, so that a broken install never freezes the editor.
The state moves from "not configured" or "starting" to "ready" or "failed" with a reason;
``on_status`` is called from that thread on every change (the editor re-posts it to its
GUI thread).  Only servers on this computer are ever contacted (see ``endpoint``), and
never through a proxy.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .endpoint import FOLDER, Endpoint, GrammarConfigError, parse_setting
from .packs import GrammarPolicy, policy
from .server import GrammarStartError, LocalServer, answers, local_request

NOT_CONFIGURED, STARTING, READY, FAILED = "not configured", "starting", "ready", "failed"
START_TIMEOUT = {"server": 10.0, "folder": 90.0}  # seconds; Java and LanguageTool take a while
REQUEST_TIMEOUT = 30.0  # seconds for one check request
_NO_PROXIES: dict[str, Any] = {"http": None, "https": None, "all": None}  # never through a proxy: text stays here


@dataclass(frozen=True)
class Status:
    state: str
    reason: str = ""  # why it failed, or what is ready ("LanguageTool at http://127.0.0.1:8081")

    def __str__(self) -> str:
        return f"{self.state}: {self.reason}" if self.reason else self.state


@dataclass(frozen=True)
class GrammarMatch:
    """One LanguageTool finding in the text that was checked."""

    start: int
    end: int
    rule_id: str
    message: str
    replacements: tuple[str, ...]
    category: str  # LanguageTool's category id: GRAMMAR, TYPOS, PUNCTUATION …
    issue_type: str  # LanguageTool's issue type: grammar, misspelling, style …


class GrammarUnavailable(RuntimeError):
    """Asked to check while LanguageTool is not ready; the message is the status."""


class GrammarEngine:
    def __init__(self, setting: str = "", pack=None,
                 on_status: Callable[[Status], None] | None = None, start_timeout: float | None = None):
        self.policy: GrammarPolicy = policy(pack)
        self.on_status = on_status
        self._start_timeout = start_timeout
        self._lock = threading.Lock()
        self._generation = 0  # a start abandoned by close() or a timeout is recognized by this
        self._tool = None
        self._server: LocalServer | None = None
        self._cancel = threading.Event()
        self._ready = threading.Event()
        self._started = False  # a start is running or has succeeded
        try:
            self.endpoint: Endpoint | None = parse_setting(setting)
        except GrammarConfigError as exc:
            self.endpoint = None
            self._status = Status(FAILED, str(exc))
        else:
            self._status = Status(NOT_CONFIGURED) if self.endpoint is None else Status(STARTING, "not started yet")

    @property
    def status(self) -> Status:
        return self._status

    # -- starting --------------------------------------------------------------------

    def start(self) -> None:
        """Connect (or start the server) in the background; returns at once."""
        if self.endpoint is None:
            self._ready.set()
            return
        with self._lock:
            if self._started:
                return
            self._started = True
            self._generation += 1
            generation = self._generation
            self._cancel = threading.Event()
            self._ready.clear()
        timeout = self._start_timeout or START_TIMEOUT[self.endpoint.kind]
        self._set(Status(STARTING, f"LanguageTool at {self.endpoint.describe()}"), generation)
        worker = threading.Thread(target=self._start, args=(generation, time.monotonic() + timeout, self._cancel),
                                  name="languagetool-start", daemon=True)
        worker.start()
        watchdog = threading.Timer(timeout + 1.0, self._give_up, args=(generation, timeout))
        watchdog.daemon = True
        watchdog.start()

    def wait(self, timeout: float | None = None) -> Status:
        """Block until the start has succeeded or failed (for the command line)."""
        self._ready.wait(timeout)
        return self._status

    def _start(self, generation: int, deadline: float, cancel: threading.Event) -> None:
        server = None
        endpoint = self.endpoint
        assert endpoint is not None, "started only when configured"
        try:
            url = endpoint.url
            if endpoint.kind == FOLDER:
                assert endpoint.folder is not None
                server = LocalServer(endpoint.folder)
                with self._lock:
                    self._server = server
                url = server.start(deadline, cancel)
            elif not answers(url, timeout=max(0.1, deadline - time.monotonic())):
                raise GrammarStartError(f"no LanguageTool answers at {url}; is the server running?")
            tool = _connect(url, self.policy)
        except (GrammarStartError, OSError, ValueError) as exc:
            if server is not None:
                server.stop()
            self._set(Status(FAILED, str(exc)), generation)
            return
        except Exception as exc:  # language-tool-python raises its own errors; none may kill the thread silently
            if server is not None:
                server.stop()
            self._set(Status(FAILED, f"LanguageTool answered unexpectedly ({type(exc).__name__}: {exc})"), generation)
            return
        given_up = not self._set(Status(READY, f"LanguageTool at {url} ({self.policy.language})"), generation, tool)
        if given_up and server is not None:  # given up or closed meanwhile
            server.stop()

    def _give_up(self, generation: int, timeout: float) -> None:
        with self._lock:
            if generation != self._generation or self._status.state != STARTING:
                return
            self._cancel.set()
            server, self._server = self._server, None
        if server is not None:
            server.stop()
        self._set(Status(FAILED, f"LanguageTool did not become ready within {timeout:g} s"), generation)

    def _set(self, status: Status, generation: int, tool=None) -> bool:
        """Make ``status`` current unless its start was abandoned; ``tool`` comes with READY."""
        with self._lock:
            if generation != self._generation or (status.state == READY and self._cancel.is_set()):
                return False
            self._status = status
            self._started = status.state != FAILED
            if status.state == READY:
                self._tool = tool
        if status.state in (READY, FAILED):
            self._ready.set()
        if self.on_status is not None:
            self.on_status(status)
        return True

    def close(self) -> None:
        """Forget the connection and stop a server Resolute started."""
        with self._lock:
            self._generation += 1
            self._cancel.set()
            server, self._server, self._tool = self._server, None, None
            self._started = False
            if self.endpoint is not None and self._status.state in (STARTING, READY):
                self._status = Status(FAILED, "stopped")
        self._ready.set()
        if server is not None:
            server.stop()

    # -- checking --------------------------------------------------------------------

    def check(self, text: str) -> list[GrammarMatch]:
        """LanguageTool's findings in ``text``, or GrammarUnavailable when it is not ready."""
        tool = self._tool
        if tool is None or self._status.state != READY:
            raise GrammarUnavailable(str(self._status))
        try:
            matches = tool.check(text)
        except Exception as exc:  # a server that went away, a bad answer
            raise GrammarUnavailable(f"LanguageTool failed to check ({type(exc).__name__}: {exc})") from None
        return [GrammarMatch(m.offset, m.offset + m.error_length, m.rule_id, m.message, tuple(m.replacements),
                             m.category, m.rule_issue_type) for m in matches]


def _connect(url: str, rules: GrammarPolicy):
    """A language-tool-python client for the server at ``url`` with the pack's rules switched off."""
    from language_tool_python import LanguageTool

    class _Local(LanguageTool):
        _TIMEOUT = REQUEST_TIMEOUT  # type: ignore[assignment]  # the library types it as its own default

        def _query_server(self, url, params=None, num_tries=2, method="get"):
            """Every request through a session that never follows a redirect (server.local_request)."""
            return local_request(method, url, params, self._TIMEOUT)

    tool = _Local(rules.language, remote_server=url, proxies=dict(_NO_PROXIES))
    tool.disabled_rules = set(rules.disabled_rules)
    tool.disabled_categories = set(rules.disabled_categories)
    return tool
