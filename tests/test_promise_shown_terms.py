"""The words shown beside a promise's evidence are words the texts write (review39 #8, as the plans
command already shows them): a concept matched is shown by its form in the plan or the evidence
sentence, or both joined by ≈ (新增贷款≈信贷投放), never by its name, which may be in neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.normalize import key
from reportdiff.pipeline import compare

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"


def _unwritten(comparison) -> list[tuple[str, str, str]]:
    """(term, plan, sentence) for every shown term neither text writes."""
    missing = []
    for promise in comparison.promises:
        plan = key(promise.plan.text)
        for item in promise.evidence:
            sentence = key(item.sentence)
            for term in item.shared_terms:
                forms = term.split("≈")
                if not all(key(form) in plan or key(form) in sentence for form in forms):
                    missing.append((term, promise.plan.text, item.sentence))
    return missing


def test_the_seed_pairs_terms_are_written(seed_vs_sample) -> None:
    assert _unwritten(seed_vs_sample) == []


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (the State Council's reports) is absent")
@pytest.mark.parametrize(("old", "new"), [("2021", "2022"), ("2022", "2023")])
def test_the_real_pairs_terms_are_written(old: str, new: str) -> None:
    comparison = compare(REAL / f"guowuyuan-zfgzbg-{old}-s.txt", REAL / f"guowuyuan-zfgzbg-{new}-s.txt")
    assert _unwritten(comparison) == []
