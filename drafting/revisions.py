"""A new draft from a previous text, and the updates it usually needs.

``new_draft_from(base)`` moves the masthead to the next session (session ordinal in
words, Distr.: Limited, today's date, a symbol placeholder), drops the adoption lines,
keeps the body line, leaves the submission line empty for the sponsors, and remembers
the whole base text in ``meta.base`` for "Compare with base" and tracked changes.

``revision_suggestions(res)`` proposes, as findings with fixes the user accepts one at a
time, a preambular "Recalling its resolution 79/147 of 17 December 2024," and the update
of session references in the operative part that the user has not changed yet.  Run it
again after each accepted fix: offsets and paragraph numbers move.  The rules engine
reports them as rules RES901–RES903 (``rules/revisions.py``).
"""

from __future__ import annotations

import copy
import re
from datetime import date

from . import native
from .compare.align import compare
from .compare.words import EQUAL, diff_words
from .diagnostics import INFO, REVISION, Diagnostic, Fix, Location
from .importers.masthead import DATE, MONTHS
from .model import Inline, Meta, Paragraph, Resolution, Submission
from .ordinals import ordinal_word, parse_ordinal, session_ordinals, with_case_of

RECALL, SESSION, CARRIED = "RES901", "RES902", "RES903"
INSERT_PARAGRAPH = "insert-paragraph"
PLACEHOLDER = "L.__"

_SUFFIX = re.compile(r"^(?:(?:Rev|Add|Corr|Amend)\.\d+|Summary)$")
_COMMITTEES = {"First": 1, "Second": 2, "Third": 3, "Fourth": 4, "Special Political and Decolonization": 4,
               "Fifth": 5, "Sixth": 6}
_COMMITTEE_REF = re.compile(r"report of the (?P<name>First|Second|Third|Fourth|Fifth|Sixth|Special Political and "
                            r"Decolonization) Committee")


def un_date(day: date) -> str:
    """17 December 2024 (DATE-01)."""
    return f"{day.day} {MONTHS.split('|')[day.month - 1]} {day.year}"


# -- the new draft ----------------------------------------------------------------------------


def new_draft_from(base: Resolution, today: date | None = None) -> Resolution:
    today = today or date.today()
    res = copy.deepcopy(base)
    res.meta = Meta(style=base.meta.style, suppressions=list(base.meta.suppressions), words=list(base.meta.words),
                    author=base.meta.author, base=remember(base))
    m = res.masthead
    session = session_of(base)
    following = session + 1 if session is not None else None
    base_year = _year_of(base)
    year = max(base_year + 1 if base_year else today.year, today.year)
    m.session = Inline(_next_session_line(m.session.text, following, year))
    committee = _committee(base)
    if committee and not m.committee.text:
        m.committee = Inline(f"{committee} Committee")
    m.symbol = Inline(next_symbol(m.symbol.text, session, following, year, committee) if m.symbol.text else "")
    m.distribution = Inline("Limited")
    m.date = Inline(un_date(today))
    m.original = m.original if m.original.text else Inline("English")
    m.source = {}
    res.adoption = None
    res.submission = Submission()
    return res


def remember(base: Resolution) -> dict:
    """What ``meta.base`` holds: the base's symbol and title and the whole text as .unres encodes it."""
    kept = copy.copy(base)
    kept.meta = copy.copy(base.meta)
    kept.meta.base = None  # one generation is enough
    return {"symbol": base.masthead.symbol.text, "title": base.title.text, "resolution": native.encode(kept)}


def base_of(res: Resolution) -> Resolution | None:
    """The base text remembered in ``meta.base``, or None."""
    data = res.meta.base
    if not isinstance(data, dict) or "resolution" not in data:
        return None
    return native.decode(data["resolution"])


def session_of(res: Resolution) -> int | None:
    """The session number: from the masthead's "Seventy-ninth session", else from the symbol (A/RES/79/180)."""
    for word in re.findall(r"[A-Za-z]+(?:-[a-z]+)?", res.masthead.session.text):
        n = parse_ordinal(word)
        if n is not None:
            return n
    m = re.match(r"^A/(?:C\.\d/|HRC/)?(?:RES/)?(?P<n>\d{1,3})/", res.masthead.symbol.text)
    return int(m.group("n")) if m else None


