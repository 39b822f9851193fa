"""A plan that lists what it means before 等 (培育低空经济等未来产业, 培育低空经济、生物制造等未来
产业) is reported by the review's work on one of those it names: the category after 等 is never
written again, and the items weigh too little of the plan to reach the promise threshold.

The reports are our own, in the shape of a city's 政府工作报告."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_OLD = """政府工作报告
——2024年1月18日在青川市第十七届人民代表大会第三次会议上
各位代表：
一、2023年工作回顾
2023年，全市地区生产总值增长5.8%。新增规模以上工业企业86家。
二、2024年重点工作
（一）培育壮大新兴产业。{plan}实施技改项目120个。
（二）增进民生福祉。建成城市书房12个。
"""
_NEW = """政府工作报告
——2025年1月16日在青川市第十七届人民代表大会第四次会议上
各位代表：
一、2024年工作回顾
2024年，全市地区生产总值增长5.6%。
（一）新兴产业加快培育。低空经济加快起势，引进无人机整机企业5家，开通低空物流航线3条。实施技改项目132个。
（二）民生福祉持续增进。新建社区食堂20个。
二、2025年重点工作
（一）推进产业升级。实施技改项目130个。
"""


@SCRIPTS
@pytest.mark.parametrize("plan", ["培育低空经济等未来产业。", "培育低空经济、生物制造、人工智能等未来产业。"])
def test_an_item_named_before_deng_reports_the_plan(script, plan: str) -> None:
    promises = compare(script(_OLD.format(plan=plan)), script(_NEW), expressions=False).promises
    found = [p for p in promises if script("未来产业") in p.plan.text]
    assert [p.status for p in found] == ["delivered"]
    assert script("低空经济加快起势") in found[0].evidence[0].sentence


@SCRIPTS
def test_a_list_none_of_whose_items_the_review_names_stays_unreported(script) -> None:
    plan = "培育生物制造、人工智能等未来产业。"
    promises = compare(script(_OLD.format(plan=plan)), script(_NEW), expressions=False).promises
    assert [p.status for p in promises if script("未来产业") in p.plan.text] == ["not_reported"]
    # -- a plan without 等 is judged on its words as before --
    assert [p.status for p in promises if script("城市书房") in p.plan.text] == ["not_reported"]
