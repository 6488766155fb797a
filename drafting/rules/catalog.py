"""Importing this module registers every rule (one module per family)."""

from ..spelling import rule as dictionary  # noqa: F401,E402  (RES790: words the dictionary does not know)
from . import (  # noqa: F401
               amendments,
               anatomy,
               dates,
               footnotes,
               italics,
               labels,
               masthead,
               numbers,
               openings,
               punctuation,
               references,
               repeats,
               spelling,
               sponsors,
               terminology,
)
