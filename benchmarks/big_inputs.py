"""The big-input target of issue 11: a 5 MB pair in ≤ 20 s and ≤ 500 MB peak (benchmark, not a test).

    python benchmarks/big_inputs.py            # the 5 MB pair through the CLI (JSON out)
    python benchmarks/big_inputs.py --runs 3   # several runs (the machine is shared: compare CPU)
    python benchmarks/big_inputs.py --mb 1     # a smaller pair
    python benchmarks/big_inputs.py --stages   # in-process, time and peak memory per stage

Each side is the seed (old) or the constructed sample (new) with everything after its
preamble repeated until the file reaches the size. Wall time, CPU time (user + system) and
peak resident memory are the CLI's own (a child process, interpreter start included); the
load average before each run says how busy the machine was. Results: big_inputs.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"
SAMPLE = ROOT / "samples" / "haidian_2025_constructed.txt"


def grown(path: Path, size: int) -> str:
    """The report with everything after the preamble repeated until it holds ``size`` bytes."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    body = "\n".join(lines[start:]) + "\n"
    times = max(1, -(-(size - len("\n".join(lines[:start]).encode())) // len(body.encode())))
    return "\n".join(lines[:start]) + "\n" + body * times


def run_cli(old: Path, new: Path, out: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one CLI run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reportdiff", "compare", str(old), str(new), "--format", "json",
                    "-o", str(out)], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    # -- the largest child so far: runs of one pair are alike, so this is each run's peak --
    return wall, cpu, after.ru_maxrss / 1024


def run_stages(old: str, new: str) -> None:
    sys.path.insert(0, str(ROOT))
    from reportdiff.pipeline import compare
    from reportdiff.render import render

    last = time.perf_counter(), time.process_time()

    def step(stage: str) -> None:
        nonlocal last
        now = time.perf_counter(), time.process_time()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  {stage:<12} {now[0] - last[0]:6.2f} s wall {now[1] - last[1]:6.2f} s CPU   peak so far {peak:5.0f} MB")
        last = now

    print(f"load average {os.getloadavg()[0]:.1f}")
    comparison = compare(old, new, progress=step)
    render(comparison, "json")
    step("render JSON")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of each side in MB (default 5)")
    parser.add_argument("--stages", action="store_true", help="in-process, per pipeline stage")
    parser.add_argument("--runs", type=int, default=1, help="CLI runs, one after the other (default 1)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    old_text, new_text = grown(SEED, size), grown(SAMPLE, size)
    print(f"pair: {len(old_text.encode()) / 1e6:.2f} MB + {len(new_text.encode()) / 1e6:.2f} MB")
    if args.stages:
        run_stages(old_text, new_text)
        return
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old.txt", Path(tmp) / "new.txt"
        old.write_text(old_text, encoding="utf-8")
        new.write_text(new_text, encoding="utf-8")
        for _ in range(args.runs):
            load = os.getloadavg()[0]
            wall, cpu, peak = run_cli(old, new, Path(tmp) / "out.json")
            print(f"CLI compare → JSON: {wall:6.1f} s wall (target ≤ 20 s), {cpu:5.1f} s CPU, "
                  f"peak {peak:5.0f} MB (target ≤ 500 MB), load average {load:.1f}")


if __name__ == "__main__":
    main()
