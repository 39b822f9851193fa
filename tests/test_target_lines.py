"""Target lines end at other markers (fix21b item 6): in a targets list a target's text ends at
the next ——, ； or numbered heading (（二）) where a web page ran the lines together; and a target
of one year only (no counterpart) is in the targets table, so the figures listed beside it do
not list its value again, while the full list (JSON) keeps it. Simplified and Traditional."""

from __future__ import annotations

import json

import pytest
from opencc import OpenCC

from reportdiff import display
from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.render.json import render_json
from reportdiff.targets import parse_targets

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

EXPECTED = ["地区生产总值增长5.5%左右", "城镇新增就业6万人以上", "城镇调查失业率5.5%左右"]


@SCRIPTS
@pytest.mark.parametrize("listing", [
    "——地区生产总值增长5.5%左右；——城镇新增就业6万人以上；——城镇调查失业率5.5%左右",
    "——地区生产总值增长5.5%左右——城镇新增就业6万人以上——城镇调查失业率5.5%左右",
    "地区生产总值增长5.5%左右；城镇新增就业6万人以上；城镇调查失业率5.5%左右（二）坚持稳中求进",
    "（一）地区生产总值增长5.5%左右（二）城镇新增就业6万人以上（三）城镇调查失业率5.5%左右",
])
def test_a_target_ends_at_the_next_marker(script, listing: str) -> None:
    assert [key(t.text) for t in parse_targets(script(listing))] == EXPECTED


_HEAD = """政府工作报告
——{date}在滨江市第十七届人民代表大会第{session}次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
"""
OLD = _HEAD.format(date="2024年1月16日", session="三") + """一、2023年工作回顾
全市地区生产总值增长5.9%，城镇新增就业6.3万人。
二、2024年主要目标和重点工作
今年全市经济社会发展的主要预期目标是：——地区生产总值增长6%左右；——城镇新增就业6万人以上；——城镇调查失业率5.5%左右。
（一）壮大实体经济。新建标准厂房50万平方米。
"""
NEW = _HEAD.format(date="2025年1月14日", session="四") + """一、2024年工作回顾
全市地区生产总值增长5.7%，城镇新增就业6.1万人。
二、2025年主要目标和重点工作
今年全市经济社会发展的主要预期目标是：——地区生产总值增长5.5%左右；——城镇新增就业6万人以上；——城镇调查失业率5.5%左右；——万元地区生产总值用水量下降3%。
（一）壮大实体经济。新建标准厂房60万平方米。
"""


@SCRIPTS
def test_a_one_year_target_is_listed_once(script) -> None:
    comparison = compare(script(OLD), script(NEW), expressions=False)
    water = [t for t in comparison.targets if "用水" in key(t.indicator)]
    assert len(water) == 1 and water[0].old is None and key(water[0].new.text) == "万元地区生产总值用水量下降3%"
    alone = [f for f in comparison.figures if f.old is None and f.new is not None and f.new.raw == "3%"]
    assert alone, [(f.label, f.new and f.new.raw) for f in comparison.figures]
    # -- the beside view leaves it to the targets table; the full list keeps it --
    assert not [f for f in display.beside_targets(comparison.figures, comparison.targets) if f in alone]
    listed = json.loads(render_json(comparison))["metrics"]
    assert any(f["old"] is None and f["new"] and f["new"]["raw"] == "3%" for f in listed)
