"""JSON ``parts``: every part heading aligned across the two reports, with its redline."""

from __future__ import annotations

import json

import opencc
import pytest

import reportdiff
from reportdiff.pipeline import compare, load_report

#: A county report with no （一） level: its measures stand right under the parts.
COUNTY = """白河县{year}年法治政府建设年度报告
一、{year}年法治政府建设主要工作
1.落实述法制度。全县36个部门主要负责人年终述法。
二、{problems}
一是镇街执法人员业务能力不强；二是法律服务资源分布不均。
三、{plan_year}年工作打算
1.推进镇街执法规范化。组织镇街执法人员集中培训。
"""


def _text(year: int, problems: str, script: str) -> str:
    written = COUNTY.format(year=year, plan_year=year + 1, problems=problems)
    return opencc.OpenCC("s2t").convert(written) if script == "t" else written


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_part_heading_change_is_in_json_without_sections(script: str) -> None:
    """The county report has no （一）: its reworded part heading (二、存在的问题[-及原因-]) is in
    JSON ``parts`` with its diff, as text and Markdown show it; ``sections`` stays sections."""
    comparison = compare(load_report(_text(2024, "存在的问题及原因", script)),
                         load_report(_text(2025, "存在的问题", script)))
    document = json.loads(reportdiff.render(comparison, "json"))
    assert document["sections"] == []
    parts = {(p["old"]["id"], p["new"]["id"]): p for p in document["parts"]}
    assert set(parts) == {("一", "一"), ("二", "二"), ("三", "三")}
    changed = parts["二", "二"]
    deleted = "".join(text for op, text in changed["diff"] if op == "delete")
    assert deleted == (opencc.OpenCC("s2t").convert("及原因") if script == "t" else "及原因")
    assert not any(op != "equal" for op, _ in parts["一", "一"]["diff"])  # -- the own year is no change --
    assert "".join(text for op, text in changed["diff"] if op != "insert") == changed["old"]["title"]
