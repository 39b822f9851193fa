"""A local budget's revenue grows 同口径 / 按可比口径 (on a comparable basis, after tax changes):
the rate is the revenue's growth, compared year over year, and two raw amounts cannot check it
(issue 7). The sentences are written for the test."""

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert
_SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


@pytest.mark.parametrize("text", ["一般公共预算收入218亿元，同口径增长5.1%。",
                                  "一般公共预算收入218亿元，按可比口径增长5.1%。"])
@_SCRIPTS
def test_a_rate_on_a_comparable_basis_is_the_revenues(script, text) -> None:
    found = {f.raw: f for f in extract_figures(script(text))}
    assert found["5.1%"].label == "一般公共预算收入增长" and found["5.1%"].is_change


def _city(year: int, review: str) -> str:
    return (f"{year}年临溪市政府工作报告\n——{year}年1月25日在临溪市第十七届人民代表大会第四次会议上\n"
            f"一、{year - 1}年工作回顾\n{review}\n二、{year}年工作安排\n（一）做强实体经济。新增规模以上工业企业50家。\n")


@_SCRIPTS
def test_a_comparable_rate_pairs_and_is_not_checked_against_raw_amounts(script) -> None:
    old = _city(2023, "全市一般公共预算收入218亿元，同口径增长5.1%。")
    new = _city(2024, "全市一般公共预算收入240亿元，同口径增长3.0%。")
    changes = {f.label: f for f in compare(script(old), script(new), expressions=False).figures if f.old and f.new}
    assert changes["一般公共预算收入增长"].old.raw == "5.1%"
    # -- 218 → 240 is +10.1%: the comparable basis says 3.0%, and that is no contradiction --
    assert changes["一般公共预算收入"].claim_check != "inconsistent"
