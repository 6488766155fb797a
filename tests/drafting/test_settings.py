"""Settings: defaults, round trip, recent files, and damaged files that fall back with a warning."""

from __future__ import annotations

import json

import pytest

from drafting import settings as st


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config"


def test_missing_file_gives_defaults_without_warning():
    settings, warning = st.load()
    assert settings == st.Settings()
    assert warning is None


def test_saved_settings_load_back(config_dir):
    settings = st.Settings(style_pack="ga", author="A. Delegate", autosave_seconds=45, languagetool="http://localhost:8081")
    st.add_recent(settings, config_dir / "draft.unres")
    st.save(settings)
    assert st.settings_path() == config_dir / "settings.json"
    loaded, warning = st.load()
    assert warning is None
    assert loaded == settings


def test_recent_files_are_unique_newest_first_and_bounded(tmp_path):
    settings = st.Settings()
    for i in range(st.MAX_RECENT + 3):
        st.add_recent(settings, tmp_path / f"{i}.unres")
    st.add_recent(settings, tmp_path / "5.unres")
    assert settings.recent_files[0].endswith("5.unres")
    assert len(settings.recent_files) == st.MAX_RECENT
    assert len(set(settings.recent_files)) == st.MAX_RECENT


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]", b'{"author": "A", '])
def test_damaged_file_falls_back_to_defaults_with_a_warning(config_dir, content):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_bytes(content)
    settings, warning = st.load()
    assert settings == st.Settings()
    assert "settings.json" in warning and "damaged" in warning


def test_one_bad_value_keeps_the_others(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text(json.dumps(
        {"author": "B. Editor", "autosave_seconds": "often", "recent_files": [1, 2], "zoom": 150}))
    settings, warning = st.load()
    assert settings.author == "B. Editor" and settings.zoom == 150
    assert settings.autosave_seconds == st.Settings().autosave_seconds and settings.recent_files == []
    assert "autosave_seconds" in warning and "recent_files" in warning


def test_autosave_interval_is_clamped(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text(json.dumps({"autosave_seconds": 0}))
    assert st.load()[0].autosave_seconds == st.AUTOSAVE_RANGE[0]


def test_keys_of_a_newer_version_survive_a_save(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text(json.dumps({"author": "C", "future_option": {"x": 1}}))
    settings, _ = st.load()
    settings.author = "D"
    st.save(settings)
    data = json.loads((config_dir / "settings.json").read_text())
    assert data["future_option"] == {"x": 1} and data["author"] == "D"


def test_folders_follow_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    assert st.data_dir() == tmp_path / "data"
    assert st.config_dir() == tmp_path / "config"


def test_rule_switches_load_back_and_bad_ones_fall_back(config_dir):
    from drafting import settings as store
    config_dir.mkdir(parents=True)
    path = config_dir / "settings.json"
    path.write_text('{"disabled_rules": ["RES208"], "rule_severities": {"RES311": "info"}}', encoding="utf-8")
    loaded, warning = store.load(path)
    assert (loaded.disabled_rules, loaded.rule_severities, warning) == (["RES208"], {"RES311": "info"}, None)
    path.write_text('{"disabled_rules": "RES208", "rule_severities": {"RES311": "loud"}, "author": "X"}',
                    encoding="utf-8")
    loaded, warning = store.load(path)
    assert (loaded.disabled_rules, loaded.rule_severities, loaded.author) == ([], {}, "X")
    assert "disabled_rules" in warning and "rule_severities" in warning
