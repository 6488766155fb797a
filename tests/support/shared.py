"""The reference material beside the project (style spec, lexicon, official corpus), if there is any."""

from __future__ import annotations

import os
from pathlib import Path

from tests.support.paths import ROOT


def shared_dir() -> Path | None:
    """``<repo>/../shared``, else ``$RESOLUTE_SHARED``, else ``/work/shared``; None when none exists."""
    candidates = [ROOT.parent / "shared"]
    if os.environ.get("RESOLUTE_SHARED"):
        candidates.append(Path(os.environ["RESOLUTE_SHARED"]))
    candidates.append(Path("/work/shared"))
    return next((path for path in candidates if path.is_dir()), None)
