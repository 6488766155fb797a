"""What rules see: places in document order, their position, their facts, and the check context.

A *place* is one text the rules read: a masthead line, the submission line, the title, the
body line, a paragraph or subparagraph, an annex paragraph, an adoption line, or a
footnote's text (addressed through the paragraph holding its anchor).  Its ``position``
holds the structural facts a place rule may read (the punctuation its end should have,
whether it is the only operative paragraph …), so that a cached result stays valid until
the text or the position changes.

*Facts* are what document rules read of each place (its opening phrase, its typed label,
its acronyms …).  An edit that leaves a place's facts as they were cannot change a
document rule's findings, so the engine runs those rules again only when a fact changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, overload

from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..lexicon import Opening as Found
from ..model import (
    MASTHEAD_FIELDS,
    NOTE,
    QUOTE,
    TABLE,
    Footnote,
    Inline,
    Mark,
    Paragraph,
    PlacePath,
    Resolution,
    Section,
    Source,
    Submission,
)
from ..ordinals import session_ordinals
from . import scan
from .scan import overlaps, protected_spans

if TYPE_CHECKING:
    from .packs import Pack

T = TypeVar("T")
HEADING = "heading"  # Paragraph.style of a heading inside the preamble or the operative part (not numbered)

ADOPTION_FIELDS = ("statement", "reference", "meeting", "date")


class lazy(Generic[T]):
    """A computed attribute stored on first use (like functools.cached_property, without its lock)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> lazy[T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> lazy[T] | T:
        if obj is None:
            return self
        value: T = self.func(obj)
        obj.__dict__[self.name] = value
        return value


@dataclass(frozen=True)
class Hit:
    """One finding of a rule, relative to a place; the engine makes it a Diagnostic."""

    start: int
    end: int
    message: str | None = None  # None: the rule's message
    replacement: str | None = None  # None: no fix
    safe: bool | None = None  # None: as the rule says
    action: str | None = None  # a structural fix the engine applies (see fixes.py)
    data: tuple[Any, ...] = ()
    hint: bool = False  # a finding the rule is unsure of: shown as info, whatever the rule's severity


@dataclass(eq=False)
class Place:
    path: PlacePath
    kind: str  # masthead, submission, title, body, preamble, operative, subparagraph, annex-title, annex,
    #            adoption, footnote, heading (a heading inside the preamble or the operative part: no rule reads it),
    #            quote (text a paragraph quotes, "… to read as follows:": no rule reads it), instruction (an
    #            amendment's instruction)
    text: str
    inline: Inline | None  # the Inline holding ``text`` (None for adoption lines)
    owner: object  # the model object whose identity keys the cache
    field: str | None = None  # masthead or adoption field
    depth: int = 0  # 1 for (a), 2 for (i) …
    footnote: int | None = None  # index of the anchor in ``path``'s place (footnote places)
    position: tuple[Any, ...] = ()
    order: int = 0
    anchor_ids: tuple[int, ...] = ()  # the notes anchored here when the place was built

    def __post_init__(self) -> None:
        if self.inline is not None and self.kind != "footnote":
            self.anchor_ids = tuple(id(a.note) for a in self.inline.anchors)

    @property
    def paragraph(self) -> Paragraph | None:
        return self.inline if isinstance(self.inline, Paragraph) else None

    @property
    def local(self) -> PlacePath:
        """The path inside its text: ("operative", 3) for ("section", 0, "operative", 3) too."""
        return split_text(self.path)[1]

    @property
    def text_no(self) -> int:
        """Which text of the document the place belongs to: 0 the first, k + 1 the section k."""
        prefix = split_text(self.path)[0]
        return prefix[1] + 1 if prefix else 0

    @property
    def source(self) -> Source | None:
        return self.inline.source if isinstance(self.inline, Paragraph) else None  # only paragraphs have one

    @property
    def submission(self) -> Submission:
        """The model object of the submission place."""
        assert isinstance(self.owner, Submission), self.kind
        return self.owner

    @property
    def marks(self) -> list[Mark]:
        """The inline marks of the place's text (none for adoption lines)."""
        return self.inline.marks if self.inline is not None else []

    @property
    def note(self) -> Footnote | None:
        return self.inline if isinstance(self.inline, Footnote) else None

    @lazy
    def lower(self) -> str:
        return self.text.lower()

    @lazy
    def folded(self) -> str:
        """The text with curly quotes, dashes and no-break spaces made spaces."""
        return scan.folded(self.text)

    @lazy
    def words(self) -> set[str]:
        """The place's words in lower case, for quick “is any listed word here?” tests."""
        return scan.lower_words(self.folded)

    @lazy
    def caps(self) -> set[str]:
        """Runs of two capitals or more (acronyms, “UN”, “U.N.”, roman numerals)."""
        return scan.capital_runs(self.folded)

    @lazy
    def has_digit(self) -> bool:
        words = self.words
        return bool(words) and min(words) < ":"  # figures sort before letters

    @lazy
    def numbers(self) -> list[str]:
        """The words that begin with a figure (“2021”, “53rd”, “12452”)."""
        return [w for w in self.words if w < ":"] if self.has_digit else []  # figures sort before letters

    def match(self, part: str, lexicon: Lexicon) -> Found | None:
        """The opening phrase for ``part`` (PREAMBLE or OPERATIVE), looked up once per place."""
        openings: dict[str, Found | None] = self.__dict__.setdefault("_openings", {})
        if part not in openings:  # the first lookup (several rules ask)
            openings[part] = lexicon.match(self.text, part)
        return openings[part]

    @lazy
    def protected(self) -> list[tuple[int, int]]:
        """Spans style rules pass by: quoted titles, document symbols, URLs, italic titles."""
        return protected_spans(self.text, self.inline.marks if self.inline is not None else ())

    def key(self) -> tuple[int, str | None, bool]:
        return (id(self.owner), self.field, self.kind == "footnote")


class Opening(NamedTuple):
    """The opening phrase of a paragraph as document rules need it."""

    base: str  # the phrase without its adverb, lower case: the key of a repetition run
    adverb: str | None
    tier: str
    text: str  # the words as they stand
    end: int
    phrase: str  # the listed phrase ("Taking note also of")
    base_phrase: str  # "Taking note of"
    italic_end: int


class Facts(NamedTuple):
    """What document rules read of a place (a named tuple: cheap to build and to compare)."""

    opening: Opening | None = None
    italic: tuple[str | None, str] | None = None  # (italic evidence as typed, derived italic span) or None
    label: str | None = None  # the label an imported text typed ("5.", "(b)")
    acronyms: tuple[tuple[str, int, int, bool], ...] = ()  # (acronym, start, end, defines?)
    citations: tuple[tuple[str, int, int, bool], ...] = ()  # (number, start, end, dated?)
    refs: tuple[tuple[int, int, int, str], ...] = ()  # internal references: (paragraph, start, end, "above" | "below")
    words: int = 0
    note: tuple[bool, bool, bool] | None = None  # footnote places: (starts with Ibid., symbol note?, only a symbol?)
    header: str | tuple[str, str | None] | None = None  # header places: their text (submission: and as typed)
    revision: tuple[Any, ...] = ()  # paragraphs of a draft with a base: what its suggested updates read


class Ctx:
    """The check context: the resolution, the pack, its settings and the lexicon."""

    def __init__(self, res: Resolution, pack: Pack, lexicon: Lexicon, severities: dict[str, str]) -> None:
        self.res = res
        self.pack = pack
        self.settings = pack.settings
        self.lexicon = lexicon
        self.severities = severities  # code → severity for the rules that are on

    def setting(self, name: str, default: Any = None) -> Any:
        return self.settings.get(name, default)


# -- places in document order ---------------------------------------------------------------


def split_text(path: PlacePath) -> tuple[PlacePath, PlacePath]:
    """(the path of its text, the path inside it): ((), path) in the first text, (("section", k), rest) in a
    later one."""
    if path and path[0] == "section":
        return path[:2], path[2:]
    return (), path


def text_at(res: Resolution, prefix: PlacePath) -> Resolution | Section:
    """The text a path prefix (from ``split_text``) names: the resolution itself or one of its sections."""
    return res.sections[prefix[1]] if prefix else res


def build_places(res: Resolution) -> list[Place]:
    """Every place the rules read, in document order, with its position; the later texts of a document holding
    several (resolution II, part B) follow the first, their paths under ("section", k)."""
    out: list[Place] = []
    for name in MASTHEAD_FIELDS:
        inline = getattr(res.masthead, name)
        out.append(Place(("masthead", name), "masthead", inline.text, inline, inline, field=name,
                         position=(name, res.masthead.source.get(name))))
    sub = res.submission
    out.append(Place(("submission",), "submission", sub.line, sub.inline(), sub, position=()))
    if res.adoption is not None:
        for name in ADOPTION_FIELDS[:2]:
            out.append(Place(("adoption", name), "adoption", getattr(res.adoption, name), None, res.adoption,
                             field=name, position=(name,)))
    paragraphs = bool(res.preamble or res.operative)
    out.append(Place(("title",), "title", res.title.text, res.title, res.title,
                     position=(res.adoption is not None, paragraphs)))
    out.append(Place(("body",), "body", res.authoring_body.text, res.authoring_body, res.authoring_body,
                     position=(bool(res.preamble), paragraphs, _one_sentence(res))))
    _paragraph_places(out, res, (), not res.sections)
    for i, p in enumerate(res.instructions):  # an amendment's instructions (their quotes are the draft's text)
        out.append(Place(("instruction", i), "instruction", p.text, p, p, position=(bool(p.children),)))
    _annex_places(out, res, ())
    if res.adoption is not None:
        for name in ADOPTION_FIELDS[2:]:
            out.append(Place(("adoption", name), "adoption", getattr(res.adoption, name), None, res.adoption,
                             field=name, position=(name,)))
    for k, section in enumerate(res.sections):
        _paragraph_places(out, section, ("section", k), k == len(res.sections) - 1)
        _annex_places(out, section, ("section", k))
    return _with_footnotes(out)


def _one_sentence(res: Resolution) -> str:
    """The opening words of a decision written as one sentence, its only paragraph, which holds the body line itself
    (“The General Assembly, taking note of …, decides to …”); "" for any other text."""
    return res.operative[0].text[:60] if len(res.operative) == 1 and not res.preamble else ""


def _paragraph_places(out: list[Place], text: Resolution | Section, prefix: PlacePath, last_text: bool) -> None:
    """The preamble and the operative part of one text.  An operative place's position is (end, single, last,
    runs on): the last paragraph of a text that is not the last of the document may end with a semicolon too,
    where the texts are sections of one resolution (budget sections I, II …) rather than resolutions."""
    first = next((i for i, p in enumerate(text.preamble) if p.style != HEADING), -1)
    for i, p in enumerate(text.preamble):
        if p.style in _NOT_PARAGRAPHS:
            out.append(Place(prefix + ("preamble", i), p.style, p.text, p, p))
            continue
        out.append(Place(prefix + ("preamble", i), "preamble", p.text, p, p, position=(",", i == first)))
        _children(out, p, prefix + ("preamble", i), ",", 1)
    numbered = [i for i, p in enumerate(text.operative) if p.style not in _NOT_PARAGRAPHS]
    total, final = len(numbered), numbered[-1] if numbered else -1
    for i, p in enumerate(text.operative):
        if p.style in _NOT_PARAGRAPHS:
            out.append(Place(prefix + ("operative", i), p.style, p.text, p, p))
            continue
        last = i == final
        introduces = p.children or _table_follows(text.operative, i) or (last and _text_follows(text))
        end = ":" if introduces else ("." if last else ";")
        runs_on = last and not last_text
        out.append(Place(prefix + ("operative", i), "operative", p.text, p, p,
                         position=(end, total == 1, last, runs_on)))
        _children(out, p, prefix + ("operative", i), "." if last else ";", 1, runs_on)


# In the preamble and the operative part: a heading, a table and the note under a table are
# places of their own kind, never checked as paragraphs (a table's figures are no sentence).
_NOT_PARAGRAPHS = (HEADING, TABLE, NOTE)


def _table_follows(paragraphs: list[Paragraph], i: int) -> bool:
    """Whether a table comes next (after any headings): the paragraph introducing it ends with a colon."""
    for p in paragraphs[i + 1:]:
        if p.style != HEADING:
            return p.style == TABLE
    return False


def _text_follows(text: Resolution | Section) -> bool:
    """Whether a text adopted in full follows the operative part ("Adopts the following outcome document:"): the
    importer keeps it as an annex with no "Annex" line."""
    return bool(text.annexes) and not text.annexes[0].heading


def _annex_places(out: list[Place], text: Resolution | Section, prefix: PlacePath) -> None:
    for a, annex in enumerate(text.annexes):
        out.append(Place(prefix + ("annex", a, "title"), "annex-title", annex.title.text, annex.title, annex.title,
                         position=(a, len(text.annexes), annex.heading)))
        for i, p in enumerate(annex.paragraphs):
            kind = TABLE if p.style == TABLE else "annex"
            out.append(Place(prefix + ("annex", a, i), kind, p.text, p, p, position=(p.style,)))
            _children(out, p, prefix + ("annex", a, i), None, 1)


def _children(out: list[Place], parent: Paragraph, path: PlacePath, closing: str | None, depth: int,
              runs_on: bool = False) -> None:
    """Subparagraphs: each ends with ";" (":" before its own list); the last with ``closing``, or a semicolon too
    when ``runs_on`` (see _paragraph_places).  Position: (end, depth, last, runs on)."""
    kind = "annex" if split_text(path)[1][0] == "annex" else "subparagraph"
    final = max((j for j, child in enumerate(parent.children) if child.style != QUOTE), default=-1)
    for j, child in enumerate(parent.children):
        if child.style == QUOTE:
            _quoted(out, child, path + (j,), depth)
            continue
        last = j == final
        after = (closing if last else ";") if closing is not None else None
        end = ":" if child.children else after
        out.append(Place(path + (j,), kind, child.text, child, child, depth=depth,
                         position=(end, depth, last, runs_on and last)))
        _children(out, child, path + (j,), after, depth + 1, runs_on and last)


def _quoted(out: list[Place], quote: Paragraph, path: PlacePath, depth: int) -> None:
    """Text a paragraph quotes ("… continues to read as follows:", staff rules, an article): another text's words
    and punctuation, placed so that its footnotes are found, never checked as the resolution's own."""
    out.append(Place(path, QUOTE, quote.text, quote, quote, depth=depth))
    for j, child in enumerate(quote.children):
        _quoted(out, child, path + (j,), depth + 1)


def _with_footnotes(places: list[Place]) -> list[Place]:
    """Insert each footnote's text after the place holding its (first) anchor."""
    out: list[Place] = []
    seen: set[int] = set()
    header = {"masthead", "submission", "title", "adoption"}
    for place in places:
        place.order = len(out)
        out.append(place)
        inline = place.inline
        if inline is None or not inline.anchors:
            continue
        for index, anchor in enumerate(inline.anchors):
            note = anchor.note
            if id(note) in seen:
                continue
            seen.add(id(note))
            out.append(Place(place.path, "footnote", note.text, note, note, footnote=index,
                             position=(place.kind in header,), order=len(out)))
    return out


def signature(place: Place) -> tuple[Any, ...]:
    """What a place rule may read: a cached result is valid while this is unchanged."""
    inline = place.inline
    sub = place.owner
    if isinstance(sub, Submission):
        return (place.text, sub.source_line, tuple(sub.sponsors), sub.kind, len(sub.anchors), place.position)
    if inline is None:
        return (place.text, place.position)
    marks = tuple((m.start, m.end, m.style) for m in inline.marks)
    anchors = (inline.symbol,) if isinstance(inline, Footnote) else \
        tuple((a.offset, id(a.note), a.note.symbol, a.note.text) for a in inline.anchors)
    source = place.source
    src = (source.label, source.italic) if source is not None else None
    return (place.text, marks, anchors, src, place.position, place.depth, place.kind)


# -- facts --------------------------------------------------------------------------------------

_ACRONYM = re.compile(r"(?<![\w/.‑-])([A-Z][A-Z0-9]*[A-Z](?:[-‑]\d+)?s?)(?![\w/])")
_DEFINED = re.compile(r"\(([A-Z][A-Z0-9]*[A-Z](?:[-‑]\d+)?)\)")
_ROMAN = re.compile(r"^[IVXLC]+$")
_CITATION = re.compile(r"(?:resolutions?|decisions?) (\d{1,3}/\d{1,4}(?: [A-Z](?![\w]))?)"
                       r"(?: of (\d{1,2} [A-Z][a-z]+ \d{4}))?")


def facts_of(place: Place, ctx: Ctx) -> Facts:
    kind = place.kind
    text = place.text
    revision = revision_of(text) if ctx.res.meta.base is not None and kind in _REVISED else ()
    if kind in ("preamble", "operative"):
        opening = opening_of(place, ctx.lexicon)
        source = place.source
        italic = None
        if opening is not None:
            italic = (source.italic if source is not None else None, text[:opening.italic_end])
        return Facts(opening=opening, italic=italic, label=source.label if source else None,
                     acronyms=acronyms_of(place), citations=citations_of(text), refs=refs_of(text),
                     words=word_count(text), revision=revision)
    if kind in ("subparagraph", "annex"):
        source = place.source
        return Facts(label=source.label if source else None, acronyms=acronyms_of(place), citations=citations_of(text),
                     refs=refs_of(text), words=word_count(text), revision=revision)
    if kind == "footnote":
        stripped = text.strip()
        note = place.note
        return Facts(note=(stripped.lower().startswith("ibid"), note is not None and note.symbol,
                           bool(_ONLY_SYMBOL.match(stripped))),
                     words=word_count(text))
    if kind in ("title", "annex-title"):
        return Facts(header=text, acronyms=acronyms_of(place), words=word_count(text))
    owner = place.owner
    return Facts(header=(text, owner.source_line) if isinstance(owner, Submission) else text)


_REVISED = ("preamble", "operative", "subparagraph")
_FIGURES = re.compile(r"[\w/]*\d[\w/]*(?:\s\(\d{4}\)[\w/]*)?")


def revision_of(text: str) -> tuple[Any, ...]:
    """What the suggested updates of a draft read of a paragraph (rules/revisions.py): its figures (the resolution
    numbers it cites), whether it recalls a resolution, and its session ordinals."""
    return (tuple(_FIGURES.findall(text)) if any(c.isdigit() for c in text) else (),
            text.startswith("Recalling"), "resolution" in text, tuple(session_ordinals(text)))


_ONLY_SYMBOL = re.compile(r"^(?:See )?[A-Z][A-Z0-9]{0,5}(?:/[\w.-]+)+\.?$")


def word_count(text: str) -> int:
    return text.count(" ") + 1 if text else 0


def opening_of(place: Place, lexicon: Lexicon) -> Opening | None:
    found = place.match(PREAMBLE if place.kind == "preamble" else OPERATIVE, lexicon)
    if found is None:
        return None
    phrase = found.phrase
    return Opening(phrase.base.lower(), phrase.adverb, phrase.tier, found.text, found.end, phrase.text,
                   phrase.base, found.italic_end)


def acronyms_of(place: Place) -> tuple[tuple[str, int, int, bool], ...]:
    """(acronym, start, end, defines?) for the acronyms of a place, outside quotes and symbols."""
    if not place.caps:
        return ()
    text = place.text
    out: list[tuple[str, int, int, bool]] = []
    defined = {m.start(1) for m in _DEFINED.finditer(text)}
    for m in _ACRONYM.finditer(text):
        word = m.group(1)
        if len(word) < 2 or _ROMAN.match(word.rstrip("s")) or inside(m.start(), place.protected):
            continue
        if _NOT_AN_ACRONYM_USE.match(text, m.end()) or _RESOLUTION_PART.search(text, 0, m.start()):
            continue  # symbols and numbered items (“ES-10/15”, “GC(68)/RES/8”, “SDG 6”), “resolution 53/77 AA”,
            #           hyphenated names (“UN-Women”, “ACT-A”, “SSOD-IV”)
        if word.endswith("s") and word[:-1].isupper() and len(word) > 2:
            word = word[:-1]  # plural "NGOs"
        # Right after “(” it is introduced (“(UN-Women)”, “(ACT-A)”, “(ICARRD+20)”); inside a name (“the SIDS
        # Accelerated Modalities of Action”, “Global POC Directory”) it is part of a name that cannot be spelled out.
        introduced = m.start(1) in defined or text[m.start(1) - 1:m.start(1)] == "(" or \
            _in_short_form(text, m.start(1), word)
        if not introduced and place.kind != "title" and _in_name(text, m.start(1), m.end(1)):
            continue
        out.append((word, m.start(1), m.start(1) + len(word), introduced))
    return tuple(out)


_NOT_AN_ACRONYM_USE = re.compile(r"\(|[-‑]\d+/| \d|[-‑][A-Za-z]")
_RESOLUTION_PART = re.compile(r"\d/\d+ $")
_NAME_WORD_AFTER = re.compile(r"[-‑ ][A-Z][a-z]")
_NAME_WORD_BEFORE = re.compile(r"\b(?!The\b|A\b|An\b)[A-Z][a-z]+ $")


def _in_short_form(text: str, start: int, acronym: str) -> bool:
    """The acronym stands inside the parenthesized short form of the name just before it, whose capitalized words
    spell it out: “… for the Sustainable Development Goals Road Maps (STI for SDGs road maps)”."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.rfind(")", opened, start) >= 0:
        return False
    name = text[max(0, opened - 200):opened]
    initials = "".join(w[0] for w in _NAME_WORD.findall(name))
    return len(acronym) > 1 and acronym in initials


_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]*")


def _in_name(text: str, start: int, end: int) -> bool:
    """The acronym stands between capitalized words of a name (“OSPAR Commission”, “Beyond GDP Global Alliance”)."""
    if _NAME_WORD_AFTER.match(text, end):
        return True
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and not scan.sentence_start(text, before.start())


def citations_of(text: str) -> tuple[tuple[str, int, int, bool], ...]:
    out: list[tuple[str, int, int, bool]] = []
    for word in ("resolution", "decision"):
        at = text.find(word)
        while at >= 0:
            m = _CITATION.match(text, at)
            if m is not None and (at == 0 or not text[at - 1].isalpha()):
                out.append((m.group(1), m.start(1), m.end(1), m.group(2) is not None or _dated_soon(text, m.end())))
            at = text.find(word, at + len(word))
    return tuple(sorted(out, key=lambda c: c[1]))


DATE_IN_WORDS = re.compile(r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December) \d{4}")


def _dated_soon(text: str, end: int) -> bool:
    """A date given a little later (“…, entitled “…”, adopted on 20 December 2017”)."""
    window = text[end:end + 160]
    stop = window.find("resolution")
    return DATE_IN_WORDS.search(window, 0, stop if stop >= 0 else len(window)) is not None


_REF = re.compile(r"\bparagraphs? (\d{1,3}) (above|below)\b")


def refs_of(text: str) -> tuple[tuple[int, int, int, str], ...]:
    if "aragraph" not in text:
        return ()
    return tuple((int(m.group(1)), m.start(1), m.end(1), m.group(2)) for m in _REF.finditer(text))


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


@dataclass
class Doc:
    """What document rules read: the places in order, their facts, and the places of each kind."""

    res: Resolution
    places: list[Place]
    facts: dict[int, Facts] = field(default_factory=dict)  # place.order → facts
    memo: dict[Any, Any] = field(default_factory=dict)  # what several document rules share within one run
    kinds: dict[str, list[int]] = field(default_factory=dict)  # kind → orders of its places
    text: int | None = None  # the view of one text of the document (Place.text_no), or None for all of them

    def __post_init__(self) -> None:
        for place in self.places:
            if self.text is None or place.text_no == self.text:
                self.kinds.setdefault(place.kind, []).append(place.order)

    def texts(self) -> list[Doc]:
        """A view of each text of the document (one when it holds one): numbering, repeats and acronyms start
        again with each.  Kept in ``memo``, so an update that clears the memo makes them again."""
        found: list[Doc] | None = self.memo.get("texts")
        if found is None:
            count = 1 + len(self.res.sections)
            found = self.memo["texts"] = [self] if count == 1 else \
                [Doc(self.res, self.places, self.facts, text=t) for t in range(count)]
        return found

    def of(self, *kinds: str) -> list[Place]:
        """The current places of ``kinds``, in document order (do not change the list: rules share it)."""
        key = ("of",) + kinds
        found: list[Place] | None = self.memo.get(key)
        if found is None:
            orders = sorted(i for kind in kinds for i in self.kinds.get(kind, ())) if len(kinds) > 1 \
                else self.kinds.get(kinds[0], [])
            found = self.memo[key] = [self.places[i] for i in orders]
        return found

    def rows(self, *kinds: str) -> list[tuple[Place, Facts]]:
        """(place, its facts) for the current places of ``kinds``, in document order (shared like ``of``)."""
        key = ("rows",) + kinds
        found: list[tuple[Place, Facts]] | None = self.memo.get(key)
        if found is None:
            facts = self.facts
            found = self.memo[key] = [(place, facts[place.order]) for place in self.of(*kinds)]
        return found

    def fact(self, place: Place) -> Facts:
        return self.facts[place.order]



def rewrites(place: Place, matches: Iterable[re.Match[str]], right_of: Callable[[re.Match[str]], str | None],
             group: int = 0, protected: bool = False) -> list[Hit]:
    """A fixed finding for each match whose right form (``right_of(match)``, None to skip) differs from it."""
    out = []
    for m in matches:
        right, found = right_of(m), m.group(group)
        if right is None or right == found or protected and overlaps(m.start(group), m.end(group), place.protected):
            continue
        out.append(Hit(m.start(group), m.end(group), f"“{found}”: write “{right}”", replacement=right))
    return out


def refresh(res: Resolution, old: list[Place]) -> list[Place] | None:
    """The places ``old`` (a place and its footnote places) with their current text.

    None when the model object at the path, or its footnote anchors, changed: then the
    structure changed and every place must be built again.
    """
    main = old[0]
    inline: Inline | None
    if main.kind == "submission":
        sub = res.submission
        if sub is not main.owner or main.inline is None or len(sub.anchors) != len(main.inline.anchors):
            return None
        inline = sub.inline()
        text = sub.line
    elif main.kind == "adoption":
        if res.adoption is None or res.adoption is not main.owner or main.field is None:
            return None
        inline, text = None, getattr(res.adoption, main.field)
    else:
        found = resolve(res, main.path)
        if found is not main.owner or not isinstance(found, Inline):
            return None
        inline, text = found, found.text
    fresh = [Place(main.path, main.kind, text, inline, main.owner, main.field, main.depth, None, main.position)]
    if fresh[0].anchor_ids != main.anchor_ids:
        return None
    anchors = inline.anchors if inline is not None else []
    for place in old[1:]:
        i = place.footnote
        if i is None or i >= len(anchors) or anchors[i].note is not place.owner:
            return None
        note = anchors[i].note
        fresh.append(Place(main.path, "footnote", note.text, note, note, footnote=i, position=place.position))
    return fresh


def resolve_inline(res: Resolution, path: PlacePath) -> Inline | None:
    """The Inline (or Paragraph) at a model path; None for the submission line and where there is none."""
    found = resolve(res, path)
    return found if isinstance(found, Inline) else None


def resolve_paragraph(res: Resolution, path: PlacePath) -> Paragraph | None:
    """The paragraph or subparagraph at a model path, or None."""
    found = resolve(res, path)
    return found if isinstance(found, Paragraph) else None


def resolve(res: Resolution, path: PlacePath) -> Inline | Submission | None:
    """The Inline (or Paragraph, or the Submission) at a model path, or None when there is none."""
    try:
        head = path[0]
        if head == "masthead":
            field_inline: Inline = getattr(res.masthead, path[1])
            return field_inline
        if head == "title":
            return res.title
        if head == "body":
            return res.authoring_body
        if head == "submission":
            return res.submission
        text: Resolution | Section = res
        if head == "section":
            k = path[1]
            if not isinstance(k, int) or k < 0:
                return None
            text, path = res.sections[k], path[2:]
            head = path[0]
            if head in ("title", "body"):
                return text.title if head == "title" else text.authoring_body
        items: list[Paragraph]
        if head in ("preamble", "operative") or (head == "instruction" and text is res):
            items = {"preamble": text.preamble, "operative": text.operative, "instruction": res.instructions}[head]
            rest = path[1:]
        elif head == "annex":
            a = path[1]
            if not isinstance(a, int) or a < 0:
                return None
            annex = text.annexes[a]
            if path[2] == "title":
                return annex.title
            items, rest = annex.paragraphs, path[2:]
        else:
            return None
        node = None
        for i in rest:
            if not isinstance(i, int) or i < 0:
                return None
            node = items[i]
            items = node.children
        return node
    except (IndexError, AttributeError, TypeError):
        return None
