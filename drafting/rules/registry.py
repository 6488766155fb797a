"""The rule registry: every rule's code, name, parts, severity, rationale, examples and fix.

A rule is a small function registered with ``@rule(...)``.  Four scopes exist:

* ``place`` rules look at one place (a paragraph, a footnote's text, a masthead line) and
  may read its position (last operative paragraph? has subparagraphs?) but nothing else;
* ``document`` rules look across places, through the per-place facts named in ``facets``
  (openings, labels, acronyms …), so that an edit that leaves those facts alone need not
  run them again;
* ``text`` rules are document rules run once for each text of a document that holds several
  (resolutions I and II, parts A and B): numbering, repeats and acronyms start again in each.

The examples are run by the test suite (tests/drafting/rules/test_examples.py) and printed in
docs/rules.md.  Codes, names and parts are public: never rename one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .base import ERROR, INFO, SEVERITIES, WARNING

SAFE, UNSAFE = "safe", "unsafe"
# The parts a rule can look at, as the issue and docs/rules.md name them.
RULE_PARTS = ("masthead", "submission", "title", "body", "preamble", "operative", "subparagraph", "footnote",
              "annex", "adoption", "instruction")
# Place kinds (see context.Place.kind) each rule part covers.
KINDS_OF_PART = {
    "masthead": ("masthead",), "submission": ("submission",), "title": ("title",), "body": ("body",),
    "preamble": ("preamble",), "operative": ("operative",), "subparagraph": ("subparagraph",),
    "footnote": ("footnote",), "annex": ("annex", "annex-title"), "adoption": ("adoption",),
    "instruction": ("instruction",),
}
PROSE = ("title", "preamble", "operative", "subparagraph", "annex", "footnote")
PARAGRAPHS = ("preamble", "operative", "subparagraph", "annex")


@dataclass(frozen=True)
class Example:
    """A text a rule must flag (wrong) or leave alone (right).

    ``where`` says how the runner builds a document around ``text``: "preamble",
    "operative" (paragraph 1 of two), "subparagraph" (of operative paragraph 1),
    "footnote" (the note of the first preambular paragraph), "title", "submission",
    "body", "document" (``text`` is a whole resolution as pasted text), or
    "set:masthead.symbol" / "set:body" (a field typed in the editor's forms).
    """

    text: str
    where: str = "document"
    fixed: str | None = None  # for a wrong example: the place's text after the fix


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    parts: tuple[str, ...]
    severity: str  # default severity; "off" rules are switched on by a pack
    message: str  # what is wrong and what is right (the default message of a finding)
    rationale: str
    source: str  # the spec rule and the Editorial Manual section or text it rests on
    func: Callable
    scope: str = "place"  # "place", "document" or "text"
    fix: str | None = None  # SAFE, UNSAFE or None
    confidence: str = "H"  # the spec's confidence: H, M or L
    category: str = "style"
    facets: tuple[str, ...] = ()  # for document rules: the per-place facts they read
    wrong: tuple[Example, ...] = ()
    right: tuple[Example, ...] = ()
    default_on: bool = True  # False: only the packs that name it switch it on
    kinds: frozenset = field(default_factory=frozenset)
    needs: Needs | None = None  # what a place must hold for the rule to have anything to say


@dataclass(frozen=True)
class Needs:
    """A cheap test the engine makes before calling a place rule: the rule runs when the place has
    any of ``chars``, any of ``words`` (lower case), a figure (``digit``), marks, footnote anchors or an
    acronym (``caps``)."""

    chars: str = ""
    words: frozenset = frozenset()
    digit: bool = False
    marks: bool = False
    anchors: bool = False
    caps: bool = False  # a run of two capitals or more (an acronym)


_RULES: dict[str, Rule] = {}


def rule(code: str, name: str, *, parts: Iterable[str], severity: str, message: str, rationale: str,
         source: str, scope: str = "place", fix: str | None = None, confidence: str = "H",
         category: str = "style", facets: Iterable[str] = (), wrong: Iterable[Example] = (),
         right: Iterable[Example] = (), default_on: bool = True, chars: str = "", words: Iterable[str] = (),
         digit: bool = False, marks: bool = False, anchors: bool = False, caps: bool = False) -> Callable:
    """Register the decorated function as rule ``code``."""
    parts = tuple(parts)
    assert severity in SEVERITIES, severity
    assert all(p in RULE_PARTS for p in parts), parts
    assert confidence != "L" or severity in (INFO, WARNING), f"{code}: L rules are never errors"

    words = frozenset(words)
    needs = Needs("".join(sorted(set(chars))), words, digit, marks, anchors, caps) \
        if chars or words or digit or marks or anchors or caps else None

    def register(func: Callable) -> Callable:
        if code in _RULES:
            raise ValueError(f"rule code {code} registered twice")
        kinds = frozenset(k for p in parts for k in KINDS_OF_PART[p])
        _RULES[code] = Rule(code, name, parts, severity, message, rationale, source, func, scope, fix, confidence,
                            category, tuple(facets), tuple(wrong), tuple(right), default_on, kinds, needs)
        return func

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, by code."""
    _load_rule_modules()
    return [_RULES[c] for c in sorted(_RULES)]


def get_rule(code: str) -> Rule | None:
    _load_rule_modules()
    return _RULES.get(code)


def _load_rule_modules() -> None:
    from . import catalog  # noqa: F401  (importing it registers every rule)


def _builder(where: str) -> Callable[..., Example]:
    def build(text: str, fixed: str | None = None) -> Example:
        return Example(text, where, fixed)

    return build


# Example builders, short to write in rule definitions: pre("Recalling …,"), op("Decides …;", fixed) …
pre, op, sub, note = _builder("preamble"), _builder("operative"), _builder("subparagraph"), _builder("footnote")
title, sponsors, body, doc = _builder("title"), _builder("submission"), _builder("body"), _builder("document")
instruction, amendment = _builder("instruction"), _builder("amendment")  # in an amendment document
from_base = _builder("draft-from")  # the text is a previous text: the new draft made from it is checked


def typed(field: str, text: str, fixed: str | None = None) -> Example:
    """A field as the editor's forms set it: "masthead.symbol", "body", "title"."""
    return Example(text, f"set:{field}", fixed)


__all__ = ["Rule", "Example", "rule", "all_rules", "get_rule", "SAFE", "UNSAFE", "ERROR", "WARNING", "INFO",
           "RULE_PARTS", "PROSE", "PARAGRAPHS", "pre", "op", "sub", "note", "title", "sponsors", "body", "doc", "typed",
           "instruction", "amendment", "from_base"]
