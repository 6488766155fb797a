"""The .unres native file: lossless, versioned, atomic, and clear about damage."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from drafting import native
from drafting.errors import InputError
from drafting.importers import load_document
from drafting.importers.text import import_text
from tests.support.paths import CORPUS, SAMPLE
from tests.support.strategies import resolutions


@given(resolutions())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_resolution_survives_save_and_load(tmp_path_factory, res):
    path = tmp_path_factory.mktemp("unres") / "doc.unres"
    native.save(res, path)
    assert native.load(path) == res


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_corpus_text_to_unres_and_back_loses_nothing(tmp_path, name):
    res = import_text((CORPUS / name).read_text(encoding="utf-8")).resolution
    path = tmp_path / "x.unres"
    native.save(res, path)
    back = native.load(path)
    assert back == res
    assert back.footnotes()[0][1].text == res.footnotes()[0][1].text


def test_sample_opens():
    res = load_document(SAMPLE).resolution
    assert len(res.preamble) == 27 and len(res.operative) == 19


def test_truncated_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "cut.unres"
    data = SAMPLE.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = path.read_bytes()
    with pytest.raises(InputError, match="truncated"):
        native.load(path)
    assert path.read_bytes() == before


def test_newer_format_is_refused_with_a_reason(tmp_path):
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["version"] = native.VERSION + 1
    path = tmp_path / "future.unres"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match="newer version of Resolute"):
        native.load(path)


@pytest.mark.parametrize("content, reason", [
    ('{"format": "something-else", "version": 1}', "not a Resolute document"),
    ('{"format": "resolute.unres", "version": 1, "resolution": {"preamble": "oops"}}', "preamble should be a list"),
    ('{"format": "resolute.unres", "version": 1, "resolution": {"title": {"text": 5}}}', "title.text should be text"),
    ('{"format": "resolute.unres", "version": 1, '
     '"resolution": {"operative": [{"text": "x", "marks": [{"start": "a"}]}]}}',
     "start should be a whole number"),
    ('{"format": "resolute.unres", "version": 1, "resolution": [] , ', "not valid JSON|truncated"),
    ('\x00\x01garbage', "damaged .unres file"),
])
def test_damaged_files_say_what_is_wrong(tmp_path, content, reason):
    path = tmp_path / "bad.unres"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=reason) as info:
        native.load(path)
    assert str(path) in str(info.value)


def test_a_crash_during_save_keeps_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "doc.unres"
    res = load_document(SAMPLE).resolution
    native.save(res, path)
    before = path.read_bytes()

    def crash(*_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", crash)
    res.title.text = "Changed"
    with pytest.raises(OSError):
        native.save(res, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["doc.unres"]  # no temporary file left behind


def test_saved_file_is_readable_json_with_version(tmp_path):
    path = tmp_path / "doc.unres"
    native.save(load_document(SAMPLE).resolution, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "resolute.unres" and doc["version"] == native.VERSION
    assert doc["resolution"]["masthead"]["symbol"]["text"] == "CTOC/COP/2022/L.4/Rev.1"
    assert Path(path).stat().st_mode & 0o644 == 0o644
