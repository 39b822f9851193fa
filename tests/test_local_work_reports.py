"""政府工作报告 of a province, city or county (issue 7): a growth rate stated against last
year (同比增长) is its indicator's rate, a 分别 list over 城乡 names the town's and the
village's figure apart, and a lead phrase that remedies a shortfall (补齐…短板) heads a
measure. The reports are written for the test."""

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert
_SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_OLD = ("政府工作报告\n——2024年1月20日在清江省第十四届人民代表大会第二次会议上\n"
        "一、过去一年工作回顾\n"
        "一年来，全省地区生产总值达到41200亿元，同比增长5.9%；一般公共预算收入2860亿元，增长6.0%。\n"
        "（一）着力扩大有效需求。省重点项目完成投资5120亿元，新开工亿元以上项目1310个。\n"
        "二、2024年主要目标任务\n"
        "今年全省经济社会发展的主要预期目标是：\n"
        "——地区生产总值增长5.5%左右；\n"
        "——一般公共预算收入增长5%左右。\n"
        "（一）全力扩大有效需求。力争省重点项目完成投资5300亿元以上。\n")
_NEW = ("政府工作报告\n——2025年1月18日在清江省第十四届人民代表大会第三次会议上\n"
        "一、2024年工作回顾\n"
        "过去一年，全省地区生产总值达到43500亿元，同比增长5.6%；一般公共预算收入2990亿元，增长4.5%。\n"
        "（一）坚持扩内需稳增长。省重点项目完成投资5460亿元，新开工亿元以上项目1380个。\n"
        "二、2025年主要目标任务\n"
        "今年全省经济社会发展的主要预期目标是：\n"
        "——地区生产总值增长5%左右；\n"
        "——一般公共预算收入增长3%左右。\n"
        "（一）大力提振消费。力争省重点项目完成投资5600亿元。\n")


@pytest.mark.parametrize("text, rate, label", [
    ("全省地区生产总值达到43500亿元，同比增长5.6%。", "5.6%", "地区生产总值增长"),
    ("全县地区生产总值完成305亿元，比上年增长6.6%。", "6.6%", "地区生产总值增长"),
    ("进出口总额8910亿元，较上年增长4.1%。", "4.1%", "进出口总额增长"),
])
@_SCRIPTS
def test_a_rate_against_last_year_is_its_indicators(script, text, rate, label) -> None:
    found = {f.raw: f.label for f in extract_figures(script(text))}
    assert found[script(rate)] == label  # -- labels are keyed in Simplified --


@_SCRIPTS
def test_a_growth_target_is_met_by_a_rate_stated_against_last_year(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    growth = [p for p in comparison.promises if script("地区生产总值增长5.5%左右") in p.plan.text]
    assert growth and growth[0].status == "delivered"
    assert script("同比增长5.6%") in growth[0].evidence[0].sentence


@pytest.mark.parametrize("text, expected", [
    # -- 城乡 before 分别 names two subjects: the town's and the village's --
    ("城乡居民人均可支配收入分别达到44800元、25500元，分别增长5.2%、7.1%。",
     {"44800元": "城镇居民人均可支配收入", "25500元": "农村居民人均可支配收入"}),
    ("城乡低保标准分别提高到每月800元、650元。", {"800元": "城镇低保标准", "650元": "农村低保标准"}),
    # -- 城镇和农村居民…: the residents are both subjects' --
    ("城镇和农村居民人均可支配收入分别达到51200元、26800元。",
     {"51200元": "城镇居民人均可支配收入", "26800元": "农村居民人均可支配收入"}),
])
@_SCRIPTS
def test_town_and_village_figures_are_named_apart(script, text, expected) -> None:
    found = {f.raw: f.label for f in extract_figures(script(text))}
    assert {raw: found.get(script(raw)) for raw in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # -- 完成投资 after a count of projects is those projects' investment, not 投资 at large --
    ("实施县重点项目93个，完成投资97.2亿元，同比增长5.2%。",
     {"97.2亿元": "县重点项目投资", "5.2%": "县重点项目投资增长"}),
    ("实施市重点项目352个，完成投资735亿元。", {"735亿元": "市重点项目投资"}),
    ("省重点项目完成投资6620亿元。", {"6620亿元": "省重点项目完成投资"}),
    # -- the plan's investment is named as the result's, to be paired with it --
    ("今年拟安排市重点项目350个，年度计划投资720亿元。", {"720亿元": "市重点项目投资"}),
])
@_SCRIPTS
def test_investment_done_is_the_projects(script, text, expected) -> None:
    found = {f.raw: f.label for f in extract_figures(script(text))}
    assert {raw: found.get(script(raw)) for raw in expected} == expected


@pytest.mark.parametrize("a, b", [("学位", "托位"), ("床位", "车位")])
def test_two_words_of_one_character_alike_are_two_indicators(a, b) -> None:
    from reportdiff.figure_similarity import label_similarity

    assert label_similarity(a, b) == 0.0
    assert label_similarity(a, a) == 1.0


@_SCRIPTS
def test_places_in_schools_never_pair_with_places_in_nurseries(script) -> None:
    old = _OLD + "（二）全力保障和改善民生。新改扩建公办幼儿园200所，新增学位4万个。\n"
    new = _NEW + "（二）大力保障和改善民生。推动托育服务扩容，新增托位1.5万个。\n"
    pairs = {(f.old.raw, f.new.raw) for f in compare(script(old), script(new)).figures if f.old and f.new}
    assert (script("4万个"), script("1.5万个")) not in pairs
