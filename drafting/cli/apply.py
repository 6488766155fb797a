"""``resolute apply AMENDMENT BASE -o OUT``: the draft as the amendment would make it.

AMENDMENT may be a PDF, text, .docx or .unres amendment.  An instruction that cannot be
carried out (its words not found or found twice, its paragraph not in the draft) is
named with the reason, exit 2, and nothing is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..amend.apply import ApplyError, apply_instructions
from ..amend.reader import read_amendment
from ..exporters import EXPORTERS, export_document
from ..importers import load_document
from . import check_target, fail


def add_parser(sub) -> None:
    p = sub.add_parser("apply", help="apply an amendment to its draft")
    p.add_argument("amendment", help="the amendment (PDF, text, .docx, .unres)")
    p.add_argument("base", help="the draft it amends")
    p.add_argument("-o", "--output", required=True,
                   help="the draft as amended; its extension picks the format (" + ", ".join(EXPORTERS) + ")")
    p.set_defaults(run=run)


def run(args) -> int:
    amendment_path, base_path, target = Path(args.amendment), Path(args.base), Path(args.output)
    check_target(target, amendment_path, base_path)
    amendment = read_amendment(amendment_path)
    base = load_document(base_path).resolution
    symbol = " ".join(base.masthead.symbol.text.split())
    if amendment.base_symbol and symbol and amendment.base_symbol != symbol:
        print(f"resolute: warning: {amendment_path} amends {amendment.base_symbol}, but {base_path} is {symbol}",
              file=sys.stderr)
    try:
        amended = apply_instructions(base, amendment.instructions)
    except ApplyError as exc:
        return fail(f"{amendment_path}: {exc}")
    export_document(amended, target)
    return 0
