"""Print timings for the speed targets in the issues (benchmarks, not tests).

    python benchmarks/bench.py            # all
    python benchmarks/bench.py compare    # one group: compare, scale, cli, render, docx, plans, expressions

Each in-process figure is the median of several runs with reportdiff's own caches
(normalisation, tokenisation) cleared before every run, so a run does all of its work;
only jieba's dictionary stays loaded ("jieba warm"), as in a long-lived process.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"
SAMPLE = ROOT / "samples" / "haidian_2025_constructed.txt"
sys.path.insert(0, str(ROOT))

from reportdiff import normalize, segment  # noqa: E402
from reportdiff.pipeline import compare  # noqa: E402


def _cold_caches() -> None:
    # -- every memo reportdiff keeps between calls; jieba's loaded dictionary stays --
    from reportdiff import figures, parse, plan_matching

    for cache in (normalize.normalize, segment.tokenize, parse._folded_head, plan_matching._token_bounds,
                  figures._label_similarity_cached):
        cache.cache_clear()


def timed(func, runs: int = 7) -> float:
    """Return the median wall time of ``func`` in milliseconds, caches cleared each run."""
    samples = []
    for _ in range(runs):
        _cold_caches()
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def repeated(path: Path, times: int) -> str:
    """Return the report with everything after the preamble repeated ``times`` times."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    return "\n".join(lines[:start] + lines[start:] * times) + "\n"


def bench_compare() -> float:
    segment.warm_up()
    seed, sample = SEED.read_text(encoding="utf-8"), SAMPLE.read_text(encoding="utf-8")
    compare(seed, sample)  # -- loads the dictionary shards these texts need --
    core = timed(lambda: compare(seed, sample, figures=False, promises=False, expressions=False))
    ms = timed(lambda: compare(seed, sample))
    print(f"compare seed vs sample, parse+align+diff+classify: {core:5.1f} ms   (target ≤ 60 ms)")
    print(f"compare seed vs sample, + figures, promises, expressions: {ms:5.1f} ms")
    return ms


def bench_expressions() -> None:
    from reportdiff.expressions import compare_expressions
    from reportdiff.pipeline import load_report

    real = ROOT.parent / "shared" / "real"
    pair = [real / "guowuyuan-zfgzbg-2021-s.txt", real / "guowuyuan-zfgzbg-2022-s.txt"]
    if not all(path.exists() for path in pair):
        pair = [SEED, SAMPLE]
    old, new = (load_report(path) for path in pair)
    compare(old, new)  # -- tokens are computed by the comparison, as in a real run --
    samples = []
    for _ in range(7):
        start = time.perf_counter()
        compare_expressions(old, new)
        samples.append((time.perf_counter() - start) * 1000)
    chars = sum(len(block.text) for report in (old, new) for block in report.blocks)
    print(f"expressions {pair[0].name} vs {pair[1].name} ({chars} chars): "
          f"{statistics.median(samples):5.1f} ms   (target ≤ 30 ms)")


def bench_scale(base_ms: float) -> None:
    old, new = repeated(SEED, 20), repeated(SAMPLE, 20)
    compare(old, new)
    ms = timed(lambda: compare(old, new), runs=3)
    print(f"compare 20× repeated reports:                 {ms:7.1f} ms   = {ms / base_ms:4.1f}× seed (target ≤ 25×)")


def bench_cli() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "diff.html"
        command = [sys.executable, "-m", "reportdiff", "compare", str(SEED), str(SAMPLE), "-o", str(out)]
        subprocess.run(command, check=True)  # -- first run may build the dictionary cache --
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(command, check=True)
            samples.append(time.perf_counter() - start)
    print(f"CLI compare → HTML, interpreter start included: {statistics.median(samples) * 1000:5.0f} ms   (target ≤ 1000 ms)")


def bench_render() -> None:
    from reportdiff.figures import extract_figures
    from reportdiff.render.html import render_html

    comparison = compare(SEED, SAMPLE)
    render_html(comparison)  # -- compiles the template once --
    ms = timed(lambda: render_html(comparison))
    print(f"HTML render seed vs sample, in-process:        {ms:7.1f} ms   (target ≤ 50 ms)")
    seed = SEED.read_text(encoding="utf-8")
    ms = timed(lambda: extract_figures(seed))
    print(f"figures extracted from the whole seed:         {ms:7.1f} ms   (target ≤ 10 ms)")


def bench_docx() -> None:
    try:
        from reportdiff.render.docx import render_docx
    except ImportError as exc:
        print(f"docx: not available ({exc})")
        return
    comparison = compare(SEED, SAMPLE)
    render_docx(comparison)
    ms = timed(lambda: render_docx(comparison))
    print(f"DOCX redline seed vs sample, in-process:       {ms:7.1f} ms   (target ≤ 150 ms)")
    from reportdiff.pipeline import load_report
    from reportdiff.plans import analyse_plans
    from reportdiff.render.plans_docx import render_plans_docx

    report = load_report(SEED)
    analysis = analyse_plans(report)
    ms = timed(lambda: render_plans_docx(analysis, report=report))
    print(f"DOCX plans on the seed, in-process:            {ms:7.1f} ms   (target ≤ 100 ms)")


def bench_plans() -> None:
    try:
        from reportdiff.plans import analyse_plans
    except ImportError as exc:
        print(f"plans: not available ({exc})")
        return
    from reportdiff.pipeline import load_report

    segment.warm_up()
    analyse_plans(load_report(SEED))
    ms = timed(lambda: analyse_plans(load_report(SEED)))
    print(f"plans on the seed (parse included), in-process: {ms:6.1f} ms   (target ≤ 60 ms)")


def main(groups: list[str]) -> None:
    wanted = set(groups) or {"compare", "scale", "cli", "render", "docx", "plans", "expressions"}
    base = bench_compare() if wanted & {"compare", "scale"} else 0.0
    if "scale" in wanted:
        bench_scale(base)
    if "cli" in wanted:
        bench_cli()
    if "render" in wanted:
        bench_render()
    if "docx" in wanted:
        bench_docx()
    if "plans" in wanted:
        bench_plans()
    if "expressions" in wanted:
        bench_expressions()


if __name__ == "__main__":
    main(sys.argv[1:])
