"""Score reportdiff on the audit27 inputs (tests/data/audit27) against their answer key (key.json).

Two 政府工作报告 pairs below the State Council, written and keyed by reading before reportdiff ran:
a province's in Traditional script (a .docx built from ``donglan-2024.src.txt`` against a saved
page) and a county's in Simplified (plain text against a PDF printed from ``wuling-2026.src.txt``).
``forms(dir)`` builds the published forms the key names; each scorer returns (item, held, detail)
rows as audit19_key does.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit19_key import _row, compared, report, score_furniture, score_promises, simplified  # noqa: E402,F401
from published_forms import build_published_docx, soffice_pdf  # noqa: E402

from reportdiff.normalize import key as norm_key  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "audit27"
KEY = json.loads((DATA / "key.json").read_text(encoding="utf-8"))


def forms(target: Path) -> Path:
    """The four reports in the forms the key names, in ``target`` (built once)."""
    target.mkdir(parents=True, exist_ok=True)
    if (target / "wuling-2026.pdf").exists():
        return target
    shutil.copy(DATA / "donglan-2025.html", target / "donglan-2025.html")
    shutil.copy(DATA / "wuling-2025.txt", target / "wuling-2025.txt")
    build_published_docx((DATA / "donglan-2024.src.txt").read_text(encoding="utf-8"), target / "donglan-2024.docx",
                         header="東瀾省人民政府", title_lines=3)
    build = target.parent / (target.name + "-build")
    build.mkdir(exist_ok=True)
    build_published_docx((DATA / "wuling-2026.src.txt").read_text(encoding="utf-8"), build / "wuling-2026.docx",
                         header="梧岭县人民政府", title_lines=3)
    soffice_pdf(build / "wuling-2026.docx", build).rename(target / "wuling-2026.pdf")
    return target


def pair_json(name: str, folder: Path) -> tuple[object, dict]:
    return compared(KEY[name], folder)


def _found(label: str, listed: list[str]) -> bool:
    """As tests/test_expressions.py: a listed expression contains the label, or is most of it."""
    wanted = norm_key(label)
    return any(wanted in item or (item in wanted and 2 * len(item) >= len(wanted)) for item in listed)


def score_pair(name: str, folder: Path, comparison=None, data: dict | None = None) -> list[tuple[str, bool, str]]:
    """Years, kind, roles, shortcomings, section successors, figures, stated changes, promises,
    expressions (among the first 40 listed) and furniture."""
    entry = KEY[name]
    if comparison is None:
        comparison, data = pair_json(name, folder)
    rows: list = []
    for side in ("old", "new"):
        report_ = getattr(comparison, side)
        got = [report_.year, report_.review_year, report_.plan_year]
        _row(rows, f"{side} years", got == entry["years"][side], str(got))
        _row(rows, f"{side} kind", report_.kind == entry["kind"], report_.kind)
        roles = {part.id: part.role.value for part in report_.parts}
        for part_id, role in entry["roles"][side].items():
            _row(rows, f"{side} role {part_id}", roles.get(part_id) == role, str(roles.get(part_id)))
        _row(rows, f"{side} parts", set(roles) == set(entry["roles"][side]), str(sorted(roles)))
        opening = norm_key(entry["shortcomings"][side])
        held = [b.kind.value for b in report_.blocks if opening in norm_key(b.text)]
        roles_of = [p.role.value for p in report_.parts
                    if any(opening in norm_key(b.text) for b in p.blocks)] if hasattr(report_.parts[0], "blocks") else []
        _row(rows, f"{side} shortcomings paragraph kept", bool(held), f"{held} {roles_of}")
    pairs = {(s.old.id if s.old else None, s.new.id if s.new else None) for s in comparison.sections}
    paired_old = {old for old, new in pairs if new}
    paired_new = {new for old, new in pairs if old}
    for item in entry["sections"]:
        old, new = item["old"], item["new"]
        held = (old, new) in pairs if old and new else (old not in paired_old if old else new not in paired_new)
        got = sorted(str(p) for p in pairs if (old and p[0] == old) or (new and p[1] == new))
        _row(rows, f"section {old}→{new}", held, " ".join(got))
    metrics = data["metrics"]
    for label, old, new in entry["figures"]:
        found = [m for m in metrics if m.get("old") and m.get("new") and norm_key(label) in norm_key(m["label"])
                 and norm_key(m["old"]["raw"]) == norm_key(old) and norm_key(m["new"]["raw"]) == norm_key(new)]
        near = [f"{m['label']}:{(m.get('old') or {}).get('raw')}→{(m.get('new') or {}).get('raw')}" for m in metrics
                if norm_key(label) in norm_key(m["label"])]
        _row(rows, f"figure {label} {old}→{new}", found, " | ".join(near)[:160])
    for claim, verdict in entry.get("stated_changes", {}).items():
        checks = [m.get("claim_check") for m in metrics if m.get("claim") and claim in m["claim"]]
        _row(rows, f"stated {claim} {verdict}", checks == [verdict], str(checks))
    rows += score_promises(entry["promises"], data["promises"])
    for side in ("new", "dropped"):
        listed = [norm_key(e["text"]) for e in data["expressions"][side]][:40]
        for label in entry["expressions"][side]:
            _row(rows, f"expression {side} {label}", _found(label, listed), "")
    rows += score_furniture(entry.get("furniture", ()), comparison, data)
    return rows


if __name__ == "__main__":
    import tempfile

    folder = forms(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "reports")
    for name in ("donglan", "wuling"):
        print(name, report(score_pair(name, folder)))
