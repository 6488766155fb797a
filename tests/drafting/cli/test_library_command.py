"""``resolute library``: add with progress, search and similar in their JSON shapes, list, remove, damage."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from drafting.exporters.text import save
from drafting.importers import load_document
from drafting.model import Paragraph
from tests.support.cli import resolute
from tests.support.library import copy_library
from tests.support.paths import GA_TEXTS

pytestmark = pytest.mark.slow  # subprocesses and whole-corpus runs

RESULT_KEYS = {"symbol", "title", "date", "body", "part", "paragraph", "label", "text", "score"}
BEST_KEYS = {"symbol", "part", "paragraph", "similarity", "text"}


@pytest.fixture
def db(official_library: Path, tmp_path: Path) -> Path:
    return copy_library(official_library, tmp_path / "library.sqlite3")


def test_add_shows_progress_and_reports_what_it_skipped(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, path in GA_TEXTS.items():
        shutil.copyfile(path, folder / f"{name}.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    out = resolute("library", "add", folder, "--library", tmp_path / "lib.sqlite3")
    assert out.returncode == 0, out.stderr
    assert "4/4 files" in out.stderr and "paragraphs" in out.stderr
    assert f"skipped {(folder / 'broken.pdf').resolve()}: " in out.stderr
    assert out.stdout.startswith("3 added, 0 updated, 0 unchanged, 0 removed, 1 failed;")
    again = resolute("library", "--library", tmp_path / "lib.sqlite3", "add", folder)
    assert again.stdout.startswith("0 added, 0 updated, 4 unchanged")

    listing = resolute("library", "list", "--library", tmp_path / "lib.sqlite3")
    assert str(folder.resolve()) in listing.stdout and "4 files" in listing.stdout and "broken.pdf" in listing.stdout
    removed = resolute("library", "remove", folder, "--library", tmp_path / "lib.sqlite3")
    assert removed.returncode == 0 and "4 files" in removed.stdout
    assert "no folders yet" in resolute("library", "list", "--library", tmp_path / "lib.sqlite3").stdout


def test_search_json_has_the_public_shape(db):
    out = resolute("library", "search", '"remain actively seized of the matter"', "--json", "--limit", "3",
                   "--library", db)
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)["results"]
    assert 1 <= len(results) <= 3
    assert all(set(r) == RESULT_KEYS for r in results)
    first = results[0]
    assert "remain actively seized of the matter" in first["text"].lower() and first["score"] > 0
    assert first["part"] == "operative" and first["label"] == f"OP{first['paragraph']}"
    filtered = json.loads(resolute("library", "search", "development", "--json", "--body", "Security Council",
                                   "--library", db).stdout)["results"]
    assert all(r["body"] == "Security Council" for r in filtered)
    since = json.loads(resolute("library", "search", "development", "--json", "--since", "2025", "--limit", "30",
                                "--library", db).stdout)["results"]
    assert since and all(r["date"] >= "2025" for r in since)


def test_similar_json_maps_a_draft_to_its_sources(db, official_subset, tmp_path):
    source = load_document(official_subset / "A_RES_80_208.pdf").resolution
    draft = copy.deepcopy(source)
    draft.masthead.symbol.text = "A/C.3/81/L.99"
    draft.operative[1].text = draft.operative[1].text.replace("the", "all the", 2)
    draft.operative.append(Paragraph("Requests the Secretary-General to report on lighthouse folklore and the "
                                     "seasonal migration of alpine beekeepers;"))
    path = tmp_path / "draft.txt"
    save(draft, path)
    out = resolute("library", "similar", path, "--json", "--library", db)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)["paragraphs"]
    assert all(set(r) == {"part", "paragraph", "best"} for r in rows)
    by_place = {(r["part"], r["paragraph"]): r["best"] for r in rows}
    assert set(by_place[("preamble", "1")]) == BEST_KEYS
    assert by_place[("preamble", "1")]["similarity"] == 1.0
    assert by_place[("operative", "1")]["symbol"] == "A/RES/80/208"
    amended = by_place[("operative", "2")]
    assert amended["symbol"] == "A/RES/80/208" and amended["paragraph"] == "2" and 0.7 <= amended["similarity"] < 1
    assert by_place[("operative", str(len(draft.operative)))] is None

    text = resolute("library", "similar", path, "--library", db)
    assert text.stdout.strip().endswith("amended, 1 new") and "agreed" in text.stdout


def test_a_damaged_library_is_rebuilt_only_when_the_user_agrees(db):
    data = bytearray(db.read_bytes())
    data[len(data) // 2:len(data) // 2 + 16384] = b"\x5a" * 16384
    db.write_bytes(bytes(data))
    refused = resolute("library", "search", "Council", "--library", db)
    assert refused.returncode == 2 and "damaged" in refused.stderr and "--yes" in refused.stderr
    assert "Traceback" not in refused.stderr
    rebuilt = resolute("library", "search", "Council", "--limit", "1", "--library", db, "--yes")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "rebuilt" in rebuilt.stderr and "score" in rebuilt.stdout


@pytest.mark.parametrize("args", [("search", "x", "--limit", "0"), ("search", "x", "--since", "last"),
                                  ("add", "/nonexistent/folder"), ("similar", "/nonexistent.pdf"),
                                  ("remove", "/never/added")])
def test_bad_input_is_one_line_and_exit_2(args, tmp_path):
    out = resolute("library", *args, "--library", tmp_path / "lib.sqlite3")
    assert out.returncode == 2 and "Traceback" not in out.stderr and out.stderr.strip()


@pytest.mark.parametrize(("answer", "rebuilds"), [("y\n", True), ("yes\n", True), ("\n", False), ("n\n", False)])
def test_on_a_terminal_the_rebuild_is_asked(monkeypatch, answer, rebuilds, tmp_path):
    import io

    from drafting.cli import library as command
    from drafting.library import DamagedLibrary

    stdin = io.StringIO(answer)
    stdin.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", stdin)
    assert command._confirm_rebuild(DamagedLibrary(tmp_path / "lib.sqlite3", "malformed"), yes=False) is rebuilds
