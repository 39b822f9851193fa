"""A report at the turn of a five-year plan reviews last year and the whole term: last year's
plans are looked for in the one-year stretch of the review first and in the whole review
otherwise, and a total over the years is no result of a one-year plan."""

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare, load_report
from reportdiff.plans import analyse_plans

_T = OpenCC("s2t").convert

_OLD = ("2025年青溪县人民政府工作报告\n一、2024年工作回顾\n"
        "一是农业基础不断夯实。粮食播种面积42.6万亩。新建高标准农田3.5万亩。\n"
        "二是民生事业全面进步。城镇新增就业4200人。新建幼儿园3所。\n"
        "二、2025年工作安排\n（一）全面推进乡村振兴。新建高标准农田3万亩。新增规模以上工业企业15家。\n"
        "（二）持续增进民生福祉。城镇新增就业4000人。新建幼儿园2所。\n")
_RESULTS = ("一是乡村振兴扎实推进。粮食播种面积42.3万亩。新建高标准农田3.2万亩。\n"
            "二是民生保障有力有效。城镇新增就业4300人。新建幼儿园2所。\n")
_PLANS = "二、2026年重点工作\n（一）推进乡村全面振兴。新建高标准农田3万亩。\n（二）增进民生福祉。城镇新增就业4000人。\n"
_TOTALS = "五年来，我们累计新增规模以上工业企业82家，新建高标准农田16万亩，城镇累计新增就业2.1万人。\n"


def _new(heading: str, review: str) -> str:
    return f"2026年青溪县人民政府工作报告\n一、{heading}\n{review}{_PLANS}"


def _statuses(old: str, new: str) -> dict[str, str]:
    return {p.plan.text.rstrip("。"): p.status for p in compare(old, new).promises}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("heading", ["2025年工作回顾", "过去五年工作回顾", "过去五年和2025年工作回顾"])
def test_a_term_review_heading_keeps_last_years_results(script, heading: str) -> None:
    statuses = _statuses(script(_OLD), script(_new(heading, _RESULTS)))
    done = [script(plan) for plan in ("新建高标准农田3万亩", "城镇新增就业4000人", "新建幼儿园2所")]
    assert [statuses[plan] for plan in done] == ["delivered"] * 3


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_one_year_stretch_of_a_term_review_pairs_with_last_years_plan_figures(script) -> None:
    review = _TOTALS + "2025年，全县地区生产总值增长6.1%。\n" + _RESULTS
    comparison = compare(script(_OLD), script(_new("过去五年工作回顾", review)))
    pairs = {(f.old.raw, f.new.raw) for f in comparison.figures if f.kind == "plan_result"}
    assert (script("3万亩"), script("3.2万亩")) in pairs and (script("4000人"), script("4300人")) in pairs
    # -- the five years' totals pair with no plan --
    assert not {new for _, new in pairs} & {script("82家"), script("16万亩"), script("2.1万人")}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_total_over_several_years_is_no_evidence_of_a_one_year_plan(script) -> None:
    statuses = _statuses(script(_OLD), script(_new("过去五年工作回顾", _TOTALS + _RESULTS)))
    assert statuses[script("新增规模以上工业企业15家")] == "not_reported"
    assert statuses[script("新建高标准农田3万亩")] == "delivered"


def test_last_years_result_is_preferred_to_the_terms_total() -> None:
    old = ("一、2024年工作回顾\n城镇新增就业68.2万人。\n二、2025年重点工作\n"
           "（一）保障和改善民生。城镇新增就业65万人以上。新增公办学位6万个。\n")
    new = ("一、2025年和“十四五”时期工作回顾\n（一）民生。城镇新增就业66.5万人。\n"
           "“十四五”时期是极不平凡的五年。五年来，累计新增城镇就业335万人，新增公办学位38万个。\n"
           "二、2026年重点工作\n（一）保障和改善民生。城镇新增就业60万人以上。\n")
    comparison = compare(old, new)
    by_text = {p.plan.text.rstrip("。"): p for p in comparison.promises}
    assert by_text["新增公办学位6万个"].status == "not_reported"
    jobs = by_text["城镇新增就业65万人以上"]
    assert jobs.status == "delivered" and "66.5万人" in jobs.evidence[0].sentence
    assert all(f.new.raw not in ("335万人", "38万个") for f in comparison.figures if f.kind == "plan_result")


