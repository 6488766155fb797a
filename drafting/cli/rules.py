"""``resolute rules [--style PACK] [--format text|json]``: the rule codes, their severity in a pack, their fixes."""

from __future__ import annotations

import json

from ..rules import all_rules, load_pack, pack_names


def add_parser(sub) -> None:
    p = sub.add_parser("rules", help="list the house-style rules and the style packs")
    p.set_defaults(run=run)
    p.add_argument("--style", metavar="PACK", default="ga", help="show severities in this pack (default: ga)")
    p.add_argument("--format", choices=("text", "json"), default="text")


def run(args) -> int:
    pack = load_pack(args.style)
    rows = [{"code": r.code, "name": r.name, "severity": pack.severity(r.code) or "off", "default": r.severity,
             "parts": list(r.parts), "fix": r.fix, "confidence": r.confidence, "category": r.category,
             "message": r.message, "source": r.source} for r in all_rules()]
    if args.format == "json":
        packs = [{"name": n, "title": load_pack(n).title} for n in pack_names()]
        print(json.dumps({"style": pack.name, "title": pack.title, "rules": rows, "packs": packs},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"Style pack {pack.name}: {pack.title}")
    for row in rows:
        fix = {"safe": "fix", "unsafe": "fix?"}.get(str(row["fix"]), "")
        print(f"{row['code']}  {row['severity']:<7} {fix:<4}  {row['name']:<26} {row['message']}")
    print(f"{len(rows)} rules; packs: {', '.join(pack_names())}; details in docs/rules.md")
    return 0
