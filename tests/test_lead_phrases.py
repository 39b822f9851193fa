"""Measures headed by a lead phrase instead of a number: 强化组织领导：… and 【依法决策】…."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.display import place
from reportdiff.models import MeasureKind, Role
from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import compare, load_report

#: A street office's report whose measures open on lead phrases, two forms mixed.
STREET = """东湖街道{year}年法治政府建设工作报告
{year}年，东湖街道深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、主要工作及成效
健全工作机制：街道党工委专题研究法治建设工作{meetings}次，班子成员年终述法全覆盖。
【依法决策】重大事项全部经法律顾问合法性审查，出具审查意见{opinions}份。
【基层治理】建成矛盾纠纷调处中心，全年受理矛盾纠纷{disputes}件。
二、存在的不足
一是社区干部依法办事能力有待提升；二是执法力量不足。
三、{plan_year}年工作计划
压实法治责任：组织班子成员集中学法不少于4次。
【规范执法】开展综合执法人员业务培训不少于3次。
【源头治理】建设“法治驿站”{stations}个，推动矛盾纠纷就地化解。
"""


def _text(year: int, script: str, meetings: int = 5, opinions: int = 40, disputes: int = 1100, stations: int = 8) -> str:
    written = STREET.format(year=year, plan_year=year + 1, meetings=meetings, opinions=opinions,
                            disputes=disputes, stations=stations)
    return opencc.OpenCC("s2t").convert(written) if script == "t" else written


def _convert(script: str):
    return opencc.OpenCC("s2t").convert if script == "t" else str


@pytest.mark.parametrize("script", ["s", "t"])
def test_lead_phrases_title_measures(script: str) -> None:
    """Each paragraph opening on a lead phrase is a measure of its part, labelled 第N项 and
    titled by the phrase; the outline keeps the text whole."""
    convert = _convert(script)
    report = load_report(_text(2025, script))
    review = report.parts[0]
    assert [(m.id, m.kind, m.title) for m in review.measures] == [
        ("一/1", MeasureKind.ITEM, convert("健全工作机制")), ("一/2", MeasureKind.ITEM, convert("依法决策")),
        ("一/3", MeasureKind.ITEM, convert("基层治理"))]
    assert [place(m.id) for m in review.measures] == ["一、第1项", "一、第2项", "一、第3项"]
    assert review.measures[1].text.startswith(convert("【依法决策】重大事项"))
    assert [m.title for m in report.parts[2].measures] == [convert(t) for t in ("压实法治责任", "规范执法", "源头治理")]
    assert all(m.role is Role.PLANS for m in report.parts[2].measures)
    outline = "".join(block.text for block in report.blocks)
    assert norm_key(outline) == norm_key("".join(_text(2025, script).split()))


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_lead_phrase_is_no_promise_of_its_own(script: str) -> None:
    """The plan is what follows the lead phrase: one promise a measure, the phrase not in it."""
    convert = _convert(script)
    old = load_report(_text(2025, script))
    assert [norm_key(p.text) for p in old.plan_sentences] == [norm_key(convert(t)) for t in (
        "组织班子成员集中学法不少于4次。", "开展综合执法人员业务培训不少于3次。", "建设“法治驿站”8个，推动矛盾纠纷就地化解。")]
    new = load_report(_text(2026, script, stations=10).replace(
        convert("全年受理矛盾纠纷1100件。"), convert("全年受理矛盾纠纷1100件。建成“法治驿站”8个，推动矛盾纠纷就地化解。")))
    comparison = compare(old, new)
    assert len(comparison.promises) == 3
    assert sum(p.status == "delivered" for p in comparison.promises) >= 1
    # -- the measures pair by their lead phrase and body --
    assert {(m.old.id, m.new.id) for m in comparison.matches if m.old and m.new and m.old.part_id == "一"} == {
        ("一/1", "一/1"), ("一/2", "一/2"), ("一/3", "一/3")}


@pytest.mark.parametrize("text", [
    # -- one such paragraph alone is a paragraph: 今年的主要预期目标是：… --
    "一、主要工作\n主要做法：全年组织培训3次。\n我们还开展了法治宣传活动。\n",
    # -- a lead that announces points heads them, as before --
    "一、主要工作\n组织领导方面：一是召开会议3次；二是开展述法。\n依法决策方面：一是审查合同4份；二是聘请顾问。\n",
    # -- a clause that announces (…是：) is no lead phrase --
    "一、主要工作\n今年的主要目标是：培训3次。\n主要措施有：开展述法。\n",
    # -- a review's list of achievements (——…) stays narrative --
    "一、主要工作\n——经济运行：稳中有进，质效提升。\n——改革开放：取得新突破。\n",
])
def test_what_is_not_a_lead_phrase(text: str) -> None:
    report = load_report("某镇2025年法治政府建设年度报告\n" + text + "二、下一步工作打算\n开展培训。\n")
    assert not any(m.kind is MeasureKind.ITEM for m in report.parts[0].measures)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_lead_phrase_is_no_expression(script: str) -> None:
    """A lead phrase labels the field of work: a new one (【数字赋能】) is no new formulation,
    while the body's formulations still are."""
    convert = _convert(script)
    old = load_report(_text(2025, script))
    new = load_report(_text(2026, script).replace(convert("【源头治理】"), convert("【数字赋能】推广“非现场执法”系统，")))
    texts = {norm_key(e.text) for e in compare(old, new).expressions.new}
    assert not any(norm_key(convert("数字赋能")) in t for t in texts)
    assert any(norm_key(convert("“非现场执法”")) in t for t in texts)
