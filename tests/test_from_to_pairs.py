"""由A缩短至B: the level reached is B, the figure a plan to shorten to so many days is met by."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare, load_report

_S2T = opencc.OpenCC("s2t").convert

OLD = """江川省司法厅{y}年法治政府建设年度报告
一、强化依法履职
（一）提升行政复议质效。1.全年收到行政复议申请1842件，审结1655件。
二、存在的不足
一是部分市县复议机构人员力量不足，案件审理周期偏长。
三、下一步工作打算
（一）深化行政复议体制改革。充实市县行政复议机构人员力量，推动案件平均审理周期缩短至50天以内。
"""
NEW = """江川省司法厅{y}年法治政府建设年度报告
一、强化依法履职
（一）提升行政复议质效。1.全年收到行政复议申请2305件，审结2190件。2.为市县新增行政复议专职人员86名，案件平均审理周期由62天{verb}48天。
二、存在的不足
一是行政复议办案力量与案件增长仍不匹配。
三、下一步工作打算
（一）推进行政复议案件繁简分流。推动案件平均审理周期缩短至45天以内。
"""


@pytest.mark.parametrize("convert", [str, _S2T], ids=["s", "t"])
@pytest.mark.parametrize("verb", ["缩短至", "缩短到", "缩减至", "缩小到"])
def test_the_to_side_of_a_shortening_is_the_level_reached(convert, verb: str) -> None:
    figures = extract_figures(convert(f"案件平均审理周期由62天{verb}48天。"))
    assert [(f.value, f.aspect) for f in figures] == [(62.0, "from"), (48.0, "total")]
    assert figures[0].label == figures[1].label


@pytest.mark.parametrize("convert", [str, _S2T], ids=["s", "t"])
def test_a_plan_to_shorten_is_met_by_the_level_reached(convert) -> None:
    old = load_report(convert(OLD.format(y=2023)))
    new = load_report(convert(NEW.format(y=2024, verb="缩短至")))
    result = compare(old, new)
    plan = next(p for p in result.promises if "50" in p.plan.text)
    assert plan.status == "delivered", plan
    paired = [f for f in result.figures if f.kind == "plan_result" and f.unit == "天"]
    assert [(f.old.value, f.new.value) for f in paired] == [(50.0, 48.0)]
