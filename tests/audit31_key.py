"""audit31's answer key (tests/data/audit31/key.json, written by reading the inputs before
reportdiff ran on them) as rows of (item, held, detail): audit30_key's rows for a township's
政府工作报告 (.doc against a WeChat copy) and a county bureau's 工作总结和工作计划 (简体 .docx with a
table against a 繁體 PDF read by pdftotext), and each section's heading as a reader sees it."""

from __future__ import annotations

import json
from pathlib import Path

from audit19_key import _row, compared, report
from audit27b_key import _k
from audit30_key import score_entry
from audit31_forms import DATA

KEY = json.loads((DATA / "key.json").read_text(encoding="utf-8"))


def pair_json(name: str, folder: Path) -> tuple[object, dict]:
    return compared(KEY[name], folder)


def score_pair(name: str, comparison, data: dict) -> list[tuple[str, bool, str]]:
    entry = KEY[name]
    rows = score_entry(entry, comparison, data)
    for side, titles in entry.get("section_titles", {}).items():
        sections = {s.id: s.title for s in getattr(comparison, side).sections}
        for section_id, title in titles.items():
            got = sections.get(section_id)
            _row(rows, f"{side} section title {section_id}", _k(got) == _k(title), str(got))
    return rows


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    for name in sys.argv[2:] or ("township", "bureau"):
        comparison, data = pair_json(name, folder)
        print(name, report(score_pair(name, comparison, data)))