def _year_of(res: Resolution) -> int | None:
    m = re.search(r"\b(?P<y>(?:19|20)\d\d)\b", res.masthead.session.text) or \
        re.search(r"/(?P<y>(?:19|20)\d\d)/", res.masthead.symbol.text)
    return int(m.group("y")) if m else None


def _next_session_line(line: str, following: int | None, year: int) -> str:
    if following is not None:
        for m in re.finditer(r"[A-Za-z]+(?:-[a-z]+)?", line):
            if parse_ordinal(m.group()) is not None:
                word = with_case_of(ordinal_word(following), m.group())
                return line[:m.start()] + word + line[m.end():]
        if not line:
            return f"{with_case_of(ordinal_word(following), 'X')} session"
    return re.sub(r"\b(?:19|20)\d\d\b", str(year), line, count=1)


def _committee(base: Resolution) -> str | None:
    """"Third" when an adopted GA text came "on the report of the Third Committee"."""
    reference = base.adoption.reference if base.adoption else ""
    m = _COMMITTEE_REF.search(reference)
    return m.group("name") if m else None


def next_symbol(symbol: str, session: int | None, following: int | None, year: int,
                committee: str | None = None) -> str:
    """The symbol of next session's draft, its number a placeholder: A/RES/79/180 → A/80/L.__,
    A/C.3/80/L.30/Rev.1 → A/C.3/81/L.__, CTOC/COP/2022/L.4 → CTOC/COP/2026/L.__, UNEP/EA.5/Res.1 → UNEP/EA.6/L.__."""
    text = re.sub(r"\s*\(\d{4}\)$", "", symbol.strip().rstrip("*"))
    parts = [p for p in text.split("/") if p and not _SUFFIX.match(p)]
    res_at = next((k for k, p in enumerate(parts) if p.upper() == "RES" or p.startswith("Res.")), None)
    if res_at is not None:
        parts = parts[:res_at] + [p for p in parts[res_at + 1:-1] if not p.startswith("Res.")] \
            if parts[res_at].upper() == "RES" else parts[:res_at]
    elif parts and parts[-1].startswith("L.") or len(parts) > 2 and parts[-1].isdigit():
        parts.pop()
    for k in range(len(parts) - 1, -1, -1):
        p = parts[k]
        if re.fullmatch(r"(?:19|20)\d\d", p):
            parts[k] = str(year)
            break
        if p.isdigit():
            parts[k] = str(following if following is not None and int(p) == session else int(p) + 1)
            break
        m = re.fullmatch(r"(?P<body>[A-Z]+)\.(?P<n>\d+)", p)
        if m and k == len(parts) - 1:
            parts[k] = f"{m.group('body')}.{int(m.group('n')) + 1}"
            break
    if committee and parts[:1] == ["A"] and not any(p.startswith("C.") for p in parts):
        parts.insert(1, f"C.{_COMMITTEES[committee]}")
    return "/".join(parts + [PLACEHOLDER])


# -- suggested updates -------------------------------------------------------------------------


def revision_suggestions(res: Resolution, base: Resolution | None = None) -> list[Diagnostic]:
    """The updates a draft made from ``meta.base`` usually needs, each with a fix (none without a base).

    ``base`` is the base already decoded (``base_of(res)``), for callers that keep it.
    """
    base = base or base_of(res)
    if base is None:
        return []
    return _recall(res, base) + _sessions(res, base) + _carried_over(res, base)


def resolution_number(base: Resolution) -> str | None:
    """"79/147" (A/RES/79/147), "2334 (2016)" (S/RES/2334 (2016)), "5/1" (UNEP/EA.5/Res.1); None for a draft."""
    if base.adoption and base.adoption.number:
        return base.adoption.number
    symbol = base.masthead.symbol.text
    m = re.search(r"EA\.(?P<s>\d+)/Res\.(?P<n>\d+)", symbol) or re.search(r"/RES/(?P<n>.+)$", symbol)
    if not m:
        return None
    return f"{m.group('s')}/{m.group('n')}" if "s" in m.groupdict() else m.group("n")


def adoption_date(base: Resolution) -> str | None:
    a = base.adoption
    if a is None:
        return None
    if a.date:
        return a.date
    m = DATE.search(a.statement)
    return m.group() if m else None


