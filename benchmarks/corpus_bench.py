"""Timings of the folder commands against the targets of issue 8 (a benchmark, not a test).

    python benchmarks/corpus_bench.py            # all
    python benchmarks/corpus_bench.py timeline   # or: matrix, jobs

Each figure is one run of the real command line in a subprocess (``python -m reportdiff``),
with wall-clock time and the CPU time of the process and its children: the machine may be
shared, and CPU time shows what the run itself cost.

- timeline over 20 bodies × 10 years (200 constructed reports): cold cache ≤ 30 s, warm ≤ 5 s;
- matrix over 300 constructed reports of one year: cold ≤ 20 s;
- ``--jobs 2`` faster than one job (timeline, no cache).
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "samples" / "yunze_sfj_2024_constructed.txt"
_ITEM = re.compile(r"^\d+\.")


def constructed(body: str, year: int, variant: int) -> str:
    """Return a report of ``body`` for ``year``: the Yunze 2024 sample under another name and
    year, some numbered measures left out and its figures scaled, so reports differ."""
    text = re.sub(r"202[45]", lambda m: str(year + int(m.group()) - 2024), BASE.read_text(encoding="utf-8"))
    text = text.replace("云泽市", body)
    lines = []
    for number, line in enumerate(text.splitlines()):
        if _ITEM.match(line) and (number * 7 + variant) % 11 == 0:
            continue
        lines.append(re.sub(r"(?<![\d.])(\d{2,4})(?=[件份个人条家次])",
                            lambda m: str(int(m.group(1)) + variant % 17), line))
    return "\n".join(lines) + "\n"


def series_folder(root: Path, bodies: int, years: int) -> Path:
    folder = root / f"series-{bodies}x{years}"
    folder.mkdir(parents=True, exist_ok=True)
    for b in range(bodies):
        for y in range(years):
            year = 2015 + y
            (folder / f"区{b:02d}-{year}.txt").write_text(constructed(f"区{b:02d}", year, b * 31 + y), encoding="utf-8")
    return folder


def run(args: list[str], cache: Path) -> tuple[float, float]:
    """Return (wall seconds, CPU seconds of the children) of one command-line run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reportdiff", *args], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "REPORTDIFF_CACHE_DIR": str(cache), "REPORTDIFF_NO_PROGRESS": "1"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def line(name: str, wall: float, cpu: float, target: str) -> None:
    print(f"{name:<44} wall {wall:6.2f} s   cpu {cpu:6.2f} s   target {target}", flush=True)


def main(groups: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if not groups or "timeline" in groups or "jobs" in groups:
            folder = series_folder(root, 20, 10)
        if not groups or "timeline" in groups:
            cache = root / "cache-timeline"
            line("timeline 200 files, cold cache", *run(["timeline", str(folder), "--format", "json"], cache), "≤ 30 s")
            line("timeline 200 files, warm cache", *run(["timeline", str(folder), "--format", "json"], cache), "≤ 5 s")
            line("timeline 200 files, cold cache, --jobs 2",
                 *run(["timeline", str(folder), "--format", "json", "--jobs", "2"], root / "cache-timeline-2"), "≤ 30 s")
        if not groups or "jobs" in groups:
            line("timeline 200 files, --no-cache --jobs 1",
                 *run(["timeline", str(folder), "--format", "json", "--no-cache"], root / "unused"), "(baseline)")
            line("timeline 200 files, --no-cache --jobs 2",
                 *run(["timeline", str(folder), "--format", "json", "--no-cache", "--jobs", "2"], root / "unused"),
                 "< --jobs 1")
        if not groups or "matrix" in groups:
            matrix = series_folder(root, 300, 1)
            line("matrix 300 files, cold cache", *run(["matrix", str(matrix), "--format", "json"],
                                                       root / "cache-matrix"), "≤ 20 s")
            line("matrix 300 files, cold cache, --jobs 2", *run(["matrix", str(matrix), "--format", "json",
                                                                 "--jobs", "2"], root / "cache-matrix-2"), "≤ 20 s")
            line("matrix 300 files, warm cache", *run(["matrix", str(matrix), "--format", "json"],
                                                      root / "cache-matrix"), "")


if __name__ == "__main__":
    main(sys.argv[1:])
