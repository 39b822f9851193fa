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


@pytest.mark.parametrize("text, expected", [
    # -- two 分别 lists of one subject list: the second clause names none, it is the same two --
    ("城镇和农村居民人均可支配收入分别增长5.1%和6.6%，分别达到52000元和23000元。",
     [("5.1%", "%", "城镇居民人均可支配收入增长"), ("6.6%", "%", "农村居民人均可支配收入增长"),
      ("52000元", "元", "城镇居民人均可支配收入"), ("23000元", "元", "农村居民人均可支配收入")]),
    ("城镇、农村常住居民人均可支配收入分别增长4.5%、6.2%，分别为4.8万元、2.1万元。",
     [("4.5%", "%", "城镇常住居民人均可支配收入增长"), ("6.2%", "%", "农村常住居民人均可支配收入增长"),
      ("4.8万元", "元", "城镇常住居民人均可支配收入"), ("2.1万元", "元", "农村常住居民人均可支配收入")]),
    # -- the whole and the town are named as the village after them --
    ("全体、城镇和农村居民人均可支配收入分别增长5.0%、4.2%和6.6%。",
     [("5.0%", "%", "全体居民人均可支配收入增长"), ("4.2%", "%", "城镇居民人均可支配收入增长"),
      ("6.6%", "%", "农村居民人均可支配收入增长")]),
    # -- a sentence further on names its own subjects --
    ("城镇和农村居民人均可支配收入分别增长5.1%和6.6%。城市和农村低保标准分别提高到每月800元和650元。",
     [("5.1%", "%", "城镇居民人均可支配收入增长"), ("6.6%", "%", "农村居民人均可支配收入增长"),
      ("800元", "元", "城市低保标准"), ("650元", "元", "农村低保标准")]),
])
@_SCRIPTS
def test_each_value_of_a_respective_list_has_its_own_subject(script, text, expected) -> None:
    assert _found(script(text)) == [(script(raw), unit, label) for raw, unit, label in expected]


@pytest.mark.parametrize("text, expected", [
    # -- a programme's name is kept whole: 和美 is no conjunction --
    ("建成和美乡村示范村120个。", [("120个", "个", "和美乡村示范村")]),
    ("新建和美乡村示范村120个、精品村30个。", [("120个", "个", "和美乡村示范村"), ("30个", "个", "精品村")]),
    ("和美乡村示范村和美丽乡村精品村分别达到120个、30个。",
     [("120个", "个", "和美乡村示范村"), ("30个", "个", "美丽乡村精品村")]),
    ("深入实施千万工程，打造千万工程示范片区15个。", [("15个", "个", "千万工程示范片区")]),
])
@_SCRIPTS
def test_a_named_programme_stays_whole_in_a_label(script, text, expected) -> None:
    assert _found(script(text)) == [(script(raw), unit, label) for raw, unit, label in expected]


def _report(year: int, review: str, plans: str) -> str:
    return (f"{year}年临海省人民政府工作报告\n一、{year - 1}年工作回顾\n{review}\n"
            f"二、{year}年重点工作\n{plans}\n")


#: Three years of a province's reports: the town's and the village's income given apart in one
#: list, both rates written alike in 2026.
_INCOME = {
    2025: _report(2025, "过去一年，全省地区生产总值增长5.3%。城镇和农村居民人均可支配收入分别增长5.1%和6.6%，"
                        "分别达到52000元和23000元。",
                  "（一）增进民生福祉。城乡居民收入与经济增长同步。"),
    2026: _report(2026, "过去一年，全省地区生产总值增长5.6%。城镇和农村居民人均可支配收入分别增长5.2%和5.2%，"
                        "分别达到54700元和24200元。",
                  "（一）增进民生福祉。城乡居民收入与经济增长同步。"),
    2027: _report(2027, "过去一年，全省地区生产总值增长5.4%。城镇居民人均可支配收入达到57000元，增长4.2%；"
                        "农村居民人均可支配收入达到25900元，增长7.0%。",
                  "（一）增进民生福祉。城乡居民收入与经济增长同步。"),
}


@_SCRIPTS
def test_the_timeline_keeps_the_town_and_the_village_apart(script, tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from reportdiff.cli import cli

    for year, text in _INCOME.items():
        (tmp_path / f"linhai_{year}.txt").write_text(script(text), encoding="utf-8")
    result = CliRunner().invoke(cli, ["timeline", str(tmp_path), "--no-cache", "--format", "json"])
    assert result.exit_code == 0, result.output
    (body,) = json.loads(result.stdout)["bodies"]
    rows = {(row["label"], row["unit"]): {int(year): value["raw"] for year, value in row["values"].items()}
            for row in body["figures"]}
    shown = {(label, unit): values for (label, unit), values in rows.items() if "可支配收入" in label}
    # -- JSON keeps labels as keys (Simplified) --
    town, village = "城镇居民人均可支配收入", "农村居民人均可支配收入"
    assert shown == {
        (town + "增长", "%"): {2025: "5.1%", 2026: "5.2%", 2027: "4.2%"},
        (village + "增长", "%"): {2025: "6.6%", 2026: "5.2%", 2027: "7.0%"},
        (town, "元"): {2025: "52000元", 2026: "54700元", 2027: "57000元"},
        (village, "元"): {2025: "23000元", 2026: "24200元", 2027: "25900元"},
    }
