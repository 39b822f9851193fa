"""End to end on the second constructed pair (Yunze justice bureau): key agreement, scripts, CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import opencc
import pytest
from browser import needs_chromium, screenshot

from ooxml_revisions import accept_all, reject_all, revision_elements
from reportdiff.models import BlockKind, Op, Role, Status
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare, load_report
from reportdiff.render.html import render_html

ROOT = Path(__file__).resolve().parents[1]
OLD = ROOT / "samples" / "yunze_sfj_2024_constructed.txt"
NEW = ROOT / "samples" / "yunze_sfj_2025_constructed.txt"
KEY = json.loads((ROOT / "samples" / "yunze_sfj_2024_2025.key.json").read_text(encoding="utf-8"))

# -- the one measure pair the tool misses (see test_title_twin_next_to_a_moved_neighbour_aligns) --
KNOWN_MISSES: set[tuple[str | None, str | None]] = set()


@pytest.fixture(scope="module")
def comparison():
    return compare(OLD, NEW)


def _pairs(comparison) -> dict[tuple[str | None, str | None], object]:
    return {(m.old.id if m.old else None, m.new.id if m.new else None): m for m in comparison.matches}


def _agreement(comparison) -> tuple[list[dict], list[dict]]:
    got = _pairs(comparison)
    right = [e for e in KEY["measures"] if (m := got.get((e["old"], e["new"]))) and m.status.value == e["status"]]
    return right, [e for e in KEY["measures"] if e not in right]


def run(*args: str) -> subprocess.CompletedProcess:
    """The real entry point in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "reportdiff", *args], capture_output=True, timeout=120)


# ---------------------------------------------------------------- the answer key


def test_statuses_agree_with_the_key(comparison) -> None:
    right, wrong = _agreement(comparison)
    # -- measured: 38 of 38 --
    assert len(right) / len(KEY["measures"]) >= 0.95, wrong
    assert {(e["old"], e["new"]) for e in wrong} <= KNOWN_MISSES
    assert {m.status for m in comparison.matches} == set(Status)
    assert {e["status"] for e in KEY["measures"]} == {s.value for s in Status}


def test_every_measure_of_both_reports_appears_once(comparison) -> None:
    old_ids = Counter(m.old.id for m in comparison.matches if m.old)
    new_ids = Counter(m.new.id for m in comparison.matches if m.new)
    assert set(old_ids) == {m.id for m in comparison.old.measures} == {e["old"] for e in KEY["measures"]} - {None}
    assert set(new_ids) == {m.id for m in comparison.new.measures} == {e["new"] for e in KEY["measures"]} - {None}
    # -- only the merge shares a new measure; nothing is split --
    assert [i for i, n in new_ids.items() if n > 1] == ["二/(二)/2"]
    assert [i for i, n in old_ids.items() if n > 1] == []


def test_merge_is_reported_as_merged(comparison) -> None:
    expected = {(e["old"], e["new"]) for e in KEY["measures"] if e["relation"] == "merged"}
    got = {k for k, m in _pairs(comparison).items() if m.relation == "merged"}
    assert expected and got == expected
    assert comparison.summary["merged"] == 2 and comparison.summary["split"] == 0


def test_moves_cross_sections_and_nesting(comparison) -> None:
    got = _pairs(comparison)
    # -- a （1） sub-item of the enforcement section became item 3 of another section --
    moved = got[("一/(三)/2/(1)", "二/(一)/3")]
    assert moved.status is Status.MOVED and moved.old.marker == "（1）" and moved.new.marker == "3、"
    assert got[("一/(一)/3", "二/(二)/3")].status is Status.MOVED
    # -- the sub-item (3) written as item 3、 the next year is the same measure, unchanged --
    same = got[("一/(三)/2/(3)", "二/(三)/3")]
    assert same.status is Status.CONTINUED and all(r.op is Op.EQUAL for r in same.redlines)
    # -- plans written as items (1.) one year and as headings with body (（一）…。) the next --
    plan = got[("四/1", "四/(一)")]
    assert plan.status is Status.MODIFIED and plan.new.kind.value == "heading"


