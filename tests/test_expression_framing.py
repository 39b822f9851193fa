"""Framing (expression_framing): what a report says around its formulations is none of them."""

from __future__ import annotations

import opencc
import pytest
from conftest import new_expressions

from reportdiff.expression_framing import frames
from reportdiff.normalize import key


@pytest.mark.parametrize("text", [
    "但仍存在一些不足", "但对照新形势新要求", "我局将继续坚持以习近平法治思想为指导", "我局法治政府建设取得新进展",
    "全县经济社会发展的主要目标是", "县政府团结依靠全县人民", "市政协的监督支持下", "重点推进以下重大任务",
    "2026年是“十五五”开局之年", "建设承前启后的重要一年", "青溪发展极不平凡的五年", "推动各项任务落地见效",
    "发展中还存在不少困难和问题", "清醒看到存在的困难和问题", "面对多重困难挑战", "“十五五”时期",
    # -- what points back at what was said, or forwards a bill to the congress --
    "围绕这些目标", "落实上述措施", "纲要草案提请大会审查",
    # -- the answer a report gives to its shortcomings, in general (found by a probe) --
    "认真加以解决", "我们将高度重视", "切实加以改进",
    # -- a document named by its kind only points back at the one before the congress --
    "《纲要草案》", "《报告》", "《实施方案》", "《决定》",
    # -- what a decision is good for explains it --
    "有利于引导各方面集中精力推进改革", "有助于稳定市场预期",
    # -- the means by which something is done --
    "通过公开招录、遴选等方式", "通过购买服务等形式",
    # -- the general requirements announced (a township's 政府工作报告, rl18) --
    "2024年政府工作的总体要求是", "今年工作的总体要求是",
    # -- how much the year's work matters, a time adverbial, a plan named by where it is written,
    #    who chairs a leading group (a reviewer's provincial and township pairs, review38) --
    "做好今年政府工作至关重要", "抓好全年工作意义重大", "新征程上", "站在新的起点上", "写入规划纲要",
    "纳入规划", "由镇党委书记任组长", "镇长任常务副组长", "分管副县长担任副组长",
    # -- the occasion a body takes, and a body naming itself as the subject of what it will do
    #    (a ministry's and a bureau's reports, review39) --
    "交通运输部将以“十五五”开局为契机", "以“十五五”开局为契机", "市生态环境局将持续深化", "国务院将提请审议",
])
def test_framing_is_no_formulation(text: str) -> None:
    assert frames(key(text))
    assert frames(key(opencc.OpenCC("s2t").convert(text)))


@pytest.mark.parametrize("text", [
    "城乡基础设施还有短板", "推进省以下财政体制改革", "坚持以人民为中心的发展思想", "严厉打击拐卖、收买妇女儿童犯罪行为",
    "稳健的货币政策要灵活适度", "全国统一大市场", "立足新发展阶段", "全面深化改革", "实事求是",
    "城镇新增就业1100万人以上", "高度重视粮食安全", "解决群众急难愁盼问题",
    "《中国制造2025》", "《法治政府建设实施纲要》", "《优化营商环境条例》", "《告台湾同胞书》",
    "营造有利于创新创业的环境", "通过立法确立生态补偿机制",
    "保障粮食安全至关重要", "纳入国家储备", "实施组长负责制",
    "以供给侧结构性改革为主线", "各级政府要坚持过紧日子", "全部将纳入监管", "将长三角区域一体化发展上升为国家战略",
])
def test_a_formulation_is_no_framing(text: str) -> None:
    assert not frames(key(text))


OLD = """2024年临山县人民政府工作报告
一、2023年工作回顾
过去一年，全县经济运行总体平稳。
二、2024年工作任务
（一）推进生态建设。开展河道清淤行动。
（二）加强自身建设。严格落实中央八项规定精神。
"""

NEW = """2025年临山县人民政府工作报告
一、2024年工作回顾
过去一年，全县经济运行总体平稳，但仍存在一些不足。
二、2025年工作任务
2025年是“十五五”谋篇布局之年。全县经济社会发展的主要目标是：地区生产总值增长6%左右。
（一）推进生态建设。开展河湖生态修复行动。
（二）加强自身建设。我县将继续坚持以人民为中心的发展思想。对照新形势新要求，重点推进以下重大任务。推动各项任务落地见效。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_no_frame_of_the_report_is_listed(script: str) -> None:
    listed = new_expressions(OLD, NEW, script)
    for item in listed:
        assert not item.startswith(("但", "对照", "我县", "全县")), listed
        assert not item.endswith(("之年", "目标是")) and "以下" not in item and "各项任务" not in item, listed
    assert any("河湖生态修复行动" in item for item in listed), listed
