"""The campaign: mutate seeds, run each case in a worker, group failures by site, save new ones.

``python -m tools.fuzz [--cases N] [--seed S] [--formats txt,pdf,docx,unres] [--timeout 10] [--save]``
prints, for each format, the cases run, crashes, hangs and cases per second; exit status 1
when anything failed.  ``--save`` writes each new site's input, minimized, to tests/fuzz_cases/.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import os
import random
import re
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .cases import CASES, preload
from .minimize import minimize
from .mutate import mutate
from .seeds import FORMATS, build
from .stages import run_stages
from .worker import CRASH, HANG, OK, Outcome, run_isolated


@dataclass
class Site:
    kind: str
    name: str
    count: int = 0
    formats: dict[str, int] = field(default_factory=dict)
    example: Path | None = None
    message: str = ""


@dataclass
class Tally:
    cases: int = 0
    crashes: int = 0
    hangs: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.cases / self.seconds if self.seconds else 0.0


@dataclass
class Report:
    tallies: dict[str, Tally]
    sites: dict[str, Site]

    @property
    def failed(self) -> bool:
        return any(t.crashes or t.hangs for t in self.tallies.values())

    def lines(self) -> list[str]:
        out = [f"{fmt:6} {t.cases:6} cases  {t.crashes:3} crashes  {t.hangs:3} hangs  {t.rate:6.1f} cases/s"
               for fmt, t in self.tallies.items()]
        for site in sorted(self.sites.values(), key=lambda s: -s.count):
            out.append(f"  {site.kind:5} x{site.count:<4} {site.name}  {site.formats}  e.g. {site.example}")
            out.append(f"        {site.message[:300]!r}")
        return out


def _run(path: Path, timeout: float, memory_mb: int, full: bool = True) -> Outcome:
    return run_isolated(run_stages, (path,), timeout=timeout, memory_mb=memory_mb, full=full)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:70]


def _save(site: str, fmt: str, data: bytes, folder: Path) -> Path:
    digest = hashlib.sha1(data).hexdigest()[:8]
    name = f"{_slug(site)}--{digest}.{fmt}"
    target = folder / (name + ".gz" if len(data) > 8192 else name)
    target.write_bytes(gzip.compress(data) if target.suffix == ".gz" else data)
    return target


def run(cases: int, seed: int, formats: tuple[str, ...], timeout: float = 10.0, memory_mb: int = 1024,
        official: int = 0, save: Path | None = None, log=print, jobs: int = 2, whole: bool = True,
        full_every: int = 1) -> Report:
    """``cases`` mutated files per format, ``jobs`` at a time; failures grouped by site.  Every
    ``full_every``-th case goes through all stages, the others skip compare and fix."""
    preload()
    setattr(os, "fsync", _no_fsync)  # noqa: B010 - durability is not under test here; on a busy disk fsync dominates a case
    rng = random.Random(seed)
    tallies = {fmt: Tally() for fmt in formats}
    sites: dict[str, Site] = {}
    with tempfile.TemporaryDirectory(prefix="resolute-fuzz-") as tmp:
        folder = Path(tmp)
        (folder / "seeds").mkdir()
        seeds = build(folder / "seeds", official=official, seed=seed, whole=whole)
        for fmt in formats:  # warm the caches the forked workers inherit (dictionary answers above all)
            for path in seeds[fmt][:6]:
                with contextlib.suppress(Exception):
                    run_stages(path, [])
        inputs = {fmt: [p.read_bytes() for p in seeds[fmt]] for fmt in formats}
        pool = ThreadPoolExecutor(max_workers=jobs)
        for n in range(cases):
            batch = []
            for i, fmt in enumerate(formats):
                data, _names = mutate(fmt, rng.choice(inputs[fmt]), rng)
                case = folder / f"case-{i}.{fmt}"
                case.write_bytes(data)
                full = (n + i) % full_every == 0
                batch.append((fmt, data, pool.submit(_run, case, timeout, memory_mb, full)))
            for fmt, data, future in batch:
                outcome = future.result()
                tally = tallies[fmt]
                tally.cases += 1
                tally.seconds += outcome.seconds / jobs
                if outcome.kind == OK:
                    continue
                if outcome.kind == CRASH:
                    tally.crashes += 1
                elif outcome.kind == HANG:
                    tally.hangs += 1
                site = sites.get(outcome.site)
                if site is None:
                    site = sites[outcome.site] = Site(outcome.kind, outcome.site, message=outcome.message)
                    kept = data
                    if save is not None:
                        if outcome.kind == CRASH:
                            site_name = outcome.site

                            def fails(candidate: bytes, fmt: str = fmt, name: str = site_name) -> bool:
                                return _same_site(candidate, fmt, name, folder, timeout, memory_mb)

                            kept = minimize(data, fails)
                        site.example = _save(outcome.site, fmt, kept, save)
                    log(f"new site after {n + 1} rounds: {outcome.kind} {outcome.site} ({fmt})")
                site.count += 1
                site.formats[fmt] = site.formats.get(fmt, 0) + 1
            if (n + 1) % 100 == 0 or n + 1 == cases:
                log(f"{n + 1} rounds: " + ", ".join(f"{f} {t.cases} ({t.rate:.1f}/s, {t.crashes} crashes, "
                                                    f"{t.hangs} hangs)" for f, t in tallies.items()))
        pool.shutdown()
    return Report(tallies, sites)


def _no_fsync(fd: object) -> None:
    return None


def _same_site(data: bytes, fmt: str, site: str, folder: Path, timeout: float, memory_mb: int) -> bool:
    case = folder / f"minimize.{fmt}"
    case.write_bytes(data)
    return _run(case, timeout, memory_mb).site == site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000, help="cases per format (default 10,000)")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds a case may take (default 10)")
    parser.add_argument("--memory", type=int, default=1024, help="MB a case may add (default 1024)")
    parser.add_argument("--official", type=int, default=8, help="official PDFs among the seeds (default 8)")
    parser.add_argument("--save", action="store_true", help="save each new site's input to tests/fuzz_cases/")
    parser.add_argument("--jobs", type=int, default=2, help="cases run at a time (default 2)")
    parser.add_argument("--short", action="store_true", help="only short generated seeds (the smoke test's)")
    parser.add_argument("--full-every", type=int, default=1, metavar="N",
                        help="every N-th case runs all stages; the others leave out spelling suggestions, "
                             "compare and fix (default 1: all)")
    args = parser.parse_args(argv)
    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    print(f"fuzzing {', '.join(formats)}: {args.cases} cases each, seed {args.seed}", flush=True)
    report = run(args.cases, args.seed, formats, args.timeout, args.memory, args.official,
                 CASES if args.save else None, log=lambda m: print(m, flush=True), jobs=args.jobs,
                 whole=not args.short, full_every=max(1, args.full_every))
    print("\n".join(report.lines()), flush=True)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
