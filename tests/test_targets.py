"""The main targets table (主要预期目标): finding the sentence, parsing each target, pairing years."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.targets import compare_targets, find_targets, parse_targets

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
KEYS = Path(__file__).resolve().parent / "real_keys"
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason=f"real reports not found at {REAL}")

# -- constructed in the shape of a city's 政府工作报告: the wording is not any real report's --
CITY_2024 = """云泽市2024年政府工作报告
一、2023年工作回顾
全市地区生产总值增长5.8%，城镇新增就业8.2万人。
二、2024年主要目标和重点任务
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业8万人以上，城镇调查失业率5.5%以内；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；单位地区生产总值能耗完成省下达目标。
"""
CITY_2025 = """云泽市2025年政府工作报告
一、2024年工作回顾
全市地区生产总值增长6.1%，城镇新增就业8.6万人。
二、2025年主要目标和重点任务
今年全市发展的主要预期目标为：地区生产总值增长5.5%左右，一般公共预算收入增长4%；城镇新增就业8.5万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；能耗强度继续下降，力争完成省下达任务；粮食产量稳定在60万吨以上。
"""


def _indicators(targets) -> list[str]:
    return [t.indicator for t in targets]


def test_every_target_of_a_city_report_is_parsed() -> None:
    targets = find_targets(parse_text(CITY_2024, "2024.txt"))
    assert _indicators(targets) == ["地区生产总值增长", "一般公共预算收入增长", "城镇新增就业", "城镇调查失业率",
                                    "居民消费价格涨幅", "居民收入", "单位地区生产总值能耗"]
    gdp, revenue, jobs, unemployment = targets[:4]
    assert (gdp.value, gdp.unit, gdp.qualifier, gdp.raw) == (6.0, "%", "左右", "6%左右")
    assert (jobs.value, jobs.unit, jobs.qualifier) == (80_000.0, "人", "以上")
    assert (unemployment.value, unemployment.qualifier) == (5.5, "以内")
    assert targets[5].value is None and targets[5].text == "居民收入增长和经济增长同步"
    assert "gdp" in gdp.topics and "revenue" in revenue.topics


def test_a_traditional_report_gives_the_same_targets_in_its_own_script() -> None:
    from opencc import OpenCC

    simplified = find_targets(parse_text(CITY_2025, "2025.txt"))
    traditional = find_targets(parse_text(OpenCC("s2t").convert(CITY_2025), "2025.txt"))
    assert [(t.value, t.unit, t.qualifier, t.topics) for t in traditional] == \
        [(t.value, t.unit, t.qualifier, t.topics) for t in simplified]
    assert [key(t.indicator) for t in traditional] == [key(t.indicator) for t in simplified]
    assert traditional[0].indicator == "地區生產總值增長"  # -- shown as written --


def test_targets_pair_by_indicator_and_change_in_points() -> None:
    old = find_targets(parse_text(CITY_2024, "2024.txt"))
    new = find_targets(parse_text(CITY_2025, "2025.txt"))
    rows = {(r.old.indicator if r.old else None, r.new.indicator if r.new else None): r
            for r in compare_targets(old, new)}
    gdp = rows[("地区生产总值增长", "地区生产总值增长")]
    assert gdp.change == -0.5 and gdp.change_text() == "-0.5个百分点" and gdp.change_text("en") == "-0.5 pp"
    assert rows[("城镇新增就业", "城镇新增就业")].change_text() == "+0.5万人"  # -- 8万人以上 → 8.5万人左右: in the values' multiplier --
    assert rows[("城镇调查失业率", "城镇调查失业率")].change_text() == "以内→左右"
    # -- 能耗强度 and 单位地区生产总值能耗 are one indicator worded two ways --
    assert ("单位地区生产总值能耗", "能耗强度") in rows
    assert (None, "粮食产量") in rows and ("居民收入", None) in rows
    # -- a clause that qualifies the target before it is no target of its own --
    assert all("力争" not in (r.new.indicator if r.new else "") for r in rows.values())
    assert gdp.to_json() == {
        "indicator": "地区生产总值增长",
        "old": {"text": "地区生产总值增长6%左右", "value": 6.0, "unit": "%", "qualifier": "左右"},
        "new": {"text": "地区生产总值增长5.5%左右", "value": 5.5, "unit": "%", "qualifier": "左右"},
        "change": -0.5,
    }


def test_the_surveyed_and_the_registered_unemployment_rate_are_two_indicators() -> None:
    """One report sets both (城镇调查失业率5.5%左右，城镇登记失业率4.5%以内); a report that sets
    only the registered rate is not compared with the surveyed one, however alike the names."""
    old = find_targets(parse_text("一、今年的工作\n今年发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业6万人以上，"
                                  "城镇登记失业率4.5%以内；居民消费价格涨幅3%左右。\n", "2017.txt"))
    new = find_targets(parse_text("一、今年的工作\n今年发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业6万人以上，"
                                  "城镇调查失业率5.5%左右，城镇登记失业率4.5%以内；居民消费价格涨幅3%左右。\n",
                                  "2018.txt"))
    rows = {(r.old.indicator if r.old else None, r.new.indicator if r.new else None) for r in compare_targets(old, new)}
    assert ("城镇登记失业率", "城镇登记失业率") in rows and (None, "城镇调查失业率") in rows
    only_registered = [t for t in old if "失业率" in t.indicator]
    only_surveyed = [t for t in new if "调查" in t.indicator]
    assert all(r.old is None or r.new is None for r in compare_targets(only_registered, only_surveyed))


def test_targets_listed_one_a_paragraph() -> None:
    report = parse_text(
        "某县2025年政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长5.2%。\n二、2025年工作安排\n"
        "今年全县经济社会发展的主要预期目标是：\n1.地区生产总值增长5%左右。\n2.规模以上工业增加值增长6%。\n"
        "3.城乡居民人均可支配收入增长与经济增长同步。\n4.粮食产量稳定在25万吨以上。\n"
        "实现上述目标，要坚持稳中求进工作总基调，统筹发展和安全，扎实推动高质量发展，奋力谱写现代化建设新篇章，"
        "确保各项目标任务全面完成。\n", "county.txt")
    targets = find_targets(report)
    assert [t.indicator for t in targets] == ["地区生产总值增长", "规模以上工业增加值增长", "城乡居民人均可支配收入",
                                              "粮食产量"]
    assert targets[-1].unit == "吨" and targets[-1].qualifier == "以上"


def test_a_numbered_list_broken_by_a_page_number_is_one_list_without_its_numbers() -> None:
    text = ("云岭省政府工作报告\n一、2024年工作回顾\n过去一年，全省地区生产总值增长5.3%。\n"
            "二、2025年总体要求和主要目标\n今年全省经济社会发展的主要预期目标是：\n"
            "1.地区生产总值增长5.5%左右；\n2.一般公共预算收入增长4%左右；\n— 3 —\n"
            "3.城镇新增就业50万人以上；\n4.居民消费价格涨幅2%左右。\n")
    targets = find_targets(parse_text(text, "2025.txt"))
    assert [t.text for t in targets] == ["地区生产总值增长5.5%左右", "一般公共预算收入增长4%左右",
                                         "城镇新增就业50万人以上", "居民消费价格涨幅2%左右"]


def test_a_range_target_keeps_both_ends() -> None:
    (gdp, *_rest) = parse_targets("国内生产总值增长6%－6.5%；城镇新增就业1100万人以上；国际收支基本平衡")
    assert (gdp.value, gdp.upper, gdp.raw) == (6.0, 6.5, "6%－6.5%")
    assert gdp.to_json()["upper"] == 6.5


def test_the_targets_come_first_in_every_format() -> None:
    comparison = compare(CITY_2024, CITY_2025)
    assert comparison.targets
    text = render(comparison, "text")
    assert text.split("\n== ")[1].startswith("主要预期目标")  # -- the first section after the counts --
    markdown = render(comparison, "md")
    assert "## 主要预期目标" in markdown and "| 地区生产总值增长 | 地区生产总值增长6%左右 |" in markdown
    html = render(comparison, "html")
    assert html.index('id="targets"') < html.index('class="part"')
    document = json.loads(render(comparison, "json"))
    assert document["targets"][0]["indicator"] == "地区生产总值增长"
    # -- the review's 全市地区生产总值增长6.1% is what last year's 6%左右 reached --
    assert set(document["targets"][0]) == {"indicator", "old", "new", "change", "result"}
    assert document["targets"][0]["result"] == "6.1%"


def test_reports_without_targets_have_no_table(seed_vs_sample) -> None:
    assert seed_vs_sample.targets == ()
    assert "主要预期目标" not in render(seed_vs_sample, "text")
    assert 'id="targets"' not in render(seed_vs_sample, "html")
    assert json.loads(render(seed_vs_sample, "json"))["targets"] == []


@needs_real
@pytest.mark.parametrize(("old", "new"), [(2021, 2022), (2022, 2023)], ids=["2021-2022", "2022-2023"])
def test_every_target_of_the_key_is_found_and_paired(old: int, new: int) -> None:
    answer = json.loads((KEYS / f"{old}-{new}.figures.json").read_text(encoding="utf-8"))["targets"]
    comparison = compare(REAL / f"guowuyuan-zfgzbg-{old}-s.txt", REAL / f"guowuyuan-zfgzbg-{new}-s.txt")
    olds = [old for r in comparison.targets for old in r.olds]
    news = [r.new for r in comparison.targets if r.new is not None]
    for side, found in (("old", olds), ("new", news)):
        texts = {key(t.text) for t in found}
        indicators = {key(t.indicator) for t in found}
        for target in answer[side]:
            assert key(target["indicator"]) in indicators, target
            assert any(key(target["text"]) in text for text in texts), target
    # -- a target continuing two of last year's (能耗和主要污染物排放量) pairs with each of them --
    got = {(key(old.indicator) if old else None, key(r.new.indicator) if r.new else None)
           for r in comparison.targets for old in (r.olds or (None,))}
    for pair in answer["pairs"]:
        assert tuple(key(x) if x else None for x in pair) in got, pair


_ZONE = ("某高新区管委会工作报告\n——{year}年2月10日在高新区{year}年工作会议上\n一、{last}年工作回顾\n"
         "全年实现地区生产总值612.8亿元，增长7.2%。\n二、{year}年工作思路和目标任务\n"
         "{period}"
         "主要目标是：地区生产总值增长{gdp}，固定资产投资增长8%，一般公共预算收入增长5%，新增国家高新技术企业100家。\n")
_PERIOD_GOALS = "“十五五”时期高新区发展的主要目标是：到2030年，地区生产总值突破1000亿元，年均增长7%左右，研发经费投入强度达到6%，建成国家一流高新区。\n"


@pytest.mark.parametrize("script", ["s", "t"])
def test_main_targets_written_as_main_goals_are_the_targets_not_the_five_year_goals(script) -> None:
    """A development zone writes 主要目标是：… for its year's targets; the goals of a plan period
    (“十五五”时期…主要目标是：到2030年…) before them are no year's targets."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    for period in ("", _PERIOD_GOALS):
        report = parse_text(convert(_ZONE.format(year=2026, last=2025, gdp="7%", period=period)))
        targets = find_targets(report)
        assert [key(t.text) for t in targets][:2] == ["地区生产总值增长7%", "固定资产投资增长8%"]
        assert not any("2030" in t.text or "1000亿元" in t.text for t in targets)
    # -- a report's 预期目标 is its targets even after a 主要目标 paragraph of another shape --
    both = convert(_ZONE.format(year=2026, last=2025, gdp="7%", period="") +
                   "今年主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业3000人，居民收入增长和经济增长同步。\n")
    assert key(find_targets(parse_text(both))[0].text) == "地区生产总值增长6.5%左右"


