"""audit36's answer key (tests/data/audit36/key.json, written by reading the inputs before
reportdiff ran on them) as rows of (item, held, detail): audit30_key's rows for a prefecture-level
city's 政府工作报告 across the turn of the 十四五 to the 十五五 (a Word file with heading styles and a
targets table against a WeChat copy of the first report of the 十五五, which reviews the five years
and 2025 in two parts) and a sub-district office's 法治政府建设年度报告 in 繁體 (a printed copy read
by pdftotext against the district site's saved 繁體 page), with audit32's rows of targets and of
pairs no reader makes and audit33's rows of targets with no figure."""

from __future__ import annotations

import json
from pathlib import Path

from audit19_key import _row, compared, report
from audit27b_key import _k
from audit30_key import score_entry
from audit32_key import score_targets
from audit33_key import score_qualitative_targets
from audit36_forms import DATA

KEY = json.loads((DATA / "key.json").read_text(encoding="utf-8"))


def pair_json(name: str, folder: Path) -> tuple[object, dict]:
    return compared(KEY[name], folder)


def score_no_pairs(entry: dict, data: dict) -> list[tuple[str, bool, str]]:
    """Pairs of figures a reader calls wrong (a one-year figure against a five-year total or a
    starting value, a count of new ones against a stock) must not be listed as pairs."""
    rows: list = []
    for label, old, new in entry.get("no_pairs", ()):
        wrong = [m["label"] for m in data["metrics"] if m.get("old") and m.get("new")
                 and _k(m["old"]["raw"]) == _k(old) and _k(m["new"]["raw"]) == _k(new)]
        _row(rows, f"no pair {label} {old}→{new}", not wrong, " | ".join(wrong))
    return rows


def score_pair(name: str, comparison, data: dict) -> list[tuple[str, bool, str]]:
    entry = KEY[name]
    return (score_entry(entry, comparison, data) + score_no_pairs(entry, data) + score_targets(entry, data)
            + score_qualitative_targets(entry, data))


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    for name in sys.argv[2:] or ("city", "street"):
        comparison, data = pair_json(name, folder)
        print(name, report(score_pair(name, comparison, data)))
