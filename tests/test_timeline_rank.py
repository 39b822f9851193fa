"""The order of a timeline's formulation tables and the rows folded under a count
(reportdiff.corpus.timeline_rank): what a reviewer of a series wants first is first, the rest is
folded in every format, JSON keeps every row."""

from __future__ import annotations

import json

import opencc
import pytest
from click.testing import CliRunner
from corpus_series import texts
from hypothesis import given, settings, strategies as st

from reportdiff.cli import cli
from reportdiff.corpus import timeline_rank
from reportdiff.corpus.timeline_rank import pattern, ranked, weight

SERIES = (2016, 2017, 2018, 2019, 2021, 2022, 2023)


@pytest.mark.parametrize(("years", "expected"), [
    ((2018, 2019, 2021, 2022, 2023), "appears"),
    ((2016, 2017, 2018), "vanishes"),
    ((2016, 2017, 2022, 2023), "returns"),
    ((2017, 2018, 2019, 2021), "passes"),
    ((2021,), "one_year"),
    (SERIES, "throughout"),
])
def test_pattern_of_presence(years, expected) -> None:
    assert pattern(years, SERIES) == expected


def test_a_fresh_theme_outweighs_a_word_as_often_said_and_one_absence_halves() -> None:
    """新发展格局 entering the 2021 report, in central documents since 2020, is lifted; the same
    mentions of a word entering late (2011's term) are not; a word only the first report lacks
    weighs half its mentions."""
    fresh = weight((2021, 2022, 2023), SERIES, 9, entered=2020)
    stale = weight((2021, 2022, 2023), SERIES, 9, entered=2011)
    assert fresh > stale
    assert weight(SERIES[1:], SERIES, 9) == pytest.approx(weight((2021, 2022, 2023), SERIES, 9) / 2)
    # -- leaving and coming back are turns too --
    assert weight((2016, 2017, 2018), SERIES, 4) > weight((2017, 2018, 2019), SERIES, 4)
    assert weight((2016, 2017, 2022), SERIES, 4) > weight((2017, 2018, 2019), SERIES, 4)


def test_one_years_wording_and_rows_of_every_year_are_folded_and_last() -> None:
    rows = [("一年", (2019,)), ("历年", SERIES), ("新常态", (2016, 2017, 2018)), ("高质量发展", SERIES[2:])]
    weights = {"一年": 9.0, "历年": 9.0, "新常态": 2.0, "高质量发展": 3.0}
    listed, folded = ranked(rows, SERIES, weights)
    assert [text for text, _ in listed] == ["高质量发展", "新常态", "一年", "历年"]
    assert folded == {"一年", "历年"}


@given(st.lists(st.tuples(st.text(min_size=1, max_size=4),
                          st.sets(st.sampled_from(SERIES), min_size=1).map(lambda s: tuple(sorted(s)))),
                max_size=80, unique_by=lambda row: row[0]),
       st.integers(min_value=0, max_value=50))
@settings(deadline=None)
def test_ranking_keeps_every_row_and_shows_at_most_the_first(rows, seed) -> None:
    weights = {text: float((len(text) * 3 + seed) % 7) for text, _ in rows}
    listed, folded = ranked(rows, SERIES, weights)
    assert sorted(listed) == sorted(rows)
    shown = [text for text, _ in listed if text not in folded]
    assert len(shown) <= timeline_rank.SHOWN
    # -- the shown rows come first --
    assert [text for text, _ in listed[:len(shown)]] == shown


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_every_format_folds_the_rest_under_its_count(tmp_path, monkeypatch, script) -> None:
    """Two rows shown of each table (SHOWN = 2): Markdown and HTML fold the others in a details
    block that says how many; JSON lists every row with its pattern and whether it is folded."""
    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(timeline_rank, "SHOWN", 2)
    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    for year, text in texts().items():
        (folder / f"yunze-{year}.txt").write_text(convert(text), encoding="utf-8")
    runner = CliRunner()
    data = json.loads(runner.invoke(cli, ["timeline", str(folder), "--format", "json"]).stdout)
    (body,) = data["bodies"]
    others = [e for e in body["expressions"] if not e["standing"]]
    assert len(others) > 2 and [e["folded"] for e in others[:2]] == [False, False]
    assert all(e["folded"] for e in others[2:]) and all(e["pattern"] in timeline_rank.PATTERNS for e in others)
    hidden = sum(e["folded"] for e in others)
    markdown = runner.invoke(cli, ["timeline", str(folder)]).stdout
    assert f"<summary>其余 {hidden} 项（" in markdown and markdown.count("<details>") == markdown.count("</details>")
    shown_text = markdown.split("## 提法出现年份")[1].split("<details>")[0]
    # -- rows read in the newest report's script (the 2025 sample is 繁體) --
    written = opencc.OpenCC("s2t").convert
    assert all(written(e["text"]) in shown_text for e in others[:2]) and written(others[2]["text"]) not in shown_text
    page = runner.invoke(cli, ["timeline", str(folder), "--format", "html", "--lang", "en"]).stdout
    assert f"<details><summary>{hidden} more (" in page


