"""Sentences among a 政府工作报告's plans that promise nothing: a review of the year past,
a fact the year brings, the explanation of a target. Written for the test, in both scripts."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.kinds import is_fact, is_framing
from reportdiff.models import PlanSentence
from reportdiff.normalize import key
from reportdiff.plan_matching import Matcher
from reportdiff.promise_tasks import task_spans

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(("sentence", "frames"), [
    # -- a review sentence among the plans, unless it goes on to what is to be done --
    ("过去一年，生态环境保护取得明显成效。", True),
    ("一年来，全市对外开放迈出新步伐。", True),
    ("过去一年，生态环境保护取得明显成效，今年要巩固提升。", False),
    # -- a fact the year brings, alone --
    ("今年全市高校毕业生将多达12万人。", True),
    ("今年高校毕业生超过1100万人。", True),
    # -- the explanation of a target --
    ("稳增长主要是为了稳就业、保民生，有5%左右的增速就能够实现比较充分的就业。", True),
    ("有5%左右的增速就可以实现比较充分的就业。", True),
    # -- targets and tasks with figures stay promises --
    ("今年城镇新增就业1200万人以上。", False),
    ("今年高校毕业生将多达12万人，要落实好就业见习计划，促进多渠道就业。", False),
    ("今年粮食产量要稳定在1.3万亿斤以上。", False),
    # -- a statement of the situation: the world, the country's strengths, the stage it is at,
    #    what has been achieved so far --
    ("全球经济复苏依然乏力，贸易保护主义抬头，外部环境不稳定因素增多。", True),
    ("外部环境更趋复杂严峻，不确定性明显上升。", True),
    ("我市产业基础雄厚、人才资源充裕、消费市场庞大，发展具有良好支撑。", True),
    ("全省经济社会发展已经取得了显著成就，但实现现代化仍要付出艰苦努力。", True),
    ("我省发展正处在转型升级的关键阶段，经济运行仍有不少困难。", True),
    # -- what the plans can rely on (特别是我们有…), unless it goes on to what is to be done --
    ("特别是我们有全市人民的团结奋斗和多年积累的发展基础，各方面干事创业热情高涨。", True),
    ("我们有能力战胜各种困难，要坚定信心，加快推进产业转型。", False),
    # -- a footing already won, in the completed aspect: what the plans stand on --
    ("经过多年发展，全市产业门类齐全，招商引资积累了丰富经验。", True),
    ("蔬菜连年丰收，为稳定市场供应提供了有力保障，但也面临价格下跌等问题。", True),
    ("新区建设为全县转型奠定了坚实基础。", True),
    ("园区建设积累了经验，要加快推广到各乡镇。", False),
    # -- the arrangement of a target judged, after it: an explanation --
    ("全市政府债务率在全省处于较低水平，这样的安排是必要的、可行的，也是安全的。", True),
    ("这一安排是适度的，风险总体可控。", True),
    ("今年赤字率拟按3%安排，这样的安排是必要的。", False),
    # -- …unless it goes on to what is to be done --
    ("外部环境更趋复杂严峻，我们要做好应对各种风险的准备。", False),
    ("我市产业基础雄厚，要加快建设先进制造业集群。", False),
    ("建设全国统一大市场，发挥我国市场规模庞大的优势。", False),
    # -- the principles announced for the targets, and the call for better results (found by a
    #    probe on a province's report) --
    ("实现上述目标，必须牢牢把握以下几点：坚持把发展作为第一要务，坚持在发展中保障和改善民生。", True),
    ("做好今年工作，要注重以下几点。", True),
    # -- a list announced, whatever names it (found on a county's targets table) --
    ("综合考虑各种因素，全县主要预期目标安排如下。", True),
    ("今年重点工作安排如下：", True),
    ("实际工作中，要努力争取更好结果。", True),
    ("在实际工作中争取更好结果。", True),
    ("地区生产总值增长5.5%左右，在实际工作中争取更好结果。", False),
])
def test_what_frames_among_the_plans(sentence: str, frames: bool, script) -> None:
    assert is_framing(script(sentence)) is frames


@SCRIPTS
def test_a_fact_sets_the_scene_of_the_task_after_it(script) -> None:
    sentence = script("今年全市高校毕业生将多达12万人，要落实好就业见习计划和创业扶持计划，加强职业技能培训。")
    assert is_fact(script("今年全市高校毕业生将多达12万人，"))
    plan = PlanSentence("二/(一)#1", "二/(一)", 1, sentence, key(sentence))
    matcher = Matcher([key(s) for s in (
        "开展就业见习，发放创业扶持资金。", "全市新增就业岗位3万个。", "加强职业技能培训5万人次。")] + [plan.key])
    spans = task_spans(matcher, plan)
    # -- the fact opens the first task, never one of its own --
    assert spans[0][0] == 0
    assert all(not is_fact(sentence[a:b]) for a, b in spans)


@SCRIPTS
@pytest.mark.parametrize(("sentence", "frames"), [
    # -- the situation the plans answer, announced as seen from abroad or at home: it plans nothing --
    ("从国际看，全球经济复苏乏力，外部需求不确定性增加，对全省外贸的影响不可低估。", True),
    ("从国内看，结构调整阵痛仍在释放，一些行业经营困难，经济下行压力加大。", True),
    # -- …unless it goes on to what is to be done, or copes with the difficulty itself --
    ("从国内看，经济下行压力加大，我们要加大逆周期调节力度。", False),
    ("从国内看，要有效应对经济下行压力。", False),
])
def test_situation_seen_from_abroad_or_at_home(script, sentence: str, frames: bool) -> None:
    assert is_framing(script(sentence)) is frames
