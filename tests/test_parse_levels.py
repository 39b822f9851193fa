"""Reports whose parts are not written 一、: 第一部分, 一. / 一．, or （一） in a short report."""

from __future__ import annotations

import pytest

from reportdiff.models import Role
from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import compare, load_report

TOWNSHIP = """{name}2024年法治政府建设年度报告
2024年，{name}深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
（一）2024年推进法治政府建设的主要举措和成效
1.加强组织领导。成立法治政府建设领导小组，召开专题会议4次。
2.推进依法决策。聘请法律顾问1名，审查合同42份。
（二）存在的不足
1.部分干部法治意识不强。
（三）2025年工作安排
1.深化法治宣传教育，开展法治讲座30场。
2.推进行政执法规范化建设。
"""


def test_a_short_report_written_in_parenthesised_parts_has_parts_and_items() -> None:
    report = load_report(TOWNSHIP.format(name="某镇"))
    assert [(p.id, p.marker, p.role) for p in report.parts] == [
        ("一", "（一）", Role.RESULTS), ("二", "（二）", Role.SHORTCOMINGS), ("三", "（三）", Role.PLANS)]
    assert [m.title for m in report.parts[0].measures] == ["加强组织领导", "推进依法决策"]
    assert report.year == 2024 and report.plan_year == 2025


def test_the_same_in_traditional_script() -> None:
    import opencc

    traditional = opencc.OpenCC("s2t").convert(TOWNSHIP.format(name="某镇"))
    assert "法治政府建設" in traditional and "舉措" in traditional
    report = load_report(traditional)
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]


@pytest.mark.parametrize(("first", "second"), [
    ("第一部分 2024年工作回顾", "第二部分 2025年工作任务"),
    ("一．2024年工作回顾", "二．2025年工作任务"),
    ("一.2024年工作回顾", "二.2025年工作任务"),
])
def test_parts_written_as_chapters_or_with_a_dot(first: str, second: str) -> None:
    text = (f"某市2025年政府工作报告\n{first}\n过去一年，全市地区生产总值增长5%。\n（一）扩大投资。新建项目100个。\n"
            f"{second}\n（一）扩大有效投资。实施城市更新行动。\n")
    report = load_report(text)
    assert [(p.id, p.role) for p in report.parts] == [("一", Role.RESULTS), ("二", Role.PLANS)]
    assert [s.id for s in report.parts[1].sections] == ["二/(一)"]


def test_a_report_with_both_keeps_its_numbered_parts() -> None:
    """一、 is the part marker wherever a report writes it: a （一） stays a section."""
    text = "某市2025年政府工作报告\n一、2024年工作回顾\n（一）扩大投资。新建项目100个。\n（二）稳定就业。新增就业1万人。\n"
    report = load_report(text)
    assert [p.id for p in report.parts] == ["一"] and len(report.parts[0].sections) == 2


def test_two_years_of_a_parenthesised_report_compare_and_track_promises() -> None:
    old = load_report(TOWNSHIP.format(name="某镇"))
    new = load_report(TOWNSHIP.format(name="某镇").replace("2025年", "2026年").replace("2024年", "2025年").replace(
        "召开专题会议4次", "开展法治讲座32场，召开专题会议5次"))
    comparison = compare(old, new)
    assert comparison.matches and comparison.promises


UNNUMBERED = """某市2025年政府工作报告
2024年工作回顾
过去一年，全市地区生产总值增长5.1%。新建农村公路120公里。
存在的问题和不足
产业支撑不强。
2025年工作安排
今年，新建农村公路150公里，实施城市更新行动。
"""


def test_a_report_that_numbers_nothing_has_its_headings_for_parts() -> None:
    report = load_report(UNNUMBERED)
    assert [(p.title, p.role) for p in report.parts] == [
        ("2024年工作回顾", Role.RESULTS), ("存在的问题和不足", Role.SHORTCOMINGS), ("2025年工作安排", Role.PLANS)]
    assert report.title == "某市2025年政府工作报告"
    assert report.plan_sentences


def test_a_saved_page_with_unnumbered_headings_has_parts(tmp_path) -> None:
    page = tmp_path / "report.html"
    body = "".join(f"<h2>{line}</h2>" if len(line) < 12 else f"<p>{line}</p>" for line in UNNUMBERED.splitlines()[1:])
    page.write_text(f"<html><head><title>某市2025年政府工作报告</title></head><body><h1>某市2025年政府工作报告</h1>"
                    f"{body}</body></html>", encoding="utf-8")
    report = load_report(page)
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]


