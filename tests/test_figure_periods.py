"""A figure stated for several years (五年来累计…, “十四五”期间累计…, 2021年至2025年…) carries its
period, keeps its 累计 (累计新增城镇就业, not the 城镇新增就业 of one year) and pairs with no figure
of one year; JSON gives the period of each side, Markdown and HTML show it beside the value. The
reports are written for the test."""

import json

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli
from reportdiff.display import figure_period
from reportdiff.figures_extract import extract_figures
from reportdiff.figures_years import period_name
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert


@pytest.mark.parametrize(("words", "period"), [
    ("“十四五”期间", "十四五"), ("十三五以来", "十三五"), ("过去五年", "五年"), ("五年来", "五年"),
    ("近两年", "二年"), ("2021年至2025年", "2021—2025年"), ("2021—2025年", "2021—2025年"),
    ("本届政府任期内", "任期"), ("全年", None),
])
def test_a_period_is_named_by_its_opening(words: str, period: str | None) -> None:
    assert period_name(words) == period


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "expected"), [
    ("五年来，累计新增城镇就业5200万人，全年新增城镇就业1206万人。",
     [("累计新增城镇就业", "cumulative", "五年"), ("城镇就业", "new", None)]),
    ("“十四五”期间，全区累计办理行政复议案件560件，2025年办理行政复议案件128件。",
     [("累计办理行政复议案件", "cumulative", "十四五"), ("办理行政复议案件", None, None)]),
    ("全镇2021年至2025年累计调处矛盾纠纷1260起。", [("累计调处矛盾纠纷", "cumulative", "2021—2025年")]),
    # -- a level said of a total (累计…达到) is the total still; an average of the years has the period too --
    ("过去五年，城镇新增就业年均1270多万人，累计培训执法人员达到4300人次。",
     [("城镇新增就业年均", "average", "五年"), ("累计培训执法人员", "cumulative", "五年")]),
    # -- 累计 before the figure before names that one only --
    ("五年来，累计减税5.4万亿元、降费2.8万亿元。", [("累计减税", "cumulative", "五年"), ("降费", "cumulative", "五年")]),
    # -- a level reached at the end of the years is the year's, of no period --
    ("过去五年，国内生产总值增加到121万亿元。", [("国内生产总值", None, None)]),
])
def test_a_figure_of_several_years_carries_its_period(script, text: str, expected: list) -> None:
    assert [(f.label, f.aspect, f.period) for f in extract_figures(script(text))] == expected


def test_the_period_is_shown_as_a_total_an_average_or_the_years() -> None:
    total, rate, average = extract_figures("五年来，累计培训执法人员4300人次，调解成功率保持在98%以上，城镇新增就业年均1270多万人。")
    assert (figure_period(total), figure_period(rate), figure_period(average)) == ("（五年累计）", "（五年）", "（五年年均）")
    assert figure_period(total, "en") == " (five-year total)" and figure_period(rate, "en") == " (over five years)"
    (plan,) = extract_figures("“十四五”期间累计办理案件560件。")
    assert figure_period(plan) == "（“十四五”累计）" and "14th Five-Year Plan" in figure_period(plan, "en")
    (year,) = extract_figures("全年办理案件128件。")
    assert figure_period(year) == "" and figure_period(None) == ""


_OLD = ("青禾区2024年法治政府建设年度报告\n一、2024年法治政府建设工作情况\n"
        "（一）发挥行政复议化解行政争议主渠道作用。全年办理行政复议案件128件，纠错率为12%。\n"
        "（二）健全矛盾纠纷多元化解机制。全年调处矛盾纠纷1260起，调解成功率达98%。\n"
        "（三）加强执法队伍建设。培训执法人员860人次。\n"
        "二、存在的不足和原因\n行政执法规范化水平仍需提高。\n")
