"""Report kinds, part roles and years (kinds.py), and the parse steps real reports need."""

from __future__ import annotations

import pytest

from reportdiff.kinds import detect_kind, detect_role, opens_shortcomings
from reportdiff.models import KIND_NAMES, Role
from reportdiff.kinds import KINDS
from reportdiff.parse import is_furniture, parse_text


def test_kind_names_agree() -> None:
    assert set(KINDS) == set(KIND_NAMES)


@pytest.mark.parametrize(("opening", "kind"), [
    ("政府工作报告——2025年3月5日在第十四届全国人民代表大会第三次会议上", "government_work"),
    ("各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。", "government_work"),
    ("政府工作報告各位代表：", "government_work"),
    ("海淀区2024年法治政府建设年度情况报告", "rule_of_law"),
    ("2024年，海淀區堅持…深入貫徹落實中央和市委關於法治政府建設決策部署", "rule_of_law"),
    ("市统计局2024年工作总结和2025年工作计划", "other"),
    # -- a development zone's 管委会 reports to its 工作会议 early in the year, as a government does --
    ("青川高新技术产业开发区管委会工作报告——2025年2月10日在高新区2025年工作会议上", "government_work"),
    ("某經濟技術開發區管理委員會工作報告", "government_work"),
    # -- the other reports a congress hears address 各位代表 too, but are no government's report --
    ("江州市中级人民法院工作报告——2026年1月13日在江州市第十六届人民代表大会第五次会议上各位代表：", "other"),
    ("江州市人民检察院工作报告各位代表：现在，我代表市人民检察院向大会报告工作", "other"),
    ("河東省人民代表大會常務委員會工作報告各位代表：", "other"),
    ("政协江州市委员会常务委员会工作报告各位委员：", "other"),
    ("关于江州市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告各位代表：", "other"),
    ("關於江州市2025年預算執行情況和2026年預算草案的報告各位代表：", "other"),
])
def test_kind_from_the_opening(opening: str, kind: str) -> None:
    assert detect_kind(opening).name == kind


@pytest.mark.parametrize(("heading", "role"), [
    ("2024年工作回顾", Role.RESULTS),
    ("过去五年工作回顾", Role.RESULTS),
    ("过去一年和五年工作回顾", Role.RESULTS),
    ("2024年主要工作及成效", Role.RESULTS),
    ("2025年政府工作任务", Role.PLANS),
    ("2022年经济社会发展总体要求和政策取向", Role.PLANS),
    ("2017年工作总体部署", Role.PLANS),
    ("对今年政府工作的建议", Role.PLANS),
    ("2021年重点工作", Role.PLANS),
    ("今年主要预期目标", Role.PLANS),
    ("“十三五”时期发展成就和“十四五”时期主要目标任务", Role.OTHER),
    ("“十三五”时期和2020年工作回顾", Role.RESULTS),
    ("全面加强政府自身建设", Role.OTHER),
    ("下一步工作打算", Role.PLANS),
    ("2025年主要目标和重点任务", Role.PLANS),
    # -- the goals of the next five years are not this year's plans, as a 十四五 outline is not --
    ("今后五年的奋斗目标和主要任务", Role.OTHER),
    ("今后五年奋斗目标和2023年工作安排", Role.PLANS),
    # -- task and goal words in a heading that reports how they went --
    ("2024年度推进法治政府建设重点任务进展情况", Role.RESULTS),
    ("2024年度推進法治政府建設重點任務進展情況", Role.RESULTS),
    ("推进法治政府建设重点任务的主要举措和成效", Role.RESULTS),
    ("落实法治政府建设实施纲要重点任务情况", Role.RESULTS),
    ("奋斗目标实现情况", Role.RESULTS),
    ("2024年工作回顾和2025年主要任务", Role.RESULTS),
    ("2024年主要目标任务完成情况", Role.RESULTS),
    ("重点民生实事落实情况", Role.RESULTS),
    ("2023年经济社会发展成就", Role.RESULTS),
    ("2024年全区经济社会发展的总体思路", Role.PLANS),
])
def test_roles_of_real_headings(heading: str, role: Role) -> None:
    assert detect_role(heading) is role


