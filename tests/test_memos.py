"""Memos and caches added for big inputs give exactly the results of the plain computations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import reportdiff.classify as classify_module
from reportdiff.align import Scorer, align_measures, align_sections
from reportdiff.classify import classify
from reportdiff.diff import RedlineMemo, redline
from reportdiff.pipeline import _sections_with_roles, compare, load_report

from conftest import SAMPLE, SEED

_WORDS = st.sampled_from(["加强", "執法", "执法", "监督", "2024年", "2025年", "170.81万件", "，", "。", "（一）", "规范", "規範"])
_TEXTS = st.lists(_WORDS, max_size=12).map("".join)
_YEARS = st.sampled_from([None, {}, {"2024": "2025"}, {"2024": "2025", "2023": "2024"}])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_TEXTS, _TEXTS, _YEARS), min_size=1, max_size=6))
def test_redline_memo_gives_the_plain_redline(calls) -> None:
    memo = RedlineMemo()
    # -- each call twice: the second answer comes from the memo --
    for old, new, years in calls + calls:
        assert memo(old, new, years) == redline(old, new, years)


def test_redline_memo_tells_years_apart() -> None:
    memo = RedlineMemo()
    plain = memo("2024年受理案件", "2025年受理案件")
    mapped = memo("2024年受理案件", "2025年受理案件", {"2024": "2025"})
    assert plain != mapped
    assert mapped == redline("2024年受理案件", "2025年受理案件", {"2024": "2025"})


def _repeated(path, times: int) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    return "\n".join(lines[:start] + lines[start:] * times) + "\n"


def test_classify_of_a_repeating_pair_equals_the_unmemoised_one(monkeypatch) -> None:
    # -- a pair repeating its body: every redline (splits and headings too) is asked several times --
    old, new = load_report(_repeated(SEED, 3)), load_report(_repeated(SAMPLE, 3))
    scorer = Scorer([m.key for m in old.measures + new.measures])
    alignment = align_measures(old.measures, new.measures, scorer)
    sections = align_sections(_sections_with_roles(old), _sections_with_roles(new), alignment.pairs, scorer)
    memoised = classify(old, new, alignment, sections)
    monkeypatch.setattr(classify_module, "RedlineMemo", lambda: redline)
    assert classify(old, new, alignment, sections) == memoised
    assert sum(m.relation is not None for m in memoised[0]) >= 2 * 3


def test_figures_of_a_repeating_pair_equal_the_uncached_ones(monkeypatch) -> None:
    # -- one extraction per distinct text, the linked slots kept across pairs: same records --
    from reportdiff import figures

    comparison = compare(_repeated(SEED, 3), _repeated(SAMPLE, 3), promises=False, expressions=False)
    old, new = comparison.old, comparison.new
    pairs = [(m.old, m.new) for m in comparison.matches if m.old and m.new]
    cached = figures.compare_figures(old.measures, new.measures, pairs, old_sides=figures.measure_sides(old),
                                     new_sides=figures.measure_sides(new))
    plain_value_figures, plain_assign = figures._value_figures, figures._assign
    monkeypatch.setattr(figures, "_value_figures", lambda measure, known=None: plain_value_figures(measure))
    monkeypatch.setattr(figures, "_assign", lambda cands, link, used=None: plain_assign(cands, link))
    plain = figures.compare_figures(old.measures, new.measures, pairs, old_sides=figures.measure_sides(old),
                                    new_sides=figures.measure_sides(new))
    assert cached == plain == comparison.figures
    assert sum(f.old is not None and f.new is not None for f in cached) >= 3 * 10
