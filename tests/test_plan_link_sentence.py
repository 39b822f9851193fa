"""`plans` cites the sentence a link lives in: its shown terms are that sentence's words, and a
plan whose words are scattered over a long result paragraph (传统产业 in one sentence, 新业态 in
another, 改造 in a third) is linked on what the one sentence cited holds. Written
for the test, in both scripts."""

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import load_report
from reportdiff.plans import analyse_plans

_REPORT = ("2026年临川市人民政府工作报告\n一、2025年工作回顾\n"
           "（一）产业转型步伐加快。新兴产业蓬勃发展，传统产业深刻重塑。出台现代服务业发展举措，服务新业态新模式异军突起。"
           "新建改建农村公路1270公里，完成农村电网改造升级。全市规模以上工业增加值增长6.1%。\n"
           "（二）民生保障有力有效。城镇新增就业4.3万人，新建社区养老服务中心12个。\n"
           "（三）生态环境持续改善。空气质量优良天数比率达到87%，完成造林绿化2.1万亩。\n"
           "二、2026年重点工作\n"
           "（一）推动产业升级。运用新技术、新业态、新模式，大力改造提升传统产业。\n"
           "（二）增进民生福祉。新建社区养老服务中心10个。\n"
           "（三）加强生态保护。完成造林绿化2万亩。\n")


@pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_the_shown_terms_are_the_shown_sentences(script) -> None:
    analysis = analyse_plans(load_report(script(_REPORT)))
    links = [link for record in analysis.plans for link in record.results]
    assert links
    for link in links:
        assert all(term in key(link.sentence) for term in link.shared_terms), (link.sentence, link.shared_terms)
    # -- the link is scored on the sentence cited: 新业态、新模式 of the plan, not its 传统产业 --
    plan = next(record for record in analysis.plans if script("传统产业") in record.plan.text)
    assert all(link.similarity < 1.0 for link in plan.results if script("传统产业") not in link.sentence)


_TWO_TASKS = ("2026年临川县人民政府工作报告\n一、2025年工作回顾\n"
              "（一）政务服务提质增效。政务服务事项网上可办率达到98.2%，按时办结率100%。\n"
              "（二）社会事业全面进步。新建乡镇综合文化站6个。\n"
              "二、2026年重点工作\n"
              "（一）优化政务服务。新增“一件事”集成办理事项10个以上，政务服务事项网上可办率保持在98%以上。\n"
              "（二）繁荣社会事业。新建乡镇综合文化站5个。\n")


@pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_the_similarity_shown_is_the_share_of_the_plan_found(script) -> None:
    """A result sentence holding half of a plan's wording is not shown 相似度 100% (found by a probe:
    51 of 57 links of a province's plans read 100%, the wrong ones too)."""
    analysis = analyse_plans(load_report(script(_TWO_TASKS)))
    plan = next(record for record in analysis.plans if script("一件事") in record.plan.text)
    (link,) = plan.results
    assert script("网上可办率") in link.sentence
    assert 0.2 < link.similarity < 0.9, link.similarity
