"""Evidence of a promise is a deed done on the plan's own object, in either script: not a word the
plan shares with a sentence about another object (社会主义|基本经济制度 against 社会主义|现代化强国),
nor a review sentence holding none of the quoted name the plan acts on (坚持“两个毫不动摇”), nor one
sharing the words of the premise a plan states before what must be done (…有空间有手段，要…) or
only those of the situation a deed answers (针对企业生产经营困难加剧，…). A clause naming no object
of its own (确保按时足额发放) stays with the task before it. The sentences are written for the test in the shape of a county's 政府工作报告."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.models import PlanSentence
from reportdiff.normalize import key
from reportdiff.plan_matching import Matcher, word_bigrams
from reportdiff.promise_clauses import reports_a_clause, task_clauses
from reportdiff.promise_objects import names_its_object, names_no_object
from reportdiff.promise_tasks import task_spans
from reportdiff.segment import tokenize

from government_reports import government_report, judged_promise

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
_T2S = OpenCC("t2s").convert

OLD = government_report("青岭县", 2025, "（一）经济运行稳中有进。地区生产总值增长5.2%。完成户厕改造280户。",
                        "（一）推动经济稳定增长。{plan}\n（二）建设宜居乡村。完成户厕改造300户。")
NEW = government_report("青岭县", 2026, "（一）经济运行总体平稳。地区生产总值增长5.4%。{review}\n"
                        "（二）人居环境持续改善。完成户厕改造320户。", "（一）做强蔬菜产业。新发展蔬菜基地400亩。")


@SCRIPTS
@pytest.mark.parametrize(("clause", "evidence", "named"), [
    # -- the plan's long word goes on to a compound of its own; the evidence's to another --
    ("健全社会主义市场经济体制,", "奋力建设社会主义文化强国,全县文化产业增加值增长9%。", False),
    ("健全社会主义市场经济体制,", "社会主义市场经济体制更加健全。", True),
    # -- …the evidence writing the word at a compound's end contradicts nothing --
    ("健全社会主义市场经济体制,", "坚持社会主义,推动改革走深走实。", True),
    # -- a compound ending on a verb says how the thing goes, not which it is --
    ("推动义务教育优质均衡发展,", "加大农村义务教育薄弱环节建设力度。", True),
    # -- an item of a list going on to a head of its own (…、社会保障等帮扶) names another thing --
    ("完善灵活就业人员社会保障政策,", "深入实施产业、教育、医疗、社会保障等帮扶,易地搬迁群众稳定增收。", False),
    ("完善灵活就业人员社会保障政策,", "扩大养老、医疗、社会保障等政策覆盖面,灵活就业人员参保率达到85%。", True),
])
def test_a_long_word_going_on_to_another_compound_is_another_object(convert, clause, evidence, named) -> None:
    clause_key, evidence_key = key(convert(clause)), key(convert(evidence))
    terms = tuple(t for t in tokenize(clause_key) if word_bigrams(t) is not None)
    assert names_its_object(clause_key, terms, evidence_key, False) is named


@SCRIPTS
@pytest.mark.parametrize(("review", "delivered"), [
    # -- other names in quotes, sharing a word (两个), are not the plan's --
    ("全县深入学习新时代中国特色社会主义思想，坚定“两个确立”、做到“两个维护”。", False),
    ("坚持和完善社会主义基本经济制度，坚持“两个毫不动摇”，新增民营企业1200户。", True),
])
def test_an_action_on_a_quoted_name_is_reported_by_that_name(convert, review, delivered) -> None:
    promise = judged_promise(convert, OLD, NEW, "坚持和完善社会主义基本经济制度，坚持“两个毫不动摇”。", review)
    assert promise.status == ("delivered" if delivered else "not_reported"), promise
    if delivered:
        assert [_T2S(item.sentence) for item in promise.evidence] == [review]


@SCRIPTS
@pytest.mark.parametrize(("evidence", "reported"), [
    ("全县深入学习新时代中国特色社会主义思想，坚定“两个确立”、做到“两个维护”。", False),
    ("坚持“两个毫不动摇”，新增民营企业1200户。", True),
])
def test_a_clause_acting_on_a_quoted_name_needs_the_name(convert, evidence, reported) -> None:
    plan_key, evidence_key = key(convert("坚持“两个毫不动摇”。")), key(convert(evidence))
    # -- the words weigh as in a report, among sentences on other things --
    others = [key(convert(text)) for text in ("完成户厕改造320户。", "新发展蔬菜基地400亩。", "地区生产总值增长5.4%。")]
    matcher = Matcher([plan_key, *others], one_thing=True, paraphrases=True)
    clauses = task_clauses(matcher, plan_key)
    assert clauses  # -- the clause weighs as a task of its own --
    assert reports_a_clause(clauses, matcher.body([evidence_key])) is reported


def _reported(convert, plan: str, evidence: str) -> bool:
    """Whether ``evidence`` reports one of ``plan``'s clauses, the words weighed as in a report."""
    plan_key, evidence_key = key(convert(plan)), key(convert(evidence))
    others = [key(convert(text)) for text in ("完成户厕改造320户。", "新发展蔬菜基地400亩。", "地区生产总值增长5.4%。")]
    matcher = Matcher([plan_key, *others], one_thing=True, paraphrases=True)
    return reports_a_clause(task_clauses(matcher, plan_key), matcher.body([evidence_key]))


