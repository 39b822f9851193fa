"""A policy named by an adverb's quality (积极的财政政策, 更加积极的…) states its stance without
要 as any other policy does (expression_stances): the adverb before 的 is no task verb."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.expression_stances import policy_subject
from reportdiff.expressions import compare_expressions
from reportdiff.normalize import key
from reportdiff.pipeline import load_report
from reportdiff.segment import tokenize

# -- constructed: a county's fiscal and monetary stances, both without 要, change their wording;
#    the new report's other lines are a task on a policy and a plain sentence --
OLD = """2030年某县政府工作报告
一、2029年工作回顾
过去一年，全县经济持续恢复，地区生产总值增长5%。
二、2030年工作安排
（一）稳住经济大盘。积极的财政政策保持连续，稳健的货币政策保持中性。推进重点项目建设。
（二）办好民生实事。新建改建农村公路80公里。
"""

NEW = """2031年某县政府工作报告
一、2030年工作回顾
过去一年，全县经济持续恢复，地区生产总值增长5.3%。
二、2031年工作安排
（一）稳住经济大盘。积极的财政政策取向不变，稳健的货币政策松紧适度。推进重点项目建设，落实好各类惠企纾困政策。
（二）办好民生实事。新建改建农村公路90公里。
"""


@pytest.mark.parametrize("text, end", [
    ("积极的财政政策取向不变", 3),
    ("更加积极的财政政策持续用力", 4),
    ("稳健的货币政策保持中性", 3),
    ("实施积极的财政政策取向", None),
    ("加大宏观政策实施力度", None),
    ("落实好各类惠企纾困政策", None),
])
def test_the_policy_subject_takes_an_adverbs_quality(text: str, end: int | None) -> None:
    tokens = tuple(tokenize(text))
    found = policy_subject(tokens, 0, len(tokens))
    assert found == end, tokens


@pytest.mark.parametrize("script", ["s", "t"])
def test_the_fiscal_stance_without_yao_ranks_with_the_monetary_one(script: str) -> None:
    """积极的财政政策取向不变 and 稳健的货币政策松紧适度 are the same form: both rank above the task
    on a policy (落实好各类惠企纾困政策), however the adverb 积极 reads."""
    old, new = OLD, NEW
    if script == "t":
        convert = opencc.OpenCC("s2t").convert
        old, new = convert(old), convert(new)
    listed = [key(item.text) for item in compare_expressions(load_report(old), load_report(new)).new]
    fiscal = next(i for i, text in enumerate(listed) if "取向不变" in text)
    monetary = next(i for i, text in enumerate(listed) if "松紧适度" in text)
    task = next((i for i, text in enumerate(listed) if "惠企纾困" in text), len(listed))
    assert max(fiscal, monetary) < task, listed
    assert abs(fiscal - monetary) == 1, listed
