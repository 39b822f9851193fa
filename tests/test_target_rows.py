"""Rows of the main targets table: last year's result beside its target, and one target that
continues two of last year's in one row (constructed reports of a county, a city, a province)."""

from __future__ import annotations

import json

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.render import render

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])

# -- constructed in the shape of a province's 政府工作报告: the wording is not any real report's --
_PROVINCE = """云岭省{year}年政府工作报告
一、{last}年工作回顾
过去一年，全省地区生产总值增长{gdp}，城镇新增就业{jobs}，居民消费价格上涨{prices}。
二、{year}年总体要求和主要目标
今年全省经济社会发展的主要预期目标是：{targets}。
三、{year}年重点工作
（一）扩大有效需求。实施省级重点项目300个以上。
"""
PROVINCE_2024 = _PROVINCE.format(
    year=2024, last=2023, gdp="5.1%", jobs="48万人", prices="0.4%",
    targets="地区生产总值增长5.5%左右；城镇新增就业50万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；"
            "单位地区生产总值能耗下降3%左右，主要污染物排放量继续下降")
PROVINCE_2025 = _PROVINCE.format(
    year=2025, last=2024, gdp="5.6%", jobs="52万人", prices="0.2%",
    targets="地区生产总值增长5%左右；城镇新增就业50万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；"
            "单位地区生产总值能耗和主要污染物排放量继续下降")


def _rows(comparison) -> dict[str, object]:
    return {key(OpenCC("t2s").convert(row.indicator)): row for row in comparison.targets}


@SCRIPTS
def test_last_years_result_stands_between_the_two_targets(convert) -> None:
    """The review's 增长5.6% is what last year's 5.5%左右 reached: the row shows target, result
    and this year's target; a target the review gives no result of shows none."""
    comparison = compare(convert(PROVINCE_2024), convert(PROVINCE_2025))
    rows = _rows(comparison)
    assert rows["地区生产总值增长"].result == "5.6%"
    assert rows["城镇新增就业"].result == convert("52万人")
    assert rows["居民消费价格涨幅"].result == "0.2%"  # -- 上涨0.2% against 涨幅3%左右 --
    assert rows["城镇调查失业率"].result is None  # -- the review states none --
    markdown = render(comparison, "md")
    header = "| 指标 | 上年目标 | 上年完成 | 本年目标 | 变化 |"
    assert header in markdown
    assert convert("| 地区生产总值增长 | 地区生产总值增长5.5%左右 | 5.6% | 地区生产总值增长5%左右 |") in markdown
    # -- the plan figure against its result is in the row, not listed again under the figures --
    assert "5.5%左右 → 5.6%" not in markdown
    assert any(f.kind == "plan_result" and f.new.raw == "5.6%" for f in comparison.figures)
    html = render(comparison, "html")
    assert '<th class="num">上年完成</th>' in html and '<td class="num result">5.6%</td>' in html
    gdp = next(row for row in json.loads(render(comparison, "json"))["targets"] if row["result"] == "5.6%")
    assert gdp["old"]["text"] == convert("地区生产总值增长5.5%左右")
    assert "[上年完成 5.6%]" in render(comparison, "text")
    english = render(comparison, "md", lang="en")
    assert "| Last year's result |" in english


def test_a_review_stating_no_result_adds_no_column() -> None:
    old = PROVINCE_2024.replace("全省地区生产总值增长5.1%，城镇新增就业48万人，居民消费价格上涨0.4%", "全省经济运行总体平稳")
    new = PROVINCE_2025.replace("全省地区生产总值增长5.6%，城镇新增就业52万人，居民消费价格上涨0.2%", "全省经济回升向好")
    comparison = compare(old, new)
    assert comparison.targets and not any(row.result for row in comparison.targets)
    assert "上年完成" not in render(comparison, "md") and "上年完成" not in render(comparison, "html")


@SCRIPTS
def test_one_target_continuing_two_is_one_row_naming_both(convert) -> None:
    """单位地区生产总值能耗下降3%左右，主要污染物排放量继续下降 one year, 单位地区生产总值能耗和主要污染物
    排放量继续下降 the next: one row, named by the joined indicator, last year's two targets in it."""
    comparison = compare(convert(PROVINCE_2024), convert(PROVINCE_2025))
    joined = [row for row in comparison.targets if "污染物" in OpenCC("t2s").convert(row.indicator)
              or any("污染物" in OpenCC("t2s").convert(old.text) for old in row.olds)]
    assert len(joined) == 1
    (row,) = joined
    assert key(OpenCC("t2s").convert(row.indicator)) == "单位地区生产总值能耗和主要污染物排放量"
    assert [OpenCC("t2s").convert(old.text) for old in row.olds] == ["单位地区生产总值能耗下降3%左右",
                                                                     "主要污染物排放量继续下降"]
    assert row.change is None and row.change_text() == ""  # -- no one figure measures two targets --
    assert not any(r.new is None for r in comparison.targets)  # -- neither of last year's is left dropped --
    data = row.to_json()
    assert data["old"]["text"] == convert("单位地区生产总值能耗下降3%左右")
    assert [old["text"] for old in data["also_old"]] == [convert("主要污染物排放量继续下降")]
    assert convert("| 单位地区生产总值能耗下降3%左右；主要污染物排放量继续下降 |") in render(comparison, "md")
    assert convert("<td>单位地区生产总值能耗下降3%左右<br>主要污染物排放量继续下降</td>") in render(comparison, "html")


