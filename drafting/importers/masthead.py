"""Recognize masthead, submission, adoption and title lines (ANAT-02 … ANAT-07).

Shared by the text, PDF and Word importers: each hands over the lines that stand
before the body line, and gets them assigned to fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..model import BOLD, Adoption, Inline, Resolution, Submission, join_names
from .furniture import JOB
from .markup import parse_inline

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
DATE = re.compile(rf"\d{{1,2}} (?:{MONTHS}) \d{{4}}")
# A date as people type it: "5th December, 2025", "December 5, 2025", "5/12/2025".
LOOSE_DATE = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})\.?,? \d{{4}}"
                        rf"|(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
                        r"|\d{1,2}/\d{1,2}/\d{4})$")
SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/(?:[A-Z][A-Za-z]{0,5}(?:\.\d+)?|[A-Z]{1,3}-\d{1,2}|\d{1,4}))+"
                    r"(?:/(?:Rev|Add|Corr|Amend)\.\d+|/Summary)*\*?(?: \(\d{4}\))?$")
_DISTR = re.compile(r"^Distr(?:ibution)?\.?\s*:?\s*(?P<v>General|Limited|Restricted)\b", re.I)
_ORIGINAL = re.compile(r"^Original(?: language)?\s*:?\s*(?P<v>[A-Z][a-z]+(?:\s*(?:and|/)\s*[A-Z][a-z]+)*)$", re.I)
_SESSION = re.compile(r"^(?:(?:Resumed|Special|Emergency special|Organizational)\s+)?"
                      r"(?:[A-Z][a-z]+(?:-[a-z]+)?|\d{4}|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?session\b.*$", re.I)
_COMMITTEE = re.compile(r"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization "
                        r"Committee.*|Human Rights Council|Commission on .+|Executive Board.*|Ad Hoc Committee.*|"
                        r"Working Group.*|Subsidiary Body.*|Committee on .+)$")
_PLACE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}, \d{1,2}(?:\s*(?:[–—-]|to)\s*\d{1,2})?(?: [A-Z][a-z]+)?"
                    r"(?:\s*[–—-]\s*\d{1,2} [A-Z][a-z]+)? \d{4}$")
_AGENDA = re.compile(r"^(?:Provisional\s+)?(?:Agenda\s+)?items?\s+\d+.*$|^Agenda item.*$", re.I)
_SUBMISSION = re.compile(r"^(?P<sponsors>.+?)\s*:\s*(?P<kind>(?:revised\s+)?draft\s+(?:resolution|decision)"
                         r"(?:\s+[IVX]+)?|amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+(?:resolution|decision)\b.*)"
                         r"\s*$", re.I)
AMENDMENT_KIND = re.compile(r"^amendments?\s+to\b", re.I)
# An amendment's line without sponsors, as the model builds it: "Amendment to draft resolution A/C.3/80/L.99".
_UNSPONSORED_AMENDMENT = re.compile(r"^Amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+"
                                    r"(?:resolution|decision)\b.*$")
_BASE_SYMBOL = re.compile(r"\b[A-Z]{1,6}(?:/(?:[A-Z][A-Za-z]{0,5}(?:\.\d+)?|\d{1,4}))+(?:/(?:Rev|Add|Corr)\.\d+)*")
# Documents the model cannot hold, known by a heading line: (what it is, the pattern).
_OTHER_DOCUMENTS = (
    ("a note by the Secretariat", re.compile(r"^Note by the (?:Secretariat|Secretary-General)\b")),
    ("a note", re.compile(r"^Note by the (?:President|Chair|Bureau)\b")),
    ("a report", re.compile(r"^(?:Report of the|Draft report of the)\b")),
    ("a letter", re.compile(r"^(?:Identical )?[Ll]etters? dated \d")),
    ("a meeting record", re.compile(r"^(?:Provisional )?(?:[Vv]erbatim|[Ss]ummary) record\b")),
)
_SUBMITTED_BY = re.compile(r"^(?:(?:Revised\s+)?[Dd]raft (?:resolution|decision)(?: submitted by .+| [IVX]+)?)$")
_MUN_SUBMITTED = re.compile(r"^(?:Submitted by|Sponsors?|Main[- ]submitter|Co-submitters?)\s*:\s*(?P<v>.+)$", re.I)
_ADOPTED = re.compile(r"^(?:Resolution|Decision) adopted by .+$")
_REFERENCE = re.compile(r"^\[(?P<v>.+)\]$")
_NUMBERED_TITLE_RAW = re.compile(r"^(?:\*\*)?(?P<num>(?:\d+|[A-Z]+-\d+)/\d+(?:\s[A-Z])?|\d{4}/\d+|\d+ \(\d{4}\))\.\s+")
# The verbs of a paragraph that adopts a text in full, and that paragraph: "Adopts the following outcome document …:".
ADOPTING = "Adopts|Approves|Endorses|Proclaims"
ADOPTS_FOLLOWING = re.compile(rf"^(?:{ADOPTING})\b.*\bthe following\b[^:]*:$")
# The verbs that open an amendment's instruction.
INSTRUCTION = re.compile(r"^(?:In|Replace|Delete|Insert|Add|After|Before|At the end|Amend|Renumber|Move|"
                         r"Reword|Substitute|Retain)\b")
# The closing line of an adopted text: "55th plenary meeting", "60th (resumed) plenary meeting".
MEETING = re.compile(r"^(?P<meeting>\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting)$")
JOB_NUMBER = re.compile(rf"(?<![\d-]){JOB}(?![\d-])")  # "25-17789" of "25-17789 (E) 111125"


def job_number_in(lines: Iterable[str]) -> str:
    """The first job number in ``lines`` (a page's foot, a Word file's footers), or ""."""
    return next((m.group(0) for line in lines if (m := JOB_NUMBER.search(line))), "")


ORGANS = ("General Assembly", "Security Council", "Economic and Social Council", "Trusteeship Council",
          "United Nations Environment Programme", "Human Rights Council")


def base_symbol(kind: str) -> str:
    """The symbol of the draft an amendment amends, read from "amendment to draft resolution A/80/L.22"."""
    symbols = _BASE_SYMBOL.findall(kind)
    return symbols[-1] if symbols else ""


def other_document(lines: list[str]) -> str | None:
    """What a document is when a header line shows it is no resolution ("a note by the Secretariat")."""
    for line in lines:
        plain = parse_inline(line).text.strip().strip("*").strip()
        for what, pattern in _OTHER_DOCUMENTS:
            if pattern.match(plain):
                return what
    return None


_COMMITTEE_ORDINAL = re.compile(r"^\((?:First|Second|Third|Fourth|Fifth|Sixth) Committee\)$")
_SESSION_ROW = re.compile(r"^(?P<session>.+?\bsession)\s+(?P<committee>.*?Committee(?:\s*\([^)]*\))?)?\s*"
                          r"(?P<item>(?:Provisional )?[Aa]genda items? \d+(?:\s*\([a-z]\))?(?:(?:,| and) \d+"
                          r"(?:\s*\([a-z]\))?)*)\s+(?P<title>\S.*)$")


def split_session_line(raw: str) -> list[str]:
    """The session, committee, agenda item and agenda title when a PDF gives them as one line.

    Some masthead tables set them in one cell ("Eightieth session Second Committee Agenda
    item 16 (c) Macroeconomic policy questions: …"); each goes to its own field.
    """
    plain = parse_inline(raw).text.strip()
    m = _SESSION_ROW.match(plain)
    if m is None or not _SESSION.match(m.group("session")):
        return [raw]
    return [part for part in (m.group("session"), m.group("committee") or "", m.group("item"), m.group("title"))
            if part]


def is_header_line(raw: str) -> bool:
    text = parse_inline(raw).text.strip()
    return any(p.match(text) for p in (_DISTR, _ORIGINAL, _SESSION, _AGENDA, _SUBMISSION, _SUBMITTED_BY, _ADOPTED))


def header_items(blocks) -> list[tuple[int, str]]:
    """Lines of the header zone; a wrapped bold block (an agenda title) stays one item."""
    items: list[tuple[int, str]] = []
    for block in blocks:
        raw = block.raw
        if len(block.lines) > 1 and (raw.startswith("**") and raw.endswith("**")
                                     or not any(_classify_line(ln.strip()) for ln in block.lines)):
            items.append((block.line, raw))
        else:
            items.extend((block.line + i, ln.strip()) for i, ln in enumerate(block.lines))
    return items


def line_kind(text: str) -> str | None:
    """What one header line is by itself: "banner", "symbol", "date", "session", … or None.

    The PDF importer asks this to tell masthead lines set one under another apart.
    """
    return _classify_line(text)


def _classify_line(text: str) -> str | None:
    plain = parse_inline(text).text.strip()
    if plain == "United Nations":
        return "banner"
    if SYMBOL.match(plain.rstrip("*")):
        return "symbol"
    for name, pattern in (("distribution", _DISTR), ("original", _ORIGINAL), ("adopted", _ADOPTED),
                          ("submission", _SUBMISSION), ("submission", _SUBMITTED_BY),
                          ("submission", _UNSPONSORED_AMENDMENT), ("mun", _MUN_SUBMITTED),
                          ("session", _SESSION), ("committee", _COMMITTEE), ("place_and_dates", _PLACE),
                          ("agenda_item", _AGENDA), ("reference", _REFERENCE)):
        if pattern.match(plain):
            return name
    if DATE.fullmatch(plain) or LOOSE_DATE.match(plain):
        return "date"
    return None


def assign(res: Resolution, items: list[tuple[int, str]],
           inline: Callable[..., Inline]) -> list[tuple[int, str, str]]:
    """Fill the header fields of ``res``; return (line, text, reason) for what fits nowhere."""
    m = res.masthead
    leftovers: list[tuple[int, str, str]] = []
    after_agenda: list[tuple[int, str]] = []
    title_parts: list[tuple[int, str]] = []
    state = "masthead"  # masthead → agenda title → title
    seen_organ = False
    committee_raw = ""
    for line, raw in [(at, part) for at, item in items for part in split_session_line(item)]:
        kind = _classify_line(raw)
        plain = parse_inline(raw).text.strip()
        if kind == "banner":
            continue
        if state == "masthead" and kind is None and not seen_organ and not m.symbol.text and _maybe_organ(plain):
            m.organ = inline(raw, line)
            seen_organ = True
            continue
        if kind == "symbol" and not m.symbol.text and state == "masthead":
            m.symbol = inline(raw, line)
            continue
        if kind is None and state == "masthead" and not seen_organ and m.symbol.text and _maybe_organ(plain):
            m.organ = inline(raw, line)
            seen_organ = True
            continue
        if kind == "distribution" and not m.distribution.text:
            m.distribution = Inline(_value(_DISTR, plain).capitalize())
            _note_source(m, "distribution", plain, f"Distr.: {m.distribution.text}")
            continue
        if kind == "date" and not m.date.text and state == "masthead":
            m.date = inline(raw, line)
            continue
        if kind == "original" and not m.original.text:
            m.original = Inline(_value(_ORIGINAL, plain))
            _note_source(m, "original", plain, f"Original: {m.original.text}")
            continue
        if kind == "session" and not m.session.text:
            m.session = inline(raw, line)
            continue
        if kind == "committee" and not m.committee.text and state == "masthead":
            m.committee = inline(raw, line)
            committee_raw = raw
            continue
        if _COMMITTEE_ORDINAL.match(plain) and committee_raw and state == "masthead":
            committee_raw = f"{committee_raw} {raw}"  # "Special Political and Decolonization Committee" wrapped
            m.committee = inline(committee_raw, line)
            continue
        if kind == "place_and_dates" and not m.place_and_dates.text:
            m.place_and_dates = inline(raw, line)
            continue
        if kind == "agenda_item" and not m.agenda_item.text:
            m.agenda_item = inline(raw, line)
            state = "agenda"
            continue
        if kind in ("submission", "mun") and state != "title":
            _submission(res, kind, plain, raw, line, inline)
            state = "title"
            continue
        if kind == "adopted":
            _adoption(res).statement = plain
            state = "title"
            continue
        if kind == "reference" and res.adoption is not None:
            _adoption(res).reference = _value(_REFERENCE, plain).strip()
            continue
        if state == "agenda":
            after_agenda.append((line, raw))
            continue
        if state == "title" or (kind is None and (m.date.text or m.session.text or seen_organ)):
            state = "title"
            title_parts.append((line, raw))
            continue
        leftovers.append((line, raw, "a line before the body line that fits no masthead field"))
    if after_agenda and not title_parts and not res.submission.kind and len(after_agenda) > 1:
        # No submission line: the last item before the body line is the title.
        title_parts = [after_agenda.pop()]
    if after_agenda:
        line = after_agenda[0][0]
        m.agenda_title = inline(" ".join(_unbold(r) for _, r in after_agenda), line, derived=BOLD)
    if title_parts:
        first_line, _ = title_parts[0]
        joined = " ".join(_unbold(r) for _, r in title_parts)
        numbered = _NUMBERED_TITLE_RAW.match(joined)
        if numbered and res.adoption is not None:
            res.adoption.number = numbered.group("num")
            joined = _unbold(joined[numbered.end():])
        res.title = inline(joined, first_line, derived=BOLD)
    return leftovers


def _maybe_organ(plain: str) -> bool:
    return plain in ORGANS or plain.startswith(("Conference of the Parties", "United Nations Environment",
                                                "Commission on", "Executive Board", "Meeting of the States Parties",
                                                "Assembly of States Parties", "Conference of the States Parties"))


def _unbold(raw: str) -> str:
    raw = raw.strip()
    return raw[2:-2] if raw.startswith("**") and raw.endswith("**") and len(raw) > 4 else raw


def _note_source(masthead, name: str, raw: str, canonical: str) -> None:
    """Keep a label that departs from the canonical form, for the rules to report (ANAT-02)."""
    if raw != canonical:
        masthead.source[name] = raw


def _submission(res: Resolution, kind: str, plain: str, raw: str, line: int, inline) -> None:
    sub = Submission(source_line=plain)
    parsed = inline(raw, line)
    if kind == "mun":
        sub.sponsors = _split_names(_value(_MUN_SUBMITTED, plain))
        sub.kind = "draft resolution"
    else:
        m = _SUBMISSION.match(plain)
        if m:
            sub.sponsors = _split_names(m.group("sponsors"))
            sub.kind = m.group("kind")
        else:
            sub.kind = plain[:1].lower() + plain[1:] if plain.startswith(("Draft", "Amendment")) else plain
    # The importer fills the parsed line's anchors later; they are rebased onto the built line then.
    sub.anchors = parsed.anchors
    res.submission = sub


def is_amendment_line(plain: str) -> bool:
    """Whether ``plain`` is an amendment's submission line, with its sponsors or without."""
    m = _SUBMISSION.match(plain)
    return bool(m and AMENDMENT_KIND.match(m.group("kind"))) or bool(_UNSPONSORED_AMENDMENT.match(plain))


def rebase_submission_anchors(sub: Submission) -> None:
    """Move anchors from offsets in the imported line to the same word in the built line: "Iraq:*" and
    "Pakistan*:" both anchor the note after the sponsor (``Submission.printed`` writes it after the colon)."""
    if sub.source_line is None:
        return
    built = sub.line
    for anchor in sub.anchors:
        if sub.source_line == built:  # as built: the offsets hold; a mark around the colon is the sponsors'
            anchor.offset = len(join_names(sub.sponsors)) if sub.on_sponsors(anchor.offset) else anchor.offset
            continue
        before = sub.source_line[:anchor.offset].rstrip(" :")
        word = re.split(r",\s*|\s+and\s+", before)[-1].strip()
        anchor.offset = built.find(word) + len(word) if word and word in built else len(built)


def _split_names(text: str) -> list[str]:
    """"A, B and C" → [A, B, C], keeping names that contain "and" whole.

    A serial comma ("B, and C") is tolerated here; the rules report it from the source line.
    """
    parts = [p.strip() for p in re.split(r",\s*", text.strip()) if p.strip()]
    if not parts:
        return []
    last = parts.pop()
    if last.startswith("and "):
        parts.append(last[4:].strip())
    else:
        parts.extend(split_last_and(last))
    return parts


def split_last_and(text: str) -> list[str]:
    """Split "Ukraine and United Kingdom of Great Britain and Northern Ireland" at the right "and"."""
    from ..names import is_state_name

    positions = [m.start() for m in re.finditer(r"\s+and\s+", text)]
    if not positions:
        return [text]
    for pos in positions:  # prefer a split where both sides are known names
        left, right = text[:pos].strip(), re.sub(r"^\s+and\s+", "", text[pos:]).strip()
        if is_state_name(left) and is_state_name(right):
            return [left, right]
    if is_state_name(text):
        return [text]
    for pos in positions:
        left, right = text[:pos].strip(), re.sub(r"^\s+and\s+", "", text[pos:]).strip()
        if is_state_name(right) or is_state_name(left):
            return [left, right]
    pos = positions[0]
    return [text[:pos].strip(), re.sub(r"^\s+and\s+", "", text[pos:]).strip()]


def _adoption(res: Resolution) -> Adoption:
    if res.adoption is None:
        res.adoption = Adoption()
    return res.adoption


def _value(pattern: re.Pattern[str], plain: str) -> str:
    """The ``v`` group of a line the classifier already matched with ``pattern``."""
    m = pattern.match(plain)
    assert m is not None, (pattern.pattern, plain)
    return m.group("v")
