"""A plan to set up a facility (建设行政争议调解中心, 搭建…服务平台) is delivered only by a review
that names what was built: a paragraph about the same work (化解行政争议, 人民调解) reports no
中心. The reports are written for the test in the shape of a 司法局's 法治 report, both scripts.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _report(year: int, review: str, plan: str) -> str:
    return (f"青岚市司法局{year}年法治政府建设年度报告\n"
            f"{year}年，青岚市司法局坚持以习近平法治思想为指导，扎实推进法治政府建设。\n"
            f"一、{year}年主要工作及成效\n（一）推进行政复议和矛盾纠纷化解\n{review}\n"
            f"二、存在的不足\n基层调解力量仍较薄弱。\n"
            f"三、{year + 1}年工作安排\n（一）做优行政复议和调解。{plan}推动行政复议与人民调解衔接联动。\n")


OLD = _report(2024, "全年受理行政复议案件1386件，通过调解和解方式化解行政争议402件。",
              "建设行政争议调解中心。搭建公共法律服务网上平台。")


@SCRIPTS
@pytest.mark.parametrize(("review", "status"), [
    # -- the same work, no 中心: not reported --
    ("我局把行政复议作为化解行政争议的主渠道，把人民调解作为化解矛盾纠纷的第一道防线。", "not_reported"),
    # -- the 中心 built: delivered --
    ("建成市行政争议调解中心，全年调处行政争议316件。", "delivered"),
])
def test_a_facility_is_delivered_only_by_what_was_built(script, review: str, status: str) -> None:
    new = _report(2025, review + "全年受理行政复议案件1652件。", "深化行政复议体制改革。")
    comparison = compare(script(OLD), script(new))
    promise = next(p for p in comparison.promises if "调解中心" in OpenCC("t2s").convert(p.plan.text))
    assert promise.status == status, [(e.measure.id, e.shared_terms) for e in promise.evidence]
