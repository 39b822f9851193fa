"""The shortcomings paragraph of a 政府工作报告's review (我们也清醒看到…) succeeds last year's,
whatever the two say: a review turns to its problems once a year."""

from __future__ import annotations

import opencc
import pytest
from test_parts_over_sections import YEAR_2025, YEAR_2026, _text

from reportdiff.models import Role, Status
from reportdiff.pipeline import compare, load_report

COUNTY = """某县{year}年政府工作报告
各位代表：
一、{last}年工作回顾
过去一年，全县地区生产总值增长{growth}%。
（一）扩大有效投资。实施县级重点项目{projects}个，完成投资{invested}亿元。
（二）办好民生实事。城镇新增就业{jobs}人，改造农村公路{roads}公里。
{problems}
二、{year}年工作安排
（一）扩大有效投资。实施县级重点项目{plan}个。
（二）办好民生实事。新建幼儿园3所。
"""

OLD_PROBLEMS = "我们也清醒看到，当前还面临不少困难：工业支撑不强，财政收支平衡难度加大，城乡基础设施仍有短板。"
NEW_PROBLEMS = "在肯定成绩的同时，我们也清醒认识到，发展中还存在一些问题：经济总量偏小，县级财力紧张，少数干部担当不足。"


def _county(year: int, problems: str, script: str) -> str:
    text = COUNTY.format(year=year, last=year - 1, growth=5 + year % 10 / 10, projects=100 + year % 10,
                         invested=150 + year % 10, jobs=3000 + year % 10, roads=100 + year % 10,
                         plan=110 + year % 10, problems=problems)
    return opencc.OpenCC("s2t").convert(text) if script == "t" else text


def _problems_match(comparison):
    return [m for m in comparison.matches
            if (m.old is not None and m.old.role is Role.SHORTCOMINGS) or (m.new is not None and m.new.role is Role.SHORTCOMINGS)]


@pytest.mark.parametrize("script", ["s", "t"])
def test_this_year_s_problems_succeed_last_year_s(script: str) -> None:
    comparison = compare(_county(2025, OLD_PROBLEMS, script), _county(2026, NEW_PROBLEMS, script))
    [match] = _problems_match(comparison)
    assert match.status is Status.MODIFIED and match.method == "role"
    assert match.old.text.endswith("仍有短板。") and match.new.text.endswith("擔當不足。" if script == "t" else "担当不足。")


@pytest.mark.parametrize("script", ["s", "t"])
def test_in_a_report_of_chapters_too(script: str) -> None:
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    comparison = compare(load_report(convert(_text(YEAR_2025))), load_report(convert(_text(YEAR_2026))))
    [match] = _problems_match(comparison)
    assert match.old is not None and match.new is not None
    assert (match.old.id, match.new.id) == ("第一部分/¶2", "第一部分/¶2")


def test_two_problem_paragraphs_on_one_side_are_left_to_their_words() -> None:
    """Which of two paragraphs succeeds last year's one is not for the role to say."""
    new = _county(2026, NEW_PROBLEMS + "\n同时也要看到，政府自身建设还存在一些不足：有的部门服务意识不强。", "s")
    comparison = compare(_county(2025, OLD_PROBLEMS, "s"), new)
    assert all(m.method != "role" for m in comparison.matches)
    assert sum(m.status is Status.NEW for m in _problems_match(comparison)) == 2
