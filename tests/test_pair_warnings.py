"""Pairs that make no sense are said to: swapped years, one year twice, one text twice."""

from __future__ import annotations

import json

from click.testing import CliRunner

from reportdiff.cli import cli
from reportdiff.pipeline import compare

from conftest import SAMPLE, SEED


def test_swapped_reports_are_flagged_and_still_compared() -> None:
    comparison = compare(SAMPLE, SEED)
    assert any("older than OLD" in warning and "swapped" in warning for warning in comparison.warnings)
    assert comparison.matches


def test_in_order_pair_has_no_pair_warning(seed_vs_sample) -> None:
    assert seed_vs_sample.warnings == ()


def test_report_against_itself_is_flagged_in_json_and_stderr() -> None:
    result = CliRunner().invoke(cli, ["compare", str(SEED), str(SEED), "--format", "json"])
    assert result.exit_code == 0
    warnings = json.loads(result.stdout)["warnings"]
    assert any("both 2024 reports" in w for w in warnings) and any("same text" in w for w in warnings)
    assert "same text" in result.stderr


def test_same_text_in_the_other_script_is_the_same_text(seed_text: str) -> None:
    import opencc

    simplified = opencc.OpenCC("t2s").convert(seed_text)
    assert any("same text" in warning for warning in compare(seed_text, simplified).warnings)


def test_same_year_with_different_text_is_only_a_year_warning(seed_text: str) -> None:
    edited = seed_text.replace("。", "。另", 1)
    warnings = compare(seed_text, edited).warnings
    assert any("both 2024 reports" in w for w in warnings) and not any("same text" in w for w in warnings)
