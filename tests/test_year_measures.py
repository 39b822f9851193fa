"""A rate's average over the year (平均为5.1%, a target 全年控制在5.5%以内) and its value at the
year's end (年末…降到5.5%) are two measures of it: never paired as one figure, and a year-end
value neither meets nor misses a target for the whole year."""

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert

_OLD = ("2025年澜江市人民政府工作报告\n一、2024年工作回顾\n"
        "全市地区生产总值增长5.6%，城镇新增就业6.1万人，城镇调查失业率平均为5.2%。\n"
        "二、2025年工作安排\n今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业6万人以上，"
        "城镇调查失业率全年控制在5.5%以内，居民消费价格涨幅3%左右。\n（一）扩大内需。新开工重大项目120个。\n")
_NEW = ("2026年澜江市人民政府工作报告\n一、2025年工作回顾\n"
        "全市地区生产总值增长5.4%，城镇新增就业6.3万人，年末城镇调查失业率降到5.3%。\n"
        "二、2026年工作安排\n（一）扩大内需。新开工重大项目130个。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_an_average_and_a_year_end_value_are_not_one_figure(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    pairs = {(f.old.raw, f.new.raw, f.kind) for f in comparison.figures if f.old and f.new}
    assert not [p for p in pairs if p[1] == script("5.3%")], pairs
    assert (script("6万人以上"), script("6.3万人"), "plan_result") in pairs


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_two_year_end_values_still_pair(script) -> None:
    old = _OLD.replace("城镇调查失业率平均为5.2%", "年末城镇调查失业率5.2%")
    pairs = {(f.old.raw, f.new.raw) for f in compare(script(old), script(_NEW)).figures if f.old and f.new}
    assert (script("5.2%"), script("5.3%")) in pairs
