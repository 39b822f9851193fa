"""A main target judged by an end-of-term review's figure of its indicator.

An end-of-term 政府工作报告 reviews five years (过去五年…) and may give a target's indicator
only over the term (居民消费价格年均上涨1.8%): that figure, the plan's year among them, is the
review's word on the target, met or missed, not a promise passed over in silence.
"""

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

_OLD = ("一、2022年工作回顾\n过去一年，全省地区生产总值增长5.6%，居民消费价格上涨2.1%。\n"
        "二、2023年主要目标和重点任务\n"
        "今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；居民消费价格涨幅{cpi}左右；"
        "城镇新增就业60万人以上。\n"
        "（一）推动制造业升级。新建智能工厂40家，培育专精特新企业200家。\n")
_NEW = ("一、过去五年工作回顾\n"
        "过去五年，全省地区生产总值年均增长6.1%，居民消费价格年均上涨1.8%，城镇新增就业累计310万人。"
        "培育专精特新企业1100家，建成一批智能工厂。\n"
        "二、2024年主要目标和重点任务\n"
        "今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；居民消费价格涨幅3%左右。\n"
        "（一）推动制造业升级。新建智能工厂50家。\n")


def _promise(comparison, words: str):
    return next(p for p in comparison.promises if words in p.plan.text)


@pytest.mark.parametrize("script", ["s2t", None])
def test_a_ceiling_met_over_the_term(script) -> None:
    convert = OpenCC(script).convert if script else (lambda text: text)
    comparison = compare(convert(_OLD.format(cpi="3%")), convert(_NEW))
    prices = _promise(comparison, convert("居民消费价格涨幅3%左右"))
    assert prices.status == "delivered"
    assert [item.sentence for item in prices.evidence] == [convert(
        "过去五年，全省地区生产总值年均增长6.1%，居民消费价格年均上涨1.8%，城镇新增就业累计310万人。")]


@pytest.mark.parametrize("script", ["s2t", None])
def test_a_ceiling_missed_over_the_term(script) -> None:
    convert = OpenCC(script).convert if script else (lambda text: text)
    comparison = compare(convert(_OLD.format(cpi="1.5%")), convert(_NEW))
    prices = _promise(comparison, convert("居民消费价格涨幅1.5%左右"))
    assert prices.status == "not_reported" and not prices.evidence
    assert prices.short_of and convert("年均上涨1.8%") in prices.short_of[0].sentence
