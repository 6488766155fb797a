"""Compare two versions of a resolution: align paragraphs, diff words, report, track changes.

The Qt-free API the editor's compare view uses:

* ``compare(old, new) -> Comparison``: every paragraph of both versions in a ``Pair``
  (``kind``: new, deleted, unchanged, amended, split, merged; ``moved``; ``renumbered``),
  ``Comparison.slots()`` in document order for stepping through, ``pair_of_old/new``;
* ``diff_words(old_text, new_text, part) -> [Edit]``: the word changes with offsets in
  both texts (opening phrases and punctuation as units);
* ``changes(comparison) -> [Change]``: the report in negotiators' terms, with ``to_text``
  and ``to_json`` (json-format.md);
* ``tracked_docx.build_tracked(comparison)``: the new text as .docx with Word revisions.
"""

from .align import Comparison, Pair, Slot, compare
from .report import Change, changes, to_json, to_text
from .words import Edit, diff_words

__all__ = ["compare", "Comparison", "Pair", "Slot", "changes", "Change", "to_json", "to_text", "diff_words", "Edit"]