def test_a_joined_target_continuing_one_of_last_years_is_named_as_joined() -> None:
    """Last year set the pollutants target only: the row still says this year's covers both."""
    old = PROVINCE_2024.replace("单位地区生产总值能耗下降3%左右，", "")
    rows = compare(old, PROVINCE_2025).targets
    (row,) = [row for row in rows if row.new is not None and "污染物" in row.new.text]
    assert row.indicator == "单位地区生产总值能耗和主要污染物排放量"
    assert row.old is not None and row.old.text == "主要污染物排放量继续下降" and row.also == ()


@SCRIPTS
def test_a_targets_tables_result_column_gives_last_years_results(convert) -> None:
    """A county's table (指标 | 2025年目标 | 2025年预计完成 | 2026年目标) gives each result, a
    target in words (与经济增长同步) too."""
    from test_target_tables import TABLE_2025, TABLE_2026

    rows = _rows(compare(convert(TABLE_2025), convert(TABLE_2026)))
    assert {name: row.result for name, row in rows.items()} == {
        "地区生产总值增长": "6.1%", "城镇新增就业": convert("1.15万人"), "固定资产投资增长": "6.2%",
        "城镇调查失业率": "5.4%", "居民人均可支配收入增长": "5.9%"}


@SCRIPTS
def test_a_result_the_figure_pairs_miss_is_read_from_last_years_review(convert) -> None:
    """年末城镇调查失业率降到5.2% is the result of 城镇调查失业率5.5%左右; 居民消费价格年均上涨1.8% is
    five years' average, not last year's result of 居民消费价格涨幅3%左右, and a share of the
    economy (占地区生产总值比重10.5%) no result of its growth target."""
    from reportdiff.models import Role
    from reportdiff.parse import parse_text
    from reportdiff.target_tables import with_results
    from reportdiff.targets import compare_targets, find_targets

    review = ("全省经济运行回升向好，数字经济增加值占地区生产总值比重达到10.5%，年末城镇调查失业率降到5.2%。"
              "五年来居民消费价格年均上涨1.8%")
    new = parse_text(convert(PROVINCE_2025.replace("全省地区生产总值增长5.6%，城镇新增就业52万人，居民消费价格上涨0.2%",
                                                   review)), "2025.txt")
    rows = compare_targets(find_targets(parse_text(convert(PROVINCE_2024), "2024.txt")), find_targets(new))
    results = [m for m in new.measures if m.role is Role.RESULTS]
    assert results and any("5.2%" in m.text for m in results)
    found = {key(OpenCC("t2s").convert(row.indicator)): row.result for row in with_results(rows, (), None, results)}
    assert found["城镇调查失业率"] == "5.2%"
    assert found["居民消费价格涨幅"] is None and found["地区生产总值增长"] is None


# -- the review says how last year's targets in words went, and one figure target's result in
#    words only (能耗下降完成国家下达目标); around them, clauses naming the same indicators that are
#    no result: a task (加强生态环境保护, 推动进出口稳中提质) and five years' result (五年来…) --
_WORDS_TARGETS = ("地区生产总值增长5.5%左右；城镇新增就业50万人以上；进出口稳中提质，国际收支基本平衡；"
                  "生态环境质量持续改善，单位地区生产总值能耗下降3%左右，主要污染物排放量继续下降")
_WORDS_REVIEW = ("全省地区生产总值增长5.6%，城镇新增就业52万人。\n加强生态环境保护，推动进出口稳中提质，开展大气污染防治行动。\n"
                 "五年来，生态环境质量明显改善，主要污染物排放量大幅下降。\n"
                 "全年货物进出口总额增长6.3%，国际收支基本平衡。单位地区生产总值能耗下降完成国家下达目标，主要污染物排放量持续下降")


