"""A plan accepting supervision (依法接受市人大及其常委会的监督) is continued by the supervision a
review reports (办理人大代表建议和政协委员提案), not by the supervisor's other work: a bill put to
the same congress (提请市人大常委会审议法规草案) is legislation (reportdiff.plan_evidence.
supervision_alike). Text of our own, both scripts."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import load_report
from reportdiff.plan_evidence import supervision_alike
from reportdiff.plans import analyse_plans

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(("plan", "evidence", "alike"), [
    ("依法接受市人大及其常委会的监督，自觉接受市政协的民主监督。", "提请市人大常委会审议法规草案5件。", False),
    ("依法接受市人大及其常委会的监督，自觉接受市政协的民主监督。", "认真办理人大代表建议和政协委员提案。", True),
    ("依法接受市人大及其常委会的监督。", "主动接受市人大常委会专题询问。", True),
    # -- a plan working with the congress, not accepting its supervision, is no such plan --
    ("提请市人大常委会审议物业管理条例草案。", "提请市人大常委会审议法规草案5件。", True),
])
def test_supervision_is_continued_by_supervision(script, plan: str, evidence: str, alike: bool) -> None:
    assert supervision_alike(norm_key(script(plan)), norm_key(script(evidence)), ["人大", "常委会"]) is alike


REPORT = """青原市政府工作报告
——2024年1月10日在青原市第十届人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全市上下共同努力，经济运行稳中向好。全市地区生产总值增长5.6%，一般公共预算收入增长6.1%。
我们坚持依法行政，提请市人大常委会审议地方性法规草案5件，制定修订政府规章3部。
二、2024年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
依法接受同级人大及其常委会的监督，自觉接受人民政协的民主监督，主动接受社会和舆论监督。提请市人大常委会审议物业管理条例草案。
"""


@SCRIPTS
def test_supervision_accepted_continues_no_bill(script, tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(script(REPORT), encoding="utf-8")
    linked = {norm_key(record.plan.text): [norm_key(link.sentence) for link in record.results]
              for record in analyse_plans(load_report(path)).plans}
    assert linked[norm_key(script("依法接受同级人大及其常委会的监督，自觉接受人民政协的民主监督，主动接受社会和舆论监督。"))] == []
    # -- a bill of its own continues the bills reported --
    bills = norm_key(script("我们坚持依法行政，提请市人大常委会审议地方性法规草案5件，制定修订政府规章3部。"))
    assert linked[norm_key(script("提请市人大常委会审议物业管理条例草案。"))] == [bills]
