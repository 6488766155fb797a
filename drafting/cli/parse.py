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
    lines = [f"{k}: {v}" for k, v in h.items() if v not in (None, [])]
    lines += [f"title: {data['title']}", f"body: {data['authoring_body']}",
              f"preamble: {len(data['preamble'])} paragraphs", f"operative: {len(data['operative'])} paragraphs"]
    for p in data["preamble"]:
        lines.append(f"  PP  {p['text'][:70]}")
    for p in data["operative"]:
        lines.append(f"  {p['label'] or 'OP':<4}{p['text'][:70]}")
        for s in p["subparagraphs"]:
            lines.append(f"      {s['label']:<6}{s['text'][:64]}")
    for a in data["annexes"]:
        lines.append(f"{a['heading']}: {a['title']} ({len(a['paragraphs'])} paragraphs)")
    lines.append(f"footnotes: {len(data['footnotes'])}")
    lines += [f"warning: {w}" for w in data["warnings"]]
    return "\n".join(lines)

