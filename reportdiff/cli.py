"""Command line: a thin layer over ``pipeline`` and ``render``.

Exit status follows diff(1) and git: 0 success; 1 only where asked (``--exit-code``
when the reports differ); 2 for usage and input errors, reported on one line as
``reportdiff: <file>: <problem>`` with no traceback.
"""

from __future__ import annotations

import gc

#: The cyclic collector's first threshold for a command-line run (Python's default is 700).
GC_THRESHOLD = 1_000_000
# -- a run makes hundreds of thousands of small objects, nearly all kept to the end, and almost
#    no cycles: at the default threshold the collector re-scanned them every 700 allocations, 5–8 %
#    of a run (imports 7 ms, the seed pair 10 ms, a real pair 56 ms). At 20,000 a real pair still
#    scanned its 100,000 youngest objects once (30 ms); at a million a report pair's run never
#    collects, and a 5 MB pair (a State Council report repeated) keeps its CPU time and its peak
#    memory (400 MB). Set here, before click and the pipeline are imported, for the console
#    script and -m alike. --
gc.set_threshold(GC_THRESHOLD, 10, 10)

import atexit  # noqa: E402
import contextlib  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

import click  # noqa: E402

from . import __version__, lazy_re  # noqa: E402
from .cli_help import LangGroup, lang_of, option, show_version  # noqa: E402
from .errors import ReportDiffError  # noqa: E402
from .render import FORMATS, format_for_path, render, render_plans  # noqa: E402
from .labels import LANGUAGES  # noqa: E402
from .output_file import check_writable, write_atomically, write_output  # noqa: E402

EXIT_DIFFERENT = 1
EXIT_USAGE = 2
#: models.KIND_NAMES, written out: the CLI imports no models before a command runs (a test
#: keeps the two equal).
KIND_NAMES = ("rule_of_law", "government_work", "other")


class UsageProblem(click.UsageError):
    """A usage error of ours: a code and params, said in ``lang`` (``text`` says it in another)."""

    def __init__(self, code: str, lang: str = "en", **params: object) -> None:
        from .errors import problem_text

        super().__init__(problem_text(code, params, lang))
        self.code, self.params = code, params

    def text(self, lang: str = "zh") -> str:
        from .errors import problem_text

        return problem_text(self.code, self.params, lang)


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from .render._docx_document import resolve_date

    try:
        resolve_date(value)
    except ValueError:
        # -- said whole (click's "Invalid value for" is in the template); main says it in --lang --
        raise UsageProblem("bad_option", option="--date", problem_code="bad_date", date=value) from None
    return value


def _check_output(output: str | None, inputs: tuple[str, ...], lang: str = "zh") -> None:
    """Refuse, before any work, to write over an input (inputs are never modified), to read
    stdin twice, or to run when the output cannot be written."""
    if sum(1 for source in inputs if source == "-") > 1:
        raise UsageProblem("stdin_twice", lang)
    if not output or output == "-":
        return
    check_writable(output)
    if not os.path.exists(output):
        return
    for source in inputs:
        if source != "-" and os.path.exists(source) and os.path.samefile(source, output):
            raise UsageProblem("output_is_input", lang, output=output)


def _warn(warnings, lang: str = "zh") -> None:
    """Print each warning on stderr in ``lang`` (as every output shows them)."""
    from .report_warnings import warning_texts

    prefix = "reportdiff: 提示：" if lang == "zh" else "reportdiff: warning: "
    for text in warning_texts(warnings, lang):
        click.echo(f"{prefix}{text}", err=True)


@contextlib.contextmanager
def _progress(total: int, lang: str = "zh"):
    """Yield a callback that advances a progress bar on stderr, drawn only when stderr is a
    terminal and the work has taken more than a second; it is cleared when the work ends."""
    if not sys.stderr.isatty():
        # -- no bar to draw: tqdm's import (≈35 ms with importlib.metadata) is not paid --
        yield lambda stage: None
        return
    from tqdm import tqdm

    bar = tqdm(total=total, file=sys.stderr, delay=1.0, leave=False, disable=not sys.stderr.isatty(),
               bar_format="reportdiff: {desc} {bar} {n_fmt}/{total_fmt} {elapsed}", dynamic_ncols=True)

    from .labels import progress_label

    def step(stage: str) -> None:
        bar.set_description_str(progress_label(stage, lang), refresh=False)
        bar.update(1)

    try:
        yield step
    finally:
        bar.close()


