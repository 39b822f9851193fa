"""The indexes and memos of plan matching give exactly the results of the plain computations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.normalize import key as norm_key
from reportdiff.parse import split_sentences
from reportdiff.pipeline import load_report
from reportdiff.plan_links import _TITLE_BONUS, TargetIndex, _Anchors, links, shown_terms
from reportdiff.plan_matching import LINK_THRESHOLD, SATURATION, Matcher, holds
from reportdiff.plans import role_measures
from reportdiff.models import Role
from reportdiff.text_index import Joins, Texts

from conftest import SAMPLE, SEED

_PIECES = st.sampled_from(["信访", "工作", "条例", "执法", "行政", "。", ",", ";", "a", "1", "-", "复议", "案件"])
_KEYS = st.lists(_PIECES, max_size=8).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_KEYS, min_size=1, max_size=6), st.data())
def test_joins_answer_as_an_index_of_the_joined_texts(keys, data) -> None:
    keys = list(dict.fromkeys(keys))
    texts = Texts(keys)
    joins = data.draw(st.lists(st.lists(st.integers(0, len(keys) - 1), min_size=1, max_size=3), max_size=5))
    joined = Texts(["".join(keys[i] for i in join) for join in joins])
    needles = data.draw(st.lists(st.one_of(_PIECES, st.tuples(_PIECES, _PIECES).map("".join)), max_size=6))
    index = Joins(texts, joins)
    for needle in needles:
        assert index.containing(needle) == joined.containing(needle), needle
        assert texts.count(needle) == len(texts.containing(needle)) == sum(needle in k for k in keys)


def _plain_links(plan, targets, threshold, excluded=frozenset()):
    """``links`` as it was before its memos: every candidate weighed again each round."""
    denominator = min(plan.total, SATURATION)
    if denominator <= 0:
        return []
    linked, covered = [], frozenset()
    holding = targets.holding(plan, excluded)
    while True:
        best = None
        for index, held in holding.items():
            weight, found = Matcher.anchored(plan, [f for f in held if f not in covered] if covered else held)
            if weight <= 0:
                continue
            title = targets.targets[index][1]
            in_title = sum(plan.weights[f] for f in found if holds(title, f))
            rank = weight + _TITLE_BONUS * in_title
            if best is None or rank > best[0]:
                best = (rank, weight, index, found)
        if best is None or best[1] / denominator < threshold:
            return linked
        _, weight, index, found = best
        full_weight, full = Matcher.anchored(plan, holding.pop(index))
        linked.append((index, round(min(full_weight / denominator, 1.0), 4), shown_terms(plan, full)))
        covered = covered | frozenset(found)


def _windows(path):
    report = load_report(path)
    keys = [[norm_key(s) for s in split_sentences(m.text)] for m in role_measures(report, Role.RESULTS)]
    return report, [(m, pair) for m, sentences in zip(role_measures(report, Role.RESULTS), keys)
                    for pair in (sentences[i : i + 2] for i in range(max(len(sentences) - 1, 1))) if pair]


def test_links_and_bodies_are_the_plain_ones() -> None:
    report, windows = _windows(SAMPLE)
    plans = load_report(SEED).plan_sentences + report.plan_sentences
    matcher = Matcher([k for _, pair in windows for k in pair] + [p.key for p in plans])
    bodies = [(matcher.body(pair), norm_key(m.title)) for m, pair in windows]
    fast = TargetIndex(bodies, most=24, texts=matcher.joins([pair for _, pair in windows]))
    plain = TargetIndex([(matcher.joined(pair), title) for (_, pair), (_, title) in zip(windows, bodies)], most=24)
    assert [body.concepts for body, _ in bodies] == [feats.concepts for feats, _ in plain.targets]
    linked = 0
    for plan in plans:
        feats = matcher.features(plan.key)
        for excluded in (frozenset(), frozenset(range(0, len(windows), 3))):
            expected = _plain_links(feats, plain, LINK_THRESHOLD, excluded)
            assert links(feats, fast, LINK_THRESHOLD, excluded) == expected, plan.text
            linked += len(expected)
    assert linked >= 10


def test_anchors_weigh_as_anchored() -> None:
    report = load_report(SEED)
    matcher = Matcher([m.key for m in report.measures] + [p.key for p in report.plan_sentences])
    for plan in report.plan_sentences:
        feats = matcher.features(plan.key)
        anchors = _Anchors(feats)
        features = list(feats.weights)
        for part in (features, features[::2], features[1::2], features[:2], features[-3:], []):
            assert anchors.weight(part) == Matcher.anchored(feats, part)[0]


def test_concepts_at_known_token_bounds_are_the_segmented_ones() -> None:
    """A key's concepts checked at the bounds of tokens it is known by (plan_tokens) are those
    found by segmenting it: 议案 not inside 复议案件, 拆违 opening 拆违消隐."""
    from reportdiff.plan_matching import _leaf_concepts
    from reportdiff.segment import tokenize

    report = load_report(SEED)
    keys = [m.key for m in report.measures] + [p.key for p in report.plan_sentences]
    keys += [norm_key(k) for k in ("办理复议案件120件", "人大议案和建议提案办结率100%", "开展拆违消隐行动,拆除违建")]
    found = 0
    for key in keys:
        expected = _leaf_concepts(key)
        assert _leaf_concepts(key, tokenize(key)) == expected, key
        found += len(expected)
    assert found >= 5


def test_texts_holding_is_containing_without_a_copy() -> None:
    texts = Texts(["信访工作条例", "行政执法", "执法", "复议案件,信访"])
    for needle in ("执法", "信访", "条例", "行政执法", ",", "法", "案件,信", "无"):
        assert set(texts.holding(needle)) == texts.containing(needle) \
            == {i for i, key in enumerate(texts.keys) if needle in key}


def test_links_of_a_real_pair_are_the_plain_ones_in_every_round() -> None:
    """Later rounds skip the candidates that cannot outrank the best or pass the threshold:
    low thresholds make most plans link several results, to check each round's choice."""
    import pytest
    from pathlib import Path

    real = Path(__file__).resolve().parents[2] / "shared" / "real"
    if not (real / "guowuyuan-zfgzbg-2023-s.txt").exists():
        pytest.skip("the real reports (../shared/real) are absent")
    report, windows = _windows(real / "guowuyuan-zfgzbg-2023-s.txt")
    plans = load_report(real / "guowuyuan-zfgzbg-2022-s.txt").plan_sentences[:120]
    matcher = Matcher([k for _, pair in windows for k in pair] + [p.key for p in plans])
    titles = [norm_key(m.title) for m, _ in windows]
    fast = TargetIndex([(matcher.body(pair), title) for (_, pair), title in zip(windows, titles)], most=24,
                       texts=matcher.joins([pair for _, pair in windows]))
    plain = TargetIndex([(matcher.joined(pair), title) for (_, pair), title in zip(windows, titles)], most=24)
    several = 0
    for plan in plans:
        feats = matcher.features(plan.key)
        for threshold in (0.15, LINK_THRESHOLD, 0.6):
            for excluded in (frozenset(), frozenset(range(1, len(windows), 2))):
                expected = _plain_links(feats, plain, threshold, excluded)
                assert links(feats, fast, threshold, excluded) == expected, plan.text
                several += len(expected) > 1
    assert several >= 20
