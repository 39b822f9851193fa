"""``reportdiff timeline``: lineage on the constructed series, targets of the real reports, the cache."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_series import texts, write_series, write_two_kinds

from reportdiff.cli import cli
from reportdiff.corpus.cache import ReportStore
from reportdiff.corpus.commands import run_timeline
from reportdiff.normalize import key as norm_key

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
#: The GDP growth target (国内生产总值增长…) each State Council report sets.
# -- 2017 is written with its stretch (在实际工作中争取更好结果), as the report sets it --
GDP_TARGETS = {2016: "6.5%－7%", 2017: "6.5%左右，在实际工作中争取更好结果", 2018: "6.5%左右", 2019: "6%－6.5%", 2021: "6%以上",
               2022: "5.5%左右", 2023: "5%左右"}


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))


def _timeline_json(folder: Path, *extra: str) -> dict:
    result = CliRunner().invoke(cli, ["timeline", str(folder), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_lineage_matches_the_key_written_with_the_series(tmp_path) -> None:
    folder = write_series(tmp_path / "reports")
    key = json.loads((tmp_path / "reports.lineage.json").read_text(encoding="utf-8"))
    data = _timeline_json(folder)
    (timeline,) = data["bodies"]
    assert timeline["body"] == "云泽市司法局" and timeline["years"] == [2022, 2023, 2024, 2025]
    by_title = {norm_key(title): lineage for lineage in timeline["measures"] for title in lineage["titles"]}
    for title, expected in key.items():
        lineage = by_title[norm_key(title)]
        assert {k: lineage[k] for k in expected} == expected, title
    adviser = by_title[norm_key("健全政府法律顾问制度")]
    assert [entry["status"] for entry in adviser["years"].values()] == ["new", "continued", "moved"]
    # -- a reworded title stays one lineage --
    reworded = by_title[norm_key("严格规范性文件合法性审核")]
    assert len(reworded["titles"]) == 2 and reworded["first_year"] == 2022 and reworded["last_year"] == 2025
    # -- figures year by year, expressions with the years they appear in --
    visits = next(f for f in timeline["figures"] if f["label"] == "走访企业")
    assert [v["raw"] for v in visits["values"].values()] == ["620余家", "620余家", "620余家", "810餘家"]
    expressions = {e["text"]: e["years"] for e in timeline["expressions"]}
    assert expressions["编印《民营企业常见法律风险防范指引》"] == [2022, 2023, 2024]


def test_markdown_and_html(tmp_path) -> None:
    folder = write_series(tmp_path / "reports")
    page = tmp_path / "timeline.html"
    result = CliRunner().invoke(cli, ["timeline", str(folder), "-o", str(page), "--lang", "en"])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.count("<svg") >= 10 and "<script" not in html and "Lineage of measures" in html
    result = CliRunner().invoke(cli, ["timeline", str(folder)])
    # -- the rows read in the script of the newest report (2025, 繁體) --
    assert "| 規範律師和公證行業管理 | ● | ＝ | ＝ | ✕ | 2022 | 2024 |" in result.stdout
    assert CliRunner().invoke(cli, ["timeline", str(folder), "-o", str(tmp_path / "t.docx")]).exit_code == 2


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_gdp_target_of_every_real_report(tmp_path) -> None:
    data = _timeline_json(REAL)
    (timeline,) = data["bodies"]
    gdp = next(t for t in timeline["targets"] if t["indicator"].startswith("国内生产总值"))
    assert {int(year): target["text"].removeprefix("国内生产总值增长") for year, target in gdp["years"].items()} \
        == GDP_TARGETS
    markdown = CliRunner().invoke(cli, ["timeline", str(REAL)]).stdout
    # -- each target beside what the next report's review says it reached (none over the 2020 gap,
    #    none yet for the latest) --
    reached = {2016: "6.7%", 2017: "6.9%", 2018: "6.6%", 2021: "8.1%", 2022: "3%"}
    cells = [target + (f"（实际 {reached[year]}）" if year in reached else "") for year, target in GDP_TARGETS.items()]
    assert "| 国内生产总值增长 | " + " | ".join(cells) + " |" in markdown


def test_second_run_parses_only_the_added_year(tmp_path) -> None:
    folder = write_series(tmp_path / "reports", years=(2022, 2023, 2024))
    cache = tmp_path / "store"
    _, _, first = run_timeline(folder, store=ReportStore(directory=cache))
    assert (first.parsed, first.hits) == (3, 0)
    write_series(folder, years=(2025,))
    timelines, _, second = run_timeline(folder, store=ReportStore(directory=cache))
    # -- only yunze-2025.txt is parsed; the two old year-to-year steps come from the cache too --
    assert (second.parsed, second.hits, second.derived_hits) == (1, 3, 2)
    assert timelines[0].years == (2022, 2023, 2024, 2025)
    _, _, uncached = run_timeline(folder, store=ReportStore(use_cache=False))
    assert (uncached.parsed, uncached.hits) == (4, 0)


def test_cache_serves_a_renamed_copy_under_its_new_name(tmp_path) -> None:
    folder = write_series(tmp_path / "reports", years=(2024, 2025))
    store = ReportStore(directory=tmp_path / "store")
    store.load(folder / "yunze-2024.txt")
    shutil.copy(folder / "yunze-2024.txt", tmp_path / "copy.txt")
    again = ReportStore(directory=tmp_path / "store")
    report = again.load(tmp_path / "copy.txt")
    assert again.hits == 1 and again.parsed == 0 and report.source == str(tmp_path / "copy.txt")


def test_jobs_give_the_same_timeline(tmp_path) -> None:
    folder = write_series(tmp_path / "reports")
    one = _timeline_json(folder, "--no-cache")
    two = _timeline_json(folder, "--no-cache", "--jobs", "2")
    assert one == two


_TOWNSHIP = """柳塘镇{year}年法治政府建设年度报告
一、主要举措和成效
（一）化解矛盾纠纷。{mediation}，化解率{rate}。
（二）加强执法队伍建设。镇综合行政执法队办理行政处罚案件{cases}件。
二、下一步工作计划
一是加强执法队伍建设，新增持证执法人员不少于{plan}名。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_figure_rows_hold_results_and_follow_a_reworded_label(tmp_path, script) -> None:
    """A row of 数据历年 is what each year reports an indicator reached: a plan's target (不少于4名)
    is no year's value, and a figure the wording around it renamed between two comparisons
    (排查化解矛盾纠纷 → 依托镇综治中心排查化解矛盾纠纷) stays one row."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    years = {2023: ("排查化解矛盾纠纷288件", "97.9%", 44, 3), 2024: ("排查化解矛盾纠纷316件", "98.4%", 58, 4),
             2025: ("依托镇综治中心排查化解矛盾纠纷342件", "98.8%", 73, 5)}
    for year, (mediation, rate, cases, plan) in years.items():
        (folder / f"柳塘镇-{year}.txt").write_text(convert(_TOWNSHIP.format(
            year=year, mediation=mediation, rate=rate, cases=cases, plan=plan)), encoding="utf-8")
    (timeline,) = _timeline_json(folder)["bodies"]
    rows = {norm_key(f["label"]): [v["raw"] for v in f["values"].values()] for f in timeline["figures"]}
    disputes = [raws for label, raws in rows.items() if "矛盾纠纷" in label]
    assert disputes == [["288件", "316件", "342件"]]
    assert rows[norm_key("化解率")] == ["97.9%", "98.4%", "98.8%"]
    assert not any("持证执法人员" in label for label in rows), rows


_COUNTY = {2025: """青川县2025年政府工作报告
各位代表：
一、2024年工作回顾
过去一年，我们主要做了以下工作：
（一）坚持项目带动。全年新开工项目12个，完成固定资产投资18.6亿元。
（二）改善民生。新建村级养老服务站5个，改造农村公路42公里。
二、2025年工作安排
（一）扩大有效投资
1.实施城市更新行动。改造老旧小区8个，新建停车位300个。
（二）增进民生福祉
1.新建村级养老服务站6个。
2.改造农村公路50公里以上。
""", 2026: """青川县2026年政府工作报告
各位代表：
一、2025年工作回顾
过去一年，我们主要做了以下工作：
（一）坚持项目带动。全年改造老旧小区9个，新建停车位320个。
（二）改善民生。新建村级养老服务站6个，改造农村公路48公里。
五年来，全县累计新建村级养老服务站26个，改造农村公路210公里。
二、2026年工作安排
（一）扩大有效投资。新开工项目15个。
（二）增进民生福祉。新建村级养老服务站8个。
"""}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_total_over_five_years_takes_no_years_place(tmp_path, script) -> None:
    """五年来累计新建…26个 beside the year's 新建…6个: the row holds the year's figure; a figure
    only one year has never overwrites what a pair of the two years put there (found in review)."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    for year, text in _COUNTY.items():
        (folder / f"青川县-{year}.txt").write_text(convert(text), encoding="utf-8")
    (timeline,) = _timeline_json(folder)["bodies"]
    rows = {norm_key(f["label"]): [v["raw"] for v in f["values"].values()] for f in timeline["figures"]}
    assert [raws for label, raws in rows.items() if "养老服务站" in label] == [[convert("5个"), convert("6个")]], rows
    assert [raws for label, raws in rows.items() if "农村公路" in label] == [["42公里", "48公里"]], rows


