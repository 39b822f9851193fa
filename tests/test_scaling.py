"""Steps made linear for long or repetitive reports give exactly the results of the plain ones."""

from __future__ import annotations

import importlib

from reportdiff import plan_links
from reportdiff.pipeline import load_report
from reportdiff.plans import analyse_plans
from reportdiff.promises import track_promises

from conftest import SAMPLE, SEED


# -- the modules: ``reportdiff.plans`` as an attribute is the public function --
plans = importlib.import_module("reportdiff.plans")
promises = importlib.import_module("reportdiff.promises")


class _EveryTarget(plan_links.TargetIndex):
    """The index without its twin skipping: every target holding a strong needle is a candidate."""

    def __init__(self, targets, most=None, texts=None) -> None:
        super().__init__(targets, most, texts)
        self._distinct = frozenset(range(len(targets)))
        self._by_concept = {}
        for index, (body, _) in enumerate(targets):
            for concept in body.concepts:
                self._by_concept.setdefault(concept, set()).add(index)


def _repeated(path, times: int) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("一、"))
    return "\n".join(lines[:start] + lines[start:] * times) + "\n"


def test_twin_targets_change_no_promise(monkeypatch) -> None:
    old, new = load_report(_repeated(SEED, 3)), load_report(_repeated(SAMPLE, 3))
    fast = track_promises(old, new)
    monkeypatch.setattr(promises, "TargetIndex", _EveryTarget)  # -- where track_promises finds it --
    plain = track_promises(old, new)
    assert fast == plain
    assert sum(p.status == "delivered" for p in fast) >= 3 * 10


def test_twin_targets_change_no_plan_link(monkeypatch) -> None:
    report = load_report(_repeated(SEED, 3))
    fast = analyse_plans(report)
    monkeypatch.setattr(plans, "TargetIndex", _EveryTarget)
    assert analyse_plans(report) == fast
