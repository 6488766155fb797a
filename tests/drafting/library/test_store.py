"""Opening a library: schema versions, damage and its rebuild, read-only media."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from drafting.errors import InputError
from drafting.library import DamagedLibrary, Library, schema, store
from tests.support.library import copy_library
from tests.support.paths import GA_TEXTS


def damage(db: Path) -> None:
    """Overwrite a stretch of pages in the middle of the file, as a bad sector or a torn copy would."""
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 16384] = b"\xa5" * 16384
    db.write_bytes(bytes(data))


def test_a_new_library_has_the_current_schema(tmp_path):
    db = tmp_path / "deep" / "folder" / "library.sqlite3"
    Library.open(db).close()
    conn = sqlite3.connect(db)
    assert schema.version(conn) == schema.VERSION
    conn.close()


def test_the_default_library_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    with Library.open() as library:
        assert library.path == tmp_path / "data" / "library.sqlite3"
    assert (tmp_path / "data" / "library.sqlite3").exists()


def test_a_library_of_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "library.sqlite3"
    Library.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    conn.close()
    with pytest.raises(InputError, match="newer Resolute"):
        Library.open(db)


@pytest.mark.slow
def test_a_damaged_library_is_detected_and_rebuilt_from_its_folders(official_library, tmp_path):
    db = copy_library(official_library, tmp_path / "library.sqlite3")
    with Library.open(db) as library:
        before = library.counts()
        phrase = library.search("Security Council", limit=1)[0]
    damage(db)
    with pytest.raises(DamagedLibrary):
        Library.open(db)
    library, report, kept = Library.rebuild(db)
    with library:
        assert library.counts() == before and len(report.added) == before[0]
        assert library.search("Security Council", limit=1)[0].text == phrase.text
    assert kept.exists() and kept.name.endswith(".damaged")


def test_a_file_that_is_not_a_database_counts_as_damaged(tmp_path):
    db = tmp_path / "library.sqlite3"
    db.write_bytes(b"This is a shopping list, not a database.\n" * 200)
    with pytest.raises(DamagedLibrary, match="damaged"):
        Library.open(db)


def test_a_read_only_library_can_be_searched_but_not_changed(official_library, tmp_path, monkeypatch):
    db = copy_library(official_library, tmp_path / "library.sqlite3")
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        original = db.read_bytes()
        if store.writable(db):  # root ignores file modes: stand in for a read-only medium
            monkeypatch.setattr(store, "writable", lambda _db: False)
        with Library.open(db) as library:
            assert library.read_only
            assert library.search('"Security Council"', limit=3)
            with pytest.raises(InputError, match="read-only"):
                library.add([tmp_path])
            with pytest.raises(InputError, match="read-only"):
                library.remove(tmp_path)
        assert db.read_bytes() == original
        assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3", "library.sqlite3.folders.json"]
    finally:
        tmp_path.chmod(0o755)


def test_a_damaged_library_on_a_read_only_medium_says_it_cannot_be_rebuilt(tmp_path, monkeypatch):
    db = tmp_path / "library.sqlite3"
    db.write_bytes(b"\x00garbage" * 1000)
    monkeypatch.setattr(store, "writable", lambda _db: False)
    with pytest.raises(InputError, match="read-only"):
        Library.rebuild(db)


def test_a_missing_library_on_a_read_only_medium_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="read-only"):
        Library.open(tmp_path / "none.sqlite3", read_only=True)


def test_damage_inside_the_full_text_index_is_met_as_damage_and_rebuilt(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, path in GA_TEXTS.items():
        shutil.copyfile(path, folder / f"{name}.txt")
    db = tmp_path / "library.sqlite3"
    with Library.open(db) as library:
        library.add([folder])
        before = [h.text for h in library.search("trafficking persons", limit=5)]
    conn = sqlite3.connect(db)
    conn.execute("UPDATE paragraph_index_data SET block = randomblob(length(block)) WHERE id > 10")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedLibrary), Library.open(db) as library:  # the integrity check may not see it
        library.search("trafficking persons")
    rebuilt, report, _ = Library.rebuild(db)
    with rebuilt:
        assert len(report.added) == 3
        assert [h.text for h in rebuilt.search("trafficking persons", limit=5)] == before
