"""Text copied out of a PDF viewer, put in the shape the text importer reads.

Selecting all in a viewer and copying an official PDF gives hard-wrapped lines, paragraph numbers
on lines of their own ("1." then "Requests …"), and the page furniture between pages: the job
number ("25-10828 (E)" and its date), the barcode ("*2510828*"), "Please recycle", page numbers
("2/4") and the running heads (the symbol, and an adopted text's title, repeated at the top of
later pages).  Text is tidied only when it carries that furniture, so text typed or pasted
from elsewhere reads as it always did.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from ..marked_text import SUPERSCRIPTS
from ..names import is_state_name
from .furniture import FIRST_PAGE_JOB_LINE, JOB_LINE, PAGE_OF, is_furniture
from .masthead import MEETING, SYMBOL

_LABEL_ALONE = re.compile(r"^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|[a-z]\.)$")
_ADOPTED = re.compile(r"^(?:Resolution|Decision) adopted by the [A-Z][A-Za-z ]+")  # "… on 30 June 2025" next
_YEAR = re.compile(r"\b(?:19|20)\d\d$")
_SUBMITTED = re.compile(r"^Draft (?:resolution|decision) submitted by\b")
_DRAFT_KIND = re.compile(r"\b(?:[Rr]evised )?draft (?:resolution|decision)$")
# A decision's sentence: "The General Assembly, taking note …".
_DECISION = re.compile(r"^The [A-Z][A-Za-z ]{2,60}, [a-z]")
_ANNEX = re.compile(r"^Annex(?: [IVX]{1,5}| [A-H])?$")
_MARKS_AT_END = re.compile(r"(?:\[\^\d+\])+$")
_ADOPTS = re.compile(r"^(?:Adopts|Approves|Endorses|Proclaims)\b")  # a paragraph that may adopt a text in full
_TEXT_LABEL = re.compile(r"^(?:[A-H]|[IVX]{1,4})$")  # "B", "II": the label of a further text of the document
_ROMAN_ALONE = re.compile(r"^[IVXL]{1,6}$")
_NUMBERED = re.compile(r"^\d{1,3}\.\s")
HEADING_WORDS = 25  # the longest heading between paragraphs, as the text importer takes it
_DISTRIBUTION = re.compile(r"^Distr\.:")
MASTHEAD_LINES = 20  # a copy of page 1 has its "Distr.:" line within so many lines
HEAD_LINES = 14  # a page's head follows its foot within so many lines (blank ones and a running title among them)
TITLE_LINES = 10  # a running title stands within so many lines of its symbol (blank ones among them)
ITEM_LINES = 30  # the most lines a heading item (a long list of sponsors) is wrapped on
_NUMBER_ALONE = re.compile(r"^\d{1,3}/\d{1,4}(?: [A-Z])?\.$")  # "79/305." before the title
_SEPARATOR = re.compile(r"^_{5,}$")
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
_NOTE_NUMBER = re.compile(r"^\d{1,3}$")
_STAR_NOTE = re.compile(r"^\*{1,3}\s")
_NOTE_ENDS = (".", ".)", ".”", "?")
# Words a number follows as a number of its own ("paragraph 3", "resolution 1 of"), and words that
# follow one ("1 January", "3 per cent"): such a number is not a note mark.
_COUNTING_WORDS = """paragraph paragraphs article articles resolution resolutions decision decisions goal
    target targets rule rules chapter chap. annex annexes section sect. part phase no. vol. para. paras. and or to of
    from between by than the at in on for with protocol level step principle principles item items option category
    add. rev. corr. under about over nearly some approximately only least first every page pp. p. subparagraph
    recommendation recommendations objective objectives indicator indicators table figure column
    amendment"""
_COUNTING = frozenset(_COUNTING_WORDS.split())
_COUNTED_WORDS = """january february march april may june july august september october november december
    per percent % million billion trillion years year days months weeks hours times"""
_COUNTED = frozenset(_COUNTED_WORDS.split())
# A year, a span of years or a symbol ("5/14") may end what a note names.
_NAMED = re.compile(r"(?:^|[–-])(?:1[89]|20)\d\d$|/")
# A mark stands after a space, or comes glued to what it follows: "…, 2011,1", "Secretary-General12", "2015–203020".
_MARK_AFTER = r"(?:(?<!\S)|(?<=[,;:”)a-z])|(?<=[–-]\d{4}))"
_NUMBER_ALONE_IN_LINE = re.compile(rf"{_MARK_AFTER}[1-9]\d{{0,2}}(?!\S)")
_THOUSANDS = re.compile(r"^\d{3}\b")  # "1 000": the number goes on
# The body line: "The General Assembly," "The Security Council," (its comma lost before a text adopted in full).
_BODY = re.compile(r"^The [A-Z][A-Za-z ,'()-]{2,80},$"
                   r"|^The (?:General Assembly|Security Council|Economic and Social Council)$")


def is_copied_pdf(text: str) -> bool:
    """Whether ``text`` carries an official PDF's page furniture: the first page's job number line
    ("25-10828 (E)"), or a later page's foot (its page number "2/4" and its job number "25-10828")
    where a few paragraphs were copied across a page's end."""
    lines = [line.strip() for line in text.splitlines()]
    return any(FIRST_PAGE_JOB_LINE.match(line) for line in lines) or (
        any(PAGE_OF.match(line) for line in lines) and any(JOB_LINE.match(line) for line in lines))


