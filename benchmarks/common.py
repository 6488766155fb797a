"""Shared helpers for the benchmark scripts: timing and a large synthetic document from the corpus."""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "corpus"


def shared_dir() -> Path | None:
    """The shared reference folder: beside the checkout (CI), ``$RESOLUTE_SHARED``, or /work/shared."""
    candidates = [ROOT.parent / "shared"]
    if os.environ.get("RESOLUTE_SHARED"):
        candidates.append(Path(os.environ["RESOLUTE_SHARED"]))
    candidates.append(Path("/work/shared"))
    return next((c for c in candidates if (c / "corpus").is_dir()), None)


def percentile(samples: list[float], share: float) -> float:
    """The ``share`` (0..1) percentile by nearest rank."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def timed(fn, repeat: int = 7) -> float:
    """Median wall time of ``fn()`` in milliseconds (after one warm-up run)."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def large_text(operative: int = 400, notes_every: int = 4) -> str:
    """A resolution in corpus text form with ``operative`` paragraphs and a footnote every few paragraphs.

    Built from the real paragraphs of A/C.3/80/L.30, repeated, so that lengths and markup are realistic.
    """
    source = (CORPUS / "A_C.3_80_L.30.txt").read_text(encoding="utf-8")
    source = re.sub(r"\[\^[^\]]*\]", "", source.split("__________________")[0])  # fresh marks below
    head, _, rest = source.partition("\n1. *Welcomes*")
    body = "1. *Welcomes*" + rest
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    numbered = [p.split(". ", 1)[1] for p in paragraphs if p[:1].isdigit()]
    lines, notes, n = [head.rstrip()], [], 0
    for i in range(operative):
        text = numbered[i % len(numbered)]
        if i % notes_every == 0:
            n += 1
            text = text.rstrip(";.") + f";[^{n}]"
            notes.append(f"{n}. Resolution {70 + n % 10}/{n}, annex.")
        lines.append(f"{i + 1}. {text}")
    return "\n\n".join(lines) + "\n\n__________________\n\n" + "\n".join(notes) + "\n"


def report(label: str, value_ms: float, target_ms: float | None = None, extra: str = "") -> None:
    verdict = ""
    if target_ms is not None:
        verdict = f"  (target < {target_ms:g} ms: {'ok' if value_ms < target_ms else 'OVER'})"
    print(f"  {label:<52} {value_ms:9.2f} ms{verdict}{extra}")
