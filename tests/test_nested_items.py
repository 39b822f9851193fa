"""一、→（一）→1.→（1）: a （1） under a numbered item is that item's sub-item, in ids and labels."""

from __future__ import annotations

import opencc
import pytest

from reportdiff import display
from reportdiff.pipeline import compare, load_report, plans
from reportdiff.render import render

# -- a bureau's summary and plan, own wording: items 1. and 2. each with （1）（2） under them --
BUREAU = """某县水利局{year}年工作总结和{plan_year}年工作计划
一、{year}年工作总结
（一）加强水资源管理
1.严格取水许可。
（1）全年审批取水许可{permits}件。
2.推进节水型社会建设。
（1）建成节水型单位{units}家。
（2）开展节水宣传进社区活动{talks}场。
二、存在的问题
一是基层水利人员不足。
三、{plan_year}年工作计划
（一）加强水资源管理
1.完善取水监管。
（1）审批取水许可{plan_permits}件以上。
（2）建成节水型单位{plan_units}家。
"""


def _text(year: int, script: str, **figures: int) -> str:
    text = BUREAU.format(year=year, plan_year=year + 1, **figures)
    return opencc.OpenCC("s2t").convert(text) if script == "t" else text


def _old(script: str) -> str:
    return _text(2024, script, permits=40, units=12, talks=8, plan_permits=45, plan_units=15)


def _new(script: str) -> str:
    return _text(2025, script, permits=46, units=15, talks=9, plan_permits=50, plan_units=18)


@pytest.mark.parametrize("script", ["s", "t"])
def test_sub_items_are_numbered_under_their_item(script: str) -> None:
    report = load_report(_new(script))
    assert [m.id for m in report.measures if m.part_id == "一"] == [
        "一/(一)/1", "一/(一)/1/(1)", "一/(一)/2", "一/(一)/2/(1)", "一/(一)/2/(2)"]
    assert [display.place(m.id) for m in report.measures if m.part_id == "一"] == [
        "一、（一）第1项", "一、（一）第1项（1）", "一、（一）第2项", "一、（一）第2项（1）", "一、（一）第2项（2）"]
    assert display.place("一/(一)/2/(2)", "en") == "一. (一) item 2 (2)"


@pytest.mark.parametrize("script", ["s", "t"])
def test_sub_item_labels_in_the_comparison_promises_and_plans(script: str) -> None:
    comparison = compare(_old(script), _new(script))
    text = render(comparison, "text")
    assert "一、（一）第2项（1）" in text and "一、（一）第2项（2）" in text
    # -- the old, wrong labels: a second 第1项 of the section (with a ~2 duplicate mark) --
    assert "一、（一）第1项（2）" not in text
    labels = {display.place(p.plan.block_id) for p in comparison.promises}
    # -- 1.完善取水监管。 only heads its sub-items: no plan of its own, as a heading over items --
    assert labels == {"三、（一）第1项（1）", "三、（一）第1项（2）"}
    delivered = {display.measure_label(e.measure) for p in comparison.promises for e in p.evidence}
    assert "一、（一）第2项（1）" in delivered
    analysis = plans(_old(script))
    assert {display.place(record.plan.block_id) for record in analysis.plans} == {"三、（一）第1项（1）", "三、（一）第1项（2）"}


def test_a_paren_item_continuing_the_numbering_is_no_sub_item() -> None:
    """1、 then （2）: one list numbered two ways, not a sub-item of item 1."""
    report = load_report("某区2025年法治政府建设年度报告\n一、主要举措及成效\n1、优化营商环境。出台措施。\n"
                         "（2）深化执法改革。开展检查。\n")
    assert [m.id for m in report.measures] == ["一/1", "一/(2)"]
