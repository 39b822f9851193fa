"""Main targets written as a table (指标 | 上年目标 | 上年完成 | 本年目标), in text, Word and web pages."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.loaders.text import split_paragraphs
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.targets import find_targets

# -- constructed in the shape of a county's 政府工作报告: the wording is not any real report's --
SENTENCE_2024 = """云泽县2024年政府工作报告
一、2023年工作回顾
全县地区生产总值增长6.3%，城镇新增就业1.2万人。
二、2024年主要预期目标
全县主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业1.1万人，固定资产投资增长8%，城镇调查失业率控制在5.5%以内。
三、2024年重点任务
（一）抓项目扩投资。
1.推进县级重点项目120个以上。
"""
TABLE_2025 = """云泽县2025年政府工作报告
一、2024年工作回顾
全县地区生产总值增长6.0%。
二、2025年主要预期目标
综合考虑各种因素，全县主要预期目标安排如下：
项目\t上年预期目标\t上年实际完成\t本年预期目标
地区生产总值增长\t6.5%左右\t6.0%\t6%左右
城镇新增就业\t1.1万人\t1.25万人\t1.1万人以上
固定资产投资增长\t8%\t3.2%\t6%
城镇调查失业率\t5.5%以内\t5.2%\t5.5%以内
居民人均可支配收入增长\t与经济增长同步\t6.4%\t与经济增长同步
三、2025年重点任务
（一）抓项目扩投资。
1.推进县级重点项目130个以上。
"""
# -- the next year: header words of another kind (years in the header, 预计完成), two spaces apart --
TABLE_2026 = """云泽县2026年政府工作报告
一、2025年工作回顾
全县地区生产总值增长6.1%。
二、2026年主要预期目标
全县主要预期目标如下：
主要指标  2025年目标  2025年预计完成  2026年目标
地区生产总值增长  6%左右  6.1%  5.5%左右
城镇新增就业  1.1万人以上  1.15万人  1.1万人以上
固定资产投资增长  6%  6.2%  5%
城镇调查失业率  5.5%以内  5.4%  5.5%以内
居民人均可支配收入增长  与经济增长同步  5.9%  与经济增长同步
三、2026年重点任务
（一）抓项目扩投资。
1.推进县级重点项目140个以上。
"""
SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
def test_a_targets_table_gives_this_years_column_as_the_targets(convert) -> None:
    targets = find_targets(parse_text(convert(TABLE_2025), "2025.txt"))
    assert [OpenCC("t2s").convert(t.indicator) for t in targets] == [
        "地区生产总值增长", "城镇新增就业", "固定资产投资增长", "城镇调查失业率", "居民人均可支配收入增长"]
    gdp, jobs, investment, unemployment, income = targets
    # -- the qualifier stays with its figure, never in the indicator --
    assert (gdp.value, gdp.unit, gdp.qualifier, gdp.raw) == (6.0, "%", "左右", "6%左右")
    assert (jobs.value, jobs.qualifier) == (11_000.0, "以上")
    assert (investment.value, investment.qualifier) == (6.0, None)
    assert unemployment.qualifier == "以内"
    assert income.value is None and OpenCC("t2s").convert(income.text) == "居民人均可支配收入增长与经济增长同步"
    assert "gdp" in gdp.topics


@SCRIPTS
def test_the_latest_year_column_is_this_reports_whatever_the_header_words(convert) -> None:
    targets = find_targets(parse_text(convert(TABLE_2026), "2026.txt"))
    assert [t.raw and OpenCC("t2s").convert(t.raw) for t in targets] == ["5.5%左右", "1.1万人以上", "5%", "5.5%以内", None]


@SCRIPTS
def test_a_sentence_then_a_table_pairs_every_target(convert) -> None:
    comparison = compare(parse_text(convert(SENTENCE_2024), "2024.txt"), parse_text(convert(TABLE_2025), "2025.txt"))
    rows = {OpenCC("t2s").convert(row.indicator): row for row in comparison.targets}
    assert all(row.old is not None and row.new is not None for name, row in rows.items() if name != "居民人均可支配收入增长")
    assert rows["地区生产总值增长"].change == -0.5
    assert rows["城镇调查失业率"].change_text() == "" and OpenCC("t2s").convert(rows["城镇调查失业率"].new.raw) == "5.5%以内"


@SCRIPTS
def test_two_tables_pair_every_target_and_every_row(convert) -> None:
    comparison = compare(parse_text(convert(TABLE_2025), "2025.txt"), parse_text(convert(TABLE_2026), "2026.txt"))
    assert len(comparison.targets) == 5 and all(row.old and row.new for row in comparison.targets)
    assert [row.change for row in comparison.targets][:3] == [-0.5, 0.0, -1.0]
    # -- a row is found by its indicator: a qualifier in a cell (6%左右, 以上) is no part of its label --
    (table,) = comparison.tables
    assert table.old is not None and table.new is not None
    assert {row.status for row in table.rows} == {"changed"}
    assert [OpenCC("t2s").convert(row.label) for row in table.rows][:2] == ["地区生产总值增长", "城镇新增就业"]


@SCRIPTS
def test_tab_or_space_separated_lines_are_a_table_of_rows(convert) -> None:
    for text in (TABLE_2025, TABLE_2026):
        report = parse_text(convert(text), "t.txt")
        (table,) = report.tables
        assert len(table.rows) == 6 and {len(row) for row in table.rows} == {4}
        # -- no row glued to the next into one paragraph of prose --
        assert not any("城镇新增就业" in measure.text for measure in report.measures)
    comparison = compare(parse_text(convert(TABLE_2025), "2025.txt"), parse_text(convert(TABLE_2026), "2026.txt"))
    labels = [OpenCC("t2s").convert(change.label) for change in comparison.figures]
    assert "5%" not in labels and "城镇新增就业" not in labels


def test_a_line_with_a_wide_space_alone_is_no_table() -> None:
    paragraphs = split_paragraphs("云泽县人民政府办公室  2025年1月\n一、工作回顾\n全年完成投资  较上年增长5%。\n")
    assert all(p.table is None for p in paragraphs)
    assert [p.text for p in paragraphs][0] == "云泽县人民政府办公室  2025年1月"


def test_a_markdown_table_is_rows_of_cells() -> None:
    (table,) = [p for p in split_paragraphs("| 指标 | 本年目标 |\n|---|---|\n| 地区生产总值增长 | 6%左右 |\n"
                                            "| 城镇新增就业 | 1万人 |\n", markdown=True) if p.table]
    assert table.table == (("指标", "本年目标"), ("地区生产总值增长", "6%左右"), ("城镇新增就业", "1万人"))


def test_a_web_pages_table_gives_the_same_targets(tmp_path) -> None:
    rows = [line.split("\t") for line in TABLE_2025.splitlines() if "\t" in line]
    table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    prose = [line for line in TABLE_2025.splitlines() if "\t" not in line]
    at = prose.index("三、2025年重点任务")
    page = "".join(f"<p>{line}</p>" for line in prose[:at]) + f"<table>{table}</table>" \
        + "".join(f"<p>{line}</p>" for line in prose[at:])
    path = tmp_path / "2025.html"
    path.write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    from_page = find_targets(compare(parse_text(SENTENCE_2024, "2024.txt"), path).new)
    assert [t.text for t in from_page] == [t.text for t in find_targets(parse_text(TABLE_2025, "2025.txt"))]


@SCRIPTS
def test_last_years_table_targets_are_judged_by_this_years_results_column(convert) -> None:
    comparison = compare(parse_text(convert(TABLE_2025), "2025.txt"), parse_text(convert(TABLE_2026), "2026.txt"))
    table_rows = {OpenCC("t2s").convert(p.plan.text): p for p in comparison.promises if p.plan.block_id == "表1"}
    # -- 6%左右 against 6.1%, 1.1万人以上 against 1.15万人, 5.5%以内 against 5.4%: met; 6% against 6.2% too --
    assert table_rows["地区生产总值增长6%左右"].status == "delivered"
    assert table_rows["城镇调查失业率5.5%以内"].status == "delivered"
    gdp = table_rows["地区生产总值增长6%左右"]
    assert gdp.plan.id == "表1#2" and gdp.evidence[0].measure.id == "表1#2"
    assert OpenCC("t2s").convert(gdp.evidence[0].sentence) == "地区生产总值增长6.1%"


@SCRIPTS
def test_a_target_sentence_is_judged_by_the_results_column_of_next_years_table(convert) -> None:
    comparison = compare(parse_text(convert(SENTENCE_2024), "2024.txt"), parse_text(convert(TABLE_2025), "2025.txt"))
    by_task = {OpenCC("t2s").convert(p.plan.text).rstrip("，。"): p for p in comparison.promises}
    investment = by_task["固定资产投资增长8%"]
    # -- the table says 3.2% against 8%: short of the target, shown with the row that says so --
    assert investment.shown_status == "short_of"
    assert OpenCC("t2s").convert(investment.short_of[0].sentence) == "固定资产投资增长3.2%"
    assert by_task["城镇调查失业率控制在5.5%以内"].status == "delivered"


def test_the_place_of_a_table_row_reads_as_a_row() -> None:
    from reportdiff import display

    assert display.place("表1#3") == "表1第3行"
    assert display.place("表2#4", "en") == "table 2, row 4"


ENERGY_2025 = TABLE_2025.replace("城镇新增就业\t", "单位地区生产总值能耗降低\t完成市下达任务\t完成\t完成市下达任务\n城镇新增就业\t", 1)
ENERGY_2026 = TABLE_2026.replace("城镇新增就业  ", "单位地区生产总值能耗降低  完成市下达任务  已完成  完成市下达任务\n城镇新增就业  ", 1)


@SCRIPTS
def test_results_in_words_and_growth_in_step_are_read_from_the_table(convert) -> None:
    comparison = compare(parse_text(convert(ENERGY_2025), "2025.txt"), parse_text(convert(ENERGY_2026), "2026.txt"))
    by_text = {OpenCC("t2s").convert(p.plan.text): p for p in comparison.promises if p.plan.block_id == "表1"}
    energy = by_text["单位地区生产总值能耗降低完成市下达任务"]
    assert energy.status == "delivered" and OpenCC("t2s").convert(energy.evidence[0].sentence) == "单位地区生产总值能耗降低已完成"
    # -- income 5.9% against GDP 6.1%: within a point, in step --
    assert by_text["居民人均可支配收入增长与经济增长同步"].status == "delivered"
    behind = compare(parse_text(convert(ENERGY_2025), "2025.txt"),
                     parse_text(convert(ENERGY_2026.replace("与经济增长同步  5.9%", "与经济增长同步  4.6%")), "2026.txt"))
    income = next(p for p in behind.promises if "同步" in p.plan.text)
    assert income.shown_status == "short_of"


def test_a_header_of_two_rows_and_a_unit_in_the_label_are_read() -> None:
    from reportdiff.models import Table
    from reportdiff.target_tables import target_table

    rows = (("主要预期目标", "", "", ""),
            ("指标", "2025年", "", "2026年"),
            ("", "目标", "预计完成", "目标"),
            ("地区生产总值增长（%）", "6左右", "6.1", "5.5左右"),
            ("城镇新增就业（万人）", "1.1", "1.15", "1.1以上"),
            ("一般公共预算收入增长（%）", "5", "4.2", "4"))
    found = target_table(Table("表1", rows, 9))
    assert found is not None
    gdp, jobs, revenue = found.rows
    assert gdp.indicator == "地区生产总值增长" and gdp.number == 4
    assert (gdp.target.raw, gdp.previous.raw, gdp.result.raw) == ("5.5%左右", "6%左右", "6.1%")
    assert (jobs.target.value, jobs.target.qualifier, jobs.result.value) == (11_000.0, "以上", 11_500.0)
    assert revenue.result.value == 4.2


def test_a_table_of_figures_by_year_without_targets_is_no_targets_table() -> None:
    from reportdiff.models import Table
    from reportdiff.target_tables import target_table

    rows = (("项目", "2024年", "2025年", "同比增减"), ("行政处罚案件（件）", "104", "137", "+31.7%"))
    assert target_table(Table("表1", rows, 3)) is None


SENTENCE_2026 = """云泽县2026年政府工作报告
一、2025年工作回顾
全县地区生产总值增长6.1%，城镇新增就业1.15万人，城镇调查失业率5.8%，固定资产投资增长2.1%。
二、2026年主要预期目标
全县主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业1.1万人以上，固定资产投资增长5%，城镇调查失业率控制在5.5%以内。
三、2026年重点任务
（一）抓项目扩投资。
1.推进县级重点项目140个以上。
"""


@SCRIPTS
def test_last_years_table_targets_are_judged_by_a_review_without_a_table(convert) -> None:
    comparison = compare(parse_text(convert(TABLE_2025), "2025.txt"), parse_text(convert(SENTENCE_2026), "2026.txt"))
    by_text = {OpenCC("t2s").convert(p.plan.text): p for p in comparison.promises if p.plan.block_id == "表1"}
    assert by_text["地区生产总值增长6%左右"].status == "delivered"
    assert by_text["城镇新增就业1.1万人以上"].status == "delivered"
    # -- 5.8% against 5.5%以内, 2.1% against 6%: short of target, with the review's sentence --
    assert by_text["城镇调查失业率5.5%以内"].shown_status == "short_of"
    assert by_text["固定资产投资增长6%"].short_of[0].measure.id == "一/¶1"
    # -- the review gives no income growth: not judged by words --
    assert by_text["居民人均可支配收入增长与经济增长同步"].status == "not_reported"


# -- a district's plan table: its columns headed 计划 (2025年计划, 计划完成) for the targets and
#    实际/完成 for what was reached (written for the test, no real report's wording) --
PLAN_2025 = """青川区2025年政府工作报告
一、2024年工作回顾
全区地区生产总值增长5.2%，城镇新增就业8600人。
二、2025年经济社会发展主要目标
全区主要目标安排如下：
指标  2024年计划  2024年实际  2025年计划
地区生产总值增长  6%  5.2%  5.5%左右
城镇新增就业  8000人  8600人  8000人以上
固定资产投资增长  7%  4.1%  5%
社会消费品零售总额增长  6.5%  5.8%  6%
三、2025年重点工作
（一）扩大有效投资。
1.推进区级重点项目60个以上。
"""
PLAN_2026 = """青川区2026年政府工作报告
一、2025年工作回顾
全区地区生产总值增长5.6%，城镇新增就业8900人。
二、2026年经济社会发展主要目标
全区主要目标安排如下：
主要指标\t2025年计划完成\t2025年实际完成\t2026年计划
地区生产总值增长\t5.5%左右\t5.6%\t5%左右
城镇新增就业\t8000人以上\t8900人\t8500人以上
固定资产投资增长\t5%\t3.3%\t4%
社会消费品零售总额增长\t6%\t6.2%\t5.5%
三、2026年重点工作
（一）扩大有效投资。
1.推进区级重点项目65个以上。
"""


@pytest.mark.parametrize("head", [("指标", "2025年计划完成", "2025年实际完成", "2026年计划"),
                                  ("指标", "2025年计划", "2025年实际", "2026年计划"),
                                  ("项目", "上年预期", "上年完成", "本年计划")])
def test_columns_headed_plan_hold_targets_and_actual_holds_results(head) -> None:
    from reportdiff.models import Table
    from reportdiff.target_tables import target_table

    rows = (head, ("地区生产总值增长（%）", "6", "5.1", "5.5左右"), ("城镇新增就业（万人）", "1.1", "1.15", "1.1以上"))
    found = target_table(Table("表1", rows, 3))
    assert found is not None
    gdp, jobs = found.rows
    # -- 计划完成 is what was planned to be reached: a target, 实际完成 what was --
    assert (gdp.target.raw, gdp.previous.raw, gdp.result.raw) == ("5.5%左右", "6%", "5.1%")
    assert (jobs.target.value, jobs.previous.value, jobs.result.value) == (11_000.0, 11_000.0, 11_500.0)


def test_a_plan_column_alone_with_how_it_went_is_a_review_of_its_year() -> None:
    """项目 | 年度计划 | 完成情况: the year's plan and how it went, no target ahead."""
    from reportdiff.models import Table
    from reportdiff.target_tables import target_table

    rows = (("项目", "年度计划", "完成情况"), ("新建5G基站（个）", "300", "326"), ("改造老旧小区（个）", "12", "12"))
    found = target_table(Table("表1", rows, 3))
    assert found is not None and [row.target for row in found.rows] == [None, None]
    assert [(row.previous.value, row.result.value) for row in found.rows] == [(300.0, 326.0), (12.0, 12.0)]


@SCRIPTS
def test_two_plan_tables_pair_the_targets_with_the_years_results(convert) -> None:
    comparison = compare(parse_text(convert(PLAN_2025), "2025.txt"), parse_text(convert(PLAN_2026), "2026.txt"))
    rows = {OpenCC("t2s").convert(row.indicator): row for row in comparison.targets}
    assert list(rows) == ["地区生产总值增长", "城镇新增就业", "固定资产投资增长", "社会消费品零售总额增长"]
    assert all(row.old is not None and row.new is not None for row in rows.values())
    assert [row.change for row in rows.values()] == [-0.5, 500.0, -1.0, -0.5]
    # -- last year's target set against what the 实际完成 column says it reached --
    assert [OpenCC("t2s").convert(row.result or "") for row in rows.values()] == ["5.6%", "8900人", "3.3%", "6.2%"]
