"""Township 政府工作报告 whose part headings carry no number (2023年工作回顾 / 2024年工作安排 on
lines of their own) over 一、 sections: the headings are the parts, the 一、 their sections."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.models import Role
from reportdiff.pipeline import compare, load_report

_T = OpenCC("s2t").convert

_OLD = """柳湾镇人民政府工作报告
2023年工作回顾
2023年，全镇完成固定资产投资8.2亿元，增长7.1%。
一、抓实项目建设，发展基础不断夯实
一是新开工项目9个。二是建成农贸市场1个。
二、办好民生实事，群众获得感持续增强
一是改造农村危房36户。二是新增城镇就业岗位420个。
2024年工作安排
2024年全镇主要预期目标是：固定资产投资增长8%，一般公共预算收入增长5%，城镇新增就业400人。
一、全力推进项目建设
一是新开工项目10个。二是完成污水管网改造12公里。
二、持续改善民生
一是改造农村危房30户。二是建成日间照料中心2个。
"""

_NEW = """柳湾镇人民政府工作报告
过去一年工作回顾
2024年，全镇完成固定资产投资8.9亿元，增长8.5%。
一、项目建设提速增效
一是新开工项目11个。二是完成污水管网改造12.5公里。
二、民生福祉持续改善
一是改造农村危房32户。二是建成日间照料中心2个。
2025年主要任务
2025年全镇主要预期目标是：固定资产投资增长7%，一般公共预算收入增长5.5%，城镇新增就业420人。
一、聚力项目攻坚
一是新开工项目12个。二是建成文化广场1处。
"""


@pytest.mark.parametrize("convert", [str, _T])
def test_unnumbered_headings_over_numbered_sections_are_the_parts(convert) -> None:
    report = load_report(convert(_OLD))
    assert [(p.title, p.role) for p in report.parts] == [
        (convert("2023年工作回顾"), Role.RESULTS), (convert("2024年工作安排"), Role.PLANS)]
    assert [len(p.sections) for p in report.parts] == [2, 2]
    assert report.parts[1].sections[0].title == convert("全力推进项目建设")
    # -- the plans heading stands alone: not glued to the targets sentence after it --
    assert not any(convert("工作安排") in m.text for p in report.parts for m in p.measures)
    assert report.review_year == 2023 and report.plan_year == 2024


@pytest.mark.parametrize("convert", [str, _T])
def test_two_years_pair_sections_by_part_and_track_last_year_s_plans(convert) -> None:
    comparison = compare(convert(_OLD), convert(_NEW))
    assert [p.role for p in comparison.new.parts] == [Role.RESULTS, Role.PLANS]
    assert comparison.targets
    by_plan = {p.plan.text: p.status for p in comparison.promises}
    assert by_plan[convert("新开工项目10个。")] == "delivered"
    # -- this year's results pair with last year's results, not with its plans --
    moved = [m for m in comparison.matches if m.old is not None and m.new is not None
             and m.old.role is not m.new.role]
    assert not moved


def test_numbered_parts_keep_their_numbers_where_a_short_line_names_a_role() -> None:
    """一、2023年工作回顾 parts with a short 主要工作 line inside: the layout stays."""
    text = ("某镇人民政府工作报告\n一、2023年工作回顾\n主要工作\n（一）建成农贸市场1个。\n"
            "二、2024年工作安排\n（一）新开工项目10个。\n")
    report = load_report(text)
    assert [(p.id, p.role) for p in report.parts] == [("一", Role.RESULTS), ("二", Role.PLANS)]


@pytest.mark.parametrize("convert", [str, _T])
def test_a_section_s_number_is_no_part_of_a_new_formulation(convert) -> None:
    expressions = compare(convert(_OLD), convert(_NEW)).expressions
    texts = [e.text for e in (*expressions.new, *expressions.dropped)]
    assert texts and not any(text[:2] in ("一、", "二、") for text in texts)