@pytest.mark.parametrize(("heading", "role"), [
    # -- the plans part of a city's or county's 政府工作报告 announces the tasks that follow --
    ("三、重点抓好以下工作", Role.PLANS),
    ("三、重點抓好以下工作", Role.PLANS),
    ("着力抓好以下几个方面工作：", Role.PLANS),
    ("著力抓好以下幾個方面工作：", Role.PLANS),
    ("扎实做好以下工作", Role.PLANS),
    ("今年重点抓好八个方面工作", Role.PLANS),
    ("扎实做好今年各项工作", Role.PLANS),
    ("紮實做好今年各項工作", Role.PLANS),
    ("今年重点工作", Role.PLANS),
    ("2026年主要任务", Role.PLANS),
    ("今年政府工作的重点任务", Role.PLANS),
    ("2026年工作重点", Role.PLANS),
    ("今年政府工作重点", Role.PLANS),
    ("今年政府工作重點", Role.PLANS),
    ("二、全力做好2026年各项工作", Role.PLANS),
    ("二、全力做好2026年各項工作", Role.PLANS),
    ("抓好以下八件民生实事", Role.PLANS),
    # -- …and a review is still a review: what was done (了), a review word, a report on how it went --
    ("过去一年主要工作", Role.RESULTS),
    ("過去一年主要工作", Role.RESULTS),
    ("主要工作和成效", Role.RESULTS),
    ("过去一年重点抓好了以下工作", Role.RESULTS),
    ("2025年重点做好了以下工作", Role.OTHER),
    ("重点工作完成情况", Role.RESULTS),
    ("2025年工作重点推进情况", Role.RESULTS),
    ("2025年工作重點推進情況", Role.RESULTS),
])
def test_plans_headings_below_the_state_council(heading: str, role: Role) -> None:
    assert detect_role(heading) is role


@pytest.mark.parametrize("convert", [str, lambda text: __import__("opencc").OpenCC("s2t").convert(text)])
def test_tasks_announced_in_the_plans_heading_are_plans(convert) -> None:
    """三、重点抓好以下工作 is the plans part of a city's report: its items are plans, tracked next year."""
    from reportdiff.pipeline import compare, load_report

    old = convert("2025年临江市人民政府工作报告\n一、过去一年工作回顾\n一是城乡面貌持续改善。改造老旧小区286个。\n"
                  "二、今年工作总体要求和目标任务\n主要预期目标是：地区生产总值增长6%左右。\n三、重点抓好以下工作\n"
                  "1.着力推进城乡融合发展。改造老旧小区260个，建设临江人工智能产业园。\n")
    new = convert("2026年临江市人民政府工作报告\n一、过去一年工作回顾\n一是城乡环境更加宜居。改造老旧小区265个。\n"
                  "二、今年工作总体要求和目标任务\n主要预期目标是：地区生产总值增长5.5%左右。\n三、重点抓好以下工作\n"
                  "1.着力推进城乡融合发展。改造老旧小区240个。\n")
    assert [part.role for part in load_report(old).parts] == [Role.RESULTS, Role.PLANS, Role.PLANS]
    comparison = compare(old, new)
    tracked = {promise.plan.text for promise in comparison.promises}
    assert any(convert("改造老旧小区260个") in text for text in tracked)
    # -- last year's plan item is not this year's result: each is matched in its own part --
    (item,) = [m for m in comparison.matches if m.old is not None and m.old.id.startswith("三/")]
    assert item.new is not None and item.new.id.startswith("三/")


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("在肯定成绩的同时，我们也清醒看到面临的问题和挑战。全球疫情仍在持续。", True),
    ("安不忘危，兴不忘忧。我们清醒认识到，我国仍处于社会主义初级阶段。", True),
    ("同时也要看到，我区法治政府建设还存在一些不足。", True),
    ("过去一年，我们坚持稳中求进，经济运行总体平稳。", False),
    ("着力扩大消费和有效投资。针对有效需求不足的突出矛盾，多措并举扩投资。", False),
])
def test_shortcomings_paragraph_openings(paragraph: str, expected: bool) -> None:
    assert opens_shortcomings(paragraph) is expected


GOV = """政府工作报
告
——2025年3月5日在县第十八届人民代表大会第三次会议上
县长　张明
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，全县经济运行稳中有进，地区生产总值增长5.6%。
一是稳住经济基本盘。
全年新增减税降费1.2亿元，新开工项目86个，完成固定资产投资120亿元，社会消费品零售总额增长6.1%，城乡居民收入稳步提高，就业形势保持总体稳定。
— 3 —
在肯定成绩的同时，我们也清醒看到面临的问题和挑战。产业结构不优，财政收支矛盾突出。
二、2025年政府工作任务
今年是“十四五”规划收官之年。
（一）扩大有效投资。新开工项目90个以上。
"""


