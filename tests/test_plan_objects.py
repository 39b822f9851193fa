"""`reportdiff plans` on a 政府工作报告: a plan continues a result that names what it acts on,
not one sharing a common word (深入开展, 居民); sayings between the tasks and the address to the
congress are neither plans nor results. The report is written for the test, in both scripts."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.pipeline import plans

REPORT = """\
政府工作报告
——2024年1月10日在临江市第十六届人民代表大会第四次会议上
一、2023年工作回顾
过去一年，我们团结带领全市人民攻坚克难，经济社会发展主要目标任务圆满完成。
——经济保持恢复发展。地区生产总值增长6.1%，一般公共预算收入增长8.2%，居民消费价格上涨0.9%。
——生态环境持续改善。污染防治攻坚战深入开展，空气优良天数比例达到88%。
——民生保障有力有效。城镇新增就业5.2万人，新建社区养老服务中心12家。
各位代表！
二、2024年主要工作任务
（一）推动经济持续回升。多渠道促进居民增收，完善收入分配制度，提升消费能力。困难不容低估，信心不可动摇，干劲不能松懈。只要就业稳、收入增，我们就更有底气。
（二）加强国防动员。大力支持国防和军队建设，深入开展双拥活动。
（三）提升生态质量。深入打好污染防治攻坚战，空气优良天数比例稳定在88%以上。
（四）办好民生实事。新建社区养老服务中心10家。积极利用外资。
"""

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _records(script) -> dict:
    analysis = plans(script(REPORT))
    return analysis, {record.plan.text.rstrip("。"): record for record in analysis.plans}


@SCRIPTS
def test_a_plan_sharing_only_common_words_with_a_result_is_new(script) -> None:
    _, records = _records(script)
    for text in ("多渠道促进居民增收，完善收入分配制度，提升消费能力", "大力支持国防和军队建设，深入开展双拥活动"):
        assert records[script(text)].status == "new", text


@SCRIPTS
def test_a_plan_naming_the_results_object_continues_it(script) -> None:
    _, records = _records(script)
    assert records[script("深入打好污染防治攻坚战，空气优良天数比例稳定在88%以上")].status == "continues"
    assert records[script("新建社区养老服务中心10家")].status == "continues"


@SCRIPTS
def test_sayings_between_the_tasks_are_framing_and_short_tasks_plans(script) -> None:
    _, records = _records(script)
    assert records[script("困难不容低估，信心不可动摇，干劲不能松懈")].status == "framing"
    assert records[script("只要就业稳、收入增，我们就更有底气")].status == "framing"
    assert records[script("积极利用外资")].status != "framing"


@SCRIPTS
def test_the_address_to_the_congress_is_no_result_left_behind(script) -> None:
    analysis, _ = _records(script)
    assert all(script("各位代表") not in item.measure.text for item in analysis.not_carried)
