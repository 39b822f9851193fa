"""The policy-term lexicon: its data file, and which terms lift a span (expression_lexicon)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff import expression_lexicon as lexicon
from reportdiff.expression_units import Side
from reportdiff.pipeline import load_report

DATA = Path(lexicon.__file__).with_name("data") / "policy_terms.tsv"

OLD = ("2017年政府工作报告\n一、2016年工作回顾\n过去一年，我们推进供给侧结构性改革。\n"
       "二、2017年工作总体部署\n（一）深化供给侧结构性改革。扎实推进去产能。\n")
NEW = ("2018年政府工作报告\n一、过去五年工作回顾\n过去五年，我们推进供给侧结构性改革。\n"
       "二、2018年政府工作的建议\n（一）大力推动高质量发展。建设美丽中国。推进市场化法治化债转股。\n")


def test_every_line_of_the_data_file_names_a_term_an_area_and_a_year_or_none() -> None:
    rows = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) >= 1000
    for row in rows:
        assert len(row) == 3 and row[0] and row[1].isascii() and row[1].isalpha(), row
        assert row[2] == "" or 1949 <= int(row[2]) <= 2026, row
    assert len({row[0] for row in rows}) == len(rows)
    # -- quotation marks and digits are no part of a comparison key: “八五”普法 is 八五普法 --
    assert lexicon.terms()["八五普法"] == 2021
    assert lexicon.terms()["中国制造#"] == 2015


@pytest.fixture(scope="module")
def sides() -> tuple[Side, Side]:
    return Side(load_report(NEW)), Side(load_report(OLD))


def _unit(side: Side, text: str) -> int:
    return next(i for i, unit in enumerate(side.units) if text in unit.norm.key)


def test_a_fresh_term_on_token_boundaries_is_new_an_old_one_or_one_inside_a_word_is_not(sides) -> None:
    own, other = sides
    terms = lexicon.Lexicon(own, other)
    # -- 高质量发展 entered central documents in 2017: fresh for a 2018 report --
    assert "推动高质量发展" in terms.new
    # -- 美丽中国 is of 2012: the era's, not the year's --
    assert "美丽中国" not in terms.new
    index = _unit(own, "推动高质量发展")
    held = {term for _, _, term in terms.spans(index)}
    # -- 化债 is in the text only across 法治化|债转股 --
    assert held == {"高质量发展", "推动高质量发展"}
    tokens = own.units[index].masked
    first, last = tokens.index("大力"), tokens.index("发展") + 1
    assert terms.lift(index, first, last, len("大力推动高质量发展")) == lexicon.LIFT
    # -- a long span naming the term in passing is not lifted --
    assert terms.lift(index, first, len(tokens), 40) == 0.0


def test_a_dropped_term_is_fresh_by_the_old_reports_year(sides) -> None:
    new, old = sides
    # -- 深化供给侧结构性改革 (2017) is the 2017 report's and not the 2018 one's; 供给侧结构性改革 is both's --
    terms = lexicon.Lexicon(old, new)
    assert set(terms.new) - terms.recent == {"深化供给侧结构性改革"}


def test_a_recent_term_gains_less_than_a_fresh_one(sides) -> None:
    """去产能 (2015) is two years old for the 2017 report: recent, not fresh, not yet the era's
    (美丽中国, 2012, six years old for the 2018 report, gains nothing)."""
    new, old = sides
    terms = lexicon.Lexicon(old, new)
    assert terms.recent == {"去产能"}
    index = _unit(old, "扎实推进去产能")
    tokens = old.units[index].masked
    first, last = tokens.index("扎实"), tokens.index("产能") + 1
    assert terms.lift(index, first, last, len("扎实推进去产能")) == lexicon.RECENT_LIFT
    assert 0 < lexicon.RECENT_LIFT < lexicon.LIFT
    assert "美丽中国" not in lexicon.Lexicon(*sides).new


def test_a_report_of_no_known_year_lifts_nothing() -> None:
    undated = Side(load_report(NEW.replace("2018年政府工作报告", "政府工作报告").replace("2018年", "")))
    if undated.year is not None:
        pytest.skip("the year was found elsewhere in the text")
    assert lexicon.Lexicon(undated, Side(load_report(OLD))).new == ()
