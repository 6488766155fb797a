"""``resolute parse FILE [--json]``: show the structure Resolute recovers from a file."""

from __future__ import annotations

import json

from ..importers import load_document
from ..outline import to_json


def add_parser(sub) -> None:
    p = sub.add_parser("parse", help="show the structure of a resolution (text, PDF, .docx, .unres)")
    p.add_argument("file")
    p.set_defaults(run=run)
    p.add_argument("--json", action="store_true", help="print the structure as JSON")


def run(args) -> int:
    result = load_document(args.file)
    data = to_json(result.resolution, result.warnings)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(render_summary(data))
    return 0


def render_summary(data: dict) -> str:
    h = data["header"]
    lines = [f"kind: {data['kind']}"] + [f"{k}: {v}" for k, v in h.items() if v not in (None, [])]
    lines += [f"title: {data['title']}"]
    if data["base_symbol"]:
        lines.append(f"amends: {data['base_symbol']}")
    for i, text in enumerate([data, *data["sections"]]):
        if data["sections"] or text.get("label"):
            title = text.get("title") if i else text.get("section_title")
            lines.append(f"text {text.get('label') or i + 1}" + (f": {title}" if title else ""))
        lines += _text_summary(text)
    for p in data["instructions"]:
        lines.append(f"  {p['source_label'] or 'IN':<4}{p['text'][:70]}")
        lines += [f"        “{q['text'][:62]}" for q in p["quoted"]]
    lines.append(f"footnotes: {len(data['footnotes'])}")
    lines += [f"warning: {w}" for w in data["warnings"]]
    return "\n".join(lines)


def _text_summary(text: dict) -> list[str]:
    lines = [f"body: {text['authoring_body']}", f"preamble: {len(text['preamble'])} paragraphs",
             f"operative: {len(text['operative'])} paragraphs"]
    for p in text["preamble"]:
        lines.append(_table_line(p) if "table" in p else f"  {'##' if p.get('heading') else 'PP':<4}{p['text'][:70]}")
        lines += _subs_summary(p.get("subparagraphs", []), 6)
    for p in text["operative"]:
        lines.append(_table_line(p) if "table" in p else
                     f"  {'##' if p.get('heading') else p['label'] or 'OP':<4}{p['text'][:70]}")
        lines += _subs_summary(p.get("subparagraphs", []), 6)
    for a in text["annexes"]:
        lines.append(f"{a['heading']}: {a['title']} ({len(a['paragraphs'])} paragraphs)")
        lines += [_table_line(p) for p in a["paragraphs"] if "table" in p]
    return lines


def _table_line(p: dict) -> str:
    """A table as one line: its size, its header rows, its caption."""
    t = p["table"]
    caption = f": {t['title']}" if t["title"] else ""
    return f"  {'TB':<4}table of {t['rows']} rows × {t['columns']} columns, {t['header_rows']} header rows{caption}"


def _subs_summary(subs: list[dict], indent: int) -> list[str]:
    lines = []
    for s in subs:
        lines.append(f"{' ' * indent}{s['label'] or '':<6}{s['text'][:64]}")
        lines += _subs_summary(s["subparagraphs"], indent + 4)
    return lines