def tidy(text: str) -> str:
    """``text`` without page furniture and running heads, each lone label joined to its paragraph,
    each page's footnote texts numbered under a separator and their marks written as marks."""
    lines = [line.rstrip() for line in text.replace("\f", "\n").splitlines()]
    body, notes = _notes_gathered(lines, *_running_heads(lines))
    out = _header_joined(_labels_joined(_in_reading_order(_marks(body, notes))))
    return "\n".join([*_apart(out), *([""] + [note.text for note in notes] if notes else [])]) + "\n"


def _in_reading_order(lines: list[str]) -> list[str]:
    """A two-line numbered paragraph whose short last line the copy gives first ("26." "session."
    "" "Decides to continue its consideration of the question at its eighty-second" ""): its
    lines put back in order."""
    out = list(lines)
    for i in range(len(out) - 3):
        label, tail, gap, head = (line.strip() for line in out[i:i + 4])
        if (_LABEL_ALONE.match(label) and tail and not gap and head and _unmarked(tail).endswith((";", ".", ":"))
                and not _unmarked(head).endswith((",", ";", ".", ":")) and len(tail.split()) < len(head.split())
                and (i + 4 == len(out) or not out[i + 4].strip())):
            out[i + 1:i + 4] = [out[i + 3], out[i + 1], ""]
    return out


def _labels_joined(kept: list[str]) -> list[str]:
    """Lone labels and numbers joined to the line after them."""
    out: list[str] = []
    pending = ""
    for line in kept:
        stripped = line.strip()
        if _LABEL_ALONE.match(stripped) or _NUMBER_ALONE.match(stripped):
            pending = stripped
            continue
        if pending and not stripped and _NUMBER_ALONE.match(pending):
            continue  # the title follows a blank line
        if pending and stripped:
            out.append(f"{pending} {stripped}")
            pending = ""
            continue
        out.append(line)
    if pending:
        out.append(pending)
    return out


def _is_furniture(line: str) -> bool:
    return is_furniture(line, bare_numbers=False)  # a number alone is a footnote's


@dataclass(frozen=True)
class _Note:
    text: str  # as the text importer reads it anywhere: "¹ Resolution 70/1.", "* On behalf of …"
    number: int | None  # None for a symbol note
    page: int


@dataclass(frozen=True)
class _Line:
    text: str
    page: int


def _notes_gathered(lines: list[str], heads: set[int], starts: list[int]) -> tuple[list[_Line], list[_Note]]:
    """``lines`` without running heads (``heads``; ``starts``: their symbols, where later pages
    start) and furniture, and the footnotes found on each page.

    A viewer copies a page's notes as their numbers and texts on lines of their own, the numbers
    not always beside their texts ("1", "2", "Resolution 55/2.", "A/80/127."), and the furniture
    among them.  The texts keep their order, and each ends a sentence: a page's texts are paired
    with its numbers in order when they come out as many; otherwise the area is left where it is.
    The blank lines around a page's end go with it, so a paragraph cut there reads as one; pages
    that meet between paragraphs keep one.
    """
    body: list[_Line] = []
    notes: list[_Note] = []
    page = 0
    at_break = False  # at a page's end or a later page's head: blank lines there end no paragraph
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if i in heads or _is_furniture(line) or (at_break and not line):
            page += i in starts
            _trim(body)
            at_break = True
            i += 1
            continue
        if not (_SEPARATOR.match(line) or (_STAR_NOTE.match(line) and i and not lines[i - 1].strip())):
            if at_break and body and _ends_paragraph(body[-1].text, line):
                body.append(_Line("", page))
            body.append(_Line(lines[i], page))
            at_break = False
            i += 1
            continue
        end = next((j for j in starts if j > i), len(lines))
        kept = [j for j in range(i, end) if j not in heads and not _is_furniture(lines[j])]
        area = [lines[j].strip() for j in kept if lines[j].strip() and not _SEPARATOR.match(lines[j].strip())]
        found = sorted(int(text) for text in area if _NOTE_NUMBER.match(text))
        texts = _note_texts([text for text in area if not _NOTE_NUMBER.match(text)])
        if len([text for text in texts if not _STAR_NOTE.match(text)]) == len(set(found)) == len(found):
            paired = iter(found)
            for text in texts:
                number = None if _STAR_NOTE.match(text) else next(paired)
                notes.append(_Note(text if number is None else f"{_raised(number)} {text}", number, page))
            _trim(body)
            at_break = True
        else:
            body += [_Line(lines[j], page) for j in kept]
            at_break = False
        i = end
    return body, notes


