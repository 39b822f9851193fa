"""The space pdftotext (and web typography, and a copied ``&nbsp;``) sets between an ideograph and a
number is layout: the figure keeps its unit and label, in either script; a review's table of its
own year's targets and results (指标 | 年度目标 | 完成情况) sets no targets for the next year."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.loaders.ocr import ungap
from reportdiff.loaders.text import read_bytes
from reportdiff.models import Table
from reportdiff.parse import parse
from reportdiff.target_tables import target_table

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])

# -- a bureau's summary as pdftotext writes a LibreOffice PDF: spaces around every Latin run, a
#    running header and a page number on each page, form feeds between pages --
PDFTOTEXT = ("某县市场监督管理局\n\n某县市场监督管理局 2025 年工作总结和\n2026 年工作计划\n"
             "一、2025 年工作开展情况\n（一）营商环境持续优化\n"
             "1.深化商事制度改革。全年新登记经营主体 4385 户，同比增长 6.3%，全县实有经\n"
             "营主体达到 4.05 万户。推进“个转企”92 户。\n\n—1—\n\x0c某县市场监督管理局\n"
             "二、存在的问题\n一是基层监管力量依然薄弱。\n三、2026 年工作计划\n"
             "（一）激发经营主体活力。全年新登记经营主体 4400 户以上。\n\n—2—\n\x0c")


@SCRIPTS
def test_a_figure_spaced_from_its_unit_by_pdftotext_is_one_figure(convert) -> None:
    report = parse(read_bytes(convert(PDFTOTEXT).encode("utf-8"), "summary.txt"))
    s2t = OpenCC("t2s").convert
    assert s2t(report.title) == "某县市场监督管理局2025年工作总结和2026年工作计划"
    assert [report.year, report.review_year, report.plan_year] == [2025, 2025, 2026]
    first = report.measures[0]
    found = [(s2t(f.label), s2t(f.raw)) for f in extract_figures(first.text) if not f.is_change]
    assert ("新登记经营主体", "4385户") in found and ("推进个转企", "92户") in found
    assert any(s2t(f.raw) == "4.05万户" for f in extract_figures(first.text))


@pytest.mark.parametrize(("spaced", "read"), [
    ("全年新登記經營主體 4385 戶，同比增長 6.3%，", "全年新登記經營主體4385戶，同比增長6.3%，"),
    ("办理\xa0210\xa0件", "办理210件"),
    ("2025 年，全县", "2025年，全县"),
    ("在线消费纠纷解决（ODR）企业达到 35 家", "在线消费纠纷解决（ODR）企业达到35家"),
    ("新建 5G 基站8座", "新建5G基站8座"),
    # -- a line pdftotext opened with the number, joined to the line before: glued there, gapped from its unit --
    ("全年對32 件重大行政決策", "全年對32件重大行政決策"), ("开展执法案卷评查2 次。", "开展执法案卷评查2次。"),
])
def test_one_space_between_an_ideograph_and_a_number_goes(spaced, read) -> None:
    assert ungap(spaced) == read


@pytest.mark.parametrize("text", [
    "表1 主要预期目标",  # -- a caption's number glued to 表: its gap is the caption's own --
    "1 指由市场监管部门牵头的联合检查",  # -- a note's number opening the paragraph --
    "Python 3.11 与 GDP 5% 的写法", "项目 3 2", "行政复议(件)  3  2", "青石镇人民政府  2025年1月16日",
])
def test_a_gap_that_is_no_layout_stays(text) -> None:
    assert ungap(text) == text


@SCRIPTS
def test_a_reviews_table_of_its_own_targets_sets_none_ahead(convert) -> None:
    """指标 | 年度目标 | 完成情况 | 完成率 in the review: the target column is the year's own,
    judged by the column after it, not next year's targets (no promises of the table)."""
    rows = tuple(tuple(convert(cell) for cell in row) for row in (
        ("指标", "年度目标", "完成情况", "完成率"), ("新登记经营主体（户）", "4000", "4126", "103.2%"),
        ("食品安全监督抽检（批次）", "1800", "1860", "103.3%"), ("查办违法案件（件）", "300", "312", "104.0%")))
    found = target_table(Table("表1", rows, 9))
    assert found is not None and [row.target for row in found.rows] == [None, None, None]
    assert [(row.previous.value, row.result.value) for row in found.rows] == [(4000, 4126), (1800, 1860), (300, 312)]


@pytest.mark.parametrize("header", [("指标", "2024年完成", "2025年目标"), ("指标", "上年完成", "本年目标"),
                                    ("指标", "2025年目标", "2024年完成")])
def test_a_target_column_ahead_of_the_results_stays_this_reports(header) -> None:
    rows = (header, ("地区生产总值增长（%）", "5.8", "5.5左右"), ("城镇新增就业（万人）", "1.2", "1.1"))
    if header[1].endswith("目标"):
        rows = (header, ("地区生产总值增长（%）", "5.5左右", "5.8"), ("城镇新增就业（万人）", "1.1", "1.2"))
    found = target_table(Table("表1", rows, 9))
    assert found is not None and [row.target.raw for row in found.rows] == ["5.5%左右", "1.1万人"]
