"""``reportdiff check`` end to end through the CLI on a four-year constructed series."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_series import without_part, write_series

from reportdiff.corpus.config import DEFAULT_RULES, ConfigError, find_config, load_config


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "reportdiff", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def check(folder: Path, *extra: str) -> tuple[subprocess.CompletedProcess, dict]:
    out = folder.parent / "check.json"
    result = run("check", str(folder), "--json", str(out), *extra)
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return result, data


def test_all_rules_pass(tmp_path) -> None:
    folder = write_series(tmp_path / "reports")
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    html = tmp_path / "check.html"
    result, data = check(folder, "--html", str(html), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Report check: passed")
    assert "## 云泽市司法局 2024 → 2025: passed" in result.stdout
    # -- new and dropped measures by name, promises not reported, expressions --
    assert "- 二. (六) 加強法治督察" in result.stdout
    assert "规范律师和公证行业管理" in result.stdout
    assert "### New expressions" in result.stdout
    assert data["passed"] is True and data["rules"] == DEFAULT_RULES
    body = data["bodies"][0]
    assert (body["old"]["year"], body["new"]["year"]) == (2024, 2025)
    assert body["summary"]["dropped"] == 3 and body["comparison"]["schema_version"] == 1
    assert {f["rule"] for f in data["findings"]} <= {"dropped", "shortcoming_dropped", "not_reported", "growth_mismatch"}
    assert all(f["level"] == "warn" for f in data["findings"])
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<iframe" in page and "<script src" not in page


def test_step_summary_is_appended(tmp_path) -> None:
    folder = write_series(tmp_path / "reports")
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = run("check", str(folder), env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 0, result.stderr
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n# 年度报告检查：通过") and text.endswith(result.stdout)


def test_dropped_measure_fails_when_the_rule_is_on(tmp_path) -> None:
    folder = write_series(tmp_path / "reports")
    (tmp_path / "reportdiff.toml").write_text('[rules]\ndropped = "fail"\n', encoding="utf-8")
    result, data = check(folder)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("# 年度报告检查：未通过")
    # -- last year's title in this year's (繁體) script, as compare shows it --
    assert "| 不通过 | 删除举措 | 原一、（五）第4项 規範律師和公證行業管理 |" in result.stdout
    failed = [f for f in data["findings"] if f["level"] == "fail"]
    # -- the two measures; the shortcoming no longer listed is a rule of its own, still a warning --
    assert {f["rule"] for f in failed} == {"dropped"} and len(failed) == 2
    assert any("规范律师和公证行业管理" in f["subject"] for f in failed)
    assert [f["level"] for f in data["findings"] if f["rule"] == "shortcoming_dropped"] == ["warn"]
    assert data["config"] == str(tmp_path / "reportdiff.toml") and data["passed"] is False


def test_missing_part_fails(tmp_path) -> None:
    folder = write_series(tmp_path / "reports")
    newest = folder / "yunze-2025.txt"
    newest.write_text(without_part(newest.read_text(encoding="utf-8"), "三、存在的不足"), encoding="utf-8")
    result, data = check(folder, "--lang", "en")
    assert result.returncode == 1
    assert "| fail | required parts | Shortcomings | yunze-2025.txt: no Shortcomings part |" in result.stdout
    failed = [f for f in data["findings"] if f["level"] == "fail"]
    assert [(f["rule"], f["subject"]) for f in failed] == [("required_parts", "shortcomings")]
    assert failed[0]["label"] == "Shortcomings"  # -- the part's name readers see, not the role's id --


def test_year_gap_fails(tmp_path) -> None:
    folder = write_series(tmp_path / "reports", years=(2022, 2023, 2025))
    result, data = check(folder)
    assert result.returncode == 1
    assert "## 云泽市司法局 2023 → 2025：未通过" in result.stdout
    failed = [f for f in data["findings"] if f["level"] == "fail"]
    assert [(f["rule"], f["subject"]) for f in failed] == [("year_gap", "2023 → 2025")]
    assert "缺 2024 年" in failed[0]["message"]


@pytest.mark.parametrize(("config", "named"), [
    ('[rules]\ndroped = "fail"\n', "'droped'"),
    ('[rules]\ndropped = "error"\n', "'error'"),
    ('[rules\n', "not valid TOML"),
    ('[checks]\n', "'checks'"),
])
def test_bad_config_is_a_usage_error(tmp_path, config: str, named: str) -> None:
    folder = write_series(tmp_path / "reports", years=(2024, 2025))
    (tmp_path / "reportdiff.toml").write_text(config, encoding="utf-8")
    result, data = check(folder, "--lang", "en")
    assert result.returncode == 2 and data == {} and result.stdout == ""
    assert result.stderr.startswith("reportdiff: ") and named in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_usage_errors(tmp_path) -> None:
    assert run("check", str(tmp_path / "absent")).returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("check", str(empty))
    assert result.returncode == 2 and "未找到报告" in result.stderr
    folder = write_series(tmp_path / "reports", years=(2024, 2025))
    result = run("check", str(folder), "--config", str(tmp_path / "missing.toml"))
    assert result.returncode == 2 and "missing.toml" in result.stderr


def test_config_found_upwards_as_ruff_does(tmp_path) -> None:
    nested = tmp_path / "repo" / "data" / "reports"
    nested.mkdir(parents=True)
    (tmp_path / "repo" / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.reportdiff.rules]\nyear_gap = "off"\n', encoding="utf-8")
    # -- a pyproject.toml without [tool.reportdiff] nearer to the folder is passed over --
    (tmp_path / "repo" / "data" / "pyproject.toml").write_text('[project]\nname = "y"\n', encoding="utf-8")
    found = find_config(nested)
    assert found == tmp_path / "repo" / "pyproject.toml"
    assert load_config(found).rules == {**DEFAULT_RULES, "year_gap": "off"}
    (tmp_path / "repo" / "data" / "reportdiff.toml").write_text('[rules]\ndropped = "off"\n', encoding="utf-8")
    assert find_config(nested) == tmp_path / "repo" / "data" / "reportdiff.toml"
    bad = tmp_path / "repo" / "pyproject.toml"
    bad.write_text('[tool.reportdiff]\nrule = {}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'rule'"):
        load_config(bad)


def test_explicit_config_and_off_rules(tmp_path) -> None:
    folder = write_series(tmp_path / "reports", years=(2023, 2025))
    config = tmp_path / "ci.toml"
    config.write_text('[rules]\nyear_gap = "off"\ndropped = "off"\nshortcoming_dropped = "off"\nnot_reported = "off"\n'
                      'growth_mismatch = "off"\n', encoding="utf-8")
    result, data = check(folder, "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert data["findings"] == [] and data["rules"]["year_gap"] == "off"


def test_artefacts_never_overwrite_a_report(tmp_path) -> None:
    folder = write_series(tmp_path / "reports", years=(2024, 2025))
    newest = folder / "yunze-2025.txt"
    before = newest.read_bytes()
    result = run("check", str(folder), "--json", str(newest))
    assert result.returncode == 2 and "是输入文件" in result.stderr
    assert newest.read_bytes() == before


_TOWNSHIP = """{town}{year}年法治政府建设年度报告
一、主要举措和成效
（一）{results}
二、存在的不足
一是{shortcoming}
三、下一步工作计划
一是{plan_one}
二是{plan_two}
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_last_years_plans_are_not_dropped_measures(tmp_path, script) -> None:
    """Last year's plans give way to this year's every year: `check` judges them as promises
    (上年计划未兑现), never as dropped measures, which would contradict a delivered promise."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "柳塘镇-2024.txt").write_text(convert(_TOWNSHIP.format(
        town="柳塘镇", year=2024, results="完善镇村两级公共法律服务体系，村法律顾问实现全覆盖。",
        shortcoming="镇综合执法队伍力量偏弱，持证执法人员仅6名。",
        plan_one="加强执法队伍建设，新增持证执法人员不少于4名。",
        plan_two="开展村干部法治培训，全年培训村干部不少于100人次。")), encoding="utf-8")
    (folder / "柳塘镇-2025.txt").write_text(convert(_TOWNSHIP.format(
        town="柳塘镇", year=2025, results="加强执法队伍建设，新增持证执法人员5名，全年培训村干部136人次。",
        shortcoming="数字化执法手段运用不够，执法办案信息化水平不高。",
        plan_one="推进智慧执法，配备移动执法终端10台。",
        plan_two="开展村规民约“回头看”，完成12个行政村村规民约修订。")), encoding="utf-8")
    result, data = check(folder)
    assert result.returncode == 0, result.stderr
    dropped = [f["subject"] for f in data["findings"] if f["rule"] == "dropped"]
    # -- the two plans are no dropped measures, nor is the shortcoming no longer named: that is
    #    said as what it is (不足未再列出) --
    assert not any(subject.startswith("三/") for subject in dropped) and dropped == []
    shortcomings = [f for f in data["findings"] if f["rule"] == "shortcoming_dropped"]
    assert [f["subject"].split()[0] for f in shortcomings] == ["二/一是"]
    assert shortcomings[0]["message"] == "2024年报告所列不足，本年报告未再列出（已解决或未再提及）"
    assert "| 提示 | 不足未再列出 | 原二、一是 " in result.stdout
    # -- …and the page lists it apart from the measures, beside the shortcoming listed anew --
    assert "### 删除举措" not in result.stdout
    listed = result.stdout.split("### 未再列出的不足")[1].split("###")[0]
    assert "原二、一是" in listed and "原三、" not in listed
    assert "二、一是" in result.stdout.split("### 新列出的不足")[1].split("###")[0]
    assert "二、一是" not in result.stdout.split("### 新增举措")[1].split("###")[0] if "### 新增举措" in result.stdout else True


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_missed_target_is_listed_as_a_plan_not_kept(tmp_path, script) -> None:
    """A target last year set and this year missed is no plan "not reported": the rule's heading
    says 上年计划未兑现 (not kept), and the finding names the result that misses it."""
    import opencc

    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "柳塘镇-2024.txt").write_text(convert(_TOWNSHIP.format(
        town="柳塘镇", year=2024, results="完善镇村两级公共法律服务体系，村法律顾问实现全覆盖。",
        shortcoming="镇综合执法队伍力量偏弱。", plan_one="开展村干部法治培训，全年培训村干部不少于100人次。",
        plan_two="推进智慧执法，配备移动执法终端10台。")), encoding="utf-8")
    (folder / "柳塘镇-2025.txt").write_text(convert(_TOWNSHIP.format(
        town="柳塘镇", year=2025, results="完善镇村两级公共法律服务体系，村法律顾问实现全覆盖。开展村干部法治培训，"
        "全年培训村干部86人次。推进智慧执法，配备移动执法终端10台。",
        shortcoming="镇综合执法队伍力量偏弱。", plan_one="开展村规民约修订。",
        plan_two="推进执法数字化。")), encoding="utf-8")
    result, data = check(folder)
    assert result.returncode == 0, result.stderr
    kept = [f for f in data["findings"] if f["rule"] == "not_reported"]
    assert len(kept) == 1 and "86" in kept[0]["message"] and "未达成" in kept[0]["message"]
    assert "| 上年计划未兑现 |" in result.stdout and "上年计划未见报告" not in result.stdout


def test_findings_name_measures_by_their_labels(tmp_path) -> None:
    """Markdown and HTML show 原一、（五）第4项 and 四、第2项第2句 as every other output does; the
    JSON keeps the ids in ``subject`` and adds the label."""
    folder = write_series(tmp_path / "reports")
    html = tmp_path / "check.html"
    result, data = check(folder, "--html", str(html))
    assert result.returncode == 0, result.stderr
    findings = {f["subject"]: f for f in data["findings"]}
    dropped = findings["一/(五)/4 规范律师和公证行业管理"]
    assert dropped["label"] == "原一、（五）第4项 規範律師和公證行業管理"
    plans = [f for f in data["findings"] if f["rule"] == "not_reported"]
    assert plans and all("#" in f["subject"] and "#" not in f["label"] and "句" in f["label"] for f in plans)
    page = html.read_text(encoding="utf-8")
    table = result.stdout.split("### ")[0]
    for finding in data["findings"]:
        assert f"| {finding['label']} |" in table and f"<td>{finding['label']}</td>" in page
    # -- no id of the form 一/(五)/4 or 四/2#2 anywhere a reader looks --
    assert not re.search(r"[一二三四五六七八九十]/[(\d¶]|#\d", result.stdout)
    assert not re.search(r"<td>[^<]*[一二三四五六七八九十]/[(\d¶]", page)


def test_last_years_words_are_shown_in_this_years_script(tmp_path) -> None:
    # -- the series' 2024 report is 简体, its 2025 one 繁體: the plans not reported and the measures
    #    dropped (last year's words) are shown in 繁體, as compare shows them --
    from opencc import OpenCC

    to_traditional = OpenCC("s2t").convert
    folder = write_series(tmp_path / "reports", years=(2024, 2025))
    result = run("check", str(folder))
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("### 上年计划") and "未见报告" in line)
    plans = [line for line in lines[start + 1:] if line.startswith("- ")]
    dropped_at = next(i for i, line in enumerate(lines) if line.startswith("### 删除"))
    dropped = [line for line in lines[dropped_at + 1:] if line.startswith("- ")]
    figures_at = next(i for i, line in enumerate(lines) if line.startswith("### 数据变化"))
    figures = [line for line in lines[figures_at + 1:] if line.startswith("- ")]
    assert plans and dropped and figures
    for line in plans[:5] + dropped[:3] + figures[:8]:
        words = line.split(" ", 2)[-1] if not line.startswith(tuple("- " + mark for mark in "✓✗◐⋯⟳")) else line
        assert words == to_traditional(words), line