@SCRIPTS
def test_a_result_the_review_states_in_words_is_shown(convert) -> None:
    old = PROVINCE_2024.replace(PROVINCE_2024.split("目标是：")[1].split("。")[0], _WORDS_TARGETS)
    new = PROVINCE_2025.replace("全省地区生产总值增长5.6%，城镇新增就业52万人，居民消费价格上涨0.2%", _WORDS_REVIEW)
    new = new.replace(new.split("目标是：")[1].split("。")[0], _WORDS_TARGETS.replace("5.5%左右", "5%左右"))
    comparison = compare(convert(old), convert(new))
    rows = {key(OpenCC("t2s").convert(row.old.indicator)): row.result for row in comparison.targets if row.old}
    assert rows == {
        "地区生产总值增长": "5.6%", "城镇新增就业": convert("52万人"),
        "进出口": convert("增长6.3%"),  # -- 货物进出口总额 is the row's indicator: the row names it --
        "国际收支": convert("基本平衡"),
        "生态环境质量": None,  # -- only five years' result and a task name it --
        "单位地区生产总值能耗": convert("下降完成国家下达目标"),  # -- a figure target met in words --
        "主要污染物排放量": convert("持续下降"),
    }
    markdown = render(comparison, "md")
    assert convert("| 国际收支 | 国际收支基本平衡 | 基本平衡 | 国际收支基本平衡 |") in markdown
    assert convert('<td class="result">基本平衡</td>') in render(comparison, "html")
    assert '<td class="result">5.6%</td>' in render(comparison, "html")  # -- one column, read as text --
    assert "| Last year's result |" in render(comparison, "md", lang="en")


@SCRIPTS
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_target_continuing_two_is_one_row_in_every_format(convert, lang) -> None:
    """Text, Markdown, HTML, JSON and the Word summary agree: one row for the joined target,
    last year's two targets in it (joined by the language's semicolon where they share a cell of
    text, one a line in HTML and Word), and no row of either indicator alone (plans36)."""
    import io

    from docx import Document

    comparison = compare(convert(PROVINCE_2024), convert(PROVINCE_2025))
    joined, energy, pollutants = (convert(text) for text in (
        "单位地区生产总值能耗和主要污染物排放量", "单位地区生产总值能耗下降3%左右", "主要污染物排放量继续下降"))
    semicolon = "；" if lang == "zh" else "; "
    colon = "：" if lang == "zh" else ": "
    text = render(comparison, "text", lang=lang)
    assert f"{joined}{colon}{energy}{semicolon}{pollutants} → {joined}{convert('继续下降')}" in text
    markdown = render(comparison, "md", lang=lang)
    assert f"| {joined} | {energy}{semicolon}{pollutants} |" in markdown
    html = render(comparison, "html", lang=lang)
    assert f"<td>{joined}</td><td>{energy}<br>{pollutants}</td>" in html
    rows = json.loads(render(comparison, "json", lang=lang))["targets"]
    assert [(row["old"]["text"], [o["text"] for o in row.get("also_old", [])]) for row in rows
            if pollutants in json.dumps(row, ensure_ascii=False)] == [(energy, [pollutants])]
    document = Document(io.BytesIO(render(comparison, "docx", summary=True, lang=lang)))
    cells = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert [row[:2] for row in cells if pollutants in "".join(row)] == [[joined, f"{energy}\n{pollutants}"]]
    # -- each table shows the row once: neither indicator stands alone in a row of its own --
    heading = "主要预期目标" if lang == "zh" else "Main targets"
    for shown, ends in ((text, "\n\n"), (markdown, "\n## ")):
        table = shown[shown.index(heading):]
        table = table[:table.index(ends, table.index("\n") + 2)]
        lines = table.splitlines()
        assert sum(energy in line for line in lines) == 1, table
        assert not any(line.lstrip("| ").startswith(convert("主要污染物排放量")) for line in lines), table


def _county(year: int, review: str) -> str:
    return (f"云溪县人民政府工作报告\n一、{year - 1}年工作回顾\n过去一年，全县经济平稳运行。全县地区生产总值增长6.2%；{review}\n"
            f"二、{year}年工作安排\n全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
            "城乡居民人均可支配收入增长与经济增长基本同步，城镇调查失业率控制在5.5%左右。\n")


@pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("review", "result"), [
    # -- the levels come first in the sentence, the rates after them: the rates are the result --
    ("城乡居民人均可支配收入分别达到50810元、28160元，分别增长4.5%和6.9%。", "分别增长4.5%和6.9%"),
    ("城乡居民人均可支配收入达到41200元，同比增长5.1%。", "同比增长5.1%"),
    # -- a review that gives only the levels states no result of a target on growth --
    ("城乡居民人均可支配收入分别达到50810元、28160元。", None),
])
def test_a_target_on_growth_is_reached_by_the_rate_not_the_level(script, review: str, result: str | None) -> None:
    from reportdiff.pipeline import compare

    old = _county(2025, "城镇调查失业率5.1%。")
    new = _county(2026, review)
    row = next(t for t in compare(script(old), script(new), promises=False, expressions=False).targets
               if "可支配收入" in t.indicator or "可支配收入" in OpenCC("t2s").convert(t.indicator))
    assert row.result == (script(result) if result else None)
