"""Importing this module registers every rule (one module per family)."""

from . import (  # noqa: F401  (imported for their @rule registrations)
    amendments,
    anatomy,
    dates,
    dictionary,
    footnotes,
    italics,
    labels,
    masthead,
    numbers,
    openings,
    punctuation,
    references,
    repeats,
    revisions,
    spelling,
    sponsors,
    terminology,
)
