"""Plan pieces take their tokens from their blocks' tokens: exactly what segmenting them alone gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.pipeline import load_report
from reportdiff.plan_matching import Matcher
from reportdiff.plan_tokens import plan_tokens
from reportdiff.segment import tokenize

from conftest import ROOT, SEED

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
_SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def _reports() -> list[Path]:
    return [SEED, *_SAMPLES, *(sorted(REAL.glob("*.txt")) if REAL.is_dir() else [])]


@pytest.mark.parametrize("path", _reports(), ids=lambda path: path.stem)
def test_cut_tokens_are_the_pieces_own(path: Path) -> None:
    report = load_report(path)
    blocks = {m.id: m.key for m in report.measures}
    found = plan_tokens(report.plan_sentences, blocks)
    # -- nearly every sentence of the plans is cut cleanly from its block --
    in_blocks = [p for p in report.plan_sentences if p.block_id in blocks]
    assert sum(p.key in found for p in in_blocks) >= 0.9 * len(in_blocks)
    for piece, tokens in found.items():
        assert tokens == tokenize.__wrapped__(piece), piece


def test_real_reports_are_checked() -> None:
    if not REAL.is_dir():
        pytest.skip(f"{REAL} not found: the real reports are not beside the repository")
    assert len(list(REAL.glob("*.txt"))) >= 7


def test_a_piece_cut_inside_a_run_of_characters_is_left_out() -> None:
    class Plan:
        def __init__(self, block_id: str, key: str) -> None:
            self.block_id, self.key = block_id, key

    # -- 城镇新增就业 is not a clean piece of 全年城镇新增就业1206万人: the run goes on on both sides --
    whole = "全年城镇新增就业1206万人,调查失业率5.5%。"
    found = plan_tokens([Plan("b", "城镇新增就业"), Plan("b", "调查失业率5.5%。")], {"b": whole})
    assert "城镇新增就业" not in found
    assert found["调查失业率5.5%。"] == tokenize.__wrapped__("调查失业率5.5%。")


def test_known_tokens_give_the_same_features() -> None:
    report = load_report(SEED)
    keys = [p.key for p in report.plan_sentences]
    known = plan_tokens(report.plan_sentences, {m.id: m.key for m in report.measures})
    plain, cut = Matcher(keys), Matcher(keys, known)
    for key in keys:
        assert cut.features(key) == plain.features(key)
