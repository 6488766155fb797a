"""The core's subcommands, in the order ``resolute --help`` lists them."""

from __future__ import annotations

from types import ModuleType

from . import amend, apply, check, compare, export, library, new_from, parse, rules

COMMANDS: tuple[ModuleType, ...] = (parse, check, rules, export, compare, amend, apply, new_from, library)


def command_name(module: ModuleType) -> str:
    """The subcommand a module implements: drafting.cli.new_from → "new-from"."""
    return module.__name__.rsplit(".", 1)[-1].replace("_", "-")
