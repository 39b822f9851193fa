"""Memos and caches added for big inputs give exactly the results of the plain computations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import reportdiff.classify as classify_module
from reportdiff.align import Scorer, align_measures
from reportdiff.classify import classify
from reportdiff.diff import RedlineMemo, redline
from reportdiff.pipeline import _sections_with_roles, compare, load_report
from reportdiff.section_align import align_sections

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


# -- align: the same answers from the faster loops --

_IDS = st.text(alphabet="一二三~/()123", min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.integers(0, 30), max_size=80), st.floats(0.01, 5)), max_size=8),
       st.integers(0, 30))
def test_best_hits_are_the_counters_most_common(postings, at) -> None:
    from collections import Counter

    from reportdiff import align

    postings = [(sorted(found), weight) for found, weight in postings]
    hits: Counter[int] = Counter()
    for found, weight in postings:
        for i in align._near(found, at):
            hits[i] += weight
    assert align._best_hits(postings, at) == hits.most_common(align.CANDIDATES)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_IDS, st.sampled_from(["工作回顾", "今年工作安排", "政府自身建设", "工作"])), max_size=9,
                unique_by=lambda row: row[0]),
       st.lists(st.tuples(_IDS, st.sampled_from(["过去一年工作回顾", "今年工作安排", "加强政府自身建设", "工作"])),
                max_size=9, unique_by=lambda row: row[0]))
def test_parts_pair_as_the_sort_of_every_pair_does(olds, news) -> None:
    from reportdiff import align
    from reportdiff.models import Part, Role

    def parts(rows):
        return [Part(id=i, marker="一、", title=k, key=k, role=Role.OTHER, sections=(), measures=(), line=n)
                for n, (i, k) in enumerate(rows)]

    old, new = parts(olds), parts(news)
    scorer = Scorer([p.key for p in old + new])
    # -- the plain way: every pair, best first, ties by old id then new id --
    ranked = sorted((-scorer.similarity(o.key, n.key), o.id, n.id) for o in old for n in new)
    used_old, used_new, plain = set(), set(), []
    for negative, oid, nid in ranked:
        if -negative >= align.PART_THRESHOLD and oid not in used_old and nid not in used_new:
            used_old.add(oid)
            used_new.add(nid)
            plain.append((oid, nid))
    assert align._best_first(old, new, scorer, align.PART_THRESHOLD) == plain


@settings(max_examples=100, deadline=None)
@given(st.lists(_TEXTS, max_size=8), st.lists(_TEXTS, max_size=8))
def test_vocabulary_of_keys_is_that_of_the_joined_text(keys_a, keys_b) -> None:
    from reportdiff.align import vocabulary_similarity

    scorer = Scorer(keys_a + keys_b)
    assert scorer.vocabulary_similarity(keys_a + keys_a, keys_b) == vocabulary_similarity(
        "".join(keys_a + keys_a), "".join(keys_b))


def test_sections_of_a_repeating_pair_equal_the_unmemoised_ones(monkeypatch) -> None:
    from reportdiff import section_align

    old, new = load_report(_repeated(SEED, 4)), load_report(_repeated(SAMPLE, 4))
    scorer = Scorer([m.key for m in old.measures + new.measures])
    alignment = align_measures(old.measures, new.measures, scorer)
    args = (_sections_with_roles(old), _sections_with_roles(new), alignment.pairs, scorer)
    memoised = align_sections(*args)
    plain_score = section_align._section_score
    monkeypatch.setattr(section_align, "_section_score",
                        lambda old_row, new_row, shared, scorer, known, known_as:
                        plain_score(old_row, new_row, shared, scorer, {}, known_as))
    assert align_sections(*args) == memoised
    assert sum(o is not None and n is not None for o, n, _ in memoised) >= 4 * 10


# -- JSON: the C-assisted writer gives json.dumps(..., ensure_ascii=False, indent=2) exactly --

_PLAIN_VALUES = (st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=True)
                 | st.text(alphabet=st.characters(codec="utf-8"), max_size=8))
_KEYS = st.text(max_size=4) | st.integers(-5, 5) | st.floats(-2, 2) | st.booleans() | st.none()
_VALUES = st.recursive(_PLAIN_VALUES, lambda inner: st.lists(inner, max_size=4) | st.lists(inner, max_size=3).map(tuple)
                       | st.dictionaries(_KEYS, inner, max_size=4), max_leaves=25)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_json_writer_writes_what_json_dumps_writes(value) -> None:
    import io
    import json

    from reportdiff.render.json import _write

    out = io.StringIO()
    _write(value, "\n", out.write)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2)


def test_json_writer_refuses_what_json_refuses() -> None:
    import io

    import pytest

    from reportdiff.render.json import _write

    for value in ({"a": [1, object()]}, {(1, 2): 3}, [set()]):
        with pytest.raises(TypeError):
            _write(value, "\n", io.StringIO().write)


def test_json_of_the_sample_pair_is_json_dumps_of_its_dict() -> None:
    import json

    from reportdiff.render.json import comparison_dict, render_json

    comparison = compare(SEED, SAMPLE)
    assert render_json(comparison) == json.dumps(comparison_dict(comparison), ensure_ascii=False, indent=2) + "\n"


def test_json_writer_writes_subclasses_as_json_does() -> None:
    import enum
    import io
    import json
    from collections import OrderedDict

    from reportdiff.render.json import _write

    class Level(enum.IntEnum):
        HIGH = 3

    class Name(str):
        pass

    value = {"a": OrderedDict(b=[Level.HIGH, Name("名")], c={}), "d": (Level.HIGH, 1.5, [])}
    out = io.StringIO()
    _write(value, "\n", out.write)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2)


def test_fewer_collections_restores_the_threshold_and_never_lowers_it() -> None:
    import gc

    from reportdiff._gc import THRESHOLD, fewer_collections

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with fewer_collections():
            assert gc.get_threshold() == (THRESHOLD, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(THRESHOLD * 2, 5, 5)
        with fewer_collections():
            assert gc.get_threshold() == (THRESHOLD * 2, 5, 5)
        gc.set_threshold(0, 10, 10)  # -- collection switched off stays off --
        with fewer_collections():
            assert gc.get_threshold() == (0, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_json_writer_with_brackets_and_separators_inside_strings() -> None:
    import io
    import json

    from reportdiff.render.json import _write

    tricky = ["],\x00[", "},\x00{", "\x00", "a\nb", "],\n[", '"]', "[", "]"]
    value = {"rows": [[text, text] for text in tricky] + [{text: text} for text in tricky] + [(1, None), {"k": 1.5}],
             "nested": [[["deep"]], [[]], [{}], [[1], 2]]}
    out = io.StringIO()
    _write(value, "\n", out.write)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 500), max_size=200), st.integers(-10, 510))
def test_near_range_is_where_near_lies(postings, at) -> None:
    from reportdiff import align

    postings.sort()
    start, end = align._near_range(postings, at)
    assert postings[start:end] == align._near(postings, at)


def test_specific_terms_are_the_indexed_terms() -> None:
    old = load_report(SEED)
    scorer = Scorer([m.key for m in old.measures])
    for measure in old.measures:
        plain = [t for t in scorer.term_counts(measure.key) if scorer.weight.get(t, 0) > 1.0]
        assert scorer.specific_terms(measure.key) == plain
    assert sum(map(len, (scorer.specific_terms(m.key) for m in old.measures))) > len(old.measures)


def test_json_without_the_c_encoder_is_the_same_text(monkeypatch) -> None:
    from reportdiff.render import json as json_render

    comparison = compare(SEED, SAMPLE)
    fast = json_render.render_json(comparison)
    monkeypatch.setattr(json_render, "c_make_encoder", None)
    assert json_render.render_json(comparison) == fast


def _table_lcs(a: str, b: str) -> int:
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="受理案件万元增长率人次", max_size=20), st.text(alphabet="受理案件万元增长率人次", max_size=20))
def test_bit_parallel_lcs_is_the_table_lcs(a, b) -> None:
    from reportdiff.figure_similarity import _lcs

    assert _lcs(a, b) == _table_lcs(a, b)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="城镇新增就业人数率增长收入", max_size=12), st.text(alphabet="城镇新增就业人数率增长收入", max_size=12))
def test_label_bound_never_drops_a_close_label(a, b) -> None:
    from reportdiff import figures
    from reportdiff.figure_similarity import LabelShapes, label_similarity, may_reach

    shapes = LabelShapes()
    for floor in (figures._GLOBAL_MIN, figures._PAIR_MIN):
        if label_similarity(a, b) >= floor:
            assert may_reach(shapes(a), shapes(b), floor) and may_reach(shapes(b), shapes(a), floor)


def test_label_bound_drops_most_of_a_real_reports_labels() -> None:
    from reportdiff import figures
    from reportdiff.figure_similarity import LabelShapes, label_similarity, may_reach

    report = load_report(SEED)
    labels = sorted({f.label for m in report.measures for f in figures.extract_figures(m.text)})
    shapes = LabelShapes()
    floor = figures._GLOBAL_MIN
    pairs = [(a, b) for a in labels for b in labels]
    kept = [(a, b) for a, b in pairs if may_reach(shapes(a), shapes(b), floor)]
    assert all(may_reach(shapes(a), shapes(b), floor) for a, b in pairs if label_similarity(a, b) >= floor)
    assert len(kept) < len(pairs) / 2