def recall_text(number: str, when: str | None, body: str = "") -> str:
    """"Recalling its resolution 79/180 of 17 December 2024,"; of another body: "Recalling Security Council …"."""
    whose = f"{body} resolution" if body else "its resolution"
    return f"Recalling {whose} {number}" + (f" of {when}" if when else "") + ","


def _recall(res: Resolution, base: Resolution) -> list[Diagnostic]:
    number = resolution_number(base)
    if not number:
        return []
    if cites(res, number):
        return []
    text = recall_text(number, adoption_date(base))
    index = recall_position(res)
    return [Diagnostic(RECALL, INFO, f"Recall the base text: add “{text}” to the preamble",
                       Location(("preamble", index)), Fix(text, safe=False, action=INSERT_PARAGRAPH,
                                                          data=("preamble", index)),
                       name="recall-base-resolution", category=REVISION)]


def cites(res: Resolution, number: str) -> bool:
    """Whether a preambular or operative paragraph cites resolution ``number`` (79/180, not 79/1800)."""
    cited = re.compile(rf"(?<![\w/]){re.escape(number)}(?![\w/])")
    return any(cited.search(p.text) for p in res.preamble + res.operative)


def recall_position(res: Resolution) -> int:
    """Before the first preambular paragraph that recalls resolutions, else the first that recalls, else first."""
    recalling = [i for i, p in enumerate(res.preamble) if p.text.startswith("Recalling")]
    citing = [i for i in recalling if "resolution" in res.preamble[i].text]
    return (citing or recalling or [0])[0]


def _sessions(res: Resolution, base: Resolution) -> list[Diagnostic]:
    """Session ordinals in the operative part, from the base's session on, still as the base has them."""
    then, now = session_of(base), session_of(res)
    if then is None or now is None or now == then:
        return []
    out = []
    cmp = compare(base, res)
    for pair in cmp.pairs:
        for unit in pair.new:
            if unit.part != "operative" or not pair.old:
                continue
            kept = [e for e in diff_words(pair.old_text, unit.text) if e.op == EQUAL]
            for start, end, n in session_ordinals(unit.text):
                if n < then or not any(e.new_start <= start and end <= e.new_end for e in kept):
                    continue
                old_word = unit.text[start:end]
                word = with_case_of(ordinal_word(n + now - then), old_word)
                out.append(Diagnostic(SESSION, INFO, f"{unit.label}: update the session reference “{old_word}” to "
                                                     f"“{word}” for the new session",
                                      Location(unit.path, start, end),
                                      Fix(word, safe=False), name="update-session-reference", category=REVISION))
    return out


def _carried_over(res: Resolution, base: Resolution) -> list[Diagnostic]:
    out = []
    for name, what in (("agenda_item", "The agenda item is"), ("place_and_dates", "The place and dates line is")):
        text = getattr(res.masthead, name).text
        if text and text == getattr(base.masthead, name).text:
            out.append(Diagnostic(CARRIED, INFO, f"{what} the base text's (“{text}”): check it against the new session",
                                  Location(("masthead", name), 0, len(text)),
                                  name="masthead-from-base", category=REVISION))
    return out


# -- accepting a suggestion -----------------------------------------------------------------


def apply_suggestion(res: Resolution, finding: Diagnostic) -> None:
    """Apply the fix of one of ``revision_suggestions``' findings to ``res``."""
    fix = finding.fix
    if fix is None:
        raise ValueError(f"{finding.code} has no fix")
    if fix.action == INSERT_PARAGRAPH:
        part, index = fix.data
        getattr(res, part).insert(index, Paragraph(fix.replacement))
        return
    places = dict(res.inlines())
    inline = places.get(finding.location.path)
    if inline is None:
        raise ValueError(f"no place {finding.location.path} in this resolution")
    replace_text(inline, finding.location.start, finding.location.end, fix.replacement)


def replace_text(inline: Inline, start: int, end: int, replacement: str) -> None:
    """Replace ``inline.text[start:end]``, keeping marks and footnote anchors with their words."""
    shift = len(replacement) - (end - start)
    inline.text = inline.text[:start] + replacement + inline.text[end:]

    def moved(offset: int) -> int:
        return offset + shift if offset >= end else min(offset, start + len(replacement))

    for anchor in inline.anchors:
        anchor.offset = moved(anchor.offset)
    for mark in inline.marks:
        mark.start, mark.end = moved(mark.start), moved(mark.end)
