"""Score reportdiff on the audit19 inputs (tests/data/audit19) against their answer key (key.json).

The key was written by reading the inputs before reportdiff ran on them. Each scorer returns
(item, held, detail) rows, so a test can assert the items a fix made hold and a note can
count how many of the key's items held before and after.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc

from reportdiff import compare, render
from reportdiff.normalize import key as norm_key

DATA = Path(__file__).resolve().parent / "data" / "audit19"
KEY = json.loads((DATA / "key.json").read_text(encoding="utf-8"))
_S = opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    return _S.convert(text)


def compared(entry: dict, folder: Path) -> tuple[object, dict]:
    """The comparison of a key entry's ``old`` and ``new`` inputs in ``folder``, and its JSON."""
    comparison = compare(str(folder / entry["old"]), str(folder / entry["new"]))
    return comparison, json.loads(render(comparison, "json"))


def pair_json(name: str) -> tuple[object, dict]:
    """The comparison of the key's pair ``name`` and its JSON."""
    return compared(KEY[name], DATA)


def _row(rows: list, item: str, held: bool, detail: str = "") -> None:
    rows.append((item, bool(held), detail))


def score_pair(name: str, comparison=None, data: dict | None = None) -> list[tuple[str, bool, str]]:
    """Years, kind, titles, roles, measure statuses, figures, stated changes, promises, furniture."""
    entry = KEY[name]
    if comparison is None:
        comparison, data = pair_json(name)
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
    statuses: dict[str, list[str]] = {}
    for match in comparison.matches:
        measure = match.new or match.old
        statuses.setdefault(norm_key(measure.title), []).append(match.status.value)
    for title, status in entry["measures"].items():
        got = statuses.get(norm_key(title), [])
        _row(rows, f"measure {title}", got == [status], str(got))
    metrics = data["metrics"]
    for label, old, new in entry["figures"]:
        found = [m for m in metrics if m.get("old") and m.get("new") and norm_key(label) in norm_key(m["label"])
                 and norm_key(m["old"]["raw"]) == norm_key(old) and norm_key(m["new"]["raw"]) == norm_key(new)]
        _row(rows, f"figure {label} {old}→{new}", found, "")
    for claim, verdict in entry.get("stated_changes", {}).items():
        checks = [m.get("claim_check") for m in metrics if m.get("claim") and claim in m["claim"]]
        _row(rows, f"stated {claim} {verdict}", checks == [verdict], str(checks))
    rows += score_promises(entry["promises"], data["promises"])
    rows += score_furniture(entry.get("furniture", ()), comparison, data)
    return rows


def score_promises(keyed: list[dict], promises: list[dict]) -> list[tuple[str, bool, str]]:
    """Each keyed plan: its status (short_of: not reported naming the result that misses), the
    evidence sentence, and the plan restating it."""
    rows: list = []
    for item in keyed:
        plan = norm_key(item["plan"])
        found = [p for p in promises if plan in norm_key(p["plan"]["text"])]
        if not found:
            _row(rows, f"promise {item['plan']}", False, "not tracked")
            continue
        p = found[0] if len(found) == 1 else next(
            (q for q in found if plan in norm_key(q["plan"].get("task") or q["plan"]["text"])), found[0])
        status = "short_of" if p["status"] == "not_reported" and p.get("short_of") else p["status"]
        texts = [norm_key(e.get("sentence") or e.get("text") or "") for e in p.get("evidence") or []]
        texts += [norm_key(e.get("sentence") or "") for e in p.get("short_of") or []]
        evidence = "evidence" not in item or any(norm_key(item["evidence"]) in t for t in texts)
        replanned = True
        if "replanned" in item:
            got = p.get("replanned")
            replanned = (got is None if item["replanned"] is None
                         else got is not None and norm_key(item["replanned"]) in norm_key(got["text"]))
        _row(rows, f"promise {item['plan']}", status == item["status"] and evidence and replanned,
             f"{p['status']}{' short_of' if p.get('short_of') else ''} evidence={evidence} replanned={replanned}")
    return rows


def score_furniture(words, comparison, data: dict, fold=norm_key) -> list[tuple[str, bool, str]]:
    """No furniture word in a title, preamble, part, section or measure, nor a figure or expression
    (texts compared by ``fold``: the key, or the key of the Simplified text)."""
    rows: list = []
    for side in ("old", "new"):
        report = getattr(comparison, side)
        texts = [report.title, report.preamble or ""] + [b.text for b in report.blocks if b.kind.value not in ("other",)]
        exprs = [e["text"] for e in data["expressions"]["new" if side == "new" else "dropped"]]
        labels = [m["label"] for m in data["metrics"] if m.get(side)]
        for word in words:
            w = fold(word)
            hits = [t for t in texts + exprs + labels if w and w in fold(t)]
            # -- a word the report itself uses (关闭 in a sentence) is no furniture hit: only short lines --
            hits = [t for t in hits if len(fold(t)) <= 60 or fold(t).startswith(w)]
            _row(rows, f"{side} furniture {word}", not hits, " | ".join(hits)[:120])
    return rows


def forms_folder(tmp_path_factory, name: str, build_forms) -> Path:
    """The folder ``build_forms`` writes an audit's inputs to (its build files beside it)."""
    base = tmp_path_factory.mktemp(name)
    build_forms(base / "reports", base / "build")
    return base / "reports"


def unexpected_misses(rows, left: set[str]) -> set[str]:
    """The key's items missed beyond those an audit left (with their reasons) when it was written."""
    return {item for item, ok, _ in rows if not ok} - left


def misread_years(folder: Path, files: dict[str, list[int]]) -> dict[str, list[int]]:
    """The files of ``folder`` whose [year, review_year, plan_year] are not those keyed, as read."""
    from reportdiff import load_report

    read = {name: load_report(str(folder / name)) for name in files}
    got = {name: [r.year, r.review_year, r.plan_year] for name, r in read.items()}
    return {name: years for name, years in got.items() if years != files[name]}


def check_and_timeline(folder: Path, out: Path) -> tuple[object, dict]:
    """``reportdiff check`` on ``folder`` (its click result), and ``reportdiff timeline`` of it
    written to ``out`` and read back."""
    from click.testing import CliRunner

    from reportdiff.cli import cli

    runner = CliRunner()
    checked = runner.invoke(cli, ["check", str(folder), "--no-cache"])
    assert runner.invoke(cli, ["timeline", str(folder), "-o", str(out)]).exit_code == 0
    return checked, json.loads(out.read_text(encoding="utf-8"))


def assert_bodies_followed(folder: Path, out: Path, entry: dict) -> None:
    """``check`` and ``timeline`` on ``folder`` as a key's ``folder`` entry says: check's exit status,
    each body named, and in the timeline each body's years and the values keyed for it."""
    checked, timeline = check_and_timeline(folder, out)
    assert checked.exit_code == entry["check_exit"], checked.output
    assert all(body in checked.output for body in entry["bodies"]), checked.output
    bodies = {item["body"]: item for item in timeline["bodies"]}
    for body, years in entry["bodies"].items():
        assert body in bodies and sorted(bodies[body]["years"]) == years, sorted(bodies)
        text = simplified(json.dumps(bodies[body], ensure_ascii=False))
        assert all(value in text for value in entry["timeline"][body]), body


def report(rows) -> str:
    held = sum(1 for _, ok, _ in rows if ok)
    lines = [f"{held}/{len(rows)} held"] + [f"  MISS {item}: {detail}" for item, ok, detail in rows if not ok]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ("ministry", "wechat"):
        print(name, report(score_pair(name)))
