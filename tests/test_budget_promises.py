"""A 预算 report's plans are found among review sentences that all name the budget (一般公共预算),
as they are in the shape of such reports; written for the test, both scripts."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from conftest import budget_report as _budget

from reportdiff.normalize import key
from reportdiff.pipeline import compare

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
def test_a_budget_plan_is_found_among_sentences_that_all_name_the_budget(script) -> None:
    """Every sentence of a 预算 report's review says 一般公共预算: the name is still one specific
    word, so a plan naming it and its side (收入) finds the sentence reporting that side."""
    review = ("全区一般公共预算收入88.5亿元，为预算的102.3%，增长6.1%。其中，税收收入61.2亿元，增长4.2%。"
              "全区一般公共预算支出152.6亿元，为预算的98.7%，增长2.4%。民生支出118.3亿元，占一般公共预算支出的77.5%。")
    old = _budget(2025, "全区一般公共预算收入83.4亿元，为预算的100.9%，增长3.2%。", "全力做好一般公共预算收入工作。")
    new = _budget(2026, review, "收入预期增长5%左右。")
    [promise] = compare(script(old), script(new), expressions=False).promises
    assert promise.status == "delivered"
    assert key(promise.evidence[0].sentence).startswith(key(script("全区一般公共预算收入88.5亿元")))


@SCRIPTS
def test_budget_targets_are_met_by_the_amount_and_the_share_they_name(script) -> None:
    """收入预期增长4%左右 is met by the income's growth stated after its ratio to plan, 民生支出
    占比 by the share stated after the amount (占一般公共预算支出的…)."""
    review = ("全区一般公共预算收入88.5亿元，为预算的102.3%，增长6.1%。其中，税收收入61.2亿元，增长4.2%。"
              "全区一般公共预算支出152.6亿元，为预算的98.7%，增长2.4%。民生支出118.3亿元，占一般公共预算支出的77.5%。")
    old = _budget(2025, "全区一般公共预算收入83.4亿元，为预算的100.9%，增长3.2%。",
                  "一般公共预算收入预期增长5%左右，安排87.6亿元。民生支出占比保持在77%左右。")
    new = _budget(2026, review, "收入预期增长5%左右。")
    promises = compare(script(old), script(new), expressions=False).promises
    assert [p.status for p in promises] == ["delivered", "delivered"]
    assert key(promises[0].evidence[0].sentence).startswith(key(script("全区一般公共预算收入88.5亿元")))
    assert key(promises[1].evidence[0].sentence).startswith(key(script("民生支出118.3亿元")))
