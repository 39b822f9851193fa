"""Print timings for the speed targets in the issues (benchmarks, not tests).

    python benchmarks/bench.py            # issue 9's table, then the scaling rows
    python benchmarks/bench.py table      # one group: table, stages, scaling, render, plans, expressions
    python benchmarks/bench.py stages     # the in-process rows' CPU time by pipeline stage

Whole-process rows run the real command (``python -m reportdiff``) and report the median,
min and max wall time of 5 runs, and the median CPU time (user + system), which a loaded
machine disturbs far less than wall time. They run with compiled bytecode, as an installed
reportdiff has it (pip and pipx compile it at install; an editable checkout writes it on its
first run): where ``PYTHONDONTWRITEBYTECODE`` is set, as in some sandboxes, the children get a
private ``PYTHONPYCACHEPREFIX`` instead, filled by the untimed first run. One row repeats the
seed run compiling every module from source, as such a sandbox does, to show what that costs. In-process rows run in a fresh interpreter each time: one tiny
warm-up compare and every pattern compiled (``lazy_re.compile_all``), then the timed work,
so they include loading the dictionary shards the texts need but not compiling patterns. The DOCX row runs Python-Redlines (WmlComparer) on the same pair, in turns with
ours, when ``benchmarks/setup_redlines.sh`` installed it. The real pair is the State
Council's 2022 and 2023 reports from ``../shared/real`` (skipped when absent).
"""

from __future__ import annotations

import os
import platform
import resource
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
# -- children write and read bytecode (see the docstring); COMPILED_ENV recompiles every run --
_PYCACHE = tempfile.TemporaryDirectory(prefix="reportdiff-bench-pycache-")
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
if os.environ.get("PYTHONDONTWRITEBYTECODE"):
    CHILD_ENV["PYTHONPYCACHEPREFIX"] = _PYCACHE.name
SOURCE_ENV = {**CHILD_ENV, "PYTHONDONTWRITEBYTECODE": "1"}
SOURCE_ENV.pop("PYTHONPYCACHEPREFIX", None)

# -- timed inside a fresh interpreter: a tiny warm-up compare, then the pair. The patterns of
#    the modules imported so far, compiled on first use (lazy_re), are compiled with the warm-up,
#    as they once were at import: the rows time the comparison, not the start-up. --
_IN_PROCESS = """
import sys, time
from reportdiff import lazy_re
from reportdiff.pipeline import compare
from reportdiff.render import render
compare("一、工作\\n（一）推进依法行政。\\n", "一、工作\\n（一）推进依法行政工作。\\n")
lazy_re.compile_all()
start, cpu = time.perf_counter(), time.process_time()
comparison = compare(sys.argv[1], sys.argv[2])
render(comparison, sys.argv[3])
print(time.perf_counter() - start, time.process_time() - cpu)
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


# -- the in-process rows again, timing each stage: the stages ``compare`` reports to its
#    ``progress`` callback (as ``big_inputs.py --stages``), "align" split into the functions it
#    calls (looked up in ``pipeline`` when it runs them), then the render (its import included,
#    as in the in-process rows); CPU milliseconds as JSON --
_STAGES_CHILD = """
import json, sys, time
from reportdiff import lazy_re, pipeline
from reportdiff.render import render
pipeline.compare("一、工作\\n（一）推进依法行政。\\n", "一、工作\\n（一）推进依法行政工作。\\n")
lazy_re.compile_all()
spent, inner = {}, {}
def timed(name, func):
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            inner[name] = inner.get(name, 0.0) + time.process_time() - start
    return run
for name in ("preload", "Scorer", "align_measures", "align_sections", "align_within_sections"):
    setattr(pipeline, name, timed(name, getattr(pipeline, name)))
last = start = time.process_time()
def step(stage):
    global last
    now = time.process_time()
    spent[stage] = now - last
    last = now
