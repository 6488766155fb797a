"""``resolute library add|search|similar|list|remove``: the library of agreed language.

``add FOLDER...`` indexes the resolutions, decisions and drafts in folders (PDF, .docx,
.txt, .unres; again: only new or changed files); ``search "QUERY"`` finds paragraphs
(words ranked by BM25, "a phrase" exactly); ``similar FILE`` gives each paragraph of FILE
its closest paragraph in the library; ``list`` and ``remove FOLDER`` manage the folders.
``--library DB`` uses another database than the user's.  JSON shapes:

- search: ``{"results": [{"symbol", "title", "date", "body", "part", "paragraph", "label", "text", "score"}]}``
- similar: ``{"paragraphs": [{"part", "paragraph", "best": {"symbol", "part", "paragraph", "similarity", "text"}
  | null}]}``; ``best`` is null for a paragraph that is new against the library.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..errors import InputError
from ..importers import load_document
from ..library import (
    NEW,
    DamagedLibrary,
    Hit,
    Library,
    ParagraphStatus,
    Progress,
    default_path,
    summary,
)
from ..library.extract import printed_date
from . import EXIT_BAD_INPUT, EXIT_OK
from .progress import ProgressBar

T = TypeVar("T")


def add_parser(sub) -> None:
    p = sub.add_parser("library", help="the library of agreed language: add folders, search, find sources")
    _common(p, outer=True)
    p.set_defaults(run=run)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="index the resolutions in folders (again: only new or changed files)")
    add.add_argument("folders", nargs="+", metavar="FOLDER")
    _common(add)
    add.set_defaults(run=run_add)

    find = actions.add_parser("search", help="find paragraphs: words ranked, \"a phrase\" exactly")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.add_argument("--limit", type=_positive, default=10, metavar="N", help="at most N results (default 10)")
    find.add_argument("--body", help="only texts of this body (\"General Assembly\", \"Security Council\")")
    find.add_argument("--since", type=_year, metavar="YEAR", help="only texts dated YEAR or later")
    _common(find)
    find.set_defaults(run=run_search)

    similar = actions.add_parser("similar", help="the closest paragraph in the library for each paragraph of FILE")
    similar.add_argument("file", metavar="FILE")
    similar.add_argument("--json", action="store_true", help="print JSON")
    _common(similar)
    similar.set_defaults(run=run_similar)

    listing = actions.add_parser("list", help="the folders in the library")
    _common(listing)
    listing.set_defaults(run=run_list)

    remove = actions.add_parser("remove", help="remove a folder and what was read from it")
    remove.add_argument("folder", metavar="FOLDER")
    _common(remove)
    remove.set_defaults(run=run_remove)


def _common(parser: argparse.ArgumentParser, outer: bool = False) -> None:
    """``--library`` and ``--yes``, before or after the action (the defaults live on the outer parser)."""
    parser.add_argument("--library", metavar="DB", default=None if outer else argparse.SUPPRESS,
                        help="the library database to use (default: the user's, in the user data folder)")
    parser.add_argument("--yes", action="store_true", default=False if outer else argparse.SUPPRESS,
                        help="rebuild a damaged library without asking")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number")
    return value


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (like 2020)")
    return int(text)


# -- opening, with the rebuild of a damaged library ---------------------------------------------


def using_library(args, work: Callable[[Library], T]) -> T:
    """``work(library)`` on the library of ``--library`` (or the user's); a damaged one is rebuilt if the user agrees.

    Damage is looked for when the library opens (SQLite's integrity check); damage that check
    cannot see (inside the full-text index) is met midway, and then handled the same way.
    """
    path = Path(args.library) if args.library else default_path()
    try:
        library = Library.open(path)
    except DamagedLibrary as exc:
        library = _rebuild(path, exc, args.yes)
    try:
        with library:
            return work(library)
    except DamagedLibrary as exc:
        with _rebuild(path, exc, args.yes) as rebuilt:
            return work(rebuilt)


def _rebuild(path: Path, exc: DamagedLibrary, yes: bool) -> Library:
    if not _confirm_rebuild(exc, yes):
        raise InputError(path, f"the library is damaged ({exc.reason}); run again with --yes to rebuild it "
                               f"from its folders") from None
    bar = ProgressBar()
    library, report, kept = Library.rebuild(path, lambda p: _show(bar, p))
    bar.finish()
    print(f"resolute: rebuilt {path} from {len(report.added)} files ({report.paragraphs:,} paragraphs); "
          f"the damaged file is kept as {kept}", file=sys.stderr)
    return library


def _confirm_rebuild(exc: DamagedLibrary, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        return False
    answer = input(f"resolute: the library {exc.path} is damaged ({exc.reason}).\n"
                   f"Rebuild it from its folders? The damaged file is kept beside it. [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _show(bar: ProgressBar, progress: Progress) -> None:
    bar.update(progress.done, progress.total, progress.paragraphs, progress.seconds_left, "paragraphs")


# -- the actions ----------------------------------------------------------------------------


def run_add(args) -> int:
    bar = ProgressBar()
    try:
        report = using_library(args, lambda library: library.add(args.folders, lambda p: _show(bar, p)))
    finally:
        bar.finish()
    for path, reason in report.failed:
        print(f"resolute: skipped {path}: {reason}", file=sys.stderr)
    parts = [f"{len(report.added)} added", f"{len(report.updated)} updated", f"{report.unchanged} unchanged",
             f"{len(report.removed)} removed", f"{len(report.failed)} failed"]
    print(f"{', '.join(parts)}; {report.paragraphs:,} paragraphs indexed in {report.seconds:.1f} s")
    if report.known_failures:
        print(f"{len(report.known_failures)} unchanged files failed before (see `resolute library list`)")
    return EXIT_OK


def run_search(args) -> int:
    hits = using_library(args, lambda library: library.search(args.query, limit=args.limit, body=args.body,
                                                              since=args.since))
    if args.json:
        print(json.dumps({"results": [h.to_json() for h in hits]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print("no paragraph found")
    bold = sys.stdout.isatty()
    for hit in hits:
        print(_hit_text(hit, bold))
    return EXIT_OK


def _hit_text(hit: Hit, bold: bool) -> str:
    when = printed_date(hit.date)
    head = "  ".join(x for x in (hit.symbol, when, hit.label, f"score {hit.score:.2f}") if x)
    text = hit.text
    if bold:
        for start, end in reversed(hit.matches):
            text = f"{text[:start]}\x1b[1m{text[start:end]}\x1b[0m{text[end:]}"
    return f"{head}\n    {text}\n"


def run_similar(args) -> int:
    res = load_document(args.file).resolution
    statuses = using_library(args, lambda library: library.classify(res, path=args.file))
    if args.json:
        print(json.dumps({"paragraphs": [_status_json(s) for s in statuses]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for s in statuses:
        where = f"{'PP' if s.part == 'preamble' else 'OP' if s.part == 'operative' else 'Annex '}{s.paragraph}"
        if s.status == NEW or s.match is None:
            print(f"{where:<10} new")
        else:
            print(f"{where:<10} {s.status:<9} {s.match.symbol} {s.match.label}  similarity {s.similarity:.2f}")
    print(summary(statuses))
    return EXIT_OK


def _status_json(s: ParagraphStatus) -> dict:
    best = s.match.to_json() if s.match is not None and s.status != NEW else None
    return {"part": s.part, "paragraph": s.paragraph, "best": best}


def run_list(args) -> int:
    folders, failures, (documents, paragraphs), where = using_library(args, lambda library: (
        library.folders(), library.failures(), library.counts(),
        f"{library.path}{' (read-only)' if library.read_only else ''}"))
    print(f"library {where}: {documents:,} documents, {paragraphs:,} paragraphs")
    for f in folders:
        failed = f", {f.failed} failed" if f.failed else ""
        print(f"  {f.path}  ({f.files} files, {f.paragraphs:,} paragraphs{failed})")
    if not folders:
        print("  no folders yet: `resolute library add FOLDER`")
    for path, reason in failures:
        print(f"  not indexed: {path}: {reason}")
    return EXIT_OK


def run_remove(args) -> int:
    removed = using_library(args, lambda library: library.remove(args.folder))
    print(f"removed {args.folder} ({removed} files)")
    return EXIT_OK


def run(args) -> int:  # the subcommand's entry point when no action is given (argparse requires one)
    print("resolute library: give an action (add, search, similar, list, remove)", file=sys.stderr)
    return EXIT_BAD_INPUT
