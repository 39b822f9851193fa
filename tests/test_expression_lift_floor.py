"""A fresh standing formulation (expression_lexicon) in last year's review, gone this year, is
lifted before the floor that keeps spans out, as after it."""

from __future__ import annotations

from pathlib import Path

from reportdiff.expressions import compare_expressions
from reportdiff.normalize import key
from reportdiff.parse import parse_text


def test_a_fresh_theme_in_last_years_review_is_lifted_before_the_floor() -> None:
    """大力发展银发经济 (a standing formulation since 2024) said once in a city's 2025 review of
    2024 and gone in 2026: the lexicon's lift counts before the floor that keeps a span out, as it
    counts after it (the span was left out unscored)."""
    data = Path(__file__).resolve().parent / "data" / "audit36"
    old, new = (parse_text((data / name).read_text(encoding="utf-8"))
                for name in ("chengzhou-2025.src.txt", "chengzhou-2026.src.txt"))
    dropped = [key(e.text) for e in compare_expressions(old, new).dropped][:40]
    assert any("银发经济" in text for text in dropped), dropped