comparison = pipeline.compare(sys.argv[1], sys.argv[2], progress=step)
render(comparison, sys.argv[3])
step("render " + sys.argv[3])
whole = time.process_time() - start
shown = {}
for stage, seconds in spent.items():
    if stage != "align":
        shown[stage] = seconds
        continue
    for name, inside in inner.items():
        shown["align: " + name] = inside
    shown["align: the rest"] = seconds - sum(inner.values())
shown["whole"] = whole
print(json.dumps({name: seconds * 1000 for name, seconds in shown.items()}))
"""


Stats = tuple[float, float, float, float]  # -- wall median, min, max; CPU median --


def _stats(wall: list[float], cpu: list[float]) -> Stats:
    return statistics.median(wall), min(wall), max(wall), statistics.median(cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _whole(command: list[str], runs: int = RUNS, env: dict[str, str] | None = None) -> Stats:
    """Wall and CPU seconds of a command run as a new process (one untimed run first)."""
    env = CHILD_ENV if env is None else env
    subprocess.run(command, check=True, capture_output=True, env=env)  # -- builds caches on a first run --
    wall, cpu = [], []
    for _ in range(runs):
        start, used = time.perf_counter(), _children_cpu()
        subprocess.run(command, check=True, capture_output=True, env=env)
        wall.append(time.perf_counter() - start)
        cpu.append(_children_cpu() - used)
    return _stats(wall, cpu)


def _interleaved(commands: list[list[str]], runs: int = RUNS) -> list[Stats]:
    """``_whole`` of several commands run in turns, so that a machine's changing load falls on
    each of them alike (a ratio of two rows timed one after the other measures the load)."""
    for command in commands:
        subprocess.run(command, check=True, capture_output=True, env=CHILD_ENV)
    wall: list[list[float]] = [[] for _ in commands]
    cpu: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            start, used = time.perf_counter(), _children_cpu()
            subprocess.run(command, check=True, capture_output=True, env=CHILD_ENV)
            wall[index].append(time.perf_counter() - start)
            cpu[index].append(_children_cpu() - used)
    return [_stats(w, c) for w, c in zip(wall, cpu)]


def _in_process(old: Path, new: Path, fmt: str) -> Stats:
    command = [sys.executable, "-c", _IN_PROCESS, str(old), str(new), fmt]
    runs = [subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, env=CHILD_ENV).stdout.split()
            for _ in range(RUNS)]
    return _stats([float(wall) for wall, _ in runs], [float(cpu) for _, cpu in runs])


def _row(label: str, stats: Stats, target: float, unit: str = "s") -> None:
    scale = 1000 if unit == "ms" else 1
    median, low, high, cpu = (value * scale for value in stats)
    verdict = "ok" if median <= target else "MISSED"
    print(f"{label:<66} {median:7.3f} {unit} (min {low:.3f}, max {high:.3f}; CPU {cpu:.3f})  "
          f"target ≤ {target} {unit}  {verdict}")


def _write_docx(text_path: Path, out: Path) -> None:
    import docx

    document = docx.Document()
    for line in text_path.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(out)


def bench_table() -> None:
    cli = [sys.executable, "-m", "reportdiff", "compare"]
    bytecode = ("compiled once into a private cache (PYTHONDONTWRITEBYTECODE is set here)"
                if "PYTHONPYCACHEPREFIX" in CHILD_ENV else "compiled, as installed")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{_paths()}; bytecode {bytecode}; medians of {RUNS} runs; load average {os.getloadavg()[0]:.1f}")
    _row('python -c pass (interpreter start, for scale)', _whole([sys.executable, "-c", "pass"]), float("inf"))
    _row("reportdiff compare seed vs sample → JSON, whole process", _whole([*cli, str(SEED), str(SAMPLE), "--format", "json"]), 0.25)
    _row("  the same, every module compiled from source each run", _whole([*cli, str(SEED), str(SAMPLE), "--format", "json"],
                                                                       env=SOURCE_ENV), float("inf"))
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
                                 "--format", "html"], check=True, capture_output=True, text=True, env=CHILD_ENV)
        peak = int(result.stderr.strip().splitlines()[-1]) / 1024
        print(f"{'peak memory, real pair → HTML, whole process':<66} {peak:7.1f} MB  target ≤ 100 MB  "
              f"{'ok' if peak <= 100 else 'MISSED'}")


def _paths() -> str:
    from reportdiff import diff, segment

    probes = (("jieba-rs", getattr(segment, "_import_jieba_rs", None)), ("C++ dmp", getattr(diff, "_native_diff_main", None)))
    compiled = [name for name, probe in probes if probe is not None and probe() is not None]
    return "compiled: " + (", ".join(compiled) if compiled else "none (pure Python)")


def bench_docx_against_redlines() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old.docx", Path(tmp) / "new.docx"
        _write_docx(SEED, old)
        _write_docx(SAMPLE, new)
        ours_command = [sys.executable, "-m", "reportdiff", "compare", str(old), str(new), "-o", str(Path(tmp) / "ours.docx")]
        from_text = _whole([sys.executable, "-m", "reportdiff", "compare", str(SEED), str(SAMPLE), "-o",
                            str(Path(tmp) / "ours-from-text.docx")])
        theirs_command = [str(REDLINES_PYTHON), "-c", _REDLINES, str(old), str(new), str(Path(tmp) / "theirs.docx")]
        if not REDLINES_PYTHON.exists():
            _row("DOCX redline of the seed pair (.docx in), whole process", _whole(ours_command), 1.0)
            _row("  the same from the .txt files (no Word input to read)", from_text, 1.0)
            print("  Python-Redlines: not installed (run benchmarks/setup_redlines.sh); no ratio")
            return
        try:
            ours, theirs = _interleaved([ours_command, theirs_command])
        except subprocess.CalledProcessError as exc:
            _row("DOCX redline of the seed pair (.docx in), whole process", _whole(ours_command), 1.0)
            print(f"  Python-Redlines: failed to run ({exc.stderr.decode(errors='replace').strip()[-200:]}); no ratio")
            return
        _row("DOCX redline of the seed pair (.docx in), whole process", ours, 1.0)
        _row("  the same from the .txt files (no Word input to read)", from_text, 1.0)
        _row("  Python-Redlines (WmlComparer) on the same pair, whole process (runs in turns with ours)", theirs,
             float("inf"))
        ratio = theirs[0] / ours[0]
        print(f"{'  reportdiff faster than Python-Redlines by (wall medians)':<66} {ratio:7.1f} × "
              f"(CPU {theirs[3] / ours[3]:.1f} ×)  target ≥ 6 ×  {'ok' if ratio >= 6 else 'MISSED'}")


def bench_stages() -> None:
    """CPU milliseconds per pipeline stage of the in-process rows: medians of fresh interpreters."""
    import json

    pairs = [("seed vs sample, JSON", (SEED, SAMPLE), "json")]
    if REAL.is_dir():
        pairs.append(("real pair 2022→2023, HTML", REAL_PAIR, "html"))
    for label, (old, new), fmt in pairs:
        command = [sys.executable, "-c", _STAGES_CHILD, str(old), str(new), fmt]
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=CHILD_ENV)  # -- compiles bytecode --
        runs = [json.loads(subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT,
                                          env=CHILD_ENV).stdout) for _ in range(RUNS)]
        whole = statistics.median(run["whole"] for run in runs)
        print(f"{label}: CPU ms per stage, medians of {RUNS} fresh interpreters (min–max); whole {whole:.0f} ms")
        for stage in runs[0]:
            if stage == "whole":
                continue
            values = [run[stage] for run in runs]
            median = statistics.median(values)
            print(f"  {stage:<34} {median:7.1f} ms ({min(values):.1f}–{max(values):.1f})  {median / whole:5.1%}")


def repeated(path: Path, times: int) -> str:
    """Return the report with everything after the preamble repeated ``times`` times."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    return "\n".join(lines[:start] + lines[start:] * times) + "\n"


