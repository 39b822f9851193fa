"""`plans` links a plan written in a result's very words, figures aside, however common those
words are in a short report; a line that only announces the review's list is no result."""

import pytest
from opencc import OpenCC

from reportdiff.pipeline import load_report
from reportdiff.plan_wording import SameWording, plan_object
from reportdiff.plans import analyse_plans

_T = OpenCC("s2t").convert

_REPORT = ("2026年青溪县人民政府工作报告\n一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n"
           "一是乡村振兴扎实推进。粮食播种面积42.3万亩。新建高标准农田3.2万亩。\n"
           "二是县城功能不断完善。完成县城老旧小区改造11个。\n"
           "三是民生保障有力有效。城镇新增就业4300人。县第二人民医院主体完工。\n"
           "二、2026年重点工作\n（一）推进乡村全面振兴。新建高标准农田3万亩。\n"
           "（二）提升县城品质。完成县城老旧小区改造10个。建设县城第二水厂。\n"
           "（三）增进民生福祉。城镇新增就业4000人。建成县第二人民医院。推进县域医共体建设。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_plans_in_a_results_words_continue_it(script) -> None:
    analysis = analyse_plans(load_report(script(_REPORT)))
    status = {record.plan.text.rstrip("。"): record for record in analysis.plans}
    for plan, result in [("新建高标准农田3万亩", "一是"), ("完成县城老旧小区改造10个", "二是"),
                         ("城镇新增就业4000人", "三是"), ("建成县第二人民医院", "三是")]:
        record = status[script(plan)]
        assert record.status == "continues" and [link.measure.id for link in record.results] == [f"一/{result}"], plan
    # -- new tasks stay new --
    assert status[script("建设县城第二水厂")].status == "new"
    assert status[script("推进县域医共体建设")].status == "new"
    # -- every result is carried on; the line announcing the list is none --
    assert [item.measure.id for item in analysis.not_carried] == []


def test_the_object_is_the_plan_less_its_opening_act_and_figures() -> None:
    assert plan_object("建成县第二人民医院。") == "县第二人民医院"
    assert plan_object("新建高标准农田3.2万亩。") == "高标准农田#万亩"
    # -- too short an object keeps its act, and is no link alone --
    assert plan_object("建设水厂") == "建设水厂"
    assert SameWording(["建设水厂一座"]).holding("建设水厂") == []


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_target_after_its_announcement_continues_the_result_in_its_words(script) -> None:
    """主要预期目标是：地区生产总值增长5%左右 continues 全省地区生产总值增长5.4%: the target is the
    words after the announcement, and its qualifier (左右, 以上) is part of its figure."""
    report = ("江岚省2026年政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长5.4%；单位地区生产总值能耗下降2.7%。\n"
              "（一）扩大内需。省级重点项目完成投资1.08万亿元。\n（二）县域经济。新增地区生产总值超千亿元县2个。\n"
              "（三）绿色转型。单位地区生产总值二氧化碳排放下降3%。\n二、2026年工作安排\n"
              "全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；单位地区生产总值能耗降低2%左右。\n"
              "（一）扩大内需。新建5G基站2万个。\n")
    status = {record.plan.text: record for record in analyse_plans(load_report(script(report))).plans}
    target = next(record for text, record in status.items() if script("地区生产总值增长5%左右") in text)
    assert target.status == "continues" and [link.measure.id for link in target.results] == ["一/¶1"]
    assert next(r for t, r in status.items() if script("新建5G基站") in t).status == "new"
