"""A review titled for last year and the term together (过去一年和五年工作回顾): the paragraphs
after one opening on the term (过去五年…, 五年来…), its sections included, tell of the years; their
totals, averages and changes over the years pair with no figure or plan of one year, while a level
reached at the end of the term (增加到…, 突破…) is last year's level."""

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert

_OLD = ("2025年青溪市人民政府工作报告\n一、2024年工作回顾\n"
        "全市地区生产总值达到1520亿元，增长5.8%。建成高标准农田4万亩。改造老旧小区120个。"
        "细颗粒物平均浓度下降4.5%。提请市人大常委会审议地方性法规草案3件。\n"
        "二、2025年工作安排\n（一）夯实农业基础。新建高标准农田5万亩。\n"
        "（二）推进城市更新。改造老旧小区150个。\n")
_NEW = ("2026年青溪市人民政府工作报告\n一、过去一年和五年工作回顾\n"
        "2025年，全市地区生产总值增长5.5%。新建高标准农田5.2万亩。\n"
        "过去五年，我们经受了多重考验。\n"
        "——经济实力明显增强。全市地区生产总值增加到1610亿元，年均增长5.6%。"
        "细颗粒物平均浓度下降21.3%。\n"
        "五年来，我们主要做了以下工作。\n"
        "（一）夯实农业基础。建成高标准农田23万亩。\n"
        "（二）推进城市更新。改造老旧小区610个。提请市人大常委会审议地方性法规草案14件。\n"
        "二、2026年工作安排\n（一）夯实农业基础。新建高标准农田5万亩。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_figures_of_the_term_pair_with_no_figure_of_one_year(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    pairs = {(f.old.raw, f.new.raw, f.kind) for f in comparison.figures if f.old and f.new}
    term = {script(raw) for raw in ("23万亩", "610个", "14件", "21.3%")}
    assert not {new for _, new, _ in pairs} & term, pairs
    # -- last year's result and the level at the end of the term still pair --
    assert (script("5万亩"), script("5.2万亩"), "plan_result") in pairs
    assert (script("1520亿元"), script("1610亿元"), "year") in pairs


@pytest.mark.parametrize("title", ["2025年和过去五年工作回顾", "2025年和“十四五”时期工作回顾"])
def test_other_mixed_titles_read_the_same(title: str) -> None:
    comparison = compare(_OLD, _NEW.replace("过去一年和五年工作回顾", title))
    news = {f.new.raw for f in comparison.figures if f.old and f.new}
    assert "5.2万亩" in news and not news & {"23万亩", "610个", "14件", "21.3%"}


_PERIOD_OLD = ("2026年青溪市人民政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长5.5%，城镇新增就业6.1万人。\n"
               "二、“十五五”时期主要目标任务\n过去五年，全市地区生产总值从1180亿元增加到超过1600亿元。\n"
               "——稳定就业。城镇新增就业年均6万人以上，城镇调查失业率控制在5.5%以内。\n"
               "三、2026年工作安排\n（一）扩大内需。新开工重大项目120个。\n")
_PERIOD_NEW = ("2027年青溪市人民政府工作报告\n一、2026年工作回顾\n全市地区生产总值达到1710亿元，增长5.2%。"
               "城镇新增就业6.4万人，城镇调查失业率为5.3%。\n二、2027年工作安排\n（一）扩大内需。新开工重大项目130个。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_part_on_the_plan_period_is_of_the_term(script) -> None:
    """A part on the plan period (“十五五”时期主要目标任务) sets goals for the years: they pair
    with no figure of one year; the level its look back reached (增加到超过1600亿元) still does."""
    comparison = compare(script(_PERIOD_OLD), script(_PERIOD_NEW))
    pairs = {(f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new}
    assert (script("5.5%以内"), script("5.3%")) not in pairs, pairs
    assert (script("超过1600亿元"), script("1710亿元")) in pairs, pairs