def _emit(data: str | bytes, output: str | None) -> None:
    if output is None or output == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            click.echo(data, nl=False)
        return
    write_output(output, data)


def _choose_format(fmt: str | None, output: str | None, lang: str = "zh") -> str:
    if fmt:
        return fmt
    if output and output != "-":
        inferred = format_for_path(output)
        if inferred is None:
            raise UsageProblem("unknown_output_format", lang, output=output, formats="|".join(FORMATS))
        return inferred
    return "text"


_KIND_OPTION = option(
    "--kind", type=click.Choice(KIND_NAMES),
    help="Report kind: rule_of_law (法治政府建设), government_work (政府工作报告) or other "
         "(default: detected from the title and opening).")

_COMMON_OUTPUT = [
    option("-o", "--output", metavar="OUT", help="Write here (format from the extension); - for stdout."),
    option("--format", "fmt", type=click.Choice(FORMATS), help="Output format (default: from -o, else text)."),
    option("--lang", type=click.Choice(LANGUAGES), default="zh", show_default=True,
           help="Language of labels (report text is never translated)."),
]


def _output_options(func):
    for decorate in reversed(_COMMON_OUTPUT):
        func = decorate(func)
    return func


def _lang_for_commands(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """Make a --lang given before the command (``reportdiff --lang en compare …``) the command's."""
    if value:
        defaults = dict(ctx.default_map or {})
        for name in ctx.command.commands:  # type: ignore[attr-defined]
            defaults[name] = {**defaults.get(name, {}), "lang": value}
        ctx.default_map = defaults


@click.group("reportdiff", cls=LangGroup, context_settings={"help_option_names": ["-h", "--help"]})
@option("--version", is_flag=True, expose_value=False, is_eager=True, callback=show_version("reportdiff", __version__),
        help="Show the version and exit.")
# -- so that `reportdiff --lang en --help` (and --version) speak English; each command shows its own --lang --
@option("--lang", type=click.Choice(LANGUAGES), hidden=True, expose_value=False, callback=_lang_for_commands)
def cli() -> None:
    """Compare Chinese government annual reports measure by measure."""


@cli.command()
@click.argument("old")
@click.argument("new")
@_output_options
@_KIND_OPTION
@option("--exit-code", is_flag=True, help="Exit 1 when any measure is new, modified, moved or dropped.")
@option("--author", default="reportdiff", show_default=True, help="Author of DOCX revisions.")
@option("--date", "revision_date", metavar="ISO", callback=_check_date,
        help="Date of DOCX revisions (default: SOURCE_DATE_EPOCH, else now).")
@option("--no-moves", is_flag=True, help="DOCX: write moved measures as delete + insert.")
@option("--summary", is_flag=True, help="DOCX: add a cover page with counts and changed figures.")
@option("--template", type=click.Path(exists=True, dir_okay=False),
        help="DOCX: reference .docx whose styles to use.")
def compare(old: str, new: str, output: str | None, fmt: str | None, lang: str, kind: str | None, exit_code: bool,
            author: str, revision_date: str | None, no_moves: bool, summary: bool, template: str | None) -> int:
    """Compare last year's report OLD with this year's report NEW.

    OLD and NEW are .txt/.md (UTF-8, UTF-16, GB18030, Big5), .docx, text .pdf files or saved
    web pages (.html/.htm/.mhtml), or - for stdin.

    \b
    Examples:
      reportdiff compare 2024.txt 2025.txt              # summary on the terminal
      reportdiff compare 2024.txt 2025.txt -o diff.html # HTML redline
      reportdiff compare 2024.txt 2025.docx -o diff.docx --author 法制科
      reportdiff compare 2024.txt 2025.txt --format json > diff.json
    """
    from .pipeline import compare as run_compare

    from .pipeline import STAGES

    fmt = _choose_format(fmt, output, lang)
    _check_output(output, (old, new), lang)
    # -- a Word redline without its cover page shows the measures only: figures, last year's
    #    plans and expressions would be worked out for nothing --
    analyses = fmt not in ("docx", "pdf") or summary
    with _progress(len(STAGES) + 1, lang) as step:
        comparison = run_compare(old, new, kind=kind, progress=step, figures=analyses, promises=analyses,
                                 expressions=analyses)
        options: dict[str, object] = {"lang": lang}
        if fmt in ("docx", "pdf"):
            options.update(author=author, date=revision_date, moves=not no_moves, summary=summary, template=template)
        elif fmt == "text":
            options["color"] = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        rendered = render(comparison, fmt, **options)
        step("render")
    _emit(rendered, output)
    _warn(comparison.all_warnings, lang)
    return EXIT_DIFFERENT if exit_code and comparison.changed else 0


@cli.command()
@click.argument("report")
@_output_options
@_KIND_OPTION
@option("--author", default="reportdiff", show_default=True, help="Author of DOCX revisions.")
@option("--date", "revision_date", metavar="ISO", callback=_check_date,
        help="Date of DOCX revisions (default: SOURCE_DATE_EPOCH, else now).")
@option("--template", type=click.Path(exists=True, dir_okay=False),
        help="DOCX: reference .docx whose styles to use.")
def plans(report: str, output: str | None, fmt: str | None, lang: str, kind: str | None, author: str,
          revision_date: str | None, template: str | None) -> int:
    """Check one REPORT's plans for next year against its own results and shortcomings.

    Every plan sentence is linked to the results it continues (or marked new), every result
    no plan carries on is listed, and every shortcoming is linked to the plans that answer it.

    \b
    Examples:
      reportdiff plans 2024.txt                      # summary on the terminal
      reportdiff plans 2024.txt -o plans.html        # plans redlined against results
      reportdiff plans 2024.docx -o plans.docx       # the same as Word tracked changes
      reportdiff plans 2024.txt --format json
    """
    from .pipeline import load_report
    from .plans import analyse_plans

    fmt = _choose_format(fmt, output, lang)
    _check_output(output, (report,), lang)
    parsed = load_report(report, kind=kind)
    analysis = analyse_plans(parsed)
    options: dict[str, object] = {"lang": lang}
    if fmt in ("docx", "pdf"):
        # -- the report's own part and section headings title the Word document's sections --
        options.update(author=author, date=revision_date, template=template, report=parsed)
    _emit(render_plans(analysis, fmt, **options), output)
    _warn(analysis.warnings, lang)
    return 0


_CORPUS_OPTIONS = [
    option("--no-cache", is_flag=True, help="Parse every file; neither read nor write the cache."),
    option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
           help="Parse and compare in this many processes."),
]


