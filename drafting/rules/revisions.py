"""The suggested updates of a draft made from a previous text (``Meta.base``, see drafting/revisions.py).

They compare the draft with its base, so they are document rules: the base is decoded once
and kept while ``meta.base`` holds the same text, the three rules share one comparison per
run, and the engine runs them again only when what they read changes (the paragraphs'
``revision`` facts: the figures they cite, "Recalling … resolution", session ordinals; the
masthead lines).
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import REVISION
from ..model import Resolution
from ..revisions import CARRIED, RECALL, SESSION, base_of, revision_suggestions
from .context import Ctx, Doc, Hit, Place
from .registry import INFO, UNSAFE, from_base, rule

BASE = ("A/RES/79/180\n\nGeneral Assembly\n\nDistr.: General\n\n20 December 2024\n\nSeventy-ninth session\n\n"
        "Agenda item 71 (b)\n\nResolution adopted by the General Assembly on 17 December 2024\n\n"
        "[on the report of the Third Committee (A/79/459/Add.2)]\n\n79/180. Trafficking in women and girls\n\n"
        "The General Assembly,\n\nRecalling the Universal Declaration of Human Rights,\n\n"
        "1. Decides to continue its consideration of the question at its eightieth session.")
# A base without the resolution number, the session ordinal and the agenda item: nothing to update.
QUIET_BASE = ("A/C.3/79/L.20\n\nGeneral Assembly\n\nDistr.: Limited\n\n1 November 2024\n\n"
              "Third Committee\n\nTrafficking in women and girls\n\nThe General Assembly,\n\n"
              "Recalling the Universal Declaration of Human Rights,\n\n"
              "1. Decides to continue its consideration of the question.")
FACETS = ("revision", "header")


_kept: dict[str, Any] = {}  # the encoded base last decoded ("encoded") and its Resolution ("base")


def _base(res: Resolution) -> Resolution | None:
    """The base of ``res``, decoded once for as long as ``meta.base`` holds the same encoded text."""
    data = res.meta.base
    if not isinstance(data, dict) or "resolution" not in data:
        return None
    encoded = data["resolution"]
    if _kept.get("encoded") is not encoded:
        _kept.update(encoded=encoded, base=base_of(res))
    base: Resolution | None = _kept["base"]
    return base


def _suggestions(doc_: Doc) -> dict[str, list[tuple[Place, Hit]]]:
    """The three rules' findings, worked out once per run."""
    found: dict[str, list[tuple[Place, Hit]]] | None = doc_.memo.get("revisions")
    if found is None:
        found = doc_.memo["revisions"] = {RECALL: [], SESSION: [], CARRIED: []}
        base = _base(doc_.res)
        if base is not None:
            places = {p.path: p for p in doc_.places if p.kind != "footnote"}
            for d in revision_suggestions(doc_.res, base):
                # a recall for an empty preamble is shown on the body line, which it would follow
                place = places.get(d.location.path) or places[("body",)]
                fix = d.fix
                found[d.code].append((place, Hit(d.location.start, d.location.end, d.message,
                                                 fix.replacement if fix else None, fix.safe if fix else None,
                                                 fix.action if fix else None, tuple(fix.data) if fix else ())))
    return found


@rule(RECALL, "recall-base-resolution", parts=("preamble",), severity=INFO, fix=UNSAFE, scope="document",
      category=REVISION, facets=FACETS,
      message="Recall the base text in the preamble.",
      rationale="A draft that takes up an adopted resolution recalls it, usually first among the resolutions it "
                "recalls (“Recalling its resolution 79/180 of 17 December 2024,”).",
      source="PRE-01; EX, A/RES/79/180 and its follow-up drafts",
      wrong=[from_base(BASE)], right=[from_base(QUIET_BASE)])
def recall_base_resolution(doc_: Doc, ctx: Ctx) -> list[tuple[Place, Hit]]:
    return _suggestions(doc_)[RECALL]


@rule(SESSION, "update-session-reference", parts=("operative", "subparagraph"), severity=INFO, fix=UNSAFE,
      scope="document", category=REVISION, facets=FACETS,
      message="A session reference kept from the base text: move it on by the sessions between them.",
      rationale="“At its eightieth session” in last session's text means the session after next in this one; "
                "references the user has changed, and earlier sessions, are left alone.",
      source="OP-05; EX, A/RES/79/180 and its follow-up drafts",
      wrong=[from_base(BASE, "Decides to continue its consideration of the question at its eighty-first session.")],
      right=[from_base(QUIET_BASE)])
def update_session_reference(doc_: Doc, ctx: Ctx) -> list[tuple[Place, Hit]]:
    return _suggestions(doc_)[SESSION]


@rule(CARRIED, "masthead-from-base", parts=("masthead",), severity=INFO, scope="document", category=REVISION,
      facets=FACETS,
      message="A masthead line kept from the base text: check it against the new session.",
      rationale="The agenda item and the place and dates of a meeting change from session to session.",
      source="ANAT-01; EX, A/RES/79/180 and its follow-up drafts",
      wrong=[from_base(BASE)], right=[from_base(QUIET_BASE)])
def masthead_from_base(doc_: Doc, ctx: Ctx) -> list[tuple[Place, Hit]]:
    return _suggestions(doc_)[CARRIED]
