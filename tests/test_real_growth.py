"""Real growth cannot be checked from nominal figures (fix21b item 4): 实际增长 beside an amount in
current prices is 不可核对, however the sentence puts it (…，实际增长5.1%; 比上年实际增长…); the
rate keeps 实际 in its label, and a real growth rate is never paired with a nominal one.
Our own report text in a province's shape; Simplified and Traditional."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff import display
from reportdiff.figures import extract_figures
from reportdiff.normalize import key
from reportdiff.pipeline import compare

from conftest import province_head

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

OLD = province_head("滨江省", "2024年1月21日", "二") + """一、2023年工作回顾
全省居民人均可支配收入3.2万元，实际增长5.8%。城镇居民人均可支配收入名义增长6.1%。
二、2024年主要目标和重点工作
（一）壮大实体经济。
"""
NEW = province_head("滨江省", "2025年1月19日", "三") + """一、2024年工作回顾
全省居民人均可支配收入3.4万元，比上年实际增长5.1%。城镇居民人均可支配收入实际增长4.9%。
二、2025年主要目标和重点工作
（一）壮大实体经济。
"""


@SCRIPTS
@pytest.mark.parametrize("sentence", ["全省居民人均可支配收入3.4万元，实际增长5.1%。",
                                      "全省居民人均可支配收入3.4万元，比上年实际增长5.1%。"])
def test_the_real_rate_keeps_its_name_and_is_the_amounts_stated_change(script, sentence: str) -> None:
    amount, rate = extract_figures(script(sentence))
    assert key(rate.label) == "居民人均可支配收入实际增长" and rate.is_change
    assert amount.comparison is not None and key(amount.comparison.text).endswith("实际增长5.1%")


@SCRIPTS
def test_a_real_growth_against_two_nominal_amounts_is_not_checkable(script) -> None:
    figures = compare(script(OLD), script(NEW), expressions=False).figures
    income = next(f for f in figures if f.old is not None and f.new is not None and f.unit == "元")
    assert income.claim is not None and income.claim_check is None
    assert display.claim_verdict(income) == "不可核对"
    assert display.claim_verdict(income, "en") == "not checkable"


@SCRIPTS
def test_real_and_nominal_growth_are_two_indicators(script) -> None:
    figures = compare(script(OLD), script(NEW), expressions=False).figures
    for f in figures:
        if f.old is not None and f.new is not None:
            assert ("名义" in key(f.old.label)) == ("名义" in key(f.new.label)), (f.old.raw, f.new.raw)
    town = [f for f in figures if "城镇" in key(f.label)]
    assert {(f.old is None, f.new is None) for f in town} == {(True, False), (False, True)}
