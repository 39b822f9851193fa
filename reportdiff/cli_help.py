"""The command line's help in the reader's language: click's classes, taught to say it in Chinese.

``--lang en`` (the last ``--lang`` on the command line, where ``--help`` stands makes no
difference) shows click's own page, byte for byte; Chinese, the default, says the same things in
the words of ``labels.help_text``, with full-width punctuation, and wraps lines by the columns a
terminal gives each character (an ideograph takes two) and between ideographs, which click's
word-by-word wrapping cannot.
"""

from __future__ import annotations

import functools
import unicodedata

import click

from . import lazy_re
from .labels import LANGUAGES, help_text

#: Where a command line's language is kept: ``Context.meta`` is one dict for a group and the
#: command under it, so a ``--lang`` read by either is seen by both.
LANG_META = "reportdiff.lang"


def lang_of(args: list[str] | tuple[str, ...], default: str = "zh") -> str:
    """Return the --lang of a command line (the last one given, as click takes it), else ``default``:
    what is said before or outside a command's options (an error, the help) is said in it."""
    lang = default
    for at, arg in enumerate(args):
        if arg == "--lang" and at + 1 < len(args):
            lang = args[at + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    return lang if lang in LANGUAGES else default


def context_lang(ctx: click.Context) -> str:
    """Return the language a help page, the version line or an error of ``ctx`` is said in."""
    return ctx.meta.get(LANG_META, "zh")


# ---------------------------------------------------------------------------- wrapping by columns

#: Punctuation that may not open a line (it closes what came before) and that may not end one.
_CLOSING = set("，。、；：！？）》」』”’】〕…,.;:!?)]}")
_OPENING = set("（《「『“‘【〔([{")
_CHUNKS = lazy_re.compile(r"\s+|[\x21-\x7e]+|.")


def columns(text: str) -> int:
    """Return how many terminal columns ``text`` takes (an ideograph or full-width mark: two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _units(text: str) -> list[str]:
    """Split ``text`` into what a line may break between: a run of spaces, a run of ASCII, one
    other character; a closing mark kept with what it closes and an opening one with what it opens."""
    units: list[str] = []
    opening = ""
    for chunk in _CHUNKS.findall(text):
        if chunk in _OPENING:
            opening += chunk
        elif chunk in _CLOSING and units and not units[-1].isspace() and not opening:
            units[-1] += chunk
        else:
            if opening and chunk.isspace():
                units.append(opening)
                opening = ""
            units.append(opening + chunk)
            opening = ""
    if opening:
        units.append(opening)
    return units


def _joined(lines: list[str]) -> str:
    """Return a paragraph's lines as one: a space between words, none between ideographs."""
    text = ""
    for line in (line.strip() for line in lines):
        if text and line and columns(text[-1]) == 1 and columns(line[0]) == 1:
            text += " "
        text += line
    return text


def wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """Return ``text`` (one paragraph) filled into lines of at most ``width`` columns (a unit wider
    than a line stands alone on it), between words and between ideographs."""
    lines: list[str] = []
    line, used, space = initial_indent, columns(initial_indent), ""
    empty = True
    for unit in _units(_joined(text.splitlines())):
        if unit.isspace():
            space = "" if empty else " "
            continue
        wide = columns(space + unit)
        if not empty and used + wide > width:
            lines.append(line)
            line, used, space = subsequent_indent, columns(subsequent_indent), ""
            wide = columns(unit)
        line, used, space, empty = line + space + unit, used + wide, "", False
    lines.append(line)
    return [each.rstrip() for each in lines]


class WideHelpFormatter(click.HelpFormatter):
    """click's help formatter for Chinese: the usage prefix and headings in Chinese with a
    full-width colon, every width counted in columns, lines broken between ideographs."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        prefix = help_text("usage", "zh") if prefix is None else prefix
        usage_prefix = f"{prefix:>{self.current_indent}}{prog} "
        indent = " " * columns(usage_prefix)
        self.write("\n".join(wrap(args, self.width - self.current_indent, usage_prefix, indent)) + "\n")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        paragraphs = []
        for paragraph in text.split("\n\n"):
            if paragraph.startswith("\b\n"):
                # -- click's mark for lines kept as written (examples) --
                paragraphs.append("\n".join(indent + line for line in paragraph[2:].splitlines()))
            else:
                paragraphs.append("\n".join(wrap(paragraph, self.width, indent, indent)))
        self.write("\n\n".join(paragraphs) + "\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((columns(first) for first, _ in rows), default=0), col_max) + col_spacing
        text_width = max(self.width - first_col - 2, 10)
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if columns(first) <= first_col - col_spacing:
                self.write(" " * (first_col - columns(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(second, text_width)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n")


class LangContext(click.Context):
    """A context whose help is laid out for its language (click's own layout for English)."""

    def make_formatter(self) -> click.HelpFormatter:
        if context_lang(self) == "en":
            return super().make_formatter()
        return WideHelpFormatter(width=self.terminal_width, max_width=self.max_content_width)


# ---------------------------------------------------------------------------- options

#: The type words click shows after an option (``--author TEXT``), as Chinese help shows them.
_METAVARS = {"TEXT": "文字", "INTEGER": "整数", "INTEGER RANGE": "整数", "FILE": "文件", "DIRECTORY": "文件夹",
             "OUT": "文件", "ISO": "日期"}


def _help_key(ctx: click.Context, name: str) -> str:
    """Return the key of ``name``'s Chinese help: the command's own (``check.lang``) if it has one."""
    own = f"{ctx.command.name}.{name}"
    return own if help_text(own, "zh", None) is not None else name


def number_range(kind: click.ParamType) -> str:
    """Return a number range's bounds in Chinese (不小于 1), or '' for a type with none."""
    bounds = []
    if getattr(kind, "min", None) is not None:
        bounds.append(f"{'大于' if kind.min_open else '不小于'} {kind.min}")
    if getattr(kind, "max", None) is not None:
        bounds.append(f"{'小于' if kind.max_open else '不大于'} {kind.max}")
    return "且".join(bounds)


class LangOption(click.Option):
    """An option whose help, type word and default are said in the reader's language."""

    def make_metavar(self, ctx: click.Context) -> str:
        metavar = super().make_metavar(ctx)
        return metavar if context_lang(ctx) == "en" else _METAVARS.get(metavar, metavar)

    def help_in_chinese(self, ctx: click.Context) -> str:
        """Return what the option does, in Chinese (its default aside)."""
        return help_text(_help_key(ctx, self.name or ""), "zh")

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        if context_lang(ctx) == "en" or self.hidden:
            return super().get_help_record(ctx)
        said = self.help_in_chinese(ctx)
        extra = self.get_help_extra(ctx)
        notes = [help_text("default", "zh").format(default=extra["default"])] if "default" in extra else []
        if "range" in extra:
            notes.append(number_range(self.type))
        return self.get_help_spec(ctx), said + "；".join(notes) + ("。" if notes else "")


#: ``click.option`` making a ``LangOption``.
option = functools.partial(click.option, cls=LangOption)


# ---------------------------------------------------------------------------- commands

def _fit(text: str, limit: int) -> str:
    """Return ``text`` cut to ``limit`` columns, with … where it was cut."""
    if columns(text) <= limit:
        return text
    while text and columns(text) > limit - 1:
        text = text[:-1]
    return text + "…"


class _LangHelp:
    """What a command and a group share: the language read from the command line before anything
    is said, and the help page in Chinese unless it is English."""

    context_class = LangContext

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # -- read before click parses, so that --help anywhere on the line speaks the line's --lang --
        ctx.meta[LANG_META] = lang_of(args, context_lang(ctx))
        return super().parse_args(ctx, args)  # type: ignore[misc]

    def help_key(self) -> str:
        return self.name or ""  # type: ignore[attr-defined]

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)  # type: ignore[misc]
        if context_lang(ctx) == "en":
            return pieces
        said = {self.options_metavar: help_text("options_metavar", "zh"),  # type: ignore[attr-defined]
                getattr(self, "subcommand_metavar", None): help_text("subcommand_metavar", "zh")}
        return [said.get(piece, piece) for piece in pieces]

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if context_lang(ctx) == "en":
            return super().format_help_text(ctx, formatter)  # type: ignore[misc]
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(help_text(self.help_key(), "zh"))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if context_lang(ctx) == "en":
            return super().format_options(ctx, formatter)  # type: ignore[misc]
        helper = self.get_help_option(ctx)  # type: ignore[attr-defined]
        rows = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if param is helper:
                rows.append((param.get_help_spec(ctx), help_text("help", "zh")))
            elif not isinstance(param, click.Argument) and (row := param.get_help_record(ctx)):
                rows.append(row)
        if rows:
            with formatter.section(help_text("options", "zh")):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list:
        # -- the shell shows each option's and command's help beside it (zsh, fish): in the reader's words --
        items = super().shell_complete(ctx, incomplete)  # type: ignore[misc]
        if context_lang(ctx) == "en":
            return items
        helper = self.get_help_option(ctx)  # type: ignore[attr-defined]
        said = {}
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            words = (help_text("help", "zh") if param is helper
                     else param.help_in_chinese(ctx) if isinstance(param, LangOption) else None)
            said.update(dict.fromkeys((*param.opts, *param.secondary_opts), words) if words else {})
        if isinstance(self, click.Group):
            said.update({name: command.short_help_in(80) for name, command in self.commands.items()
                         if isinstance(command, _LangHelp)})
        for item in items:
            item.help = said.get(item.value, item.help)
        return items

    def short_help_in(self, limit: int) -> str:
        """Return the command's line in its group's list, in Chinese, cut to ``limit`` columns."""
        return _fit(help_text(f"{self.help_key()}.short", "zh"), limit)


class LangCommand(_LangHelp, click.Command):
    """A command whose help is said in the reader's language."""


class LangGroup(_LangHelp, click.Group):
    """A group whose help, and the list of its commands, is said in the reader's language."""

    command_class = LangCommand

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if context_lang(ctx) == "en":
            return super().format_commands(ctx, formatter)
        shown = [(name, command) for name in self.list_commands(ctx)
                 if (command := self.get_command(ctx, name)) is not None and not command.hidden]
        if not shown:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in shown)
        with formatter.section(help_text("commands", "zh")):
            formatter.write_dl([(name, command.short_help_in(limit)) for name, command in shown])


def show_version(prog: str, version: str):
    """Return an eager ``--version`` option's callback printing the version line in the reader's
    language (click's own line in English)."""

    def show(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            line = help_text("version_line", context_lang(ctx))
            click.echo(line.format(prog=prog, version=version))
            ctx.exit()

    return show


__all__ = ["LANG_META", "LangCommand", "LangContext", "LangGroup", "LangOption", "WideHelpFormatter", "columns",
           "context_lang", "lang_of", "number_range", "option", "show_version", "wrap"]
