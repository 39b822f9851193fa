"""`reportdiff --help` and every command's help in the reader's language: Chinese by default,
click's own English page, byte for byte as it was, with --lang en (before or after --help)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import SAMPLE, SEED
from reportdiff import __version__
from reportdiff.cli import cli
from reportdiff.cli_help import _help_key, columns, wrap
from reportdiff.labels import _HELP, help_text

GOLDEN = Path(__file__).resolve().parent / "golden" / "help_en"
COMMANDS = ("compare", "plans", "check", "timeline", "matrix")
#: English a Chinese help page must not carry (option names, formats, file names and the
#: arguments' names OLD, NEW, REPORT, DIRECTORY are the same in both languages).
_ENGLISH = re.compile(r"\b(Usage|Options|Commands|OPTIONS|COMMAND|ARGS|Show|message|exit|default|version|the|and|of|"
                      r"to|for|from|here|Write|Language|Report|Compare|Check|Set|Follow|Examples|TEXT|INTEGER|"
                      r"FILE|OUT|ISO|RANGE|summary on)\b")


def _prose(page: str) -> str:
    """Return a help page without its option names and its examples' commands (their comments stay)."""
    page = re.sub(r"^    reportdiff [^#\n]*", "", page, flags=re.M)
    return re.sub(r"(?<![\w-])--?[\w-]+", "", page)


def _help(*args: str) -> click.testing.Result:
    result = CliRunner().invoke(cli, list(args), prog_name="reportdiff")
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("command", ("reportdiff", *COMMANDS))
def test_english_help_is_clicks_page_as_it_was(command: str) -> None:
    # -- the pages as click printed them before help spoke Chinese (80 columns, as CliRunner sets) --
    golden = (GOLDEN / f"{command}.txt").read_text(encoding="utf-8")
    head = [] if command == "reportdiff" else [command]
    assert _help(*head, "--lang", "en", "--help").output == golden
    assert _help(*head, "--help", "--lang", "en").output == golden  # -- where --lang stands makes no difference
    assert _help(*head, "--lang=en", "-h").output == golden


def test_group_help_in_chinese_lists_each_command_in_chinese() -> None:
    page = _help("--help").output
    assert page.startswith("用法：reportdiff [选项] 命令 [参数]...\n\n  逐项比对政府年度报告的举措。\n")
    assert "\n选项：\n" in page and "\n命令：\n" in page
    assert "  --version   显示版本号并退出。\n" in page and "  -h, --help  显示本帮助并退出。\n" in page
    for command in COMMANDS:
        assert re.search(rf"^  {command} +{re.escape(help_text(command + '.short'))}$", page, re.M), command
    assert not _ENGLISH.search(_prose(page)), _ENGLISH.search(_prose(page))
    # -- the hidden --lang of the group is no line of its page --
    assert "--lang" not in page


def test_group_help_in_english_lists_each_command_in_english() -> None:
    page = _help("--lang", "en", "--help").output
    assert "Commands:\n" in page and "  compare   Compare last year's report OLD with this year's report NEW.\n" in page


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_in_chinese(command: str) -> None:
    page = _help(command, "--help").output
    english = (GOLDEN / f"{command}.txt").read_text(encoding="utf-8")
    usage = english.splitlines()[0].replace("Usage: ", "用法：").replace("[OPTIONS]", "[选项]")
    assert page.splitlines()[0] == usage  # -- the arguments keep their names --
    said = re.sub(r"\s+", "", help_text(command).split("\n\n")[0])
    assert re.sub(r"\s+", "", page.split("\n\n")[1]) == said
    assert "\n选项：\n" in page and "显示本帮助并退出。" in page and "示例：\n" in page
    # -- every option is listed, under its own name, with the same choices --
    assert re.findall(r"^  (-\S+(?:, --\S+)?)", page, re.M) == re.findall(r"^  (-\S+(?:, --\S+)?)", english, re.M)
    assert re.findall(r"\[[\w|]+\|[\w|]+\]", page) == re.findall(r"\[[\w|]+\|[\w|]+\]", english)
    # -- the examples' commands are the same in both languages; their comments are translated --
    examples = re.compile(r"^    (reportdiff [^#\n]*?)\s*(?:#.*)?$", re.M)
    assert examples.findall(page) == examples.findall(english) != []
    assert not _ENGLISH.search(_prose(page)), _ENGLISH.search(_prose(page))


