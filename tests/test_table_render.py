"""Every table of the report shown whole in HTML and Markdown: cells changed, rows new and dropped."""

from __future__ import annotations

import pytest

from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render.table_grid import table_grid

from test_target_tables import ENERGY_2025, SCRIPTS, SENTENCE_2024, TABLE_2025, TABLE_2026


@pytest.mark.parametrize("fmt", ["html", "md"])
@SCRIPTS
def test_html_and_markdown_show_every_tables_cells_old_and_new(fmt, convert) -> None:
    new_only = render(compare(parse_text(convert(SENTENCE_2024), "2024.txt"),
                              parse_text(convert(TABLE_2025), "2025.txt")), fmt)
    # -- a table only the new report has: every cell is there, inserted --
    assert convert("1.25万人") in new_only and convert("与经济增长同步") in new_only and "<ins>3.2%</ins>" in new_only
    both = render(compare(parse_text(convert(TABLE_2025), "2025.txt"), parse_text(convert(TABLE_2026), "2026.txt")), fmt)
    assert "<del>3.2%</del><ins>6.2%</ins>" in both
    # -- a changed cell redlined word by word, as the Word redline does, in the page and Markdown --
    assert convert("1.1万人<ins>以上</ins>") in both and convert("<del>1.1万人</del>") not in both
    assert convert("<del>5.5%以内</del>") not in both  # -- an unchanged cell is shown as it is --


def test_a_row_gone_from_this_years_table_is_shown_struck_where_it_stood() -> None:
    comparison = compare(parse_text(ENERGY_2025, "2025.txt"), parse_text(TABLE_2026, "2026.txt"))
    (table,) = comparison.tables
    rows = table_grid(table)
    assert [row.status for row in rows][:4] == ["changed", "changed", "dropped", "changed"]
    assert rows[0].head and rows[2].cells[0].old == "单位地区生产总值能耗降低"
    page = render(comparison, "html")
    assert '<tr class="tr-dropped"><td><del>单位地区生产总值能耗降低</del></td>' in page
    (promise,) = [p for p in comparison.promises if p.plan.text.startswith("单位地区生产总值能耗降低")]
    assert promise.status == "not_reported"  # -- no row of this year's table tells of it --


def test_the_page_says_where_each_table_stood_and_links_to_it() -> None:
    page = render(compare(parse_text(SENTENCE_2024, "2024.txt"), parse_text(TABLE_2025, "2025.txt")), "html")
    ref = page.index('<p class="table-ref"><a href="#t-1">表1</a>')
    # -- in its part, before the next part (the line introducing it, …安排如下：, is its caption:
    #    under 表格变化 right above the grid) --
    part = page.index('id="p-二"')
    assert part < ref < page.index('id="p-三"')
    grid = page.index('<h3 id="t-1">表1</h3>')
    assert grid < page.index('<p class="table-caption"><ins>综合考虑各种因素，全县主要预期目标安排如下：', grid)


def test_year_columns_show_as_the_changes_pair_them() -> None:
    # -- 项目 | 2023年 | 2024年 one year, 项目 | 2024年 | 2025年 the next: 2024 against 2024 (restated),
    #    2025 against last year's latest, 2024 (the change on the year) --
    old = "某镇2025年工作报告\n一、2024年工作回顾\n案件情况如下：\n项目\t2023年\t2024年\n行政处罚案件\t90\t104\n行政复议\t3\t2\n二、2025年工作安排\n（一）加强执法。\n"
    new = old.replace("2025年工作", "2026年工作").replace("2024年工作回顾", "2025年工作回顾").replace(
        "2023年\t2024年", "2024年\t2025年").replace("90\t104", "104\t137").replace("3\t2", "2\t3")
    (table,) = compare(parse_text(old, "2025.txt"), parse_text(new, "2026.txt")).tables
    head, cases, review = table_grid(table)
    assert [(cell.old, cell.new) for cell in head.cells] == [("项目", "项目"), ("2024年", "2024年"), ("2024年", "2025年")]
    assert [(cell.old, cell.new) for cell in cases.cells][1:] == [("104", "104"), ("104", "137")]
    assert not review.cells[1].changed and review.cells[2].new == "3"
