"""A line ending in a colon that leads into a list right below it (全年重点推进以下工作： over 1.…
2.…, （1）, ①, 一是, a run of lead phrases) is part of that list, no measure of its own: a year
that drops the list would list the lead-in as a dropped measure. A line ending in a colon above
prose stays a measure. Both scripts."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.models import Status
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])

REPORT = """某县司法局{year}年法治政府建设工作报告
一、主要举措和成效
（一）完善依法行政制度体系
{body}
（二）推进严格规范公正文明执法
全面推行行政执法三项制度，全年开展执法检查36次。
二、存在的不足
执法人员专业素质有待提高。
三、下一步工作安排
持续深化依法行政。
"""
LEAD = "全年重点推进以下工作："
LISTS = {
    "items": "1.制定规范性文件管理办法，审核规范性文件12件。\n2.开展行政规范性文件清理，废止文件8件。",
    "paren items": "（1）制定规范性文件管理办法，审核规范性文件12件。\n（2）开展行政规范性文件清理，废止文件8件。",
    "points": "一是制定规范性文件管理办法，审核规范性文件12件。二是开展行政规范性文件清理，废止文件8件。",
}


@SCRIPTS
@pytest.mark.parametrize("form", list(LISTS))
def test_a_lists_lead_in_is_no_measure_nor_dropped(script, form: str) -> None:
    old = parse_text(script(REPORT.format(year=2024, body=f"{LEAD}\n{LISTS[form]}")), "2024.txt")
    assert not any(script(LEAD) in measure.text for measure in old.measures)
    assert any(block.text == script(LEAD) and not block.id for block in old.blocks)
    assert len([m for m in old.measures if m.section_id == "一/(一)"]) == 2
    new = parse_text(script(REPORT.format(year=2025, body="全面清理规范性文件，审核规范性文件15件。")), "2025.txt")
    dropped = [match.old.text for match in compare(old, new).matches if match.status is Status.DROPPED]
    assert not any(script(LEAD) in text for text in dropped)


@SCRIPTS
def test_a_line_ending_in_a_colon_above_prose_stays_a_measure(script) -> None:
    report = parse_text(script(REPORT.format(year=2024, body=f"{LEAD}\n全面清理规范性文件，审核规范性文件15件。")),
                        "2024.txt")
    assert any(script(LEAD) in measure.text for measure in report.measures)
