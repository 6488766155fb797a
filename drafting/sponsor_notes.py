"""Footnote marks on the sponsor line follow their sponsor when the list changes.

The submission line is built from the sponsors ("Iraq, Chad and Mali: draft resolution") and its
footnote marks stand at offsets in that line.  When a sponsor is added, removed or moved, a mark
after a sponsor's name stays after that name, a mark on the sponsors as a whole (after the last of
them or the colon: "on behalf of the Group of 77") stays after the last sponsor, a mark in the
kind of text ("draft resolution") moves with it, and one at the end of the line stays at its end.
A mark on a sponsor who is removed goes with the sponsor (the caller says so; undo brings both
back); one renamed in place keeps it.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Anchor, Submission, join_names, name_separator, submission_line


def name_spans(sponsors: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each sponsor's name in the joined list ("A, B and C")."""
    spans, at = [], 0
    for k, name in enumerate(sponsors):
        at += len(name_separator(k, len(sponsors)))
        spans.append((at, at + len(name)))
        at += len(name)
    return spans


def reanchor(submission: Submission, sponsors: list[str], kind: str | None = None) -> tuple[list[Anchor],
                                                                                           list[Anchor]]:
    """The anchors of ``submission`` placed in the line of ``sponsors`` (and ``kind``): (kept, dropped)."""
    kind = submission.kind if kind is None else kind
    old_spans, new_spans = name_spans(submission.sponsors), name_spans(sponsors)
    new_start = {name: span[0] for name, span in zip(sponsors, new_spans, strict=True)}
    old_kind_at = len(submission.line) - len(submission.kind)
    new_line = submission_line(sponsors, kind)
    new_kind_at = len(new_line) - len(kind)
    kept, dropped = [], []
    for anchor in submission.anchors:
        offset = anchor.offset
        if submission.on_sponsors(offset):
            at = len(join_names(sponsors)) if sponsors else len(new_line)
        elif offset >= len(submission.line):  # at the end of the line: at the end of the new one
            at = len(new_line)
        elif offset >= old_kind_at:  # in the kind of text (all of the line when there are no sponsors)
            at = new_kind_at + (offset - old_kind_at)
        else:
            owner = next((k for k, (start, end) in enumerate(old_spans) if start < offset <= end), None)
            if owner is None:  # before the first name, or between names: keep its distance from the start
                at = offset
            elif submission.sponsors[owner] in new_start:
                at = new_start[submission.sponsors[owner]] + offset - old_spans[owner][0]
            elif len(sponsors) == len(submission.sponsors):  # renamed in place ("Netherlands" in UN short form)
                at = new_spans[owner][1] if offset == old_spans[owner][1] else new_spans[owner][0] + offset - \
                    old_spans[owner][0]
            else:
                dropped.append(anchor)
                continue
        kept.append(replace(anchor, offset=max(0, min(at, len(new_line)))))
    return sorted(kept, key=lambda a: a.offset), dropped
