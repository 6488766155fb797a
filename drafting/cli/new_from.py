"""``resolute new-from BASE -o NEW.unres``: start next session's draft from a previous text.

BASE may be an adopted resolution or a draft in any format Resolute reads.  The new
draft remembers BASE (for ``compare`` and tracked changes against it); the updates it
probably needs are listed as suggestions, which the editor offers one by one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .. import native
from ..errors import InputError
from ..importers import load_document
from ..revisions import new_draft_from, revision_suggestions


def add_parser(sub) -> None:
    p = sub.add_parser("new-from", help="make a new draft for the next session from a previous text")
    p.add_argument("base", help="the previous resolution or draft (text, PDF, .docx, .unres)")
    p.add_argument("-o", "--output", required=True, help="the new draft (.unres)")
    p.add_argument("--date", type=_iso_date, help="the masthead date, as YYYY-MM-DD (default: today)")
    p.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    p.set_defaults(run=run)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def run(args) -> int:
    source, target = Path(args.base), Path(args.output)
    if target.suffix.lower() != native.EXTENSION:
        raise InputError(target, f"the new draft is saved as {native.EXTENSION} (it keeps the base text); "
                                 f"export it to other formats afterwards")
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise InputError(target, "the output would overwrite the base text; choose another name")
    if target.is_dir():
        raise InputError(target, "is a folder; give a file name")
    if target.exists() and not args.force:
        raise InputError(target, "already exists; use --force to replace it")
    base = load_document(source).resolution
    draft = new_draft_from(base, args.date)
    native.save(draft, target)
    m = draft.masthead
    print(f"{target}: new draft from {base.masthead.symbol.text or source.name} "
          f"({m.session.text or 'session unknown'}, {m.symbol.text or 'no symbol'})")
    for finding in revision_suggestions(draft):
        print(f"{target}: suggestion {finding.code}: {finding.message}")
    return 0
