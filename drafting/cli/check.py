"""``resolute check FILE... [--style PACK] [--format text|json] [--fix -o OUT] [--grammar]``: UN house style,
like a compiler.

Text output is one line a finding, ``file:part paragraph:col: severity CODE message``;
JSON is ``{"files": [{"path", "style", "diagnostics": [...]}], "summary": {...}}``.
Exit code 0 when no finding is an error, 1 when one is, 2 on bad input.  ``--fix``
applies the safe fixes and writes OUT (its extension picks the format); the input is
never modified.  ``--grammar`` adds LanguageTool's findings (category "grammar", codes
LT-…) from a LanguageTool on this computer: ``--languagetool URL|FOLDER`` or the editor's
setting; without one, or when it cannot be started, exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import InputError
from ..exporters import export_document
from ..grammar import GrammarEngine
from ..importers import load_document
from ..model import Resolution
from ..numbering import subparagraph_label
from ..rules import ERROR, INFO, SEVERITIES, WARNING, Diagnostic, apply_safe_fixes, check, load_pack, pack_for
from ..rules.context import resolve
from ..spelling.document import with_suggestions
from . import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK


def add_parser(sub) -> None:
    p = sub.add_parser("check", help="check UN house style (text, PDF, .docx, .unres); exit 1 on errors")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=run)
    p.add_argument("--style", metavar="PACK", help="the style pack (default: the one the masthead points to); "
                                                  "see `resolute rules`")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--fix", action="store_true", help="apply the safe fixes and write them to -o OUT")
    p.add_argument("-o", "--output", metavar="OUT", help="with --fix: the file to write (.unres, .docx, .txt, .md)")
    p.add_argument("--disable", metavar="CODES", action="append", default=[],
                   help="rule codes to switch off, separated by commas (RES311,RES806)")
    p.add_argument("--severity", metavar="CODE=LEVEL", action="append", default=[],
                   help="change a rule's severity: error, warning, info or off (repeatable)")
    p.add_argument("--grammar", action="store_true",
                   help="also check grammar with LanguageTool on this computer (see --languagetool)")
    p.add_argument("--languagetool", metavar="URL|FOLDER",
                   help="with --grammar: a LanguageTool server on this computer (http://localhost:8081) or a "
                        "LanguageTool folder (default: the editor's setting)")


def settings_of(args) -> dict:
    """The --disable and --severity options as Checker settings."""
    disabled = {code.strip().upper() for value in args.disable for code in value.split(",") if code.strip()}
    severities = {}
    for item in args.severity:
        code, _, level = item.partition("=")
        if level not in SEVERITIES + ("off",) or not code.strip():
            raise InputError(None, f"--severity {item}: write CODE=error, CODE=warning, CODE=info or CODE=off")
        severities[code.strip().upper()] = level
    return {"disabled": disabled, "severities": severities}


def run(args) -> int:
    settings = settings_of(args)
    pack = load_pack(args.style) if args.style else None
    if args.fix or args.output:
        return _fix(args, pack, settings)
    files, bad = [], False
    grammar = Grammar(args) if args.grammar else None
    try:
        for name in args.files:
            try:
                result = load_document(name)
            except InputError as exc:
                print(f"resolute: {exc}", file=sys.stderr)
                bad = True
                continue
            res = result.resolution
            used = pack or pack_for(res)
            found = with_suggestions(check(res, used, **settings))
            if grammar is not None:
                found += grammar.findings(res, used, settings["disabled"])
            files.append((name, res, used, found, result.warnings))
    finally:
        if grammar is not None:
            grammar.close()
    if files or not bad:
        _print(args.format, files)
    if bad:
        return EXIT_BAD_INPUT
    return EXIT_FINDINGS if any(d.severity == ERROR for f in files for d in f[3]) else EXIT_OK


class Grammar:
    """LanguageTool for ``--grammar``: one engine for each grammar policy of the packs used, stopped at the end."""

    def __init__(self, args: argparse.Namespace) -> None:
        from ..settings import load

        self.setting = (args.languagetool or load()[0].languagetool).strip()
        if not self.setting:
            raise InputError(None, "--grammar needs LanguageTool on this computer: give --languagetool "
                                   "http://localhost:8081 (a LanguageTool server) or --languagetool FOLDER (an "
                                   "unpacked LanguageTool), or set it in the editor's settings")
        self.engines: dict[str, GrammarEngine] = {}

    def findings(self, res: Resolution, pack, disabled) -> list[Diagnostic]:
        from ..grammar import READY, GrammarUnavailable
        from ..grammar.document import check_resolution
        from ..rules.suppressions import is_suppressed

        key = json.dumps(pack.grammar, sort_keys=True)
        if key not in self.engines:
            self.engines[key] = engine = GrammarEngine(self.setting, pack)
            engine.start()
            status = engine.wait()
            if status.state != READY:
                raise InputError(None, f"the grammar check cannot run: LanguageTool {status}")
        try:
            found = check_resolution(res, self.engines[key])
        except GrammarUnavailable as exc:  # the server went away meanwhile
            raise InputError(None, f"the grammar check stopped: {exc}") from None
        return [d for d in found if d.code not in disabled and not is_suppressed(res, d)]

    def close(self) -> None:
        for engine in self.engines.values():
            engine.close()


def _fix(args, pack, settings) -> int:
    if not (args.fix and args.output):
        raise InputError(None, "--fix writes the fixed text to -o OUT (the input is never modified); give both")
    if len(args.files) != 1:
        raise InputError(None, "--fix takes one FILE")
    source, target = Path(args.files[0]), Path(args.output)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise InputError(target, "the output would overwrite the input; choose another name")
    if target.is_dir():
        raise InputError(target, "is a folder; give a file name")
    result = load_document(source)
    res = result.resolution
    used = pack or pack_for(res)
    fixed = apply_safe_fixes(res, used, **settings)
    export_document(res, target)
    remaining = check(res, used, **settings)
    print(f"resolute: {fixed} fix{'es' if fixed != 1 else ''} applied; written to {target}", file=sys.stderr)
    _print(args.format, [(str(target), res, used, remaining, [])])
    return EXIT_FINDINGS if any(d.severity == ERROR for d in remaining) else EXIT_OK


# -- output --------------------------------------------------------------------------------


def _print(fmt: str, files: list) -> None:
    summary = {ERROR: 0, WARNING: 0, INFO: 0}
    for *_, diagnostics, _ in files:
        for d in diagnostics:
            summary[d.severity] += 1
    if fmt == "json":
        print(json.dumps({"files": [file_json(*f) for f in files], "summary": summary}, ensure_ascii=False, indent=2))
        return
    for name, res, _pack, diagnostics, warnings in files:
        for warning in warnings:
            print(f"{name}: import warning: {warning}", file=sys.stderr)
        marks = _marks(res)
        for d in diagnostics:
            print(text_line(name, res, d, marks))
    counts = ", ".join(f"{n} {k if k == INFO or n == 1 else k + 's'}" for k, n in summary.items())
    print(f"{counts} in {len(files)} file{'s' if len(files) != 1 else ''}")


def file_json(name: str, res: Resolution, pack, diagnostics: list[Diagnostic], warnings: list) -> dict:
    marks = _marks(res)
    return {"path": name, "style": pack.name, "diagnostics": [diagnostic_json(res, d, marks) for d in diagnostics],
            "warnings": [str(w) for w in warnings]}


def diagnostic_json(res: Resolution, d: Diagnostic, marks: dict | None = None) -> dict:
    fix = None
    if d.fix is not None:
        fix = {"replacement": d.fix.replacement, "safe": d.fix.safe, "action": d.fix.action}
    return {"code": d.code, "name": d.name, "severity": d.severity, "category": d.category, "message": d.message,
            "location": d.location.to_json(footnote_mark(res, d, marks)), "fix": fix}


def _marks(res: Resolution) -> dict[int, str]:
    return {id(note): mark for mark, note in res.footnotes()}


def footnote_mark(res: Resolution, d: Diagnostic, marks: dict | None = None) -> str | None:
    loc = d.location
    if loc.footnote is None:
        return None
    inline = resolve(res, loc.path) if loc.path[0] != "submission" else res.submission
    anchors = getattr(inline, "anchors", [])
    if loc.footnote >= len(anchors):
        return None
    return (marks if marks is not None else _marks(res)).get(id(anchors[loc.footnote].note))


def where(res: Resolution, d: Diagnostic, marks: dict | None = None) -> str:
    """“preamble 5”, “operative 4 (b)”, “footnote 3”, “masthead date”, “title”."""
    loc = d.location
    path = loc.path
    head = path[0]
    if loc.footnote is not None:
        return f"footnote {footnote_mark(res, d, marks) or '?'}"
    if head in ("masthead", "adoption"):
        return f"{head} {path[1]}"
    if head in ("preamble", "operative"):
        text = f"{head} {path[1] + 1}"
        labels = [subparagraph_label(depth, i + 1) for depth, i in enumerate(path[2:], start=1)]
        return text + (" " + "".join(labels) if labels else "")
    if head == "annex":
        text = f"annex {path[1] + 1}"
        if path[2] == "title":
            return text + " title"
        labels = [subparagraph_label(depth, i + 1) for depth, i in enumerate(path[3:], start=1)]
        return f"{text} paragraph {path[2] + 1}" + (" " + "".join(labels) if labels else "")
    return head


def text_line(name: str, res: Resolution, d: Diagnostic, marks: dict | None = None) -> str:
    """``file:part paragraph:col: severity CODE message`` (col is 1-based)."""
    fix = "" if d.fix is None else " [fix]" if d.fix.safe else " [fix: unsafe]"
    return f"{name}:{where(res, d, marks)}:{d.location.start + 1}: {d.severity} {d.code} {d.message}{fix}"