@pytest.mark.parametrize("text, totals", [
    ("五年来，累计新增城镇就业335万人，新增公办学位38万个。", ["335万人", "38万个"]),
    ("“十四五”时期，外贸进出口总额年均增长7.5%，累计实际使用外资210亿美元。", ["210亿美元"]),
    # -- a level reached at the end of the years is this year's level --
    ("五年来，研发经费投入强度由2.21%提高到2.63%。", []),
    # -- a sentence back on one year, and a one-year total (全年累计) --
    ("五年来经济实力明显增强。2025年，新增企业16家，全年累计减税降费12亿元。", []),
    ("過去五年，累計新增就業2.1萬人。", ["2.1萬人"]),
])
def test_totals_over_several_years_are_their_own_aspect(text: str, totals: list[str]) -> None:
    assert [f.raw for f in extract_figures(text) if f.aspect == "cumulative"] == totals


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_total_reached_over_the_term_is_no_result_of_last_years_plan(script) -> None:
    """累计达到385万人 is a total of five years though 达到 says a level: it pairs with no plan
    and no promise of one year cites it, under a term part of its own or in a mixed review."""
    old = ("2025年临川省政府工作报告\n一、2024年工作回顾\n城镇新增就业78.6万人。\n二、2025年重点工作\n"
           "（一）稳就业。主要预期目标是：城镇新增就业75万人以上。\n（二）保民生。实施就业优先战略，城镇新增就业75万人以上。\n")
    term = "五年来，全省地区生产总值年均增长5.6%，城镇新增就业累计达到385万人。\n"
    for review in (f"一、“十四五”时期发展成就\n{term}二、2025年工作回顾\n城镇新增就业77.1万人。\n",
                   f"一、2025年和“十四五”时期工作回顾\n城镇新增就业77.1万人。\n{term}"):
        new = (f"2026年临川省政府工作报告\n{review}三、2026年重点工作\n（一）稳就业。城镇新增就业70万人以上。\n")
        comparison = compare(script(old), script(new))
        assert all(f.new is None or f.new.raw != script("385万人") for f in comparison.figures
                   if f.old is not None and f.old.raw == script("75万人以上"))
        jobs = [p for p in comparison.promises if script("75万人以上") in p.plan.text]
        assert jobs and all(p.status == "delivered" and script("77.1万人") in p.evidence[0].sentence for p in jobs)


def test_a_total_reached_is_a_total() -> None:
    assert [f.raw for f in extract_figures("五年来，城镇新增就业累计达到385万人。") if f.aspect == "cumulative"] == ["385万人"]


# -- a province's end-of-term report of our own: the five years' sections first, then one
#    paragraph on the last year, whose work the plans go on with in the very words of both --
_END_OF_TERM = """政府工作报告
——2023年1月12日在青原省第十四届人民代表大会第一次会议上
各位代表：
本届政府任期即将结束。现在，我代表省人民政府，向大会报告工作，请予审议。
一、过去五年工作回顾
过去五年，我们坚持稳中求进工作总基调，全省经济社会发展取得新的重大成就。
（一）综合实力跃上新台阶。全省地区生产总值年均增长6.1%。建成青原国际陆港，开通中欧班列线路12条。
（二）乡村振兴全面推进。累计建成高标准农田1200万亩，创建国家现代农业产业园8个。
（三）民生福祉持续增进。新建改扩建中小学校860所，建成乡镇综合养老服务中心210个。
2022年，面对超预期因素冲击，全省地区生产总值增长4.3%。开通中欧班列线路3条，新建高标准农田260万亩，创建国家现代农业产业园2个，建成乡镇综合养老服务中心46个。
我们也清醒看到，全省发展不平衡不充分问题仍然突出，县域经济实力偏弱。
二、2023年工作安排
（一）扩大高水平对外开放。开通中欧班列线路2条。推动青原国际陆港扩能提质。
（二）推进乡村全面振兴。创建国家现代农业产业园2个。
（三）增进民生福祉。建成乡镇综合养老服务中心40个。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_plan_goes_on_from_last_years_paragraph_before_the_terms_on_a_tie(script) -> None:
    analysis = analyse_plans(load_report(script(_END_OF_TERM)))
    records = {record.plan.text.rstrip("。"): record for record in analysis.plans}
    last_year = "2022年"
    for plan in ("开通中欧班列线路2条", "创建国家现代农业产业园2个", "建成乡镇综合养老服务中心40个"):
        record = records[script(plan)]
        assert record.status == "continues"
        assert [link.measure.text.startswith(script(last_year)) for link in record.results] == [True], plan
    # -- what only the five years' review holds is still linked there --
    port = records[script("推动青原国际陆港扩能提质")]
    assert [link.measure.title for link in port.results] == [script("综合实力跃上新台阶")]
    # -- a five years' result whose work the plans go on with is carried, if not cited; the opening
    #    account (…全省经济社会发展取得新的重大成就。) reports no work, so is no result left behind --
    assert [item.measure.text for item in analysis.not_carried] == []
