"""Importing this module registers every rule (one module per family)."""

from . import (anatomy, dates, footnotes, italics, labels, masthead, numbers, openings, punctuation,  # noqa: F401
               references, repeats, spelling, sponsors, terminology)
from ..spelling import rule as dictionary  # noqa: F401,E402  (RES790: words the dictionary does not know)
