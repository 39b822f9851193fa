"""A result stated as a floor (突破1万亿元, 超过…) is at least that amount (fix21b item 3): it
meets a target of that amount, proves nothing against a higher one, and says nothing of staying
under a cap; a result just short of its figure (近…) does not reach a target of that figure.
Our own reports in a province's 政府工作报告 shape; Simplified and Traditional."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from opencc import OpenCC

from reportdiff.figure_claims import check_claim
from reportdiff.figures import StatedChange, extract_figures
from reportdiff.pipeline import compare

from conftest import province_head
from reportdiff.promise_targets import target_met

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

PLAN = province_head("滨江省", "2024年1月21日", "二") + """一、2023年工作回顾
2023年，全省地区生产总值9860亿元，增长5.8%。
二、2024年主要目标和重点工作
（一）壮大实体经济。力争全省数字经济核心产业增加值达到{target}亿元，规上工业企业达到{firms}家。
"""
REVIEW = province_head("滨江省", "2025年1月19日", "三") + """一、2024年工作回顾
（一）实体经济加快壮大。全省地区生产总值首次突破1万亿元，数字经济核心产业增加值突破1000亿元，规上工业企业超过8000家。
二、2025年主要目标和重点工作
（一）壮大实体经济。推进数字经济核心产业提质扩量。
"""


def _promise(old: str, new: str, script, words: str):
    promises = compare(script(old), script(new), expressions=False).promises
    return next(p for p in promises if script(words) in p.plan.text)


@SCRIPTS
def test_a_floor_meets_a_target_of_its_amount(script) -> None:
    promise = _promise(PLAN.format(target=1000, firms=8000), REVIEW, script, "数字经济核心产业增加值")
    assert promise.status == "delivered", [e.sentence for e in promise.evidence]


@SCRIPTS
def test_a_floor_is_no_proof_of_a_higher_target(script) -> None:
    promise = _promise(PLAN.format(target=1100, firms=8500), REVIEW, script, "数字经济核心产业增加值")
    assert promise.status != "delivered", [e.sentence for e in promise.evidence]


def _change(plan: float, plan_approx: str | None, result: float, result_approx: str | None, label: str = "产值"):
    return SimpleNamespace(label=label, old=SimpleNamespace(value=plan, approx=plan_approx),
                           new=SimpleNamespace(value=result, approx=result_approx))


def test_floors_and_near_figures_against_targets() -> None:
    assert target_met(_change(1000, None, 1000, "突破"))
    assert target_met(_change(1000, "以上", 1000, "超过"))
    assert not target_met(_change(1200, None, 1000, "突破"))
    # -- a cap is never shown kept by a floor: 超过 says how far up it went --
    assert not target_met(_change(5.5, "以内", 5.0, "超过", "城镇调查失业率"))
    assert target_met(_change(5.5, "以内", 5.0, None, "城镇调查失业率"))
    # -- 近1万亿元 is short of 1万亿元 --
    assert not target_met(_change(1000, None, 1000, "近"))
    assert target_met(_change(1000, None, 1200, "近"))


@SCRIPTS
def test_a_stated_growth_from_a_floor_is_checked_as_a_floor(script) -> None:
    old, = extract_figures(script("数字经济核心产业增加值突破1000亿元。"))
    new, = extract_figures(script("数字经济核心产业增加值1150亿元。"))
    assert old.approx == "突破"
    # -- past 1000, not exactly 1000: a growth of 10% from it is consistent, 20% is not --
    def growth(rate: str) -> StatedChange:
        return StatedChange(1, extract_figures(rate)[0], "增长" + rate, 0, 0, "比上年")

    assert check_claim(old, new, growth("10%"))[0] == "consistent"
    assert check_claim(old, new, growth("20%"))[0] == "inconsistent"
