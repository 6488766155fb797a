"""Adding folders: only new or changed files are read again; removed and failing files are handled."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from drafting.errors import InputError
from drafting.library import Library
from tests.support.paths import CORPUS, GA_TEXTS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "texts"
    target.mkdir()
    for name, path in GA_TEXTS.items():
        shutil.copyfile(path, target / f"{name}.txt")
    (target / "sub").mkdir()
    shutil.copyfile(CORPUS / "ctoc-cop-11-2022-trafficking-revised-draft.txt", target / "sub" / "ctoc.txt")
    return target


@pytest.fixture
def library(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as lib:
        yield lib


def test_a_folder_is_indexed_with_its_subfolders(library, folder):
    report = library.add([folder])
    assert len(report.added) == 4 and not report.failed
    documents, paragraphs = library.counts()
    assert documents == 4 and paragraphs == report.paragraphs > 100
    hit = library.search("trafficking in persons", limit=1)[0]
    assert hit.symbol and hit.text


def test_adding_again_reads_only_the_changed_file(library, folder):
    library.add([folder])
    again = library.add([folder])
    assert again.read == 0 and again.unchanged == 4

    changed = folder / "A_80_L.8.txt"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("evince our strong political will", "evince our firmly resolved will", 1),
                       encoding="utf-8")
    report = library.add([folder])
    assert report.updated == [str(changed.resolve())] and not report.added and report.unchanged == 3
    assert library.search('"firmly resolved will"')[0].symbol == "A/80/L.8"
    assert library.search('"strong political will to take decisive"') == []


def test_a_file_touched_but_not_changed_is_not_read_again(library, folder):
    library.add([folder])
    target = folder / "A_RES_79_180.txt"
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 5_000_000_000))
    report = library.add([folder])
    assert report.read == 0 and report.unchanged == 4


def test_a_removed_file_leaves_the_library(library, folder):
    library.add([folder])
    assert library.search('"Colombia"') or library.search("trafficking")
    before = library.counts()
    (folder / "sub" / "ctoc.txt").unlink()
    report = library.add([folder])
    assert report.removed == [str((folder / "sub" / "ctoc.txt").resolve())]
    assert library.counts()[0] == before[0] - 1
    assert all("ctoc" not in h.path for h in library.search("trafficking persons", limit=50))


def test_a_failing_file_is_reported_and_the_others_indexed(library, folder):
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not a PDF at all")
    (folder / "empty.docx").write_bytes(b"")
    (folder / "notes.txt").write_text("Shopping list: bread, milk.\n", encoding="utf-8")
    report = library.add([folder])
    reasons = dict(report.failed)
    assert set(reasons) == {str((folder / n).resolve()) for n in ("broken.pdf", "empty.docx", "notes.txt")}
    assert all(reason and "Traceback" not in reason for reason in reasons.values())
    assert "empty" in reasons[str((folder / "empty.docx").resolve())]
    assert len(report.added) == 4
    again = library.add([folder])  # not retried while unchanged, still listed
    assert again.read == 0 and len(again.known_failures) == 3
    assert {path for path, _ in library.failures()} == set(reasons)


def test_removing_a_folder_forgets_its_files(library, folder):
    library.add([folder])
    assert library.remove(folder) == 4
    assert library.counts() == (0, 0) and library.folders() == []
    with pytest.raises(InputError, match="not in the library"):
        library.remove(folder)


def test_a_missing_folder_is_a_clear_error(library, tmp_path):
    with pytest.raises(InputError, match="no such folder"):
        library.add([tmp_path / "nowhere"])
