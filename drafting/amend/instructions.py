"""Amendment instructions as data, and their official wording both ways.

The forms, as the General Assembly prints them:

* "In operative paragraph 68, after “…”, insert “…”."  (also "before “…”")
* "In the eleventh preambular paragraph, replace “…” with “…”."
* "In operative paragraph 2, delete “…”."
* "After operative paragraph 3, insert a new operative paragraph, reading:" + the quoted paragraph(s)
  (also "insert the following operative paragraph:", "insert two new subparagraphs, reading:")
* "Delete the third preambular paragraph and operative paragraph 2." / "Delete operative
  paragraphs 3, 43 and 45." / "Delete the sixteenth preambular paragraph, reading: …"
* "Replace operative paragraph 200 with the following text:" + the quoted paragraph(s)
* "Replace “X” with “Y” in the title, the preambular paragraphs and the operative paragraphs."
  (also "throughout the text")

Positions are 0-based among the counted paragraphs of the draft as tabled (headings are
not counted); the wording gives them 1-based, preambular paragraphs in ordinal words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Paragraph, join_names
from ..numbering import subparagraph_label
from .ordinals import ORDINAL, count_of, number_word, ordinal, ordinal_number

TITLE, PREAMBLE, OPERATIVE = "title", "preamble", "operative"
PARTS = (TITLE, PREAMBLE, OPERATIVE)
INSERT_AFTER, INSERT_BEFORE, REPLACE, DELETE = "insert after", "insert before", "replace", "delete"
AT_END = "insert at the end"  # "At the end of operative paragraph 5, insert “…”." (before its closing mark)
MAX_DEPTH = 2  # subparagraphs are named to the second degree: "operative paragraph 4 (b) (ii)"
OPEN, CLOSE = "“", "”"


class InstructionError(ValueError):
    """An instruction whose wording is not one of the official forms."""

    def __init__(self, text: str, reason: str):
        self.text = text
        self.reason = reason
        super().__init__(f"“{text}”: {reason}")


@dataclass(frozen=True)
class Target:
    """A paragraph of the draft: ``part`` and the 0-based counted positions down to the subparagraph."""

    part: str
    path: tuple[int, ...] = ()


@dataclass
class WordChange:
    """Words changed within one paragraph: ``quote`` is the draft's text (the anchor for an insertion)."""

    target: Target
    action: str  # INSERT_AFTER, INSERT_BEFORE, REPLACE, DELETE
    quote: str
    text: str = ""


@dataclass
class InsertParagraphs:
    """New paragraphs after (or before) the paragraph ``parent + (at,)``; ``at`` None: the level is empty."""

    part: str
    parent: tuple[int, ...]
    at: int | None
    paragraphs: list[Paragraph]
    before: bool = False


@dataclass
class DeleteParagraphs:
    targets: list[Target]


@dataclass
class ReplaceParagraph:
    target: Target
    paragraphs: list[Paragraph]


@dataclass
class ReplaceEverywhere:
    """The same words replaced wherever they stand in ``parts`` (title, preamble, operative)."""

    quote: str
    text: str
    parts: tuple[str, ...] = field(default=PARTS)


Instruction = WordChange | InsertParagraphs | DeleteParagraphs | ReplaceParagraph | ReplaceEverywhere


def quoted_paragraphs(ins: Instruction) -> list[Paragraph]:
    """The paragraphs an instruction quotes after its colon (none for the one-sentence forms)."""
    return ins.paragraphs if isinstance(ins, InsertParagraphs | ReplaceParagraph) else []


# -- wording ----------------------------------------------------------------------------------


def target_words(t: Target) -> str:
    """"the thirty-eighth preambular paragraph", "operative paragraph 4 (b)", "the title"."""
    if t.part == TITLE:
        return "the title"
    if t.part == PREAMBLE:
        return f"the {ordinal(t.path[0] + 1)} preambular paragraph"
    return "operative paragraph " + _op_ref(t.path)


def _op_ref(path: tuple[int, ...]) -> str:
    subs = "".join(f" {subparagraph_label(d + 1, k + 1)}" for d, k in enumerate(path[1:]))
    return f"{path[0] + 1}{subs}"


def targets_words(targets: list[Target]) -> str:
    """"the third preambular paragraph and operative paragraph 2", "operative paragraphs 3, 43 and 45"."""
    groups = []
    preamble = [t for t in targets if t.part == PREAMBLE]
    operative = [t for t in targets if t.part == OPERATIVE]
    if any(t.part == TITLE for t in targets):
        groups.append("the title")
    if preamble:
        words = join_names([ordinal(t.path[0] + 1) for t in preamble])
        groups.append(f"the {words} preambular paragraph{'s' if len(preamble) > 1 else ''}")
    if operative:
        refs = join_names([_op_ref(t.path) for t in operative])
        groups.append(f"operative paragraph{'s' if len(operative) > 1 else ''} {refs}")
    return join_names(groups)


