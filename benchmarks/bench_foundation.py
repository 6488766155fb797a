"""Foundation performance: importing text and loading/saving .unres on 400 operative paragraphs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from common import large_text, report, timed

from drafting import native
from drafting.importers.text import import_text


def main() -> None:
    text = large_text(400)
    res = import_text(text).resolution
    notes = len(res.footnotes())
    print(f"foundation: {len(res.operative)} operative paragraphs, {notes} footnotes, {len(text) // 1024} KiB of text")
    report("import text (paste)", timed(lambda: import_text(text)), 100)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.unres"
        report("save .unres (atomic, fsync)", timed(lambda: native.save(res, path)), 50)
        report("load .unres", timed(lambda: native.load(path)), 50)
        report("  of which JSON encode only", timed(lambda: native.dumps(res)))
        print(f"  .unres size: {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