def test_sections_reworded_and_only_in_one_year(comparison) -> None:
    got = {(s.old.id if s.old else None, s.new.id if s.new else None): s for s in comparison.sections}
    assert {(s["old"], s["new"]) for s in KEY["sections"]} <= set(got)
    for entry in (e for e in KEY["sections"] if e["old"] and e["new"]):
        section = got[(entry["old"], entry["new"])]
        changed = any(r.op is not Op.EQUAL for r in section.redlines)
        assert changed == entry["reworded"], entry
    # -- 加强法治督察 exists only in 2025, as a heading that carries its body --
    only_new = got[(None, "二/(六)")]
    assert only_new.new.measures[0].kind.value == "heading"
    assert _pairs(comparison)[(None, "二/(六)")].status is Status.NEW


def test_roles_from_heading_words_not_position(comparison) -> None:
    old_roles = [(p.id, p.role) for p in comparison.old.parts]
    new_roles = [(p.id, p.role) for p in comparison.new.parts]
    assert old_roles == [("一", Role.RESULTS), ("二", Role.SHORTCOMINGS), ("三", Role.LEADERSHIP), ("四", Role.PLANS)]
    # -- the leadership part comes first in 2025 and is still leadership --
    assert new_roles == [("一", Role.LEADERSHIP), ("二", Role.RESULTS), ("三", Role.SHORTCOMINGS), ("四", Role.PLANS)]
    parts = {(p.old.id if p.old else None, p.new.id if p.new else None) for p in comparison.parts}
    assert parts == {(p["old"], p["new"]) for p in KEY["parts"]}
    assert {m.new.role for m in comparison.matches if m.new and m.new.part_id == "一"} == {Role.LEADERSHIP}


def test_years_titles_and_disclaimers(comparison) -> None:
    # -- 2024 has no title line: the year comes from the preamble --
    assert comparison.old.year == 2024 and comparison.old.title == ""
    assert comparison.new.year == 2025 and comparison.new.title.startswith("雲澤市司法局2025年")
    assert "非官方文本" in comparison.old.preamble and "非官方文本" in comparison.new.title


def test_growth_claim_is_checked_against_the_2024_base(comparison) -> None:
    claims = [f for f in comparison.figures if f.claim is not None and f.claim_check is not None]
    assert [(key(f.old.raw), key(f.new.raw), f.claim_check) for f in claims] == [("1386件", "1652件", "consistent")]
    assert claims[0].implied == pytest.approx(19.19, abs=0.01)


def test_figure_pairs_agree_with_the_key(comparison) -> None:
    got = {(f.old_measure, key(f.old.raw), f.new_measure, key(f.new.raw)) for f in comparison.figures if f.old and f.new}
    expected = [(f["old_measure"], f["old"], f["new_measure"], f["new"]) for f in KEY["figures"] if "label" in f]
    hits = [e for e in expected if e in got]
    # -- measured: 33 of 35; the misses are a stated rate (31.5% → 18.4%, which the tool treats
    #    as claims, not figures) and 旁听庭审 1次 → 2次 (labels too different) --
    assert len(hits) >= 33, [e for e in expected if e not in got]


# ---------------------------------------------------------------- scripts and outline


