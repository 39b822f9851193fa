"""Merged table cells in the Markdown summary: a GFM table merges no cells, so a merged cell's text
is repeated down the rows it spans (each row reads whole: 行政复议 | 受理 | 421) and left blank across
the columns it spans (a heading over two columns names the first, as ``Table.filled_rows`` keys
rows); a covered cell is marked as the merged cell is (a row added under a category both years
merge does not insert the category), one a merge of a new category covers is inserted with it.

The tables are a district justice bureau's statistics (written for the test), in both scripts.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from opencc import OpenCC

from reportdiff.loaders import load
from reportdiff.models import Table
from reportdiff.parse import parse
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render.markdown import _grid
from reportdiff.render.table_grid import table_grid
from reportdiff.tables import compare_tables

sys.path.insert(0, str(Path(__file__).parent))
from merged_tables import REVIEW_2024, REVIEW_2025, review_page  # noqa: E402

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])

_HEAD = (("类别", "项目", "案件数（件）", ""), ("", "", "2024年", "2025年"))
_HEAD_SPANS = ((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 2))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _markdown(old: Table, new: Table) -> list[list[str]]:
    (change,) = compare_tables((old,), (new,))
    lines = _grid(table_grid(change))
    assert re.fullmatch(r"\|( --- \|)+", lines[1])
    return [_cells(line) for line in lines[:1] + lines[2:]]


def test_a_merged_cell_repeats_down_and_stays_blank_across() -> None:
    rows = _HEAD + (("行政复议", "受理", "365", "421"), ("", "纠错", "31", "37"), ("行政应诉", "一审应诉", "186", "203"))
    table = Table("表1", rows, 3, merged=_HEAD_SPANS + ((2, 0, 2, 1),))
    shown = _markdown(table, table)
    assert shown == [["类别", "项目", "案件数（件）", ""], ["类别", "项目", "2024年", "2025年"],
                     ["行政复议", "受理", "365", "421"], ["行政复议", "纠错", "31", "37"],
                     ["行政应诉", "一审应诉", "186", "203"]]


def test_a_row_added_under_a_merged_category_does_not_insert_the_category() -> None:
    old_rows = _HEAD + (("行政复议", "受理", "365", "421"), ("", "纠错", "31", "37"))
    new_rows = _HEAD + (("行政复议", "受理", "421", "455"), ("", "调解和解", "", "62"), ("", "纠错", "37", "29"))
    shown = _markdown(Table("表1", old_rows, 3, merged=_HEAD_SPANS + ((2, 0, 2, 1),)),
                      Table("表1", new_rows, 3, merged=_HEAD_SPANS + ((2, 0, 3, 1),)))
    added = next(row for row in shown if "调解和解" in row[1])
    assert added == ["行政复议", "<ins>调解和解</ins>", "", "<ins>62</ins>"]
    assert [row[0] for row in shown[2:]] == ["行政复议"] * 3


def test_a_new_merged_category_is_inserted_in_each_row_it_spans() -> None:
    old_rows = _HEAD + (("行政复议", "受理", "365", "421"),)
    new_rows = _HEAD + (("行政复议", "受理", "421", "455"), ("行政调解", "受理", "", "80"), ("", "调解成功", "", "66"))
    shown = _markdown(Table("表1", old_rows, 3, merged=_HEAD_SPANS),
                      Table("表1", new_rows, 3, merged=_HEAD_SPANS + ((3, 0, 2, 1),)))
    assert [row[0] for row in shown[3:]] == ["<ins>行政调解</ins>"] * 2


@SCRIPTS
def test_the_markdown_of_two_pages_with_merged_cells(convert, tmp_path) -> None:
    old, new = tmp_path / "2024.html", tmp_path / "2025.html"
    old.write_text(review_page(REVIEW_2024), encoding="utf-8")
    new.write_text(review_page(REVIEW_2025, convert), encoding="utf-8")
    shown = render(compare(parse(load(old)), parse(load(new))), "md")
    table = [_cells(line) for line in shown[shown.index("**表2 → 表2**"):].split("\n\n")[2].splitlines()]
    assert len({len(row) for row in table}) == 1
    # -- every row under 行政复议 names it, plain, the new row 调解和解 too --
    review = [row for row in table if convert("行政复议") in row[0]]
    assert len(review) == 4 and all(row[0] == convert("行政复议") for row in review)
    assert table[0][2:] == [convert("案件数（件）"), ""]