def _kind_words(part: str, depth: int, n: int) -> str:
    kind = "subparagraph" if depth else "preambular paragraph" if part == PREAMBLE else "operative paragraph"
    return f"a new {kind}" if n == 1 else f"{number_word(n)} new {kind}s"


def format_instruction(ins: Instruction) -> str:
    """The instruction's sentence as an official amendment prints it (quoted paragraphs apart)."""
    if isinstance(ins, WordChange):
        where = f"In {target_words(ins.target)}, "
        if ins.action == REPLACE:
            return f"{where}replace {OPEN}{ins.quote}{CLOSE} with {OPEN}{ins.text}{CLOSE}."
        if ins.action == DELETE:
            return f"{where}delete {OPEN}{ins.quote}{CLOSE}."
        if ins.action == AT_END:
            return f"At the end of {target_words(ins.target)}, insert {OPEN}{ins.text}{CLOSE}."
        side = "after" if ins.action == INSERT_AFTER else "before"
        return f"{where}{side} {OPEN}{ins.quote}{CLOSE}, insert {OPEN}{ins.text}{CLOSE}."
    if isinstance(ins, InsertParagraphs):
        what = _kind_words(ins.part, len(ins.parent), len(ins.paragraphs))
        if ins.at is None:
            if ins.parent:
                return f"In {target_words(Target(ins.part, ins.parent))}, insert {what}, reading:"
            return f"Insert {what}, reading:"
        side = "Before" if ins.before else "After"
        return f"{side} {target_words(Target(ins.part, ins.parent + (ins.at,)))}, insert {what}, reading:"
    if isinstance(ins, DeleteParagraphs):
        return f"Delete {targets_words(ins.targets)}."
    if isinstance(ins, ReplaceParagraph):
        return f"Replace {target_words(ins.target)} with the following text:"
    scope = join_names([{TITLE: "the title", PREAMBLE: "the preambular paragraphs",
                         OPERATIVE: "the operative paragraphs"}[p] for p in ins.parts])
    return f"Replace {OPEN}{ins.quote}{CLOSE} with {OPEN}{ins.text}{CLOSE} in {scope}."


# -- reading ----------------------------------------------------------------------------------

_NUMBER_LABEL = re.compile(r"^\s*\(?\d{1,3}[.)]\s+")
_SUB = r"\([a-z]{1,4}\)"
_REF = rf"\d{{1,4}}(?: {_SUB}){{0,{MAX_DEPTH}}}"
_PP_ONE = rf"the (?P<pp>{ORDINAL}) preambular paragraph"
_OP_ONE = rf"operative paragraph (?P<op>{_REF})"
_ONE = rf"(?:the (?P<title>title)|{_PP_ONE}|{_OP_ONE})"
_SEP = r"(?:, and |,? and |, )"
_GROUP = re.compile(
    rf"the (?P<title>title)"
    rf"|the (?P<pps>{ORDINAL}(?:{_SEP}{ORDINAL})*) preambular paragraphs?"
    rf"|operative paragraphs? (?P<ops>{_REF}(?:(?:{_SEP}| to ){_REF})*)", re.IGNORECASE)
_Q = rf"{OPEN}(?P<{{}}>.*?){CLOSE}"
_WORDS = r"(?:the (?:words?|phrase) )?"
_KINDS = r"(?P<kind>preambular paragraphs?|operative paragraphs?|subparagraphs?|paragraphs?)"
_READING = r"(?:,? (?:reading|to read|which reads|as follows))?\s*:?"

_WORD_CHANGE = re.compile(
    rf"^In {_ONE}, (?:"
    rf"(?P<side>after|before) {_WORDS}{_Q.format('anchor')},? (?:insert|add) {_WORDS}{OPEN}(?P<ins>.*){CLOSE}"
    rf"|replace {_WORDS}{_Q.format('old')} (?:with|by) {_WORDS}{OPEN}(?P<new>.*){CLOSE}"
    rf"|delete {_WORDS}{OPEN}(?P<gone>.*){CLOSE})\s*[.;]?$", re.IGNORECASE)
_INSERT = re.compile(
    rf"^(?:(?:(?P<side>After|Before)|In) {_ONE}, (?:insert|add)|Insert|Add)"
    rf" (?:(?P<count>a|one|the following|\w+)(?: new)?) {_KINDS}{_READING}(?P<rest>.*)$", re.IGNORECASE)
