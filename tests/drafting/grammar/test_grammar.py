"""Grammar through a local LanguageTool, tested against the stand-in of tests/support/fake_languagetool.py."""

from __future__ import annotations

import socket
import stat
import sys
import time
import zipfile
from pathlib import Path

import pytest

from drafting.diagnostics import INFO, WARNING
from drafting.errors import InputError
from drafting.grammar import (
    FAILED,
    NOT_CONFIGURED,
    READY,
    STARTING,
    GrammarConfigError,
    GrammarEngine,
    GrammarUnavailable,
    parse_setting,
)
from drafting.grammar import document as grammar_document
from drafting.grammar.download import download_languagetool, download_plan, file_sha256, install_zip
from drafting.grammar.endpoint import FOLDER, SERVER
from drafting.grammar.packs import policy
from drafting.importers.text import import_text
from tests.support import fake_languagetool
from tests.support.fake_languagetool import FakeLanguageTool


@pytest.fixture
def lt():
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def engine_for():
    engines = []

    def make(setting: str, **kwargs) -> GrammarEngine:
        engine = GrammarEngine(setting, **kwargs)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()


def started(engine: GrammarEngine, timeout: float = 20) -> GrammarEngine:
    before = time.monotonic()
    engine.start()
    assert time.monotonic() - before < 0.5, "start() must return at once"
    engine.wait(timeout)
    return engine


# -- the setting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value, url", [
    ("http://localhost:8081/", "http://localhost:8081"),
    ("127.0.0.1:8010", "http://127.0.0.1:8010"),
    ("http://127.0.0.2:9000/v2", "http://127.0.0.2:9000"),
    ("http://[::1]:8081", "http://[::1]:8081"),
])
def test_local_server_addresses_are_accepted(value, url):
    endpoint = parse_setting(value)
    assert (endpoint.kind, endpoint.url) == (SERVER, url)


@pytest.mark.parametrize("value", [
    "https://api.languagetool.org", "http://192.168.1.20:8081", "http://10.0.0.1:8081",
    "http://localhost.example.com:8081", "http://languagetool.example.org", "ftp://localhost/",
])
def test_servers_elsewhere_are_refused_without_any_connection(value, no_network):
    with pytest.raises(GrammarConfigError) as err:
        parse_setting(value)
    assert "computer" in str(err.value) or "http://" in str(err.value)
    engine = GrammarEngine(value)
    engine.start()
    assert engine.status.state == FAILED
    assert "computer" in engine.status.reason or "http://" in engine.status.reason
    assert no_network.attempts == []


def test_empty_setting_means_not_configured():
    assert parse_setting("  ") is None
    engine = GrammarEngine("")
    engine.start()
    assert engine.status.state == NOT_CONFIGURED
    with pytest.raises(GrammarUnavailable):
        engine.check("a text")


def test_a_folder_setting(tmp_path):
    endpoint = parse_setting(str(tmp_path))
    assert endpoint.kind == FOLDER and endpoint.folder == tmp_path


# -- a server on this computer ----------------------------------------------------------------


def test_ready_engine_checks_with_the_un_pack_rules_switched_off(lt, engine_for, no_network):
    seen = []
    engine = started(engine_for(lt.url, on_status=seen.append))
    assert engine.status.state == READY, engine.status
    assert [s.state for s in seen] == [STARTING, READY]
    text = "Urges States parties to take a active role, with Türkiye, in the the organisation,"
    found = engine.check(text)
    assert [(m.rule_id, text[m.start:m.end]) for m in found] == [("EN_A_VS_AN", "a"),
                                                                  ("ENGLISH_WORD_REPEAT_RULE", "the the")]
    assert found[0].replacements == ("an",)
    _, form = lt.requests[-1]
    assert form["language"] == "en-GB"
    disabled = set(form["disabledRules"].split(","))
    assert {"MORFOLOGIK_RULE_EN_GB", "EN_UPPER_CASE_NGRAM"} <= disabled
    assert "BRE_STYLE_OXFORD_SPELLING" in form["disabledCategories"].split(",")
    assert no_network.attempts == []


def test_a_style_pack_object_carries_its_grammar_table():
    from types import SimpleNamespace

    pack = SimpleNamespace(name="test", grammar={"enabled_rules": ["EN_UPPER_CASE_NGRAM"]})
    assert "EN_UPPER_CASE_NGRAM" not in policy(pack).disabled_rules
    assert "EN_UPPER_CASE_NGRAM" in policy(SimpleNamespace(name="no grammar table")).disabled_rules


def test_every_switched_off_rule_says_why():
    rules = policy()
    assert rules.language == "en-GB"
    assert "MORFOLOGIK_RULE_EN_GB" in rules.disabled_rules
    for reason in [*rules.disabled_rules.values(), *rules.disabled_categories.values()]:
        assert len(reason) > 40


