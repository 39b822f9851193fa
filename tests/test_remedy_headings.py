"""A heading that sets out to remedy a shortfall (补齐基础设施短板, 缩小城乡差距) names a task, not
the shortcomings part: under a 政府工作报告's plans it heads a measure like its neighbours; and the
closing call after a couplet (新征程催人奋进，让我们…) frames the plans, no task (issue 7). The report
is written for the test."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.kinds import detect_role
from reportdiff.models import MeasureKind, Role
from reportdiff.pipeline import load_report

_T = opencc.OpenCC("s2t").convert
_SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_COUNTY = """青禾县政府工作报告
——2025年1月10日在青禾县第十八届人民代表大会第五次会议上
一、2024年工作回顾
2024年，全县地区生产总值增长6.3%。
我们也清醒看到，全县基础设施还有短板，城乡差距依然较大。
二、2025年工作安排
（一）聚力城乡融合，建设宜居青禾。
补齐基础设施短板：新改建农村公路100公里，完成雨污分流改造管网30公里。
缩小城乡差距：推进城乡供水一体化，农村自来水普及率达到98%。
推进乡村全面振兴：创建省级和美乡村示范村8个。
"""


@pytest.mark.parametrize("heading", ["补齐基础设施短板", "加快补齐民生短板", "缩小城乡区域差距", "弥补公共服务不足"])
@_SCRIPTS
def test_a_remedy_names_no_shortcomings(script, heading) -> None:
    assert detect_role(script(heading)) is Role.OTHER


@pytest.mark.parametrize("heading", ["存在的问题和不足", "三、存在的短板和差距", "困难和不足"])
@_SCRIPTS
def test_the_shortcomings_part_is_still_named(script, heading) -> None:
    assert detect_role(script(heading)) is Role.SHORTCOMINGS


@_SCRIPTS
def test_a_remedy_heads_a_measure_in_the_plans(script) -> None:
    report = load_report(script(_COUNTY))
    titles = [m.title for m in report.measures if m.kind is MeasureKind.ITEM]
    assert [script(t) for t in ("补齐基础设施短板", "缩小城乡差距", "推进乡村全面振兴")] == titles[-3:]


@pytest.mark.parametrize("sentence", [
    "新征程催人奋进，让我们奋力谱写青禾高质量发展新篇章！",
    "新征程已经开启，新蓝图催人奋进，让我们以只争朝夕的精神，奋力开创现代化建设新局面！",
])
@_SCRIPTS
def test_a_closing_call_after_a_couplet_frames_the_plans(script, sentence) -> None:
    from reportdiff.kinds import is_framing

    assert is_framing(script(sentence))


@_SCRIPTS
def test_a_task_after_a_state_of_mind_is_still_a_task(script) -> None:
    from reportdiff.kinds import is_framing

    assert not is_framing(script("新征程催人奋进，新建县第四小学，新增学位1200个。"))
