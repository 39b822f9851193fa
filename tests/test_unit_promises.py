"""Promises of small bodies (townships, counties, bureaus), in either script: a target set for
each unit (每个村…15万元以上) is met by what the review says of every unit, never by a total, and
a count short of the whole is a part done; a clause with a figure set for a name in quotes
(推进“个转企”120户), and a clause making a thing of its own (创建“青岭菜”区域公用品牌), are tasks
of their own, judged on their own evidence."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff import compare
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.promise_units import unit_target

from government_reports import government_report

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
_T2S = OpenCC("t2s").convert

TOWNSHIP_OLD = """政府工作报告
——2025年1月8日在青岭镇第十八届人民代表大会第四次会议上
各位代表：
现在，我代表镇人民政府向大会报告工作，请予审议。
一、2024年工作回顾
（一）产业发展稳步推进。一是特色产业不断壮大。新发展蔬菜基地400亩，蔬菜产值0.86亿元。二是村集体经济持续增收。全镇16个村集体经济收入全部超过8万元，总收入310万元。
（二）人居环境持续改善。完成户厕改造280户。
二、2025年工作安排
（一）做强特色产业。新发展蔬菜基地500亩，建成冷链仓储中心1个，创建“青岭菜”区域公用品牌。{plan}
（二）建设宜居乡村。完成户厕改造300户。
"""
TOWNSHIP_NEW = """政府工作报告
——2026年1月9日在青岭镇第十八届人民代表大会第五次会议上
各位代表：
现在，我代表镇人民政府向大会报告工作，请予审议。
一、2025年工作回顾
（一）特色产业提质增效。一是蔬菜产业加快发展。新发展蔬菜基地520亩，蔬菜产值0.97亿元；冷链仓储中心建成投用。{brand}二是村集体经济稳步壮大。{villages}
（二）人居环境持续改善。完成户厕改造320户。
二、2026年工作安排
（一）做强蔬菜产业。新发展蔬菜基地400亩。
（二）建设宜居乡村。完成户厕改造260户。
"""
_PLAN = "推动每个村集体经济收入达到12万元以上。"


def _township(convert, villages: str, brand: str = "", plan: str = _PLAN):
    comparison = compare(parse_text(convert(TOWNSHIP_OLD.format(plan=plan)), "2025.txt"),
                         parse_text(convert(TOWNSHIP_NEW.format(villages=villages, brand=brand)), "2026.txt"),
                         expressions=False)
    return {_T2S(p.plan.text): p for p in comparison.promises}


def test_a_target_for_each_unit_is_read_with_its_unit_indicator_and_figure() -> None:
    for plan, unit, indicator, value in [("推动每个村集体经济收入达到12万元以上", "村", "集体经济收入", 120000),
                                         ("所有行政村集体经济收入均超过20万元", "村", "集体经济收入", 200000),
                                         ("各乡镇建成1个综合文化站", "乡镇", "综合文化站", 1),
                                         ("每个社区配备2名专职网格员", "社区", "专职网格员", 2)]:
        target = unit_target(key(plan))
        assert (target.unit, target.indicator, target.value) == (unit, indicator, value), plan
    # -- a total, or a count of units, is no target for each unit --
    for plan in ("村集体经济收入总额达到420万元", "推动2个薄弱村集体经济收入超过15万元", "各部门办理建议100件"):
        assert unit_target(key(plan)) is None, plan


_EVERY = ["全镇16个村集体经济收入全部超过12万元，总收入352万元。",
          "村集体经济收入总额352万元，16个村均达到12万元以上。",
          "村集体经济收入总额352万元，16个村中有16个村超过12万元。",
          # -- a count alone is every village where the reports give the whole (全镇16个村, last year) --
          "村集体经济收入总额352万元，16个村集体经济收入超过13万元。",
          "村集体经济收入总额352万元，十六个村中有十六个村超过12万元。"]
_SOME = ["村集体经济收入总额352万元，16个村中有13个村超过12万元。",
         "村集体经济收入总额352万元，13个村集体经济收入超过12万元。",
         "村集体经济收入总额352万元，十六个村中有十三个村超过12万元。"]


@SCRIPTS
@pytest.mark.parametrize("villages, every", [(text, True) for text in _EVERY] + [(text, False) for text in _SOME])
def test_a_target_for_each_unit_is_met_by_every_unit_and_a_smaller_count_is_a_part_done(convert, villages,
                                                                                        every) -> None:
    promise = _township(convert, villages)[_PLAN]
    assert promise.status == ("delivered" if every else "not_reported")
    assert promise.shown_status == ("delivered" if every else "partly")
    # -- the sentence saying so, the total beside it or not: evidence, or what falls short --
    assert [_T2S(e.sentence) for e in promise.evidence or promise.short_of] == [villages]


@SCRIPTS
@pytest.mark.parametrize("villages", ["村集体经济收入总额达到352万元。",
                                      "16个村集体经济收入均实现增长，总收入352万元。",
                                      "村均集体经济收入达到22万元。"])
def test_a_total_or_an_average_is_no_evidence_of_a_target_for_each_unit(convert, villages) -> None:
    promise = _township(convert, villages)[_PLAN]
    assert promise.status == "not_reported" and not promise.evidence and not promise.short_of


@SCRIPTS
def test_a_brand_to_create_needs_its_own_evidence(convert) -> None:
    promises = _township(convert, "全镇16个村集体经济收入全部超过12万元。")
    assert promises["新发展蔬菜基地500亩，"].status == "delivered"
    assert promises["建成冷链仓储中心1个，"].status == "delivered"
    brand = promises["创建“青岭菜”区域公用品牌。"]
    assert brand.status == "not_reported" and not brand.evidence
    # -- reported: one promise for the sentence again, the brand's sentence among its evidence --
    promises = _township(convert, "全镇16个村集体经济收入全部超过12万元。",
                         brand="“青岭菜”区域公用品牌创建成功，获评省级农产品区域公用品牌。")
    whole = promises["新发展蔬菜基地500亩，建成冷链仓储中心1个，创建“青岭菜”区域公用品牌。"]
    assert whole.status == "delivered"
    assert any("青岭菜" in _T2S(e.sentence) for e in whole.evidence)


BUREAU_OLD = """某县市场监督管理局2024年工作总结和2025年工作计划
一、2024年工作开展情况
（一）优化营商环境
1.深化商事制度改革。全年新登记经营主体4860户，推进“个转企”98户。
（二）推进质量强县
1.加强知识产权工作。新增有效发明专利76件。
二、存在的问题
一是基层监管力量不足。
三、2025年工作计划
（一）优化营商环境。全年新登记经营主体5000户以上，推进“个转企”120户。推行企业开办全程网办。
（二）推进质量强县。加强知识产权保护和运用，创建“清河米”区域公用品牌。
"""
BUREAU_NEW = """某县市场监督管理局2025年工作总结和2026年工作计划
一、2025年工作开展情况
（一）优化营商环境
1.深化商事制度改革。全年新登记经营主体5210户，同比增长7.2%。推进“个转企”{turned}户，企业开办实现全程网办。
（二）推进质量强县
1.加强知识产权保护和运用。新增有效发明专利88件，办理知识产权保护案件12件。{brand}
二、存在的问题
一是基层监管力量依然薄弱。
三、2026年工作计划
（一）激发经营主体活力。全年新登记经营主体5300户以上。
"""


def _bureau(convert, turned: int, brand: str = ""):
    comparison = compare(parse_text(convert(BUREAU_OLD), "2024.txt"),
                         parse_text(convert(BUREAU_NEW.format(turned=turned, brand=brand)), "2025.txt"),
                         expressions=False)
    assert comparison.old.kind == "other"
    return {_T2S(p.plan.text): p for p in comparison.promises}


@SCRIPTS
@pytest.mark.parametrize("turned, split", [(105, True), (126, False)])
def test_a_figure_for_a_name_in_quotes_is_a_task_of_its_own(convert, turned, split) -> None:
    promises = _bureau(convert, turned)
    if split:
        # -- 5210户 meets 5000户以上, 105户 falls short of 120户: a row each --
        assert promises["全年新登记经营主体5000户以上，"].status == "delivered"
        turned_row = promises["推进“个转企”120户。"]
        assert turned_row.status == "not_reported"
        assert [_T2S(e.sentence) for e in turned_row.short_of] == ["推进“个转企”105户，企业开办实现全程网办。"]
    else:
        assert promises["全年新登记经营主体5000户以上，推进“个转企”120户。"].status == "delivered"


@SCRIPTS
def test_a_bureaus_named_thing_to_create_needs_its_own_evidence(convert) -> None:
    """A bureau's sentence is one measure, but a deed making a thing named in quotes beside it
    is a task of its own: the review's 知识产权 sentence does not create the brand."""
    promises = _bureau(convert, 126)
    assert promises["加强知识产权保护和运用，"].status == "delivered"
    brand = promises["创建“清河米”区域公用品牌。"]
    assert brand.status == "not_reported" and not brand.evidence
    promises = _bureau(convert, 126, brand="“清河米”区域公用品牌创建成功。")
    assert promises["加强知识产权保护和运用，创建“清河米”区域公用品牌。"].status == "delivered"


