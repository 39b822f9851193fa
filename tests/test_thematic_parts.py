"""法治 reports whose review parts carry thematic headings (一、强化组织领导，夯实法治基础 /
二、坚持依法行政，…) and no review word: before the problems and plans they are the results."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.models import Role
from reportdiff.pipeline import compare, load_report, plans

_T = OpenCC("s2t").convert

_OLD = """石桥镇人民政府关于2023年度法治政府建设情况的报告
2023年，石桥镇深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、健全工作机制，筑牢法治根基
调整镇法治建设领导小组，全年召开专题会议3次。
二、规范权力运行，提升执法水平
（一）落实合法性审查，全年审查合同37份。
（二）开展执法培训，组织执法人员培训2期。
三、存在的不足
一是执法人员专业能力不足。
四、2024年工作计划
一是建成镇公共法律服务站。二是开设法治夜校。
"""

_NEW = """石桥镇人民政府关于2024年度法治政府建设情况的报告
2024年，石桥镇深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、健全工作机制，筑牢法治根基
镇法治建设领导小组全年召开专题会议4次。
二、规范权力运行，提升执法水平
（一）落实合法性审查，全年审查合同45份。
（二）建成镇公共法律服务站，全年接待群众咨询210人次。
（三）开设法治夜校，举办课程12期。
三、存在的不足
一是普法针对性不强。
四、2025年工作计划
一是推进执法规范化建设。
"""


@pytest.mark.parametrize("convert", [str, _T])
def test_thematic_parts_reporting_work_done_are_results(convert) -> None:
    report = load_report(convert(_NEW))
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]
    assert {m.role for m in report.parts[1].all_measures()} == {Role.RESULTS}


@pytest.mark.parametrize("convert", [str, _T])
def test_last_year_s_plans_are_found_in_thematic_parts(convert) -> None:
    statuses = [p.status for p in compare(convert(_OLD), convert(_NEW)).promises]
    assert statuses == ["delivered", "delivered"]


@pytest.mark.parametrize("convert", [str, _T])
def test_a_section_of_one_sentence_is_a_measure(convert) -> None:
    report = load_report(convert(_NEW))
    section = report.parts[1].sections[1]
    assert [m.text for m in section.measures] == [convert("建成镇公共法律服务站，全年接待群众咨询210人次。")]


def test_thematic_parts_ahead_of_a_review_keep_their_role() -> None:
    """Where a part is headed as the review, a thematic part elsewhere is no review."""
    text = ("某县2024年法治政府建设年度报告\n一、2024年主要举措和成效\n全年审查合同45份。\n"
            "二、坚持党的领导，压实法治责任\n全年召开常务会议学法4次。\n三、存在的不足\n执法力量不足。\n"
            "四、2025年工作安排\n一是建成法律服务站。\n")
    assert [p.role for p in load_report(text).parts] == [Role.RESULTS, Role.OTHER, Role.SHORTCOMINGS, Role.PLANS]


def test_a_thematic_part_of_work_ahead_is_no_review() -> None:
    text = ("某局2024年法治政府建设年度报告\n一、坚持依法行政，建设法治机关\n下一步，我局将推进执法规范化。\n"
            "二、存在的不足\n执法力量不足。\n三、2025年工作安排\n一是建成法律服务站。\n")
    assert load_report(text).parts[0].role is Role.OTHER


def test_plans_warns_when_a_report_has_no_results_part() -> None:
    text = ("某局2024年法治政府建设年度报告\n一、坚持依法行政，建设法治机关\n持续推进执法规范化。\n"
            "二、存在的不足\n执法力量不足。\n三、2025年工作安排\n一是建成法律服务站。\n")
    assert "no_results_part" in [warning.code for warning in plans(text).warnings]
    assert "no_results_part" not in [warning.code for warning in plans(_NEW).warnings]


_COUNTS_OLD = """江川省司法厅{y}年法治政府建设年度报告
一、坚持法治社会一体建设，夯实法治政府建设基础
（一）深化普法宣传教育。举办“宪法宣传周”系列活动，线上线下覆盖群众{a}万人次。
（二）优化公共法律服务。1.建成公共法律服务中心（站）{b}万个，提供法律咨询{c}万人次。2.{lead}办理法律援助案件{d}万件，为农民工讨回欠薪{e}亿元。
（三）预防化解矛盾纠纷。调解矛盾纠纷{f}万件，调解成功率97.5%。
二、存在的不足
一是公共法律服务供给不够均衡。
三、{y1}年工作打算
（一）深化公共法律服务。开展“法援惠民生”专项行动。
"""


@pytest.mark.parametrize("convert", [str, _T], ids=["s", "t"])
def test_a_thematic_part_counting_in_wan_reports_results(convert) -> None:
    """Counts written with 万/亿 (覆盖群众1800万人次, 办理案件7.5万件) report work done as 320件 does:
    the thematic part holding only such counts is the results, and last year's plan is found there."""
    old = load_report(convert(_COUNTS_OLD.format(y=2023, y1=2024, a=1500, b=2.1, c=126, d=6.8, e=2.4, f=38.6, lead="")))
    new = load_report(convert(_COUNTS_OLD.format(y=2024, y1=2025, a=1800, b=2.2, c=141, d=7.5, e=2.9, f=41.2,
                                                 lead="开展“法援惠民生”专项行动，")))
    assert new.parts[0].role is Role.RESULTS
    promise = next(p for p in compare(old, new).promises if "法援" in p.plan.text)
    assert promise.status == "delivered"


