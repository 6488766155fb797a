"""docs/rules.md is generated from the registry and the packs; the committed file must be current."""

from __future__ import annotations

import importlib.util

from tests.support.paths import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("gen_rules_doc", ROOT / "tools" / "gen_rules_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_rules_doc_is_up_to_date():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == _generator().render(), "docs/rules.md is stale: run python tools/gen_rules_doc.py"


def test_rules_doc_documents_every_rule_and_pack():
    from drafting.rules import all_rules, pack_names

    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"### {rule.code} {rule.name}" in text
    for name in pack_names():
        assert f"| `{name}` |" in text
