"""Compound numerals (1万6千多户, 2万5千公里, 1亿3千多万) are one quantity, and 从A提高到B
pairs B across years under the indicator's name (issue 7, second audit)."""

from pathlib import Path

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "raw", "value", "unit", "approx", "label"), [
    ("每天新登记企业由4千多户增加到1万2千多户。", "1万2千多户", 12000.0, "户", "多", "每天新登记企业"),
    ("城际铁路里程从8000多公里增加到3万4千公里。", "3万4千公里", 34000.0, "公里", None, "城际铁路里程"),
    ("入境游客人次由9500万增加到1亿2千多万。", "1亿2千多万", 1.2e8, "", "多", "入境游客人次"),
    ("全市常住人口达到2万3千5百人。", "2万3千5百人", 23500.0, "人", None, "常住人口"),
])
def test_a_compound_numeral_is_one_quantity(script, text, raw, value, unit, approx, label) -> None:
    figures = extract_figures(script(text))
    last = figures[-1]
    assert (last.raw, last.value, last.unit, last.approx, last.label) == (script(raw), value, unit, approx, label)
    # -- no fragment of the numeral is a figure of its own --
    assert all(f.start >= last.end or f.end <= last.start for f in figures[:-1])
    assert len(figures) == (1 if "达到" in text else 2)


_OLD = ("2024年江北市人民政府工作报告\n一、过去一年工作回顾\n"
        "一是减税降费落地见效。落实好个体工商户房产税起征点从月租金2万元提高到5万元等优惠政策。\n"
        "二、2024年重点工作\n（一）优化营商环境。深化“放管服”改革，持续优化政务服务。\n")
_NEW = ("2025年江北市人民政府工作报告\n一、过去一年工作回顾\n"
        "一是减税降费持续加力。将个体工商户房产税起征点从月租金5万元提高到8万元。\n"
        "二、2025年重点工作\n（一）优化营商环境。深化“放管服”改革，持续优化政务服务。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_from_a_to_b_pairs_b_under_the_indicators_name(script) -> None:
    old_from, old_to = extract_figures(script("落实好个体工商户房产税起征点从月租金2万元提高到5万元等优惠政策。"))
    # -- the indicator is named before 从; 月租金 says what the amount is counted in --
    assert old_from.label == old_to.label == "个体工商户房产税起征点"
    # -- the 从 side is where it started; the 到 side a level reached --
    assert (old_from.aspect, old_to.aspect) == ("from", "total")
    # -- a per-head basis is a basis too (从人均40元: not …补助从人) --
    assert {f.label for f in extract_figures(script("基本公共卫生服务经费财政补助从人均40元提高到45元。"))} \
        == {"基本公共卫生服务经费财政补助"}
    comparison = compare(script(_OLD), script(_NEW))
    pairs = {(f.label, f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new}
    # -- B of one year against B of the other, never a start against a start --
    assert pairs == {("个体工商户房产税起征点", script("5万元"), script("8万元"))}


REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.skipif(not REAL.is_dir(), reason=f"real reports not found at {REAL}")
def test_real_reports_compound_numerals_and_from_sides() -> None:
    later = compare(REAL / "guowuyuan-zfgzbg-2017-s.txt", REAL / "guowuyuan-zfgzbg-2018-s.txt")
    raws = {f.new.raw: f.label for f in later.figures if f.new is not None}
    assert raws["1万6千多户"] == "日均新设企业" and raws["2万5千公里"] == "高速铁路运营里程"
    assert raws["1亿3千多万"] == "出境旅游人次"
    assert not {"6千多户", "5千公里", "3千多", "1万", "2万", "1亿"} & raws.keys()
    threshold = compare(REAL / "guowuyuan-zfgzbg-2019-s.txt", REAL / "guowuyuan-zfgzbg-2021-s.txt")
    pairs = {(f.label, f.old.raw, f.new.raw) for f in threshold.figures if f.old and f.new and "起征点" in f.label}
    assert pairs == {("小规模纳税人增值税起征点", "10万元", "15万元")}
    gdp = next(row for row in threshold.targets if row.indicator == "国内生产总值增长")
    assert (gdp.change, gdp.change_text()) == (None, "区间→以上")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_level_reached_pairs_with_no_addition(script) -> None:
    """从A增加到B: B is a level reached; last year's additions (新建…投产里程) are another quantity
    (found when compound numerals became one figure: 1900公里 → 2万5千公里 +23100)."""
    old = ("2024年江北市人民政府工作报告\n一、过去一年工作回顾\n"
           "新建城市快速路投产里程超过1900公里。\n二、2024年重点工作\n（一）完善交通网络。加快城市快速路建设。\n")
    new = ("2025年江北市人民政府工作报告\n一、过去一年工作回顾\n"
           "城市快速路通车里程从9千多公里增加到2万5千公里。\n二、2025年重点工作\n（一）完善交通网络。加快城市快速路建设。\n")
    changes = compare(script(old), script(new), expressions=False).figures
    assert not any(c.old is not None and c.new is not None and c.old.raw.endswith(script("1900公里")) for c in changes)
    assert any(c.new is not None and c.new.raw == script("2万5千公里") for c in changes)