@SCRIPTS
@pytest.mark.parametrize(("plan", "evidence", "reported"), [
    # -- what is so, before what must be done (…，要…): the premise, not the task --
    ("县级财政有空间有手段，要强化逆周期调节，稳定全县经济运行。", "物价涨幅保持低位，为县级财政政策实施提供了空间。", False),
    ("县级财政有空间有手段，要强化逆周期调节，稳定全县经济运行。", "强化逆周期调节，出台稳经济措施12条。", True),
    ("中欧班列开通了直达欧洲的货运线路，要支持企业用好班列运力，扩大农产品出口。",
     "开通直达欧洲的中欧班列货运线路，全年发运45列。", False),
    # -- a problem names what the task remedies: one of its clauses still --
    ("全县商品住房库存仍然较多，要支持居民自住和进城人员购房需求。", "因城施策，全县商品住房去库存取得明显成效。", True),
    # -- a fact of the year names whom the task is for: one of its clauses still --
    ("今年高校毕业生将高达1.2万人，要落实好就业促进计划。", "高校毕业生就业人数再创新高。", True),
])
def test_a_premise_before_what_must_be_done_is_no_task(convert, plan, evidence, reported) -> None:
    assert _reported(convert, plan, evidence) is reported


@SCRIPTS
@pytest.mark.parametrize(("evidence", "reported"), [
    # -- the situation a deed answers (针对…, 面对…) is not done --
    ("针对企业物流成本上升，设立纾困资金2000万元。", False),
    ("面对企业物流成本持续上升的压力，加大纾困支持力度。", False),
    # -- the deed after it is evidence still --
    ("面对运价上涨，推动降低企业物流成本，全年减免通行费1800万元。", True),
    ("降低企业物流成本，全年减免通行费1800万元。", True),
])
def test_the_situation_a_deed_answers_is_no_evidence(convert, evidence, reported) -> None:
    assert _reported(convert, "推动降低企业物流成本。", evidence) is reported


@SCRIPTS
@pytest.mark.parametrize(("sentence", "tasks"), [
    # -- a clause of verbs and words of manner or measure only leaves its object to the task before --
    ("提高城乡居民基础养老金标准，确保按时足额发放。", ["提高城乡居民基础养老金标准，确保按时足额发放。"]),
    ("推进药品集中带量采购，确保生产供应。", ["推进药品集中带量采购，确保生产供应。"]),
    # -- a clause naming its own object is a task of its own --
    ("推进药品集中带量采购，完成老旧小区改造12个。", ["推进药品集中带量采购，", "完成老旧小区改造12个。"]),
])
def test_an_elliptical_task_stays_with_the_task_naming_its_object(convert, sentence, tasks) -> None:
    text = convert(sentence)
    plan = PlanSentence("二/(一)#1", "二/(一)", 1, text, key(text))
    others = [key(convert(line)) for line in ("完成户厕改造320户。", "新发展蔬菜基地400亩。", "地区生产总值增长5.4%。",
                                              "城乡居民医保财政补助标准提高到每人610元。")]
    matcher = Matcher([*others, plan.key])
    assert [_T2S(text[start:end]) for start, end in task_spans(matcher, plan)] == tasks


@pytest.mark.parametrize(("clause", "elliptical"), [
    ("确保按时足额发放。", True), ("合理扩大使用范围,", True), ("确保生产供应。", True),
    ("加大补短板力度,", False),  # -- a task named as a verb (补短板) is the object here --
    ("加强资金调度,", False), ("确保粮食安全。", False), ("扩大试点范围,", False),
])
def test_a_clause_of_manner_and_measure_names_no_object(clause, elliptical) -> None:
    assert names_no_object(key(clause)) is elliptical


@SCRIPTS
def test_a_quoted_target_after_its_object_is_reported_by_figures(convert) -> None:
    """A clause naming its object before the quotes (…事故起数和死亡人数实现“双下降”) quotes a target:
    figures of that object report it, without the quoted word."""
    assert _reported(convert, "全县生产安全事故起数和死亡人数实现“双下降”。",
                     "全县生产安全事故起数和死亡人数分别下降12.5%和9.1%。")