def _corpus_options(func):
    for decorate in reversed(_CORPUS_OPTIONS):
        func = decorate(func)
    return func


@cli.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@option("--config", "config_file", type=click.Path(dir_okay=False),
        help="Rules file (default: reportdiff.toml or pyproject.toml found upwards from DIRECTORY).")
@option("--json", "json_file", metavar="FILE", help="Write the full results as JSON here.")
@option("--html", "html_file", metavar="FILE", help="Write the full results as an HTML page here.")
@option("--lang", type=click.Choice(LANGUAGES), default="zh", show_default=True, help="Language of labels.")
@_KIND_OPTION
@_corpus_options
def check(directory: str, config_file: str | None, json_file: str | None, html_file: str | None, lang: str,
          kind: str | None, no_cache: bool, jobs: int) -> int:
    """Check each body's newest report in DIRECTORY against its predecessor (for CI).

    Prints a Markdown summary (and appends it to $GITHUB_STEP_SUMMARY when set). Exit 0
    when no rule set to "fail" finds anything, 1 when one does, 2 for usage or input errors.

    \b
    Examples:
      reportdiff check reports/
      reportdiff check reports/ --config ci/reportdiff.toml --html check.html --json check.json
    """
    from pathlib import Path

    from .corpus.commands import run_check_command

    directory, config_file = Path(directory), (Path(config_file) if config_file else None)
    result, outputs = run_check_command(directory, config_file, lang=lang, kind=kind, use_cache=not no_cache,
                                        jobs=jobs, want_json=json_file is not None, want_html=html_file is not None)
    compared = tuple(str(entry.path) for body in result.bodies for entry in (body.new, body.old) if entry)
    for artefact in (json_file, html_file):
        _check_output(artefact, compared, lang)
    markdown = outputs["md"]
    _emit(markdown, None)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        with open(summary_file, "a", encoding="utf-8") as out:
            out.write(markdown)
    if json_file:
        _emit(outputs["json"], json_file)
    if html_file:
        _emit(outputs["html"], html_file)
    _warn(result.warnings, lang)
    return EXIT_DIFFERENT if result.failed else 0