def test_a_bodys_reports_of_two_kinds_are_followed_apart(tmp_path) -> None:
    """A county's 政府工作报告 and its 法治政府建设 reports in one folder: two timelines, each of
    one kind (read as one series, the folder stopped on two reports of 2024)."""
    write_two_kinds(tmp_path, str)
    data = _timeline_json(tmp_path)
    assert sorted((timeline["body"], [r["kind"] for r in timeline["reports"]]) for timeline in data["bodies"]) == [
        ("青禾县政府工作报告", ["government_work", "government_work"]),
        ("青禾县法治政府建设年度报告", ["rule_of_law", "rule_of_law"])]


#: Two years of a county's 政府工作报告: the second joins two targets in one (能耗和主要污染物排放量).
_JOINED_TARGETS = """{year}年青禾县政府工作报告
——{year}年1月{day}日在青禾县第十八届人民代表大会第{session}次会议上
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、{last}年工作回顾
过去一年，全县地区生产总值增长5.6%，城镇新增就业3200人。
二、{year}年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业3000人以上；{energy}。
（一）扩大有效投资。新开工重大项目30个以上。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_target_naming_two_indicators_fills_each_indicators_row(tmp_path, script: str) -> None:
    """单位地区生产总值能耗下降3%左右，主要污染物排放量继续下降 one year, 单位地区生产总值能耗和主要污染物排放量
    继续下降 the next: one row for energy and one for pollutants, each with both years (as `compare`
    pairs them), not a third row for the joined target."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    years = {2024: ("四", "单位地区生产总值能耗下降3%左右，主要污染物排放量继续下降"),
             2025: ("五", "单位地区生产总值能耗和主要污染物排放量继续下降")}
    for year, (session, energy) in years.items():
        text = _JOINED_TARGETS.format(year=year, last=year - 1, day=10 + year % 10, session=session, energy=energy)
        (folder / f"qinghe-{year}.txt").write_text(convert(text), encoding="utf-8")
    (timeline,) = _timeline_json(folder)["bodies"]
    rows = {row["indicator"]: sorted(row["years"]) for row in timeline["targets"]}
    energy = [name for name in rows if "能耗" in name]
    pollutants = [name for name in rows if "污染物" in name]
    assert len(energy) == 1 and len(pollutants) == 1, rows
    assert rows[energy[0]] == rows[pollutants[0]] == ["2024", "2025"]


