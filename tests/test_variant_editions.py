"""Traditional editions of a mainland 政府工作报告 made with Hong Kong variants (保衞戰, 衹) or in
Taiwan usage (著力, 隨著) compare with the Simplified report as the same text: no measure
changed, no expression new or dropped (audit27: 保衞戰 against 保衛戰 showed as a redline)."""

from __future__ import annotations

import json

import opencc
import pytest
from click.testing import CliRunner

from reportdiff.cli import cli

SIMPLIFIED = """政府工作报告
一、2024年工作回顾
（一）着力扩大内需。一是实施市重点项目320个，完成投资860亿元。二是随着消费场景不断丰富，社会消费品零售总额增长6.1%。
（二）推进绿色发展。一是深入打好蓝天、碧水、净土保卫战，空气质量优良天数比例达到93.6%。二是只争朝夕推进澜河治理。
二、2025年重点工作
（一）着力扩大有效需求。一是实施市重点项目330个。二是围绕着重点产业链招商引资。
（二）持续打好污染防治攻坚战。一是深入打好蓝天、碧水、净土保卫战。二是成效显著的河长制全面推行。
"""


@pytest.mark.parametrize("config", ["s2hk", "s2tw"])
def test_a_variant_edition_is_the_same_report(tmp_path, config) -> None:
    old = tmp_path / "old.txt"
    old.write_text(opencc.OpenCC(config).convert(SIMPLIFIED).replace("着", "著" if config == "s2tw" else "着"),
                   encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(SIMPLIFIED, encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {k: v for k, v in data["summary"].items() if v} == {"continued": data["summary"]["continued"]}
    assert data["expressions"] == {"new": [], "dropped": []}