def test_a_county_government_work_report() -> None:
    report = parse_text(GOV, "xian-2025.txt")
    assert report.kind == "government_work"
    assert (report.year, report.review_year, report.plan_year) == (2025, 2024, 2025)
    assert report.title == "政府工作报告"
    assert [(p.id, p.role) for p in report.parts] == [("一", Role.RESULTS), ("二", Role.PLANS)]
    point = next(m for m in report.measures if m.id == "一/一是")
    assert point.title == "稳住经济基本盘" and "新开工项目86个" in point.text
    shortcomings = [m for m in report.measures if m.role is Role.SHORTCOMINGS]
    assert [m.id for m in shortcomings] == ["一/¶2"]
    # -- the page number is no measure, but stays in the outline --
    assert not any("— 3 —" in m.text for m in report.measures)
    assert any(b.text == "— 3 —" for b in report.blocks)


def test_years_without_a_title_come_from_the_headings() -> None:
    text = "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2015年工作回顾\n过去一年，经济平稳。\n三、2016年重点工作\n（一）稳增长。扩大内需。\n"
    report = parse_text(text)
    assert (report.kind, report.year, report.review_year, report.plan_year) == ("government_work", 2016, 2015, 2016)


def test_relative_headings_of_an_end_of_term_report() -> None:
    text = "政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n各位代表：\n现在报告工作。\n一、过去一年和五年工作回顾\n过去一年经济平稳。\n二、对今年政府工作的建议\n今年要稳增长。\n"
    report = parse_text(text)
    assert (report.year, report.review_year, report.plan_year) == (2023, 2022, 2023)


def test_rule_of_law_years_follow_its_title_and_plans() -> None:
    text = "北京市某区人民政府\n关于2024年法治政府建设情况的报告\n2024年，我区深入推进法治政府建设。\n一、主要举措及成效\n（一）依法履职。完善机制。\n二、2025年工作安排\n（一）深化改革。推进。\n"
    report = parse_text(text)
    assert report.title == "北京市某区人民政府关于2024年法治政府建设情况的报告"
    assert (report.kind, report.year, report.review_year, report.plan_year) == ("rule_of_law", 2024, 2024, 2025)


@pytest.mark.parametrize("convert", [str, lambda text: __import__("opencc").OpenCC("s2t").convert(text)])
def test_a_report_to_the_congress_naming_two_years_is_of_the_later(convert) -> None:
    """关于2025年预算执行情况和2026年预算草案的报告, delivered at the 2026 session, reviews 2025 and plans
    2026 as a 政府工作报告 does: its year is 2026 (found by a probe: 2025/2025/2026, so a folder's
    timeline ran a year early)."""
    text = convert("关于江州市2025年预算执行情况和2026年预算草案的报告\n——2026年1月13日在江州市第十六届人民代表大会第五次会议上\n"
                   "各位代表：\n一、2025年预算执行情况\n全市一般公共预算收入640.6亿元。\n二、2026年预算草案\n（一）收入预算。安排663亿元。\n")
    report = parse_text(text)
    assert (report.kind, report.year, report.review_year, report.plan_year) == ("other", 2026, 2025, 2026)
    # -- …whether or not the file kept its session line (found by review: a folder's two years collided) --
    bare = convert("关于江州市2025年预算执行情况和2026年预算草案的报告\n各位代表：\n一、2025年预算执行情况\n"
                   "全市一般公共预算收入640.6亿元。\n二、2026年预算草案\n（一）收入预算。安排663亿元。\n")
    assert (parse_text(bare).year, parse_text(bare).review_year) == (2026, 2025)
    court = convert("江州市中级人民法院工作报告\n——2026年1月13日在江州市第十六届人民代表大会第五次会议上\n各位代表：\n"
                    "一、过去一年的主要工作\n（一）审结案件。审结案件18万件。\n二、今年的主要任务\n（一）深化改革。推进诉源治理。\n")
    report = parse_text(court)
    assert (report.kind, report.year, report.review_year, report.plan_year) == ("other", 2026, 2025, 2026)


def test_kind_override_changes_the_years_only_by_its_rules() -> None:
    text = "一、主要工作\n（一）完成任务。全年完成。\n二、下一步计划\n（一）继续推进。\n"
    assert parse_text(text, "body-2024.txt").year == 2024
    report = parse_text(text, "body-2024.txt", kind="government_work")
    assert (report.kind, report.review_year, report.plan_year) == ("government_work", 2023, 2024)


