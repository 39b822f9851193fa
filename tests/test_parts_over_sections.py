"""Reports whose parts are 第一部分 / 第二部分 over 一、 sections and （一） items (city and county
政府工作报告): the levels start one up, and are read as a report starting at 一、 is read."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.display import place
from reportdiff.models import Role
from reportdiff.pipeline import compare, load_report
from reportdiff.render.plans_docx import _section_of

CITY = """{city}{year}年政府工作报告
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
{first}{last}年工作回顾
过去一年，全市地区生产总值增长{growth}%，经济运行总体平稳。
一、稳住经济大盘
（一）扩大有效投资。实施市级重点项目{projects}个，完成投资860亿元。
1.建成城东污水处理厂。
2.开工建设城南快速路。
（二）提振居民消费。举办消费季活动{events}场，发放消费券5000万元。
二、办好民生实事
（一）稳定就业岗位。城镇新增就业{jobs}万人。
（二）改善居住条件。改造老旧小区{estates}个。
同时，我们也清醒看到，{problems}。
{second}{year}年工作安排
今年是{framing}之年。做好今年工作，要坚持稳中求进工作总基调。
一、总体要求和主要预期目标
今年全市主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业{target}万人以上。
二、扩大有效需求
（一）扩大有效投资。实施市级重点项目{plan_projects}个，建成城南快速路。
（二）提振居民消费。举办消费季活动100场。
三、保障和改善民生
（一）稳定就业岗位。开展职业技能培训2万人次。
"""

YEAR_2025 = dict(city="青岭市", year=2025, last=2024, growth="5.2", projects=300, events=80, jobs="4.1", estates=90,
                 problems="发展中还存在一些问题：民间投资意愿不强，财政收支矛盾突出", framing="“十四五”规划收官",
                 target="4", plan_projects=320)
YEAR_2026 = dict(city="青岭市", year=2026, last=2025, growth="5.4", projects=320, events=100, jobs="4.3", estates=110,
                 problems="工作中仍面临不少困难和挑战：消费需求偏弱，科技创新能力不够强，公共服务仍有短板",
                 framing="“十五五”规划开局", target="4.2", plan_projects=340)


def _text(values: dict, first: str = "第一部分  ", second: str = "第二部分  ") -> str:
    return CITY.format(first=first, second=second, **values)


@pytest.mark.parametrize("script", ["s", "t"])
def test_parts_are_the_chapters_sections_the_numbered_headings(script: str) -> None:
    text = _text(YEAR_2026)
    if script == "t":
        text = opencc.OpenCC("s2t").convert(text)
        assert "穩住經濟大盤" in text
    report = load_report(text)
    assert [(p.id, p.role) for p in report.parts] == [("第一部分", Role.RESULTS), ("第二部分", Role.PLANS)]
    assert [s.id for s in report.parts[0].sections] == ["第一部分/一", "第一部分/二"]
    assert [s.id for s in report.parts[1].sections] == ["第二部分/一", "第二部分/二", "第二部分/三"]
    review = report.parts[0]
    assert [m.id for m in review.sections[0].measures] == [
        "第一部分/一/(一)", "第一部分/一/(一)/1", "第一部分/一/(一)/2", "第一部分/一/(二)"]
    assert review.sections[0].measures[0].title == ("擴大有效投資" if script == "t" else "扩大有效投资")
    # -- the review's problems and the plans' framing stand at part level, not inside a section --
    assert [(m.id, m.role) for m in review.measures] == [
        ("第一部分/¶1", Role.RESULTS), ("第一部分/¶2", Role.SHORTCOMINGS)]
    assert [m.id for m in report.parts[1].measures] == ["第二部分/¶1"]
    assert (report.year, report.review_year, report.plan_year) == (2026, 2025, 2026)
    assert report.plan_sentences


@pytest.mark.parametrize(("first", "second"), [
    ("第一部分：", "第二部分："),
    ("第一部分\n", "第二部分\n"),
    ("第一部分 ", "第二部分 "),
])
def test_a_chapter_heading_with_a_colon_or_its_name_on_the_next_line(first: str, second: str) -> None:
    report = load_report(_text(YEAR_2026, first, second))
    assert [(p.id, p.title, p.role) for p in report.parts] == [
        ("第一部分", "2025年工作回顾", Role.RESULTS), ("第二部分", "2026年工作安排", Role.PLANS)]
    assert len(report.parts[0].sections) == 2


def test_a_part_naming_no_role_takes_the_one_its_first_section_names() -> None:
    text = _text(YEAR_2026).replace("第二部分  2026年工作安排", "第二部分  关于今后的工作")
    report = load_report(text)
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.PLANS]


def test_reports_with_numbered_parts_keep_them() -> None:
    """A 一、 before any 第一部分, or a lone 第一部分, leaves 一、 the parts."""
    text = ("某市2025年政府工作报告\n一、2024年工作回顾\n（一）扩大投资。新建项目100个。\n二、2025年工作安排\n"
            "第一部分 重点项目\n（一）扩大有效投资。实施城市更新行动。\n第二部分 民生实事\n（二）稳定就业。\n")
    assert [p.id for p in load_report(text).parts] == ["一", "二"]
    lone = "某市2025年政府工作报告\n第一部分 2024年工作回顾\n一、扩大投资\n（一）新建项目100个。\n"
    assert [p.id for p in load_report(lone).parts] == ["一"]


def test_labels_read_part_section_item() -> None:
    assert place("第一部分/一/(一)") == "第一部分一、（一）"
    assert place("第一部分/一/(一)/2") == "第一部分一、（一）第2项"
    assert place("第二部分/三#2") == "第二部分三、第2句"
    assert place("第一部分/¶2") == "第一部分第2段"
    assert place("第一部分/一/(一)", "en") == "第一部分 一. (一)"
    # -- a 一是 point under such a part stays the report's words --
    assert place("第二部分/二是") == "第二部分二是"
    # -- the plans page groups plans under their section --
    assert _section_of("第二部分/三/(一)") == "第二部分/三"
    assert _section_of("第二部分/三/¶1") == "第二部分/三"
    assert _section_of("第二部分/二是") is None and _section_of("第二部分/¶1") is None


@pytest.mark.parametrize("script", ["s", "t"])
def test_two_years_compare_review_with_review_and_track_last_year_s_plans(script: str) -> None:
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    old = load_report(convert(_text(YEAR_2025)))
    new = load_report(convert(_text(YEAR_2026)))
    comparison = compare(old, new)
    moved = [m for m in comparison.matches if m.status.value == "moved"]
    assert not moved
    pairs = {(m.old.id, m.new.id) for m in comparison.matches if m.old is not None and m.new is not None}
    assert ("第一部分/一/(一)", "第一部分/一/(一)") in pairs and ("第二部分/二/(一)", "第二部分/二/(一)") in pairs
    delivered = [p for p in comparison.promises if p.status == "delivered"]
    # -- 实施市级重点项目320个，建成城南快速路 is borne out by the 2026 review --
    assert any("320" in p.plan.text for p in delivered)
    assert all(item.measure.part_id == "第一部分" for p in delivered for item in p.evidence)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_word_heading_in_two_paragraphs_and_an_item_s_body_on_its_own(script: str) -> None:
    """Paragraphs as Word gives them (never hard-wrapped): 第一部分 centred above its name, and a
    （一） lead above its body, joined as a 1. lead is where levels start at 一、."""
    from reportdiff.loaders import Paragraph, RawDocument
    from reportdiff.parse import parse

    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    lines = ["青岭市2026年政府工作报告", "第一部分", "2025年工作回顾", "过去一年，全市经济平稳运行。", "一、稳住经济大盘",
             "（一）扩大有效投资", "全年实施市级重点项目320个，完成投资860亿元，城南快速路建成通车，城东污水处理厂投入运行。",
             "（二）提振居民消费。举办消费季活动100场。", "第二部分", "2026年工作安排", "一、扩大有效需求",
             "（一）扩大有效投资。实施市级重点项目340个。"]
    report = parse(RawDocument("青岭市.docx", tuple(Paragraph(convert(text), line) for line, text in enumerate(lines, 1)),
                               may_be_wrapped=False))
    assert [(p.id, p.title, p.role) for p in report.parts] == [
        ("第一部分", convert("2025年工作回顾"), Role.RESULTS), ("第二部分", convert("2026年工作安排"), Role.PLANS)]
    [first, second] = report.parts[0].sections[0].measures
    assert first.id == "第一部分/一/(一)" and first.text.endswith(convert("投入运行。"))
    assert second.id == "第一部分/一/(二)"
    # -- the outline still gives back every word --
    assert "".join(block.text for block in report.blocks).replace(" ", "") == "".join(map(convert, lines))


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_term_end_report_s_five_year_goals_stay_no_year_s_plans(script: str) -> None:
    """第二部分 今后五年的奋斗目标 / 一、总体思路: a five-year outline, whatever its first section names."""
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    text = _text(YEAR_2026).replace("第二部分  2026年工作安排", "第二部分  今后五年的奋斗目标\n一、总体思路\n"
                                    "今后五年，要坚持稳中求进，推动高质量发展。\n第三部分  2026年工作安排")
    report = load_report(convert(text))
    assert [(p.id, p.role) for p in report.parts] == [
        ("第一部分", Role.RESULTS), ("第二部分", Role.OTHER), ("第三部分", Role.PLANS)]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_table_of_contents_listing_the_chapters_shifts_no_level(script: str) -> None:
    """目录 / 第一部分 主要工作和成效 / 第二部分 … / 第三部分 … then 一、二、三、 parts: the chapters head nothing,
    so 一、 stays the part (found by review: the whole report became 第三部分, every result a plan)."""
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    text = convert("江州市2024年法治政府建设年度报告\n目  录\n第一部分  主要工作和成效\n第二部分  存在的不足\n"
                   "第三部分  下一步工作安排\n一、主要工作和成效\n（一）推进依法决策。审查规范性文件54件。\n"
                   "二、存在的不足\n基层执法力量薄弱。\n三、2025年工作安排\n（一）推进依法决策。审查规范性文件60件。\n")
    report = load_report(text)
    assert [(part.id, part.role) for part in report.parts] == [
        ("一", Role.RESULTS), ("二", Role.SHORTCOMINGS), ("三", Role.PLANS)]
