"""Print timings for the speed targets in the issues (benchmarks, not tests).

    python benchmarks/bench.py            # issue 9's table, then the scaling rows
    python benchmarks/bench.py table      # one group: table, scaling, render, plans

Whole-process rows run the real command (``python -m reportdiff``) and report the median,
min and max of 5 runs. In-process rows run in a fresh interpreter each time: one tiny
warm-up compare, then the timed work, so they include loading the dictionary shards the
texts need. The DOCX row runs Python-Redlines (WmlComparer) on the same pair in the same
run when ``benchmarks/setup_redlines.sh`` installed it. The real pair is the State
Council's 2022 and 2023 reports from ``../shared/real`` (skipped when absent).
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"
SAMPLE = ROOT / "samples" / "haidian_2025_constructed.txt"
REAL = ROOT.parent / "shared" / "real"
REAL_PAIR = (REAL / "guowuyuan-zfgzbg-2022-s.txt", REAL / "guowuyuan-zfgzbg-2023-s.txt")
REDLINES_PYTHON = ROOT / "benchmarks" / ".redlines-venv" / "bin" / "python"
RUNS = 5
sys.path.insert(0, str(ROOT))

# -- timed inside a fresh interpreter: a tiny warm-up compare, then the pair --
_IN_PROCESS = """
import sys, time
from reportdiff.pipeline import compare
from reportdiff.render import render
compare("一、工作\\n（一）推进依法行政。\\n", "一、工作\\n（一）推进依法行政工作。\\n")
start = time.perf_counter()
comparison = compare(sys.argv[1], sys.argv[2])
render(comparison, sys.argv[3])
print(time.perf_counter() - start)
"""
_PEAK_MEMORY = """
import resource, runpy, sys
sys.argv = ["reportdiff", *sys.argv[1:]]
try:
    runpy.run_module("reportdiff", run_name="__main__")
except SystemExit:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""
_REDLINES = """
import sys, warnings
warnings.simplefilter("ignore")
from python_redlines import XmlPowerToolsEngine
old, new, out = sys.argv[1:]
result = XmlPowerToolsEngine().run_redline("bench", original=open(old, "rb").read(), modified=open(new, "rb").read())
open(out, "wb").write(result[0])
"""


def _stats(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), min(samples), max(samples)


def _whole(command: list[str], runs: int = RUNS) -> tuple[float, float, float]:
    """Median, min, max seconds of a command run as a new process (one untimed run first)."""
    subprocess.run(command, check=True, capture_output=True)  # -- builds caches on a first run --
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return _stats(samples)


def _in_process(old: Path, new: Path, fmt: str) -> tuple[float, float, float]:
    command = [sys.executable, "-c", _IN_PROCESS, str(old), str(new), fmt]
    return _stats([float(subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout)
                   for _ in range(RUNS)])


def _row(label: str, stats: tuple[float, float, float], target: float, unit: str = "s") -> None:
    scale = 1000 if unit == "ms" else 1
    median, low, high = (value * scale for value in stats)
    verdict = "ok" if median <= target else "MISSED"
    print(f"{label:<62} {median:8.3f} {unit}  (min {low:.3f}, max {high:.3f})  target ≤ {target} {unit}  {verdict}")


def _write_docx(text_path: Path, out: Path) -> None:
    import docx

    document = docx.Document()
    for line in text_path.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(out)


