"""audit32's answer key (tests/data/audit32/key.json, written by reading the inputs before
reportdiff ran on them) as rows of (item, held, detail): audit30_key's rows for a province's
政府工作报告 across an election year (a saved page with a targets table against an RTF of the new
term's first report) and a township's 法治政府建设年度报告 (繁體 through pdftotext against 简体
.docx), and for the province the rows of its targets and the pairs of figures no reader makes
(a one-year figure against a five-year total or a 2017 starting value)."""

from __future__ import annotations

import json
from pathlib import Path

from audit19_key import _row, compared, report
from audit27b_key import _k
from audit30_key import score_entry
from audit32_forms import DATA

KEY = json.loads((DATA / "key.json").read_text(encoding="utf-8"))


def pair_json(name: str, folder: Path) -> tuple[object, dict]:
    return compared(KEY[name], folder)


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def score_targets(entry: dict, data: dict) -> list[tuple[str, bool, str]]:
    """Each keyed indicator's row: last year's target and this year's values, and last year's
    result as the new review writes it."""
    rows: list = []
    targets = data.get("targets", [])
    for indicator, old, new in entry.get("targets", ()):
        found = [t for t in targets if _k(indicator) in _k(t["indicator"])]
        held = any(_close((t["old"] or {}).get("value"), old) and _close((t["new"] or {}).get("value"), new)
                   for t in found)
        detail = " | ".join(f"{t['indicator']}:{(t['old'] or {}).get('text')}→{(t['new'] or {}).get('text')}"
                            for t in found)
        _row(rows, f"target {indicator} {old}→{new}", held, detail[:160] or f"{len(targets)} rows")
    for indicator, result in entry.get("target_results", {}).items():
        got = [t.get("result") for t in targets if _k(indicator) in _k(t["indicator"])]
        _row(rows, f"target result {indicator} {result}", any(_k(r or "") == _k(result) for r in got), str(got))
    return rows


def score_pair(name: str, comparison, data: dict) -> list[tuple[str, bool, str]]:
    entry = KEY[name]
    rows = score_entry(entry, comparison, data)
    for label, old, new in entry.get("no_pairs", ()):
        wrong = [m["label"] for m in data["metrics"] if m.get("old") and m.get("new")
                 and _k(m["old"]["raw"]) == _k(old) and _k(m["new"]["raw"]) == _k(new)]
        _row(rows, f"no pair {label} {old}→{new}", not wrong, " | ".join(wrong))
    return rows + score_targets(entry, data)


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    for name in sys.argv[2:] or ("province", "township"):
        comparison, data = pair_json(name, folder)
        print(name, report(score_pair(name, comparison, data)))
