"""A plan period's outline part (“十五五”时期奋斗目标和主要任务) whose sections are headed by a bare
word (（一）奋斗目标。今后五年…): that word labels its section, no formulation; and a section
that is one paragraph, its heading that paragraph's lead, shows its heading once in the HTML
(the card's), not over the card again."""

from __future__ import annotations

import re

import opencc
import pytest
from conftest import new_expressions

from reportdiff import compare, render
from reportdiff.normalize import key

OLD = """政府工作报告
——2025年1月10日在青溪县第十八届人民代表大会第五次会议上
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2024年工作回顾
2024年，全县地区生产总值完成186.4亿元，增长6.0%。
（一）聚焦项目建设，发展后劲持续增强。全年实施县级重点项目60个。一是工业项目加快落地。二是基础设施不断完善。
二、2025年工作安排
（一）坚持项目为王，扩大有效投资。实施县级重点项目65个。一是推动产业园扩区。二是开工建设高铁站站前广场。
（二）坚持农业农村优先发展。一是建成高标准农田2万亩。二是新改建农村公路80公里。
"""

NEW = """政府工作报告
——2026年1月12日在青溪县第十八届人民代表大会第六次会议上
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2025年工作回顾
2025年，全县地区生产总值完成196.2亿元，增长5.6%。
（一）项目建设扎实推进。全年实施县级重点项目62个。一是产业园扩区获批。二是高铁站站前广场开工建设。
二、“十五五”时期奋斗目标和主要任务
（一）奋斗目标。今后五年，全县地区生产总值年均增长5.5%左右，到2030年突破250亿元，基本建成区域物流枢纽。
（二）主要任务。一是建设现代化产业体系。二是建设宜居宜业和美乡村。
三、2026年工作安排
（一）突出产业强县，扩大有效投资。实施县级重点项目66个。一是推动产业园争创省级高新区。二是建成高铁站站前广场。
（二）突出城乡融合，推进乡村全面振兴。一是建成高标准农田2万亩。二是新改建农村公路90公里。
"""


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_bare_heading_word_is_no_new_expression(script: str) -> None:
    listed = new_expressions(OLD, NEW, script)
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    assert key(convert("奋斗目标")) not in listed, listed
    # -- a heading that says something is a formulation still --
    assert any(key(convert("突出产业强县")) in item for item in listed), listed


def _body(html: str) -> str:
    """The report's cards and headings, without the contents and the change list."""
    return html[html.index('<section class="part" id="p-一">'):]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_section_that_is_one_paragraph_shows_its_heading_once(tmp_path, script: str) -> None:
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(convert(OLD), encoding="utf-8")
    new.write_text(convert(NEW), encoding="utf-8")
    body = _body(render(compare(str(old), str(new)), "html"))
    goal, tasks = convert("奋斗目标"), convert("主要任务")
    # -- the card (its inline view and its two sides) shows the heading as its lead; no <h3> over it --
    assert not re.search(r"<h3>[^\n]*" + goal, body), body[body.index('id="p-二"'):][:1500]
    assert re.search(r'id="m-二/\(一\)"[^\n]*\n(?:[^\n]*\n){0,3}[^\n]*<ins class="lead">' + goal, body)
    assert 'id="s-二/(一)"' in body  # -- the contents still link to it --
    # -- a section over its own items keeps its heading --
    assert re.search(r"<h3>[^\n]*" + tasks, body)
