"""``reportdiff timeline`` on the seven State Council reports against tests/real_keys/timeline.json
(written by reading the reports before the command was run on them): years, the gap, the GDP and
jobs targets with what the next review says they reached, figure series by the year they are of,
the planned deficit ratio, and the first and last year of standing formulations.

Skips when ../shared/real (beside the repository) is absent: the project does not copy them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportdiff.cli import cli

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
KEY = json.loads((Path(__file__).parent / "real_keys" / "timeline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")


@pytest.fixture(scope="module")
def timeline(tmp_path_factory) -> tuple[dict, dict]:
    folder = tmp_path_factory.mktemp("reports")
    for path in sorted(REAL.glob("*-s.txt")):
        (folder / path.name).symlink_to(path)
    cache = tmp_path_factory.mktemp("cache")
    result = CliRunner(env={"REPORTDIFF_CACHE_DIR": str(cache)}).invoke(
        cli, ["timeline", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (body,) = data["bodies"]
    return data, body


def _row(rows: list[dict], name: str, field: str) -> dict:
    return next(row for row in rows if row[field] == name)


def test_years_and_the_gap(timeline) -> None:
    data, body = timeline
    assert body["years"] == KEY["years"]
    for report in body["reports"]:
        expected = KEY["reports"][str(report["year"])]
        assert (report["year"], report["review_year"], report["plan_year"]) == (
            expected["year"], expected["review_year"], expected["plan_year"])
    gaps = [w for w in data["warning_records"] if w["code"] == "timeline_gap"]
    assert [tuple(w["years"]) for w in gaps] == [tuple(KEY["gaps"])]


@pytest.mark.parametrize("indicator", sorted(KEY["targets"]))
def test_targets_by_year(timeline, indicator) -> None:
    _, body = timeline
    row = _row(body["targets"], indicator, "indicator")
    for year, expected in KEY["targets"][indicator].items():
        assert row["years"][year]["text"].startswith(indicator + expected["target"]), (year, row["years"][year])


@pytest.mark.parametrize("indicator", sorted(name for name in KEY["results"] if not name.startswith("_")))
def test_each_target_beside_what_the_next_review_says_it_reached(timeline, indicator) -> None:
    """The 2016 target (6.5%－7%) reached 6.7%, as the 2017 report says; the 2019 target has no
    outcome (no report of 2020), and the latest year's target none yet."""
    _, body = timeline
    row = _row(body["targets"], indicator, "indicator")
    results = KEY["results"][indicator]
    reviews = {report["review_year"]: str(report["year"]) for report in body["reports"]}
    for year in row["years"]:
        by = reviews.get(int(year))
        expected = results[by]["value"] if by else None
        assert row["years"][year].get("result", "").replace("％", "%") == (expected or ""), year


@pytest.mark.parametrize("indicator", sorted(name for name in KEY["results"] if not name.startswith("_")))
def test_result_series_are_each_reports_review(timeline, indicator) -> None:
    _, body = timeline
    row = _row(body["figures"], indicator, "label")
    got = {year: value["raw"].replace("％", "%") for year, value in row["values"].items()}
    assert got == {year: entry["value"] for year, entry in KEY["results"][indicator].items()}


def test_planned_deficit_ratio(timeline) -> None:
    _, body = timeline
    row = _row(body["planned"], "赤字率", "label")
    expected = {year: entry["value"] for year, entry in KEY["figures"]["赤字率"].items() if not year.startswith("_")}
    assert {year: value["raw"] for year, value in row["values"].items()} == expected


@pytest.mark.parametrize("term", sorted(name for name in KEY["expressions"] if not name.startswith("_")))
def test_standing_formulations_first_and_last_year(timeline, term) -> None:
    _, body = timeline
    row = _row(body["expressions"], term, "text")
    expected = KEY["expressions"][term]
    assert row["standing"] and (row["first_year"], row["last_year"]) == (expected["first"], expected["last"])