@pytest.mark.parametrize(("line", "expected"), [
    ("— 3 —", True), ("-12-", True), ("第3页 共10页", True), ("3/10", True),
    ("日期：2025-01-10 来源：区司法局 字号：大 中 小 分享：", True),
    ("【打印本页】【关闭窗口】", True),
    ("2.5", False), ("1.优化机构设置。", False), ("来源于群众的诉求得到办理。", False),
])
def test_page_furniture(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected


def test_invisible_characters_are_no_difference() -> None:
    from reportdiff.pipeline import compare

    plain = "一、主要举措及成效\n（一）依法履职\n1.完善机制。全年办理案件120件。\n"
    dirty = "\u200b\n一、主要举措及成效\n（一）依法\u200b履职\n1.完善\u00ad机制。全年办理\n案件120件。\n"
    comparison = compare(plain, dirty)
    assert not comparison.changed


def test_a_subscript_broken_off_by_a_web_page_is_no_page_number() -> None:
    text = "一、2024年工作回顾\n（一）稳健的货币政策。广义货币M\n2\n增长8.3%，社会融资规模增长8%。\n"
    report = parse_text(text)
    assert "M2增长8.3%" in report.measures[0].text


TOWNSHIP = """XX鎮人民政府
關於2024年度法治政府建設工作情況的報告
2024年，XX鎮堅持以習近平新時代中國特色社會主義思想為指導，紮實推進法治政府建設。現將有關情況報告如下：
一、2024年度推進法治政府建設的主要舉措和成效
（一）加強組織領導。鎮黨委專題研究法治政府建設工作4次，制定年度工作要點。
（二）規範行政執法。一是推行行政執法“三項制度”，全年辦理執法案件126件。二是開展執法案卷評查，評查案卷40卷。
二、存在的不足
一是法治宣傳形式較為單一。二是基層執法人員專業能力有待提升。
三、黨政主要負責人履行推進法治建設第一責任人職責情況
鎮黨委書記、鎮長帶頭學法述法，全年開展集體學法6次。
四、2025年工作打算
（一）深化綜合行政執法改革。推進執法力量向基層下沉。
（二）加強法治宣傳。推動“八五”普法規劃全面完成。
"""


def test_a_township_rule_of_law_report_in_traditional_script() -> None:
    report = parse_text(TOWNSHIP, "xx-zhen.txt")
    assert report.kind == "rule_of_law"
    assert report.title == "XX鎮人民政府關於2024年度法治政府建設工作情況的報告"
    assert (report.year, report.review_year, report.plan_year) == (2024, 2024, 2025)
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.LEADERSHIP, Role.PLANS]
    # -- a heading with its body on one line is one measure; a body of 一是/二是 points is the
    #    section's points, each a measure (issue 7) --
    assert [m.id for m in report.measures if m.role is Role.RESULTS] == ["一/(一)", "一/(二)/一是", "一/(二)/二是"]
    assert [m.id for m in report.measures if m.role is Role.SHORTCOMINGS] == ["二/一是", "二/二是"]
    assert [s.text for s in report.plan_sentences][:1] == ["推進執法力量向基層下沉。"]


def test_the_cli_offers_every_kind() -> None:
    from reportdiff import cli

    assert cli.KIND_NAMES == KIND_NAMES


@pytest.mark.parametrize(("sentence", "framing"), [
    ("2025年是“十四五”规划收官之年。", True),
    ("今年要重点做好以下几方面工作。", True),
    ("2025年，我局将重点做好以下工作：", True),
    ("各位代表！", True),
    ("形势越是复杂越要保持定力、越要苦干实干。", False),
    ("越是困难越要坚定信心、越要真抓实干。", True),
    ("越是困难时期，越要稳住就业。", True),
    # -- an exhortation that opens a sentence of tasks does not frame the tasks --
    ("越是财力紧张越要保障民生，全年民生支出占比保持在80%以上。", False),
    ("全省经济稳中向好、长期向好的基本面没有改变。", True),
    ("加快转变政府职能，不断改善营商环境的基本面。", False),
    ("城镇调查失业率控制在5.5%以下。", False),
    ("今年赤字率拟按3%左右安排。", False),
    ("推进以下重点项目建设。", False),
    # -- the general requirements, stated as such (city, county, development zone), either script --
    ("政府工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调。", True),
    ("2025年工作的總體思路是：緊扣“三個高地”定位，加快建設具有全國影響力的科創新城。", True),
    ("全年工作的总体思路是：坚持稳中求进、以进促稳。", True),
    # -- …but the main targets are promises --
    ("总体目标是：地区生产总值增长5%左右。", False),
])
def test_framing_sentences(sentence: str, framing: bool) -> None:
    from reportdiff.kinds import is_framing

    assert is_framing(sentence) is framing