def test_a_pack_can_switch_a_rule_back_on_or_off(lt, engine_for):
    pack = {"grammar": {"enabled_rules": ["EN_UPPER_CASE_NGRAM"],
                        "disabled_rules": {"EN_A_VS_AN": "a test pack that allows it"}}}
    engine = started(engine_for(lt.url, pack=pack))
    found = engine.check("Urges States parties to take a active role,")
    assert [m.rule_id for m in found] == ["EN_UPPER_CASE_NGRAM"]


def test_findings_for_a_resolution_in_one_request_mapped_to_their_places(lt, engine_for):
    text = """General Assembly

Eightieth session

Agenda item 12

Colombia: draft resolution

A a important title

*The General Assembly*,

*Recalling* its resolution 79/180,[^1]

1. *Decides* to take a urgent decision;

2. *Requests* the the Secretary-General to report;

__________________

1. See a earlier report.
"""
    res = import_text(text).resolution
    engine = started(engine_for(lt.url))
    found = grammar_document.check_resolution(res, engine)
    where = sorted((d.location.part, d.code, d.location.start) for d in found)
    assert where == [("footnote", "LT-EN_A_VS_AN", 4), ("operative", "LT-ENGLISH_WORD_REPEAT_RULE", 9),
                     ("operative", "LT-EN_A_VS_AN", 16), ("title", "LT-EN_A_VS_AN", 2)]
    for d in found:
        assert d.category == "grammar" and d.severity == WARNING
    repeat = next(d for d in found if d.code == "LT-ENGLISH_WORD_REPEAT_RULE")
    assert repeat.location.path == ("operative", 1)
    assert res.operative[1].text[repeat.location.start:repeat.location.end] == "the the"
    [sent] = lt.checked_texts()
    assert "Eightieth session" not in sent and "Colombia" not in sent  # masthead lines are not prose


def test_one_shot_check_for_the_command_line(lt):
    res = import_text("*The General Assembly*,\n\n1. *Takes* a urgent decision;\n").resolution
    found, status = grammar_document.check_once(res, lt.url)
    assert status.state == READY and [d.code for d in found] == ["LT-EN_A_VS_AN"]
    assert grammar_document.check_once(res, "") == ([], grammar_document.Status(NOT_CONFIGURED))
    found, status = grammar_document.check_once(res, "https://api.languagetool.org")
    assert found == [] and status.state == FAILED


def test_style_hints_are_information_only(lt, engine_for):
    pack = {"grammar": {"enabled_categories": ["BRE_STYLE_OXFORD_SPELLING"]}}
    engine = started(engine_for(lt.url, pack=pack))
    res = import_text("*The General Assembly*,\n\n1. *Welcomes* the organisation;\n").resolution
    [d] = grammar_document.check_resolution(res, engine)
    assert d.code == "LT-OXFORD_SPELLING_Z_NOT_S" and d.severity == INFO


def test_a_hanging_server_fails_after_the_timeout_without_freezing_the_caller(engine_for):
    with FakeLanguageTool(hang=4) as server:
        engine = engine_for(server.url, start_timeout=1.0)
        before = time.monotonic()
        engine.start()
        assert time.monotonic() - before < 0.5
        assert engine.status.state == STARTING
        status = engine.wait(6)
        assert status.state == FAILED and status.reason
        assert time.monotonic() - before < 4


def test_nothing_listening_fails_with_the_reason(engine_for):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = started(engine_for(f"http://127.0.0.1:{port}"))
    assert engine.status.state == FAILED and f"127.0.0.1:{port}" in engine.status.reason


def test_a_server_that_went_away_makes_check_fail_quickly(engine_for):
    with FakeLanguageTool() as server:
        engine = started(engine_for(server.url))
        assert engine.status.state == READY
    before = time.monotonic()
    with pytest.raises(GrammarUnavailable):
        engine.check("a text")
    assert time.monotonic() - before < 5


def test_the_environment_proxy_is_never_used(lt, engine_for, monkeypatch):
    with FakeLanguageTool() as proxy:
        for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        engine = started(engine_for(lt.url))
        assert engine.status.state == READY
        engine.check("a apple")
        assert proxy.requests == []
        assert lt.checked_texts() == ["a apple"]


# -- a LanguageTool folder ------------------------------------------------------------------------


