"""开展…全覆盖试点 is a pilot of full coverage, no level of 100% to reach; 实现…全覆盖 is one."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare
from reportdiff.promise_levels import _levels

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


@SCRIPTS
def test_a_pilot_of_full_coverage_sets_no_level(script) -> None:
    assert _levels(script("开展村级法律顾问全覆盖试点。")) == []
    assert _levels(script("在3个乡镇开展基层合法性审查全覆盖示范。")) == []
    [(level, named)] = _levels(script("实现村级法律顾问全覆盖。"))
    assert (level.value, level.unit, named) == (100.0, "%", "村级法律顾问")


def _report(year: int, review: str, plan: str) -> str:
    return (f"某县{year}年法治政府建设年度报告\n一、{year}年法治政府建设主要举措及成效\n（一）推进基层法治建设。{review}\n"
            f"二、存在的不足\n执法力量不足。\n三、{year + 1}年工作安排\n（一）夯实基层法治。{plan}\n")


@SCRIPTS
def test_a_pilot_carried_out_is_kept_though_coverage_is_not_whole(script) -> None:
    old = _report(2024, "全年审查合同45份。", "在东岭镇开展村级法律顾问全覆盖试点。")
    new = _report(2025, "在东岭镇开展村级法律顾问全覆盖试点，全镇村级法律顾问覆盖率达到85%。", "深化村级法律顾问制度。")
    [promise] = compare(script(old), script(new), expressions=False).promises
    assert promise.shown_status == "delivered"