_STAGES = ("load_report", "Scorer", "align_measures", "align_sections", "classify", "compare_figures",
           "track_promises")
# -- where each stage is looked up when compare runs it: figures and promises are imported by
#    compare when asked for, so they are timed in their own modules --
_STAGE_MODULES = {"compare_figures": "figures", "track_promises": "promises"}


def _clear_memos() -> None:
    # -- every memo reportdiff keeps between calls; the loaded dictionary words stay --
    from reportdiff import figures, figures_extract, normalize, parse_markers, plan_matching, segment

    for memo in (normalize.normalize, segment.tokenize, parse_markers.folded_head, plan_matching._token_bounds,
                 plan_matching._raw_features, plan_matching.word_bigrams, figures._label_similarity_cached,
                 figures_extract.extract_figures):
        memo.cache_clear()


def bench_scaling() -> None:
    """CPU time per measure, by pipeline stage, on 1×, 5× and 20× the real pair.

    Repeating a report is the hard case for candidate search: every specific term occurs
    in one more measure per copy. A stage whose per-measure time grows with the copies
    is not linear.
    """
    import importlib

    from reportdiff import pipeline

    if not REAL.is_dir():
        print(f"scaling: {REAL} not found, skipped")
        return
    spent: dict[str, float] = {}

    def timed(name, func):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
        return run

    homes = {name: importlib.import_module(f"reportdiff.{_STAGE_MODULES[name]}") if name in _STAGE_MODULES
             else pipeline for name in _STAGES}
    originals = {name: getattr(homes[name], name) for name in _STAGES}
    for name, func in originals.items():
        setattr(homes[name], name, timed(name, func))
    try:
        print(f"{'':22}" + "".join(f"{name:>16}" for name in ("whole", *_STAGES)) + "   (CPU µs per measure)")
        # -- the real reports have no plans part, so promises scale on the seed pair --
        for (old_path, new_path), times in [(pair, times) for pair in (REAL_PAIR, (SEED, SAMPLE)) for times in (1, 5, 20)]:
            old, new = repeated(old_path, times), repeated(new_path, times)
            pipeline.compare(old, new)  # -- loads every dictionary word the texts need --
            _clear_memos()
            spent.clear()
            start = time.process_time()
            comparison = pipeline.compare(old, new)
            whole = time.process_time() - start
            measures = len(comparison.old.measures) + len(comparison.new.measures)
            cells = [whole, *(spent.get(name, 0.0) for name in _STAGES)]
            label = "real" if old_path == REAL_PAIR[0] else "seed"
            print(f"{label} ×{times:<3}{measures:6d} measures" + "".join(f"{cell / measures * 1e6:16.0f}" for cell in cells))
    finally:
        for name, func in originals.items():
            setattr(homes[name], name, func)


