"""A target restated in this year's targets sentence names the one task that restates it
(一般公共预算收入增长4%, 二、导语第2句（第2项任务）), not the whole sentence of six targets (review39 #12).
The reports are written for the test."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli

_T = OpenCC("s2t").convert


def _report(year: int, review: str, targets: str) -> str:
    return (f"云溪县人民政府工作报告\n——{year}年1月10日在云溪县第十八届人民代表大会第五次会议上\n"
            f"一、{year - 1}年工作回顾\n过去一年，全县经济平稳运行。{review}\n"
            f"二、{year}年工作安排\n全县经济社会发展的主要预期目标是：{targets}\n"
            "（一）聚力建设现代化产业体系。新建标准厂房10万平方米。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_restated_target_names_its_own_task(tmp_path, script) -> None:
    old = _report(2025, "全县地区生产总值增长5.8%；一般公共预算收入完成15.2亿元，增长4.1%。",
                  "地区生产总值增长6%左右，一般公共预算收入增长5%，城镇调查失业率控制在5.5%以内，粮食产量稳定在24万吨以上。")
    new = _report(2026, "全县地区生产总值增长6.2%；一般公共预算收入完成15.9亿元，增长4.6%。",
                  "地区生产总值增长5.5%左右，一般公共预算收入增长4%，城镇调查失业率控制在5.5%左右，粮食产量稳定在24万吨以上。")
    (tmp_path / "old.txt").write_text(script(old), encoding="utf-8")
    (tmp_path / "new.txt").write_text(script(new), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "old.txt"), str(tmp_path / "new.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    promises = json.loads(result.output)["promises"]
    revenue = next(p for p in promises if script("一般公共预算收入增长5%") in p["plan"]["text"])
    assert revenue["replanned"] is not None
    assert revenue["replanned"]["text"].rstrip("，,。") == script("一般公共预算收入增长4%")
    assert "." in revenue["replanned"]["id"].split("#")[1]  # -- a task of the sentence, not all of it --