def test_a_heading_naming_only_the_year_after_the_review_plans_that_year() -> None:
    """一、2024年工作回顾 … 二、全力以赴做好2025年各项工作: the second names no role word, but the
    year after the one reviewed; a five-year outline (2025—2029年) is still no year's plans."""
    from reportdiff.pipeline import load_report

    text = ("一、2024年工作回顾\n过去一年，全市地区生产总值增长5.1%。\n二、{}\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n（一）扩大有效投资。实施城市更新行动。\n")
    assert [p.role for p in load_report(text.format("全力以赴做好2025年各项工作")).parts] == [Role.RESULTS, Role.PLANS]
    assert [p.role for p in load_report(text.format("全力以赴做好２０２５年各项工作")).parts] == [Role.RESULTS, Role.PLANS]
    assert [p.role for p in load_report(text.format("2025—2029年发展目标")).parts] == [Role.RESULTS, Role.OTHER]
    assert [p.role for p in load_report(text.format("关于2026年工作")).parts] == [Role.RESULTS, Role.OTHER]
    # -- a year written without 年 names no year's work (and is no error) --
    assert [p.role for p in load_report(text.format("展望2025")).parts] == [Role.RESULTS, Role.OTHER]
    # -- 主要工作 names work without saying it is done: after the 2024 review, 2025年主要工作 plans
    #    2025; a heading that says the work is done (成效, 回顾) stays a review --
    assert [p.role for p in load_report(text.format("2025年主要工作")).parts] == [Role.RESULTS, Role.PLANS]
    assert [p.role for p in load_report(text.format("2025年主要工作及成效")).parts] == [Role.RESULTS, Role.RESULTS]


@pytest.mark.parametrize(("heading", "work_only"), [
    ("二、2025年主要工作", True),
    ("2025年推進法治政府建設主要舉措", True),
    ("一、2024年主要工作及成效", False),
    ("2024年推进法治政府建设主要举措和成效", False),
    ("主要工作开展情况", False),
    ("二、2023年以来主要工作", False),
    ("二、2023年1—5月主要工作", False),
    ("2025年工作安排", False),
])
def test_names_work_only(heading: str, work_only: bool) -> None:
    from reportdiff.kinds import names_work_only

    assert names_work_only(heading) is work_only


def test_a_year_s_work_is_planned_only_when_the_report_plans_that_year() -> None:
    """The report's name says which year it plans: 2024年…主要举措 is a 2024 法治 report's review
    even after a part on 2023; a 2025 政府工作报告's 2025年主要工作 is its plans even when the review
    names no year; a span of the year that passed (以来, 1—5月) is a review."""
    from reportdiff.pipeline import load_report

    law = ("某区2024年法治政府建设年度报告\n一、2023年度督察反馈问题整改落实情况\n（一）整改完成。全部问题已整改。\n"
           "二、2024年推进法治政府建设的主要举措\n（一）推行行政执法“三项制度”。全年开展培训5次。\n"
           "三、2025年推进法治政府建设的主要安排\n（一）建设行政复议规范化示范点。\n")
    assert [p.role for p in load_report(law).parts] == [Role.RESULTS, Role.RESULTS, Role.PLANS]
    work = ("某市2025年政府工作报告\n一、过去一年工作回顾\n过去一年，全市地区生产总值增长5.1%。\n二、2025年主要工作\n"
            "（一）扩大有效投资。实施城市更新行动。\n")
    assert [p.role for p in load_report(work).parts] == [Role.RESULTS, Role.PLANS]
    assert [p.role for p in load_report(work.replace("2025年主要工作", "2025年1—5月主要工作")).parts] == [
        Role.RESULTS, Role.RESULTS]
    unnamed = "一、2022年工作回顾\n过去一年，全市地区生产总值增长5.1%。\n二、2023年以来主要工作\n（一）扩大有效投资。\n"
    assert [p.role for p in load_report(unnamed).parts] == [Role.RESULTS, Role.RESULTS]


