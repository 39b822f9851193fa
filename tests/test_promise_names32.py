"""Promises of a 政府工作报告 judged by what the review names, in either script: a thing named
two ways (进城落户 and 农业转移人口在城镇落户, 留抵税额 and 留抵退税) is one thing; in how many ways
a task is done (发展多种形式适度规模经营) names nothing the review must repeat; a base, centre or
zone to set up (新建一批“双创”示范基地, 推进…物流配送中心建设) is reported only where the review
names one of its kind, not by the programme it serves (大众创业、万众创新); and a field of several
things (碧水 of 水污染防治) reports none of them (全面整治黑臭水体)."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.plan_matching import Matcher

from government_reports import government_report, judged_promise

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
_T2S = OpenCC("t2s").convert

OLD = government_report("青岭县", 2025, "（一）经济运行稳中有进。地区生产总值增长5.2%。完成户厕改造280户。",
                        "（一）推动经济稳定增长。{plan}\n（二）建设宜居乡村。完成户厕改造300户。")
NEW = government_report("青岭县", 2026, "（一）经济运行总体平稳。地区生产总值增长5.4%。{review}\n"
                        "（二）人居环境持续改善。完成户厕改造320户。", "（一）做强蔬菜产业。新发展蔬菜基地400亩。")


def _promise(convert, plan: str, review: str):
    return judged_promise(convert, OLD, NEW, plan, review)


@SCRIPTS
@pytest.mark.parametrize("plan, review, delivered", [
    # -- in how many ways: not the object --
    ("发展多种形式适度规模经营。", "深化农村改革，种植业适度规模经营比重提升到40%以上。", True),
    # -- one thing named two ways, with its figure met --
    ("今年实现进城落户1.3万人以上。", "新型城镇化扎实推进，近1.4万农业转移人口在城镇落户。", True),
    ("切实落实高校和科研院所自主权。", "扩大科研机构和高校科研自主权，科研人员积极性明显提高。", True),
    # -- …but not the universities' alone --
    ("切实落实高校和科研院所自主权。", "扩大高校办学自主权，科研人员积极性明显提高。", False),
    # -- a base to set up: reported by bases set up, not by the programme they serve --
    ("新建一批“双创”示范基地。", "新建“双创”示范项目12个，大众创业、万众创新蓬勃发展。", False),
    ("新建一批“双创”示范基地。", "新建“双创”示范基地3个，日均新设企业120户。", True),
    # -- zones and centres whose building comes after their names --
    ("推进智能制造示范区建设。", "推进智能制造重大工程，先进制造业加快发展。", False),
    # -- a pilot to run: reported as a pilot, not by the reform it tries going on --
    ("开展要素市场化配置综合改革试点。", "加强市场体系基础制度建设，推进要素市场化配置综合改革。", False),
    ("开展要素市场化配置综合改革试点。", "要素市场化配置综合改革试点有序开展，首批试点任务基本完成。", True),
    ("推进县级电商服务中心、物流配送中心建设。", "县级电商服务中心、物流配送中心建成投用。", True),
    # -- a field of several things (水污染防治: 碧水, 黑臭水体…) is not one thing named two ways --
    ("全面整治黑臭水体。", "全面开展蓝天、碧水、净土保卫战。", False),
])
def test_a_promise_is_judged_by_what_the_review_names(convert, plan, review, delivered) -> None:
    promise = _promise(convert, plan, review)
    assert promise.status == ("delivered" if delivered else "not_reported"), promise
    if delivered:
        assert [_T2S(item.sentence) for item in promise.evidence] == [review]


@SCRIPTS
def test_a_promise_matcher_finds_the_words_of_one_thing_named_another_way(convert) -> None:
    plan, review = key(convert("今年对留抵税额提前实行大规模退税。")), key(convert("全年增值税留抵退税超过2.4万亿元。"))
    promises = Matcher([plan, review], one_thing=True)
    found = promises.found(promises.features(plan), promises.body([review]))
    assert "@留抵退税" in found and any("留抵" in word or "税额" in word for word in found if word[0] != "@")
    # -- a plan's links to results weigh the words as written: 税额 is not in the review --
    links = Matcher([plan, review])
    assert not any("税额" in word for word in links.found(links.features(plan), links.body([review])))


@SCRIPTS
def test_the_deficit_ratio_is_one_word_and_its_figure_judges_it(convert) -> None:
    """赤字率 is one indicator: cut 赤字|率拟 it shared only 赤字 with a review's 财政赤字率."""
    from reportdiff.segment import tokenize

    assert "赤字率" in tokenize(key(convert("今年赤字率拟按3%安排")))
    assert _promise(convert, "今年赤字率拟按3%安排。", "财政赤字率控制在3%以内，财政收支运行平稳。").status == "delivered"
    above = _promise(convert, "今年赤字率拟按3%安排。", "财政赤字率为3.2%，财政收支运行平稳。")
    assert above.status == "not_reported" and above.short_of
