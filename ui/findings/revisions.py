"""RES901–903 among the findings of a draft made from a previous text (drafting.revisions).

The suggestions compare the draft with its base, which takes a moment on a long text, so
they are worked out in the background on a copy (ui/background.py).  Their fixes are
applied one at a time by ``checking.fix``, which routes them to ``apply_suggestion``.
"""

from __future__ import annotations

import copy

from ui.findings.background import BackgroundFindings, unsuppressed

DELAY_MS = 600


class RevisionFindings(BackgroundFindings):
    def __init__(self, document, parent=None):
        super().__init__(document, DELAY_MS, parent)

    def active(self) -> bool:
        return isinstance(self.document.res.meta.base, dict)

    def snapshot(self, res):
        return copy.deepcopy(res)

    def work(self, res):
        from drafting.revisions import revision_suggestions

        return revision_suggestions(res)

    def current(self, result):
        return unsuppressed(self.document.res, result)

    def explain(self, error: BaseException) -> str:
        return f"The suggested updates could not be worked out: {type(error).__name__}: {error}"