_NEW = ("青禾区2025年法治政府建设年度报告\n一、2025年暨“十四五”时期法治政府建设工作情况\n"
        "（一）发挥行政复议化解行政争议主渠道作用。全年办理行政复议案件136件，纠错率为11%。"
        "“十四五”期间，累计办理行政复议案件560件。\n"
        "（二）健全矛盾纠纷多元化解机制。全年调处矛盾纠纷1310起。五年来，全区累计调处矛盾纠纷6120起。\n"
        "（三）加强执法队伍建设。过去五年，累计培训执法人员达到4300人次。\n"
        "二、存在的不足和原因\n行政执法规范化水平仍需提高。\n")


def _write(tmp_path, script) -> tuple[str, str]:
    old, new = tmp_path / "2024.txt", tmp_path / "2025.txt"
    old.write_text(script(_OLD), encoding="utf-8")
    new.write_text(script(_NEW), encoding="utf-8")
    return str(old), str(new)


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_total_of_the_years_pairs_with_no_figure_of_one_year(tmp_path, script) -> None:
    old, new = _write(tmp_path, script)
    result = CliRunner().invoke(cli, ["compare", old, new, "--format", "json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)["metrics"]
    pairs = {(m["old"]["raw"], m["new"]["raw"]) for m in metrics if m["old"] and m["new"]}
    # -- 860 trained last year are no earlier value of 4300 trained over five years --
    assert (script("860人次"), script("4300人次")) not in pairs, pairs
    assert (script("128件"), script("560件")) not in pairs and (script("1260起"), script("6120起")) not in pairs
    # -- the year's own figures still pair --
    assert (script("128件"), script("136件")) in pairs and (script("1260起"), script("1310起")) in pairs
    sides = {m["new"]["raw"]: m["new"] for m in metrics if m["new"]}
    assert (sides[script("560件")]["period"], sides[script("560件")]["aspect"]) == ("十四五", "cumulative")
    assert sides[script("6120起")]["period"] == "五年" and sides[script("4300人次")]["period"] == "五年"
    assert "period" not in sides[script("136件")]
    labels = {m["label"] for m in metrics}
    assert {"累计办理行政复议案件", "累计调处矛盾纠纷", "累计培训执法人员"} <= labels


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_markdown_and_html_show_the_period_beside_the_value(tmp_path, script) -> None:
    old, new = _write(tmp_path, script)
    markdown = CliRunner().invoke(cli, ["compare", old, new, "--format", "md"]).output
    assert script("4300人次（五年累计）") in markdown and script("560件（“十四五”累计）") in markdown
    assert script("136件（") not in markdown
    page = tmp_path / "diff.html"
    assert CliRunner().invoke(cli, ["compare", old, new, "-o", str(page)]).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert script("6120起") + ' <span class="muted fperiod">' + script("（五年累计）") + "</span>" in html
    english = CliRunner().invoke(cli, ["compare", old, new, "--format", "md", "--lang", "en"]).output
    assert script("4300人次") + " (five-year total)" in english


_TERM_OLD = ("2025年青溪市人民政府工作报告\n一、2024年工作回顾\n"
             "全市地区生产总值达到1520亿元，增长5.8%。建成高标准农田4万亩。\n"
             "二、2025年工作安排\n（一）夯实农业基础。新建高标准农田5万亩。\n")
_TERM_NEW = ("2026年青溪市人民政府工作报告\n一、过去一年和五年工作回顾\n"
             "2025年，全市地区生产总值增长5.5%。新建高标准农田5.2万亩。\n"
             "五年来，我们主要做了以下工作。\n"
             "（一）夯实农业基础。建成高标准农田23万亩。\n"
             "二、2026年工作安排\n（一）夯实农业基础。新建高标准农田5万亩。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_figure_of_a_part_on_the_years_carries_its_period(script) -> None:
    """建成高标准农田23万亩 under 五年来，我们主要做了以下工作 names no years itself: its part does."""
    figures = compare(script(_TERM_OLD), script(_TERM_NEW)).figures
    by_new = {f.new.raw: f.new for f in figures if f.new is not None}
    assert by_new[script("23万亩")].period == "五年"
    assert by_new[script("5.2万亩")].period is None and by_new[script("5.5%")].period is None
