"""Calendar ordinals (expression_calendar): a moved congress or plan is no new expression."""

from __future__ import annotations

from reportdiff import expression_calendar as calendar
from reportdiff.expressions import compare_expressions
from reportdiff.normalize import key
from reportdiff.pipeline import load_report


def test_calendar_ordinals_are_masked_in_their_positions_only() -> None:
    assert calendar.mask("学习贯彻党的十九大精神") == calendar.mask("学习贯彻党的二十大精神")
    assert calendar.mask("“十三五”规划") == calendar.mask("“十四五”规划")
    assert calendar.mask("十九届六中全会") == calendar.mask("二十届三中全会")
    assert calendar.mask("十三届全国人大五次会议") == calendar.mask("十四届全国人大一次会议")
    assert calendar.mask("第十三个五年规划") == calendar.mask("第十四个五年规划")
    # -- where the number is the formulation, it stays --
    for text in ("“六稳”", "“六保”", "三重压力", "两个确立", "三大攻坚战", "一老一小", "实施十大工程",
                 "实施十二大工程", "出台十五条措施", "出台二十五条措施", "落实稳企二十条"):
        assert not calendar.has_ordinal(text)
        assert calendar.mask(text) == text


def test_a_moved_calendar_is_no_new_expression_and_a_new_count_still_is() -> None:
    old = """2022年政府工作报告
一、2021年工作回顾
过去一年，我们做好“六稳”工作。
二、2022年工作任务
全面贯彻党的十九大精神，确保“十三五”规划目标圆满实现。做好“六稳”工作。
"""
    new = """2023年政府工作报告
一、2022年工作回顾
过去一年，我们做好“六保”工作。
二、2023年工作任务
全面贯彻党的二十大精神，确保“十四五”规划目标圆满实现。做好“六保”工作。
"""
    found = compare_expressions(load_report(old), load_report(new))
    listed = [key(e.text) for e in found.new + found.dropped]
    assert not any("二十大" in item or "十九大" in item or "十四五" in item or "十三五" in item for item in listed)
    assert any("六保" in item for item in (key(e.text) for e in found.new))


def test_plenary_sessions_listed_together_name_the_calendar_as_one_does() -> None:
    """二十届二中、三中全会 is the calendar as 十九届五中全会 is; a count stays (三中、四中 alone is no session)."""
    assert calendar.mask("二十届二中、三中全会精神") == calendar.mask("十九届五中全会精神")
    assert calendar.mask("十八届三中、四中、五中全会精神") == calendar.mask("十九届五中全会精神")
    assert calendar.mask("初中、高中") == "初中、高中"


def test_the_sessions_held_so_far_name_the_calendar_too() -> None:
    """二十届二中、三中全会精神 in one year, 二十届历次全会精神 in the next: the calendar moved on
    (a reviewer's provincial pair listed the old wording as dropped); 历次 elsewhere stays."""
    assert calendar.mask("党的二十大和二十届历次全会精神") == calendar.mask("党的二十大和二十届二中、三中全会精神")
    assert calendar.mask("历次全会") == "历次全会"
    old = """2025年临山县人民政府工作报告
一、2024年工作回顾
全面贯彻党的二十大和二十届二中、三中全会精神，全县经济运行总体平稳。
二、2025年工作任务
（一）推进生态建设。开展河道清淤行动。
"""
    new = old.replace("2025年临山县", "2026年临山县").replace("二十届二中、三中全会", "二十届历次全会")
    for convert in (str, __import__("opencc").OpenCC("s2t").convert):
        found = compare_expressions(load_report(convert(old)), load_report(convert(new)))
        listed = [key(e.text) for e in found.new + found.dropped]
        assert not any("全会" in item for item in listed), listed


def test_a_quoted_plan_alone_and_a_legal_education_plan_are_the_calendar() -> None:
    """“十四五” alone against 完成“十三五”易地扶贫…, and “九五”普法 against “八五”普法: the plan's
    ordinal moved on (found by an analyst's audit: both were listed as new)."""
    old = """2025年青山县法治政府建设年度报告
一、2025年主要举措和成效
完成“十三五”易地扶贫搬迁任务。深入实施“八五”普法规划。
二、2026年工作打算
谋划推进“八五”普法。
"""
    new = """2026年青山县法治政府建设年度报告
一、2026年主要举措和成效
“十四五”圆满收官。
二、2027年工作打算
谋划推进“九五”普法。制定全县“九五”普法规划。
"""
    for convert in (str, __import__("opencc").OpenCC("s2t").convert):
        found = compare_expressions(load_report(convert(old)), load_report(convert(new)))
        listed = [key(e.text) for e in found.new + found.dropped]
        assert not any(item.strip("“”") in ("十四五", "九五", "八五", "十三五") for item in listed), listed
