"""Resolute: a drafting assistant for United Nations resolutions.

With no arguments, or with a file, it opens the editor; with a subcommand it is the
command line (``resolute --help``).  This module only parses arguments and dispatches.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from types import ModuleType

from drafting import __version__
from drafting.cli import fail
from drafting.cli.commands import COMMANDS as CORE_COMMANDS
from drafting.cli.commands import command_name
from drafting.errors import InputError
from ui.window import screenshot  # imports Qt only when it runs

COMMANDS: tuple[ModuleType, ...] = (*CORE_COMMANDS, screenshot)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="resolute", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"Resolute {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _never_fail_printing()
    if not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in _command_names()):
        return _open_editor(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        return _open_editor([])
    try:
        return args.run(args)
    except InputError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _never_fail_printing() -> None:
    """A character the terminal cannot show (or a lone surrogate from a damaged file) is printed
    escaped rather than ending the command with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _command_names() -> set[str]:
    return {command_name(module) for module in COMMANDS}


def _open_editor(argv: list[str]) -> int:
    try:
        from ui.app import run_editor
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        return fail(f"the editor needs PySide6 ({exc}); see README.md for the set-up command")
    return run_editor(argv[0] if argv else None)


if __name__ == "__main__":
    sys.exit(main())