@pytest.mark.parametrize("path", [OLD, NEW], ids=["2024", "2025"])
def test_outline_joins_back_to_the_input(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report = parse_text(text)
    assert re.sub(r"\s", "", "".join(b.text for b in report.blocks)) == re.sub(r"\s", "", text)
    kinds = Counter(b.kind for b in report.blocks)
    assert kinds[BlockKind.PART] == 4 and kinds[BlockKind.TITLE] == (path == NEW)


@pytest.mark.parametrize(
    ("path", "config"),
    [(OLD, "s2t"), (OLD, "s2tw"), (OLD, "s2hk"), (NEW, "t2s"), (NEW, "tw2s")],
    ids=["2024-s2t", "2024-s2tw", "2024-s2hk", "2025-t2s", "2025-tw2s"],
)
def test_report_against_its_own_script_conversion(path: Path, config: str) -> None:
    text = path.read_text(encoding="utf-8")
    converted = opencc.OpenCC(config).convert(text)
    assert converted != text
    for old, new in ((text, converted), (converted, text)):
        result = compare(old, new)
        assert Counter(m.status for m in result.matches) == {Status.CONTINUED: len(result.new.measures)}
        assert all(r.op is Op.EQUAL for m in result.matches for r in m.redlines)
        assert all(r.op is Op.EQUAL for s in result.sections for r in s.redlines)
        assert all(r.op is Op.EQUAL for p in result.parts for r in p.redlines)
        assert all(r.op is Op.EQUAL for r in result.preamble)
        assert result.old.year == result.new.year


# ---------------------------------------------------------------- CLI end to end


def test_cli_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    out = tmp_path / "diff.html"
    done = run("compare", str(OLD), str(NEW), "-o", str(out))
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"https?:", html, re.IGNORECASE)
    assert "雲澤市司法局2025年法治政府建設年度報告" in html
    for measure in load_report(NEW).measures:
        assert f'id="m-{measure.id}"' in html
    # -- hostile text in a measure and a heading is shown, never run --
    hostile = NEW.read_text(encoding="utf-8").replace("加強法治督察。", "加強法治督察<script>alert(1)</script>。", 1)
    hostile = hostile.replace("（五）完善公共法律服務體系", '（五）完善公共法律服務體系"><img src=x onerror=alert(2)>', 1)
    evil = tmp_path / "evil.txt"
    evil.write_text(hostile, encoding="utf-8")
    done = run("compare", str(OLD), str(evil), "-o", str(tmp_path / "evil.html"))
    assert done.returncode == 0, done.stderr
    evil_html = (tmp_path / "evil.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in evil_html and "&lt;script&gt;alert(1)&lt;/script&gt;" in evil_html
    assert "<img" not in evil_html and "onerror=alert(2)&gt;" in evil_html


def test_cli_json(tmp_path: Path, comparison) -> None:
    out = tmp_path / "diff.json"
    assert run("compare", str(OLD), str(NEW), "-o", str(out)).returncode == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema_version"] == 1
    assert document["old"]["year"] == 2024 and document["new"]["year"] == 2025
    assert {k: document["summary"][k] for k in ("new", "continued", "modified", "moved", "dropped")} == {
        k: comparison.summary[k] for k in ("new", "continued", "modified", "moved", "dropped")
    }
    statuses = {((m["old"] or {}).get("id"), (m["new"] or {}).get("id")): m["status"] for m in document["measures"]}
    right = sum(1 for e in KEY["measures"] if statuses.get((e["old"], e["new"])) == e["status"])
    assert right == len(KEY["measures"]) - len(KNOWN_MISSES)
    # -- texts are the original scripts of each side; the outline gives back each input --
    merged = next(m for m in document["measures"] if m["old"] and m["old"]["id"] == "一/(二)/3")
    assert merged["old"]["text"].startswith("开展重大行政决策") and merged["new"]["text"].startswith("嚴格合法性審核")
    for side, path in (("old", OLD), ("new", NEW)):
        joined = "".join(block["text"] for block in document["outline"][side])
        assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", path.read_text(encoding="utf-8"))
    promises = {p["plan"]["id"] if isinstance(p["plan"], dict) else p["plan"] for p in document["promises"]}
    # -- framing sentences (…重点做好以下工作：) promise nothing and are not tracked, nor are an
    #    item's title sentences (1.加强行政执法监督。 before the sentences that carry it out) --
    assert promises == {p["plan"] for p in KEY["promises"] if p["status"] not in ("framing", "title")}


def test_cli_markdown(tmp_path: Path, comparison) -> None:
    out = tmp_path / "diff.md"
    assert run("compare", str(OLD), str(NEW), "-o", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    counts = comparison.summary
    row = f"| {counts['new']} | {counts['continued']} | {counts['modified']} | {counts['moved']} | {counts['dropped']} |"
    assert row in text
    assert "**二、（一）第3项（原一、（三）第2项（1））**" in text and "合并" in text
    assert "<del>1386件</del><ins>1652件，同比增長19.2%</ins>" in text


@pytest.mark.parametrize("moves", [True, False], ids=["moves", "no-moves"])
def test_cli_docx_accept_and_reject(tmp_path: Path, comparison, moves: bool) -> None:
    out = tmp_path / "diff.docx"
    args = ["compare", str(OLD), str(NEW), "-o", str(out)] + ([] if moves else ["--no-moves"])
    assert run(*args).returncode == 0
    data = out.read_bytes()
    old_body = [comparison.old.preamble, *(m.marker + m.text for m in comparison.old.measures)]
    # -- Accept All gives the 2025 report itself, paragraph by paragraph: the run-in points of
    #    one paragraph (一是…二是…) stay in it; the title's note line is no body paragraph --
    lines = [line.strip() for line in NEW.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert accept_all(data) == [line for line in lines if not line.startswith("（本报告为")]
    # -- Reject All gives the 2024 report in its own order; unchanged runs keep the 2025 script --
    assert key("".join(reject_all(data, headings=False))) == key("".join(old_body))
    assert len(revision_elements(data)) > 50


@pytest.mark.parametrize("path", [OLD, NEW], ids=["2024", "2025"])
def test_cli_plans_on_each_report(tmp_path: Path, path: Path) -> None:
    done = run("plans", str(path), "--format", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    report = load_report(path)
    assert document["schema_version"] == 1 and document["report"]["year"] == report.year
    assert [p["plan"]["id"] for p in document["plans"]] == [s.id for s in report.plan_sentences]
    assert {p["status"] for p in document["plans"]} <= {"continues", "new", "framing"}
    results = {m.id for m in report.part_by_role(Role.RESULTS).all_measures()}
    linked = {r["id"] for p in document["plans"] for r in p["results"]}
    assert linked and linked <= results
    for suffix in ("html", "md", "docx"):
        out = tmp_path / f"plans.{suffix}"
        assert run("plans", str(path), "-o", str(out)).returncode == 0
        assert out.stat().st_size > 1000


# ---------------------------------------------------------------- promises


def test_promises_agree_with_the_key(comparison) -> None:
    gold = {p["plan"]: p for p in KEY["promises"] if p["status"] not in ("framing", "title")}
    assert [p.plan.id for p in comparison.promises] == list(gold)
    agree = [p for p in comparison.promises if p.status == gold[p.plan.id]["status"]]
    # -- measured: 16 of 17 tracked (the framing sentence is no longer tracked); with the items'
    #    title sentences untracked, 12 of 12 (the 调解中心 plan is no longer taken as delivered) --
    assert len(agree) >= 12
    evidence_right = [
        p for p in agree
        if p.status == "delivered" and {e.measure.id for e in p.evidence} & set(gold[p.plan.id]["new"])
    ]
    # -- measured: 13 of the 14 agreed deliveries name a key measure (the title 四/4#1 named only
    #    二/(四)/¶1); all 9 with the titles untracked --
    assert len(evidence_right) >= 9
    # -- a measure copied word for word from 2024 is no evidence --
    copied = {m.new.id for m in comparison.matches if m.status is Status.CONTINUED}
    assert not any(e.measure.id in copied for p in comparison.promises for e in p.evidence)


# ---------------------------------------------------------------- known limitations


def test_title_twin_next_to_a_moved_neighbour_aligns(comparison) -> None:
    # -- the next old neighbour (一/(三)/2/(1)) moved to an earlier place: the positional gap
    #    must not be bounded by it --
    match = _pairs(comparison).get(("一/(三)/2", "二/(三)/2"))
    assert match is not None and match.status is Status.MODIFIED


@pytest.mark.parametrize("plan", [
    "四/3#4",
    # -- a facility to build (行政争议调解中心) is not delivered by a paragraph on the same work
    #    that names no 中心 (promise_objects._FACILITY) --
    "四/4#3",
])
def test_unreported_plans_stay_unreported(comparison, plan: str) -> None:
    promise = next(p for p in comparison.promises if p.plan.id == plan)
    assert promise.status == "not_reported", [(e.measure.id, e.shared_terms) for e in promise.evidence]


def test_total_and_newly_built_are_not_paired(comparison) -> None:
    pairs = {(key(f.old.raw), key(f.new.raw)) for f in comparison.figures if f.old and f.new}
    assert ("2140个", "36个") not in pairs


def test_label_reaches_across_a_parenthesis(comparison) -> None:
    pairs = {(f.old_measure, key(f.old.raw), key(f.new.raw)) for f in comparison.figures if f.old and f.new}
    assert ("一/(五)/3", "23个", "19个") in pairs


@needs_chromium
def test_chromium_renders_the_pair(tmp_path: Path, comparison) -> None:
    for name, query in (("inline.png", ""), ("side.png", "?view=side")):
        # -- a blank page compresses to a few kB; the rendered pair is hundreds --
        assert len(screenshot(render_html(comparison), tmp_path, name, query)) > 100_000