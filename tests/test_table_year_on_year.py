"""A table whose year columns move on a year (案件数 2023年 | 2024年, the next year 2024年 | 2025年):
a year both tables have is that year's figure restated, compared with itself; this year's new
year is compared with last year's latest year (468 → 503), the change a reviewer reads the table
for. Computed once (``tables._cell_pairs``) and shown alike in the terminal, the page, Markdown
and the Word summary's 上年 | 本年 columns. The caption's number is its own word (表2  2024年 →
表2  2025年 changes the year, not 2 2024) and names the table in headings."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st
from opencc import OpenCC

from merged_tables import REVIEW_2024, REVIEW_2025, review_page
from ooxml_revisions import accept_all, reject_all
from reportdiff.loaders import load
from reportdiff.models import Table
from reportdiff.normalize import key as norm_key
from reportdiff.parse import parse
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render._revisions import DEL, INS
from reportdiff.render.table_grid import table_grid
from reportdiff.render.table_redline import cell_segments
from reportdiff.tables import compare_tables

TO_SIMPLIFIED = OpenCC("t2s").convert
SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _comparison(tmp_path, convert, old_convert=str):
    reports = []
    for name, report in (("2024.html", REVIEW_2024), ("2025.html", REVIEW_2025)):
        path = tmp_path / name
        path.write_text(review_page(report, convert if name == "2025.html" else old_convert), encoding="utf-8")
        reports.append(parse(load(path)))
    return compare(*reports)


@SCRIPTS
def test_this_years_latest_column_is_set_against_last_years_latest(convert, tmp_path) -> None:
    comparison = _comparison(tmp_path, convert)
    (change,) = comparison.tables
    received = next(row for row in change.rows if TO_SIMPLIFIED(row.label) == "行政复议 收到复议申请")
    # -- 2024年 restated alike (468 both years) is no change; 2025年 against 2024年 is --
    assert [(TO_SIMPLIFIED(c.column), c.old, c.new) for c in received.cells] == [("案件数（件）2024→2025年", "468", "503")]
    text = TO_SIMPLIFIED(render(comparison, "text"))
    assert "行政复议 收到复议申请 · 案件数（件）2024→2025年：468 → 503" in text and "：— → 503" not in text
    page = render(comparison, "html")
    # -- the page's grid: the 2024年 column alike, the 2025年 column against last year's 2024年 --
    assert "<td>468</td><td><del>468</del><ins>503</ins></td>" in page
    assert "<th>2024年</th><th><del>2024</del><ins>2025</ins>年</th>" in page
    head, years = table_grid(change)[:2]
    assert [(c.old, c.new) for c in years.cells][2:] == [("2024年", "2024年"), ("2024年", "2025年")]
    assert "| 468 | <del>468</del><ins>503</ins> |" in render(comparison, "md")


@SCRIPTS
def test_the_word_summary_fills_last_years_column(convert, tmp_path) -> None:
    comparison = _comparison(tmp_path, convert)
    document = Document(io.BytesIO(render(comparison, "docx", summary=True)))
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    counts = [row for row in rows if len(row) == 5 and "→" in TO_SIMPLIFIED(row[2])]
    assert counts and all(row[3] for row in counts)
    assert ["表2 → 表2", convert("行政复议 收到复议申请"), convert("案件数（件）") + "2024→2025" + convert("年"), "468",
            "503"] in counts


@SCRIPTS
def test_the_word_body_still_resolves_to_each_years_table(convert, tmp_path) -> None:
    redline = render(_comparison(tmp_path, convert), "docx")
    rejected, accepted = "\n".join(reject_all(redline)), "\n".join(accept_all(redline))
    assert convert("收到复议申请") + " | 412 | 468" in rejected and "| 503" not in rejected
    assert convert("收到复议申请") + " | 468 | 503" in accepted and "412" not in accepted


@SCRIPTS
def test_a_caption_redlines_its_year_apart_from_its_number(convert, tmp_path) -> None:
    page = render(_comparison(tmp_path, convert, convert), "html")
    # -- (the page's loader reads the caption's two spaces as one) --
    assert re.search('<p class="table-caption">表2\\s+<del>2024</del><ins>2025</ins>' + convert("年行政复议"), page)
    assert [(text, kind) for text, kind in cell_segments("表2  2024年情况", "表3  2024年情况")] == [
        ("表", None), ("2", DEL), ("3", INS), ("  ", None), ("2024年情况", None)]


def test_a_table_is_named_by_the_number_its_caption_gives() -> None:
    rows = (("项目", "2024年", "2025年"), ("行政处罚案件", "96", "118"))
    later = (("项目", "2025年", "2026年"), ("行政处罚案件", "118", "131"))
    for caption, name in (("表2  2025年案件统计", "表2"), ("表三：案件统计", "表三"), ("表22025年案件统计", "表1"), ("", "表1")):
        (change,) = compare_tables((Table("表1", rows, 1, caption=caption),), (Table("表1", later, 1, caption=caption),))
        assert change.ids == f"{name} → {name}"


@given(st.lists(st.sampled_from(["表2", "2024年", "96", "件", "情况", "表3", "2025"]), min_size=1, max_size=4),
       st.lists(st.sampled_from(["表2", "2024年", "97", "件", "情况", "2026"]), min_size=1, max_size=4),
       st.sampled_from([" ", "  ", "\u3000"]))
def test_a_spaced_cell_redline_spells_both_years(old_words, new_words, space) -> None:
    old, new = space.join(old_words), " ".join(new_words)
    runs = cell_segments(old, new)
    assert norm_key("".join(text for text, kind in runs if kind != DEL)) == norm_key(new)
    assert norm_key("".join(text for text, kind in runs if kind != INS)) == norm_key(old)