# "Insert a new operative paragraph after operative paragraph 5, reading:" (the place after the paragraph named)
_INSERT_PLACE_LAST = re.compile(
    rf"^(?:Insert|Add) (?:(?P<count>a|one|the following|\w+)(?: new)?) {_KINDS},? (?P<side>after|before) {_ONE}"
    rf"{_READING}(?P<rest>.*)$", re.IGNORECASE)
_AT_END = re.compile(rf"^At the end of {_ONE},? (?:insert|add) {_WORDS}{OPEN}(?P<ins>.*){CLOSE}\s*[.;]?$",
                     re.IGNORECASE)
# Numbers are derived: "… and renumber the subsequent paragraphs accordingly" asks for nothing more.
_RENUMBER = re.compile(r",?\s*and renumber (?:the )?(?:subsequent|following|remaining)(?: \w+)? paragraphs"
                       r"(?: and subparagraphs)? accordingly", re.IGNORECASE)
_DELETE = re.compile(r"^Delete (?P<targets>.+?)(?:,? (?:reading|which reads)\b.*)?\s*\.?$", re.IGNORECASE)
_REPLACE_PARAGRAPH = re.compile(
    rf"^(?:Replace|Amend) {_ONE} (?:(?:with|by) the following(?: text)?|to read(?: as follows)?)\s*:(?P<rest>.*)$",
    re.IGNORECASE)
_EVERYWHERE = re.compile(
    rf"^Replace {_WORDS}{_Q.format('old')} (?:with|by) {_WORDS}{_Q.format('new')}"
    r"(?: (?:in (?P<scope>.+?)|(?P<all>throughout(?: the (?:text|draft(?: resolution| decision)?))?"
    r"|wherever (?:it|they) appears?)))\s*\.?$", re.IGNORECASE)
_SCOPES = {"title": TITLE, "preambular": PREAMBLE, "preamble": PREAMBLE, "operative": OPERATIVE}


def strip_number(text: str) -> str:
    """The sentence without a typed instruction number: "2. Delete …" → "Delete …"."""
    return _NUMBER_LABEL.sub("", text, count=1).strip()


def parse_instruction(text: str, quoted: list[Paragraph] | None = None) -> Instruction:
    """One instruction from its sentence and the paragraphs it quotes; InstructionError if not an official form."""
    sentence = _RENUMBER.sub("", " ".join(strip_number(text).split()))
    quoted = list(quoted or [])
    m = _EVERYWHERE.match(sentence)
    if m:
        return ReplaceEverywhere(m["old"], m["new"], _scope(sentence, m["scope"]) if m["scope"] else PARTS)
    m = _WORD_CHANGE.match(sentence)
    if m:
        target = _target(sentence, m)
        if m["anchor"] is not None:
            action = INSERT_AFTER if m["side"].lower() == "after" else INSERT_BEFORE
            return WordChange(target, action, m["anchor"], m["ins"])
        if m["old"] is not None:
            return WordChange(target, REPLACE, m["old"], m["new"])
        return WordChange(target, DELETE, m["gone"])
    m = _AT_END.match(sentence)
    if m:
        return WordChange(_target(sentence, m), AT_END, "", m["ins"])
    m = _REPLACE_PARAGRAPH.match(sentence)
    if m:
        return ReplaceParagraph(_target(sentence, m), _with_inline_quote(sentence, quoted, m["rest"]))
    m = _INSERT_PLACE_LAST.match(sentence) or _INSERT.match(sentence)
    if m:
        return _insertion(sentence, m, quoted)
    m = _DELETE.match(sentence)
    if m:
        return DeleteParagraphs(parse_targets(m["targets"].strip()))
    raise InstructionError(sentence, "not an instruction in one of the official forms "
                                     "(In …, replace/delete/after …; After …, insert …; Delete …; Replace …)")


def _insertion(sentence: str, m: re.Match, quoted: list[Paragraph]) -> InsertParagraphs:
    paragraphs = _with_inline_quote(sentence, quoted, m["rest"])
    count = len(paragraphs) if m["count"].lower() == "the following" else count_of(
        "1" if m["count"].lower() == "a" else m["count"])
    if count is None:
        raise InstructionError(sentence, f"“{m['count']}” is not a number of paragraphs")
    if count != len(paragraphs):
        raise InstructionError(sentence, f"it announces {number_word(count)} new paragraph(s) "
                                         f"but quotes {number_word(len(paragraphs))}")
    kind = m["kind"].lower()
    if m["side"]:
        anchor = _target(sentence, m)
        _check_kind(sentence, kind, anchor.part, len(anchor.path) - 1)
        return InsertParagraphs(anchor.part, anchor.path[:-1], anchor.path[-1], paragraphs,
                                before=m["side"].lower() == "before")
    if m["title"] or m["pp"] or m["op"]:
        parent = _target(sentence, m)
        _check_kind(sentence, kind, parent.part, len(parent.path))
        return InsertParagraphs(parent.part, parent.path, None, paragraphs)
    part = PREAMBLE if kind.startswith("preambular") else OPERATIVE
    return InsertParagraphs(part, (), None, paragraphs)


