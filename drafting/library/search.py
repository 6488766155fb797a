"""Searching the library: words ranked by BM25, phrases in double quotes matched exactly.

The user's query is never passed to FTS5 as syntax: it is cut into words and quoted
phrases and rebuilt with every term quoted, so that a stray ``-``, ``*`` or ``AND`` in a
query is a word, not an operator.  All words must match; when no paragraph has them all,
the paragraphs with the most of them come instead (any word, ranked), so that one
misremembered word does not leave the user with nothing.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from .words import fold, word_list, word_spans

_PHRASE = re.compile(r'"([^"]*)"?')
# Words that are in most paragraphs: outside quotes they neither narrow a search nor rank it, and
# ranking every paragraph holding "the" would take long on a large library.  Quoted, they count.
STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or",
    "that", "the", "their", "these", "this", "those", "to", "was", "were", "which", "with",
})


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    prefix: str = ""  # a last word still being typed (search as you type)

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.prefix)

    def terms(self) -> list[str]:
        """The FTS5 terms, each quoted: words, "phrase words", and the prefix with ``*``."""
        out = [_quote(w) for w in self.words]
        out += [_quote(" ".join(p)) for p in self.phrases]
        if self.prefix:
            out.append(_quote(self.prefix) + " *")
        return out


@dataclass
class Hit:
    symbol: str
    title: str
    date: str
    body: str
    part: str
    paragraph: str
    label: str
    text: str
    score: float
    number: str = ""  # the resolution's number, for citing it
    path: str = ""  # the file it was read from
    matches: list[tuple[int, int]] = field(default_factory=list)  # spans of matched words in ``text``

    def to_json(self) -> dict:
        return {"symbol": self.symbol, "title": self.title, "date": self.date, "body": self.body, "part": self.part,
                "paragraph": self.paragraph, "label": self.label, "text": self.text, "score": round(self.score, 4)}


def parse(text: str, typing: bool = False) -> Query:
    """Words and "quoted phrases"; with ``typing``, a last word not followed by a space is a prefix."""
    phrases, rest = [], []
    last = 0
    for m in _PHRASE.finditer(text):
        rest.append(text[last:m.start()])
        words = word_list(m.group(1))
        if len(words) > 1:
            phrases.append(tuple(words))
        else:
            rest.append(" ".join(words))
        last = m.end()
    tail = text[last:]
    rest.append(tail)
    words = word_list(" ".join(rest))
    prefix = ""
    if typing and words and tail and not tail[-1:].isspace() and word_list(tail):
        prefix = words.pop()
    unique = tuple(dict.fromkeys(words))
    content = tuple(w for w in unique if w not in STOPWORDS)
    if content or phrases or prefix:
        unique = content
    return Query(unique, tuple(dict.fromkeys(phrases)), prefix)


def search(conn: sqlite3.Connection, query: Query, limit: int = 20, body: str | None = None,
           since: int | None = None) -> list[Hit]:
    if query.empty:
        return []
    terms = query.terms()
    hits = _run(conn, " AND ".join(terms), query, limit, body, since)
    if not hits and len(terms) > 1 and query.words:
        required = [_quote(" ".join(p)) for p in query.phrases]  # a phrase asked for stays required
        any_word = "(" + " OR ".join(t for t in terms if t not in required) + ")"
        hits = _run(conn, " AND ".join(required + [any_word]), query, limit, body, since)
    return hits


_FIELDS = "d.symbol, d.title, d.date, d.body, p.part, p.number, p.label, p.text, score, d.number, f.path"
_JOINS = "JOIN paragraphs p ON p.id = m.id JOIN documents d ON d.id = p.document_id JOIN files f ON f.id = d.file_id"


def _run(conn: sqlite3.Connection, match: str, query: Query, limit: int, body: str | None,
         since: int | None) -> list[Hit]:
    if body or since:
        # Filters apply before ranking's cut-off, so the join comes first.
        sql = (f"SELECT {_FIELDS} FROM (SELECT rowid AS id, -bm25(paragraph_index) AS score FROM paragraph_index "
               f"WHERE paragraph_index MATCH ?) m {_JOINS} WHERE 1")
        params: list = [match]
        if body:
            sql += " AND d.body LIKE ?"
            params.append(f"%{body}%")
        if since:
            sql += " AND d.date >= ?"
            params.append(f"{since:04d}")
        sql += " ORDER BY score DESC LIMIT ?"
    else:
        # Rank in the index alone, then fetch the particulars of the few kept.
        sql = (f"SELECT {_FIELDS} FROM (SELECT rowid AS id, -bm25(paragraph_index) AS score FROM paragraph_index "
               f"WHERE paragraph_index MATCH ? ORDER BY bm25(paragraph_index) LIMIT ?) m {_JOINS} "
               f"ORDER BY score DESC")
        params = [match]
    params.append(limit)
    hits = [Hit(*row) for row in conn.execute(sql, params)]
    for hit in hits:
        hit.matches = matched_spans(hit.text, query)
    return hits


def matched_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Where the query's words, phrases and prefix stand in ``text`` (for highlighting)."""
    spans = word_spans(text)
    folded = [fold(text[s:e]) for s, e in spans]
    marked: set[int] = {i for i, w in enumerate(folded) if w in query.words}
    if query.prefix:
        marked |= {i for i, w in enumerate(folded) if w.startswith(query.prefix)}
    for phrase in query.phrases:
        n = len(phrase)
        for i in range(len(folded) - n + 1):
            if tuple(folded[i:i + n]) == phrase:
                marked.update(range(i, i + n))
    return _joined([spans[i] for i in sorted(marked)], text)


def _joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Adjacent matched words (only spaces between) become one span: "Welcomes the report"."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and not text[out[-1][1]:start].strip():
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'
