"""Privacy against a hostile server on this computer: Resolute never follows its redirects.

A local "LanguageTool" that answers 302 or 307 points at a second local server that records
every connection made to it: no request, and so no text, may ever reach that second one.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from drafting.grammar import READY, GrammarConfigError, GrammarEngine, GrammarUnavailable, parse_setting
from tests.support.fake_languagetool import LANGUAGES

SECRET = "Recalling the confidential draft of the delegation"


class Recorder:
    """An HTTP server on 127.0.0.1 that records each request (path and body) and answers 200."""

    def __init__(self, redirect_to: str | None = None, redirect_paths: tuple[str, ...] = (), status: int = 307):
        self.seen: list[tuple[str, str]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                recorder.seen.append((self.path, self.rfile.read(length).decode("utf-8", "replace")))
                if redirect_to and self.path.startswith(redirect_paths):
                    self.send_response(status)
                    self.send_header("Location", redirect_to + self.path)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = json.dumps(LANGUAGES if self.path.startswith("/v2/languages") else {"matches": []}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Recorder:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def elsewhere() -> Iterator[Recorder]:
    with Recorder() as server:
        yield server


@pytest.mark.parametrize("status", [302, 307])
def test_a_redirected_check_never_reaches_the_other_server(elsewhere: Recorder, status: int) -> None:
    with Recorder(redirect_to=elsewhere.url, redirect_paths=("/v2/check",), status=status) as hostile:
        engine = GrammarEngine(hostile.url)
        try:
            engine.start()
            assert engine.wait(20).state == READY
            with pytest.raises(GrammarUnavailable, match="redirect"):
                engine.check(SECRET)
        finally:
            engine.close()
        assert any(path.startswith("/v2/check") and "confidential" in body for path, body in hostile.seen)
    assert elsewhere.seen == [], "the text went to the server the redirect named"


@pytest.mark.parametrize("status", [302, 307])
def test_a_redirected_health_check_is_not_followed(elsewhere: Recorder, status: int) -> None:
    with Recorder(redirect_to=elsewhere.url, redirect_paths=("/v2/",), status=status) as hostile:
        engine = GrammarEngine(hostile.url)
        try:
            engine.start()
            assert engine.wait(20).state != READY
        finally:
            engine.close()
        assert hostile.seen, "the local server was asked"
    assert elsewhere.seen == []


@pytest.mark.parametrize("address", ["http://[::1", "http://[::1:8081/", "http://localhost:99999"])
def test_a_malformed_address_is_a_clear_error(address: str) -> None:
    with pytest.raises(GrammarConfigError, match="address|port"):
        parse_setting(address)
