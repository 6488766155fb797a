"""``resolute amend BASE NEW [-o OUT] [--sponsors "A, B"]``: the amendment that turns BASE into NEW.

The instructions come in UN form ("In operative paragraph 4, after “…”, insert “…”.");
the amendment takes BASE's masthead and title.  Without ``-o`` it prints the text; with it,
the output's extension picks the format (.docx, .txt, .unres).
"""

from __future__ import annotations

from pathlib import Path

from ..amend.document import amendment_document
from ..amend.writer import WriteError, write_instructions
from ..exporters import EXPORTERS, export_document
from ..exporters.text import to_text
from ..importers import load_document
from ..importers.masthead import _split_names as split_names
from . import check_target, fail


def add_parser(sub) -> None:
    p = sub.add_parser("amend", help="write the amendment that turns a draft (BASE) into another version (NEW)")
    p.add_argument("base", help="the draft as tabled (text, PDF, .docx, .unres)")
    p.add_argument("new", help="the draft as the sponsors of the amendment want it")
    p.add_argument("-o", "--output", help="write the amendment to this file (" + ", ".join(EXPORTERS) + ")")
    p.add_argument("--sponsors", default="", help="who tables the amendment: \"Chile, Mexico and Peru\"")
    p.set_defaults(run=run)


def run(args) -> int:
    base_path, new_path = Path(args.base), Path(args.new)
    target = Path(args.output) if args.output else None
    if target is not None:
        check_target(target, base_path, new_path)
    base, new = load_document(base_path).resolution, load_document(new_path).resolution
    try:
        instructions = write_instructions(base, new)
    except WriteError as exc:
        return fail(f"{new_path}: {exc}")
    if not instructions:
        return fail(f"{new_path}: says the same as {base_path}; there is nothing to amend")
    document = amendment_document(base, instructions, split_names(args.sponsors) if args.sponsors.strip() else [])
    if target is None:
        print(to_text(document), end="")
    else:
        export_document(document, target)
    return 0
