"""Older .unres formats brought up to the current one, one explicit step per version.

A step takes the whole file as loaded from JSON (format marker, version, resolution) at
version ``n`` and returns it at version ``n + 1``.  ``native.loads`` runs the steps in
order, so a file of any older version reads as if it had been saved by this version.
Changing the format means: raise ``native.VERSION``, add the step here, add a golden
file for the new version under ``tests/drafting/data/unres/`` and a test for the step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Document = dict[str, Any]
Step = Callable[[Document], Document]

#: STEPS[n] migrates a document from format version n to n + 1.
STEPS: dict[int, Step] = {}


def migrate(doc: Document, current: int) -> Document:
    """``doc`` brought from its own version to ``current``; a missing step is a programming error."""
    version = doc["version"]
    while version < current:
        doc = STEPS[version](doc)
        version += 1
        doc["version"] = version
    return doc