_RANGE_OLD = ("青山省2025年政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长5.3%；一般公共预算收入增长3.4%。\n"
              "二、2025年主要预期目标和重点工作\n全省经济社会发展的主要预期目标是：地区生产总值增长5%{sep}5.5%；"
              "一般公共预算收入增长3%{sep}4%；居民消费价格涨幅2%左右。\n（一）扩大内需。省级重点项目年度计划投资1.05万亿元以上。\n")
_RANGE_NEW = ("青山省2026年政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长5.4%；一般公共预算收入增长4.6%。\n"
              "二、2026年主要预期目标和重点工作\n全省经济社会发展的主要预期目标是：地区生产总值增长4.5%{sep}5%；"
              "一般公共预算收入增长3.5%左右；居民消费价格涨幅1.5%{sep}2.5%。\n（一）扩大内需。省级重点项目年度计划投资1.1万亿元以上。\n")


@pytest.mark.parametrize("sep", ["—", "－", "-", "~", "至", "到"])
@pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_a_range_target_is_one_figure_whose_change_is_shown(convert, sep: str) -> None:
    """5%—5.5% is one figure with a lower end: last year's plan against this year's 5.4% whole,
    next year's range against it on the midpoints, and a range that became a point or a point
    a range is shown changed too."""
    comparison = compare(convert(_RANGE_OLD.format(sep=sep)), convert(_RANGE_NEW.format(sep=sep)))
    assert all(f.label.strip("—-－~至到") for f in comparison.figures)
    gdp = [f for f in comparison.figures if f.old is not None and f.old.raw == convert(f"5%{sep}5.5%")]
    assert {f.kind: f.new.raw for f in gdp if f.new is not None} == {"plan_result": "5.4%", "year": convert(f"4.5%{sep}5%")}
    assert next(f for f in gdp if f.kind == "year").change == -0.5
    rows = {row.old.raw: row for row in comparison.targets if row.old is not None}
    assert rows[convert(f"5%{sep}5.5%")].change_text() == "-0.5个百分点"
    assert rows[convert(f"3%{sep}4%")].change_text() == "区间→左右"
    assert rows[convert("2%左右")].change_text() == "左右→区间"


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_reviews_main_indicators_are_no_targets(script) -> None:
    """全区主要经济指标是：规上工业增加值增长8.2%，… in the review reports last year's results."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    text = convert("某开发区管委会工作报告\n一、2025年工作回顾\n2025年，全区主要经济指标是：规上工业增加值增长8.2%，"
                   "固定资产投资增长6.1%，一般公共预算收入增长4.3%。\n二、2026年工作思路和目标任务\n坚持项目为王。全年新开工项目90个以上。\n")
    assert find_targets(parse_text(text)) == ()


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_qualifier_change_reads_in_the_language_of_the_run(script) -> None:
    """城镇调查失业率5.5%以内 → 5.5%左右: 以内→左右 in Chinese, at most→about in English (the
    report's own words in a Chinese run, no Chinese in an English label)."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    old = parse_text(convert("2024年政府工作报告\n一、2023年工作回顾\n经济平稳运行。\n二、2024年工作任务\n"
                             "今年主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；城镇调查失业率5.5%以内。\n"))
    new = parse_text(convert("2025年政府工作报告\n一、2024年工作回顾\n经济平稳运行。\n二、2025年工作任务\n"
                             "今年主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；城镇调查失业率5.5%左右。\n"))
    rows = [row for row in compare_targets(find_targets(old), find_targets(new)) if row.old and row.new
            and row.old.qualifier != row.new.qualifier]
    assert [row.change_text("en") for row in rows] == ["at most→about"]
    assert [opencc.OpenCC("t2s").convert(row.change_text("zh")) for row in rows] == ["以内→左右"]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_stretch_target_keeps_its_stretch_and_an_assurance_is_no_target_of_its_own(script) -> None:
    """地区生产总值增长6.5%，力争7% is one target written whole (its figure the floor, 6.5%), like
    8%以上、力争9%; 确保与经济增长同步 after a revenue target qualifies it, and is no target "与经济"."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    targets = parse_targets(convert("地区生产总值增长6.5%，力争7%；规上工业增加值增长8%以上、力争9%；"
                                    "一般公共预算收入增长5%，确保与经济增长同步；城镇新增就业5万人左右，在实际工作中力争更好"))
    texts = [opencc.OpenCC("t2s").convert(t.text) for t in targets]
    assert texts == ["地区生产总值增长6.5%，力争7%", "规上工业增加值增长8%以上、力争9%",
                     "一般公共预算收入增长5%，确保与经济增长同步", "城镇新增就业5万人左右，在实际工作中力争更好"]
    assert [t.value for t in targets] == [6.5, 8.0, 5.0, 50_000.0]
    # -- a target of its own that opens on 确保 stays one: 确保完成省下达的节能目标 --
    own = parse_targets(convert("地区生产总值增长6%左右；确保完成省下达的节能目标；城镇新增就业5万人"))
    assert len(own) == 3


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_dropped_or_added_qualifier_says_so(script) -> None:
    """8%以上 → 8% reads 去掉“以上” (dropped "or more"), not a bare 以上→."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    old = parse_targets(convert("地区生产总值增长6%；规上工业增加值增长8%以上；城镇新增就业5万人"))
    new = parse_targets(convert("地区生产总值增长6%左右；规上工业增加值增长8%；城镇新增就业5万人"))
    rows = {opencc.OpenCC("t2s").convert(row.indicator): row for row in compare_targets(old, new)}
    t2s = opencc.OpenCC("t2s").convert
    assert t2s(rows["规上工业增加值增长"].change_text()) == "去掉“以上”"
    assert rows["规上工业增加值增长"].change_text("en") == "drops “or more”"
    assert t2s(rows["地区生产总值增长"].change_text()) == "加上“左右”"
    assert rows["地区生产总值增长"].change_text("en") == "adds “about”"
    assert rows["城镇新增就业"].change_text() == ""


