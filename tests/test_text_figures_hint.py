"""The terminal lists only figures both reports give that moved; it says how many more the
other formats list, so a reviewer knows the one-sided ones exist."""
import json
from pathlib import Path

from click.testing import CliRunner

from reportdiff.cli import cli

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAIR = [str(SAMPLES / "yunze_sfj_2024_constructed.txt"), str(SAMPLES / "yunze_sfj_2025_constructed.txt")]


def _run(*options: str) -> str:
    result = CliRunner().invoke(cli, ["compare", *PAIR, *options])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_text_counts_the_figures_it_leaves_to_the_other_formats() -> None:
    text = _run("--format", "text")
    figures = text.split("== 数据变化 (", 1)[1]
    shown = int(figures.split(")", 1)[0])
    metrics = json.loads(_run("--format", "json"))["metrics"]
    one_sided = [m for m in metrics if m["old"] is None or m["new"] is None]
    assert one_sided, "the samples hold figures of one year only"
    hint = next(line for line in figures.splitlines() if line.startswith("另有 "))
    more = int(hint.split()[1])
    # -- every figure is either shown or counted (none shown under the targets table here) --
    assert shown + more == len(metrics)
    assert more >= len(one_sided)
    english = _run("--format", "text", "--lang", "en")
    assert f"{more} more figures appear on one side only" in english
