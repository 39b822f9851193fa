"""Shared fixtures: the seed, the constructed sample and its answer key."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ed6269d44b6c061b.txt"
SAMPLE = ROOT / "samples" / "haidian_2025_constructed.txt"
KEY = ROOT / "samples" / "haidian_2024_2025.key.json"

# -- Word output is dated now by default; the suite fixes the date (2000-01-01) so that its
#    outputs are reproducible. Tests of the default date remove it themselves. --
os.environ.setdefault("SOURCE_DATE_EPOCH", "946684800")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def answer_key() -> dict:
    return json.loads(KEY.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_vs_sample():
    from reportdiff.pipeline import compare

    return compare(SEED, SAMPLE)
