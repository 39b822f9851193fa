"""Two of the three battles against pollution are named by their symbols in a plan (打好蓝天、碧水、
净土保卫战) and by their measures in a review (空气质量优良天数比例, 地表水优良水质比例): one
concept each (plan_matching.CONCEPTS), so the plan carries the review's result on."""

from __future__ import annotations

from pathlib import Path

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import load_report
from reportdiff.plans import analyse_plans

_REPORT = ("岚溪市2025年政府工作报告\n"
           "一、2024年工作回顾\n"
           "（一）经济运行稳中有进。一是地区生产总值增长5.3%。二是新增市场主体1.2万户。\n"
           "（二）生态环境持续改善。一是空气质量优良天数比例达到93.5%，地表水国控断面优良水质比例达到96%。"
           "二是完成造林绿化2.1万亩。\n"
           "二、2025年重点工作\n"
           "（一）稳住经济大盘。一是实施市级重点项目120个。\n"
           "（二）建设美丽岚溪。一是持续深入打好蓝天、碧水、净土保卫战。二是完成造林绿化2万亩。\n")


@pytest.mark.parametrize("script", ["s", "t"])
def test_the_battles_against_pollution_carry_on_the_air_and_water_results(script) -> None:
    text = OpenCC("s2t").convert(_REPORT) if script == "t" else _REPORT
    analysis = analyse_plans(load_report(text))
    (record,) = [r for r in analysis.plans if "保卫战" in key(r.plan.text)]
    assert record.status == "continues"
    assert any("空气质量" in key(link.sentence) for link in record.results), record.results
    # -- …and not the result of another battle's words alone (造林绿化 is no pollution) --
    assert not any("造林" in key(link.sentence) and "空气" not in key(link.sentence) for link in record.results)

def test_the_audit_provinces_battle_against_pollution_carries_on_its_air_result() -> None:
    province = analyse_plans(load_report(str(Path(__file__).resolve().parent / "data" / "audit27" / "donglan-2025.html")))
    (record,) = [r for r in province.plans if "保卫战" in key(r.plan.text)]
    assert record.status == "continues" and "空气质量" in key(record.results[0].sentence)
