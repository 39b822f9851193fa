"""The folder commands as functions: discover, load (cached), analyse and render.

``cli.py`` parses options and writes files; everything between lives here, so the commands
can be driven from Python and benchmarks as well.
"""

from __future__ import annotations

from pathlib import Path

from .cache import ReportStore
from .check import CheckResult, run_check
from .config import resolve_config
from .discover import discover
from .progress import progress


def run_check_command(directory: Path, config_file: Path | None = None, *, lang: str = "zh",
                      kind: str | None = None, use_cache: bool = True, jobs: int = 1,
                      want_json: bool = False, want_html: bool = False,
                      store: ReportStore | None = None) -> tuple[CheckResult, dict[str, str]]:
    """Return the check of ``directory`` and its renderings (``md`` always, ``json``/``html`` if wanted)."""
    from ..render.check_render import render_check_html, render_check_json, render_check_markdown

    config = resolve_config(Path(directory), config_file)
    store = store or ReportStore(use_cache=use_cache, kind=kind)
    corpus = discover(Path(directory), store.load)
    with progress(len(corpus.bodies), "compare") as step:
        result = run_check(corpus, config, store.load, jobs=jobs, progress=step, lang=lang)
    outputs = {"md": render_check_markdown(result, lang)}
    if want_json:
        outputs["json"] = render_check_json(result)
    if want_html:
        outputs["html"] = render_check_html(result, lang)
    return result, outputs


__all__ = ["run_check_command"]