def test_a_broken_line_naming_a_target_is_no_heading_where_parts_are_numbered() -> None:
    """A web page broke …今年预期目标设定 / 为6%以上…: in a report whose parts are 一、, the
    line is joined back, whatever its words name."""
    text = ("某市2025年政府工作报告\n一、2024年工作回顾\n过去一年，全市地区生产总值增长5.1%。\n二、2025年工作任务\n"
            "经济增速是综合性指标，今年预期目标设定\n为6%以上，有利于推动高质量发展。\n")
    report = load_report(text)
    assert [m.text for m in report.parts[1].measures] == ["经济增速是综合性指标，今年预期目标设定为6%以上，有利于推动高质量发展。"]


def _word_report(folder, title: str, parts, preamble: str = ""):
    """A .docx report: a Title paragraph, a preamble, each part a Heading 1 and its body."""
    import docx

    document = docx.Document()
    document.add_paragraph(title, style="Title")
    if preamble:
        document.add_paragraph(preamble)
    for heading, body in parts:
        document.add_heading(heading, level=1)
        document.add_paragraph(body)
    path = folder / "report.docx"
    document.save(path)
    return load_report(path)


def test_word_headings_without_numbers_are_parts(tmp_path) -> None:
    report = _word_report(tmp_path, "某区2024年法治政府建设年度报告", (
        ("一年来的主要成效", "加强组织领导。召开专题会议4次。"), ("工作中的体会", "坚持党的领导是根本。"),
        ("几点思考", "法治建设要久久为功。")), preamble="2024年，某区扎实推进法治政府建设。现将有关情况报告如下：")
    assert [(p.title, p.role) for p in report.parts] == [
        ("一年来的主要成效", Role.RESULTS), ("工作中的体会", Role.OTHER), ("几点思考", Role.OTHER)]


MIXED = """某县司法局{year}年法治政府建设工作总结
一、{year}年法治政府建设主要做法和成效
（一）加强组织领导。召开专题会议{meetings}次。
（二）提升执法水平。开展执法人员专题培训{trainings}次。
二、存在的问题及下一步工作打算
（一）存在的问题
一是执法人员专业素质有待提高；二是法治宣传形式较为单一。
（二）下一步工作打算
一是开展执法人员专题培训不少于3次；二是建设法治文化公园1个。
"""


@pytest.mark.parametrize(("heading", "two"), [
    ("存在的问题及下一步工作打算", True), ("存在的不足和下一步工作计划", True), ("工作成效及下一步打算", True),
    ("存在的不足和原因", False), ("2025年工作安排", False), ("2024年主要工作及成效", False),
    ("2024年主要目标任务完成情况", False),
])
def test_names_two_roles(heading: str, two: bool) -> None:
    from reportdiff.kinds import names_two_roles

    assert names_two_roles(heading) is two


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_part_of_problems_and_next_steps_plans_in_its_plans_section(script: str) -> None:
    import opencc

    text = MIXED.format(year=2024, meetings=4, trainings=2)
    if script == "t":
        text = opencc.OpenCC("s2t").convert(text)
    report = load_report(text)
    assert report.parts[1].role is Role.SHORTCOMINGS
    assert {m.role for m in report.parts[1].all_measures() if m.section_id == "二/(一)"} == {Role.SHORTCOMINGS}
    assert {m.role for m in report.parts[1].all_measures() if m.section_id == "二/(二)"} == {Role.PLANS}
    assert [p.block_id for p in report.plan_sentences] == ["二/(二)/一是", "二/(二)/二是"]


def test_its_plans_are_tracked_the_next_year() -> None:
    old = load_report(MIXED.format(year=2024, meetings=4, trainings=2))
    new = load_report(MIXED.format(year=2025, meetings=5, trainings=4))
    statuses = {p.plan.text: p.status for p in compare(old, new).promises}
    assert statuses["开展执法人员专题培训不少于3次；"] == "delivered"