def test_the_standing_table_of_a_folder_before_the_ranking_is_all_kept(tmp_path, monkeypatch) -> None:
    """JSON keeps every row whatever is folded: the same rows as with nothing folded."""
    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "reports"
    folder.mkdir()
    for year, text in texts().items():
        (folder / f"yunze-{year}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    everything = json.loads(runner.invoke(cli, ["timeline", str(folder), "--format", "json"]).stdout)
    monkeypatch.setattr(timeline_rank, "SHOWN", 0)
    folded = json.loads(runner.invoke(cli, ["timeline", str(folder), "--format", "json"]).stdout)
    rows = lambda data: sorted((e["text"], tuple(e["years"])) for e in data["bodies"][0]["expressions"])  # noqa: E731
    assert rows(everything) == rows(folded) and all(e["folded"] for e in folded["bodies"][0]["expressions"])


def test_of_two_reports_every_row_is_the_change_and_ranked() -> None:
    """Of a series of two reports each row is held by one of them: none is folded as one year's
    wording, the heavier first."""
    rows = [("甲", (2024,)), ("乙", (2025,)), ("丙", (2024, 2025))]
    listed, folded = ranked(rows, (2024, 2025), {"甲": 1.0, "乙": 2.0, "丙": 5.0})
    assert [text for text, _ in listed] == ["乙", "甲", "丙"] and folded == {"丙"}


# ---------------------------------------------------------------------------- measure lineages


def test_a_measure_that_ends_after_a_long_run_or_moves_is_lifted() -> None:
    """Of equal runs, one dropped after it and one moved rank above one that holds unchanged."""
    from reportdiff.corpus.timeline_rank import measure_weight

    held = measure_weight(["present", "modified", "modified"], False)
    assert measure_weight(["present", "modified", "modified"], True) > held
    assert measure_weight(["present", "moved", "modified"], False) > held
    assert measure_weight(["present", "modified", "modified", "modified"], False) > held
    # -- a measure of one report that the next drops is that year's: no lift for ending --
    assert measure_weight(["present"], True) == measure_weight(["present"], False)


def test_measures_ranked_by_run_and_one_reports_folded() -> None:
    from reportdiff.corpus.timeline_rank import ranked_measures

    lineages = [(["present"], True, 0), (["present", "modified"], False, 0),
                (["present", "modified", "modified", "modified"], True, 0), (["new"], False, 3)]
    order, folded = ranked_measures(lineages, reports=4)
    assert order == [2, 1, 0, 3]
    assert folded == {0, 3}
    # -- of two reports, a measure of one of them is the change between them: ranked, shown --
    order, folded = ranked_measures([(["present"], True, 0), (["present", "moved"], False, 0)], reports=2)
    assert order == [1, 0] and not folded


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(["present", "new", "modified", "moved", "continued"]),
                                   min_size=1, max_size=7), st.booleans(), st.integers(0, 6)), max_size=90),
       st.integers(2, 7))
def test_every_measure_is_ranked_once_and_at_most_shown_rows_are_shown(lineages, reports) -> None:
    from reportdiff.corpus.timeline_rank import ranked_measures

    order, folded = ranked_measures(lineages, reports)
    assert sorted(order) == list(range(len(lineages)))
    shown = [index for index in order if index not in folded]
    assert len(shown) <= timeline_rank.SHOWN
    # -- the rows shown come first: nothing folded ranks above a row shown --
    assert order[:len(shown)] == shown


@pytest.mark.parametrize(("years", "back"), [
    ((2016, 2021, 2022), True),              # -- gone three reports, back for two: 共同富裕 --
    ((2016, 2017, 2019, 2022), False),       # -- comes and goes: 货币政策工具 --
    ((2016, 2019, 2022), False),             # -- back for one report only, twice --
    ((2016, 2017, 2018, 2022), False),       # -- back in the latest report alone --
    ((2016, 2018, 2019, 2021), False),       # -- gone one report --
])
def test_a_return_is_gone_two_reports_and_back_two(years, back) -> None:
    series = (2016, 2017, 2018, 2019, 2021, 2022, 2023)
    assert timeline_rank.returned(years, series) is back


def test_a_return_is_never_folded_under_the_rows_ranked_lower() -> None:
    """A theme that came back is shown whatever its weight, after the rows shown by rank; the fold
    holds only one year's wording, what every report holds and the rows ranked lower."""
    series = (2016, 2017, 2018, 2019, 2021, 2022, 2023)
    rows = [(f"主题{index}", (2018, 2019, 2021, 2022, 2023)) for index in range(timeline_rank.SHOWN + 5)]
    rows += [("共同富裕", (2016, 2021, 2022)), ("货币政策工具", (2016, 2017, 2019, 2022))]
    weights = {text: 3.0 for text, _ in rows} | {"共同富裕": 0.5, "货币政策工具": 0.5}
    listed, folded = timeline_rank.ranked(rows, series, weights)
    shown = [text for text, _ in listed if text not in folded]
    assert "共同富裕" in shown and "货币政策工具" in folded
    assert len(shown) == timeline_rank.SHOWN + 1
    assert [text for text, _ in listed[:len(shown)]] == shown
