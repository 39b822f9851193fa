"""``reportdiff matrix``: one year across bodies (real national reports posing as seven bodies)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_series import texts, write_two_kinds

from reportdiff.cli import cli

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
#: Hand-checked: the reports that write each expression (by the year of the State Council report).
EXPRESSIONS = {"“放管服”改革": {2017, 2018, 2019, 2021, 2022}, "“互联网+政务服务”": {2016, 2017, 2018, 2019}}


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))


def _matrix(folder: Path, *extra: str) -> dict:
    result = CliRunner().invoke(cli, ["matrix", str(folder), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_seven_real_reports_as_seven_bodies(tmp_path) -> None:
    folder = tmp_path / "bodies"
    folder.mkdir()
    for source in sorted(REAL.glob("guowuyuan-zfgzbg-*-s.txt")):
        year = source.stem.split("-")[2]
        shutil.copy(source, folder / f"省{year}-2023.txt")
    data = _matrix(folder)
    assert data["year"] == 2023 and len(data["bodies"]) == 7
    # -- the file's name says 2023; the year its review covers is the text's own (2015) --
    assert data["bodies"][0] == {"name": "省2016", "year": 2023, "source": str(folder / "省2016-2023.txt"),
                                 "kind": "government_work", "review_year": 2015}
    rows = {row["text"]: row for row in data["expressions"]}
    for expression, years in EXPRESSIONS.items():
        assert set(rows[expression]["bodies"]) == {f"省{year}" for year in years}, expression
    # -- shared by most first, by one last --
    counts = [row["count"] for row in data["measures"]]
    assert counts == sorted(counts, reverse=True) and counts[0] == 7 and counts[-1] == 1


def test_measures_shared_and_singular(tmp_path) -> None:
    folder = tmp_path / "districts"
    folder.mkdir()
    base = texts()[2024]
    for name in ("东城区", "西城区", "南城区"):
        text = base.replace("云泽市", name)
        if name == "南城区":
            text = "\n".join(line for line in text.splitlines() if not line.startswith("4.规范律师")) + "\n"
        (folder / f"{name}-2024.txt").write_text(text, encoding="utf-8")
    (folder / "北城区-2023.txt").write_text(texts()[2023], encoding="utf-8")
    data = _matrix(folder)
    assert [body["name"] for body in data["bodies"]] == ["东城区", "南城区", "西城区"]
    rows = {row["text"]: row for row in data["measures"]}
    assert rows["规范律师和公证行业管理"]["bodies"] == ["东城区", "西城区"]
    assert rows["优化法治化营商环境"]["count"] == 3
    assert _matrix(folder, "--year", "2023")["bodies"][0]["name"] == "北城区"
    page = tmp_path / "m.html"
    assert CliRunner().invoke(cli, ["matrix", str(folder), "-o", str(page)]).exit_code == 0
    assert "规范律师和公证行业管理" in page.read_text(encoding="utf-8")
    markdown = CliRunner().invoke(cli, ["matrix", str(folder), "--no-cache"]).stdout
    assert "| 规范律师和公证行业管理 | 2/3 | 东城区、西城区 |" in markdown
    assert CliRunner().invoke(cli, ["matrix", str(folder), "--year", "1999"]).exit_code != 0


def test_reports_of_two_kinds_in_one_year_are_said_to_differ(tmp_path) -> None:
    """One year's 政府工作报告 beside a 法治政府建设 report are set side by side with a warning; a
    year of one kind has none."""
    write_two_kinds(tmp_path, str)
    mixed = CliRunner().invoke(cli, ["matrix", str(tmp_path), "--year", "2024", "--format", "json"])
    assert mixed.exit_code == 0, mixed.output
    assert sorted(body["name"] for body in json.loads(mixed.stdout)["bodies"]) == [
        "青禾县政府工作报告", "青禾县法治政府建设年度报告"]
    (kinds,) = [w for w in json.loads(mixed.stdout)["warning_records"] if w["code"] == "mixed_kinds"]
    assert kinds["year"] == 2024 and kinds["kinds"] == {"政府工作报告": ["青禾县政府工作报告"],
                                                        "法治政府建设年度报告": ["青禾县法治政府建设年度报告"]}
    assert "报告类型不同（政府工作报告：青禾县政府工作报告；法治政府建设年度报告：青禾县法治政府建设年度报告）" in mixed.stderr
    english = CliRunner().invoke(cli, ["matrix", str(tmp_path), "--year", "2024", "--format", "json", "--lang", "en"])
    assert ("different kinds (政府工作报告: 青禾县政府工作报告; 法治政府建设年度报告: 青禾县法治政府建设年度报告)"
            in english.stderr)
    single = CliRunner().invoke(cli, ["matrix", str(tmp_path), "--year", "2025", "--format", "json"])
    assert single.exit_code == 0 and "报告类型不同" not in single.stderr
    assert not [w for w in json.loads(single.stdout)["warning_records"] if w["code"] == "mixed_kinds"]


def test_a_body_without_a_report_of_the_year_is_named(tmp_path) -> None:
    """A body whose latest report is of an earlier year is not in the year's matrix: the warnings
    name it and its latest year, so a reviewer knows it was left out, not forgotten (audit27:
    a province's 2025 report beside a county's 2026 one vanished from the 2026 matrix)."""
    base = texts()[2024]
    for name in ("东城区", "西城区"):
        (tmp_path / f"{name}-2024.txt").write_text(base.replace("云泽市", name), encoding="utf-8")
    (tmp_path / "北城區-2023.txt").write_text(texts()[2023].replace("云泽市", "北城區"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["matrix", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [body["name"] for body in data["bodies"]] == ["东城区", "西城区"]
    assert any(w["code"] == "matrix_absent" and w["body"] == "北城區" and w["years"] == [2023]
               for w in data["warning_records"]), data["warning_records"]
    assert "北城區" in result.stderr
    earlier = CliRunner().invoke(cli, ["matrix", str(tmp_path), "--year", "2023", "--format", "json"])
    warnings = json.loads(earlier.stdout)["warning_records"]
    absent = [w["body"] for w in warnings if w["code"] == "matrix_absent"]
    assert "东城区" in absent and "北城區" not in absent, warnings


_WORK_REPORT = """{body}人民政府{year}年政府工作报告
各位代表：
现在，我代表{body}人民政府，向大会报告工作，请予审议。
一、{prev}年工作回顾
过去一年，全{short}地区生产总值{level}亿元，增长{growth}%，一般公共预算收入{revenue}亿元。
（一）狠抓项目建设。全年实施重点项目{projects}个。
二、{year}年主要目标和工作任务
今年经济社会发展的主要预期目标是：地区生产总值增长{target}左右；城镇新增就业{jobs}人以上；居民人均可支配收入增长与经济增长基本同步。
（一）扩大有效投资。实施重点项目{planned}个以上。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_figures_side_by_side_are_what_each_body_reached(tmp_path, script) -> None:
    """Two counties' 政府工作报告 of 2025: the figures are their reviews' (增长5.4%, the year's
    growth), not the targets their plans set (5%左右); each head says the year they are of."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "bodies"
    folder.mkdir()
    for name, short, level, growth, revenue, projects, target, jobs, planned in (
            ("青禾县", "县", "286.4", "5.4", "15.8", 41, "5%", 4000, 45),
            ("柳塘县", "县", "198.2", "6.2", "9.6", 30, "6%", 2500, 32)):
        text = _WORK_REPORT.format(body=name, short=short, year=2025, prev=2024, level=level, growth=growth,
                                   revenue=revenue, projects=projects, target=target, jobs=jobs, planned=planned)
        (folder / f"{name}.txt").write_text(convert(text), encoding="utf-8")
    data = _matrix(folder)
    assert [(b["name"], b["kind"], b["review_year"]) for b in data["bodies"]] == [
        ("柳塘县", "government_work", 2024), ("青禾县", "government_work", 2024)]
    rows = {row["label"]: row["bodies"] for row in data["figures"]}
    assert rows["地区生产总值增长"] == {"柳塘县": "6.2%", "青禾县": "5.4%"}
    assert rows["重点项目"] == {"柳塘县": convert("30个"), "青禾县": convert("41个")}
    markdown = CliRunner().invoke(cli, ["matrix", str(folder)]).stdout
    assert "| 柳塘县 (2024年数据) | 青禾县 (2024年数据) |" in markdown


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_work_summary_among_rule_of_law_reports_is_said_to_differ(tmp_path, script) -> None:
    """A bureau's 工作总结和工作计划 (kind other, no report's name in its title) beside two districts'
    法治政府建设 reports of the same year: the warning names it as a report of another kind."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    base = texts()[2024]
    (tmp_path / "东城区-2024.txt").write_text(convert(base), encoding="utf-8")
    (tmp_path / "西城区-2024.txt").write_text(convert(base.replace("2024年", "2024年度", 1)), encoding="utf-8")
    summary = ("鹤川县林业局2024年工作总结和2025年工作计划\n2024年，县林业局坚持生态优先，各项工作取得新成效。\n"
               "一、2024年工作开展情况\n（一）加强森林资源保护。全年完成造林1200亩，查处涉林案件36起。\n"
               "（二）推进林长制落实。各级林长巡林2100人次。\n二、存在的问题\n基层护林力量仍然薄弱。\n"
               "三、2025年工作计划\n（一）开展国土绿化行动。完成造林1500亩。\n")
    (tmp_path / "鹤川县林业局-2024.txt").write_text(convert(summary), encoding="utf-8")
    result = CliRunner().invoke(cli, ["matrix", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {body["name"]: body["kind"] for body in data["bodies"]}["鹤川县林业局"] == "other"
    (kinds,) = [w for w in data["warning_records"] if w["code"] == "mixed_kinds"]
    assert kinds["kinds"] == {"其他报告（工作总结等）": ["鹤川县林业局"], "法治政府建设年度报告": ["东城区", "西城区"]}


@pytest.mark.parametrize("most", ["traditional", "simplified"])
def test_rows_read_in_the_script_most_reports_are_written_in(tmp_path, most) -> None:
    """Two bodies write 繁體 and one 简体 (or the other way round): every row's label (measures,
    expressions, figures) is shown in the script of the two, JSON keeps them as found."""
    import opencc

    to_most = opencc.OpenCC("s2t" if most == "traditional" else "t2s").convert
    to_other = opencc.OpenCC("t2s" if most == "traditional" else "s2t").convert
    base = texts()[2024]
    (tmp_path / "东城区-2024.txt").write_text(to_most(base), encoding="utf-8")
    (tmp_path / "西城区-2024.txt").write_text(to_most(base.replace("2024年", "2024年度", 1)), encoding="utf-8")
    (tmp_path / "南城区-2024.txt").write_text(to_other(base.replace("2024年", "2024年全年", 1)), encoding="utf-8")
    data = _matrix(tmp_path)
    assert data["script"] == most
    markdown = CliRunner().invoke(cli, ["matrix", str(tmp_path)]).stdout
    page = CliRunner().invoke(cli, ["matrix", str(tmp_path), "--format", "html"]).stdout
    labels = [row["text"] for row in data["measures"] + data["expressions"]] + [row["label"] for row in data["figures"]]
    # -- of a 繁體 majority, the labels found on the Simplified key are those the page converts --
    assert most == "simplified" or any(to_most(label) != label for label in labels)
    rows = [line.split(" | ")[0].lstrip("| ") for line in markdown.splitlines() if line.startswith("| ")]
    rows = [row for row in rows if row not in ("举措", "提法", "指标", "举措变化", "提法变化")]
    assert rows and all(to_most(row) == row for row in rows), [row for row in rows if to_most(row) != row][:5]
    assert all(f"<td>{to_most(label)}</td>" in page for label in labels[:20])