#: A ministry's thematic part whose points count files (抽查案卷145卷) and training rounds (培训3期).
_MINISTRY = """国家某某总局2023年法治政府建设年度报告
2023年，国家某某总局深入学习贯彻习近平法治思想，扎实推进依法行政。现将有关情况报告如下。
一、推进严格规范公正文明执法
一是规范执法行为。组织开展执法案卷评查，抽查案卷145卷，案卷合格率96.5%。二是加强执法队伍建设。组织执法人员培训3期。三是精简审批事项。审批平均办理时限压缩至8个工作日。
二、存在的不足和原因
一是基层执法力量薄弱。
三、2024年推进法治政府建设的主要安排
一是建设行政执法信息平台。
"""


@pytest.mark.parametrize("convert", [lambda text: text, _T], ids=["simplified", "traditional"])
def test_counts_of_files_and_rounds_report_work_done(convert) -> None:
    report = load_report(convert(_MINISTRY))
    assert [part.role for part in report.parts] == [Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]


_DEEDS = """某区人民政府关于2024年度法治政府建设情况的报告
2024年，全区深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、深化综合执法改革，理顺执法体制
将87项行政执法事项纳入街道综合执法范围，将执法人员持证率提高到98%。
二、规范重大行政决策，提升决策质量
将重大行政决策事项目录编制纳入区政府常务会议议题，将合法性审查覆盖到区属各部门。
三、存在的不足
一是执法人员专业能力不足。
四、2025年工作安排
一是将加快推进执法规范化建设。二是我们将把行政复议工作纳入绩效考核。
"""


@pytest.mark.parametrize("convert", [str, _T])
def test_deeds_written_with_jiang_are_work_done(convert) -> None:
    """将…纳入…, 将…提高到… in a review: work done as 把… is; the plans' 将加快… stays ahead."""
    from reportdiff.kinds import reports_done

    report = load_report(convert(_DEEDS))
    assert [p.role for p in report.parts] == [Role.RESULTS, Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS]
    assert reports_done(convert("全区将87项行政执法事项纳入街道综合执法范围。"))
    assert reports_done(convert("将城乡居民医保财政补助标准提高到每人每年640元。"))
    assert not reports_done(convert("2025年，我局将加快推进执法规范化建设，全年培训100人次。"))
    assert not reports_done(convert("我们将把行政复议工作纳入绩效考核，全年审查合同40份。"))
    assert not reports_done(convert("执法人员持证率将提高到98%，全年培训100人次。"))


@pytest.mark.parametrize("convert", [str, _T])
def test_a_review_sentence_among_the_plans_with_jiang_of_a_deed_frames(convert) -> None:
    from reportdiff.kinds import is_framing

    assert is_framing(convert("过去一年，我们将40个县纳入改革试点范围，取得明显成效。"))
    assert not is_framing(convert("过去一年，改革取得明显成效，今年将扩大试点范围。"))
    assert not is_framing(convert("过去一年，试点取得成效，下一步将加快推广。"))
