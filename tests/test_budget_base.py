"""A stated growth of a figure is on last year's actual figure: last year's budget (安排…, the
plans' figure) is no base to check it against, unless the report says so (比去年预算…)."""

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert

_OLD = ("2025年澜江市人民政府工作报告\n一、2024年工作回顾\n全市地区生产总值增长5.6%。\n二、2025年工作安排\n"
        "（一）积极的财政政策。今年全市一般公共预算支出安排320亿元，赤字率按2.5%安排。\n")
_NEW = ("2026年澜江市人民政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长5.4%。\n二、2026年工作安排\n"
        "（一）积极的财政政策。今年全市一般公共预算支出345亿元，增长8%。赤字率按2.7%安排，比去年预算高0.2个百分点。\n")


def _record(comparison, label_part: str):
    return next(f for f in comparison.figures if f.old and f.new and label_part in f.label)


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_growth_is_not_checked_against_last_years_budget(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    spending = _record(comparison, script("支出"))
    assert (spending.old.raw, spending.new.raw) == (script("320亿元"), script("345亿元"))
    assert spending.claim is not None and spending.claim_check is None


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_change_on_last_years_budget_is_checked(script) -> None:
    deficit = _record(compare(script(_OLD), script(_NEW)), script("赤字率"))
    assert deficit.claim_check == "consistent"
