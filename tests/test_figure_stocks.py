"""A stock (营业里程, 保有量, 余额, and a part of one: 其中…) and a year's additions (新增, 新建,
新开工, 去年新增…) of the same thing are two indicators: extraction tells them apart (aspect), and
figure pairing never pairs one with the other, in either script."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from reportdiff.figures import compare_figures
from reportdiff.figures_extract import extract_figures
from reportdiff.models import Measure, MeasureKind, Role
from reportdiff.pipeline import compare

_S2T = opencc.OpenCC("s2t").convert
SCRIPTS = [pytest.param(str, id="simplified"), pytest.param(_S2T, id="traditional")]


def _aspects(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.aspect) for f in extract_figures(text)]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), [
    # -- a stock named by its measure, and the part of it a 其中 clause gives --
    ("全省铁路营业里程达到5380公里，其中城际铁路超过760公里。", [(5380, "total"), (760, "total")]),
    ("全市民用汽车保有量312万辆，其中新能源汽车41万辆。", [(3_120_000, "total"), (410_000, "total")]),
    ("年末各项贷款余额2.6万亿元。", [(2.6e12, "total")]),
    ("高速公路通车里程突破8000公里。", [(8000, "total")]),
    # -- a year's additions, however the year is named or the work begun --
    ("新开工改造城镇老旧小区1260个。", [(1260, "new")]),
    ("去年新增减税降费86亿元。", [(8.6e9, "new")]),
    ("当年新增公共停车泊位4200个。", [(4200, "new")]),
    ("新增城际铁路运营里程120公里。", [(120, "new")]),
    # -- a stock word in a clause of additions names no stock; a 其中 clause with its own
    #    verb of additions is no part of the stock before it --
    # -- …and 新增 after its subject says what was added as before it (figlabel39) --
    ("城际铁路运营里程新增120公里。", [(120, "new")]),
    ("全市累计建成充电桩2.4万个，其中去年新建6200个。", [(24_000, "total"), (6200, "new")]),
    ("全市累计建成充电桩2.4万个，其中2023年新建6200个。", [(24_000, "total"), (6200, "new")]),
    ("全市累计建成充电桩2.4万个，其中公共充电桩6200个。", [(24_000, "total"), (6200, "total")]),
    # -- a part of the year's additions is an addition too --
    ("新增城镇就业12.3万人，其中高校毕业生4.1万人。", [(123_000, "new"), (41_000, "new")]),
])
def test_a_stock_and_the_year_s_additions_are_told_apart(script, text: str, expected) -> None:
    assert _aspects(script(text)) == expected


def test_a_level_reached_is_no_stock_of_its_own() -> None:
    """达到 states a level (村均达到12万元, 覆盖率达到95%): no stock, so it stays unqualified."""
    assert _aspects("16个村均达到12万元以上，农村自来水普及率达到95%。") == [(16, None), (120_000, None), (95, None)]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), [
    # -- the growth of a stock, listed after it, is a rate: neither the stock nor an addition --
    ("全市民用汽车保有量突破300万辆、增长6.7%。", [(3_000_000, "total"), (6.7, None)]),
    ("全省铁路营业里程达到5380公里、增长3.1%、占全国比重提高0.2个百分点。",
     [(5380, "total"), (3.1, None), (0.2, None)]),
    # -- so is the growth of a year's additions; an amount of growth is a delta, as anywhere --
    ("新增城镇就业12.3万人、增长4.2%。", [(123_000, "new"), (4.2, None)]),
    ("新建公共充电桩6200个、比上年增加1500个。", [(6200, "new"), (1500, "delta")]),
    ("全市累计建成充电桩2.4万个、增加6200个。", [(24_000, "total"), (6200, None)]),
    # -- a further amount of the same list still takes the list's verb --
    ("新增高标准农田12万亩、高效节水灌溉面积3万亩。", [(120_000, "new"), (30_000, "new")]),
])
def test_a_rate_or_change_in_a_list_is_neither_stock_nor_addition(script, text: str, expected) -> None:
    assert _aspects(script(text)) == expected


def _measure(mid: str, text: str) -> Measure:
    return Measure(id=mid, kind=MeasureKind.ITEM, marker="", title=text.split("。")[0], text=text, key=text,
                   part_id=mid.split("/")[0], section_id=None, section_title="", role=Role.RESULTS, line=1)


def _pairs(old_text: str, new_text: str, matched: bool) -> set[tuple[str, str]]:
    old, new = [_measure("一/1", old_text)], [_measure("一/1", new_text)]
    pairs = [(old[0], new[0])] if matched else [(old[0], None), (None, new[0])]
    return {(c.old.raw, c.new.raw) for c in compare_figures(old, new, pairs) if c.old and c.new}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("matched", [True, False], ids=["matched", "report_wide"])
@pytest.mark.parametrize(("old", "new"), [
    # -- an end-of-term stock, then the next year's additions: the high-speed lines of a province --
    ("全省铁路营业里程达到5380公里，其中城际铁路超过760公里。", "新建城际铁路投产里程超过150公里。"),
    ("城际铁路运营里程达到760公里。", "新增城际铁路运营里程150公里。"),
    ("全市民用汽车保有量312万辆。", "新增民用汽车38万辆。"),
    # -- …and the other way round: last year's additions against this year's stock --
    ("去年新增城际铁路运营里程150公里。", "城际铁路运营里程达到910公里。"),
])
def test_a_stock_never_pairs_with_the_year_s_additions(script, matched: bool, old: str, new: str) -> None:
    assert _pairs(script(old), script(new), matched) == set()


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("old", "new", "pair"), [
    # -- the same stock in two years, and the same additions in two years, still pair --
    ("城际铁路运营里程达到760公里。", "城际铁路运营里程达到910公里。", ("760公里", "910公里")),
    ("新增城际铁路运营里程120公里。", "新增城际铁路运营里程150公里。", ("120公里", "150公里")),
    ("去年新增减税降费86亿元。", "全年新增减税降费92亿元。", ("86亿元", "92亿元")),
    ("新开工改造城镇老旧小区1260个。", "改造城镇老旧小区1310个。", ("1260个", "1310个")),
])
def test_the_same_quantity_still_pairs(script, old: str, new: str, pair: tuple[str, str]) -> None:
    assert _pairs(script(old), script(new), True) == {(script(pair[0]), script(pair[1]))}


REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
REAL_PAIRS = [(2016, 2017), (2017, 2018), (2018, 2019), (2019, 2021), (2021, 2022), (2022, 2023)]


@pytest.mark.skipif(not REAL.is_dir(), reason=f"real reports not found at {REAL}")
@pytest.mark.parametrize(("old", "new"), REAL_PAIRS, ids=[f"{a}-{b}" for a, b in REAL_PAIRS])
def test_no_real_pair_joins_a_stock_and_the_year_s_additions(old: int, new: int) -> None:
    """The timeline counts on it (it keeps no guard of its own): of the State Council's consecutive
    reports, no figure pair is a stock against additions (2016's 高速铁路超过1.9万公里, part of
    铁路营业里程, against 2017's 新建高速铁路投产里程超过1900公里)."""
    comparison = compare(REAL / f"guowuyuan-zfgzbg-{old}-s.txt", REAL / f"guowuyuan-zfgzbg-{new}-s.txt")
    both = [f for f in comparison.figures if f.old is not None and f.new is not None]
    assert both  # -- the figures are paired at all --
    joined = [(f.label, f.old.raw, f.new.raw) for f in both if {f.old.aspect, f.new.aspect} == {"new", "total"}]
    assert not joined
    if (old, new) == (2016, 2017):
        assert not [f for f in both if f.new.raw == "超过1900公里"]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("old", "new"), [
    # -- untagged, a level reached is no year's additions --
    ("全市高新技术企业达到2140家。", "新认定高新技术企业236家。"),
    ("全区养老机构床位达到1.2万张。", "全年新增养老机构床位1800张。"),
    # -- the year's amount, named by its year, is no stock --
    ("全年销售新能源汽车12万辆。", "全市新能源汽车保有量46万辆。"),
    ("全市累计建成5G基站3.1万个。", "全年建设5G基站6800个。"),
    ("全区律师事务所总数达到132家。", "今年设立律师事务所14家。"),
    ("全年建成法治文化公园8个。", "全区累计建成法治文化公园45个。"),
])
def test_an_untagged_stock_or_level_never_pairs_with_the_year_s_amount(script, old: str, new: str) -> None:
    assert _pairs(script(old), script(new), True) == set()
    assert _pairs(script(new), script(old), True) == set()


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("old", "new", "pair"), [
    # -- 全年累计 counts the year's cases: the year's amount, as 全年 alone --
    ("全年累计受理行政复议案件1200件。", "全年受理行政复议案件1350件。", ("1200件", "1350件")),
    # -- an output of the year reached (总量达到) is the year's output all the same --
    ("国内生产总值总量达到82.7万亿元。", "全年国内生产总值突破90万亿元。", ("82.7万亿元", "突破90万亿元")),
    ("粮食产量达到1.37万亿斤。", "全年粮食产量1.39万亿斤。", ("1.37万亿斤", "1.39万亿斤")),
    # -- a level of the year's additions (城镇新增就业达到) is an addition --
    ("城镇新增就业达到1269万人。", "新增城镇就业1206万人。", ("1269万人", "1206万人")),
    # -- a stock named at the year's end is a stock however the year is named --
    ("今年末各项贷款余额2.6万亿元。", "年末各项贷款余额2.9万亿元。", ("2.6万亿元", "2.9万亿元")),
])
def test_the_year_s_words_keep_the_same_quantity_paired(script, old: str, new: str, pair: tuple[str, str]) -> None:
    assert _pairs(script(old), script(new), True) == {(script(pair[0]), script(pair[1]))}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(("text", "expected"), [
    ("全年销售新能源汽车12万辆。", ["flow"]),
    ("全年累计受理行政复议案件1200件。", ["flow"]),
    ("全市累计建成5G基站3.1万个。", ["stock"]),
    ("全区律师事务所总数132家。", ["stock"]),
    ("全市高新技术企业达到2140家。", ["level"]),
    # -- a clause of additions names no stock or level; a base of a change is no year named --
    ("城镇新增就业达到1269万人。", [None]),
    ("受理案件1350件，比上年增加150件。", [None, None]),
    # -- a stock named at the year's end stays a stock --
    ("今年末各项贷款余额2.6万亿元。", ["stock"]),
])
def test_the_clause_s_words_give_each_figure_its_cue(script, text: str, expected: list) -> None:
    assert [f.cue for f in extract_figures(script(text))] == expected
