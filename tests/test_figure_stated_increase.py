"""A stated increase with 增加 (比上年增加1.6万亿元) is checked as 增长 and 提高 are: after its
level, before it (比上年增加1.6万亿元，达到5.66万亿元; 增加1500亿元至3.8万亿元), and written
with 多/少 after its basis (比上年多150件) — in either script."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures import compare_figures
from reportdiff.figures_extract import extract_figures
from reportdiff.models import Measure, MeasureKind, Role

_S2T = opencc.OpenCC("s2t").convert
SCRIPTS = [pytest.param(str, id="simplified"), pytest.param(_S2T, id="traditional")]


def _measure(text: str) -> Measure:
    return Measure(id="一/1", kind=MeasureKind.ITEM, marker="", title=text.split("。")[0], text=text, key=text,
                   part_id="一", section_id=None, section_title="", role=Role.RESULTS, line=1)


def _checks(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    """(old raw, new raw, stated change, its check) of every pair of the two sentences."""
    o, n = _measure(old), _measure(new)
    return [(c.old.raw, c.new.raw, c.claim.text if c.claim else None, c.claim_check)
            for c in compare_figures([o], [n], [(o, n)]) if c.old is not None and c.new is not None]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("old", "new", "expected"), [
    # -- after the level, as 增长 and 提高 are --
    ("地方财政赤字4.06万亿元。", "地方财政赤字5.66万亿元，比上年增加1.6万亿元。",
     ("4.06万亿元", "5.66万亿元", "比上年增加1.6万亿元", "consistent")),
    ("地方财政赤字4.06万亿元。", "地方财政赤字5.66万亿元，比上年增加1.2万亿元。",
     ("4.06万亿元", "5.66万亿元", "比上年增加1.2万亿元", "inconsistent")),
    ("受理行政复议案件1200件。", "受理行政复议案件1350件，较上年增加150件。",
     ("1200件", "1350件", "较上年增加150件", "consistent")),
    ("受理行政复议案件1200件。", "受理行政复议案件1350件，同比增加30%。",
     ("1200件", "1350件", "同比增加30%", "inconsistent")),
    ("常住人口城镇化率64.7%。", "常住人口城镇化率65.2%，比上年增加1.5个百分点。",
     ("64.7%", "65.2%", "比上年增加1.5个百分点", "inconsistent")),
    # -- before the level it brought --
    ("地方财政赤字4.06万亿元。", "地方财政赤字比上年增加1.6万亿元，达到5.66万亿元。",
     ("4.06万亿元", "5.66万亿元", "比上年增加1.6万亿元", "consistent")),
    ("地方财政赤字4.06万亿元。", "地方财政赤字比上年增加2.6万亿元，达到5.66万亿元。",
     ("4.06万亿元", "5.66万亿元", "比上年增加2.6万亿元", "inconsistent")),
    ("受理行政复议案件1200件。", "受理行政复议案件同比增加12.5%，达到1350件。",
     ("1200件", "1350件", "同比增加12.5%", "consistent")),
    ("新增地方政府专项债券3.65万亿元。", "新增地方政府专项债券增加1500亿元至3.8万亿元。",
     ("3.65万亿元", "3.8万亿元", "增加1500亿元", "consistent")),
    # -- 多 and 少 after a basis --
    ("受理行政复议案件1200件。", "受理行政复议案件1350件，比上年多150件。",
     ("1200件", "1350件", "比上年多150件", "consistent")),
    ("受理行政复议案件1200件。", "受理行政复议案件1050件，比上年少250件。",
     ("1200件", "1050件", "比上年少250件", "inconsistent")),
])
def test_a_stated_increase_is_checked(script, old: str, new: str, expected: tuple) -> None:
    assert _checks(script(old), script(new)) == [tuple(script(x) if isinstance(x, str) and x not in
                                                       ("consistent", "inconsistent") else x for x in expected)]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), [
    # -- the change is no lower end of a range, the level is named by its indicator --
    ("新增地方政府专项债券增加1500亿元至3.8万亿元。", [("1500亿元", True), ("3.8万亿元", False)]),
    ("地方财政赤字比上年增加1.6万亿元，达到5.66万亿元。", [("1.6万亿元", True), ("5.66万亿元", False)]),
    # -- a range stays a range --
    ("每个项目补助100万元至300万元。", [("100万元至300万元", False)]),
    ("经济增长5%至6%。", [("5%至6%", False)]),
])
def test_a_change_before_its_level_is_no_range(script, text: str, expected: list) -> None:
    assert [(f.raw, f.is_change) for f in extract_figures(script(text))] == [(script(r), c) for r, c in expected]


def test_the_level_after_a_change_is_named_by_its_indicator() -> None:
    level = extract_figures("地方财政赤字比上年增加1.6万亿元，达到5.66万亿元。")[-1]
    assert level.label == "地方财政赤字" and level.comparison is not None
    assert extract_figures("新增地方政府专项债券增加1500亿元至3.8万亿元。")[-1].label == "新增地方政府专项债券"


def test_many_of_its_own_is_no_change() -> None:
    """多 and 少 alone are everywhere (多渠道, 少数): only after a basis do they state a change."""
    assert all(f.comparison is None for f in extract_figures("通过多渠道筹集资金3.2亿元，少数项目1200万元。"))