MIXED_PARAGRAPHS = """某部{year}年法治政府建设年度报告
一、{year}年推进法治政府建设的主要举措和成效
（一）完善制度。全年制定部门规章{rules}件，开展执法案卷评查。
二、党政主要负责人履行推进法治建设第一责任人职责情况
部主要负责同志专题研究法治工作{meetings}次。
三、存在的不足和{plan_year}年工作安排
同时也存在一些不足：一是立法相对滞后；二是执法力量薄弱。
{opening}我部将重点做好以下工作：一是制定部门规章3件。二是开展执法案卷评查。
三是加强执法队伍建设。
"""


@pytest.mark.parametrize("script", ["s", "t"])
@pytest.mark.parametrize("opening", ["{plan_year}年，", "{plan_year}年是“十五五”开局之年。", "下一步，"])
def test_a_part_of_problems_and_plans_in_paragraphs_plans_from_its_turn(script: str, opening: str) -> None:
    """存在的不足和2025年工作安排 written without （一）（二）: the paragraph turning to the work
    ahead (2025年，我部将…; 下一步，…) and those after it are plans, the problems before it
    shortcomings; the plans are tracked the next year."""
    import opencc

    def text(year: int, rules: int) -> str:
        written = MIXED_PARAGRAPHS.format(year=year, plan_year=year + 1, rules=rules, meetings=4,
                                          opening=opening.format(plan_year=year + 1))
        return opencc.OpenCC("s2t").convert(written) if script == "t" else written

    report = load_report(text(2024, 2))
    mixed = report.parts[2]
    assert [m.role for m in mixed.all_measures()] == [Role.SHORTCOMINGS] * 3 + [Role.PLANS] * 4
    # -- the lead-in announcing the list plans nothing of its own --
    assert [norm_key(p.text) for p in report.plan_sentences] == [
        norm_key(t) for t in ("制定部门规章3件。", "开展执法案卷评查。", "加强执法队伍建设。")]
    statuses = {norm_key(p.plan.text): p.status for p in compare(report, load_report(text(2025, 3))).promises}
    assert statuses[norm_key("制定部门规章3件。")] == "delivered"


@pytest.mark.parametrize(("paragraph", "plans"), [
    ("下一步，我局将开展执法人员专题培训不少于3次。", True),
    ("下一步工作打算：一是开展培训；二是建设平台。", True),
    ("今后，我们要持续深化法治宣传。", True),
    ("2024年，我局将法治建设纳入绩效考核。", False),  # -- 将 as 把: what was done --
    ("下一步的工作还很艰巨。", False),
    ("今后，随着改革深入，执法任务将更加繁重。", False),  # -- a problem foreseen --
])
def test_opens_plans(paragraph: str, plans: bool) -> None:
    from reportdiff.kinds import opens_plans

    assert opens_plans(paragraph) is plans


NEXT_STEPS = """某区市场监管局{year}年法治政府建设年度报告
一、主要举措和成效
（一）加强组织领导。召开专题会议4次。
（二）规范执法行为。开展执法人员专题培训{trainings}次。
二、存在的不足
部分执法人员法治意识不强。
下一步工作打算：一是开展执法人员专题培训不少于3次；二是建设智慧监管平台。
"""


def test_next_steps_closing_a_part_are_the_report_s_plans() -> None:
    report = load_report(NEXT_STEPS.format(year=2024, trainings=2))
    assert [p.text for p in report.plan_sentences] == ["开展执法人员专题培训不少于3次；", "建设智慧监管平台。"]
    assert [m.role for m in report.parts[1].all_measures()] == [Role.SHORTCOMINGS, Role.PLANS, Role.PLANS, Role.PLANS]
    new = load_report(NEXT_STEPS.format(year=2025, trainings=4))
    statuses = {p.plan.text: p.status for p in compare(report, new).promises}
    assert statuses["开展执法人员专题培训不少于3次；"] == "delivered"


def test_unnumbered_headings_may_close_on_a_colon() -> None:
    report = load_report("某局2024年工作总结\n2024年主要工作：\n1.加强组织领导。召开专题会议4次。\n存在的问题：\n"
                         "执法人员法治意识不强。\n2025年工作计划：\n1.开展执法人员专题培训不少于3次。\n")
    assert [(p.title, p.role) for p in report.parts] == [
        ("2024年主要工作", Role.RESULTS), ("存在的问题", Role.SHORTCOMINGS), ("2025年工作计划", Role.PLANS)]


