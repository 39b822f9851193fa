"""A progress bar on stderr only on a terminal, only after a second, cleared at the end."""

from __future__ import annotations

import io
import sys
import time

import pytest

from reportdiff import cli

from conftest import SAMPLE, SEED


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("lang", "said"), [("zh", "reportdiff: 读取本年报告"), ("en", "reportdiff: read NEW")])
def test_bar_appears_after_a_second_on_a_terminal(monkeypatch, lang: str, said: str) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with cli._progress(3, lang) as step:
        step("read OLD")
        assert terminal.getvalue() == ""  # -- nothing before a second has passed --
        time.sleep(1.1)
        step("read NEW")
    drawn = terminal.getvalue()
    assert said in drawn and "2/3" in drawn
    assert drawn.endswith("\r")  # -- cleared, not left on the screen --


def test_every_stage_and_folder_pass_is_worded_in_both_languages() -> None:
    from reportdiff.labels import progress_label
    from reportdiff.pipeline import STAGES

    for stage in (*STAGES, "render", "parse", "compare", "read", "file"):
        assert progress_label(stage, "en") == stage
        chinese = progress_label(stage, "zh")
        assert chinese != stage and not any(c.isascii() and c.isalpha() for c in chinese)


def test_folder_bar_in_the_readers_language(monkeypatch) -> None:
    from reportdiff.corpus import progress

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("REPORTDIFF_NO_PROGRESS", raising=False)
    with progress.progress(3, "parse", "zh") as tick:
        tick()
    assert "读取报告" in terminal.getvalue() and "个文件" in terminal.getvalue()


def test_no_bar_when_stderr_is_no_terminal(monkeypatch) -> None:
    captured = io.StringIO()
    monkeypatch.setattr(sys, "stderr", captured)
    with cli._progress(2) as step:
        time.sleep(1.1)
        step("read OLD")
        step("read NEW")
    assert captured.getvalue() == ""


def test_compare_reports_every_stage_then_render(monkeypatch, tmp_path) -> None:
    import contextlib

    from click.testing import CliRunner

    from reportdiff.pipeline import STAGES

    seen: list[str] = []
    totals: list[int] = []

    @contextlib.contextmanager
    def recorder(total: int, lang: str = "zh"):
        totals.append(total)
        yield seen.append

    monkeypatch.setattr(cli, "_progress", recorder)
    result = CliRunner().invoke(cli.cli, ["compare", str(SEED), str(SAMPLE), "-o", str(tmp_path / "out.json")])
    assert result.exit_code == 0
    assert seen == [*STAGES, "render"] and totals == [len(seen)]
