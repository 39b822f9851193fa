"""A 政府工作报告's plan continues a review sentence only on evidence specific to what the plan
acts on (reportdiff.plan_evidence).

A summary line of the review (——基础设施更加完善。) names a whole area and how it went; a plan
taking up one part of it (加强农田水利和高标准农田等基础设施建设) does not continue it, one whose
object the line holds for the most part (提升企业创新能力 ← ——创新能力进一步增强) does. A word
the review writes in sentence after sentence (城乡居民 of 城乡居民医保, 城乡居民文化节, 城乡居民
旅游) names a different thing in each: shared alone, it links nothing. Text of our own, both scripts.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key as norm_key
from reportdiff.plan_evidence import ReviewWords, is_summary_line, object_share
from reportdiff.plan_matching import Matcher
from reportdiff.pipeline import load_report
from reportdiff.plans import analyse_plans

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

REPORT = """青原市政府工作报告
——2024年1月10日在青原市第十届人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全市上下共同努力，经济运行稳中向好。全市地区生产总值增长5.6%，一般公共预算收入增长6.1%。
——基础设施更加完善。青原东站建成投用，新建城市快速路18公里，改造城镇老旧小区126个。
——创新能力进一步增强。新增高新技术企业120家，建成市级重点实验室6个。
我们着力增进民生福祉。城乡居民医保人均财政补助标准提高到640元。举办首届城乡居民文化节。城乡居民旅游、网购等消费较快增长。
我们持续做好侨务工作，建成海外侨胞服务中心。
二、2024年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
加强农田水利和高标准农田等基础设施建设。提升企业创新能力。多渠道增加城乡居民收入。加强和改进侨务工作。再改造城镇老旧小区100个。
"""


@SCRIPTS
@pytest.mark.parametrize("sentence", [
    "——基础设施更加完善。",
    "——创新能力进一步增强。",
    "结构调整取得标志性进展。",
    "城乡面貌明显改善。",
    "国家战略科技力量加快壮大。",
])
def test_summary_lines(script, sentence: str) -> None:
    assert is_summary_line(norm_key(script(sentence)))


@SCRIPTS
@pytest.mark.parametrize("sentence", [
    # -- a deed done to an object, however short --
    "积极开展全民健身活动。",
    "强化知识产权保护。",
    # -- a figure reports an indicator, not an area --
    "粮食产量1.37万亿斤。",
    # -- more than one clause tells what was done --
    "——基础设施更加完善，新建城市快速路18公里。",
    # -- a long sentence is no headline --
    "城乡居民旅游、网购、信息消费等新兴消费和服务消费较快增长。",
])
def test_not_summary_lines(script, sentence: str) -> None:
    assert not is_summary_line(norm_key(script(sentence)))


@SCRIPTS
def test_a_summary_line_must_hold_most_of_what_the_plan_acts_on(script) -> None:
    plans = ["加强农田水利和高标准农田等基础设施建设。", "提升企业创新能力。"]
    lines = ["——基础设施更加完善。", "——创新能力进一步增强。"]
    keys = [norm_key(script(text)) for text in plans + lines]
    matcher = Matcher(keys + [norm_key(script(t)) for t in ("新建城市快速路18公里。", "新增高新技术企业120家。")])
    # -- the line names the head (基础设施), not the fields the plan builds it in --
    assert object_share(matcher, keys[0], matcher.body([keys[2]])) < 0.5
    assert object_share(matcher, keys[1], matcher.body([keys[3]])) >= 0.5


@SCRIPTS
def test_review_words_count_the_sentences_holding_a_word(script) -> None:
    sentences = ["城乡居民医保人均财政补助标准提高到640元。", "举办首届城乡居民文化节。", "建成海外侨胞服务中心。"]
    words = ReviewWords([norm_key(script(s)) for s in sentences])
    assert words.count(norm_key(script("城乡居民"))) == 2
    assert words.count(norm_key(script("侨胞"))) == 1
    assert words.count(norm_key(script("高标准农田"))) == 0


@SCRIPTS
def test_plans_continue_only_on_specific_evidence(script) -> None:
    records = {record.plan.text: record for record in analyse_plans(load_report(script(REPORT))).plans}

    def cited(plan: str) -> list[str]:
        return [link.sentence for link in records[script(plan)].results]

    # -- the summary line holds only the head of the plan's object --
    assert script("——基础设施更加完善。") not in cited("加强农田水利和高标准农田等基础设施建设。")
    # -- …and most of it here --
    assert cited("提升企业创新能力。") == [script("——创新能力进一步增强。")]
    # -- 城乡居民 stands in three sentences of the review, each about something else --
    assert cited("多渠道增加城乡居民收入。") == []
    # -- a word the review writes once is specific enough alone --
    assert cited("加强和改进侨务工作。") == [script("我们持续做好侨务工作，建成海外侨胞服务中心。")]
    assert records[script("再改造城镇老旧小区100个。")].status == "continues"


@pytest.mark.parametrize("sentence", ["“双随机、一公开”监管全面实施。", "“雙隨機、一公開”監管全面實施。", "减税、降费政策全面落实。"])
def test_a_line_naming_a_list_or_a_quoted_scheme_is_no_summary_line(sentence: str) -> None:
    """A quoted scheme or a list is the named object itself, not an area and how it went (a second
    review found 推进“双随机、一公开”跨部门联合监管 lose its link to such a line)."""
    assert not is_summary_line(norm_key(sentence))
