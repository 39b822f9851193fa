"""改造提升农村公路15公里 (a plan) and 完成农村公路提档升级16公里 (its result): the upgrade is the act,
written before or after its object; the figure is of 农村公路 either way, so the plan is met."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures_extract import extract_figures
from reportdiff.normalize import key
from reportdiff.pipeline import compare, load_report

_S2T = opencc.OpenCC("s2t").convert


@pytest.mark.parametrize("convert", [str, _S2T], ids=["s", "t"])
@pytest.mark.parametrize("text", ["今年改造提升农村公路15公里。", "完成农村公路提档升级16公里。", "实施农村公路升级改造15公里。",
                                  "农村公路提质改造15公里。"])
def test_the_upgrade_is_no_part_of_the_name(convert, text: str) -> None:
    assert [key(f.label) for f in extract_figures(convert(text))] == ["农村公路"]


REPORT = """青石镇人民政府工作报告
——{y}年1月12日在青石镇第十八届人民代表大会第{n}次会议上
一、{r}年工作回顾
（一）乡村建设扎实推进。完成农村公路提档升级{done}公里，新改建农村户厕620座。
二、{y}年工作安排
（一）聚力乡村振兴。今年改造提升农村公路{plan}公里，拟新改建农村户厕500座。
"""


@pytest.mark.parametrize("convert", [str, _S2T], ids=["s", "t"])
def test_a_road_upgrade_plan_is_met_by_the_upgrade_done(convert) -> None:
    old = load_report(convert(REPORT.format(y=2024, r=2023, n="四", done=18, plan=15)))
    new = load_report(convert(REPORT.format(y=2025, r=2024, n="五", done=16, plan=12)))
    promise = next(p for p in compare(old, new).promises if convert("公路") in p.plan.text)
    assert promise.status == "delivered", promise
