"""Finding and loading the en_GB Hunspell dictionary, read by spylls (pure Python).

Resolute ships the dictionary in ``resources/spelling/dictionary/`` (LGPL, see COPYING
there), so spelling works the same on Linux, Windows, macOS and in the PyInstaller bundle.
A dictionary dropped into the user data folder (``<data>/dictionaries/en_GB.aff|.dic``)
takes precedence, so a user can update it; the system's Hunspell folders are the last
resort, for a packaging that leaves the shipped copy out.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..paths import resource
from ..settings import data_dir

if TYPE_CHECKING:
    from spylls.hunspell import Dictionary

LANGUAGE = "en_GB"


@dataclass(frozen=True)
class DictionaryFiles:
    stem: Path  # the path without .aff/.dic
    origin: str  # "user", "shipped" or "system"

    @property
    def aff(self) -> Path:
        return self.stem.with_suffix(".aff")

    @property
    def dic(self) -> Path:
        return self.stem.with_suffix(".dic")


def system_folders() -> list[Path]:
    """Where Hunspell dictionaries usually live on this platform."""
    home = Path.home()
    if sys.platform == "darwin":
        return [home / "Library" / "Spelling", Path("/Library/Spelling"),
                Path("/opt/homebrew/share/hunspell"), Path("/usr/local/share/hunspell")]
    if os.name == "nt":
        programs = [Path(p) for p in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")) if p]
        return [p / "LibreOffice" / "share" / "extensions" / "dict-en" for p in programs]
    return [Path("/usr/share/hunspell"), Path("/usr/share/myspell"), Path("/usr/share/myspell/dicts"),
            Path("/usr/local/share/hunspell")]


def candidates(language: str = LANGUAGE) -> list[DictionaryFiles]:
    out = [DictionaryFiles(data_dir() / "dictionaries" / language, "user"),
           DictionaryFiles(resource("spelling", "dictionary", language), "shipped")]
    out += [DictionaryFiles(folder / language, "system") for folder in system_folders()]
    return out


def open_dictionary(language: str = LANGUAGE) -> tuple[DictionaryFiles, Dictionary, list[str]]:
    """The first dictionary in the search order that loads, the spylls Dictionary, and why the
    ones before it were passed over; an InputError naming the places tried if none loads."""
    tried, problems = candidates(language), list[str]()
    for files in tried:
        if not (files.aff.is_file() and files.dic.is_file()):
            continue
        try:
            return files, load_dictionary(files), problems
        except InputError as exc:
            problems.append(str(exc))
    places = ", ".join(str(f.stem.parent) for f in tried)
    reasons = f" ({'; '.join(problems)})" if problems else ""
    raise InputError(None, f"no usable {language} Hunspell dictionary found (looked in {places}){reasons}; "
                           f"reinstall Resolute or install hunspell-en-gb")


_loading = threading.Lock()  # one load at a time: a second caller waits for the first's result


def load_dictionary(files: DictionaryFiles) -> Dictionary:
    """A spylls Dictionary (loaded once per process), or an InputError if the files cannot be read."""
    with _loading:
        return _load(files)


@lru_cache(maxsize=4)
def _load(files: DictionaryFiles):
    from spylls.hunspell import Dictionary

    try:
        dictionary = Dictionary.from_files(str(files.stem))
        sane = all(dictionary.lookup(w) for w in _COMMON_WORDS)
    except (OSError, UnicodeDecodeError, ValueError, IndexError, KeyError) as exc:
        raise InputError(files.dic, f"this Hunspell dictionary cannot be read ({exc})") from None
    if not sane:  # spylls reads almost anything; a damaged file would flag every word
        raise InputError(files.dic, "this is not a usable English Hunspell dictionary "
                                    f"(it does not know “{'”, “'.join(_COMMON_WORDS)}”)")
    return dictionary


_COMMON_WORDS = ("the", "and", "resolution", "United", "Nations")
