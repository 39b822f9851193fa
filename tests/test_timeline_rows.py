"""What a timeline row shows a reader: its role's mark, a title cut at a clause, the year's
figures in the newest report's script, and a shortcomings list's announcement folded as framing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportdiff.cli import cli
from reportdiff.corpus.timeline import _frames
from reportdiff.render.timeline_render import _short

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    # -- the 2024 sample is 简体, the 2025 one 繁體: the folder reads in 繁體 --
    target = tmp_path_factory.mktemp("yunze")
    for name in ("yunze_sfj_2024_constructed.txt", "yunze_sfj_2025_constructed.txt"):
        shutil.copy(SAMPLES / name, target / name)
    return target


def _run(folder: Path, *options: str) -> str:
    result = CliRunner().invoke(cli, ["timeline", str(folder), "--no-cache", *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_rows_carry_their_parts_role(folder) -> None:
    (body,) = json.loads(_run(folder, "--format", "json"))["bodies"]
    roles = {lineage["role"] for lineage in body["measures"]}
    assert {"results", "shortcomings", "leadership", "plans"} <= roles
    markdown = _run(folder)
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    for lineage in body["measures"]:
        mark = {"plans": "〔計劃〕", "shortcomings": "〔不足〕", "leadership": "〔責任人〕"}.get(lineage["role"])
        title = lineage["titles"][0]
        openings = {f"{mark or ''}{_short(form)}" for form in (title, _to_traditional(title))}
        row = next(row for row in rows if row[2:].split(" | ")[0].split(" → ")[0] in openings)
        assert mark is not None or not row.startswith("| 〔"), row
    english = _run(folder, "--lang", "en")
    assert "| Shortcoming: " in english and "| Plan: " in english


def _to_traditional(text: str) -> str:
    """``text`` in the forms the folder's newest (繁體) report writes (審核, not s2t's 審覈)."""
    from reportdiff import display
    from reportdiff.pipeline import load_report

    newest = load_report((SAMPLES / "yunze_sfj_2025_constructed.txt").read_text(encoding="utf-8"))
    return display.in_forms("traditional", display.forms_in_use(newest))(text)


def test_long_titles_are_cut_at_a_clause() -> None:
    sentence = "行政执法规范化水平仍不均衡，新兴领域执法依据不够明确，部分执法人员运用法律的能力有待提升"
    assert _short(sentence) == "行政执法规范化水平仍不均衡，新兴领域执法依据不够明确…"
    assert _short("优化法治化营商环境") == "优化法治化营商环境"
    assert _short("甲" * 50) == "甲" * 40 + "…"


def test_rewording_past_the_cut_is_shown_once(folder) -> None:
    markdown = _run(folder)
    for line in markdown.splitlines():
        if " → " in line:
            titles = line.split(" | ")[0].lstrip("| ").split(" → ")
            assert len(set(titles)) == len(titles), line


def test_figures_read_in_the_newest_reports_script(folder) -> None:
    markdown = _run(folder)
    figures = markdown[markdown.index("## 数据历年"):]
    assert "約46.8億元" in figures and "约46.8亿元" not in figures
    assert "620餘家" in figures and "620余家" not in figures
    page = _run(folder, "--format", "html")
    assert "約46.8億元" in page and "约46.8亿元" not in page


@pytest.mark.parametrize("sentence", ["对照法治政府建设要求，我局工作还存在一些不足：",
                                      "對照上級要求，我們的工作也存在以下問題和不足：",
                                      "当前仍面临一些困难，主要是："])
def test_a_shortcomings_lists_announcement_frames(sentence) -> None:
    assert _frames(sentence, plans=True)


@pytest.mark.parametrize("sentence", ["行政执法规范化水平存在一些不足",
                                      "基层法治力量仍有短板，乡镇合法性审核人员不足"])
def test_a_shortcoming_itself_does_not_frame(sentence) -> None:
    assert not _frames(sentence, plans=True)


def test_the_announcement_is_folded(folder) -> None:
    (body,) = json.loads(_run(folder, "--format", "json"))["bodies"]
    announcement = next(lineage for lineage in body["measures"] if lineage["title"].endswith("不足："))
    assert announcement["framing"] and announcement["folded"]


def test_heading_names_one_year_once(tmp_path) -> None:
    """A folder whose reports name one year (a body's report and its revised copy) is headed
    (2024), not (2024–2024); a span of years keeps its dash."""
    from reportdiff.render.timeline_render import _span
    assert _span([2024]) == "2024" and _span([2024, 2024]) == "2024"
    assert _span([2016, 2017, 2023]) == "2016–2023"
    shutil.copy(SAMPLES / "yunze_sfj_2024_constructed.txt", tmp_path / "yunze_sfj_2024_constructed.txt")
    markdown = _run(tmp_path)
    assert markdown.splitlines()[0].endswith(" (2024)")