def _check_kind(sentence: str, kind: str, part: str, depth: int) -> None:
    expected = "subparagraph" if depth else "preambular paragraph" if part == PREAMBLE else "operative paragraph"
    if part == TITLE or (not kind.startswith(expected) and not kind.startswith("paragraph")):
        raise InstructionError(sentence, f"a new {kind.rstrip('s')} cannot stand there")


def _with_inline_quote(sentence: str, quoted: list[Paragraph], rest: str | None) -> list[Paragraph]:
    """The quoted paragraphs; a quote on the instruction's own line ("reading: “…”") counts as the first."""
    rest = (rest or "").strip()
    if rest:
        text = rest.strip().rstrip(".")
        if text.startswith(OPEN) and text.endswith(CLOSE):
            text = text[1:-1]
        quoted = [Paragraph(text.strip())] + quoted
    if not quoted:
        raise InstructionError(sentence, "it announces new text but quotes none")
    return quoted


def _scope(sentence: str, words: str) -> tuple[str, ...]:
    parts = []
    for word in re.findall(r"[a-z]+", words.lower()):
        part = _SCOPES.get(word)
        if part and part not in parts:
            parts.append(part)
    if not parts:
        raise InstructionError(sentence, f"“{words}” names no part of the text")
    return tuple(p for p in PARTS if p in parts)


def _target(sentence: str, m: re.Match) -> Target:
    if m["title"]:
        return Target(TITLE)
    if m["pp"]:
        return Target(PREAMBLE, (_ordinal(sentence, m["pp"]),))
    return Target(OPERATIVE, _op_path(sentence, m["op"]))


def _ordinal(sentence: str, word: str) -> int:
    n = ordinal_number(word)
    if n is None:
        raise InstructionError(sentence, f"“{word}” is not an ordinal number")
    return n - 1


def _op_path(sentence: str, ref: str) -> tuple[int, ...]:
    number, *subs = ref.split()
    if int(number) < 1:
        raise InstructionError(sentence, "paragraphs are counted from 1")
    path = [int(number) - 1]
    for depth, label in enumerate(subs, start=1):
        k = _sub_labels(depth).get(label.lower())
        if k is None:
            raise InstructionError(sentence, f"“{label}” is not a subparagraph label of degree {depth}")
        path.append(k)
    return tuple(path)


@lru_cache(maxsize=4)
def _sub_labels(depth: int) -> dict[str, int]:
    return {subparagraph_label(depth, k + 1): k for k in range(400)}


def parse_targets(words: str) -> list[Target]:
    """"the third preambular paragraph and operative paragraph 2" → [Target(...), Target(...)]."""
    out: list[Target] = []
    pos = 0
    while True:
        m = _GROUP.match(words, pos)
        if not m:
            raise InstructionError(f"Delete {words}.", f"cannot tell which paragraph “{words[pos:]}” names")
        if m["title"]:
            out.append(Target(TITLE))
        elif m["pps"]:
            out += [Target(PREAMBLE, (_ordinal(words, w),)) for w in re.split(_SEP, m["pps"])]
        else:
            out += _op_targets(words, m["ops"])
        pos = m.end()
        sep = re.compile(_SEP).match(words, pos)
        if pos == len(words):
            return out
        if not sep:
            raise InstructionError(f"Delete {words}.", f"cannot tell which paragraph “{words[pos:]}” names")
        pos = sep.end()


def _op_targets(sentence: str, refs: str) -> list[Target]:
    out: list[Target] = []
    for item in re.split(_SEP, refs):
        if " to " in item:
            first, last = (_op_path(sentence, r) for r in item.split(" to "))
            if len(first) != 1 or len(last) != 1 or last[0] < first[0]:
                raise InstructionError(sentence, f"“{item}” is not a range of operative paragraphs")
            out += [Target(OPERATIVE, (k,)) for k in range(first[0], last[0] + 1)]
        else:
            out.append(Target(OPERATIVE, _op_path(sentence, item)))
    return out