def test_a_target_cell_shows_its_text_whole_when_the_name_goes_on() -> None:
    """居民收入和经济增长基本同步 under the row 居民收入 is shown whole, not as 和经济增长基本同步."""
    from reportdiff.render.timeline_render import _target_text

    row = {"indicator": "居民收入", "years": {"2016": {"text": "居民收入增长和经济增长基本同步"},
                                              "2017": {"text": "居民收入和经济增长基本同步"},
                                              "2018": {"text": "居民收入與經濟增長基本同步"}}}
    assert [_target_text(row, year) for year in (2016, 2017, 2018)] == [
        "增长和经济增长基本同步", "居民收入和经济增长基本同步", "居民收入與經濟增長基本同步"]


_WORK_REPORT = """青禾县人民政府{year}年政府工作报告
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、{prev}年工作回顾
过去一年，我们坚持稳中求进工作总基调，{theme}全县地区生产总值增长{gdp}%，城镇新增就业{jobs}人。
（一）狠抓项目建设。全年实施重点项目{projects}个。
二、{year}年主要目标和工作任务
今年全县经济社会发展的主要预期目标是：地区生产总值增长{target}左右；城镇新增就业{jobs_target}人以上；居民人均可支配收入增长与经济增长基本同步。
（一）扩大有效投资。今年地方政府专项债券拟安排{bonds}亿元。
（二）办好民生实事。{plan_theme}新建改建农村公路{roads}公里。
"""
_WORK_YEARS = {
    2023: dict(theme="", gdp="5.1", jobs=2300, projects=41, target="6%", jobs_target=2500, bonds="6.5", roads=100,
               plan_theme=""),
    2024: dict(theme="推动高质量发展，", gdp="6.2", jobs=2650, projects=46, target="5.5%", jobs_target=2600, bonds="7.2",
               roads=110, plan_theme="推动高质量发展，"),
    2025: dict(theme="推动高质量发展，", gdp="5.8", jobs=2710, projects=50, target="5%", jobs_target=2700, bonds="8.0",
               roads=120, plan_theme="发展新质生产力，"),
}


