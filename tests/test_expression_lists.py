"""Enumerations (expression_lists): no fragment of a list is listed as a formulation."""

from __future__ import annotations

import opencc
import pytest
from conftest import new_expressions

from reportdiff import expression_lists as lists
from reportdiff.expression_spans import fit
from reportdiff.normalize import key
from reportdiff.segment import tokenize


def _fitted(clause: str, span: str) -> str | None:
    """Return ``span`` of ``clause`` fitted to the clause's list (its text), None when refused."""
    tokens = tuple(tokenize(key(clause)))
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token))
    text = "".join(tokens)
    at = text.index(key(span))
    start, end = offsets.index(at), offsets.index(at + len(key(span)))
    found = lists.items(tokens, 0, len(tokens))
    fitted = fit(lists.Listing(tokens, offsets, found), offsets, start, end)
    return None if fitted is None else "".join(tokens[fitted[0]:fitted[1]])


@pytest.mark.parametrize(("clause", "span", "fitted"), [
    # -- the last item with the tail the items share: the whole list --
    ("深入打好蓝天、碧水、净土保卫战", "净土保卫战", "打好蓝天、碧水、净土保卫战"),
    ("建立与公、检、法等司法机关联动机制", "法等司法机关联动机制", "公、检、法等司法机关联动机制"),
    ("探索宅基地所有权、资格权、使用权分置改革", "使用权分置改革", "宅基地所有权、资格权、使用权分置改革"),
    ("推进中美、中欧投资协定谈判", "中欧投资协定", "中美、中欧投资协定"),
    ("经济总量不大、产业层次不高的状况尚未根本改变", "产业层次不高的状况尚未根本改变",
     "经济总量不大、产业层次不高的状况尚未根本改变"),
    # -- the first item with the head the items share: the item alone, or nothing when too short --
    ("实施就业优先战略、乡村振兴战略", "实施就业优先战略", "就业优先战略"),
    ("统筹推进粮食安全、乡村发展", "统筹推进粮食安全", None),
    ("全面贯彻党的二十大和二十届二中、三中全会精神", "全面贯彻党的二十大和二十届二中", None),
    # -- the last items of a list closed by 等, without the first ones --
    ("学习统计、行政复议法、公平竞争审查以及生活垃圾管理条例等主题", "公平竞争审查以及生活垃圾管理条例", None),
    # -- items that stand alone stay as they are --
    ("加强执法人员专业培训、提升法律适用能力", "提升法律适用能力", "提升法律适用能力"),
    ("推动落实全球发展倡议、全球安全倡议", "全球安全倡议", "全球安全倡议"),
    ("制定民法典、民营经济促进法、公平竞争审查条例", "民营经济促进法", "民营经济促进法"),
    ("深入打好蓝天、碧水、净土保卫战", "深入打好蓝天、碧水、净土保卫战", "深入打好蓝天、碧水、净土保卫战"),
    # -- a verb inside the first item, not opening the list: the item is cut nowhere --
    ("经受了外部环境加快变化、自然灾害频发、房地产市场调整等多重考验", "房地产市场调整等多重考验",
     "外部环境加快变化、自然灾害频发、房地产市场调整等多重考验"),
    ("实现更高质量、更有效率、更加公平的发展", "更高质量、更有效率、更加公平的发展", "更高质量、更有效率、更加公平的发展"),
])
@pytest.mark.parametrize("script", ["s", "t"])
def test_a_span_takes_a_list_whole_or_one_item_alone(script: str, clause: str, span: str,
                                                     fitted: str | None) -> None:
    if script == "t":
        convert = opencc.OpenCC("s2t").convert
        clause, span = convert(clause), convert(span)
    assert _fitted(clause, span) == fitted


OLD = """2024年临山县人民政府工作报告
一、2023年工作回顾
过去一年，全县经济运行总体平稳。
二、2024年工作任务
（一）推进生态建设。开展河道清淤行动。
（二）深化农村改革。稳妥推进宅基地制度改革。
（三）加强自身建设。严格落实中央八项规定精神。
"""

NEW = """2025年临山县人民政府工作报告
一、2024年工作回顾
过去一年，全县经济运行总体平稳，但仍存在一些不足。
二、2025年工作任务
2025年是“十五五”谋篇布局之年。全县经济社会发展的主要目标是：地区生产总值增长6%左右。
（一）推进生态建设。深入打好蓝天、碧水、净土保卫战。建立与公、检、法等司法机关联动机制。
（二）深化农村改革。探索宅基地所有权、资格权、使用权分置改革。运用大数据、人工智能等信息技术赋能基层治理。
（三）加强自身建设。我县将继续坚持以人民为中心的发展思想。对照新形势新要求，重点推进以下重大任务。推动各项任务落地见效。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_no_fragment_of_a_list_is_listed(script: str) -> None:
    listed = new_expressions(OLD, NEW, script)
    for item in listed:
        # -- an item with the tail its list shares, or the list's last items alone --
        assert not item.startswith(("净土", "法等", "使用权", "人工智能", "检、法")), listed
    assert any("蓝天、碧水、净土保卫战" in item for item in listed), listed
    assert any("所有权、资格权、使用权分置改革" in item for item in listed), listed


_DUTIES_OLD = """青溪镇2024年法治政府建设年度报告
一、主要工作及成效
（一）加强党的领导。镇党委书记、镇长切实履行推进法治建设第一责任人职责。
二、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记、镇长切实履行第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。
三、下一步工作打算
（一）深化法治宣传教育。
"""

_DUTIES_NEW = """青溪镇2025年法治政府建设年度报告
一、主要工作及成效
（一）加强党的领导。镇党委书记、镇长切实履行推进法治建设第一责任人职责。
二、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记、镇长认真履行第一责任人职责，把法治建设作为“一把手”工程。
三、下一步工作打算
（一）深化法治宣传教育。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_formula_of_listed_items_is_listed_once_whole(script: str) -> None:
    """Four parallel duties dropped together (重要工作亲自部署、…、重要任务亲自督办) are one formula a
    reader quotes once, not four rows (a reviewer's township pair, review38); the whole may be
    longer than one expression."""
    dropped = new_expressions(_DUTIES_NEW, _DUTIES_OLD, script)
    whole = key("重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办")
    if script == "t":
        whole = key(opencc.OpenCC("s2t").convert(whole))
    assert whole in dropped, dropped
    assert sum("亲自" in item or "親自" in item for item in dropped) == 1, dropped
