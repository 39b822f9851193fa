"""``reportdiff timeline`` on constructed folders (both scripts): the measures lineage table ranked
and folded as the formulation tables are, a standing formulation that leaves the series and comes
back shown and marked, one that only comes and goes kept out, and a 繁體 folder's rows written in
the forms its reports write (群眾, 審核), not OpenCC's standard ones (羣衆, 審覈)."""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest
from click.testing import CliRunner
from corpus_series import texts

from reportdiff.cli import cli

#: Where the constructed paragraphs take a further sentence (every year's text holds it).
_SIMPLIFIED_ANCHOR = "切实减轻群众和企业办事负担。"
_TRADITIONAL_ANCHOR = "切實減輕群眾和企業辦事負擔。"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))


def _five_years(folder: Path, script: str) -> Path:
    """Write five years (2021–2025) of the constructed series: 共同富裕 in 2021, then 2024–25 (gone
    two reports, back two), 营改增 in 2021 and 2025 only (back for one report: a year's wording)."""
    series = texts()
    series = {2021: series[2022].replace("2022", "2021"), **series}
    words = {2021: "，扎实推动共同富裕，落实营改增政策。", 2024: "，扎实推动共同富裕。", 2025: "，扎实推动共同富裕，落实营改增政策。"}
    to_script = opencc.OpenCC("s2t" if script == "traditional" else "t2s").convert
    folder.mkdir()
    for year, text in series.items():
        added = words.get(year)
        if year == 2025:
            # -- the newest report is written 繁體 in the series: kept so in a 繁體 folder --
            text = text.replace(_TRADITIONAL_ANCHOR, _TRADITIONAL_ANCHOR[:-1] + to_script(added) if added else _TRADITIONAL_ANCHOR)
            text = text if script == "traditional" else to_script(text)
        else:
            text = to_script(text.replace(_SIMPLIFIED_ANCHOR, _SIMPLIFIED_ANCHOR[:-1] + added if added else _SIMPLIFIED_ANCHOR))
        (folder / f"yunze-{year}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(folder: Path, *extra: str) -> str:
    result = CliRunner().invoke(cli, ["timeline", str(folder), *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_formulation_that_comes_back_is_shown_marked_and_one_off_words_are_not(tmp_path, script) -> None:
    folder = _five_years(tmp_path / "reports", script)
    (body,) = json.loads(_run(folder, "--format", "json"))["bodies"]
    assert body["years"] == [2021, 2022, 2023, 2024, 2025]
    standing = {row["text"]: row for row in body["expressions"] if row["standing"]}
    row = standing["共同富裕"]
    assert (row["years"], row["pattern"], row["folded"]) == ([2021, 2024, 2025], "returns", False)
    assert "营改增" not in standing
    # -- 共同富裕 is written alike in both scripts; the mark is the tool's own word --
    markdown = _run(folder)
    assert "| 共同富裕（再现） |" in markdown
    # -- …and only a return's: a row that only comes and goes (pattern returns) is not marked --
    marked = [line.split(" | ")[0].lstrip("| ") for line in markdown.splitlines() if "（再现） |" in line]
    returned = [row for row in body["expressions"] if row["returned"]]
    assert len(marked) == len(returned) and all(not row["folded"] for row in returned)
    assert any(row["pattern"] == "returns" and not row["returned"] for row in body["expressions"])
    assert "共同富裕 (returns)" in _run(folder, "--format", "html", "--lang", "en")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_measures_table_is_ranked_and_folded(tmp_path, script) -> None:
    """Measures that run through more reports come first; a measure of one report alone is folded
    under the count in Markdown and HTML; JSON keeps every row with its flag."""
    folder = _five_years(tmp_path / "reports", script)
    (body,) = json.loads(_run(folder, "--format", "json"))["bodies"]
    measures = body["measures"]
    assert all(isinstance(lineage["folded"], bool) for lineage in measures)
    assert all(lineage["folded"] for lineage in measures if len(lineage["years"]) == 1)
    shown = [lineage for lineage in measures if not lineage["folded"]]
    folded = [lineage for lineage in measures if lineage["folded"]]
    assert shown and folded and measures[:len(shown)] == shown
    runs = [len(lineage["years"]) for lineage in shown]
    assert runs[0] == max(runs) and runs[0] >= 3
    summary = f"其余 {len(folded)} 项（仅一年出现、框架语句或排序在后）"
    markdown, page = _run(folder), _run(folder, "--format", "html")
    assert f"<summary>{summary}</summary>" in markdown and f"<summary>{summary}</summary>" in page
    # -- the first shown measure's row comes before the fold, the first folded one after it, each
    #    in the script and forms of the newest report (display.in_forms) --
    from reportdiff import display
    from reportdiff.pipeline import load_report

    newest = load_report((folder / "yunze-2025.txt").read_text(encoding="utf-8"))
    to_script = display.in_forms(script, display.forms_in_use(newest))
    fold = markdown.index(summary)
    # -- a row opens on its role's mark (〔计划〕) where it has one, and a long title is cut --
    assert markdown.index(to_script(shown[0]['titles'][0])[:20]) < fold < markdown.index(to_script(folded[0]['titles'][0])[:20])


def test_a_traditional_folder_reads_in_the_forms_its_reports_write(tmp_path) -> None:
    """The 2022–24 reports are 简体, the newest 繁體 writes 群眾 and 審核: rows from the older reports
    and from the Simplified key read so, never s2t's 羣衆, 審覈 (as compare shows last year's words)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for year, text in texts().items():
        (folder / f"yunze-{year}.txt").write_text(text, encoding="utf-8")
    assert "群眾" in texts()[2025] and "審核" in texts()[2025]
    for page in (_run(folder), _run(folder, "--format", "html")):
        assert "審核" in page and "群眾" in page
        assert not any(form in page for form in ("羣", "衆", "覈")), [form for form in ("羣", "衆", "覈") if form in page]
    # -- JSON keeps every row as found (the older reports' 简体) --
    (body,) = json.loads(_run(folder, "--format", "json"))["bodies"]
    assert any("审核" in title for lineage in body["measures"] for title in lineage["titles"])


def test_a_traditional_years_matrix_reads_in_the_forms_its_reports_write(tmp_path) -> None:
    """Two bodies write 繁體 as the constructed 2025 report does (群眾, 審核), one 简体: the rows of
    the 简体 body and the Simplified key read in those forms."""
    base = texts()[2025]
    simplified = opencc.OpenCC("t2s").convert(base)
    (tmp_path / "东城区-2025.txt").write_text(base, encoding="utf-8")
    (tmp_path / "西城区-2025.txt").write_text(base.replace("2025年", "2025年度", 1), encoding="utf-8")
    (tmp_path / "南城区-2025.txt").write_text(simplified.replace("严格合法性审核", "严格规范性文件合法性审核"), encoding="utf-8")
    for fmt in ("md", "html"):
        result = CliRunner().invoke(cli, ["matrix", str(tmp_path), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert "審核" in result.stdout
        assert not any(form in result.stdout for form in ("羣", "衆", "覈")), fmt