def bench_render() -> None:
    from reportdiff.figures import extract_figures
    from reportdiff.pipeline import compare
    from reportdiff.render.html import render_html

    comparison = compare(SEED, SAMPLE)
    render_html(comparison)  # -- imports and reads the CSS and script once --
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


def bench_expressions() -> None:
    from reportdiff.expressions import compare_expressions
    from reportdiff.pipeline import compare, load_report

    pair = REAL_PAIR if all(path.exists() for path in REAL_PAIR) else (SEED, SAMPLE)
    old, new = (load_report(path) for path in pair)
    compare(old, new)  # -- tokens are computed by the comparison, as in a real run --
    wall, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        compare_expressions(old, new)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    print(f"expressions {pair[0].name} vs {pair[1].name}: {statistics.median(wall):6.1f} ms "
          f"(CPU {statistics.median(cpu):.1f} ms)   (target ≤ 30 ms)")


def main(groups: list[str]) -> None:
    wanted = set(groups) or {"table", "scaling"}
    for name, bench in (("table", bench_table), ("stages", bench_stages), ("scaling", bench_scaling),
                        ("render", bench_render),
                        ("plans", bench_plans), ("expressions", bench_expressions)):
        if name in wanted:
            bench()


if __name__ == "__main__":
    main(sys.argv[1:])
