"""The rules engine: UN house style as rules, per-body style packs, quick fixes.

    check(resolution, pack=None, *, disabled=(), severities=None) -> list[Diagnostic]
    Checker(resolution, pack=None, ...).full() / .update(changed_paths)
    apply_fix(resolution, diagnostic) -> changed paths;  apply_safe_fixes(resolution, pack=None) -> count
    suppress(resolution, diagnostic, reason)
    load_pack(name), pack_names(), pack_for(resolution);  all_rules()

Settings outside packs: ``disabled`` is a set of codes to switch off and ``severities`` maps
codes to "error", "warning", "info" or "off"; both go to ``check``, ``Checker`` and
``apply_safe_fixes`` (the editor passes the user's settings this way).  Info findings are hints:
``shown(findings, hints=settings.show_hints)`` keeps them out of the editor unless the user asks.
"""

from .base import ERROR, INFO, PARTS, SEVERITIES, WARNING, Diagnostic, Fix, Location, shown
from .engine import Checker, check
from .fixes import StaleFix, apply_fix, apply_safe_fixes
from .packs import Pack, PackError, guess_pack, load_pack, pack_for, pack_names
from .registry import Example, Rule, all_rules, get_rule
from .suppressions import suppress, unsuppress

__all__ = ["check", "Checker", "apply_fix", "apply_safe_fixes", "StaleFix", "suppress", "unsuppress", "load_pack",
           "pack_names", "pack_for", "guess_pack", "Pack", "PackError", "all_rules", "get_rule", "Rule", "Example",
           "Diagnostic", "Location", "Fix", "shown", "ERROR", "WARNING", "INFO", "SEVERITIES", "PARTS"]