CITY_OLD = government_report("青川市", 2025, "（一）民生保障持续加强。全市9个县（市、区）中有5个建成综合养老服务中心，"
                             "新增城镇就业3.2万人。", "（一）织密民生保障网。新增城镇就业3万人以上。{plan}")
CITY_NEW = government_report("青川市", 2026, "（一）民生保障水平稳步提高。新增城镇就业3.3万人。{counties}",
                             "（一）织密民生保障网。新增城镇就业3万人以上。")


@pytest.mark.parametrize("plan, unit, indicator, value", [
    ("推动各县（市、区）建成1个综合养老服务中心", "县", "综合养老服务中心", 1),
    ("每个县培育2个以上特色产业集群", "县", "特色产业集群", 2),
    ("各区县森林覆盖率达到30%以上", "县", "森林覆盖率", 30),
    ("各市州城市生活垃圾回收利用率达到35%以上", "市", "城市生活垃圾回收利用率", 35),
    ("各地要新增高标准农田1万亩以上", "地", "新增高标准农田", 10000),
    ("各部门均要办理群众诉求100件以上", "部门", "办理群众诉求", 100),
    ("各乡镇建成1个综合文化站", "乡镇", "综合文化站", 1)])
def test_a_target_for_each_county_city_bureau_or_place(plan, unit, indicator, value) -> None:
    for text in (plan, OpenCC("s2t").convert(plan)):
        target = unit_target(key(text))
        assert target is not None, text
        assert (target.unit, _T2S(target.indicator), target.value) == (unit, indicator, value), text


