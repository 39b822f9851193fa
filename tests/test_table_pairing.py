"""One row pairing for every output: the Word redline, the page, Markdown, the terminal and JSON
show the same rows of two years' tables as one row, as new and as dropped (``TableChange.pairs``)."""

from __future__ import annotations

import json
import re

import pytest

from ooxml_revisions import _NS, document_xml
from reportdiff.models import Table
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.tables import compare_tables

from test_docx_table_redline import TABLE_2026
from test_target_tables import SCRIPTS, TABLE_2025


def _statuses_in_docx(docx: bytes) -> list[str]:
    (table,) = document_xml(docx).find("w:body", _NS).findall("w:tbl", _NS)
    found = []
    for tr in table.findall("w:tr", _NS):
        mark = tr.find("w:trPr/*", _NS)
        tag = mark.tag.split("}")[1] if mark is not None and mark.tag.split("}")[1] in ("ins", "del") else None
        found.append({"ins": "new", "del": "dropped"}.get(tag, "both"))
    return found


@SCRIPTS
def test_every_format_shows_the_rows_paired_alike(convert) -> None:
    comparison = compare(parse_text(TABLE_2025, "2025.txt"), parse_text(convert(TABLE_2026), "2026.txt"))
    (change,) = comparison.tables
    # -- 固定资产投资增长 gone, 城镇调查失业率 reworded (控制) still one row, a revenue row new --
    expected = ["equal", "changed", "changed", "dropped", "changed", "changed", "new"]
    assert [pair.status for pair in change.pairs] == expected
    shown = ["both" if status in ("equal", "changed") else status for status in expected]
    assert _statuses_in_docx(render(comparison, "docx")) == shown
    page = render(comparison, "html")
    table = page[page.index('<table class="report-table">'):]
    table = table[:table.index("</table>")]
    assert ["both" if status in ("equal", "changed") else status
            for status in re.findall(r'<tr class="tr-(\w+)', table)] == shown
    markdown = render(comparison, "md")
    grid = [line for line in markdown.splitlines() if line.startswith("| ") and "上年" in markdown][-7:]
    assert "<del>" in grid[3] and "<ins>" not in grid[3] and grid[6].count("<ins>") == 4
    data = json.loads(render(comparison, "json"))
    assert [pair["status"] for pair in data["tables"][0]["pairs"]] == expected
    # -- the list of row changes (terminal, JSON "rows") names the same rows --
    assert [row.status for row in change.rows] == ["changed"] * 4 + ["new", "dropped"]
    terminal = render(comparison, "text")
    assert convert("城镇调查失业率控制") in terminal and convert("固定资产投资增长") in terminal


def test_a_row_moved_in_the_table_is_marked_where_it_stood_and_where_it_stands() -> None:
    old = Table("表1", (("指标", "数值"), ("复议案件", "12"), ("诉讼案件", "30")), 1)
    new = Table("表1", (("指标", "数值"), ("应诉案件", "5"), ("诉讼案件", "31"), ("复议案件", "12")), 1)
    (change,) = compare_tables((old,), (new,))
    # -- 复议案件 keeps its place among the rows (its order against the header); 诉讼案件 moved
    #    up above it: marked where it stands now (with its change) and where it stood --
    assert [(pair.old, pair.new, pair.status) for pair in change.pairs] == [
        (0, 0, "equal"), (None, 1, "new"), (None, 2, "moved"), (1, 3, "equal"), (2, None, "moved")]
    assert change.pairs[2].moved == 2 and change.pairs[4].moved == 2
    assert [(row.label, row.status) for row in change.rows] == [("应诉案件", "new"), ("诉讼案件", "changed")]
    assert change.to_json()["pairs"][4] == {"old": 3, "new": None, "status": "moved", "head": False, "moved": 3}


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_a_moved_row_shows_struck_where_it_stood_and_whole_where_it_stands(fmt) -> None:
    old = "某镇2025年工作报告\n一、2024年工作回顾\n案件情况如下：\n项目\t件数\n行政复议\t12\n行政诉讼\t30\n二、2025年工作安排\n（一）加强执法。\n"
    new = old.replace("2025年工作", "2026年工作").replace("2024年工作回顾", "2025年工作回顾").replace(
        "行政复议\t12\n行政诉讼\t30", "行政应诉\t5\n行政诉讼\t31\n行政复议\t12")
    shown = render(compare(parse_text(old, "2025.txt"), parse_text(new, "2026.txt")), fmt)
    if fmt == "html":
        assert '<tr class="tr-dropped tr-moved"><td><del>行政诉讼</del></td><td><del>30</del></td></tr>' in shown
        assert '<tr class="tr-changed tr-moved"><td>行政诉讼</td><td><del>30</del><ins>31</ins></td></tr>' in shown
    else:
        assert "| <del>行政诉讼</del> | <del>30</del> |" in shown and "| 行政诉讼 | <del>30</del><ins>31</ins> |" in shown
