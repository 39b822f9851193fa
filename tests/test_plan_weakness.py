"""A shortcoming names a weakness of a thing (消费需求偏弱, 执法装备水平不高); a plan that acts on
that thing with a verb of its own (提振消费, 加强基层执法能力建设) answers it, however little
else of their wording they share (reportdiff.plan_weakness, used by plans.analyse_plans)."""

from __future__ import annotations

from pathlib import Path

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import load_report
from reportdiff.plan_weakness import acts_on, weak_things
from reportdiff.plans import analyse_plans

_T = OpenCC("s2t")


def _script(text: str, script: str) -> str:
    return _T.convert(text) if script == "t" else text


@pytest.mark.parametrize("script", ["s", "t"])
def test_the_things_a_shortcoming_finds_weak(script) -> None:
    things = weak_things(key(_script(
        "我们也清醒看到，发展还存在一些不足：居民消费需求仍然偏弱，工业投资增长乏力；"
        "乡镇综合执法力量与执法任务不相适应，基层执法装备和信息化水平不高。", script)))
    assert {"居民消费", "工业投资", "乡镇综合执法", "基层执法"} <= set(things)
    # -- the aspect that is weak (需求, 力量, 装备, 水平), the generic 发展 and the task the forces are measured against are no things --
    assert not {"需求", "力量", "装备", "水平", "发展", "执法任务"} & set(things)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_thing_before_its_aspect_with_de(script) -> None:
    things = weak_things(key(_script("山林防火宣传的针对性和实效性有待增强。", script)))
    assert things == ("山林防火宣传",)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_plan_acts_on_a_thing_with_a_verb_of_its_own(script) -> None:
    assert acts_on(key(_script("实施提振消费专项行动，开展汽车以旧换新。", script)), ("消费",))
    assert acts_on(key(_script("加强基层执法能力建设。", script)), ("基层执法",))
    # -- …or gives to it (为…配备): the thing is who receives --
    assert acts_on(key(_script("为乡镇综合执法队配备执法记录仪60台。", script)), ("乡镇综合执法",))
    # -- the word standing in a figure's name is no thing acted on --
    assert not acts_on(key(_script("居民消费价格涨幅3%左右，社会消费品零售总额增长6%。", script)), ("消费",))


@pytest.mark.parametrize("script", ["s", "t"])
def test_coordination_found_weak_is_built_up_with_partners(script) -> None:
    # -- 协调不畅 finds coordination weak; a plan building a linkage with its partners (健全与
    #    公安、检察机关的联动机制) builds it under another of its names --
    things = weak_things(key(_script("跨部门案件办理存在协调不畅等问题。", script)))
    assert "协调" in things and "联动" in things
    assert acts_on(key(_script("健全完善与公安、检察等机关联动机制，强化部门履职。", script)), things)
    assert acts_on(key(_script("加强同周边县区的执法协作。", script)), things)
    # -- partners named without a verb of building up, or coordination not found weak, answer nothing --
    assert not acts_on(key(_script("与公安机关联动处置突发事件3起。", script)), things)
    assert not acts_on(key(_script("健全完善与公安机关联动机制。", script)), weak_things(key(_script("执法装备水平不高。", script))))


_COUNTY = ("南川县2025年政府工作报告\n"
           "一、2024年工作回顾\n"
           "过去一年，全县地区生产总值增长5.1%。一是社会消费品零售总额增长4.2%。二是空气质量优良天数比例达到92%。\n"
           "我们也清醒看到，全县发展还存在一些不足：居民消费需求仍然偏弱，工业投资增长乏力；"
           "县城综合承载能力不强。我们将直面问题，认真加以解决。\n"
           "二、2025年重点工作\n"
           "（一）扩大内需。一是实施提振消费专项行动，开展家电以旧换新。二是新建农贸市场2个。"
           "三是扩大工业投资，实施技改项目40个。\n"
           "（二）建设美丽南川。一是新建污水管网20公里。\n")


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_county_shortcoming_is_answered_by_the_plans_that_act_on_its_things(script) -> None:
    analysis = analyse_plans(load_report(_script(_COUNTY, script)))
    (shortcoming,) = analysis.shortcomings
    answered = {key(plan.text) for plan in shortcoming.answered_by}
    assert any("提振消费" in text for text in answered), answered
    assert any("扩大工业投资" in text for text in answered), answered
    assert not any("农贸市场" in text or "污水管网" in text for text in answered), answered


_BUREAU = ("青岚省水利厅2025年法治政府建设年度报告\n"
           "一、2025年推进法治政府建设的主要举措和成效\n"
           "1.严格规范执法。开展水行政执法检查120次，查处违法案件36件。\n"
           "2.深化普法宣传。开展“世界水日”宣传活动8场。\n"
           "二、存在的不足和原因\n"
           "一是市县水行政执法力量与执法任务不相适应，基层执法装备和信息化水平不高。"
           "二是水法治宣传的针对性和实效性有待增强。\n"
           "三、2026年推进法治政府建设的主要安排\n"
           "一是编制水利法治建设规划。二是加强基层执法能力建设。为市县水行政执法机构配备无人机30架。"
           "三是修订《青岚省河道管理条例》。\n")


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_bureau_shortcoming_is_answered_by_the_item_that_builds_its_enforcement(script) -> None:
    analysis = analyse_plans(load_report(_script(_BUREAU, script)))
    first, second = analysis.shortcomings
    assert [key(plan.text) for plan in first.answered_by] == [key(_script("为市县水行政执法机构配备无人机30架。", script))]
    # -- no plan acts on 水法治宣传: it stays 无对应安排 --
    assert second.answered_by == ()


_DATA = Path(__file__).resolve().parent / "data"


def test_the_audits_shortcomings_are_answered_by_their_plans() -> None:
    """audit27: 消費需求仍然偏弱 ← 實施提振消費專項行動 (a province's saved page, Traditional);
    audit27b: 市县林草执法力量…执法装备…不高 ← 四是加强基层执法能力建设。为…配备执法记录仪800台."""
    province = analyse_plans(load_report(str(_DATA / "audit27" / "donglan-2025.html")))
    (shortcoming,) = province.shortcomings
    assert [key(plan.text)[:10] for plan in shortcoming.answered_by] == [key("實施提振消費專項行動")]
    bureau = analyse_plans(load_report(str(_DATA / "audit27b" / "lincao-2025.src.txt")))
    assert [[plan.id for plan in item.answered_by] for item in bureau.shortcomings] == [["四/四是#2"], ["四/三是#2"], []]