def _work_reports(folder: Path, years, script: str) -> Path:
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder.mkdir()
    for year in years:
        (folder / f"青禾县-{year}.txt").write_text(
            convert(_WORK_REPORT.format(year=year, prev=year - 1, **_WORK_YEARS[year])), encoding="utf-8")
    return folder


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_work_report_series_by_the_year_each_figure_is_of(tmp_path, script) -> None:
    """A 政府工作报告 reviews the year before its own: its figures are that year's (the heads say
    so), each target stands beside what the next review says it reached, what the plans budget
    (专项债券拟安排) is a series of its own, and a standing formulation has its first year."""
    (timeline,) = _timeline_json(_work_reports(tmp_path / "reports", (2023, 2024, 2025), script))["bodies"]
    assert [(r["year"], r["review_year"], r["plan_year"]) for r in timeline["reports"]] == [
        (2023, 2022, 2023), (2024, 2023, 2024), (2025, 2024, 2025)]
    gdp = next(t for t in timeline["targets"] if norm_key(t["indicator"]) == norm_key("地区生产总值增长"))
    assert {year: data.get("result") for year, data in gdp["years"].items()} == {
        "2023": "6.2%", "2024": "5.8%", "2025": None}
    figures = {norm_key(f["label"]): [v["raw"] for v in f["values"].values()] for f in timeline["figures"]}
    planned = {norm_key(f["label"]): [v["raw"] for v in f["values"].values()] for f in timeline["planned"]}
    assert figures[norm_key("地区生产总值增长")] == ["5.1%", "6.2%", "5.8%"]
    units = "億元" if script == "traditional" else "亿元"
    assert planned[norm_key("地方政府专项债券")] == [f"6.5{units}", f"7.2{units}", f"8.0{units}"]
    # -- a main target is in the targets table, not again among the planned figures --
    assert not any("就业" in label for label in planned) and not any("债券" in label for label in figures)
    standing = {norm_key(e["text"]): e["years"] for e in timeline["expressions"] if e["standing"]}
    assert standing[norm_key("高质量发展")] == [2024, 2025] and standing[norm_key("新质生产力")] == [2025]
    markdown = CliRunner().invoke(cli, ["timeline", str(tmp_path / "reports")]).stdout
    assert "| 2023 (2022年数据) | 2024 (2023年数据) | 2025 (2024年数据) |" in markdown
    assert "## 计划数据历年" in markdown and "## 规范提法出现年份" in markdown