def _ends_paragraph(last: str, first: str) -> bool:
    """Whether a page that ends with ``last`` and a page that starts with ``first`` meet between
    paragraphs rather than inside one (a blank line then keeps them apart)."""
    return _unmarked(last).endswith((",", ";", ":", ".")) and bool(re.match(r"[A-Z(]|\d{1,3}\.", first))


def _unmarked(line: str) -> str:
    """``line`` without the note marks at its end: "…2024;[^3]" ends a paragraph as "…2024;" does."""
    return _MARKS_AT_END.sub("", line.rstrip())


def _trim(lines: list[_Line]) -> None:
    while lines and not lines[-1].text.strip():
        lines.pop()


def _raised(number: int) -> str:
    return str(number).translate(_TO_SUPERSCRIPT)


def _note_texts(lines: list[str]) -> list[str]:
    """A footnote area's text lines as note texts: a note ends where a line ends a sentence, and
    a symbol note ("* On behalf of …") starts at its asterisk."""
    notes: list[str] = []
    open_note = False
    for line in lines:
        if open_note and not _STAR_NOTE.match(line):
            notes[-1] = f"{notes[-1]} {line}"
        else:
            notes.append(line)
        open_note = not line.endswith(_NOTE_ENDS)
    return notes


def _mark_places(line: str, numbers: set[int], before: str) -> list[tuple[int, int, int]]:
    """Where one of ``numbers`` stands in ``line`` as a note mark may: (start, end, number);
    ``before`` is the text before the line (a mark may start it)."""
    places = []
    for match in _NUMBER_ALONE_IN_LINE.finditer(line):
        number = int(match.group())
        if number not in numbers:
            continue
        words_before = (before + " " + line[:match.start()]).split()
        after = line[match.end():].split()
        previous = words_before[-1] if words_before else ""
        if not previous or previous.lower() in _COUNTING or (previous[-1].isdigit() and not _NAMED.search(previous)):
            continue
        if after and (_THOUSANDS.match(after[0]) or after[0].lower().strip(",;.") in _COUNTED):
            continue
        places.append((match.start(), match.end(), number))
    return places


def _marks(body: list[_Line], notes: list[_Note]) -> list[str]:
    """The body's lines, each note's number written as a mark ("Declaration,[^1]") where it stands
    as a number of its own on the note's page ("the Millennium Declaration, 1 to strive …"): a
    raised mark that came down.  Of the places a page's numbers may stand, the longest run in
    which they follow each other in order is taken, so a stray number does not push the marks
    after it out of place; a number with no place in that run is passed over."""
    out = [line.text for line in body]
    rows: dict[int, list[int]] = {}
    for row, line in enumerate(body):
        rows.setdefault(line.page, []).append(row)
    chosen: list[tuple[int, int, int, int]] = []  # row, start, end, number
    for page, page_rows in rows.items():
        numbers = {note.number for note in notes if note.page == page and note.number is not None}
        if numbers:
            chosen += _in_order([(row, *place) for row in page_rows
                                 for place in _mark_places(out[row], numbers, out[row - 1] if row else "")])
    for row, start, end, number in sorted(chosen, reverse=True):  # from the right: spans stay true
        out[row] = f"{out[row][:start].rstrip()}[^{number}]{out[row][end:]}"
    return out


