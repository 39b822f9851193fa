"""``check``'s required parts follow the report's kind: a 法治 report needs its shortcomings part,
a 政府工作报告 its review and its tasks, a 工作总结 its work and its plans."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import opencc
import pytest
from test_parts_over_sections import YEAR_2025, YEAR_2026, _text

from reportdiff.corpus.check import required_parts
from reportdiff.pipeline import load_report

RULE_OF_LAW = """某区{year}年法治政府建设年度报告
一、{year}年推进法治政府建设的主要举措和成效
（一）健全依法决策机制。审查合同42份。
{shortcomings}三、{plan_year}年推进法治政府建设的主要安排
（一）深化行政执法监督。开展案卷评查2次。
"""

GOVERNMENT_WORK = """某县{year}年政府工作报告
各位代表：
一、{review_year}年工作回顾
过去一年，全县地区生产总值增长5.5%。
（一）扩大有效投资。实施重点项目120个。
{shortcomings}二、{year}年工作安排
（一）扩大有效投资。实施重点项目130个。
"""

WORK_SUMMARY = """某局{year}年工作总结
一、{year}年主要工作
（一）加强组织领导。召开专题会议4次。
二、{plan_year}年工作计划
（一）开展执法培训。培训执法人员300人次。
"""


def _script(text: str, script: str) -> str:
    return opencc.OpenCC("s2t").convert(text) if script == "t" else text


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_rule_of_law_report_needs_its_shortcomings(script: str) -> None:
    whole = RULE_OF_LAW.format(year=2025, plan_year=2026, shortcomings="二、存在的不足和原因\n执法力量不足。\n")
    assert required_parts(load_report(_script(whole, script))) == ()
    lacking = RULE_OF_LAW.format(year=2025, plan_year=2026, shortcomings="")
    assert required_parts(load_report(_script(lacking, script))) == ("shortcomings",)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_government_work_report_needs_its_review_and_tasks_not_a_problems_paragraph(script: str) -> None:
    without_problems = GOVERNMENT_WORK.format(year=2026, review_year=2025, shortcomings="")
    report = load_report(_script(without_problems, script))
    assert report.kind == "government_work" and required_parts(report) == ()
    without_tasks = _script(without_problems, script).split("二、")[0]
    assert required_parts(load_report(without_tasks)) == ("plans",)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_work_summary_needs_its_work_and_plans(script: str) -> None:
    report = load_report(_script(WORK_SUMMARY.format(year=2025, plan_year=2026), script))
    assert report.kind == "other" and required_parts(report) == ()
    assert required_parts(load_report(_script(WORK_SUMMARY.format(year=2025, plan_year=2026), script)
                                      .split("二、")[0])) == ("plans",)


def _check(folder, tmp_path, *extra: str) -> tuple[subprocess.CompletedProcess, dict]:
    out = tmp_path / "check.json"
    result = subprocess.run([sys.executable, "-m", "reportdiff", "check", str(folder), "--json", str(out), *extra],
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "REPORTDIFF_CACHE_DIR": str(tmp_path / "cache")})
    return result, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


@pytest.mark.parametrize("script", ["s", "t"])
def test_check_passes_two_years_of_a_city_s_government_work_reports(tmp_path, script: str) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "青岭市-2025.txt").write_text(_script(_text(YEAR_2025), script), encoding="utf-8")
    (folder / "青岭市-2026.txt").write_text(_script(_text(YEAR_2026), script), encoding="utf-8")
    result, data = _check(folder, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [f for f in data["findings"] if f["rule"] == "required_parts"]


def test_a_missing_review_is_named_as_a_government_work_report_names_it(tmp_path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    text = GOVERNMENT_WORK.format(year=2026, review_year=2025, shortcomings="").replace("一、2025年工作回顾\n", "")
    (folder / "某县-2026.txt").write_text(text.replace("二、2026年工作安排", "一、2026年工作安排"), encoding="utf-8")
    result, data = _check(folder, tmp_path)
    assert result.returncode == 1
    failed = [f for f in data["findings"] if f["level"] == "fail"]
    assert [(f["rule"], f["subject"], f["label"]) for f in failed] == [("required_parts", "results", "工作回顾")]
    assert "缺少“工作回顾”部分" in result.stdout
