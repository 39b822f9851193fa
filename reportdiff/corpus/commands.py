"""The folder commands as functions: discover, load (cached), analyse and render.

``cli.py`` parses options and writes files; everything between lives here, so the commands
can be driven from Python and benchmarks as well.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from .cache import ReportStore
from .check import CheckResult, run_check
from .config import resolve_config
from .discover import discover, named, readable
from .progress import progress
from ..report_warnings import ReportWarning


def run_check_command(directory: Path, config_file: Path | None = None, *, lang: str = "zh",
                      kind: str | None = None, use_cache: bool = True, jobs: int = 1,
                      want_json: bool = False, want_html: bool = False,
                      store: ReportStore | None = None) -> tuple[CheckResult, dict[str, str]]:
    """Return the check of ``directory`` and its renderings (``md`` always, ``json``/``html`` if wanted)."""
    from ..render.check_render import render_check_html, render_check_json, render_check_markdown

    config = resolve_config(Path(directory), config_file)
    store = store or ReportStore(use_cache=use_cache, kind=kind)
    corpus = discover(Path(directory), store.load)
    while True:
        # -- the last two readable years of each body: an unreadable latest gives way to the one before --
        checked = readable(corpus, store.load, [entry for series in corpus.bodies.values() for entry in series[-2:]])
        if checked is corpus:
            break
        corpus = checked
    with progress(len(corpus.bodies), "compare", lang) as step:
        result = run_check(corpus, config, store.load, jobs=jobs, progress=step, lang=lang)
    outputs = {"md": render_check_markdown(result, lang)}
    if want_json:
        outputs["json"] = render_check_json(result, lang)
    if want_html:
        outputs["html"] = render_check_html(result, lang)
    return result, outputs


def _select(corpus, body: str | None):
    from ..errors import LoadError
    from ..bodies import core
    from ..normalize import key as norm_key

    if body is None:
        return list(corpus.bodies.items())
    # -- a body is chosen by its name or by the one its files are named with (yunze-2024.txt: 云泽市司法局) --
    wanted = core(norm_key(body))
    chosen = [(key, series) for key, series in corpus.bodies.items()
              if key == norm_key(body) or any(core(norm_key(entry.body)) == wanted
                                              or (named(entry.path) or ("",))[0] == body for entry in series)]
    if not chosen:
        names = tuple(series[0].body for series in corpus.bodies.values())
        raise LoadError.of(str(corpus.root), "no_body_reports", body=body, bodies=names)
    return chosen


def run_timeline(directory: Path, *, body: str | None = None, kind: str | None = None, use_cache: bool = True,
                 jobs: int = 1, store: ReportStore | None = None, lang: str = "zh"):
    """Return the timeline of every body in ``directory`` (or of ``body``), oldest year first (a
    progress bar, where one is drawn, in ``lang``)."""
    from .timeline import build_timeline, compare_step

    store = store or ReportStore(use_cache=use_cache, kind=kind)
    corpus = discover(Path(directory), store.load)
    selected = _select(corpus, body)
    paths = [entry.path for _, series in selected for entry in series]
    with progress(len(paths), "parse", lang) as step:
        store.load_many(paths, jobs=jobs, progress=step)
    corpus = readable(corpus, store.load, [entry for _, series in selected for entry in series])
    selected = [(key, corpus.bodies[key]) for key, _ in selected if key in corpus.bodies]
    pending: list[tuple[tuple[Path, Path], tuple]] = []
    steps: dict[tuple[Path, Path], object] = {}
    for _, series in selected:
        for old, new in pairwise(series):
            key = (old.path, new.path)
            cached = store.get_derived("timeline-step", key)
            if cached is not None:
                steps[key] = cached
            else:
                pending.append((key, (store.load(old.path), store.load(new.path))))
    with progress(len(pending), "compare", lang) as tick:
        if jobs > 1 and len(pending) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                computed = []
                for result in pool.map(compare_step, [pair for _, pair in pending],
                                       chunksize=max(1, len(pending) // (jobs * 4))):
                    computed.append(result)
                    tick()
        else:
            computed = []
            for _, pair in pending:
                computed.append(compare_step(pair))
                tick()
    for (key, _), result in zip(pending, computed):
        steps[key] = result
        store.put_derived("timeline-step", key, result)
    timelines = []
    warnings = list(corpus.warnings)
    for _, series in selected:
        reports = [store.load(entry.path) for entry in series]
        pair_steps = [steps[(old.path, new.path)] for old, new in pairwise(series)]
        timelines.append(build_timeline(series[-1].body, series, reports, pair_steps))
        warnings += _missing_years(timelines[-1].body, [entry.year for entry in series])
    return timelines, tuple(warnings), store


def _missing_years(body: str, years: list[int]) -> list[ReportWarning]:
    """Say which years a body's series lacks between its first and last report (2024, 2026: 2025),
    so that a step over two years is not read as one year's change."""
    return [ReportWarning.of("timeline_gap", body=body, years=tuple(range(before + 1, after)), before=before,
                             after=after)
            for before, after in pairwise(years) if after > before + 1]


