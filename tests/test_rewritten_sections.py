"""A section whose heading carries its whole body on one line (（一）深化数字法院建设。上线…) is one
measure: where two such sections pair, their measures pair too, however the body was rewritten.
Otherwise the section pair is listed as renamed while its measure reads as new and dropped."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.models import Status
from reportdiff.pipeline import compare

REPORT = """某市中级人民法院工作报告
一、{last}年主要工作
全年受理各类案件{cases}件，审结{closed}件。
二、{year}年工作安排
{items}
"""

OLD_ITEMS = ("（一）推进智慧法院建设。网上立案率达到85%以上。\n"
             "（二）加强诉源治理。在全市乡镇设立调解工作站。")
NEW_ITEMS = ("（一）深化智慧法院建设。上线移动办案平台，实现电子卷宗随案同步生成全覆盖。\n"
             "（二）加强诉源治理。在全市乡镇设立调解工作站。")


def _report(year: int, items: str, script: str) -> str:
    text = REPORT.format(year=year, last=year - 1, cases=180000 + year, closed=170000 + year, items=items)
    return opencc.OpenCC("s2t").convert(text) if script == "t" else text


def _plan_matches(comparison):
    return [m for m in comparison.matches
            if (m.old is not None and m.old.id.startswith("二/")) or (m.new is not None and m.new.id.startswith("二/"))]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_renamed_section_s_one_measure_is_modified_not_new_and_dropped(script: str) -> None:
    comparison = compare(_report(2025, OLD_ITEMS, script), _report(2026, NEW_ITEMS, script))
    found = _plan_matches(comparison)
    assert [(m.status, m.old.id, m.new.id) for m in found if m.old and m.new] == [
        (Status.MODIFIED, "二/(一)", "二/(一)"), (Status.CONTINUED, "二/(二)", "二/(二)")]
    assert all(m.old is not None and m.new is not None for m in found)
    sections = {(s.old.id, s.new.id) for s in comparison.sections if s.old and s.new}
    assert {("二/(一)", "二/(一)"), ("二/(二)", "二/(二)")} <= sections


@pytest.mark.parametrize("script", ["s", "t"])
def test_sections_that_do_not_pair_leave_their_measures_apart(script: str) -> None:
    """Only the section pair speaks for the measures: a heading about something else stays new."""
    new_items = "（一）深化智慧法院建设。上线移动办案平台。\n（二）强化未成年人司法保护。开设家庭教育指导课堂。"
    comparison = compare(_report(2025, OLD_ITEMS, script), _report(2026, new_items, script))
    by_new = {m.new.id: m for m in _plan_matches(comparison) if m.new is not None}
    assert by_new["二/(一)"].status is Status.MODIFIED
    assert by_new["二/(二)"].status is Status.NEW
