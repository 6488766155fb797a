"""What a round trip must keep: a resolution without its provenance."""

from __future__ import annotations

import dataclasses

from drafting.model import Masthead, Meta, Paragraph, Resolution, Submission


def content(res: Resolution) -> Resolution:
    """The resolution without provenance (Paragraph.source, Submission.source_line, Masthead.source) and meta."""
    def strip(value):
        if isinstance(value, list):
            return [strip(v) for v in value]
        if not dataclasses.is_dataclass(value):
            return value
        changes = {f.name: strip(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, Paragraph):
            changes["source"] = None
        if isinstance(value, Submission):
            changes["source_line"] = None
        if isinstance(value, Masthead):
            changes["source"] = {}
        if isinstance(value, Resolution):
            changes["meta"] = Meta()
        return dataclasses.replace(value, **changes)
    return strip(res)


def without_source_labels(value):
    """``parse --json`` output without ``source_label`` (what the source typed): the derived structure only."""
    if isinstance(value, dict):
        return {k: without_source_labels(v) for k, v in value.items() if k != "source_label"}
    if isinstance(value, list):
        return [without_source_labels(v) for v in value]
    return value
