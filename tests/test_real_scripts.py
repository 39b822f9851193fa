"""A real pair read with one report in Traditional script gives what the Simplified pair gives:
statuses, ids, promises, targets, figures and expressions (shown in each report's own script).

Real reports come in either script (a Hong Kong or Taiwan mirror, a converted saved page), and
acceptance uses reports we do not have: script must never decide a result. Skips when
../shared/real (beside the repository) is absent.
"""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare
from reportdiff.render import render

from test_real_reports import _path

OLD, NEW = "guowuyuan-zfgzbg-2021-s.txt", "guowuyuan-zfgzbg-2022-s.txt"


@pytest.fixture(scope="module")
def pairs(tmp_path_factory):
    """The Simplified pair, and the same with the new report converted to Traditional."""
    old, new = _path(OLD), _path(NEW)
    traditional = tmp_path_factory.mktemp("scripts") / "2022-t.txt"
    traditional.write_text(opencc.OpenCC("s2t").convert(new.read_text(encoding="utf-8")), encoding="utf-8")
    return compare(old, new), compare(old, traditional)


def _ids(match) -> tuple:
    return match.status.value, match.old and match.old.id, match.new and match.new.id


def test_measures_and_sections_are_the_same(pairs) -> None:
    simplified, mixed = pairs
    assert [_ids(m) for m in mixed.matches] == [_ids(m) for m in simplified.matches]
    assert [(s.old and s.old.id, s.new and s.new.id) for s in mixed.sections] == [
        (s.old and s.old.id, s.new and s.new.id) for s in simplified.sections]


def test_promises_targets_and_figures_are_the_same(pairs) -> None:
    simplified, mixed = pairs
    assert len(simplified.promises) > 100
    assert [(p.plan.id, p.status) for p in mixed.promises] == [
        (p.plan.id, p.status) for p in simplified.promises]
    assert len(mixed.targets) == len(simplified.targets) > 5
    assert len(mixed.figures) == len(simplified.figures) > 50


def test_expressions_are_the_same_in_the_reports_own_script(pairs) -> None:
    simplified, mixed = pairs
    to_simplified = opencc.OpenCC("t2s").convert
    assert [to_simplified(e.text) for e in mixed.expressions.new] == [e.text for e in simplified.expressions.new]
    assert [e.text for e in mixed.expressions.dropped] == [e.text for e in simplified.expressions.dropped]
    # -- a new expression is quoted as the new report writes it --
    assert any(text != to_simplified(text) for text in (e.text for e in mixed.expressions.new[:40]))


def test_the_summary_reads_alike(pairs) -> None:
    simplified, mixed = pairs
    first = render(simplified, "text").splitlines()[1]
    assert render(mixed, "text").splitlines()[1] == first


def test_evidence_sentences_are_joined_without_a_doubled_stop(pairs) -> None:
    # -- a promise with two evidence sentences: "…新进展; 一、三是 …", never "…新进展。; …" --
    shown = render(pairs[0], "text")
    assert "; 一、" in shown and "。; " not in shown
