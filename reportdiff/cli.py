"""Command line: a thin layer over ``pipeline`` and ``render``.

Exit status follows diff(1) and git: 0 success; 1 only where asked (``--exit-code``
when the reports differ); 2 for usage and input errors, reported on one line as
``reportdiff: <file>: <problem>`` with no traceback.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import click

from . import __version__
from .errors import ReportDiffError
from .models import KIND_NAMES, Role
from .render import FORMATS, format_for_path, render, render_plans
from .labels import LANGUAGES

EXIT_DIFFERENT = 1
EXIT_USAGE = 2


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file, so readers never see half a file.

    A symlink is written through (its target is replaced), an existing file keeps its
    permissions, a new one gets the umask's, and the temporary file never outlives a
    failure or an interrupt.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target = Path(os.path.realpath(path))
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        # -- a device, FIFO or /dev/stdout: write into it; replacing it would destroy it --
        try:
            with open(target, "wb") as out:
                out.write(payload)
        except OSError as exc:
            raise click.ClickException(f"{path}: cannot write ({exc.strerror})") from None
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise click.ClickException(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from .render._docx_common import resolve_date

    try:
        resolve_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def _check_output(output: str | None, inputs: tuple[str, ...]) -> None:
    """Refuse to write over an input (inputs are never modified) or to read stdin twice."""
    if sum(1 for source in inputs if source == "-") > 1:
        raise click.UsageError("standard input (-) can be only one of the inputs")
    if not output or output == "-" or not os.path.exists(output):
        return
    for source in inputs:
        if source != "-" and os.path.exists(source) and os.path.samefile(source, output):
            raise click.UsageError(f"{output}: is an input; choose another output file")


def _warn(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        click.echo(f"reportdiff: warning: {warning}", err=True)


def _emit(data: str | bytes, output: str | None) -> None:
    if output is None or output == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            click.echo(data, nl=False)
        return
    write_atomically(Path(output), data)


def _choose_format(fmt: str | None, output: str | None) -> str:
    if fmt:
        return fmt
    if output and output != "-":
        inferred = format_for_path(output)
        if inferred is None:
            raise click.UsageError(f"cannot tell the format from {output!r}; add --format ({'|'.join(FORMATS)})")
        return inferred
    return "text"


_KIND_OPTION = click.option(
    "--kind", type=click.Choice(KIND_NAMES),
    help="Report kind: rule_of_law (法治政府建设), government_work (政府工作报告) or other "
         "(default: detected from the title and opening).")

_COMMON_OUTPUT = [
    click.option("-o", "--output", metavar="OUT", help="Write here (format from the extension); - for stdout."),
    click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format (default: from -o, else text)."),
    click.option("--lang", type=click.Choice(LANGUAGES), default="zh", show_default=True,
                 help="Language of labels (report text is never translated)."),
]


def _output_options(func):
    for option in reversed(_COMMON_OUTPUT):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportdiff")
def cli() -> None:
    """Compare Chinese government annual reports measure by measure."""


@cli.command()
@click.argument("old")
@click.argument("new")
@_output_options
@_KIND_OPTION
@click.option("--exit-code", is_flag=True, help="Exit 1 when any measure is new, modified, moved or dropped.")
@click.option("--author", default="reportdiff", show_default=True, help="Author of DOCX revisions.")
@click.option("--date", "revision_date", metavar="ISO", callback=_check_date,
              help="Date of DOCX revisions (default: SOURCE_DATE_EPOCH, else now).")
@click.option("--no-moves", is_flag=True, help="DOCX: write moved measures as delete + insert.")
@click.option("--summary", is_flag=True, help="DOCX: add a cover page with counts and changed figures.")
@click.option("--template", type=click.Path(exists=True, dir_okay=False),
              help="DOCX: reference .docx whose styles to use.")
def compare(old: str, new: str, output: str | None, fmt: str | None, lang: str, kind: str | None, exit_code: bool,
            author: str, revision_date: str | None, no_moves: bool, summary: bool, template: str | None) -> int:
    """Compare last year's report OLD with this year's report NEW.

    OLD and NEW are .txt/.md (UTF-8, UTF-16, GB18030, Big5) or .docx files, or - for stdin.

    \b
    Examples:
      reportdiff compare 2024.txt 2025.txt              # summary on the terminal
      reportdiff compare 2024.txt 2025.txt -o diff.html # HTML redline
      reportdiff compare 2024.txt 2025.docx -o diff.docx --author 法制科
      reportdiff compare 2024.txt 2025.txt --format json > diff.json
    """
    from .pipeline import compare as run_compare

    fmt = _choose_format(fmt, output)
    _check_output(output, (old, new))
    comparison = run_compare(old, new, kind=kind)
    options: dict[str, object] = {"lang": lang}
    if fmt in ("docx", "pdf"):
        options.update(author=author, date=revision_date, moves=not no_moves, summary=summary, template=template)
    elif fmt == "text":
        options["color"] = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    _emit(render(comparison, fmt, **options), output)
    _warn((*comparison.old.warnings, *comparison.new.warnings, *comparison.warnings))
    return EXIT_DIFFERENT if exit_code and comparison.changed else 0


@cli.command()
@click.argument("report")
@_output_options
@_KIND_OPTION
@click.option("--author", default="reportdiff", show_default=True, help="Author of DOCX revisions.")
@click.option("--date", "revision_date", metavar="ISO", callback=_check_date,
              help="Date of DOCX revisions (default: SOURCE_DATE_EPOCH, else now).")
@click.option("--template", type=click.Path(exists=True, dir_okay=False),
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

    fmt = _choose_format(fmt, output)
    _check_output(output, (report,))
    parsed = load_report(report, kind=kind)
    analysis = analyse_plans(parsed)
    if parsed.part_by_role(Role.PLANS) is None:
        _warn((f"{parsed.source}: no plans part found (a part headed 工作安排/工作计划/下一步打算/工作任务); "
               "every result is listed as not carried",))
    options: dict[str, object] = {"lang": lang}
    if fmt in ("docx", "pdf"):
        # -- the report's own part and section headings title the Word document's sections --
        options.update(author=author, date=revision_date, template=template, report=parsed)
    _emit(render_plans(analysis, fmt, **options), output)
    _warn(parsed.warnings)
    return 0


def main(argv: list[str] | None = None) -> None:
    """Run the CLI and exit with its status; every error becomes one line on stderr."""
    try:
        status = cli.main(args=argv, prog_name="reportdiff", standalone_mode=False)
    except click.UsageError as exc:
        hint = f" (see 'reportdiff {exc.ctx.info_name} --help')" if exc.ctx and exc.ctx.parent else ""
        click.echo(f"reportdiff: {exc.format_message()}{hint}", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        click.echo(f"reportdiff: {exc.format_message()}", err=True)
        sys.exit(EXIT_USAGE)
    except ReportDiffError as exc:
        click.echo(f"reportdiff: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except click.Abort:
        click.echo("reportdiff: aborted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(status if isinstance(status, int) else 0)


__all__ = ["cli", "main", "write_atomically"]
