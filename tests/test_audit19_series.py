"""audit19's folder (tests/data/audit19, key.json "folder"): a city's 政府工作报告 over three years in
three forms (.txt, a python-docx .docx, that .docx printed to PDF by LibreOffice) beside a county's
series with 2025 missing, through check, timeline and matrix. The key was written before running."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportdiff import compare, load_report, render
from reportdiff.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit19_key import DATA, KEY, report, score_promises  # noqa: E402
from published_forms import build_published_docx, soffice_pdf  # noqa: E402

FOLDER = KEY["folder"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("audit19")
    target = base / "reports"
    target.mkdir()
    for name in ("liuchuan-2024.txt", "桐溪县-2023.txt", "桐溪县-2024.txt", "桐溪县-2026.txt"):
        shutil.copy(DATA / name, target / name)
    build_published_docx((DATA / "liuchuan-2025.src.txt").read_text(encoding="utf-8"), target / "liuchuan-2025.docx",
                         header="柳川市人民政府", title_lines=3)
    build = base / "build"
    build.mkdir()
    build_published_docx((DATA / "liuchuan-2026.src.txt").read_text(encoding="utf-8"), build / "liuchuan-2026.docx",
                         header="柳川市人民政府", title_lines=3)
    soffice_pdf(build / "liuchuan-2026.docx", build).rename(target / "liuchuan-2026.pdf")
    return target


def test_years_and_kind_of_every_form(folder) -> None:
    for name, years in FOLDER["files"].items():
        report_ = load_report(str(folder / name))
        assert [report_.year, report_.review_year, report_.plan_year] == years, name
        assert report_.kind == FOLDER["kind"], name
    roles = {part.id: part.role.value for part in load_report(str(folder / "liuchuan-2026.pdf")).parts}
    assert roles == FOLDER["roles_2026"]


@pytest.mark.parametrize("year, form", [(2025, "docx"), (2026, "pdf")])
def test_a_form_reads_as_its_text(folder, year, form) -> None:
    text = load_report(str(DATA / f"liuchuan-{year}.src.txt"))
    other = load_report(str(folder / f"liuchuan-{year}.{form}"))
    assert [(m.id, m.text) for m in other.measures] == [(m.id, m.text) for m in text.measures]
    assert other.preamble == text.preamble


def test_promises_of_the_docx_against_the_pdf(folder) -> None:
    comparison = compare(str(folder / "liuchuan-2025.docx"), str(folder / "liuchuan-2026.pdf"))
    rows = score_promises(FOLDER["promises_2025_2026"], json.loads(render(comparison, "json"))["promises"])
    # -- held when written: 15 of 16 (加快柳川港三期工程建设 against 主体完工 is left to the promise rules) --
    assert sum(ok for _, ok, _ in rows) >= 15, report(rows)


def test_check_fails_on_the_gap_only(folder) -> None:
    result = subprocess.run([sys.executable, "-m", "reportdiff", "check", str(folder)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert result.returncode == FOLDER["check"]["exit"], result.stdout + result.stderr
    county = result.stdout.split("## 桐溪县", 1)[1]
    city = result.stdout.split("## 柳川市", 1)[1].split("## ", 1)[0]
    assert "年份不连续" in county and "年份不连续" not in city
    # -- no stated growth is checked across the missing year, no promise judged --
    assert "增幅不符" not in county and "上年计划未兑现" not in county


def test_timeline_names_the_missing_year(folder) -> None:
    result = CliRunner().invoke(cli, ["timeline", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    bodies = {body["body"]: body for body in data["bodies"]}
    assert bodies["桐溪县"]["years"] == FOLDER["timeline"]["桐溪县"]["years"]
    gdp = next(f for f in bodies["柳川市"]["figures"] if f["label"] == "地区生产总值")
    assert [v["raw"] for v in gdp["values"].values()] == FOLDER["timeline"]["柳川市"]["地区生产总值"]
    assert any(w["code"] == "timeline_gap" and w["body"] == "桐溪县" and w["years"] == [2025]
               for w in data["warning_records"]), data["warning_records"]


def test_matrix_of_the_latest_year(folder) -> None:
    result = CliRunner().invoke(cli, ["matrix", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert sorted(b["name"] for b in data["bodies"]) == sorted(FOLDER["matrix_2026"]["bodies"])
    assert not [w for w in data.get("warnings", []) if w["code"] == "mixed_kinds"]
