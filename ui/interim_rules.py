"""Until the rules engine lands: the structural findings the model already knows, in its shape.

Text an importer could not place, and typed paragraph labels that differ from the derived
numbering.  Same names and signatures as ``drafting.rules``; to be deleted with its arrival.
"""

from __future__ import annotations

from drafting.model import Resolution, walk
from drafting.numbering import label_for
from drafting.rules.base import ERROR, WARNING, Diagnostic, Location


class StaleFix(ValueError):
    pass


class Checker:
    def __init__(self, resolution: Resolution, pack=None):
        self.res = resolution

    def full(self) -> list[Diagnostic]:
        out = [Diagnostic("IMPORT", WARNING, f"Text not placed by the import (line {u.line}): {u.text[:80]}",
                          Location(("unplaced", i)), name="unplaced-text", category="structure")
               for i, u in enumerate(self.res.unplaced)]
        total = len(self.res.operative)
        for path, p in walk(self.res.operative, ("operative",)):
            typed = p.source.label if p.source else None
            derived = label_for(path[1:], total)
            if typed and typed != derived:
                out.append(Diagnostic("NUMBER", ERROR, f"Typed as “{typed}”; in sequence it is “{derived}”.",
                                      Location(path), name="numbering", category="style"))
        return out

    def update(self, changed_paths) -> list[Diagnostic]:
        return self.full()


def apply_fix(res: Resolution, diagnostic: Diagnostic) -> list[tuple]:
    raise StaleFix("no fixes before the rules engine")


def apply_safe_fixes(res: Resolution, pack=None, **settings) -> int:
    return 0


def suppress(res: Resolution, diagnostic: Diagnostic, reason: str) -> None:
    from drafting.model import Suppression

    res.meta.suppressions.append(Suppression(diagnostic.code, diagnostic.location.path[0], diagnostic.message, reason))


def pack_names() -> list[str]:
    return []


def load_pack(name: str):
    raise KeyError(name)
