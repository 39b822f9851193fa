"""完成年度投资 in a review is the investment of the projects named before it (实施市级重大项目312个，
完成年度投资… → 市级重大项目投资, as 完成投资 already was; 重大项目完成年度投资 names them itself), not
any body's bare 年度投资: two sentences' investments pair only when their projects do."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(("text", "label"), [
    ("实施市级重大项目312个，完成年度投资860亿元。", "市级重大项目投资"),
    ("全县重点项目建设提速，完成年度投资86亿元。", "重点项目投资"),
    ("省重点项目完成年度投资120亿元。", "省重点项目完成年度投资"),
    ("全年完成固定资产投资86亿元。", "固定资产投资"),
])
def test_an_investment_is_named_by_its_projects(script, text: str, label: str) -> None:
    assert [f.label for f in extract_figures(script(text)) if f.unit == "元"] == [label]


def _county(year: int, review: str) -> str:
    return (f"{year}年澄江县人民政府工作报告\n一、{year - 1}年工作回顾\n（一）项目建设。{review}\n"
            f"二、{year}年工作任务\n（一）扩大有效投资。实施重点项目100个以上。\n")


@SCRIPTS
def test_investments_of_other_projects_do_not_pair(script) -> None:
    old = _county(2025, "实施县级重点项目96个，完成年度投资86亿元。民生实事项目12项全部完成，完成年度投资9亿元。")
    new = _county(2026, "实施县级重点项目102个，完成年度投资91亿元。")
    pairs = {(f.old.raw, f.new.raw) for f in compare(script(old), script(new), expressions=False).figures
             if f.old and f.new and f.unit == "元"}
    assert pairs == {(script("86亿元"), script("91亿元"))}
