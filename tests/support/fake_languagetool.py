"""A small LanguageTool stand-in on 127.0.0.1 for the grammar tests.

``FakeLanguageTool`` speaks LanguageTool's HTTP protocol (GET /v2/languages, POST /v2/check
with form fields text, language, disabledRules, disabledCategories) with a handful of rules
that behave like LanguageTool's own, including the ones that fight UN style.  Run as a
script it is a stand-in for ``java -cp languagetool-server.jar … --port N``, so that the
start from a LanguageTool folder is tested too.  Every server here listens on 127.0.0.1
only, serves a bounded number of seconds, and is stopped by its test.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

HERE = Path(__file__).resolve()

# (pattern, rule id, category, issue type, message, replacement)
RULES = [
    (r"\ba (?=[aeiouAEIOU])", "EN_A_VS_AN", "MISC", "misspelling", "Use “an” instead of “a” before a vowel.", "an "),
    (r"\b(\w+) \1\b", "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication", "Possible typo: you repeated a word.", None),
    (r"\bStates(?= parties)", "EN_UPPER_CASE_NGRAM", "CASING", "misspelling",
     "Only proper nouns start with an uppercase character.", "states"),
    (r"\b(?:Türkiye|Escazú|Kyrgyzstan)\b", "MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling",
     "Possible spelling mistake found.", None),
    (r"\borganis(?:e|ation)s?\b", "OXFORD_SPELLING_Z_NOT_S", "BRE_STYLE_OXFORD_SPELLING", "style",
     "Would you like to use the Oxford spelling?", None),
]
LANGUAGES = [{"name": "English (GB)", "code": "en", "longCode": "en-GB"},
             {"name": "English (US)", "code": "en", "longCode": "en-US"},
             {"name": "English", "code": "en", "longCode": "en"}]


def matches_for(text: str, disabled_rules: set[str], disabled_categories: set[str]) -> list[dict]:
    out = []
    for pattern, rule_id, category, issue, message, replacement in RULES:
        if rule_id in disabled_rules or category in disabled_categories:
            continue
        for m in re.finditer(pattern, text):
            end = m.end() - (1 if replacement == "an " else 0)
            out.append({
                "message": message, "shortMessage": "", "offset": m.start(), "length": end - m.start(),
                "replacements": [{"value": replacement.strip()}] if replacement else [],
                "context": {"text": text[max(0, m.start() - 20):end + 20], "offset": min(20, m.start()),
                            "length": end - m.start()},
                "sentence": text,
                "rule": {"id": rule_id, "description": message, "issueType": issue,
                         "category": {"id": category, "name": category.title()}},
            })
    return sorted(out, key=lambda m: m["offset"])


class FakeLanguageTool:
    """A LanguageTool stand-in on 127.0.0.1; ``requests`` records every request it got."""

    def __init__(self, hang: float = 0.0, port: int = 0):
        self.requests: list[tuple[str, dict]] = []
        self.hang = hang
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                fake.requests.append((self.path, {}))
                if fake.hang:
                    time.sleep(fake.hang)
                if self.path.startswith("/v2/languages"):
                    self._json(LANGUAGES)
                else:
                    self.send_error(404)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8")).items()}
                fake.requests.append((self.path, form))
                if not self.path.startswith("/v2/check"):
                    self.send_error(404)
                    return
                rules = set(filter(None, form.get("disabledRules", "").split(",")))
                categories = set(filter(None, form.get("disabledCategories", "").split(",")))
                self._json({"software": {"name": "LanguageTool", "version": "6.6-fake"},
                            "language": {"name": "English (GB)", "code": form.get("language", "")},
                            "matches": matches_for(form.get("text", ""), rules, categories)})

            def _json(self, data):
                body = json.dumps(data).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # the client may have given up waiting (the hang tests): expected, not worth a traceback
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def __enter__(self) -> FakeLanguageTool:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def checked_texts(self) -> list[str]:
        return [form["text"] for path, form in self.requests if path.startswith("/v2/check")]


def serve_as_java(argv: list[str]) -> None:
    """``java -cp … HTTPServer --port N``: serve for at most two minutes (or crash, or stay silent)."""
    port = int(argv[argv.index("--port") + 1])
    mode = os.environ.get("FAKE_LT_MODE", "")
    if mode == "crash":
        print("Exception in thread main: java.lang.UnsupportedClassVersionError: LanguageTool needs Java 17",
              file=sys.stderr)
        sys.exit(3)
    if mode == "silent":
        time.sleep(60)
        return
    with FakeLanguageTool(port=port):
        time.sleep(120)


if __name__ == "__main__":
    serve_as_java(sys.argv[1:])
