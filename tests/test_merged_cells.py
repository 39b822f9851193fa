"""Merged table cells (Word's gridSpan and vMerge, a page's colspan and rowspan) read honestly and shown.

A merged cell's text stands in its first cell and the cells it covers are empty, so no column
shifts; the table keeps where its merges are (``Table.merged``). A category spanning rows
(行政复议 over 受理 and 审结) is the label of each row it spans, so a row is keyed and compared by
what it says, and the same words merged one year and written in each row the next are no change.
The page draws the merges where they still hold on the grid of the two years.
"""

from __future__ import annotations

import json

import pytest
from opencc import OpenCC

from merged_tables import REVIEW_2024, REVIEW_2025, TARGETS_2025, TARGETS_2026, review_page, targets_docx
from reportdiff.loaders import load
from reportdiff.parse import parse
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render.table_grid import table_grid

TO_SIMPLIFIED = OpenCC("t2s").convert
SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _report(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
    return parse(load(path))


def _spans(report: dict) -> set[tuple[int, int, int, int]]:
    return {(r, c, down, across) for (r, c), (down, across) in report["spans"].items()}


@SCRIPTS
def test_a_pages_rowspan_and_colspan_leave_the_columns_in_place(convert, tmp_path) -> None:
    (table,) = _report(tmp_path, "2024.html", review_page(REVIEW_2024, convert)).tables
    assert [tuple(TO_SIMPLIFIED(cell) for cell in row) for row in table.rows] == [tuple(r) for r in REVIEW_2024["rows"]]
    assert set(table.merged) == _spans(REVIEW_2024)
    # -- the category spanning three rows is the label of each of them --
    assert [TO_SIMPLIFIED(row[0]) for row in table.filled_rows[2:]] == ["行政复议"] * 3 + ["行政应诉"] * 2


@SCRIPTS
def test_a_word_tables_grid_span_and_vertical_merge_leave_the_columns_in_place(convert, tmp_path) -> None:
    (table,) = _report(tmp_path, "2025.docx", targets_docx(TARGETS_2025, convert)).tables
    assert [tuple(TO_SIMPLIFIED(cell) for cell in row) for row in table.rows] == [tuple(r) for r in TARGETS_2025["rows"]]
    assert set(table.merged) == _spans(TARGETS_2025)
    assert TO_SIMPLIFIED(table.filled_rows[1][0]) == "指标" and TO_SIMPLIFIED(table.filled_rows[1][3]) == "2025年目标"


@SCRIPTS
def test_rows_under_a_category_spanning_rows_pair_by_their_own_name(convert, tmp_path) -> None:
    old = _report(tmp_path, "2024.html", review_page(REVIEW_2024))
    new = _report(tmp_path, "2025.html", review_page(REVIEW_2025, convert))
    (change,) = compare(old, new).tables
    shown = [(pair.status, old.tables[0].rows[pair.old][1] if pair.old is not None else None,
              TO_SIMPLIFIED(new.tables[0].rows[pair.new][1]) if pair.new is not None else None) for pair in change.pairs]
    assert shown == [
        ("equal", "项目", "项目"), ("changed", "", ""),
        ("changed", "收到复议申请", "收到复议申请"), ("changed", "受理", "受理"), ("new", None, "调解和解"),
        ("changed", "纠错", "纠错"), ("changed", "一审应诉", "一审应诉"),
        # -- 败诉 and 负责人出庭应诉 share only the category the merged cell gives them: two rows --
        ("dropped", "败诉", None), ("new", None, "负责人出庭应诉"),
    ]
    # -- the year columns by their year: 2024年 against 2024年 (421 both years), 2025年 new --
    accepted = [row for row in change.rows if TO_SIMPLIFIED(row.label) == "行政复议 受理"]
    assert [(TO_SIMPLIFIED(c.column), c.old, c.new) for c in accepted[0].cells] == [("案件数（件）2025年", "", "455")]


def test_a_category_merged_one_year_and_written_in_each_row_the_next_is_no_change(tmp_path) -> None:
    unmerged = dict(REVIEW_2024, spans={(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2)},
                    rows=[[row[0] or ("行政复议" if 2 <= r <= 4 else "行政应诉" if r > 4 else ""), *row[1:]]
                          for r, row in enumerate(REVIEW_2024["rows"])])
    (change,) = compare(_report(tmp_path, "a.html", review_page(REVIEW_2024)),
                        _report(tmp_path, "b.html", review_page(unmerged))).tables
    assert [pair.status for pair in change.pairs] == ["equal"] * 7 and not change.rows


@SCRIPTS
def test_the_page_draws_the_merges_that_hold_in_both_years(convert, tmp_path) -> None:
    comparison = compare(_report(tmp_path, "2024.html", review_page(REVIEW_2024)),
                         _report(tmp_path, "2025.html", review_page(REVIEW_2025, convert)))
    page = render(comparison, "html")
    assert f'<th rowspan="2">{convert("类别")}</th>' in page and f'<th colspan="2">{convert("案件数（件）")}</th>' in page
    # -- 行政复议 over four rows this year (a new row among them); 行政应诉's two rows have last
    #    year's dropped row between them: each row says it, no merge --
    assert f'<td rowspan="4">{convert("行政复议")}</td>' in page
    assert page.count(f'<td>{convert("行政应诉")}</td>') == 1 and f'rowspan="2">{convert("行政应诉")}' not in page
    rows = table_grid(comparison.tables[0])
    assert all(len(row.cells) == 4 for row in rows)
    assert sum(span == (0, 0) for row in rows for span in row.spans) == 2 + 1 + 3  # -- covered cells --


@SCRIPTS
def test_a_merged_header_names_the_columns_under_it_by_their_year(convert, tmp_path) -> None:
    comparison = compare(_report(tmp_path, "2025.docx", targets_docx(TARGETS_2025)),
                         _report(tmp_path, "2026.docx", targets_docx(TARGETS_2026, convert)))
    (change,) = comparison.tables
    gdp = next(row for row in change.rows if TO_SIMPLIFIED(row.label) == "地区生产总值增长")
    # -- 2025年 over 目标: last year's 2025年目标 column, the same target (6%左右) both years --
    assert [(TO_SIMPLIFIED(c.column), c.old, c.new) for c in gdp.cells] == [
        ("2025年预计完成", "", "6.1%"), ("2026年目标", "", convert("5.5%左右"))]
    assert [pair.status for pair in change.pairs][-1] == "new"
    page = render(comparison, "html")
    assert f'<th rowspan="2">{convert("指标")}</th>' in page
    assert '<th colspan="2"><del>2024</del><ins>2025</ins>年</th>' in page
    data = json.loads(render(comparison, "json"))
    assert data["tables"][0]["pairs"][:3] == [{"old": 1, "new": 1, "status": "changed", "head": True},
                                             {"old": 2, "new": 2, "status": "changed", "head": True},
                                             {"old": 3, "new": 3, "status": "changed", "head": False}]
