"""``resolute export FILE -o OUT``: convert to .unres, .docx or text, by the output's extension."""

from __future__ import annotations

from pathlib import Path

from .. import settings
from ..errors import InputError
from ..exporters import EXPORTERS, export_document
from ..importers import load_document


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="convert a resolution to " + ", ".join(EXPORTERS))
    p.add_argument("file")
    p.set_defaults(run=run)
    p.add_argument("-o", "--output", required=True,
                   help="the file to write; its extension picks the format (an existing OUT is replaced atomically)")
    p.add_argument("--author", help="the author written into a .docx (default: the document's, else the settings')")


def run(args) -> int:
    source, target = Path(args.file), Path(args.output)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise InputError(target, "the output would overwrite the input; choose another name")
    if target.is_dir():
        raise InputError(target, "is a folder; give a file name")
    result = load_document(source)
    options = {}
    if target.suffix.lower() == ".docx":
        options["author"] = args.author or result.resolution.meta.author or settings.load()[0].author
    export_document(result.resolution, target, **options)
    for warning in result.warnings:
        print(f"{source}: warning: {warning}")
    return 0
