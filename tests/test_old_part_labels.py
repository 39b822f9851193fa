"""A part or section only the old report has goes by its old number, 原二、: the new report may
give 二、 to another part (as measures say （原…）)."""

from __future__ import annotations

from reportdiff.pipeline import compare
from reportdiff.render.html import render_html
from reportdiff.render.markdown import render_markdown
from reportdiff.render.text import render_text

OLD = """云岭省2025年政府工作报告
一、2024年工作回顾
过去一年，全省地区生产总值增长5.2%，城镇新增就业66万人。
（一）着力扩大有效需求。社会消费品零售总额增长4.8%。
二、2025年工作总体要求和目标任务
2025年是“十四五”规划收官之年，主要预期目标是地区生产总值增长5.5%左右。
三、2025年重点工作
（一）全方位扩大内需。实施消费提振行动，扩大有效投资。
（二）统筹城乡区域协调发展。推进以县城为重要载体的新型城镇化。
"""
NEW = """云岭省2026年政府工作报告
一、“十四五”时期发展成就
“十四五”时期，全省经济总量迈上新台阶，民生福祉持续增进。
二、2025年工作回顾
过去一年，全省地区生产总值增长5.4%，城镇新增就业67万人。
（一）着力扩大有效需求。社会消费品零售总额增长5.1%。
三、2026年重点工作
（一）全方位扩大内需。实施消费提振行动，扩大有效投资。
"""


def test_old_only_headings_carry_the_old_number() -> None:
    comparison = compare(OLD, NEW)
    gone = [m for m in comparison.parts if m.new is None]
    assert [m.old.marker for m in gone] == ["二、"]
    text = render_text(comparison)
    markdown = render_markdown(comparison)
    assert "原二、  [-2025年工作总体要求和目标任务-]" in text
    assert "\n二、  [-" not in text
    assert "**原二、**" in markdown and "**二、** <del>" not in markdown
    # -- a section only the old report has is 原三、（二）, not the new 三、's --
    assert "原三、（二）  [-统筹城乡区域协调发展-]" in text
    english = render_text(comparison, lang="en")
    assert "was 二." in english


def test_dropped_part_in_html_is_marked_as_the_old_ones() -> None:
    old = OLD.replace("二、2025年工作总体要求和目标任务\n", "二、2025年工作总体要求和目标任务\n（一）稳定宏观经济大盘。保持经济运行在合理区间。\n")
    page = render_html(compare(old, NEW))
    assert "原<del>二、2025年工作总体要求和目标任务</del>" in page


def test_docx_deleted_part_heading_is_commented_with_its_old_number() -> None:
    import io
    import re
    import zipfile

    from reportdiff.render.docx import render_docx

    data = render_docx(compare(OLD, NEW))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        comments = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", package.read("word/comments.xml").decode()))
    assert "删除 · 原二、" in comments
