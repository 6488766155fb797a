"""The command line: one module per subcommand, each with ``add_parser(sub)`` and ``run(args)``.

``add_parser`` must call ``set_defaults(run=run)`` on its parser.  The subcommands of the
core are listed in ``drafting/cli/commands.py``; ``main.py`` adds the editor's own
(``screenshot``, which needs Qt), builds the parser and dispatches.  Exit codes are a
public interface: 0 success, 1 findings of error severity (``check``), 2 bad input.
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def check_target(target, *inputs) -> None:
    """An output that is a folder or would overwrite an input is refused before anything is read."""
    from ..errors import InputError

    if target.is_dir():
        raise InputError(target, "is a folder; give a file name")
    for source in inputs:
        if target.exists() and source.exists() and target.resolve() == source.resolve():
            raise InputError(target, "the output would overwrite an input; choose another name")


def fail(message: str) -> int:
    """Print a one-line error on stderr and return the bad-input exit code."""
    print(f"resolute: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
