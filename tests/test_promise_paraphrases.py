"""Promises reported in other words (data/promise_paraphrases.tsv), in either script: a task a plan
names one way (化解过剩产能, 减税) is reported by a review naming it another (去产能, 降低税率); two
things alike (自由贸易港 and 自贸试验区) are two groups, and neither reports the other; only the
promise matchers read the table (a plan's links to results weigh the words as written)."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.plan_matching import CONCEPTS, Matcher, paraphrases
from reportdiff.promise_paraphrases import paraphrases as table

from government_reports import government_report, judged_promise

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
_T2S = OpenCC("t2s").convert

OLD = government_report("石桥县", 2025, "（一）经济运行稳中有进。地区生产总值增长5.1%。完成农村公路提升80公里。",
                        "（一）推动经济稳定增长。{plan}\n（二）建设美丽乡村。完成农村公路提升90公里。")
NEW = government_report("石桥县", 2026, "（一）经济运行总体平稳。地区生产总值增长5.3%。{review}\n"
                        "（二）城乡面貌持续改善。完成农村公路提升95公里。", "（一）做强茶叶产业。新发展茶园600亩。")


def _promise(convert, plan: str, review: str):
    return judged_promise(convert, OLD, NEW, plan, review)


@SCRIPTS
@pytest.mark.parametrize("plan, review, delivered", [
    # -- one task, two names --
    ("着力化解过剩产能。", "推进建材行业市场化去产能，关停小水泥企业3家。", True),
    ("继续实施减税政策。", "落实小微企业降低税率政策，全县企业减负1.2亿元。", True),
    ("推进冬季清洁取暖。", "完成煤改气2.1万户、煤改电0.8万户。", True),
    # -- two things alike: a free trade port is no pilot free trade zone --
    ("推进自由贸易港建设。", "新设自贸试验区片区1个，形成制度创新成果12项。", False),
    # -- a quantity of one industry is no report of the task as a whole --
    ("着力化解过剩产能。", "退出煤炭产能30万吨，安置分流职工800人。", False),
])
def test_a_task_is_reported_in_other_words(convert, plan, review, delivered) -> None:
    promise = _promise(convert, plan, review)
    assert promise.status == ("delivered" if delivered else "not_reported"), promise
    if delivered:
        assert [_T2S(item.sentence) for item in promise.evidence] == [review]


@SCRIPTS
def test_only_the_promise_matchers_read_the_table(convert) -> None:
    plan, review = key(convert("着力化解过剩产能。")), key(convert("推进建材行业市场化去产能。"))
    promises = Matcher([plan, review], one_thing=True, paraphrases=True)
    found = promises.found(promises.features(plan), promises.body([review]))
    assert "@去产能" in found and "过剩" in found
    links = Matcher([plan, review], one_thing=True)
    assert not [word for word in links.found(links.features(plan), links.body([review])) if "过剩" in word]


def test_a_form_names_one_group_and_each_group_two_forms() -> None:
    forms = [form for group in table().values() for form in group]
    assert len(forms) == len(set(forms)), "a form in two groups joins two things"
    assert all(len(group) >= 2 or name in CONCEPTS for name, group in table().items())
    # -- a group that is a concept already (营改增) is that concept, not a second one --
    assert not set(paraphrases()) & set(CONCEPTS)
    assert "去产能" in paraphrases() and "自由贸易港" in paraphrases() and "自贸试验区" in paraphrases()


@SCRIPTS
@pytest.mark.parametrize("plan", ["因城施策化解房地产库存。", "因地制宜化解房地产库存。"])
def test_a_task_fitted_to_its_place_is_a_task_not_its_cause(convert, plan) -> None:
    """因 opens a cause (因财政收入恢复性增长，…), not the idioms of a task fitted to its place."""
    promise = _promise(convert, plan, "支持新市民购房，房地产去库存取得积极成效。")
    assert promise.status == "delivered", promise
