"""The body's whole area opening a figure's clause (全镇实现…, 全省建成…, 全乡…) names where, not
what: a township's or a province's figure is named as a county's is (全县… drops 全县); 实现
before it says the figure was reached, no more."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures_extract import extract_figures

_S2T = opencc.OpenCC("s2t").convert


@pytest.mark.parametrize("convert", [str, _S2T], ids=["s", "t"])
@pytest.mark.parametrize(("text", "label"), [
    ("全县办理法律援助案件680件。", "办理法律援助案件"),
    ("全镇办理法律援助案件68件。", "办理法律援助案件"),
    ("全乡办理法律援助案件12件。", "办理法律援助案件"),
    ("全省办理法律援助案件6.8万件。", "办理法律援助案件"),
    ("全州办理法律援助案件3200件。", "办理法律援助案件"),
    ("全旗办理法律援助案件95件。", "办理法律援助案件"),
    # -- …and 实现 only says the figure was reached --
    ("全镇实现地区生产总值38.6亿元。", "地区生产总值"),
    ("全县实现一般公共预算收入2.15亿元。", "一般公共预算收入"),
])
def test_the_whole_area_is_no_part_of_the_name(convert, text: str, label: str) -> None:
    figures = extract_figures(convert(text))
    assert [f.label for f in figures] == [label]
