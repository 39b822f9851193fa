"""``check`` words a growth mismatch in the new report's script, as every output shows figures: a
繁體 report's 受理12345熱線工單：1.86萬件 → 2.05萬件 +0.19萬件, never its label read on the Simplified
key (受理12345热线工单) beside its 繁體 figures; a Simplified report's as written."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from reportdiff.corpus.check import findings_for
from reportdiff.corpus.config import Config
from reportdiff.corpus.discover import Entry
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2tw").convert

_REPORT = """青溪街道办事处{year}年法治政府建设年度报告
一、工作开展情况
1.多元化解矛盾纠纷。受理12345热线工单{orders}{claim}，按时办结率99.4%。
二、存在的问题
一是执法队伍专业化水平有待提升。
三、下一步工作计划
1.深化矛盾纠纷多元化解。调解成功率保持在98%以上。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_growth_mismatch_reads_in_the_new_reports_script(script) -> None:
    old = parse_text(script(_REPORT.format(year=2024, orders="1.86万件", claim="")))
    new = parse_text(script(_REPORT.format(year=2025, orders="2.05万件", claim="，同比增长12%")))
    entries = [Entry(Path(f"qingxi-{year}.txt"), "青溪街道", "青溪街道", year, True) for year in (2024, 2025)]
    found = [f for f in findings_for("青溪街道", new, entries[0], entries[1], compare(old, new), Config())
             if f.rule == "growth_mismatch"]
    assert len(found) == 1
    assert found[0].message.startswith(script("受理12345热线工单：1.86万件 → 2.05万件  +0.19万件"))
    assert found[0].label.endswith(script("受理12345热线工单"))