def _in_order(places: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The longest run of ``places`` (row, start, end, number) rising in both place and number,
    one place a number."""
    ranked = sorted(places, key=lambda p: (p[3], -p[0], -p[1]))  # a number's places, last first
    tails: list[int] = []  # tails[k]: index in ranked of the smallest place ending a run of k + 1
    tail_keys: list[tuple[int, int]] = []  # the places of tails, for the search
    back: list[int | None] = []
    for i, place in enumerate(ranked):
        k = bisect_left(tail_keys, place[:2])
        back.append(tails[k - 1] if k else None)
        if k == len(tails):
            tails.append(i)
            tail_keys.append(place[:2])
        else:
            tails[k], tail_keys[k] = i, place[:2]
    run: list[tuple[int, int, int, int]] = []
    at = tails[-1] if tails else None
    while at is not None:
        run.append(ranked[at])
        at = back[at]
    return run


def _apart(lines: list[str]) -> list[str]:
    """Blank lines where the viewer's copy lost them: around the body line ("The General Assembly,"),
    an annex's heading ("Annex II"), a further text's label before its body line ("B"), a heading
    between operative paragraphs and the closing lines ("81st plenary meeting", its date), and
    before a decision's sentence ("The General Assembly, taking note …"), which ends its title."""
    out: list[str] = []
    lines = _adopted_in_full(_roman_headings_joined(lines))
    for i, line in enumerate(lines):
        text = line.strip()
        labels_text = bool(_TEXT_LABEL.match(text)) and i + 1 < len(lines) and bool(_BODY.match(lines[i + 1].strip()))
        if _BODY.match(text) or _ANNEX.match(text) or MEETING.match(text) or labels_text or _is_heading(lines, i):
            out += ["", line, ""]
        elif _DECISION.match(text) and not any(_DECISION.match(seen.strip()) for seen in out):
            out += ["", line]
        else:
            out.append(line)
    return out


def _adopted_in_full(lines: list[str]) -> list[str]:
    """A text adopted in full ("Adopts the following outcome document …:", its title, its text)
    with blank lines after the adopting paragraph and after the adopted text's title, as the text
    importer reads such a text."""
    start = next((i for i, line in enumerate(lines) if _ADOPTS.match(line.strip())), None)
    if start is None:
        return lines
    end = next((j for j in range(start, min(len(lines), start + ITEM_LINES)) if lines[j].rstrip().endswith(":")),
               None)
    if end is None or "the following" not in " ".join(lines[start:end + 1]):
        return lines
    title_end = end + 1  # the title's first line, and the lines that go on with it in lower case
    while title_end + 1 < len(lines) and lines[title_end + 1].strip()[:1].islower():
        title_end += 1
    return [*lines[:end + 1], "", *lines[end + 1:title_end + 1], "", *lines[title_end + 1:]]


def _roman_headings_joined(lines: list[str]) -> list[str]:
    """A roman numeral alone ("III") and the heading under it ("Related fisheries instruments"),
    before a numbered paragraph, as one line ("III Related fisheries instruments"): alone, the
    numeral would open a further text."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if (_ROMAN_ALONE.match(lines[i].strip()) and _heading_before_number(lines, i + 1)
                and _unmarked(lines[i - 1] if i else ";").endswith((",", ";", ".", ":"))):
            out.append(f"{lines[i].strip()} {lines[i + 1].strip()}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _is_heading(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a heading among numbered paragraphs: after a paragraph's end, without
    closing punctuation, a numbered paragraph next ("Budget estimates for the period …" "13. Decides …")."""
    return (0 < i < len(lines) - 1 and _unmarked(lines[i - 1]).endswith((";", ".", ":"))
            and _heading_before_number(lines, i))


def _heading_before_number(lines: list[str], i: int) -> bool:
    text = lines[i].strip()
    return (i + 1 < len(lines) and text[:1].isupper() and not text.endswith((",", ";", ":", "."))
            and len(text.split()) <= HEADING_WORDS and bool(_NUMBERED.match(lines[i + 1].strip()))
            and not _NUMBERED.match(text))


def _header_joined(lines: list[str]) -> list[str]:
    """The lines before the body line with each heading item on one line, where the viewer wrapped
    it: the adoption line and its date, its bracket ("[on the report of … (Fourth Committee)
    (A/78/417, para. 8)]"), and the submission line ("Austria, Belgium, …, Spain:" "draft
    resolution"; "Draft resolution submitted by the Chair … following" "informal consultations"),
    which is set apart by blank lines."""
    end = next((i for i, line in enumerate(lines) if _BODY.match(line.strip()) or _DECISION.match(line.strip())),
               len(lines))
    out: list[str] = []
    submitted = False
    i = 0
    while i < end:
        line = lines[i].strip()
        submission = not submitted and bool(_SUBMITTED.match(line) or _opens_sponsor_list(line))
        if _ADOPTED.match(line):
            last = _through(lines, i, end, lambda text: bool(_YEAR.search(text)))
        elif line.startswith("[") and "]" not in line:
            last = _through(lines, i, end, lambda text: text.endswith("]"))
        elif submission and _SUBMITTED.match(line):
            last = _through(lines, i, end, lambda text: False)
        elif submission:
            last = _through(lines, i, end, lambda text: bool(_DRAFT_KIND.search(text)))
        else:
            last = i
        joined = " ".join(text.strip() for text in lines[i:last + 1]) if last > i else lines[i]
        out += ["", joined, ""] if submission else [joined]
        submitted = submitted or submission
        i = last + 1
    return out + lines[end:]


def _through(lines: list[str], start: int, end: int, last: Callable[[str], bool]) -> int:
    """Where the item starting at ``start`` ends: the first line ``last`` accepts, else the line
    before a blank one (a few lines on at most)."""
    for i in range(start, min(end, start + ITEM_LINES)):
        if last(lines[i].strip()):
            return i
        if i + 1 < end and not lines[i + 1].strip():
            return i
    return start


def _opens_sponsor_list(line: str) -> bool:
    """Whether ``line`` starts a list of sponsors: a Member State's name and a comma or colon."""
    first = line.split(",")[0].split(":")[0].strip()
    return ("," in line or ":" in line) and (is_state_name(first) or is_state_name(first.split(" and ")[0]))


def _running_heads(lines: list[str]) -> tuple[set[int], list[int]]:
    """Where the symbol comes back after the masthead, and the lines around it that are part of an
    adopted text's title (its running head, wrapped at another width): the first lines of later pages."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if SYMBOL.match(first):  # the masthead's symbol, unless the copy starts at a later page's head
        masthead = any(_DISTRIBUTION.match(line.strip()) for line in lines[:MASTHEAD_LINES])
        repeats = [i for i, line in enumerate(lines) if (i or not masthead) and line.strip() == first]
    else:  # a copy from a later page on: the symbol that heads a page after a page's foot
        heads = [i for i, line in enumerate(lines) if SYMBOL.match(line.strip()) and _after_a_foot(lines, i)]
        repeats = [i for i, line in enumerate(lines) if heads and line.strip() == lines[heads[0]].strip()]
    title = _adopted_title(lines[:repeats[0]] if repeats else lines)
    drop: set[int] = set(repeats)
    for at in repeats:
        for step in (-1, 1):  # the title's lines stand above the symbol or below it
            i = at + step
            while 0 <= i < len(lines) and (not lines[i].strip() or _LABEL_ALONE.match(lines[i].strip())
                                           or _in_title(lines[i], title, lines, repeats)):
                if not _LABEL_ALONE.match(lines[i].strip()):  # a paragraph's number the copy set between stays
                    drop.add(i)
                i += step
    return drop, repeats


def _in_title(line: str, title: str, lines: list[str], heads: list[int]) -> bool:
    """Whether ``line`` is part of the running title: of the title read on page 1, or where page 1
    was not copied, a line that stands beside two heads or more."""
    words = " ".join(line.split())
    if _NOTE_NUMBER.match(words):  # a note's number, whatever the title holds ("2013")
        return False
    if title:
        return f" {words} " in f" {title} "  # whole words of it
    near = [at for at in heads if any(lines[i].strip() == line.strip()
                                      for i in range(max(0, at - TITLE_LINES), min(len(lines), at + TITLE_LINES)))]
    return len(near) > 1


def _after_a_foot(lines: list[str], at: int) -> bool:
    """Whether a page's foot (page or job number) stands among the few lines before ``at``."""
    return any(_is_furniture(line) for line in lines[max(0, at - HEAD_LINES):at])


def _adopted_title(page: list[str]) -> str:
    """The title after the resolution's number ("79/145."), up to the body line, on one line."""
    start = next((i for i, line in enumerate(page) if _NUMBER_ALONE.match(line.strip())), None)
    if start is None:
        return ""
    title: list[str] = []
    for line in page[start + 1:]:
        if _BODY.match(line.strip()) or (title and not line.strip()):
            break
        title += line.split()
    return " ".join(title)
