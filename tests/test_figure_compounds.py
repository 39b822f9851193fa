"""Compound numerals (1万6千多户, 2万5千公里, 1亿3千多万) are one quantity (issue 7, second audit)."""

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures

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

