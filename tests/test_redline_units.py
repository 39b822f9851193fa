"""Compound units stay whole in a redline (fix21b item 5): 4.06万亿元 → 5.66万亿元, 30微克/立方米 →
29微克/立方米, 1个百分点 → 0.5个百分点 and 0.45吨标准煤/万元 → 0.43吨标准煤/万元 show the figure
changing, never a unit cut in pieces with part of it left equal. Simplified and Traditional."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.diff import redline, token_spans

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

PAIRS = [
    ("赤字规模4.06万亿元，比上年增加1.6万亿元。", "赤字规模5.66万亿元，比上年增加1.6万亿元。", "4.06万亿元", "5.66万亿元"),
    ("粮食产量1.3万亿斤以上。", "粮食产量1.4万亿斤以上。", "1.3万亿斤", "1.4万亿斤"),
    ("外汇储备稳定在3.2万亿美元。", "外汇储备稳定在3.3万亿美元。", "3.2万亿美元", "3.3万亿美元"),
    ("细颗粒物平均浓度30微克/立方米。", "细颗粒物平均浓度29微克/立方米。", "30微克/立方米", "29微克/立方米"),
    ("单位能耗0.45吨标准煤/万元。", "单位能耗0.43吨标准煤/万元。", "0.45吨标准煤/万元", "0.43吨标准煤/万元"),
    ("城镇化率比上年提高1个百分点。", "城镇化率比上年提高0.5个百分点。", "1个百分点", "0.5个百分点"),
    ("检查车辆12000辆次。", "检查车辆15000辆次。", "12000辆次", "15000辆次"),
    ("检测特种设备860台次。", "检测特种设备900台次。", "860台次", "900台次"),
]


@SCRIPTS
@pytest.mark.parametrize(("old", "new", "deleted", "inserted"), PAIRS)
def test_a_figure_changes_whole_with_its_unit(script, old: str, new: str, deleted: str, inserted: str) -> None:
    runs = [(r.op.value, r.text) for r in redline(script(old), script(new))]
    assert ("delete", script(deleted)) in runs and ("insert", script(inserted)) in runs, runs


@SCRIPTS
@pytest.mark.parametrize("figure", ["4.06万亿元", "1.3万亿斤", "30微克/立方米", "0.45吨标准煤/万元", "1个百分点"])
def test_a_figure_and_its_compound_unit_are_one_token(script, figure: str) -> None:
    spans = token_spans(script("今年" + figure + "。"))
    assert script(figure) in [original for _, original in spans], spans