def _emit_corpus(fmt: str, output: str | None, warnings, lang: str, **renderers) -> None:
    """Write a folder command's result in ``fmt`` (one of the ``renderers``), then its warnings."""
    _emit(renderers[fmt](), output)
    _warn(warnings, lang)


def _corpus_format(fmt: str | None, output: str | None, lang: str) -> str:
    fmt = _choose_format(fmt, output, lang)
    if fmt in ("docx", "pdf"):
        raise UsageProblem("folder_formats", lang)
    return "md" if fmt == "text" else fmt


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False))
@_output_options
@option("--body", help="Only this body (default: every body in DIRECTORY).")
@_KIND_OPTION
@_corpus_options
def timeline(directory: str, output: str | None, fmt: str | None, lang: str, body: str | None, kind: str | None,
             no_cache: bool, jobs: int) -> int:
    """Follow one body's reports in DIRECTORY over the years.

    The lineage of every measure (first year, years continued or modified, year dropped,
    reworded titles), every figure and main target year by year, and the years each
    expression appears in.

    \b
    Examples:
      reportdiff timeline reports/ -o timeline.html
      reportdiff timeline reports/ --body 海淀区 --format json
    """
    from pathlib import Path

    from .corpus.commands import run_timeline
    from .render.timeline_render import render_timeline_html, render_timeline_json, render_timeline_markdown

    fmt = _corpus_format(fmt, output, lang)
    timelines, warnings, _ = run_timeline(Path(directory), body=body, kind=kind, use_cache=not no_cache, jobs=jobs,
                                          lang=lang)
    _emit_corpus(fmt, output, warnings, lang, json=lambda: render_timeline_json(timelines, warnings, lang),
                 html=lambda: render_timeline_html(timelines, lang, warnings),
                 md=lambda: render_timeline_markdown(timelines, lang, warnings))
    return 0


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False))
@_output_options
@option("--year", type=int, help="The year to compare across bodies (default: the latest).")
@_KIND_OPTION
@_corpus_options
def matrix(directory: str, output: str | None, fmt: str | None, lang: str, year: int | None, kind: str | None,
           no_cache: bool, jobs: int) -> int:
    """Set one year's reports of many bodies in DIRECTORY side by side.

    Which measures and expressions each body has (shared by most, or by one only), and the
    figures side by side.

    \b
    Examples:
      reportdiff matrix districts/ -o matrix.html
      reportdiff matrix districts/ --year 2024 --format json
    """
    from pathlib import Path

    from .corpus.commands import run_matrix
    from .render.matrix_render import render_matrix_html, render_matrix_json, render_matrix_markdown

    fmt = _corpus_format(fmt, output, lang)
    result, warnings, _ = run_matrix(Path(directory), year=year, kind=kind, use_cache=not no_cache, jobs=jobs,
                                     lang=lang)
    _emit_corpus(fmt, output, warnings, lang, json=lambda: render_matrix_json(result, warnings, lang),
                 html=lambda: render_matrix_html(result, lang, warnings),
                 md=lambda: render_matrix_markdown(result, lang, warnings))
    return 0


