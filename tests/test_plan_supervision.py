"""A plan accepting supervision (依法接受市人大及其常委会的监督) is continued by the supervision a
review reports (办理人大代表建议和政协委员提案), not by the supervisor's other work: a bill put to
the same congress (提请市人大常委会审议法规草案) is legislation (reportdiff.plan_evidence.
supervision_alike). Text of our own, both scripts."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from conftest import city_report, plan_links
from reportdiff.normalize import key as norm_key
from reportdiff.plan_evidence import supervision_alike

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


REVIEW = "我们坚持依法行政，提请市人大常委会审议地方性法规草案5件，制定修订政府规章3部。"
PLANS = ("依法接受同级人大及其常委会的监督，自觉接受人民政协的民主监督，主动接受社会和舆论监督。"
         "提请市人大常委会审议物业管理条例草案。")


@SCRIPTS
def test_supervision_accepted_continues_no_bill(script, tmp_path) -> None:
    linked = plan_links(script(city_report(REVIEW, PLANS)), tmp_path / "report.txt")
    assert linked[norm_key(script("依法接受同级人大及其常委会的监督，自觉接受人民政协的民主监督，主动接受社会和舆论监督。"))] == []
    # -- a bill of its own continues the bills reported --
    assert linked[norm_key(script("提请市人大常委会审议物业管理条例草案。"))] == [norm_key(script(REVIEW))]
