"""Figures and targets on real State Council 政府工作报告, against answer keys written by reading them."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
KEYS = Path(__file__).resolve().parent / "real_keys"
PAIRS = [(2016, 2017), (2017, 2018), (2018, 2019), (2021, 2022), (2022, 2023)]
KEYED = [(2021, 2022), (2022, 2023)]

needs_real = pytest.mark.skipif(not REAL.is_dir(), reason=f"real reports not found at {REAL}")


def _path(year: int) -> Path:
    return REAL / f"guowuyuan-zfgzbg-{year}-s.txt"


def _raw(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_COMPARISONS: dict[tuple[int, int], object] = {}


def _compare(old: int, new: int):
    if (old, new) not in _COMPARISONS:
        _COMPARISONS[(old, new)] = compare(_path(old), _path(new))
    return _COMPARISONS[(old, new)]


def _key(old: int, new: int) -> dict:
    return json.loads((KEYS / f"{old}-{new}.figures.json").read_text(encoding="utf-8"))


def _found(comparison, pair: dict):
    """The figure record the key's pair stands for, or None."""
    kind = "plan_result" if pair["kind"] == "plan_result" else "year"
    for record in comparison.figures:
        if (record.kind == kind and record.old is not None and record.new is not None
                and _raw(record.old.raw) == _raw(pair["old"]) and _raw(record.new.raw) == _raw(pair["new"])):
            return record
    return None


@needs_real
@pytest.mark.parametrize(("old", "new"), KEYED, ids=[f"{a}-{b}" for a, b in KEYED])
def test_figure_pairs_agree_with_the_key(old: int, new: int) -> None:
    comparison = _compare(old, new)
    pairs = _key(old, new)["pairs"]
    missed = [(p["label"], p["old"], p["new"], p["kind"]) for p in pairs if _found(comparison, p) is None]
    # -- at least 90% of the pairs a reviewer compares are found, with their values --
    assert len(missed) <= len(pairs) // 10, missed
    for pair in pairs:
        record = _found(comparison, pair)
        if record is not None:
            old_figure = extract_figures(pair["old"])[0]
            new_figure = extract_figures(pair["new"])[0]
            assert (record.old.value, record.new.value) == (old_figure.value, new_figure.value)
            assert record.unit == old_figure.unit


@needs_real
@pytest.mark.parametrize(("old", "new"), KEYED, ids=[f"{a}-{b}" for a, b in KEYED])
def test_figures_of_several_years_pair_with_no_figure_of_one(old: int, new: int) -> None:
    comparison = _compare(old, new)
    for pair in _key(old, new).get("not_pairs", []):
        assert not [r for r in comparison.figures if r.old is not None and r.new is not None
                    and _raw(r.old.raw) == _raw(pair["old"]) and _raw(r.new.raw) == _raw(pair["new"])], pair


@needs_real
@pytest.mark.parametrize(("old", "new"), KEYED, ids=[f"{a}-{b}" for a, b in KEYED])
def test_every_stated_change_of_the_key_is_checked(old: int, new: int) -> None:
    comparison = _compare(old, new)
    for pair in _key(old, new)["pairs"]:
        if pair["stated_change"] is None:
            continue
        record = _found(comparison, pair)
        assert record is not None, pair
        assert record.claim is not None and _raw(record.claim.text) == _raw(pair["stated_change"])
        assert record.claim_check == pair["verdict"], (pair, record.implied)


@needs_real
def test_rates_change_in_points() -> None:
    comparison = _compare(2021, 2022)
    record = next(r for r in comparison.figures if r.label == "赤字率" and r.old and r.new)
    assert record.relative_change is None
    assert record.change_text("zh") == "-0.4个百分点"
    assert record.to_json()["relative_change"] is None


@needs_real
@pytest.mark.parametrize(
    ("old", "new", "label", "stated", "verdict"),
    [
        (2017, 2018, "赤字率", "比去年预算低0.4个百分点", "consistent"),
        (2018, 2019, "赤字率", "比去年预算高0.2个百分点", "consistent"),
    ],
)
def test_a_change_stated_in_points_is_checked(old: int, new: int, label: str, stated: str, verdict: str) -> None:
    record = next(r for r in _compare(old, new).figures
                  if r.label == label and r.claim is not None and r.kind == "year")
    assert (_raw(record.claim.text), record.claim_check) == (stated, verdict)


@needs_real
@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
def test_every_consecutive_pair_runs(old: int, new: int) -> None:
    comparison = _compare(old, new)
    assert any(r.old is not None and r.new is not None for r in comparison.figures)
    for record in comparison.figures:
        assert record.to_json().get("kind", "year") == record.kind in ("year", "plan_result")


@needs_real
def test_extraction_stays_fast_on_a_real_report() -> None:
    text = _path(2023).read_text(encoding="utf-8")
    extract_figures(text)  # warm the converters and the regular expressions
    start = time.perf_counter()
    figures = extract_figures(text)
    elapsed = time.perf_counter() - start
    assert len(figures) > 100
    # -- measured about 20 ms for the 18 832 characters of 2023; a generous ceiling --
    assert elapsed < 0.5, elapsed
