"""``resolute export FILE -o OUT``: convert to .unres, .docx or text, by the output's extension."""

from __future__ import annotations

from pathlib import Path

from .. import settings
from ..errors import InputError
from ..exporters import EXPORTERS, export_document
from ..importers import load_document
from ..importers.masthead import JOB_NUMBER


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="convert a resolution to " + ", ".join(EXPORTERS))
    p.add_argument("file")
    p.set_defaults(run=run)
    p.add_argument("-o", "--output", required=True,
                   help="the file to write; its extension picks the format (an existing OUT is replaced atomically)")
    p.add_argument("--author", help="the author written into a .docx (default: the document's, else the settings')")
    p.add_argument("--job-number", metavar="NN-NNNNN",
                   help="the Secretariat's job number (\"25-17789\"), kept in the document and printed at the foot of "
                        "the .docx pages (default: the document's own)")


def run(args) -> int:
    source, target = Path(args.file), Path(args.output)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise InputError(target, "the output would overwrite the input; choose another name")
    if target.is_dir():
        raise InputError(target, "is a folder; give a file name")
    result = load_document(source)
    if args.job_number is not None:
        if not JOB_NUMBER.fullmatch(args.job_number.strip()):
            raise InputError(f"--job-number {args.job_number}",
                             "is not a job number: two digits, a hyphen and five digits (25-17789)")
        result.resolution.masthead.job_number = args.job_number.strip()
    options = {}
    if target.suffix.lower() == ".docx":
        options["author"] = args.author or result.resolution.meta.author or settings.load()[0].author
    export_document(result.resolution, target, **options)
    for warning in result.warnings:
        print(f"{source}: warning: {warning}")
    return 0
