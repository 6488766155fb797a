"""A library of official PDFs for the library tests: a fixed subset of the corpus, indexed once a session."""

from __future__ import annotations

import shutil
from pathlib import Path

from drafting.library import Library
from drafting.library.store import folders_path
from tests.support.shared import shared_dir

SUBSET_STEP = 8  # every 8th official PDF: 28 files, resolutions and drafts of the GA and drafts of the SC
SOURCE = "A_RES_80_208.pdf"  # in the subset: the resolution drafts are built from


def official_folder() -> Path | None:
    shared = shared_dir()
    folder = shared / "corpus" / "official" if shared else None
    return folder if folder and folder.is_dir() else None


def subset_folder(target: Path) -> Path:
    """A folder of links to every ``SUBSET_STEP``-th official PDF (the files stay where they are)."""
    official = official_folder()
    assert official is not None
    target.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(official.glob("*.pdf"))[SUBSET_STEP - 1::SUBSET_STEP]:
        (target / pdf.name).symlink_to(pdf)
    assert (target / SOURCE).exists()
    return target


def build(db: Path, folder: Path) -> Path:
    with Library.open(db) as library:
        library.add([folder])
    return db


def copy_library(db: Path, target: Path) -> Path:
    """A private copy of a library (with its list of folders), for a test that changes it."""
    shutil.copyfile(db, target)
    shutil.copyfile(folders_path(db), folders_path(target))
    return target