@pytest.mark.parametrize("plan", [
    # -- all of them together, or the ones a measure reaches: no target for each --
    "各部门办理建议100件", "全国各地新增就业1100万人以上", "支持各地建设保障性住房100万套以上",
    # -- a leave given (各地可降至16%), and words that start like a unit (各市场主体) --
    "下调养老保险单位缴费比例，各地可降至16%", "各市场主体减负1000亿元以上"])
def test_no_target_for_each_where_the_units_are_taken_together(plan) -> None:
    assert unit_target(key(plan)) is None, plan


_COUNTY_PLAN = "推动各县（市、区）建成1个综合养老服务中心。"
_ALL_COUNTIES = ["全市9个县（市、区）均建成综合养老服务中心。",
                 "9个县（市、区）中有9个建成综合养老服务中心。",
                 "9个县（市、区）全部建成综合养老服务中心，入住老人1200人。"]
_SOME_COUNTIES = ["9个县（市、区）中有7个建成综合养老服务中心。",
                  "7个县（市、区）建成综合养老服务中心。"]


@SCRIPTS
@pytest.mark.parametrize("counties, every", [(text, True) for text in _ALL_COUNTIES]
                         + [(text, False) for text in _SOME_COUNTIES])
def test_a_target_for_each_county_is_met_by_all_of_them_and_a_smaller_count_is_a_part_done(
        convert, counties, every) -> None:
    comparison = compare(parse_text(convert(CITY_OLD.format(plan=_COUNTY_PLAN)), "2025.txt"),
                         parse_text(convert(CITY_NEW.format(counties=counties)), "2026.txt"), expressions=False)
    promise = {_T2S(p.plan.text): p for p in comparison.promises}[_COUNTY_PLAN]
    assert promise.shown_status == ("delivered" if every else "partly")
    assert [_T2S(e.sentence) for e in promise.evidence or promise.short_of] == [counties]


@SCRIPTS
def test_a_citys_total_is_no_evidence_of_a_target_for_each_county(convert) -> None:
    comparison = compare(parse_text(convert(CITY_OLD.format(plan=_COUNTY_PLAN)), "2025.txt"),
                         parse_text(convert(CITY_NEW.format(counties="全市新建综合养老服务中心6个。")), "2026.txt"),
                         expressions=False)
    promise = {_T2S(p.plan.text): p for p in comparison.promises}[_COUNTY_PLAN]
    assert promise.status == "not_reported" and not promise.evidence and not promise.short_of
