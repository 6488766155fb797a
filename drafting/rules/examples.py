"""Running a rule's examples: the text around a snippet, the place it lands in, the fix applied.

The test suite checks every rule against its examples (tests/drafting/rules/test_examples.py) and
docs/rules.md prints them, both through this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..importers.text import import_text
from ..model import Resolution
from ..revisions import new_draft_from
from .base import Diagnostic
from .context import resolve_inline
from .engine import Checker
from .fixes import apply_fix
from .registry import Example, Rule

BODY = "The General Assembly,"
_FRAMES = {
    "preamble": "{body}\n\n{text}\n\n1. Decides to continue its consideration of the question;\n\n"
                "2. Requests the Secretary-General to report thereon.",
    "operative": "{body}\n\nRecalling its resolution 76/7 of 22 November 2021,\n\n1. {text}\n\n"
                 "2. Requests the Secretary-General to report thereon.",
    "subparagraph": "{body}\n\nRecalling its resolution 76/7 of 22 November 2021,\n\n1. Calls upon all States:\n\n"
                    "(a) {text}\n\n(b) To report on their efforts;\n\n"
                    "2. Requests the Secretary-General to report thereon.",
    "footnote": "{body}\n\nRecalling the Convention on the Rights of the Child,[^1]\n\n"
                "1. Decides to continue its consideration of the question;\n\n"
                "2. Requests the Secretary-General to report thereon.\n\n__________________\n\n1. {text}",
    "title": "France and Germany: draft resolution\n\n{text}\n\n{body}\n\nRecalling its resolution 76/7,\n\n"
             "1. Decides to continue its consideration of the question.",
    "submission": "{text}\n\nCrime prevention and criminal justice\n\n{body}\n\nRecalling its resolution 76/7,\n\n"
                  "1. Decides to continue its consideration of the question.",
    "body": "France and Germany: draft resolution\n\nCrime prevention and criminal justice\n\n{text}\n\n"
            "Recalling its resolution 76/7,\n\n1. Decides to continue its consideration of the question.",
}
# Where the snippet lands in the model: the place whose text ``Example.fixed`` describes.
_TARGET = {"draft-from": ("operative", 0), "instruction": ("instruction", 0), "amendment": ("submission",),
           "preamble": ("preamble", 0),
           "operative": ("operative", 0), "subparagraph": ("operative", 0, 0), "footnote": ("preamble", 0),
           "title": ("title",), "body": ("body",), "submission": ("submission",)}
MAX_FIXES = 8
# Examples set in an amendment: an instruction (its quoted paragraphs after blank lines), or the sponsor line.
AMENDMENT_WHERE = ("instruction", "amendment")
# An example whose text is a previous text (registry.from_base): the rule checks the new draft made from it.
DRAFT_FROM = "draft-from"
DRAFT_DAY = date(2025, 11, 3)


def document(example: Example) -> str:
    """The text of the whole resolution the example stands in."""
    if example.where in ("document", DRAFT_FROM):
        return example.text
    if example.where.startswith("set:"):
        from .masthead import header

        return header()
    if example.where in AMENDMENT_WHERE:
        from ..exporters.text import to_text

        return to_text(build(example))
    return _FRAMES[example.where].format(text=example.text, body=BODY)


def build(example: Example) -> Resolution:
    """The model of the example; a typed field (where="set:masthead.symbol") is set as the editor would."""
    if example.where in AMENDMENT_WHERE:
        from ..amend.document import example_amendment

        return example_amendment(example.text, example.where)
    res = import_text(document(example)).resolution
    if example.where == DRAFT_FROM:
        return new_draft_from(res, DRAFT_DAY)
    if example.where.startswith("set:"):
        _field(res, example.where[4:]).text = example.text
    return res


def _field(res: Resolution, name: str):
    """“masthead.symbol”, “body” or “title”: the Inline an editor's form sets."""
    if name.startswith("masthead."):
        return getattr(res.masthead, name.split(".", 1)[1])
    return {"body": res.authoring_body, "title": res.title}[name]


def findings(rule: Rule, res: Resolution, pack: str | None = None) -> list[Diagnostic]:
    """The rule's findings on ``res`` (with the pack that switches it on, when it is off by default)."""
    return [d for d in Checker(res, pack or pack_of(rule), only={rule.code}).full() if d.code == rule.code]


def pack_of(rule: Rule) -> str | None:
    """A pack in which the rule is on: the default one, or the first that switches it on."""
    from .packs import load_pack, pack_names

    if rule.default_on and load_pack("ga").severity(rule.code):
        return "ga"
    return next((name for name in pack_names() if rule.code in load_pack(name).rules), None)


def target_text(res: Resolution, example: Example) -> str | None:
    if example.where == "document":
        return None
    if example.where in ("submission", "amendment"):
        return res.submission.source_line or res.submission.line
    if example.where.startswith("set:"):
        return _field(res, example.where[4:]).text
    inline = resolve_inline(res, _TARGET[example.where])
    if inline is None:
        return None
    if example.where == "footnote":
        return inline.anchors[0].note.text
    return inline.text


@dataclass
class Outcome:
    fired: bool
    fixed_text: str | None = None  # the target's text after applying the rule's fixes
    remaining: int = 0  # findings left after the fixes


def run(rule: Rule, example: Example) -> Outcome:
    """Check the example; for a finding with a fix, apply the rule's fixes until none is left."""
    res = build(example)
    found = findings(rule, res)
    if not found:
        return Outcome(False)
    for _ in range(MAX_FIXES):
        fixable = [d for d in found if d.fix is not None]
        if not fixable:
            break
        apply_fix(res, fixable[0])
        found = findings(rule, res)
    return Outcome(True, target_text(res, example), len(found))
