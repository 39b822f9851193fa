"""A change in points written after a rate (…比例达86.5%、上升4个百分点, …强度为2.5%，比上年提高0.1个
百分点) is that rate's stated change: the points are named by the rate, never by the verb alone,
and the change is checked against last year's rate. Simplified and Traditional."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures import check_claim, extract_figures
from reportdiff.normalize import key

_S2T = opencc.OpenCC("s2t")
SCRIPTS = pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])

CASES = [
    # -- after 、 (one clause), after a comma, with a basis, falling --
    ("全市空气质量优良天数比例达90.2%、上升3.1个百分点。", "空气质量优良天数比例", "空气质量优良天数比例上升", 1),
    ("全省森林覆盖率达到45.3%，提高0.6个百分点。", "森林覆盖率", "森林覆盖率提高", 1),
    ("全社会研发经费投入强度为2.4%、比上年提高0.1个百分点。", "全社会研发经费投入强度", "全社会研发经费投入强度提高", 1),
    ("城镇调查失业率5.1%、下降0.4个百分点。", "城镇调查失业率", "城镇调查失业率下降", -1),
]


@SCRIPTS
@pytest.mark.parametrize(("text", "rate", "points", "direction"), CASES)
def test_points_are_named_by_their_rate(text: str, rate: str, points: str, direction: int, convert) -> None:
    level, change = extract_figures(convert(text))
    assert key(level.label) == rate and level.unit == "%"
    assert change.is_change and change.change_of == 0 and change.unit == "百分点"
    assert key(change.label) == points
    assert level.comparison is not None and level.comparison.direction == direction
    assert level.comparison.stated == change


@SCRIPTS
@pytest.mark.parametrize(("old", "check"), [("优良天数比例87.1%。", "consistent"),
                                            ("优良天数比例85.0%。", "inconsistent")])
def test_points_after_a_comma_of_enumeration_are_checked(old: str, check: str, convert) -> None:
    (before,) = extract_figures(convert(old))
    level, _ = extract_figures(convert("全市优良天数比例达90.2%、上升3.1个百分点。"))
    result, implied = check_claim(before, level, level.comparison)
    assert result == check
    assert implied == pytest.approx(level.value - before.value)


@SCRIPTS
def test_a_budget_basis_keeps_a_named_change(convert) -> None:
    # -- 比去年预算低: one character of verb; the points are named by the rate and a whole verb --
    level, change = extract_figures(convert("今年赤字率拟按3%安排，比去年预算低0.2个百分点。"))
    assert key(level.label) == "赤字率" and key(change.label) == "赤字率降低"