def main(argv: list[str] | None = None) -> None:
    """Run the CLI and exit with its status; every error becomes one line on stderr, in the
    language of the command's --lang (click's own usage errors too: "No such option", a missing
    argument, a value not among the choices; one we have no words for stays click's)."""
    from .errors import problem_text

    lang = lang_of(sys.argv[1:] if argv is None else argv)
    # -- the interpreter's last act is a full collection over every object the run kept (the
    #    comparison, its indexes, the dictionary's maps), to find cycles no one will miss: about
    #    10 % of a short run. Frozen, they are left to the process's end; every output was
    #    written and closed before it (a file by write_atomically, stdout flushed at exit). --
    atexit.register(gc.freeze)
    try:
        status = cli.main(args=argv, prog_name="reportdiff", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        exc.show()  # -- the help itself, as click shows it: no "reportdiff:" before its first line --
        sys.exit(EXIT_USAGE)
    except click.UsageError as exc:
        hint = problem_text("see_help", {"command": exc.ctx.info_name}, lang) if exc.ctx and exc.ctx.parent else ""
        click.echo(f"reportdiff: {_said(exc, lang)}{hint}", err=True)
        sys.exit(EXIT_USAGE)
    except (click.ClickException, ReportDiffError) as exc:
        click.echo(f"reportdiff: {_said(exc, lang)}", err=True)
        sys.exit(EXIT_USAGE)
    except click.Abort:
        click.echo(f"reportdiff: {problem_text('aborted', {}, lang)}", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(status if isinstance(status, int) else 0)


def _said(exc: Exception, lang: str) -> str:
    """Return an error's message in ``lang`` where it has a code, else its own words."""
    if getattr(exc, "code", None) and hasattr(exc, "text"):
        return exc.text(lang)
    if lang != "en" and isinstance(exc, click.UsageError) and (said := _click_said(exc, lang)):
        return said
    return exc.format_message() if isinstance(exc, click.ClickException) else str(exc)


# -- click's usage errors whose words are its own (it ships no Chinese): told by their kind and
#    fields, or by the one message of click's that carries what the reader needs --
_NEEDS_VALUE = lazy_re.compile(r"^Option '([^']+)' requires (?:an argument|\d+ arguments)\.$")
_EXTRA = lazy_re.compile(r"^Got unexpected extra arguments? \((.*)\)$")
_TAKES_NO_VALUE = lazy_re.compile(r"^Option '([^']+)' does not take a value\.$")
#: The problems click's types find in a value (click.INT, IntRange, Path), by the code saying each.
_VALUE_PROBLEMS = (
    (lazy_re.compile(r"^'(?P<value>.*)' is not a valid integer\.$"), "not_integer"),
    (lazy_re.compile(r"^(?P<value>.*) is not in the range (?P<range>.*)\.$"), "out_of_range"),
    *((lazy_re.compile(rf"^(?:File|Directory|Path) '(?P<path>.*)' {words}\.$"), code)
      for words, code in (("does not exist", "path_missing"), ("is a file", "path_is_file"),
                          ("is a directory", "path_is_directory"), ("is not readable", "path_unreadable"),
                          ("is not writable", "path_unwritable"))),
)


def _click_said(exc: click.UsageError, lang: str) -> str | None:
    """Return click's usage error ``exc`` in ``lang``, or None for one we have no words for."""
    from .errors import problem_text

    ctx = exc.ctx
    if isinstance(exc, (click.NoSuchOption, click.exceptions.NoSuchCommand)):
        said = (problem_text("no_such_option", {"option": exc.option_name}, lang) if isinstance(exc, click.NoSuchOption)
                else problem_text("no_such_command", {"command": exc.command_name}, lang))
        if exc.possibilities:
            said += problem_text("did_you_mean", {"choices": " / ".join(exc.possibilities)}, lang)
        return said
    if isinstance(exc, click.MissingParameter) and exc.param is not None:
        code = "missing_option" if exc.param.param_type_name == "option" else "missing_argument"
        return problem_text(code, {"name": exc.param.get_error_hint(ctx).strip("'")}, lang)
    if isinstance(exc, click.BadParameter) and exc.param is not None:
        # -- an option by each of its names (--jobs / -j), an argument by its own (NEW) --
        name = " / ".join(exc.param.opts) if isinstance(exc.param, click.Option) else exc.param.get_error_hint(ctx)
        return problem_text("bad_option", {"option": name.strip("'"), "problem": _value_problem(exc, lang)}, lang)
    if match := _NEEDS_VALUE.match(exc.message):
        return problem_text("option_needs_value", {"option": match.group(1)}, lang)
    if match := _TAKES_NO_VALUE.match(exc.message):
        return problem_text("option_takes_no_value", {"option": match.group(1)}, lang)
    if match := _EXTRA.match(exc.message):
        return problem_text("extra_arguments", {"arguments": match.group(1)}, lang)
    if exc.message == "Missing command.":
        return problem_text("missing_command", {}, lang)
    return None


def _value_problem(exc: click.BadParameter, lang: str) -> str:
    """Return what is wrong with a value click's type refused, in ``lang`` (click's words when we have none)."""
    from .cli_help import number_range
    from .errors import problem_text

    choices = getattr(exc.param.type, "choices", None)
    if choices:
        return problem_text("one_of", {"choices": " / ".join(map(str, choices))}, lang)
    for pattern, code in _VALUE_PROBLEMS:
        if match := pattern.match(exc.message):
            params = match.groupdict()
            if "range" in params:
                params["range"] = number_range(exc.param.type) or params["range"]
            return problem_text(code, params, lang)
    return exc.message


__all__ = ["check_writable", "cli", "main", "write_atomically", "write_output"]
