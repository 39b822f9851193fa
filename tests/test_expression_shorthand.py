"""A two-character shorthand quoted alone (“三农”, “四风”) weighs less than a coined slogan and
than the year's policy (expression_quotes.SHORTHAND), in either script; it is still listed."""

from __future__ import annotations

import opencc
import pytest

from reportdiff import expression_quotes as quotes
from reportdiff.expressions import compare_expressions
from reportdiff.normalize import key
from reportdiff.pipeline import load_report

# -- constructed: the new report names two standing shorthands the old one does not quote, a
#    coined slogan and a new stance --
OLD = """2030年政府工作报告
一、2029年工作回顾
过去一年，我们坚持稳中求进，经济运行总体平稳。
二、2030年工作任务
（一）扩大国内需求。积极的财政政策要更加积极有为，推动消费持续恢复。
（二）推进乡村振兴。稳定粮食播种面积，加强农田水利建设。
"""

NEW = """2031年政府工作报告
一、2030年工作回顾
过去一年，我们坚持稳中求进，经济运行总体平稳，锲而不舍纠治“四风”特别是形式主义官僚主义在基层的种种表现。
二、2031年工作任务
（一）扩大国内需求。积极的财政政策要加力增效，推动消费持续恢复，实施“数智赋能”行动。
（二）推进乡村振兴。各级政府要把“三农”领域补短板的各项资金和政策尽快落实到位，稳定粮食播种面积，推进“田长制”全覆盖。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_quoted_shorthand_alone_ranks_below_slogans_and_stances(script: str) -> None:
    old, new = OLD, NEW
    if script == "traditional":
        convert = opencc.OpenCC("s2t")
        old, new = convert.convert(OLD), convert.convert(NEW)
    listed = [key(item.text) for item in compare_expressions(load_report(old), load_report(new)).new]
    shorthands = [i for i, text in enumerate(listed) if text in ("“四风”", "“三农”")]
    coined = [i for i, text in enumerate(listed) if "数智赋能" in text or "田长制" in text or "加力增效" in text]
    assert len(coined) == 3, listed
    # -- still listed (they are absent from the old report), after what a reader quotes first --
    assert shorthands, listed
    assert max(coined) < min(shorthands), listed


def test_only_two_characters_make_a_shorthand() -> None:
    assert quotes.SHORTHAND > 0
    tokens = ("坚持", "“", "三农", "”", "和", "“", "数智", "赋能", "”")
    offsets = (0, 2, 3, 5, 6, 7, 8, 10, 12, 13)
    spans = {(start, end): bonus for start, end, bonus in quotes.quoted(tokens, offsets, 0, len(tokens),
                                                                        lambda start, end: False)}
    assert spans[1, 4] == quotes.QUOTED - quotes.SHORTHAND
    assert spans[5, 9] == quotes.QUOTED


# -- constructed: the new report quotes a shorthand alone first, then states the change of course
#    it stands in; the old report names neither --
COURSE_OLD = """2030年政府工作报告
一、2029年工作回顾
过去一年，我们坚持稳中求进，经济运行总体平稳。
二、2030年工作任务
（一）推动绿色发展。加强生态环境保护，推进重点行业节能改造。
（二）扩大国内需求。积极的财政政策要更加积极有为，推动消费持续恢复。
"""

COURSE_NEW = """2031年政府工作报告
一、2030年工作回顾
过去一年，我们坚持稳中求进，经济运行总体平稳。
二、2031年工作任务
（一）推动绿色发展。坚决抓好“两控”。加强生态环境保护，推动用地“两控”向建设用地总量和强度“两控”转变。
（二）扩大国内需求。积极的财政政策要更加积极有为，推动消费持续恢复。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_shorthand_listed_first_does_not_hide_the_phrase_it_stands_in(script: str) -> None:
    """A shorthand listed alone (“两控”) is no listed phrase that a longer one merely repeats: the
    change of course holding it is listed too; a verb around the shorthand alone is not."""
    old, new = COURSE_OLD, COURSE_NEW
    if script == "traditional":
        convert = opencc.OpenCC("s2t")
        old, new = convert.convert(old), convert.convert(new)
    listed = [key(item.text) for item in compare_expressions(load_report(old), load_report(new)).new]
    assert any("建设用地总量和强度" in text for text in listed), listed
    assert not any(text.endswith("抓好“两控”") for text in listed), listed
    assert "“两控”" in listed, listed