def test_this_year_s_work_is_planned_by_a_government_work_report_only() -> None:
    """今年主要工作 is the report's own year: the plans of a 政府工作报告 (its year is the year it
    plans), the review of a 法治 report (its year is the year it reviews)."""
    from reportdiff.pipeline import load_report

    work = ("某县政府工作报告\n一、过去一年工作回顾\n过去一年，全县地区生产总值增长5.1%。\n二、今年主要工作\n"
            "（一）扩大有效投资。实施城市更新行动。\n")
    assert [p.role for p in load_report(work).parts] == [Role.RESULTS, Role.PLANS]
    law = ("某区法治政府建设年度报告\n一、今年主要工作\n（一）推行行政执法“三项制度”。全年培训5次。\n"
           "二、明年主要工作\n（一）建设行政复议规范化示范点。\n")
    assert [p.role for p in load_report(law).parts] == [Role.RESULTS, Role.PLANS]


def test_a_heading_naming_only_the_year_the_report_plans_plans_it() -> None:
    """三、2025年工作 after a five-year review (no single year to follow) in a 2025 政府工作报告."""
    from reportdiff.pipeline import load_report

    text = ("某省2025年政府工作报告\n一、过去五年工作回顾\n五年来，全省地区生产总值年均增长5.5%。\n"
            "二、今后五年的目标任务\n今后五年，要着力推动高质量发展。\n三、2025年工作\n今年，实施城市更新行动。\n")
    assert [p.role for p in load_report(text).parts] == [Role.RESULTS, Role.OTHER, Role.PLANS]
    # -- in a 2024 法治 report the year planned is 2025; 2024年… names the year reviewed --
    law = "某区2024年法治政府建设年度报告\n一、2024年主要举措和成效\n全年培训5次。\n二、关于2025年工作\n建设示范点。\n"
    assert [p.role for p in load_report(law).parts] == [Role.RESULTS, Role.PLANS]
    law_other = law.replace("关于2025年工作", "关于2024年工作的几点体会")
    assert [p.role for p in load_report(law_other).parts] == [Role.RESULTS, Role.OTHER]


def test_years_written_in_chinese_numerals() -> None:
    """Formal titles write 二〇二四年 (or 二零二四年): the same year as 2024年."""
    from reportdiff.kinds import first_year
    from reportdiff.pipeline import load_report

    assert first_year("某区二〇二四年法治政府建设年度报告") == 2024
    assert first_year("二零二五年工作安排") == 2025
    assert first_year("“十四五”规划") is None
    report = load_report("某区二〇二四年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
                         "二、二〇二五年工作安排\n（一）建设示范点。\n")
    assert (report.year, report.review_year, report.plan_year) == (2024, 2024, 2025)


@pytest.mark.parametrize(("opening", "several"), [
    ("五年来，全县累计新建村级养老服务站26个。", True), ("三年来，全镇累计调解纠纷300件。", True),
    ("過去五年，全省地區生產總值年均增長5.4%。", True), ("“十四五”时期是极不平凡的五年。", True),
    ("‘十四五’规划实施以来，…", True), ("本届政府任期内，全县新增就业3万人。", True),
    ("党的十八大以来的五年，…", True), ("过去一年，地区生产总值增长5%。", False),
    ("2024年以来，全区新增市场主体1万户。", False), ("去年，全县新增就业6000人。", False),
])
def test_the_parser_and_the_figures_read_one_opening_of_several_years(opening: str, several: bool) -> None:
    """Where a paragraph of several years stands (parse) and whether its figures are one year's
    (figures, promises) are read from one definition: they disagreed on 三年来 and 本届政府任期."""
    from reportdiff.figures_years import SEVERAL_YEARS_OPENING
    from reportdiff.kinds import opens_term_review
    from reportdiff.normalize import key

    assert opens_term_review(opening) is several
    assert (SEVERAL_YEARS_OPENING.match(key(opening).lstrip("“\"")) is not None) is several


@pytest.mark.parametrize("convert", [str, lambda text: __import__("opencc").OpenCC("s2t").convert(text)])
def test_a_development_zone_report_without_a_year_in_its_title_is_named_by_the_year_it_plans(convert) -> None:
    """管委会工作报告 with no year in its title: reviewing 2024 and planning 2025, it is the 2025 report."""
    report = parse_text(convert("某高新区管委会工作报告\n一、2024年工作回顾\n坚持项目为王。全年新开工项目86个。\n"
                                "二、2025年工作思路和目标任务\n坚持项目为王。全年新开工项目90个以上。\n"))
    assert (report.kind, report.year, report.review_year, report.plan_year) == ("government_work", 2025, 2024, 2025)
