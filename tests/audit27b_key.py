"""Score reportdiff on audit27b's inputs (tests/data/audit27b, built by audit27b_forms) against
their answer key (key.json, written by reading the inputs before reportdiff ran on them).

Rows are (item, held, detail), as in audit19_key, so tests assert the items that hold and a note
counts how many held before and after a fix. Texts are compared in Simplified (t2s)."""

from __future__ import annotations

import json
from pathlib import Path

from reportdiff.normalize import key as norm_key

from audit19_key import _row, compared, report, score_furniture, score_promises, simplified
from audit27b_forms import DATA

KEY = json.loads((DATA / "key.json").read_text(encoding="utf-8"))


def _k(text: str | None) -> str:
    return norm_key(simplified(text or ""))


def pair_json(name: str, folder: Path) -> tuple[object, dict]:
    return compared(KEY[name], folder)


def score_pair(name: str, comparison, data: dict) -> list[tuple[str, bool, str]]:
    entry = KEY[name]
    rows: list = []
    for side in ("old", "new"):
        report = getattr(comparison, side)
        got = [report.year, report.review_year, report.plan_year]
        _row(rows, f"{side} years", got == entry["years"][side], str(got))
        _row(rows, f"{side} kind", report.kind == entry["kind"], report.kind)
        _row(rows, f"{side} title", simplified(report.title) == entry["titles"][side], report.title)
        roles = {part.id: part.role.value for part in report.parts}
        for part_id, role in entry["roles"][side].items():
            _row(rows, f"{side} role {part_id}", roles.get(part_id) == role, str(roles.get(part_id)))
        _row(rows, f"{side} parts", set(roles) == set(entry["roles"][side]), str(sorted(roles)))
    for side, lines in entry.get("contents_as_other", {}).items():
        others = [_k(b.text) for b in getattr(comparison, side).blocks if b.kind.value == "other"]
        for line in lines:
            _row(rows, f"{side} contents kept as other {line}", any(_k(line) in o for o in others), "")
    pairs = [(m.old.title, m.new.title) for m in comparison.matches if m.old and m.new]
    pairs += [(s.old.title, s.new.title) for s in comparison.sections if s.old and s.new]
    for old, new in entry["successors"]:
        hit = [p for p in pairs if _k(old) in _k(p[0]) and _k(new) in _k(p[1])]
        _row(rows, f"successor {old}→{new}", hit, "")
    titles = {_k(m.title) for m in comparison.new.measures}
    for title in entry.get("new_measure_titles", ()):
        _row(rows, f"new measure title {title}", _k(title) in titles, "")
    statuses: dict[str, list[str]] = {}
    for match in comparison.matches:
        measure = match.new if match.status.value == "new" else match.old
        statuses.setdefault(_k(measure.title), []).append(match.status.value)
    for title, status in entry["measures"].items():
        got = [s for t, ss in statuses.items() if t.startswith(_k(title)) for s in ss]
        _row(rows, f"measure {title}", got == [status], str(got))
    metrics = data["metrics"]
    for label, old, new in entry["figures"]:
        found = [m for m in metrics if m.get("old") and m.get("new") and _k(label) in _k(m["label"])
                 and _k(m["old"]["raw"]) == _k(old) and _k(m["new"]["raw"]) == _k(new)]
        near = [f"{m['label']} {m['old']['raw']}→{m['new']['raw']}" for m in metrics if m.get("old") and m.get("new")
                and (_k(m["old"]["raw"]) == _k(old) or _k(m["new"]["raw"]) == _k(new))]
        _row(rows, f"figure {label} {old}→{new}", found, "; ".join(near)[:120])
    for claim, verdict in entry.get("stated_changes", {}).items():
        checks = [m.get("claim_check") for m in metrics if m.get("claim") and claim in m["claim"]]
        _row(rows, f"stated {claim} {verdict}", checks == [verdict], str(checks))
    promises = [dict(p, plan=dict(p["plan"], text=simplified(p["plan"]["text"]),
                                  task=simplified(p["plan"].get("task") or "") or None),
                     evidence=[{k: simplified(v) if isinstance(v, str) else v for k, v in e.items()}
                               for e in p.get("evidence") or []],
                     short_of=[{k: simplified(v) if isinstance(v, str) else v for k, v in e.items()}
                               for e in p.get("short_of") or []],
                     replanned=(dict(p["replanned"], text=simplified(p["replanned"]["text"]))
                                if p.get("replanned") else None))
                for p in data["promises"]]
    rows += score_promises(entry["promises"], promises)
    for side, bucket in (("new", "new"), ("dropped", "dropped")):
        texts = [_k(e["text"]) for e in data["expressions"][bucket]]
        for word in entry["expressions"][side]:
            _row(rows, f"expression {side} {word}", any(_k(word) in t for t in texts), "")
    rows += score_furniture(entry.get("furniture", ()), comparison, data, fold=_k)
    return rows


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    for name in sys.argv[2:] or ("department", "street"):
        comparison, data = pair_json(name, folder)
        print(name, report(score_pair(name, comparison, data)))
