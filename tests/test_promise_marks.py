"""Last year's plans are drawn with one mark and one word per status in every format (terminal,
Markdown, HTML, the DOCX summary, ``check``): delivered ✓, partly done ◐, under way ⋯, short of
target ✗, restated in this year's plans ⟳, not reported ✗. A plan shown 推进中 or 部分完成 never
carries the ✗ of a plan not delivered, and a plan restated this year is 今年计划重提 everywhere.

The reports are written for the test (a county 政府工作报告 and a city one), in both scripts.
"""

from __future__ import annotations

import io
import re

import pytest
from click.testing import CliRunner
from docx import Document
from opencc import OpenCC

from reportdiff import display
from reportdiff.cli import cli
from reportdiff.labels import labels
from reportdiff.pipeline import compare
from reportdiff.render import render

from test_promise_titles import _one_of_two
from test_promise_under_way import NEW as BEGUN_NEW, OLD as BEGUN_OLD

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
MARKS = {"delivered": "✓", "partly": "◐", "under_way": "⋯", "short_of": "✗", "replanned": "⟳", "not_reported": "○"}


def _pairs(script) -> list[tuple[str, str]]:
    return [(script(BEGUN_OLD), script(BEGUN_NEW)), _one_of_two(script)]


def test_one_mark_and_word_per_status() -> None:
    for status, mark in MARKS.items():
        assert display.PROMISE_MARKS[status] == mark
        assert display.promise_status(status) == f"{mark} {labels('zh')[status]}"
        assert display.promise_status(status, "en") == f"{mark} {labels('en')[status]}"


@SCRIPTS
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_each_line_carries_the_mark_of_the_status_it_shows(script, fmt: str, lang: str) -> None:
    words = labels(lang)
    for old, new in _pairs(script):
        comparison = compare(old, new, expressions=False)
        shown = render(comparison, fmt, lang=lang).replace("\\[", "[").replace("\\]", "]")
        heading = words["promises"]
        lines = [line for line in shown[shown.rindex(heading):].splitlines()[1:] if line.strip()]
        assert len(lines) == len(comparison.promises)
        for line, promise in zip(lines, comparison.promises):
            status = promise.shown_status
            assert f"[{display.promise_status(status, lang)}]" in line, line
            # -- no other status's mark on the line: 推进中 and 部分完成 never read as not delivered --
            others = {MARKS[s] for s in MARKS if s != status} - {MARKS[status]}
            if promise.replanned is not None:
                others.discard("⟳")  # -- short of the plan and planned again: both said --
            assert not others & set(line), line


@SCRIPTS
def test_the_page_badges_and_filters_use_the_same_marks(script) -> None:
    for old, new in _pairs(script):
        comparison = compare(old, new, expressions=False)
        page = render(comparison, "html")
        for promise in comparison.promises:
            status = promise.shown_status
            badge = f'<span class="badge ps-{status}">{display.promise_status(status)}</span>'
            assert badge in page
            assert re.search(rf'data-pfilter="{status}" checked> {re.escape(display.promise_status(status))} <b>', page)


@SCRIPTS
def test_the_docx_summary_and_check_use_the_same_marks(script, tmp_path) -> None:
    for index, (old, new) in enumerate(_pairs(script)):
        folder = tmp_path / str(index)
        folder.mkdir()
        (folder / "2025.txt").write_text(old, encoding="utf-8")
        (folder / "2026.txt").write_text(new, encoding="utf-8")
        out = folder / "diff.docx"
        result = CliRunner().invoke(cli, ["compare", str(folder / "2025.txt"), str(folder / "2026.txt"),
                                          "-o", str(out), "--summary"])
        assert result.exit_code == 0, result.output
        cells = [c.text for t in Document(io.BytesIO(out.read_bytes())).tables for r in t.rows for c in r.cells]
        comparison = compare(old, new, expressions=False)
        for promise in comparison.promises:
            if promise.short_of:
                assert display.promise_status(promise.shown_status) in cells, cells
        checked = CliRunner().invoke(cli, ["check", str(folder)]).output
        for line in checked.splitlines():
            text = line.replace("\\", "")
            for promise in comparison.promises:
                if promise.short_of and text.startswith("- ") and promise.short_of[0].sentence.rstrip("；;。") in text \
                        and display.plan_text(promise.plan) in text:
                    assert text.startswith(f"- {MARKS[promise.shown_status]} "), text


def test_a_status_mark_in_a_word_table_is_drawn_by_a_chinese_font() -> None:
    """◐ in Times New Roman (the body's Latin font) prints at half the text's size; the table's
    mark runs are set in 宋体, whose marks are as large as the text."""
    import docx

    from reportdiff.render._docx_summary_tables import MARK_FONT, table

    document = docx.Document()
    table(document, [("状态", "上年计划"), ("◐ 部分完成", "推进综合执法改革"), ("✓ 已兑现", "建成调解中心")],
          document.styles["Normal"])
    runs = [run for cell in document.tables[0].columns[0].cells for p in cell.paragraphs for run in p.runs]
    assert [run.font.name for run in runs] == [None, MARK_FONT, MARK_FONT]