# -- cases a review of the shapes above found --

def test_unnumbered_headings_over_numbered_sections(tmp_path) -> None:
    """A saved page: <h2> part headings with no number over （一） sections; the headings are
    the parts, not the （一）."""
    page = tmp_path / "report.html"
    page.write_text(
        "<html><head><title>某区2024年法治政府建设年度报告</title></head><body><h1>某区2024年法治政府建设年度报告</h1>"
        "<h2>2024年推进法治政府建设的主要举措和成效</h2><p>（一）健全依法决策机制。审查合同42份。</p>"
        "<p>（二）严格规范执法。办理案件120件。</p><h2>存在的不足和原因</h2><p>执法力量不足。</p>"
        "<h2>2025年推进法治政府建设的主要安排</h2><p>（一）深化法治宣传。开展讲座30场。</p>"
        "<p>（二）建设示范点。建成示范点2个。</p></body></html>", encoding="utf-8")
    report = load_report(page)
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]
    assert [s.id for s in report.parts[2].sections] == ["第3部分/(一)", "第3部分/(二)"]


def test_a_title_s_second_line_joined_on_stays_in_the_title() -> None:
    report = load_report("某局2024年法治政府建设工作总结\n及2025年工作计划\n2024年，我局扎实推进法治建设，现将有关情况报告如下。\n"
                         "2024年工作开展情况\n全年召开专题会议4次。\n2025年工作计划\n组织执法培训不少于4次。\n")
    assert report.title == "某局2024年法治政府建设工作总结及2025年工作计划"
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.PLANS]


def test_next_steps_are_no_plans_where_a_plans_part_exists() -> None:
    report = load_report("某区2024年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
                         "二、存在的不足\n执法力量不足。\n下一步，我们将针对上述问题认真研究，切实加以解决。\n"
                         "三、2025年工作安排\n（一）建设示范点。\n")
    assert [p.text for p in report.plan_sentences] == ["建设示范点"]


def test_a_plans_headed_part_of_two_roles_plans_only_in_its_plans_section() -> None:
    report = load_report("某所2024年工作总结\n一、基本情况\n现有工作人员3名。\n二、工作成效和下一步计划\n（一）工作成效\n"
                         "1.排查化解矛盾纠纷316件。\n（二）下一步计划\n1.建成村级法律服务工作室8个。\n")
    assert [p.text for p in report.plan_sentences] == ["建成村级法律服务工作室8个。"]


def test_this_year_is_reviewed_when_next_year_is_planned() -> None:
    """A 政府工作报告 given in December: 今年主要工作 is the review when 明年主要工作 follows."""
    report = load_report("某镇2024年政府工作报告\n一、今年主要工作\n全年新建道路5公里。\n二、明年主要工作\n新建道路8公里。\n")
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.PLANS]