def _features_job(job: tuple[Path, str | None]):
    from .cache import parse_file
    from .matrix import features_of

    from ..errors import LoadError, ParseError

    try:
        report = parse_file(job[0], job[1])
    except (LoadError, ParseError):
        return None  # -- read again in the parent, which names it in a warning (errors do not pickle) --
    return report, features_of(report)


def run_matrix(directory: Path, *, year: int | None = None, kind: str | None = None, use_cache: bool = True,
               jobs: int = 1, store: ReportStore | None = None, lang: str = "zh"):
    """Return the matrix of one year's reports across the bodies of ``directory`` (default: the latest
    year; a progress bar, where one is drawn, in ``lang``)."""
    from ..errors import LoadError
    from .matrix import build_matrix, features_of, mixed_kinds

    store = store or ReportStore(use_cache=use_cache, kind=kind)
    corpus = discover(Path(directory), store.load)
    years = sorted({entry.year for entry in corpus.entries})
    year = year if year is not None else years[-1]
    entries = tuple(entry for series in corpus.bodies.values() for entry in series if entry.year == year)
    if not entries:
        raise LoadError.of(str(directory), "no_year_reports", year=year, years=tuple(years))
    features: dict[Path, object] = {}
    missing = []
    for entry in entries:
        cached = store.get_derived("matrix-features", (entry.path,))
        if cached is not None:
            features[entry.path] = cached
        else:
            missing.append(entry.path)
    with progress(len(missing), "read", lang) as tick:
        if jobs > 1 and len(missing) > 1:
            from concurrent.futures import ProcessPoolExecutor

            unparsed = [path for path in missing if store.cached(path) is None]
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for path, done in zip(unparsed, pool.map(
                        _features_job, [(path, kind) for path in unparsed],
                        chunksize=max(1, len(unparsed) // (jobs * 4)))):
                    if done is not None:
                        store.add(path, done[0])
                        features[path] = done[1]
                    tick()
        corpus = readable(corpus, store.load, [entry for entry in entries if entry.path not in features])
        entries = tuple(entry for series in corpus.bodies.values() for entry in series if entry.year == year)
        if not entries:
            raise LoadError.of(str(directory), "no_readable_year", year=year)
        missing = [path for path in missing if any(entry.path == path for entry in entries)]
        for path in missing:
            if path not in features:
                features[path] = features_of(store.load(path))
                tick()
    for path in missing:
        store.put_derived("matrix-features", (path,), features[path])
    chosen = [features[entry.path] for entry in entries]
    # -- a body with no report of the year is left out: said, so that it is not taken for forgotten --
    absent = tuple(ReportWarning.of("matrix_absent", body=series[-1].body, year=year,
                                    years=tuple(entry.year for entry in series))
                   for series in corpus.bodies.values() if series and all(entry.year != year for entry in series))
    return build_matrix(year, entries, chosen), corpus.warnings + absent + mixed_kinds(year, entries, chosen), store


__all__ = ["run_check_command", "run_matrix", "run_timeline"]
