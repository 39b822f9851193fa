"""Two reports with a year missing between them (the 2024 report against the 2026 one): the new
report's stated changes (同比增长3.1%) are against the year before its own, which the old report
does not give, so none is checked against the old report's figure; the figures still pair."""

from __future__ import annotations

import opencc
import pytest

from reportdiff import compare, load_report

S2T = opencc.OpenCC("s2t").convert

REPORT = """政府工作报告
——{y}年1月12日在梅岭县第十九届人民代表大会第{n}次会议上
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、{x}年工作回顾
过去一年，全县一般公共预算收入{r}亿元，增长{g}%。
（一）项目建设提速。实施县级重点项目{p}个，同比增长{q}%。
二、{y}年工作任务
（一）扩大有效投资。实施县级重点项目70个。
"""


def _report(year: int, revenue: str, growth: str, projects: int, projects_growth: str, convert):
    return load_report(convert(REPORT.format(y=year, x=year - 1, n="三" if year < 2026 else "五", r=revenue, g=growth,
                                             p=projects, q=projects_growth)))


@pytest.mark.parametrize("convert", [lambda s: s, S2T], ids=["simplified", "traditional"])
def test_no_stated_change_is_checked_across_a_missing_year(convert) -> None:
    # -- 2026 reviews 2025: 16.8 against 2025's unknown figure, not 2023's 15.9 (+5.7%) --
    comparison = compare(_report(2024, "15.9", "4.6", 57, "9.6", convert), _report(2026, "16.8", "3.1", 63, "5.0", convert))
    figures = [f for f in comparison.figures if f.old is not None and f.new is not None]
    assert any(f.label.endswith("一般公共预算收入") for f in figures)  # -- still paired --
    assert all(f.claim_check is None for f in figures), [(f.label, f.claim_check) for f in figures]
    assert "years_missing" in [warning.code for warning in comparison.warnings]


@pytest.mark.parametrize("convert", [lambda s: s, S2T], ids=["simplified", "traditional"])
def test_stated_changes_of_successive_years_are_checked(convert) -> None:
    comparison = compare(_report(2025, "15.9", "4.6", 57, "9.6", convert), _report(2026, "16.8", "5.7", 63, "10.5", convert))
    checks = {f.label: f.claim_check for f in comparison.figures if f.claim_check}
    assert "consistent" in checks.values(), checks