def test_no_outcome_over_a_missing_year(tmp_path) -> None:
    """Over a gap the next report reviews another year: the 2023 target has no outcome in 2025's."""
    (timeline,) = _timeline_json(_work_reports(tmp_path / "reports", (2023, 2025), "simplified"))["bodies"]
    gdp = next(t for t in timeline["targets"] if t["indicator"] == "地区生产总值增长")
    assert all("result" not in data for data in gdp["years"].values())
    # -- the page marks the column after the missing year, not only the notice above --
    for lang, note in (("zh", "缺2024年"), ("en", "2024 missing")):
        page = CliRunner().invoke(cli, ["timeline", str(tmp_path / "reports"), "--format", "html", "--lang", lang]).stdout
        assert page.count(f"<th class='y gap' title='{note}'>") >= 3 and "<th class='y gap' title" not in page.split(
            "</h1>")[0]


def test_standing_formulations_enter_or_leave_in_one_run() -> None:
    """A term that comes and goes (2016, 2019, 2022 only) is a year's wording, not a theme's life;
    a term held by every year neither enters nor leaves; a term inside a longer one of the same
    years is the row."""
    from reportdiff.corpus.timeline import _standing

    keys = ["稳中求进新常态", "稳中求进推动高质量发展", "稳中求进推动高质量发展", "稳中求进新常态推动高质量发展"]
    found = dict(_standing(keys, [2016, 2017, 2018, 2019])[0])
    assert found["高质量发展"] == (2017, 2018, 2019)
    assert "推动高质量发展" not in found and "稳中求进" not in found and "新常态" not in found


def test_a_formulation_with_and_without_its_enumeration_comma_is_one_theme() -> None:
    """大众创业、万众创新 in two reports and 大众创业万众创新 in the next two is one theme held every
    year (no row entering or leaving); written one way only in the later years, it enters there."""
    from reportdiff.corpus.timeline import _standing

    years = [2016, 2017, 2018, 2019]
    keys = ["推进大众创业、万众创新", "大众创业、万众创新蓬勃发展", "推动大众创业万众创新", "大众创业万众创新深入发展"]
    assert not any("大众创业" in text for text, _ in _standing(keys, years)[0])
    later = dict(_standing(["稳中求进", "稳中求进", *keys[2:]], years)[0])
    assert [held for text, held in later.items() if "大众创业" in text] == [(2018, 2019)]


_OUTLINE = """青禾县人民政府{year}年政府工作报告
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、{prev}年工作回顾
过去一年，全县地区生产总值增长{gdp}%。{urban}
（一）狠抓项目建设。全年实施重点项目{projects}个。
{outline}{plans}、{year}年工作安排
（一）扩大有效投资。实施重点项目50个以上。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_five_year_outline_holds_no_years_figure(tmp_path, script) -> None:
    """The part of a 政府工作报告 that sets out the five-year plan (“十四五”时期…) beside its review
    and plans sets targets for five years on (城镇化率提高到65%): no year's value in 数据历年."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    outline = "二、“十四五”时期主要目标任务\n今后五年，常住人口城镇化率提高到65%，森林覆盖率达到24.1%。\n"
    texts = {2021: dict(gdp="3.2", urban="", projects=41, outline=outline, plans="三"),
             2022: dict(gdp="6.1", urban="常住人口城镇化率达到64.7%，森林覆盖率达到23.6%。", projects=46, outline="",
                        plans="二")}
    for year, fields in texts.items():
        text = _OUTLINE.format(year=year, prev=year - 1, **fields)
        (folder / f"青禾县-{year}.txt").write_text(convert(text), encoding="utf-8")
    (timeline,) = _timeline_json(folder)["bodies"]
    rows = {norm_key(f["label"]): [v["raw"] for v in f["values"].values()] for f in timeline["figures"]}
    assert rows[norm_key("地区生产总值增长")] == ["3.2%", "6.1%"]
    assert not any(raw in ("65%", "24.1%") for raws in rows.values() for raw in raws), rows


def _data_series(tmp_path: Path, name: str, script: str):
    """Copy tests/data/``name`` into a folder in ``script``; return the conversion and the folder."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted((Path(__file__).parent / "data" / name).glob("*.txt")):
        (folder / path.name).write_text(convert(path.read_text(encoding="utf-8")), encoding="utf-8")
    return convert, folder


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_end_of_term_review_holds_no_years_value(tmp_path, script) -> None:
    """The 2023 report of a county reviews five years and 2022: 五年来累计退出落后产能70万吨 is no
    year's value beside 12万吨 and 10万吨, while its 2022 paragraph's figures are 2022's."""
    convert, folder = _data_series(tmp_path, "timeline_term", script)
    (timeline,) = _timeline_json(folder)["bodies"]
    rows = {norm_key(f["label"]): {y: v["raw"] for y, v in f["values"].items()} for f in timeline["figures"]}
    assert rows[norm_key("退出落后产能")] == {"2022": convert("12万吨"), "2024": convert("10万吨")}
    assert rows[norm_key("新建改建农村公路")] == {"2022": "96公里", "2023": "105公里", "2024": "110公里"}
    assert not any("70" in raw or "520" in raw for values in rows.values() for raw in values.values()), rows
    # -- …but the level the five years reached (从180亿元增加到268亿元) is the level of 2022, the
    #    year the term closes on; the level it started from is no year's --
    assert rows[norm_key("地区生产总值")] == {"2022": convert("250亿元"), "2023": convert("268亿元"),
                                         "2024": convert("280亿元")}


def test_a_row_named_otherwise_for_a_year_stays_one_row() -> None:
    """2018's value left out (a five-year review), 2019's figure named 国内生产总值总量 by its pair
    with nothing, then 国内生产总值 again: one row, not two halves."""
    from reportdiff.corpus.timeline import FigurePair, Step, _figures

    def step(*pairs: FigurePair) -> Step:
        return Step((), pairs, ())

    gdp = "国内生产总值"
    steps = [step(FigurePair(gdp, "元", "67.7万亿元", 67.7, "74.4万亿元", 74.4, "a", "b")),
             step(FigurePair(gdp, "元", "74.4万亿元", 74.4, None, None, "b", None)),
             step(FigurePair(gdp + "总量", "元", None, None, "突破90万亿元", 90.0, None, "c")),
             step(FigurePair(gdp, "元", "突破90万亿元", 90.0, None, None, "c", None)),
             step(FigurePair(gdp, "元", None, None, "114万亿元", 114.0, None, "d"))]
    rows = _figures([2016, 2017, 2018, 2019, 2021, 2022], steps)
    assert [(label, sorted(values)) for label, _, values in rows] == [(gdp, [2016, 2017, 2019, 2022])]


@pytest.mark.parametrize(("text", "shown"), [
    ("能耗强度下降3%左右", "下降3%左右"),
    ("能耗强度目标在“十四五”规划期内统筹考核", "能耗强度目标在“十四五”规划期内统筹考核"),
    ("能耗強度目標在「十四五」規劃期內統籌考核", "能耗強度目標在「十四五」規劃期內統籌考核"),
    ("能耗强度和主要污染物排放量继续下降", "能耗强度和主要污染物排放量继续下降"),
])
def test_a_target_cell_drops_the_rows_name_only_before_the_target(text, shown) -> None:
    """A cell shows the target without the name its row shows, unless the name is the subject of
    what follows (…目标在“十四五”规划期内统筹考核 alone reads as no indicator's)."""
    from reportdiff.render.timeline_render import _target_text

    indicator = "能耗強度" if "強" in text else "能耗强度"
    assert _target_text({"indicator": indicator, "years": {"2022": {"text": text}}}, 2022) == shown


def test_a_sparkline_sits_on_the_tables_years() -> None:
    """Two points of 2016 and 2017 in a 2016–2023 table stay at its left, not across the chart."""
    import re

    from reportdiff.render.timeline_render import sparkline

    own = sparkline([(2016, 50.5), (2017, 51.6)])
    placed = sparkline([(2016, 50.5), (2017, 51.6)], span=(2016, 2023))
    xs = [float(x) for x in re.findall(r"cx='([\d.]+)'", placed)]
    assert [float(x) for x in re.findall(r"cx='([\d.]+)'", own)] == [4.0, 156.0]
    assert xs[0] == 4.0 and xs[1] < 30


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_points_of_a_paragraph_on_five_years_hold_no_years_value(tmp_path, script) -> None:
    """2020年是“十三五”收官之年。过去五年，…全面完成。一是…二是…新建改建农村公路460公里: the
    points go on in the paragraph's five years, though their own words no longer say so."""
    convert, folder = _data_series(tmp_path, "timeline_plan_period", script)
    (timeline,) = _timeline_json(folder)["bodies"]
    rows = {norm_key(f["label"]): [v["raw"] for v in f["values"].values()] for f in timeline["figures"]}
    assert rows[norm_key("城镇学位")] == [convert("800个"), convert("900个")]
    assert not any(raw.startswith(("460", "5200")) for raws in rows.values() for raw in raws), rows


@pytest.mark.parametrize("newest", ["traditional", "simplified"])
def test_rows_read_in_the_script_of_the_newest_report(tmp_path, newest) -> None:
    """A folder whose reports change script: every row's label (measures, figures, formulations)
    is shown in the newest report's script in Markdown and HTML, whichever report or key it came
    from; JSON keeps the labels as found and says the script."""
    import opencc

    to_new = opencc.OpenCC("s2t" if newest == "traditional" else "t2s").convert
    to_old = opencc.OpenCC("t2s" if newest == "traditional" else "s2t").convert
    folder = tmp_path / "reports"
    folder.mkdir()
    series = texts()
    for year, text in series.items():
        (folder / f"yunze-{year}.txt").write_text(to_new(text) if year == 2025 else to_old(text), encoding="utf-8")
    data = _timeline_json(folder)
    (body,) = data["bodies"]
    assert body["script"] == newest
    markdown = CliRunner().invoke(cli, ["timeline", str(folder)]).stdout
    page = CliRunner().invoke(cli, ["timeline", str(folder), "--format", "html"]).stdout
    labels = ([figure["label"] for figure in body["figures"]] + [e["text"] for e in body["expressions"]]
              + [title for lineage in body["measures"] for title in lineage["titles"]])
    changed = [label for label in labels if to_new(label) != label]
    assert changed, labels
    # -- …in the forms the newest report writes (為 as it writes, not s2t's 爲): display.in_forms
    #    with that report's forms --
    from reportdiff import display
    from reportdiff.pipeline import load_report

    newest_report = load_report((folder / "yunze-2025.txt").read_text(encoding="utf-8"))
    shown = display.in_forms(newest, display.forms_in_use(newest_report))
    for label in changed:
        # -- a long title (a shortcoming's sentence) is cut at a clause, and may carry its role's
        #    mark (〔不足〕): its opening is what the row shows --
        opening = shown(label)[:20]
        assert opening in markdown, label
        assert opening in page, label
    # -- no row label left in the other script (the column heads are the tool's own words) --
    rows = [line.split(" | ")[0].lstrip("| ") for line in markdown.splitlines() if line.startswith("| ")]
    rows = [row for row in rows if row not in ("举措", "指标", "提法")]
    assert all(to_new(row) == row for row in rows), [row for row in rows if to_new(row) != row][:5]


def test_one_indicator_under_two_names_is_one_row_and_two_indicators_two() -> None:
    """赤字规模 one year and 财政赤字 the others name one indicator (how it is measured, the field it
    is of): one row, named as the newest year names it. 中央财政赤字 is another indicator, and a pair
    compare made of 中央财政赤字 and 中央财政资金 is cut into two rows' values."""
    from reportdiff.corpus.timeline import FigurePair, Step, _figures

    def step(*pairs: FigurePair) -> Step:
        return Step((), pairs, ())

    # -- 财政赤字 in 2018 and 2019, 赤字规模 in 2021 and 2022, and compare left 2019's and 2021's
    #    unpaired --
    steps = [step(FigurePair("财政赤字", "元", "2.38万亿元", 2.38e12, "2.76万亿元", 2.76e12, "a", "b", "财政赤字", "财政赤字"),
                  FigurePair("中央财政赤字", "元", "1.55万亿元", 1.55e12, "1.83万亿元", 1.83e12, "a", "b",
                             "中央财政赤字", "中央财政赤字")),
             step(FigurePair("财政赤字", "元", "2.76万亿元", 2.76e12, None, None, "b", None, "财政赤字", ""),
                  FigurePair("赤字规模", "元", None, None, "3.57万亿元", 3.57e12, None, "c", "", "赤字规模"),
                  FigurePair("中央财政资金", "元", "1.83万亿元", 1.83e12, "2.8万亿元", 2.8e12, "b", "c",
                             "中央财政赤字", "中央财政资金")),
             step(FigurePair("赤字规模", "元", "3.57万亿元", 3.57e12, "3.88万亿元", 3.88e12, "c", "d", "赤字规模", "赤字规模"))]
    rows = {label: {year: raw for year, (raw, _) in values.items()}
            for label, _, values in _figures([2018, 2019, 2021, 2022], steps)}
    assert rows["赤字规模"] == {2018: "2.38万亿元", 2019: "2.76万亿元", 2021: "3.57万亿元", 2022: "3.88万亿元"}
    assert rows["中央财政赤字"] == {2018: "1.55万亿元", 2019: "1.83万亿元"}
    assert "中央财政资金" not in rows and "财政赤字" not in rows


@pytest.mark.parametrize(("a", "b", "one"), [
    ("赤字规模", "财政赤字", True), ("财政赤字率", "赤字率", True), ("国内生产总值总量", "国内生产总值", True),
    ("进出口总额", "进出口额", True), ("中央财政赤字", "财政赤字", False), ("贷款余额", "贷款", False),
])
def test_indicator_names(a, b, one) -> None:
    from reportdiff.indicators import indicator_name, other_indicators

    assert (indicator_name(a) == indicator_name(b)) is one
    assert not other_indicators(a, b)


@pytest.mark.parametrize(("a", "b"), [("中央财政赤字", "中央财政资金"), ("城镇调查失业率", "城镇登记失业率")])
def test_two_indicators_alike_in_writing(a, b) -> None:
    from reportdiff.indicators import other_indicators

    assert other_indicators(a, b) and other_indicators(b, a)