@pytest.fixture
def fake_java(tmp_path, monkeypatch):
    """JAVA_HOME with a bin/java that runs the stand-in server instead of LanguageTool."""
    java = tmp_path / "jdk" / "bin" / "java"
    java.parent.mkdir(parents=True)
    java.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{fake_languagetool.HERE}" "$@"\n', encoding="utf-8")
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk"))
    folder = tmp_path / "LanguageTool-6.6"
    folder.mkdir()
    (folder / "languagetool-server.jar").write_bytes(b"PK stand-in")
    return folder


def test_a_languagetool_folder_is_started_used_and_stopped(fake_java, engine_for, no_network):
    engine = started(engine_for(str(fake_java)))
    assert engine.status.state == READY, engine.status
    assert [m.rule_id for m in engine.check("a apple")] == ["EN_A_VS_AN"]
    process = engine._server.process
    assert process.poll() is None
    engine.close()
    assert process.poll() is not None
    assert no_network.attempts == []


def test_the_parent_of_a_languagetool_folder_is_accepted(fake_java, engine_for):
    engine = started(engine_for(str(fake_java.parent)))
    assert engine.status.state == READY, engine.status


def test_a_crashing_languagetool_fails_with_its_message(fake_java, engine_for, monkeypatch):
    monkeypatch.setenv("FAKE_LT_MODE", "crash")
    engine = started(engine_for(str(fake_java)))
    assert engine.status.state == FAILED
    assert "exit code 3" in engine.status.reason and "Java 17" in engine.status.reason


@pytest.mark.slow
def test_a_silent_languagetool_is_stopped_after_the_timeout(fake_java, engine_for, monkeypatch):
    monkeypatch.setenv("FAKE_LT_MODE", "silent")
    engine = engine_for(str(fake_java), start_timeout=2.0)
    engine.start()
    server = None
    for _ in range(50):
        server = server or engine._server
        time.sleep(0.05)
    status = engine.wait(8)
    assert status.state == FAILED
    assert server is not None and server.process is None  # terminated, not left running


def test_a_folder_without_languagetool(tmp_path, engine_for):
    engine = started(engine_for(str(tmp_path)))
    assert engine.status.state == FAILED and "languagetool-server.jar" in engine.status.reason


def test_no_java(fake_java, engine_for, monkeypatch, tmp_path):
    monkeypatch.delenv("JAVA_HOME")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    engine = started(engine_for(str(fake_java)))
    assert engine.status.state == FAILED and "Java" in engine.status.reason


# -- "Download LanguageTool" (never run here: only the parts that need no network) --------------


def test_the_download_plan_is_the_official_archive_with_its_checksum(tmp_path):
    from language_tool_python.download_lt import EXPECTED_DOWNLOAD_SHA256

    plan = download_plan(folder=tmp_path)
    assert plan.url == f"https://languagetool.org/download/LanguageTool-{plan.version}.zip"
    assert plan.sha256 == EXPECTED_DOWNLOAD_SHA256[plan.version]
    assert plan.installed == tmp_path / f"LanguageTool-{plan.version}"
    with pytest.raises(ValueError):
        download_plan("0.1")


def test_download_without_confirmation_contacts_nobody(tmp_path, no_network):
    with pytest.raises(PermissionError) as err:
        download_languagetool(download_plan(folder=tmp_path), confirmed=False)
    assert "languagetool.org" in str(err.value)
    assert no_network.attempts == [] and list(tmp_path.iterdir()) == []


def _archive(tmp_path: Path, members: dict[str, bytes]) -> Path:
    path = tmp_path / "LanguageTool.zip"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_a_checked_archive_is_unpacked_into_the_folder(tmp_path):
    archive = _archive(tmp_path, {"LanguageTool-9.9/languagetool-server.jar": b"jar",
                                  "LanguageTool-9.9/libs/a.jar": b"lib"})
    target = tmp_path / "data" / "languagetool"
    installed = install_zip(archive, file_sha256(archive), target)
    assert installed == target / "LanguageTool-9.9"
    assert (installed / "libs" / "a.jar").read_bytes() == b"lib"
    assert parse_setting(str(installed)).kind == FOLDER


def test_a_wrong_checksum_installs_nothing(tmp_path):
    archive = _archive(tmp_path, {"LanguageTool-9.9/languagetool-server.jar": b"jar"})
    target = tmp_path / "data"
    with pytest.raises(InputError) as err:
        install_zip(archive, "0" * 64, target)
    assert "checksum" in str(err.value) and str(archive) in str(err.value)
    assert not target.exists()


def test_a_damaged_or_unsafe_archive_installs_nothing(tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(InputError):
        install_zip(junk, file_sha256(junk), tmp_path / "a")
    evil = _archive(tmp_path, {"../outside.jar": b"x"})
    with pytest.raises(InputError):
        install_zip(evil, file_sha256(evil), tmp_path / "b")
    assert not (tmp_path / "outside.jar").exists()