def test_renderers_say_the_year_figures_are_of(timeline, tmp_path) -> None:
    """Each report's figures are of its review year: the heads say so, and the targets say what
    they reached, in every format and both languages."""
    folder = Path(timeline[1]["reports"][0]["source"]).parent
    env = {"REPORTDIFF_CACHE_DIR": str(tmp_path / "cache")}
    markdown = CliRunner(env=env).invoke(cli, ["timeline", str(folder)]).stdout
    assert "| 2016 (2015年数据) | 2017 (2016年数据) |" in markdown and "6.5%－7%（实际 6.7%）" in markdown
    assert "## 计划数据历年" in markdown and "## 规范提法出现年份" in markdown
    english = CliRunner(env=env).invoke(cli, ["timeline", str(folder), "--lang", "en"]).stdout
    assert "| 2016 (data of 2015) |" in english and "6.5%－7%（reached 6.7%）" in english
    page = CliRunner(env=env).invoke(cli, ["timeline", str(folder), "--format", "html"]).stdout
    assert "<th class='y'>2016 (2015年数据)</th>" in page and "<div class='reached'>实际 6.7%</div>" in page


def test_standing_formulations_a_reviewer_wants_first_are_shown(timeline) -> None:
    """The themes read in the reports (standing_shown) are listed with their years, and at least two
    thirds of them among the rows shown before the fold (10 of 15 when this was written); the
    table shows 40 rows and folds the rest, one year's wording always folded."""
    _, body = timeline
    keyed = {term: entry for term, entry in KEY["standing_shown"].items() if not term.startswith("_")}
    rows = {row["text"]: row for row in body["expressions"] if row["standing"]}
    for term, entry in keyed.items():
        assert (rows[term]["first_year"], rows[term]["last_year"]) == (entry["first"], entry["last"]), term
    shown = [term for term in keyed if not rows[term]["folded"]]
    assert len(shown) * 3 >= len(keyed) * 2, sorted(set(keyed) - set(shown))
    # -- 40 rows by rank, and every theme that came back (共同富裕, 新征程: standing_returns) however
    #    it ranks: a return is neither one year's wording nor held throughout --
    assert sum(not row["folded"] for row in rows.values() if not row["returned"]) <= 40
    assert sum(not row["folded"] for row in rows.values()) >= 40
    assert not any(row["folded"] for row in rows.values() if row["returned"])
    assert all(row["folded"] for row in rows.values() if row["pattern"] == "one_year")


def test_the_central_deficit_row_holds_no_other_indicator(timeline) -> None:
    """2019's 中央财政赤字 1.83万亿元 is paired by compare with 2021's 2.8万亿元 中央财政资金纳入直达
    机制: two indicators, so the row keeps the deficit's four years under its own name."""
    _, body = timeline
    expected = {year: entry["value"] for year, entry in KEY["figures"]["中央财政赤字"].items() if not year.startswith("_")}
    row = _row(body["planned"], "中央财政赤字", "label")
    assert {year: value["raw"] for year, value in row["values"].items()} == expected


@pytest.mark.parametrize("indicator", sorted(name for name in KEY["term_levels"] if not name.startswith("_")))
def test_end_of_term_levels_stand_in_their_review_years_column(timeline, indicator) -> None:
    """The 2018 and 2023 reports review five years: the level each says was reached (从54万亿元增加到
    82.7万亿元, 增加到121万亿元) is its review year's, in the indicator's row; the start is no year's."""
    _, body = timeline
    row = _row(body["figures"], indicator, "label")
    for year, entry in KEY["term_levels"][indicator].items():
        assert row["values"][year]["raw"] == entry["value"], (year, row["values"])
    assert not any(value["raw"] in ("54万亿元", "52.2%") for value in row["values"].values())


def test_standing_formulations_that_come_back_are_listed_as_returns(timeline) -> None:
    """共同富裕 (2016, then 2021–22) and the other themes read as returns (standing_returns) are
    rows of the standing table marked ``returns``; terms that only come and go are no rows."""
    _, body = timeline
    rows = {row["text"]: row for row in body["expressions"] if row["standing"]}
    for term, entry in KEY["standing_returns"].items():
        if term.startswith("_"):
            continue
        assert (rows[term]["years"], rows[term]["pattern"]) == (entry["years"], "returns"), term
        assert rows[term]["returned"] and not rows[term]["folded"], term
    assert not set(KEY["standing_not_listed"]["terms"]) & set(rows)


def test_the_measures_table_is_ranked_and_folded(timeline) -> None:
    """319 lineages: 40 shown, measures that ran through the most reports first; every measure of
    one report alone folded; JSON keeps them all."""
    _, body = timeline
    measures = body["measures"]
    shown = [lineage for lineage in measures if not lineage["folded"]]
    assert len(shown) == 40 and measures[:40] == shown
    assert all(lineage["folded"] for lineage in measures if len(lineage["years"]) == 1)
    assert min(len(lineage["years"]) for lineage in shown) >= 3
