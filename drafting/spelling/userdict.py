"""The user's own dictionary: one word a line in ``<data>/spelling/user-words.txt``.

Words added with "Add to dictionary" are accepted in every document.  The file is
plain text so that a user can edit or share it; lines starting with ``#`` are comments.
A file that cannot be read is never overwritten: adding a word then fails with a
message, and checking goes on without it.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..files import read_text, write_atomic
from ..settings import data_dir

HEADER = "# Resolute user dictionary: one word a line. Lines starting with # are ignored.\n"


def default_path() -> Path:
    return data_dir() / "spelling" / "user-words.txt"


class UserDictionary:
    def __init__(self, path: Path | None = None):
        self.path = path or default_path()
        self.problem: str | None = None  # why the file could not be read, for the settings pane
        self._words: set[str] = set()
        self._stamp: tuple | None = None
        self.version = 0  # changes whenever the words do
        self.reload()

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self._words)

    def reload(self) -> None:
        """Read the file again if it changed on disk (another window, a text editor)."""
        stamp = _stamp(self.path)
        if stamp == self._stamp:
            return
        self._stamp = stamp
        self.version += 1
        if stamp is None:
            self._words, self.problem = set(), None
            return
        try:
            text = "" if stamp[0] == 0 else read_text(self.path)
        except InputError as exc:
            self._words, self.problem = set(), str(exc)
            return
        self._words, self.problem = parse_words(text), None

    def add(self, word: str) -> None:
        word = clean_word(word)
        self.reload()
        if self.problem:
            raise InputError(self.path, f"the user dictionary cannot be read, so it is left as it is "
                                        f"({self.problem})")
        if word in self._words:
            return
        self._words.add(word)
        self.version += 1
        self._save()

    def remove(self, word: str) -> None:
        self.reload()
        if self.problem or word not in self._words:
            return
        self._words.discard(word)
        self.version += 1
        self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = HEADER + "".join(f"{w}\n" for w in sorted(self._words, key=str.casefold))
        write_atomic(self.path, body.encode("utf-8"))
        self._stamp = _stamp(self.path)


def parse_words(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")}


def clean_word(word: str) -> str:
    """A word as stored: trimmed, one line, no spaces inside."""
    word = word.strip()
    if not word or any(ch.isspace() for ch in word):
        raise ValueError(f"not a single word: {word!r}")
    return word


def _stamp(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns
