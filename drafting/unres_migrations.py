"""Older .unres formats brought up to the current one, one explicit step per version.

A step takes the "resolution" object of a file at format ``n`` and returns it at format
``n + 1``.  ``native.loads`` runs the steps in order, so a file of any older version reads
as if this version had saved it.  Changing the format means: raise ``native.VERSION``, add
the step here, and add a golden file and a test for the step under ``tests/drafting/``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .model import DECISION, DRAFT_DECISION, DRAFT_RESOLUTION, RESOLUTION, REVISED_DRAFT

Step = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(res: dict[str, Any]) -> dict[str, Any]:
    """Format 2 adds the document kind; a format 1 file was a draft or an adopted resolution.

    Its kind is read from what it holds: adoption lines make it adopted (a "Decision
    adopted by …" statement a decision), else the submission line's kind ("revised draft
    resolution", "draft decision").  Sections, instructions and headings are new and absent.
    """
    res = dict(res)
    adoption = res.get("adoption")
    submission = res.get("submission")
    kind = DRAFT_RESOLUTION
    if isinstance(adoption, dict):
        statement = adoption.get("statement", "")
        kind = DECISION if isinstance(statement, str) and statement.startswith("Decision") else RESOLUTION
    elif isinstance(submission, dict) and isinstance(submission.get("kind"), str):
        said = submission["kind"].lower()
        kind = DRAFT_DECISION if "decision" in said else REVISED_DRAFT if "revised" in said else DRAFT_RESOLUTION
    if kind != DRAFT_RESOLUTION:
        res["kind"] = kind
    meta = res.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("base"), dict):
        res["meta"] = {**meta, "base": _v1_to_v2(meta["base"])}  # the embedded text a revision starts from
    return res


def _fields_added(res: dict[str, Any]) -> dict[str, Any]:
    """A step to a format that only added fields: an older file holds none of them and reads as it is.

    Format 3 added tables (a paragraph of style "table" holding ``table``): a table an importer met
    before is in ``unplaced`` as text and stays there (its rows and columns were not kept).
    Format 4 added the masthead's job number ("25-17789").
    """
    return res


#: STEPS[n] migrates the "resolution" object from format n to n + 1.
STEPS: dict[int, Step] = {1: _v1_to_v2, 2: _fields_added, 3: _fields_added}


def migrate(res: Any, version: int, current: int) -> Any:
    """The "resolution" object of a format ``version`` file brought to format ``current``."""
    while version < current and isinstance(res, dict):
        res = STEPS[version](res)
        version += 1
    return res
