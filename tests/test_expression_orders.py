"""A list said again with its items in another order (打好蓝天、碧水、净土保卫战 → 打好碧水、净土、
蓝天保卫战, 统筹发展和安全 → 统筹安全和发展, 教育强市、科技强市、人才强市 → 人才强市、…) is no new
formulation and no dropped one; a list that gained or lost an item still is. Both scripts."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.expression_orders import reordered
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert


def _report(year: int, tasks: tuple[str, str, str]) -> str:
    first, second, third = tasks
    return (f"{year}年临川市人民政府工作报告\n一、{year - 1}年工作回顾\n全市地区生产总值增长5.2%。\n"
            f"二、{year}年工作安排\n（一）着力{first}。坚决守住不发生系统性风险底线。\n"
            f"（二）加快建设{second}。新认定国家高新技术企业120家。\n"
            f"（三）深入打好{third}保卫战。中心城区PM2.5平均浓度控制在29微克/立方米以内。\n")


_OLD = ("统筹发展和安全", "教育强市、科技强市、人才强市", "蓝天、碧水、净土")
_REORDERED = ("统筹安全和发展", "人才强市、教育强市、科技强市", "碧水、净土、蓝天")


def _listed(comparison) -> list[str]:
    return [e.text for e in comparison.expressions.new + comparison.expressions.dropped]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_list_in_another_order_is_no_new_or_dropped_formulation(script) -> None:
    comparison = compare(script(_report(2025, _OLD)), script(_report(2026, _REORDERED)), figures=False, promises=False)
    assert _listed(comparison) == []


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_list_with_an_item_changed_is_still_listed(script) -> None:
    changed = ("统筹发展和开放", "人才强市、教育强市、文化强市", "碧水、净土、蓝天")
    comparison = compare(script(_report(2025, _OLD)), script(_report(2026, changed)), figures=False, promises=False)
    listed = _listed(comparison)
    assert any(script("统筹发展和开放") in text for text in listed), listed
    assert any(script("文化强市") in text for text in listed), listed
    assert not any(script("保卫战") in text for text in listed), listed


def test_the_items_are_cut_from_the_frame_around_the_list() -> None:
    tokens = ("深入", "打", "好", "碧水", "、", "净土", "、", "蓝天", "保卫战")
    old = "其中深入打好蓝天、碧水、净土保卫战。"
    assert reordered(tokens, 0, len(tokens), old.__contains__)
    # -- the frame stays: 保卫战 is not an item to move --
    assert not reordered(tokens, 0, len(tokens), "深入打好保卫战、蓝天、碧水净土".__contains__)
    # -- no mark, no list --
    assert not reordered(("统筹", "发展", "安全"), 0, 3, "统筹安全发展".__contains__)
