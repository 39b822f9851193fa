"""``check`` words a growth mismatch in the new report's script, as every output shows figures: a
繁體 report's 受理12345熱線工單：1.86萬件 → 2.05萬件 +0.19萬件, never its label read on the Simplified
key (受理12345热线工单) beside its 繁體 figures; a Simplified report's as written. Last year's
titles and plans are shown in this year's script too, as compare shows them: a 繁體 report
followed by a 简体 one gives one 简体 findings table, never 優化機構設置 beside 新增举措 lists."""

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


_OLD_ONLY = """青溪街道办事处2024年法治政府建设年度报告
一、工作开展情况
1.优化机构设置，强化依法履职。调整委员会组成人员，修订工作规则。
2.多元化解矛盾纠纷。受理12345热线工单1.86万件，按时办结率99.4%。
二、存在的问题
一是执法队伍专业化水平有待提升。
二是基层调解组织协调联动不够顺畅。
三、下一步工作计划
1.深化矛盾纠纷多元化解。建立健全信访联动处置机制。
"""

_NEW_ONLY = """青溪街道办事处2025年法治政府建设年度报告
一、工作开展情况
1.多元化解矛盾纠纷。受理12345热线工单2.05万件，按时办结率99.6%。
2.推进行政复议规范化建设。全年办理行政复议案件32件。
二、存在的问题
一是执法队伍专业化水平有待提升。
三、下一步工作计划
1.推进行政执法数字化。上线执法监督平台。
"""


def test_last_years_text_reads_in_this_years_script() -> None:
    old, new = parse_text(_T(_OLD_ONLY)), parse_text(_NEW_ONLY)
    entries = [Entry(Path(f"qingxi-{year}.txt"), "青溪街道", "青溪街道", year, True) for year in (2024, 2025)]
    found = findings_for("青溪街道", new, entries[0], entries[1], compare(old, new), Config())
    by_rule = {rule: [f for f in found if f.rule == rule] for rule in ("dropped", "shortcoming_dropped", "not_reported")}
    assert all(by_rule.values()), {rule: len(items) for rule, items in by_rule.items()}
    assert any("优化机构设置" in f.label for f in by_rule["dropped"])
    assert any("基层调解组织协调联动不够顺畅" in f.label for f in by_rule["shortcoming_dropped"])
    assert any("建立健全信访联动处置机制" in f.label for f in by_rule["not_reported"])
    # -- the subject keeps the data's own text, what a rule file names --
    assert any("優化機構設置" in f.subject for f in by_rule["dropped"])
