"""Resolute: a drafting assistant for United Nations resolutions.

With no arguments, or with a file, it opens the editor; with a subcommand it is the
command line (``resolute --help``).  This module only parses arguments and dispatches.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys

from drafting import __version__
from drafting.cli import COMMANDS, fail
from drafting.errors import InputError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="resolute", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"Resolute {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules().values():
        module.add_parser(sub)
    return parser


def _command_modules() -> dict:
    """{module name: module} of the subcommands this build has."""
    modules = {}
    for name in COMMANDS:
        try:
            modules[name] = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a subcommand this build does not have
            raise
    return modules


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
    return {name.rsplit(".", 1)[-1].replace("_command", "").replace("_", "-") for name in COMMANDS}


def _open_editor(argv: list[str]) -> int:
    try:
        from ui.app import run_editor
    except ImportError as exc:
        return fail(f"the editor is not available ({exc}); see README.md for the set-up command")
    return run_editor(argv[0] if argv else None)


if __name__ == "__main__":
    sys.exit(main())