def test_chinese_help_says_defaults_and_ranges_in_chinese() -> None:
    page = _help("compare", "--help").output
    assert "--lang [zh|en]                  标签的语言（报告原文不翻译）。默认：zh。" in page
    assert re.search(r"--author 文字 +DOCX 修订的作者。默认：reportdiff。", page)
    check = _help("check", "--help").output
    assert re.search(r"-j, --jobs 整数 +读取和比对所用的进程数。默认：1；不小于 1。", check)
    # -- check says its --lang in its own words --
    assert re.search(r"--lang \[zh\|en\] +标签的语言。默认：zh。", check)


@pytest.mark.parametrize("command", ("reportdiff", *COMMANDS))
def test_chinese_help_fits_the_terminal_and_breaks_lines_where_chinese_may(command: str) -> None:
    page = _help(*([] if command == "reportdiff" else [command]), "--help").output
    for line in page.splitlines():
        # -- an example is kept as written, and an option's name with its choices alone on its line may be
        #    longer, as in English --
        if line.startswith("    reportdiff ") or (line.lstrip().startswith("-") and columns(line) == len(line)):
            continue
        assert columns(line) <= 80, line
        assert not re.match(r"\s*[，。、；：）”]", line), line


def test_every_command_and_option_has_its_chinese_and_every_chinese_is_used() -> None:
    used = {"reportdiff", "version", "help", "usage", "options", "commands", "options_metavar",
            "subcommand_metavar", "default", "version_line"}
    for name, command in cli.commands.items():
        ctx = click.Context(command, info_name=name)
        used |= {name, f"{name}.short"}
        for param in command.params:
            if isinstance(param, click.Option):
                used.add(_help_key(ctx, param.name))
                assert help_text(_help_key(ctx, param.name), "zh"), (name, param.name)
    assert used == set(_HELP["zh"]), set(_HELP["zh"]) ^ used


def test_version_line_in_the_readers_language() -> None:
    assert _help("--version").output == f"reportdiff 版本 {__version__}\n"
    assert _help("--lang", "en", "--version").output == f"reportdiff, version {__version__}\n"


def test_a_lang_before_the_command_is_the_commands() -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "compare", str(SEED), str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "new 6  continued" in result.output and "新增" not in result.output.splitlines()[1]
    assert "[default: en]" in _help("--lang", "en", "compare", "--help").output


def test_no_command_shows_the_help_alone() -> None:
    # -- as click does: the page on stderr, status 2; no "reportdiff:" glued to its first line --
    done = subprocess.run([sys.executable, "-m", "reportdiff"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("用法：reportdiff [选项] 命令 [参数]...\n")
    done = subprocess.run([sys.executable, "-m", "reportdiff", "--lang", "en"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "Missing command." in done.stderr


def test_wrap_breaks_between_ideographs_and_words_never_inside_a_word() -> None:
    text = "把完整结果以 JSON 写入此文件，并从 DIRECTORY 逐级向上查找 reportdiff.toml 或 pyproject.toml。"
    lines = wrap(text, 20)
    assert all(columns(line) <= 20 for line in lines), lines
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for word in ("JSON", "DIRECTORY", "reportdiff.toml", "pyproject.toml"):
        assert any(word in line for line in lines), (word, lines)
    # -- a closing mark stays with what it closes, an opening one with what it opens --
    lines = wrap("甲乙丙丁戊己（庚辛）。", 8)
    assert all(not line.startswith(("）", "。")) and not line.endswith("（") for line in lines), lines
    assert wrap("Show this message and exit.", 12) == ["Show this", "message and", "exit."]


@pytest.mark.parametrize(("words", "zh", "en"), [
    ("reportdiff compare --f", "--format\n输出格式（默认：由 -o 判断，否则为 text）。", "--format\nOutput format"),
    ("reportdiff comp", "compare\n比对上年报告 OLD 与本年报告 NEW。", "compare\nCompare last year's report"),
    ("reportdiff check --he", "--help\n显示本帮助并退出。", "--help\nShow this message and exit."),
])
def test_shell_completion_shows_help_in_the_readers_language(monkeypatch, words: str, zh: str, en: str) -> None:
    # -- zsh and fish show each candidate's help beside it; --lang on the line being completed decides --
    monkeypatch.setenv("_REPORTDIFF_COMPLETE", "zsh_complete")
    for line, said in ((words, zh), (words.replace("reportdiff ", "reportdiff --lang en ", 1), en)):
        monkeypatch.setenv("COMP_WORDS", line)
        monkeypatch.setenv("COMP_CWORD", str(len(line.split()) - 1))
        result = CliRunner().invoke(cli, [], prog_name="reportdiff")
        assert said in result.output, result.output


def test_readme_quotes_the_chinese_help_as_it_is() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    quoted = re.search(r"```console\n\$ reportdiff --help\n(.*?)```", readme, re.S)
    assert quoted and quoted.group(1) == _help("--help").output
