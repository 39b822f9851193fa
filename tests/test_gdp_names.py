"""国内生产总值, 地区生产总值, 生产总值, GDP and 经济总量 name one indicator when figures and
targets are paired: 国内生产总值增长5%左右 is followed into next year's GDP增长5.2%."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.figure_similarity import label_similarity
from reportdiff.indicators import indicator_topics
from reportdiff.normalize import key
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert

_OLD = ("2025年澜江市人民政府工作报告\n一、2024年工作回顾\n"
        "全市地区生产总值增长5.6%，规模以上工业增加值增长7.1%。\n"
        "二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业3万人以上。\n"
        "（一）扩大内需。新开工重大项目120个。\n")
_NEW = ("2026年澜江市人民政府工作报告\n一、2025年工作回顾\n"
        "全市GDP增长5.2%，规模以上工业增加值增长6.8%，城镇新增就业3.2万人，新开工重大项目126个。\n"
        "二、2026年工作安排\n今年经济社会发展的主要预期目标是：全市生产总值增长5%左右，城镇新增就业3万人以上。\n"
        "（一）扩大内需。新开工重大项目130个。\n")


@pytest.mark.parametrize(("a", "b"), [("国内生产总值增长", "GDP增长"), ("地区生产总值增长", "全区生产总值增长"),
                                      ("经济总量", "地区生产总值"), ("GDP", "国内生产总值")])
@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_names_of_gdp_are_one_indicator(script, a: str, b: str) -> None:
    assert label_similarity(key(script(a)), key(script(b))) == 1.0


def test_a_ratio_per_unit_of_gdp_is_not_gdp() -> None:
    for label in ("单位国内生产总值能耗", "单位地区生产总值二氧化碳排放", "单位GDP能耗"):
        assert "gdp" not in indicator_topics(label)
    assert label_similarity(key("单位GDP能耗"), key("GDP")) == 0.0


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_gdp_target_is_followed_under_another_name(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    pairs = {(f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new}
    assert ("5.6%", "5.2%") in pairs
    assert (script("5%左右"), "5.2%") in pairs
    target = next(p for p in comparison.promises if script("地区生产总值") in p.plan.text)
    assert target.status == "delivered"
