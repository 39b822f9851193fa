"""audit30's answer key (tests/data/audit30/key.json, written by reading the inputs before
reportdiff ran on them) as rows of (item, held, detail), audit19_key's shape: the inputs are built
by audit30_forms; Traditional text is read through t2s."""

from __future__ import annotations

import json
from pathlib import Path

from audit19_key import _row, compared, report, score_furniture, score_promises, simplified
from audit27b_key import _k
from audit30_forms import DATA

KEY = json.loads((DATA / "key.json").read_text(encoding="utf-8"))


def pair_json(name: str, folder: Path) -> tuple[object, dict]:
    return compared(KEY[name], folder)


def _simplified_promises(promises: list[dict]) -> list[dict]:
    def fold(items):
        return [{k: simplified(v) if isinstance(v, str) else v for k, v in e.items()} for e in items or []]

    return [dict(p, plan=dict(p["plan"], text=simplified(p["plan"]["text"]),
                              task=simplified(p["plan"].get("task") or "") or None),
                 evidence=fold(p.get("evidence")), short_of=fold(p.get("short_of")),
                 replanned=dict(p["replanned"], text=simplified(p["replanned"]["text"])) if p.get("replanned") else None)
            for p in promises]


def _side_rows(rows: list, entry: dict, comparison) -> None:
    for side in ("old", "new"):
        got = getattr(comparison, side)
        years = [got.year, got.review_year, got.plan_year]
        _row(rows, f"{side} years", years == entry["years"][side], str(years))
        _row(rows, f"{side} kind", got.kind == entry["kind"], got.kind)
        _row(rows, f"{side} title", simplified(got.title) == entry["titles"][side], got.title)
        roles = {part.id: part.role.value for part in got.parts}
        for part_id, role in entry["roles"][side].items():
            _row(rows, f"{side} role {part_id}", roles.get(part_id) == role, str(roles.get(part_id)))
        _row(rows, f"{side} parts", set(roles) == set(entry["roles"][side]), str(sorted(roles)))
        opening = _k(entry["shortcomings"][side])
        held = [b.kind.value for b in got.blocks if opening in _k(b.text)]
        _row(rows, f"{side} shortcomings paragraph kept", bool(held), str(held))


def _structure_rows(rows: list, entry: dict, comparison) -> None:
    pairs = {(s.old.id if s.old else None, s.new.id if s.new else None) for s in comparison.sections}
    paired_old = {old for old, new in pairs if old and new}
    paired_new = {new for old, new in pairs if old and new}
    for old, new in entry.get("sections", ()):
        held = (old, new) in pairs if old and new else (old not in paired_old if old else new not in paired_new)
        got = sorted(str(p) for p in pairs if (old and p[0] == old) or (new and p[1] == new))
        _row(rows, f"section {old}→{new}", held, " ".join(got))
    titles = [(m.old.title, m.new.title) for m in comparison.matches if m.old and m.new]
    for old, new in entry.get("successors", ()):
        hit = [p for p in titles if _k(old) in _k(p[0]) and _k(new) in _k(p[1])]
        near = [f"{p[0]}→{p[1]}" for p in titles if _k(old) in _k(p[0]) or _k(new) in _k(p[1])]
        _row(rows, f"successor {old}→{new}", hit, " | ".join(near)[:120])
    statuses: dict[str, list[str]] = {}
    for match in comparison.matches:
        measure = match.new if match.status.value == "new" else match.old
        statuses.setdefault(_k(measure.title), []).append(match.status.value)
    for title, status in entry.get("measures", {}).items():
        got = [s for t, ss in statuses.items() if t.startswith(_k(title)) for s in ss]
        _row(rows, f"measure {title}", got == [status], str(got))


def score_pair(name: str, comparison, data: dict) -> list[tuple[str, bool, str]]:
    return score_entry(KEY[name], comparison, data)


def score_entry(entry: dict, comparison, data: dict) -> list[tuple[str, bool, str]]:
    """Years, kind, title, roles, shortcomings, sections, successors, figures, stated changes,
    promises, plans that are none, expressions (among the first 40 listed), furniture."""
    rows: list = []
    _side_rows(rows, entry, comparison)
    _structure_rows(rows, entry, comparison)
    metrics = data["metrics"]
    for label, old, new in entry["figures"]:
        found = [m for m in metrics if m.get("old") and m.get("new") and _k(label) in _k(m["label"])
                 and _k(m["old"]["raw"]) == _k(old) and _k(m["new"]["raw"]) == _k(new)]
        near = [f"{m['label']}:{(m.get('old') or {}).get('raw')}→{(m.get('new') or {}).get('raw')}" for m in metrics
                if _k(label) in _k(m["label"]) or (m.get("old") or {}).get("raw") == old
                or (m.get("new") or {}).get("raw") == new]
        _row(rows, f"figure {label} {old}→{new}", found, " | ".join(near)[:160])
    for claim, verdict in entry.get("stated_changes", {}).items():
        checks = [m.get("claim_check") for m in metrics if m.get("claim") and claim in m["claim"]]
        _row(rows, f"stated {claim} {verdict}", checks == [verdict], str(checks))
    rows += score_promises(entry["promises"], _simplified_promises(data["promises"]))
    plans = [_k(p.text) for p in comparison.new.plan_sentences if not p.framing]
    for sentence in entry.get("not_plans_new", ()):
        hits = [p for p in plans if _k(sentence) in p]
        _row(rows, f"no plan: {sentence}", not hits, " | ".join(hits)[:120])
    for side in ("new", "dropped"):
        listed = [_k(e["text"]) for e in data["expressions"][side]][:40]
        for word in entry["expressions"][side]:
            _row(rows, f"expression {side} {word}", any(_k(word) in t for t in listed), "")
    rows += score_furniture(entry.get("furniture", ()), comparison, data, fold=_k)
    return rows


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1])
    for name in sys.argv[2:] or ("city", "department"):
        comparison, data = pair_json(name, folder)
        print(name, report(score_pair(name, comparison, data)))