def bench_table() -> None:
    cli = [sys.executable, "-m", "reportdiff", "compare"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{_paths()}; medians of {RUNS} runs")
    _row("reportdiff compare seed vs sample → JSON, whole process", _whole([*cli, str(SEED), str(SAMPLE), "--format", "json"]), 0.25)
    _row("seed vs sample in-process (after a tiny warm-up), figures+promises, JSON", _in_process(SEED, SAMPLE, "json"), 25, "ms")
    if REAL.is_dir():
        with tempfile.TemporaryDirectory() as tmp:
            out = str(Path(tmp) / "real.html")
            _row("real pair 2022→2023 → HTML, whole process", _whole([*cli, *map(str, REAL_PAIR), "-o", out]), 0.4)
        _row("real pair 2022→2023 in-process (after a tiny warm-up), HTML", _in_process(*REAL_PAIR, "html"), 100, "ms")
    else:
        print(f"real pair: {REAL} not found, rows skipped")
    bench_docx_against_redlines()
    _row('python -c "import reportdiff.cli"', _whole([sys.executable, "-c", "import reportdiff.cli"]), 0.08)
    if REAL.is_dir():
        result = subprocess.run([sys.executable, "-c", _PEAK_MEMORY, "compare", *map(str, REAL_PAIR), "-o", os.devnull,
                                 "--format", "html"], check=True, capture_output=True, text=True)
        peak = int(result.stderr.strip().splitlines()[-1]) / 1024
        print(f"{'peak memory, real pair → HTML, whole process':<62} {peak:8.1f} MB  target ≤ 100 MB  "
              f"{'ok' if peak <= 100 else 'MISSED'}")


def _paths() -> str:
    from reportdiff import diff, segment

    compiled = [name for name, native in (("jieba-rs", segment._import_jieba_rs()), ("C++ dmp", diff._native_diff_main()))
                if native is not None]
    return "compiled: " + (", ".join(compiled) if compiled else "none (pure Python)")


def bench_docx_against_redlines() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old.docx", Path(tmp) / "new.docx"
        _write_docx(SEED, old)
        _write_docx(SAMPLE, new)
        ours = _whole([sys.executable, "-m", "reportdiff", "compare", str(old), str(new), "-o", str(Path(tmp) / "ours.docx")])
        _row("DOCX redline of the seed pair (.docx in), whole process", ours, 1.0)
        if not REDLINES_PYTHON.exists():
            print("  Python-Redlines: not installed (run benchmarks/setup_redlines.sh); no ratio")
            return
        try:
            theirs = _whole([str(REDLINES_PYTHON), "-c", _REDLINES, str(old), str(new), str(Path(tmp) / "theirs.docx")])
        except subprocess.CalledProcessError as exc:
            print(f"  Python-Redlines: failed to run ({exc.stderr.decode(errors='replace').strip()[-200:]}); no ratio")
            return
        _row("  Python-Redlines (WmlComparer) on the same pair, whole process", theirs, float("inf"))
        ratio = theirs[0] / ours[0]
        print(f"{'  reportdiff faster than Python-Redlines by':<62} {ratio:8.1f} ×  target ≥ 6 ×  "
              f"{'ok' if ratio >= 6 else 'MISSED'}")


def repeated(path: Path, times: int) -> str:
    """Return the report with everything after the preamble repeated ``times`` times."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    return "\n".join(lines[:start] + lines[start:] * times) + "\n"


def bench_scaling() -> None:
    """Time per measure on 1×, 5× and 20× the real pair: flat when no step is quadratic."""
    from reportdiff.pipeline import compare
    from reportdiff.plans import track_promises
    from reportdiff import segment

    if not REAL.is_dir():
        print(f"scaling: {REAL} not found, skipped")
        return
    segment.warm_up()
    base = None
    for times in (1, 5, 20):
        old, new = repeated(REAL_PAIR[0], times), repeated(REAL_PAIR[1], times)
        compare(old, new)  # -- loads every dictionary shard the texts need --
        start = time.perf_counter()
        comparison = compare(old, new)
        total = time.perf_counter() - start
        start = time.perf_counter()
        track_promises(comparison.old, comparison.new)
        promises = time.perf_counter() - start
        measures = len(comparison.old.measures) + len(comparison.new.measures)
        per = total / measures * 1000
        base = base or per
        print(f"real pair ×{times:<3} {measures:6d} measures  compare {total * 1000:8.0f} ms  = {per:5.2f} ms/measure "
              f"({per / base:4.1f}× the 1× rate; promises alone {promises * 1000:6.0f} ms)")


def bench_render() -> None:
    from reportdiff.figures import extract_figures
    from reportdiff.pipeline import compare
    from reportdiff.render.html import render_html

    comparison = compare(SEED, SAMPLE)
    render_html(comparison)  # -- compiles the template once --
    start = time.perf_counter()
    render_html(comparison)
    print(f"HTML render seed vs sample, in-process: {(time.perf_counter() - start) * 1000:7.1f} ms   (target ≤ 50 ms)")
    seed = SEED.read_text(encoding="utf-8")
    start = time.perf_counter()
    extract_figures(seed)
    print(f"figures extracted from the whole seed:  {(time.perf_counter() - start) * 1000:7.1f} ms   (target ≤ 10 ms)")


def bench_plans() -> None:
    from reportdiff.pipeline import load_report
    from reportdiff.plans import analyse_plans

    analyse_plans(load_report(SEED))
    start = time.perf_counter()
    analyse_plans(load_report(SEED))
    print(f"plans on the seed (parse included), in-process: {(time.perf_counter() - start) * 1000:6.1f} ms   (target ≤ 60 ms)")


def main(groups: list[str]) -> None:
    wanted = set(groups) or {"table", "scaling"}
    for name, bench in (("table", bench_table), ("scaling", bench_scaling), ("render", bench_render),
                        ("plans", bench_plans)):
        if name in wanted:
            bench()


if __name__ == "__main__":
    main(sys.argv[1:])
