"""What a check finds, shared by the rules, spelling, grammar, the CLI and the editor: Diagnostic, Location, Fix.

A location names a place in the model the way ``Resolution.inlines()`` does: a path
such as ("preamble", 4), ("operative", 3, 1) for subparagraph (b) of operative 4, or
("masthead", "date"); plus character offsets in that place's ``text`` (which is the
text ``parse --json`` prints).  A footnote's text is addressed by the path of the
paragraph that holds its anchor and ``footnote``, the index of the anchor there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import PlacePath

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)

# The parts a finding can stand in (public names: they appear in ``check --format json``).
PARTS = ("masthead", "submission", "title", "body", "preamble", "operative", "footnote", "annex", "adoption",
         "instruction")


@dataclass(frozen=True)
class Location:
    path: PlacePath  # ("preamble", 4) / ("operative", 3, 1) / ("masthead", "date") / ("title",) …
    start: int = 0
    end: int = 0
    footnote: int | None = None  # index of the anchor in the place at ``path`` whose note is meant

    @property
    def local(self) -> PlacePath:
        """The path inside its text: a later text of the document (resolution II) has ("section", k) first."""
        return self.path[2:] if self.path[:1] == ("section",) else self.path

    @property
    def part(self) -> str:
        if self.footnote is not None:
            return "footnote"
        return str(self.local[0])

    def to_json(self, footnote_mark: str | None = None) -> dict[str, Any]:
        """The public JSON location: part, 1-based paragraph and subparagraph, footnote mark, offsets; ``text``
        (2, 3 …) for a finding in a later text of a document holding several."""
        path = self.local
        head = path[0]
        paragraph = subparagraph = None
        if head in ("preamble", "operative") and len(path) > 1:
            paragraph = path[1] + 1
            if len(path) > 2:
                subparagraph = ".".join(str(i + 1) for i in path[2:])
        elif head == "annex" and len(path) > 2 and isinstance(path[2], int):
            paragraph = path[2] + 1
            if len(path) > 3:
                subparagraph = ".".join(str(i + 1) for i in path[3:])
        out: dict[str, Any] = {"part": self.part, "paragraph": paragraph, "subparagraph": subparagraph,
                               "footnote": footnote_mark, "start": self.start, "end": self.end}
        if head == "annex":
            out["annex"] = path[1] + 1  # which annex: several are numbered I, II …
        if path is not self.path:
            out["text"] = self.path[1] + 2  # the first text is 1
        return out


@dataclass(frozen=True)
class Fix:
    """Replace ``location``'s range with ``replacement``.

    ``safe`` fixes are applied by ``check --fix`` and "Fix all safe"; unsafe ones only
    one at a time by the user.  ``action`` names a structural fix that is not a text
    replacement (e.g. "renumber", "move-footnote-mark"), which the engine applies.
    """

    replacement: str
    safe: bool = True
    action: str | None = None
    data: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Diagnostic:
    code: str  # stable rule code, e.g. "RES101"
    severity: str  # ERROR / WARNING / INFO
    message: str  # what is wrong and what is right
    location: Location
    fix: Fix | None = None
    name: str = ""  # the rule's short name
    category: str = "style"  # "style", "spelling", "grammar" …
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


REVISION = "revision"  # the category of the updates suggested for a draft made from a previous text


def shown(findings: list[Diagnostic], hints: bool = False) -> list[Diagnostic]:
    """The findings the editor shows: errors, warnings and the suggested updates of a draft made from a
    previous text, and the other info findings (hints) only when asked for (``Settings.show_hints``)."""
    return findings if hints else [d for d in findings if d.severity != INFO or d.category == REVISION]
