"""Optional grammar checking through a LanguageTool on this computer (never a public server)."""

from .endpoint import GrammarConfigError, parse_setting
from .engine import FAILED, NOT_CONFIGURED, READY, STARTING, GrammarEngine, GrammarMatch, GrammarUnavailable, Status

__all__ = ["GrammarEngine", "GrammarMatch", "GrammarUnavailable", "GrammarConfigError", "Status", "parse_setting",
           "NOT_CONFIGURED", "STARTING", "READY", "FAILED"]