def test_word_headings_alone_open_parts_where_the_report_has_them(tmp_path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("某局2024年法治政府建设工作总结", style="Title")
    document.add_heading("加强组织领导", level=1)
    document.add_paragraph("召开专题会议4次。")
    document.add_paragraph("主要做法")  # -- a body line naming a role: no part where headings are styled --
    document.add_paragraph("一是推行执法全过程记录。")
    document.add_heading("下一步工作打算", level=1)
    document.add_paragraph("组织执法人员培训不少于3次。")
    path = tmp_path / "report.docx"
    document.save(path)
    assert [p.title for p in load_report(path).parts] == ["加强组织领导", "下一步工作打算"]


def test_unnumbered_headings_in_a_row_and_hard_wrapped_lines() -> None:
    text = ("某局2024年法治政府建设工作总结\n2024年工作开展情况\n主要做法\n全年召开专题会议4次，研究解决重点问题9个。\n"
            "存在问题\n执法力量不足。\n2025年工作计划\n组织执法人员培训不少于4次。\n")
    assert [p.title for p in load_report(text).parts] == ["2024年工作开展情况", "主要做法", "存在问题", "2025年工作计划"]
    from reportdiff.kinds import names_a_part

    assert not names_a_part("针对上年存在的问题，我局逐项制定整改措施")  # -- a wrapped sentence's line --


def test_a_lead_in_of_a_plans_part_is_no_plan() -> None:
    report = load_report("某局2024年工作总结\n一．工作成效\n全年召开专题会议4次。\n二．下一步工作计划\n下一步工作打算：\n"
                         "组织执法人员培训不少于3次。\n")
    assert [p.text for p in report.plan_sentences] == ["组织执法人员培训不少于3次。"]


def test_results_in_a_part_headed_by_its_problems_are_evidence() -> None:
    old = load_report("某所2024年工作总结\n一、基本情况\n现有工作人员3名。\n二、工作成效和下一步计划\n（一）工作成效\n"
                      "1.排查化解矛盾纠纷316件。\n（二）下一步计划\n1.建成村级法律服务工作室8个。\n")
    new = load_report("某所2025年工作总结\n一、基本情况\n现有工作人员3名。\n二、主要成绩和存在问题\n（一）主要成绩\n"
                      "1.建成村级法律服务工作室8个，接收社区矫正对象19名。\n（二）存在问题\n1.人员力量不足。\n"
                      "三、2026年工作计划\n1.推进“枫桥式司法所”创建。\n")
    assert [p.status for p in compare(old, new).promises] == ["delivered"]


# -- cases a second review found --

def test_parenthesised_parts_styled_as_word_headings_stay_parts(tmp_path) -> None:
    report = _word_report(tmp_path, "某镇2024年法治政府建设工作总结", (
        ("（一）2024年工作开展情况", "1.召开专题会议4次。"), ("（二）存在的问题", "1.执法力量不足。"),
        ("（三）2025年工作计划", "1.组织执法培训不少于3次。")))
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]


def test_parenthesised_parts_with_short_role_lines_inside_them() -> None:
    report = load_report("某镇2024年法治政府建设工作总结\n（一）2024年法治政府建设工作开展情况\n工作成效\n1.召开专题会议4次。\n"
                         "（二）存在的问题\n1.执法力量不足。\n（三）2025年工作计划\n保障措施和下一步打算\n"
                         "1.开展普法宣传活动不少于25场。\n")
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]
    # -- a role line under a heading is a label of its own, no tail of the heading (a text written a
    #    paragraph a line reads as the same lines in Word do) and no plan --
    assert [p.title for p in report.parts] == ["2024年法治政府建设工作开展情况", "存在的问题", "2025年工作计划"]
    assert [p.text for p in report.plan_sentences] == ["开展普法宣传活动不少于25场。"]


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_heading_that_opens_on_a_particle_is_no_title_line(script: str) -> None:
    """和谐社区建设… opens on 和 but joins no title; 及2025年工作计划 does."""
    import opencc

    text = ("某县民政局2024年工作总结\n和谐社区建设主要工作成效\n全年建成社区服务站5个。\n存在的问题\n人员不足。\n"
            "2025年工作计划\n建成社区服务站8个。\n")
    if script == "t":
        text = opencc.OpenCC("s2t").convert(text)
    report = load_report(text)
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]
    assert len(report.parts[0].all_measures()) == 1


def test_a_bound_in_a_stated_change_is_a_bound() -> None:
    from reportdiff.figures import check_claim, extract_figures

    old, new = extract_figures("受理行政复议案件1000件")[0], extract_figures("受理行政复议案件1200件，比上年增加不少于50件")[0]
    assert new.comparison is not None
    assert check_claim(old, new, new.comparison)[0] == "consistent"


def test_a_concrete_next_step_is_a_plan_even_where_a_part_plans() -> None:
    report = load_report("某县2024年法治政府建设年度报告\n一、主要举措和成效\n（一）加强执法培训。全年培训执法人员420人次。\n"
                         "下一步，全县执法人员培训不少于500人次。\n二、2025年工作安排\n（一）建设示范点。\n")
    assert [p.text for p in report.plan_sentences] == ["下一步，全县执法人员培训不少于500人次。", "建设示范点"]


def test_an_unnumbered_part_of_two_roles_plans_in_its_plans_section() -> None:
    report = load_report("某局2024年工作总结\n2024年工作开展情况\n全年召开专题会议4次。\n存在的问题及下一步工作打算\n"
                         "（一）存在的问题\n执法力量不足。\n（二）下一步工作打算\n组织执法人员培训不少于3次。\n")
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS]
    assert [p.text for p in report.plan_sentences] == ["组织执法人员培训不少于3次。"]
