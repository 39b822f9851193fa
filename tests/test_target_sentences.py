"""Every sentence of a targets paragraph holds targets (…基本同步。单位地区生产总值能耗下降3%以上，
主要污染物排放继续减少。), up to one that speaks of the targets (上述目标…) or is prose."""

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.targets import find_targets

_T = OpenCC("s2t").convert

_REPORT = ("澜江市2025年政府工作报告\n一、2024年工作回顾\n全市地区生产总值增长5.6%。\n二、2025年工作安排\n"
           "今年全市发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业6万人以上，"
           "居民消费价格涨幅3%左右，居民收入增长和经济增长同步。单位地区生产总值能耗下降3%以上，"
           "主要污染物排放继续减少。{after}\n（一）扩大有效需求。新开工重大项目120个。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_targets_of_the_second_sentence_are_found(script) -> None:
    targets = find_targets(parse_text(script(_REPORT.format(after="")), "2025.txt"))
    indicators = [key(t.indicator) for t in targets]
    assert indicators[-2:] == ["单位地区生产总值能耗", "主要污染物排放"], indicators
    assert targets[-2].raw == script("3%以上") and targets[-1].value is None


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("after", ["上述目标体现了高质量发展的要求，与“十五五”规划相衔接。",
                                   "实现这些目标，需要付出艰苦努力。"])
def test_a_sentence_about_the_targets_is_none(script, after: str) -> None:
    targets = find_targets(parse_text(script(_REPORT.format(after=after)), "2025.txt"))
    assert len(targets) == 6, [t.text for t in targets]
