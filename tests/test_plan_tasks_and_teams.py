"""`plans` on a court's (or any body's) report: a plan sentence of two tasks continues the result
of either, its figure's qualifier set after the unit (培训干警3000人次以上 after 培训干警3400人次);
a shortcoming about the body's people (少数干警…作风) is answered by the plan under a heading about
the same people's 队伍建设."""

import pytest
from opencc import OpenCC

from reportdiff.pipeline import load_report
from reportdiff.plan_wording import wording
from reportdiff.plans import analyse_plans

_T = OpenCC("s2t").convert

_COURT = ("某市中级人民法院工作报告\n一、2025年主要工作\n"
          "（一）服务保障发展大局\n审结一审商事案件12870件。设立破产法庭。\n"
          "（二）建设过硬队伍\n开展政治轮训，培训干警1400人次。查处违纪干警1人。\n"
          "二、存在的问题\n我们也清醒看到：一是案多人少矛盾依然突出；二是少数干警司法能力和工作作风还有差距。\n"
          "三、2026年工作安排\n"
          "（一）服务保障发展大局。完善破产审判机制，设立金融审判庭。\n"
          "（二）加强法院队伍建设。推进法官员额动态调整，培训干警1500人次以上。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_second_task_of_a_plan_sentence_continues_its_result(script) -> None:
    analysis = analyse_plans(load_report(script(_COURT)))
    record = next(r for r in analysis.plans if script("培训干警") in r.plan.text)
    assert record.status == "continues"
    assert [link.measure.id for link in record.results] == ["一/(二)/¶1"]
    assert "一/(二)/¶1" not in [item.measure.id for item in analysis.not_carried]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_shortcoming_about_the_people_is_answered_by_their_team_building(script) -> None:
    analysis = analyse_plans(load_report(script(_COURT)))
    answers = {a.measure.text: a for a in analysis.shortcomings}
    people = next(a for text, a in answers.items() if script("少数干警") in text)
    assert [plan.text for plan in people.answered_by] == [script("推进法官员额动态调整，培训干警1500人次以上。")]
    # -- a shortcoming about caseloads is no 队伍建设 matter --
    caseload = next(a for text, a in answers.items() if script("案多人少") in text)
    assert all(script("干警") not in plan.text for plan in caseload.answered_by)


def test_a_qualifier_after_the_unit_is_part_of_the_figure() -> None:
    assert wording("培训干警3000人次以上") == wording("培训干警3400人次") == "培训干警#人次"
    assert wording("投资50亿元左右") == "投资#亿元"
    # -- 以上 that names a class of enterprises is no qualifier of the figure before it --
    assert wording("新增15家规模以上工业企业") == "新增#家规模以上工业企业"


_DISTRICT = ("某区2025年法治政府建设年度报告\n一、2025年主要工作\n全年组织执法人员培训2100人次，办理行政复议案件380件。\n"
             "二、存在的不足\n一是乡镇综合执法队伍力量偏弱；二是复议办案力量不足，法治人才队伍建设存在短板。\n"
             "三、2026年工作计划\n一是加强乡镇执法队伍建设，新增持证执法人员12名。二是推进法治人才队伍建设，引进法律专业人才5名。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_ranks_named_apart_are_other_people(script) -> None:
    """执法队伍 and 法治人才队伍 are two ranks: each shortcoming is answered by its own plan only."""
    analysis = analyse_plans(load_report(script(_DISTRICT)))
    answers = {a.measure.id: [plan.id for plan in a.answered_by] for a in analysis.shortcomings}
    assert answers["二/一是"] == ["三/一是#1"]
    assert answers["二/二是"] == ["三/二是#1"]
