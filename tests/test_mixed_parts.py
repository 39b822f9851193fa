"""A 法治 report's part of two roles written without （一）（二）: problems, then the plans."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.corpus.check import required_parts
from reportdiff.models import Role
from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import compare, load_report
from reportdiff.plans import analyse_plans

#: A county report whose second part names problems and plans, its plans numbered 1. 2. 3.
COUNTY = """白河县{year}年法治政府建设年度报告
一、{year}年法治政府建设主要工作
1.落实述法制度。全县{heads}个部门主要负责人年终述法。
2.规范行政执法。组织执法案卷评查，评查案卷{files}卷。
二、{heading}
{problems}{lead}
1.推进镇街执法规范化。组织镇街执法人员集中培训。
2.建设县级公共法律服务中心。在各镇街设立法律服务站点。
3.深化法治宣传教育。开展“法律进企业”活动。
"""

PROBLEMS = "同时也存在一些不足：一是镇街执法人员业务能力不强；二是法律服务资源分布不均。\n"
PROBLEM_ITEMS = "1.镇街执法人员业务能力不强。\n2.法律服务资源分布不均。\n"


def _text(year: int, heading: str, lead: str, problems: str, script: str, heads: int = 36) -> str:
    written = COUNTY.format(year=year, heading=heading.format(plan_year=year + 1), heads=heads,
                            files=200 + year - 2024, problems=problems, lead=lead.format(plan_year=year + 1))
    return opencc.OpenCC("s2t").convert(written) if script == "t" else written


@pytest.mark.parametrize("script", ["s", "t"])
@pytest.mark.parametrize("heading", ["存在的问题及下一步工作打算", "存在问题和下一步打算", "问题不足及{plan_year}年工作安排"])
@pytest.mark.parametrize("lead", ["{plan_year}年，我县将重点抓好以下工作：", "下一步工作打算：", "{plan_year}年工作打算如下：",
                                  "针对上述问题，下一步将着力做好以下工作："])
@pytest.mark.parametrize("problems", [PROBLEMS, PROBLEM_ITEMS, ""], ids=["points", "items", "none"])
def test_items_after_a_lead_to_the_work_ahead_are_plans(script: str, heading: str, lead: str, problems: str) -> None:
    """The lead line turns the rest of the part to the plans, its numbered items included; the
    problems before it stay shortcomings, and the lead plans nothing of its own."""
    report = load_report(_text(2024, heading, lead, problems, script))
    mixed = report.parts[1]
    roles = [m.role for m in mixed.all_measures()]
    assert roles[-4:] == [Role.PLANS] * 4  # -- the lead and its three items --
    assert set(roles[:-4]) <= {Role.SHORTCOMINGS}
    # -- every item plans; the lead only announces them --
    assert {p.block_id for p in report.plan_sentences} == {m.id for m in mixed.all_measures()[-3:]}
    assert "plans" not in required_parts(report)
    assert "no_plans_part" not in [w.code for w in analyse_plans(report).warnings]


@pytest.mark.parametrize("script", ["s", "t"])
def test_last_years_combined_part_plans_are_tracked(script: str) -> None:
    """Last year's plans in such a part are promises judged against this year's results."""
    lead = "{plan_year}年，我县将重点抓好以下工作："
    old = load_report(_text(2024, "存在的问题及下一步工作打算", lead, PROBLEMS, script))
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    new_text = _text(2025, "存在的问题及下一步工作打算", lead, PROBLEMS, script).replace(
        convert("1.落实述法制度。"), convert("1.落实述法制度。建设县级公共法律服务中心，在各镇街设立法律服务站点12个。"))
    promises = compare(old, load_report(new_text)).promises
    assert promises
    assert {p.plan.block_id for p in promises} == {m.id for m in old.parts[1].all_measures()[-3:]}
    delivered = {norm_key(p.plan.text) for p in promises if p.status == "delivered"}
    assert norm_key(convert("在各镇街设立法律服务站点。")) in delivered


@pytest.mark.parametrize("problem", ["主要存在以下问题：", "一年来工作虽有进展，但仍存在以下不足："])
def test_a_lead_to_the_problems_keeps_them_shortcomings(problem: str) -> None:
    """A lead line that announces the problems (…存在以下不足：) does not turn the part to plans."""
    report = load_report(_text(2024, "存在的问题及下一步工作打算", "下一步工作打算：", problem + "\n" + PROBLEM_ITEMS, "s"))
    roles = [m.role for m in report.parts[1].all_measures()]
    assert roles[:3] == [Role.SHORTCOMINGS] * 3 and roles[3:] == [Role.PLANS] * 4


@pytest.mark.parametrize("script", ["s", "t"])
def test_sections_after_the_turn_to_the_work_ahead_are_plans(script: str) -> None:
    """二、存在的问题和下一步工作打算: problems, 下一步，我镇将从以下几个方面…：, then （一）（二） sections: the
    sections are the plans, as 1. 2. items are (found by review: listed under 不足和原因, no promise)."""
    import opencc

    from reportdiff.pipeline import load_report
    from reportdiff.models import Role

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    text = convert("青山镇2024年法治政府建设工作报告\n一、2024年法治政府建设工作情况\n（一）强化组织领导。召开专题会议4次。\n"
                   "二、存在的问题和下一步工作打算\n虽然取得了一定成效，但仍存在一些问题：一是干部法治意识有待提高；"
                   "二是法律顾问作用发挥不充分。\n下一步，我镇将从以下几个方面加强法治政府建设：\n"
                   "（一）加强法治学习。组织干部学法不少于4次。\n（二）发挥法律顾问作用。重大事项法律顾问参与率达到100%。\n")
    report = load_report(text)
    roles = {m.id: m.role for m in report.measures if m.id.startswith("二/(")}
    assert roles and set(roles.values()) == {Role.PLANS}, roles
    assert any("4次" in s.text for s in report.plan_sentences)


@pytest.mark.parametrize("script", ["s", "t"])
@pytest.mark.parametrize("sections", [False, True], ids=["items", "sections"])
def test_problems_and_the_lead_to_the_plans_in_one_paragraph(script: str, sections: bool) -> None:
    """当前工作中还存在一些不足：一是…；二是…。2025年，我们将重点做好以下工作： on one line (a
    department's 工作总结 writes it so): the points stay shortcomings, the lead turns the part to
    plans, and neither point is a plan."""
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    items = ("（一）推进智慧监管。建成市场监管数据中心。\n（二）推动专利转化运用。开展专利转化运用专项行动。\n" if sections
             else "1.建成市场监管数据中心。\n2.开展专利转化运用专项行动。\n")
    text = convert("江川市市场监督管理局2024年工作总结和2025年工作计划\n一、2024年工作总结\n"
                   "1.推进信用监管。归集涉企信用信息142万条。\n2.加强知识产权保护。发明专利授权量3120件。\n"
                   "二、存在的问题及下一步工作打算\n当前工作中还存在一些不足：一是智慧监管平台建设进度滞后；"
                   "二是知识产权转化运用水平仍需提升。2025年，我们将重点做好以下工作：\n" + items)
    report = load_report(text)
    mixed = report.parts[1]
    points = [m for m in mixed.all_measures() if m.id.endswith("是")]
    assert len(points) == 2 and {m.role for m in points} == {Role.SHORTCOMINGS}
    assert not any(convert("以下工作") in m.text for m in points)
    plans = [s.text for s in report.plan_sentences]
    assert len(plans) == 2 and not any("滞后" in s or "仍需提升" in s for s in plans), plans
    # -- the outline still holds every character of the paragraph --
    outline = "".join(block.text for block in report.blocks)
    assert norm_key(convert("仍需提升。2025年，我们将重点做好以下工作：")) in norm_key(outline)
