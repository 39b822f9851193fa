"""Years written in Chinese numerals (二〇二五年) are the years written in digits (2025年).

Formal titles and headings of county and city 政府工作报告 write 二〇二五年青山县人民政府工作报告
and 一、二〇二四年工作回顾: the report's own year, its body, its figures, expressions and
promises must come out as for the same report written with 2025年.
"""

from __future__ import annotations

import re

import opencc
import pytest

from reportdiff import compare
from reportdiff.bodies import named_body
from reportdiff.corpus.cache import ReportStore
from reportdiff.corpus.discover import discover
from reportdiff.display import report_name
from reportdiff.normalize import arabic_years, key, normalize
from reportdiff.pipeline import load_report, plans
from reportdiff.render.plans_render import render_plans_html, render_plans_markdown, render_plans_text

_CN = str.maketrans("0123456789", "〇一二三四五六七八九")

# -- a county report of year {y}, reviewing {r} and planning {y}; {n} varies the figures --
_REPORT = """{y}年石桥县人民政府工作报告
——{y}年一月十日在石桥县第九届人民代表大会第三次会议上
各位代表：
一、{r}年工作回顾
{r}年是爬坡过坎的一年。县政府坚持稳中求进，全县地区生产总值完成{gdp}亿元，增长{rate}%。
（一）农业基础更加稳固。{r}年新建高标准农田{farm}万亩，粮食产量稳定在21万吨。
（二）城乡建设加快推进。改造老旧小区{estates}个，新建城市道路{roads}公里。
二、{y}年主要工作
{y}年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。
（一）夯实农业基础。新建高标准农田{plan_farm}万亩。建成县农产品检测中心。
（二）推进城乡建设。改造老旧小区{plan_estates}个，新建城市道路{plan_roads}公里。
"""


def _report(year: int, numerals: str, script: str, shift: int = 0) -> str:
    text = _REPORT.format(y=year, r=year - 1, gdp=f"{180.4 + 10 * shift:.1f}", rate=f"{5.6 + shift / 10:.1f}",
                          farm=f"{3.1 + shift:.1f}", estates=40 + shift, roads=12 + shift, plan_farm=f"{3.5 + shift:.1f}",
                          plan_estates=45 + shift, plan_roads=15 + shift)
    if numerals == "chinese":
        # -- only the years: 二〇二五年, never the figures --
        for y in (year, year - 1):
            text = text.replace(f"{y}年", f"{str(y).translate(_CN)}年")
    return opencc.OpenCC("s2t").convert(text) if script == "traditional" else text


def _pair(numerals: str, script: str) -> tuple[str, str]:
    return _report(2025, numerals, script), _report(2026, numerals, script, shift=1)


@pytest.mark.parametrize(("written", "digits"), [
    ("二〇二五年", "2025年"),
    ("二零二四年度", "2024年度"),
    ("二○二六年", "2026年"),  # -- ○, the white circle typed for 〇 --
    ("一九九九年", "1999年"),
    ("二〇二一—二〇二五年", "2021—2025年"),
    ("二〇二一至二〇二五年", "2021至2025年"),
])
def test_a_year_in_chinese_numerals_has_the_key_of_digits(written: str, digits: str) -> None:
    assert key(written) == key(digits)
    assert key(opencc.OpenCC("s2t").convert(f"{written}石桥县人民政府工作报告")) == key(f"{digits}石桥县人民政府工作报告")


@pytest.mark.parametrize("text", ["三〇年", "一二三四五年", "十二〇二五年", "二〇二五", "第二〇二五号", "一九九九件"])
def test_numerals_that_are_no_year_stay_as_written(text: str) -> None:
    assert arabic_years(text) == text


def test_the_key_keeps_one_character_for_each_and_shows_the_year_as_written() -> None:
    normalized = normalize("二〇二五年，全县新建高标准农田3.1万亩")
    assert normalized.key.startswith("2025年,")
    assert normalized.span(0, 5) == "二〇二五年"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_body_is_named_without_the_year(script: str) -> None:
    old, new = _pair("chinese", script)
    assert named_body(load_report(old)) == named_body(load_report(new)) == named_body(load_report(_pair("arabic", script)[0]))
    assert "two_bodies" not in [warning.code for warning in compare(old, new).warnings]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_folder_of_one_county_is_one_series(tmp_path, script: str) -> None:
    for name, year in (("a.txt", 2024), ("b.txt", 2025), ("c.txt", 2026)):
        (tmp_path / name).write_text(_report(year, "chinese", script, shift=year - 2024), encoding="utf-8")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    assert [[entry.year for entry in entries] for entries in corpus.bodies.values()] == [[2024, 2025, 2026]]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_chinese_numeral_years_compare_as_digits_do(script: str) -> None:
    chinese, arabic = compare(*_pair("chinese", script)), compare(*_pair("arabic", script))
    # -- the figures (高标准农田 across the reviews, labels without the year), the promises and
    #    the expressions: the same --
    assert [change.summary_line() for change in chinese.figures] == [change.summary_line() for change in arabic.figures]
    assert any(change.label == "高标准农田" and change.old and change.old.value == 31000 for change in chinese.figures)
    assert [(p.status, p.plan.id, [e.measure.id for e in p.evidence]) for p in chinese.promises] == [
        (p.status, p.plan.id, [e.measure.id for e in p.evidence]) for p in arabic.promises]
    assert chinese.expressions == arabic.expressions
    # -- the redline: the report's own year is no change, in headings and text alike --
    assert [(m.status, [run.op for run in m.redlines], m.relative_years) for m in chinese.matches] == [
        (m.status, [run.op for run in m.redlines], m.relative_years) for m in arabic.matches]
    for part in chinese.parts:
        assert [run.op.value for run in part.redlines] == ["equal"]
    assert [[run.op for run in part.redlines] for part in chinese.parts] == [
        [run.op for run in part.redlines] for part in arabic.parts]
    assert any(m.relative_years for m in chinese.matches)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_title_naming_its_year_in_chinese_numerals_is_not_given_it_again(script: str) -> None:
    old, _ = _pair("chinese", script)
    name = report_name(load_report(old))
    assert name.startswith("二〇二五年石") and "（2025年）" not in name


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("numerals", ["chinese", "arabic"])
def test_plans_cite_the_result_sentence_not_the_paragraphs_first(numerals: str, script: str) -> None:
    """A plan continuing a review's opening paragraph cites the sentence that holds its words,
    not the paragraph's first sentence (…是爬坡过坎的一年), whatever numerals the years are in."""
    analysis = plans(_report(2026, numerals, script, shift=1))
    gdp = next(record for record in analysis.plans if "6%左右" in record.plan.text)
    assert [link.measure.id for link in gdp.results] == ["一/¶1"]
    cited = opencc.OpenCC("s2t").convert("全县地区生产总值完成190.4亿元") if script == "traditional" else "全县地区生产总值完成190.4亿元"
    for line in (next(line for line in rendered.splitlines() if "6%左右" in line)
                 for rendered in (render_plans_text(analysis), render_plans_markdown(analysis))):
        assert cited in line and "爬坡" not in line
    assert cited in gdp.summary_line() and "爬坡" not in gdp.summary_line()
    # -- the page names the paragraph by its place only; the result sentence stands beside the plan --
    heads = re.findall(r'<div class="from".*?</div>', render_plans_html(analysis))
    assert heads and not any("爬坡" in head for head in heads)
