"""``resolute compare OLD NEW [--format text|json] [-o OUT.docx]``: what changed between two versions.

Both files may be in any format Resolute reads.  The text report lists the changes in
negotiators' terms with the changed words; ``--format json`` prints the stable shape
described in drafting/compare/json-format.md; ``-o`` also writes the new text as a Word
document with every difference as a tracked change against OLD.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..compare.align import compare
from ..compare.report import changes, to_json, to_text
from ..errors import InputError
from ..importers import load_document
from . import check_target


def add_parser(sub) -> None:
    p = sub.add_parser("compare", help="compare two versions of a resolution (text, PDF, .docx, .unres)")
    p.add_argument("old", help="the earlier version (the base)")
    p.add_argument("new", help="the later version")
    p.add_argument("--format", choices=("text", "json"), default="text", help="how to print the changes")
    p.add_argument("-o", "--output", help="also write NEW as a .docx with the changes as Word tracked changes")
    p.add_argument("--author", help="the author of the tracked changes (with -o; default: NEW's author, "
                                    "else Resolute)")
    p.set_defaults(run=run)


def run(args) -> int:
    old_path, new_path = Path(args.old), Path(args.new)
    target = Path(args.output) if args.output else None
    if target is not None:
        _check_target(target, old_path, new_path)
    old, new = load_document(old_path).resolution, load_document(new_path).resolution
    result = compare(old, new)
    found = changes(result)
    if args.format == "json":
        print(json.dumps(to_json(result, found, str(old_path), str(new_path)), ensure_ascii=False, indent=2))
    else:
        print(to_text(result, found, str(old_path), str(new_path)))
    if target is not None:
        from ..compare.tracked_docx import save_tracked

        save_tracked(result, target, author=args.author)
    return 0


def _check_target(target: Path, *inputs: Path) -> None:
    if target.suffix.lower() != ".docx":
        raise InputError(target, "the tracked-changes document must be a .docx file")
    check_target(target, *inputs)
