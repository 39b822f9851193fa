"""Figure pairs in the shapes of real local reports (issue 7, second probe): ——target lines, two
indicators of one subject, and a result never set against next year's plan."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert


def _report(year: int, review: str, plans: str) -> str:
    return (f"青禾市{year}年政府工作报告\n一、{year - 1}年工作回顾\n{review}\n"
            f"二、{year}年主要任务\n今年主要预期目标是：{plans}\n")


_OLD_CITY = _report(2023, "全市地区生产总值增长4.2%，政务服务事项网上可办率达到96%。",
                    "地区生产总值增长6.5%左右，一般公共预算收入增长6%，城镇新增就业4.5万人，居民消费价格涨幅3%左右，"
                    "政务服务事项网上可办率达到98%。")
_NEW_CITY = _report(2024, "全市地区生产总值增长6.3%，政务服务事项网上可办率达到98.6%。",
                    "\n——地区生产总值增长6%左右；\n——一般公共预算收入增长5%；\n——城镇新增就业4.6万人；\n"
                    "——居民消费价格涨幅3%左右；\n——政务服务事项全程网办率达到85%。")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_target_line_s_dash_is_no_part_of_its_label(script) -> None:
    figures = compare(script(_OLD_CITY), script(_NEW_CITY)).figures
    assert not [f.label for f in figures if f.label.startswith(("—", "-", "－"))]
    assert ("地区生产总值增长", script("6.5%左右"), script("6%左右")) in {
        (f.label, f.old.raw, f.new.raw) for f in figures if f.old and f.new and f.kind == "year"}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_target_row_is_not_listed_again_among_the_figures(script) -> None:
    from reportdiff.render.markdown import render_markdown
    from reportdiff.render.text import render_text

    comparison = compare(script(_OLD_CITY), script(_NEW_CITY))
    assert script("地区生产总值增长6%左右") in {t.new.text for t in comparison.targets if t.new}
    for text in (render_text(comparison), render_markdown(comparison)):
        listed = [line for line in text.splitlines() if script("6.5%左右 → 6%左右") in line]
        assert listed == [], listed
        # -- a result is no target: it stays --
        assert script("4.2% → 6.3%") in text
    # -- JSON keeps every pair, the target's included --
    assert (script("6.5%左右"), script("6%左右")) in {(f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_two_indicators_of_one_subject_are_no_pair(script) -> None:
    """网上可办率 and 全程网办率 are two rates of the same services: 98% → 85% is no fall."""
    pairs = {(f.kind, f.old.raw, f.new.raw) for f in compare(script(_OLD_CITY), script(_NEW_CITY)).figures
             if f.old and f.new}
    assert not [p for p in pairs if p[2] == "85%"]
    assert ("year", "96%", "98.6%") in pairs and ("plan_result", "98%", "98.6%") in pairs


def test_distinguishing_words_make_two_indicators() -> None:
    from reportdiff.figure_similarity import label_similarity
    from reportdiff.normalize import key

    assert label_similarity(key("政务服务事项网上可办率"), key("政务服务事项全程网办率")) < 0.4
    assert label_similarity(key("城镇调查失业率"), key("城镇登记失业率")) < 0.4
    # -- one spelled out, one shortened: the same indicator --
    assert label_similarity(key("受理行政复议案件"), key("受理行政复议申请案件")) >= 0.75
    assert label_similarity(key("社会消费品零售总额增长"), key("社会消费品零售额增长")) >= 0.75


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_result_never_pairs_with_next_year_s_plan(script) -> None:
    old = ("白沙镇2022年法治政府建设年度报告\n一、2022年主要举措和成效\n（一）法治宣传教育\n"
           "1.培育农村法律明白人。全镇培育法律明白人168名，打造白沙村法治文化广场1个。\n"
           "二、2023年主要安排\n1、创新普法形式。创建市级民主法治示范村1个。\n")
    new = ("白沙镇2023年法治政府建设年度报告\n一、2023年主要举措和成效\n（一）法治宣传教育\n"
           "1.培育农村法律明白人。全镇法律明白人增加到205名。\n"
           "二、2024年主要安排\n1、创建市级民主法治示范村1个，新建法治文化广场2个。\n")
    pairs = {(f.kind, f.old.raw, f.new.raw) for f in compare(script(old), script(new)).figures if f.old and f.new}
    assert not [p for p in pairs if p[2] == script("2个")]
    # -- last year's plan against this year's plan is still a pair --
    assert ("year", script("1个"), script("1个")) in pairs and ("year", script("168名"), script("205名")) in pairs


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "labels"), [
    # -- a verb alone after a count of documents: what was done to those documents --
    ("清理涉及市场主体的规范性文件41件，废止7件、修改5件。", ["清理涉及市场主体的规范性文件", "规范性文件废止", "规范性文件修改"]),
    # -- another level of the same thing listed after it --
    ("新增省级民主法治示范村3个、市级12个。", ["省级民主法治示范村", "市级民主法治示范村"]),
    # -- the office named before 全年 did the work: the work is the indicator --
    ("镇综合行政执法队全年办理行政处罚案件63件，罚没款12.6万元。", ["办理行政处罚案件", "罚没款"]),
    # -- a bracket of size (10亿元以上项目) describes what is counted: no figure of its own --
    ("新引进亿元以上项目27个，其中10亿元以上项目2个。", ["新引进亿元以上项目", "10亿元以上项目"]),
    # -- the people counted and what they took part in --
    ("组织56名干部参加年度法律知识考试。", ["干部参加年度法律知识考试"]),
    # -- 总额 is the indicator's name, its growth rate keeps it --
    ("社会消费品零售总额98.6亿元，增长1.2%；", ["社会消费品零售总额", "社会消费品零售总额增长"]),
])
def test_weak_labels_name_the_indicator(script, text: str, labels: list[str]) -> None:
    from reportdiff.figures_extract import extract_figures
    from reportdiff.normalize import key

    assert [f.label for f in extract_figures(script(text))] == [key(label) for label in labels]
