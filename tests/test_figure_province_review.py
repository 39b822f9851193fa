"""Figures of a province's 政府工作报告 as a new reader checks them (figlabel39): runs of a
transport service counted in 列/趟/班, 分别 lists of town and village, labels that name the
indicator and not the words around it, and size thresholds that belong to what is counted.
Constructed texts, Simplified and Traditional."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures

_T = OpenCC("s2t").convert
_SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


def _found(text: str) -> list[tuple[str, str, str]]:
    """(as written, unit, label) of each figure of ``text``; labels and units are Simplified."""
    return [(f.raw, f.unit, f.label) for f in extract_figures(text) if not f.is_change]


@pytest.mark.parametrize("text, expected", [
    # -- trains and bus runs are counted as things are: the unit stays the unit --
    ("全年开行中欧班列1200列，新增公交线路20条、班次300趟。",
     [("1200列", "列", "中欧班列"), ("20条", "条", "公交线路"), ("300趟", "趟", "班次")]),
    ("开行1.2万列中欧班列，每周国际航班达到80班。", [("1.2万列", "列", "中欧班列"), ("80班", "班", "每周国际航班")]),
    ("新增城乡公交班次300班次。", [("300班次", "班次", "城乡公交班次")]),
    ("开行两趟旅游专列。", [("两趟", "趟", "旅游专列")]),
    # -- 列入, 班子 and 列车 are words, no unit --
    ("12个项目列入省级重点项目，村级领导班子3个。", [("12个", "个", "项目"), ("3个", "个", "村级领导班子")]),
])
@_SCRIPTS
def test_runs_of_a_transport_service_are_counted_in_their_units(script, text, expected) -> None:
    assert _found(script(text)) == [(script(raw), unit, label) for raw, unit, label in expected]
