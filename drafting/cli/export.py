"""``resolute export FILE -o OUT``: convert to .unres, .docx or text, by the output's extension."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..exporters import export_document, EXPORTERS
from ..importers import load_document


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="convert a resolution to " + ", ".join(EXPORTERS))
    p.add_argument("file")
    p.set_defaults(run=run)
    p.add_argument("-o", "--output", required=True, help="the file to write; its extension picks the format")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")


def run(args) -> int:
    source, target = Path(args.file), Path(args.output)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise InputError(target, "the output would overwrite the input; choose another name")
    if target.is_dir():
        raise InputError(target, "is a folder; give a file name")
    result = load_document(source)
    export_document(result.resolution, target)
    for warning in result.warnings:
        print(f"{source}: warning: {warning}")
    return 0
