"""What one fuzz case goes through: everything a user can do with a file from the command line.

Each stage may refuse the file with an ``InputError`` (a clear message is the contract);
any other exception is a crash.  A file that loads must also print, check, export to every
format and reopen from each of its own exports.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

from drafting.errors import InputError


class OwnExportRefused(Exception):
    """Resolute refused a file it wrote itself from a document it had read."""




def _printable(text: str) -> None:
    """What printing does on a UTF-8 terminal: it must not fail."""
    text.encode("utf-8")


def _printed(func: Callable[[], object]) -> None:
    """Run ``func`` with stdout as a strict UTF-8 terminal that the output is thrown into."""
    sink = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        func()
        sink.flush()


def run_stages(path: Path, stage_log: list[str], full: bool = True) -> None:
    """Run every stage on ``path``; the stage reached is appended to ``stage_log`` before it starts.
    Without ``full``, spelling suggestions, compare and fix (the slowest) are left out."""
    from drafting.cli.check import _print as print_findings
    from drafting.cli.parse import render_summary
    from drafting.compare.align import compare
    from drafting.compare.report import changes, to_text
    from drafting.exporters import export_document
    from drafting.importers import load_document
    from drafting.outline import to_json
    from drafting.rules import apply_safe_fixes, check, pack_for
    from drafting.spelling.document import with_suggestions

    stage_log.append("load")
    try:
        result = load_document(path)
    except InputError:
        return
    res = result.resolution
    stage_log.append("parse")
    data = to_json(res, result.warnings)
    _printable(json.dumps(data, ensure_ascii=False, indent=2))
    _printable(render_summary(data))
    stage_log.append("check")
    pack = pack_for(res)
    found = check(res, pack)
    if full:  # spelling suggestions, like compare and fix, cost the most: only on full cases
        found = with_suggestions(found)
    checked = [(str(path), res, pack, found, result.warnings)]
    _printed(lambda: print_findings("text", checked))
    _printed(lambda: print_findings("json", checked))
    with tempfile.TemporaryDirectory(prefix="resolute-fuzz-") as tmp:
        exported = []
        for ext in (".unres", ".txt", ".docx"):
            stage_log.append("export")
            target = Path(tmp) / f"out{ext}"
            try:
                export_document(res, target)
            except InputError:
                assert not target.exists(), "a refused export left a file"
                continue
            exported.append(target)
        reopened = []
        for target in exported:
            stage_log.append("reimport")
            try:
                reopened.append(load_document(target).resolution)
            except InputError as exc:
                raise OwnExportRefused(f"own {target.suffix} export refused on re-import: {exc.reason}") from None
        if not full:
            return
        stage_log.append("compare")
        cmp = compare(res, reopened[-1])
        _printable(to_text(cmp, changes(cmp), "old", "new"))
        stage_log.append("fix")
        fixed = load_document(path).resolution
        apply_safe_fixes(fixed, pack)
        with contextlib.suppress(InputError):
            export_document(fixed, Path(tmp) / "fixed.docx")
        check(fixed, pack)