_BOUND_OLD = ("白河市2025年政府工作报告\n一、2024年工作回顾\n全市地区生产总值增长5.6%。\n"
              "二、2025年主要预期目标和重点工作\n全市经济社会发展的主要预期目标是：地区生产总值增长5.5%—6%；"
              "城镇调查失业率5%以内；居民消费价格涨幅2%—2.5%。\n（一）扩大内需。市级重点项目年度计划投资800亿元以上。\n")
_BOUND_NEW = ("白河市2026年政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长5.8%。\n"
              "二、2026年主要预期目标和重点工作\n全市经济社会发展的主要预期目标是：地区生产总值增长5.5%以上；"
              "城镇调查失业率4.5%—5%；居民消费价格涨幅2.5%以内。\n（一）扩大内需。市级重点项目年度计划投资850亿元以上。\n")


@pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_a_range_against_a_floor_or_a_ceiling_shows_its_kind_of_change_and_no_number(convert) -> None:
    """5.5%—6% → 5.5%以上 has no middle to measure against: the row says 区间→以上 and no amount."""
    comparison = compare(convert(_BOUND_OLD), convert(_BOUND_NEW))
    texts = {key(row.indicator): row for row in comparison.targets if row.old is not None and row.new is not None}
    gdp, jobless, prices = texts["地区生产总值增长"], texts["城镇调查失业率"], texts["居民消费价格涨幅"]
    assert (gdp.change, gdp.change_text()) == (None, "区间→以上")
    assert (jobless.change, jobless.change_text()) == (None, "以内→区间")
    assert (prices.change, prices.change_text()) == (None, "区间→以内")
    assert gdp.to_json()["change"] is None
    # -- the figures of the two targets say the same --
    pair = next(f for f in comparison.figures if f.old is not None and f.old.raw == convert("5.5%—6%") and f.new is not None)
    assert (pair.new.raw, pair.change) == (convert("5.5%以上"), None)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_target_set_from_above_is_named_by_its_object_and_pairs_with_the_energy_target(script) -> None:
    """完成国家下达的节能减排目标任务 is the energy target written as a task: named 节能减排, not by
    its verb and who set it, and paired with next year's 单位地区生产总值能耗降低2.5%左右."""
    convert = OpenCC("s2t").convert if script == "t" else str
    old = parse_text(convert("2025年政府工作报告\n一、2024年工作回顾\n经济平稳运行。\n二、2025年工作安排\n"
                             "今年主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业60万人以上；完成国家下达的节能减排目标任务。\n"))
    new = parse_text(convert("2026年政府工作报告\n一、2025年工作回顾\n经济平稳运行。\n二、2026年工作安排\n"
                             "今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业60万人以上；单位地区生产总值能耗降低2.5%左右。\n"))
    energy = find_targets(old)[2]
    assert key(energy.indicator) == "节能减排" and "energy" in energy.topics
    rows = compare_targets(find_targets(old), find_targets(new))
    assert [(key(row.old.text), key(row.new.text)) for row in rows if row.old and row.new][2] == \
        ("完成国家下达的节能减排目标任务", "单位地区生产总值能耗降低2.5%左右")


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_qualitative_target_is_named_by_its_subject_and_risk_targets_pair(script) -> None:
    """进出口回稳向好 is about 进出口, 供给侧结构性改革取得实质性进展 about the reform; the year's
    risk target pairs with next year's whichever risks it names."""
    convert = OpenCC("s2t").convert if script == "t" else str
    old = parse_text(convert("2018年政府工作报告\n一、过去一年工作回顾\n经济平稳运行。\n二、2018年工作任务\n"
                             "今年主要预期目标是：国内生产总值增长6.5%左右；进出口回稳向好；"
                             "供给侧结构性改革取得实质性进展；各类风险有序有效防控。\n"))
    new = parse_text(convert("2019年政府工作报告\n一、2018年工作回顾\n经济平稳运行。\n二、2019年工作任务\n"
                             "今年主要预期目标是：国内生产总值增长6%－6.5%；进出口稳中提质；金融财政风险有效防控。\n"))
    assert [key(t.indicator) for t in find_targets(old)] == ["国内生产总值增长", "进出口", "供给侧结构性改革", "各类风险"]
    rows = compare_targets(find_targets(old), find_targets(new))
    paired = {key(row.old.indicator): key(row.new.indicator) for row in rows if row.old and row.new}
    assert paired["进出口"] == "进出口" and paired["各类风险"] == "金融财政风险"
