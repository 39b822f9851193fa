"""audit33's answer key (tests/data/audit33/key.json, written by reading the inputs before
reportdiff ran on them) as rows of (item, held, detail): audit32_key's rows for a State Council
body's 法治政府建设年度报告 (a saved page with a table against a Word file with heading styles, a
numbered list and a table) and a county's 政府工作报告 (a printed copy read by pdftotext against
繁體 text), and for the county the rows of its targets, numeric and qualitative."""

from __future__ import annotations

import json
from pathlib import Path

from audit19_key import _row, compared, report
from audit27b_key import _k
from audit32_key import score_pair as audit32_score_pair
from audit33_forms import DATA

KEY = json.loads((DATA / "key.json").read_text(encoding="utf-8"))


def pair_json(name: str, folder: Path) -> tuple[object, dict]:
    return compared(KEY[name], folder)


def score_qualitative_targets(entry: dict, data: dict) -> list[tuple[str, bool, str]]:
    """A target with no figure (收入增长与经济增长同步, 完成节能减排任务) is a row of the targets
    table with last year's and this year's wording."""
    rows: list = []
    targets = data.get("targets", [])
    for indicator in entry.get("qualitative_targets", ()):
        found = [t for t in targets if _k(indicator) in _k(t["indicator"])]
        held = any(t.get("old") and t.get("new") for t in found)
        _row(rows, f"qualitative target {indicator}", held, " | ".join(t["indicator"] for t in found)[:120]
             or f"{len(targets)} rows")
    return rows


def score_pair(name: str, comparison, data: dict) -> list[tuple[str, bool, str]]:
    # -- audit32's scorer reads its own KEY by name: hand it this key's entry under that name --
    import audit32_key

    saved = audit32_key.KEY.get(name)
    audit32_key.KEY[name] = KEY[name]
    try:
        rows = audit32_score_pair(name, comparison, data)
    finally:
        if saved is None:
            del audit32_key.KEY[name]
        else:
            audit32_key.KEY[name] = saved
    return rows + score_qualitative_targets(KEY[name], data)


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    for name in sys.argv[2:] or ("ministry", "county"):
        comparison, data = pair_json(name, folder)
        print(name, report(score_pair(name, comparison, data)))
