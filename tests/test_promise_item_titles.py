"""An item's title that is a plan is delivered by the review's item of the same object.

The reports are written for the test: a county office's 法治政府建设年度报告 of two years whose
plans are numbered items, a title and its tasks, and whose next review numbers its work alike,
under a title it wrote the year before (no fresh sentence: only the item's others report).
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import compare

OLD = """\
柳溪县2025年法治政府建设年度报告
一、2025年法治政府建设工作情况
1.夯实普法宣传第一责任。全县26个部门主要负责人全部述法。
2.推进政务公开。主动公开政府信息3210条。
二、2026年工作打算
1.持续夯实普法宣传责任。制定普法责任清单，将普法考核延伸至村（社区），组织主题普法活动不少于80场。
2.持续强化复议监督职能。推行复议案件繁简分流，实现案件平均审理期限缩短10天。
"""

NEW = """\
柳溪县2026年法治政府建设年度报告
一、2026年法治政府建设工作情况
1.夯实普法宣传第一责任。印发《柳溪县2026年普法责任清单》，明确责任事项57项。普法考核延伸至全部村（社区）。组织主题普法活动92场。
2.推进政务公开。主动公开政府信息3568条。推行复议案件繁简分流，审理案件64件。
二、2027年工作打算
1.深化法治乡村建设。开展“民主法治示范村”创建。
"""

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _holding(promises, fragment: str) -> list:
    return [p for p in promises if fragment in p.plan.text]


@SCRIPTS
def test_an_item_title_is_delivered_by_the_reviews_item_of_its_object(script) -> None:
    promises = compare(script(OLD), script(NEW), expressions=False).promises
    found = _holding(promises, script("持续夯实普法宣传责任"))
    assert [p.status for p in found] == ["delivered"]
    # -- the review item's first sentence after its title --
    assert [key(e.sentence) for e in found[0].evidence] == [
        key(script("印发《柳溪县2026年普法责任清单》，明确责任事项57项。"))]


@SCRIPTS
def test_an_item_title_whose_tasks_are_told_under_another_title_is_not_delivered(script) -> None:
    promises = compare(script(OLD), script(NEW), expressions=False).promises
    # -- 繁简分流 is told under 推进政务公开: that item is of another object --
    assert [p.status for p in _holding(promises, script("繁简分流"))] == ["delivered"]
    assert [p.status for p in _holding(promises, script("持续强化复议监督职能"))] == ["not_reported"]


# -- a city's 政府工作报告 of our own: items under a （一） heading, each a title and its tasks; the
#    review tells the tasks in paragraphs of its own wording, never the title's words --
CITY_OLD = """政府工作报告
——2024年1月18日在青川市第十七届人民代表大会第三次会议上
各位代表：
一、2023年工作回顾
2023年，全市地区生产总值增长5.8%。新设经营主体2.1万户。
二、2024年重点工作
（一）持续优化营商环境
1.擦亮“青川办事不求人”服务品牌。设立“办不成事”反映窗口。建设12345热线企业服务专席。
2.打造“青川好店”消费品牌。评选“青川好店”100家。举办夜间消费节。
"""
CITY_NEW = """政府工作报告
——2025年1月16日在青川市第十七届人民代表大会第四次会议上
各位代表：
一、2024年工作回顾
2024年，全市地区生产总值增长5.6%。
（一）营商环境持续优化。设立“办不成事”反映窗口21个，12345热线企业服务专席开通运行。评选“青川好店”102家。
二、2025年重点工作
（一）持续优化营商环境。推行经营主体歇业“一件事”。
"""


@SCRIPTS
def test_a_title_is_delivered_when_all_its_tasks_are(script) -> None:
    promises = compare(script(CITY_OLD), script(CITY_NEW), expressions=False).promises
    title = _holding(promises, script("擦亮“青川办事不求人”服务品牌"))
    assert [p.status for p in title] == ["delivered"]
    assert title[0].evidence[0].sentence.startswith(script("设立“办不成事”反映窗口21个"))
    # -- a title one of whose tasks the review does not tell (举办夜间消费节) is not delivered --
    assert [p.status for p in _holding(promises, script("举办夜间消费节"))] == ["not_reported"]
    assert [p.status for p in _holding(promises, script("打造“青川好店”消费品牌"))] == ["not_reported"]
