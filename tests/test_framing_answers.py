"""A framing sentence among the plans (the closing 各位代表，新的一年，让我们…) answers no shortcoming,
though it opens as the review's 各位代表，我们也清醒看到… does (a township's 政府工作报告, rl18)."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import load_report
from reportdiff.plans import analyse_plans

_S2T = opencc.OpenCC("s2t").convert

REPORT = """青石镇人民政府工作报告
——2025年1月10日在青石镇第十八届人民代表大会第五次会议上
各位代表：
一、2024年工作回顾
（一）产业发展提质增效。新引进亿元以上项目7个，规上工业产值达到51.8亿元。
（二）民生保障持续改善。新增城镇就业1020人。
各位代表，我们也清醒看到，全镇发展仍面临不少困难和挑战：工业项目储备不足，新兴产业占比偏低；养老托育等公共服务仍有短板。我们将高度重视，切实加以解决。
二、2025年工作安排
（一）聚力产业升级。全年引进亿元以上项目6个以上，培育新兴产业企业3家。
（二）聚力民生改善。新建村级养老服务站3个。
各位代表，新的一年，让我们真抓实干、奋勇争先，为建设富裕文明和美新青石而努力奋斗！
"""


@pytest.mark.parametrize("convert", [str, _S2T], ids=["s", "t"])
def test_the_closing_call_answers_no_shortcoming(convert) -> None:
    analysis = analyse_plans(load_report(convert(REPORT)))
    answers = [plan for record in analysis.shortcomings for plan in record.answered_by]
    assert answers, "the plans that take up the problems are found"
    assert not any(plan.framing for plan in answers), [plan.text for plan in answers]
