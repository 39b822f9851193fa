"""An end-of-term report reviews last year and the whole term (过去五年…, 五年来…, 本届政府…): last
year's one-year review pairs with the new one-year review, and the five-year review is new
material, however alike its words (——产业升级加快 in both)."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.models import Status
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.term_review import TermReview, term_review

_T = opencc.OpenCC("s2t").convert

OLD = """2027年江川市人民政府工作报告
一、2026年工作回顾
过去一年，面对复杂严峻的形势，全市经济保持恢复发展，地区生产总值增长5.2%。
——产业升级加快。新增规模以上工业企业86家，高新技术企业达到1200家，数字经济核心产业增加值增长12%。
——城乡面貌改善。新建改建农村公路260公里，完成老旧小区改造45个，新增城市绿地80公顷。
二、2027年重点工作
（一）推进产业升级。新增规模以上工业企业80家。
（二）改善城乡面貌。完成老旧小区改造40个。
"""

NEW = """2028年江川市人民政府工作报告
一、过去一年和五年工作回顾
过去一年，全市经济稳中向好，地区生产总值增长5.0%。
——产业转型稳步推进。引进新能源电池项目12个，新增规模以上工业企业74家。
——城乡建设持续改善。新开工保障性住房3200套，完成老旧小区改造52个。
过去五年极不平凡。全市地区生产总值年均增长5.6%。
——产业升级加快。五年来，先进制造业集群从无到有，规模以上工业企业达到1460家，高新技术企业达到1350家。
——城乡面貌改善。五年来，建成城市快速路网，农村公路通达所有自然村，完成老旧小区改造220个。
二、2028年重点工作
（一）推进产业升级。新增规模以上工业企业75家。
（二）改善城乡面貌。完成老旧小区改造50个。
"""


def _review_pairs(comparison) -> dict[str, str | None]:
    """Old review paragraph (by its opening) → the new paragraph it pairs with (by its opening)."""
    return {m.old.text[:7]: (m.new.text[:7] if m.new else None) for m in comparison.matches
            if m.old is not None and m.old.part_id == "一"}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_last_years_review_pairs_with_the_one_year_review_not_the_term(script) -> None:
    comparison = compare(script(OLD), script(NEW))
    pairs = _review_pairs(comparison)
    assert pairs[script("——产业升级加")] == script("——产业转型稳")
    assert pairs[script("——城乡面貌改")] == script("——城乡建设持")
    # -- the five-year review is new, each of its paragraphs --
    term = [m for m in comparison.matches if m.new is not None and m.new.part_id == "一"
            and m.new.line >= 6]
    assert term and all(m.status is Status.NEW for m in term), [(m.status, m.new.text[:8]) for m in term]


OLD_SECTIONS = """2027年江川市人民政府工作报告
一、2026年工作回顾
过去一年，全市地区生产总值增长5.2%。主要做了以下工作：
（一）推进产业升级。新增规模以上工业企业86家，高新技术企业达到1200家。
（二）改善城乡面貌。新建改建农村公路260公里，完成老旧小区改造45个。
二、2027年重点工作
（一）推进产业升级。新增规模以上工业企业80家。
"""

NEW_SECTIONS = """2028年江川市人民政府工作报告
一、过去五年工作回顾
本届政府任期即将结束。五年来，全市地区生产总值年均增长5.6%。
刚刚过去的2027年，全市地区生产总值增长5.0%，新增规模以上工业企业74家，完成老旧小区改造52个。
过去一年，我们新开工保障性住房3200套，引进新能源电池项目12个。
五年来，我们主要做了以下工作：
（一）推进产业升级。五年累计新增规模以上工业企业380家，高新技术企业达到1350家。
（二）改善城乡面貌。五年新建改建农村公路1200公里，完成老旧小区改造220个。
二、2028年重点工作
（一）推进产业升级。新增规模以上工业企业75家。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_terms_sections_succeed_no_section_of_last_years_review(script) -> None:
    comparison = compare(script(OLD_SECTIONS), script(NEW_SECTIONS))
    review = [(s.old.id if s.old else None, s.new.id if s.new else None) for s in comparison.sections
              if (s.old or s.new).id.startswith("一/")]
    assert sorted(review, key=str) == sorted([("一/(一)", None), ("一/(二)", None), (None, "一/(一)"),
                                              (None, "一/(二)")], key=str)
    # -- the plans still pair --
    assert ("二/(一)", "二/(一)") in {(s.old.id, s.new.id) for s in comparison.sections if s.old and s.new}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_few_years_campaign_in_a_one_year_review_is_no_term(script) -> None:
    """三年来… of a three-year campaign in a one-year report is no review of the term."""
    old = OLD.replace("——城乡面貌改善。", "三年来，城乡面貌改善。")
    new = OLD.replace("2027年江川市", "2028年江川市").replace("2026年工作回顾", "2027年工作回顾") \
        .replace("——城乡面貌改善。", "三年来，城乡面貌持续改善。").replace("260公里", "240公里")
    pairs = _review_pairs(compare(script(old), script(new)))
    assert pairs[script("三年来，城乡面")] == script("三年来，城乡面")


# -- a one-year report that looks back over five years in one paragraph is no end of a term --

YEAR_OLD = """临江区司法局2026年法治政府建设年度报告
一、2026年法治政府建设工作情况
（一）推进依法行政
1.严格规范性文件审核。全年审核区政府规范性文件30件，提出修改意见90余条。
2.开展重大行政决策合法性审查。对5项重大行政决策事项开展合法性审查。
（二）化解行政争议
1.发挥行政复议主渠道作用。全年受理行政复议案件620件，审结580件，纠错率10.2%。
2.做实人民调解。全区共有人民调解组织310个，全年调解矛盾纠纷8600件。
（三）优化法律服务
1.扩大法律援助覆盖面。全年办理法律援助案件2100余件，挽回经济损失约3000万元。
2.深入开展普法。组织宪法宣传周等主题活动300余场，培育农村法律明白人900余名。
二、下一步工作打算
1.提升审查质效。推动审查力量下沉。
"""

YEAR_NEW = """临江区司法局2027年法治政府建设年度报告
一、2027年法治政府建设工作情况
（一）推进依法行政
1.严格规范性文件审核。全年审核区政府规范性文件34件，提出修改意见110余条，备案率100%。
2.开展重大行政决策合法性审查。对7项重大行政决策事项逐项开展合法性审查。
（二）化解行政争议
五年来，我局把行政复议作为化解行政争议的主渠道，行政争议实质性化解水平逐年提高。
1.发挥行政复议主渠道作用。全年受理行政复议案件700件，审结655件，纠错率9.8%。
2.做实人民调解。全区共有人民调解组织325个，全年调解矛盾纠纷9100件。
（三）优化法律服务
1.扩大法律援助覆盖面。全年办理法律援助案件2300余件，挽回经济损失约3400万元。
2.深入开展普法。组织民法典宣传月等主题活动320余场，培育农村法律明白人1000余名。
二、下一步工作打算
1.提升审查质效。推动审查力量下沉。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_five_year_paragraph_in_a_one_year_review_keeps_nothing_apart(script) -> None:
    new = parse_text(script(YEAR_NEW))
    assert term_review(new) == TermReview()
    comparison = compare(script(YEAR_OLD), script(YEAR_NEW))
    review = {(s.old.id if s.old else None, s.new.id if s.new else None) for s in comparison.sections
              if (s.old or s.new).id.startswith("一/")}
    assert review == {("一/(一)", "一/(一)"), ("一/(二)", "一/(二)"), ("一/(三)", "一/(三)")}
    # -- the paragraphs after the look back pair with last year's as before --
    statuses = [m.status for m in comparison.matches if m.new is not None and m.new.part_id == "一"]
    assert statuses.count(Status.MODIFIED) == 6 and statuses.count(Status.NEW) == 1, statuses


# -- an end-of-term review with last year's paragraphs after the term's sections --

MIXED = """2028年江川市人民政府工作报告
一、过去五年和2027年工作回顾
过去五年，是江川发展极不平凡的五年，地区生产总值年均增长5.6%。
（一）产业实力跃上新台阶。五年来规模以上工业企业达到1460家，高新技术企业达到1350家。
（二）城乡面貌明显改善。五年新建改建农村公路1200公里，完成老旧小区改造220个。
2027年，全市经济稳中向好，地区生产总值增长5.0%。
稳住工业大盘。落实稳工业政策措施20条，新增规模以上工业企业74家，工业投资增长8%。
改善城乡面貌。新建改建农村公路240公里，完成老旧小区改造52个。
二、2028年重点工作
（一）推进产业升级。新增规模以上工业企业75家。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_one_year_paragraph_after_the_terms_sections_is_the_years(script) -> None:
    report = parse_text(script(MIXED))
    found = term_review(report)
    by_opening = {m.text[:4]: m.id for m in report.measures}
    assert by_opening[script("城乡面貌")] in found.measures
    for opening in ("2027", "稳住工业", "改善城乡"):
        assert by_opening[script(opening)] not in found.measures, opening


# -- a review of the term alone (one summary paragraph of last year) pairs by content as ever --

TERM_ONLY = """2028年江川市人民政府工作报告
一、过去五年工作回顾
五年来，全市地区生产总值年均增长5.6%，规模以上工业企业达到1460家。
刚刚过去的2027年，全市地区生产总值增长5.0%，主要目标任务全面完成。
五年来，我们主要做了以下工作：
（一）推进产业升级。先进制造业集群从无到有，新增规模以上工业企业380家，高新技术企业达到1350家。
（二）改善城乡面貌。新建改建农村公路1200公里，完成老旧小区改造220个，新增城市绿地300公顷。
二、2028年重点工作
（一）推进产业升级。新增规模以上工业企业75家。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_review_of_the_term_alone_keeps_nothing_apart(script) -> None:
    assert term_review(parse_text(script(TERM_ONLY))) == TermReview()
    comparison = compare(script(OLD_SECTIONS), script(TERM_ONLY))
    pairs = {(s.old.id, s.new.id) for s in comparison.sections if s.old and s.new}
    assert {("一/(一)", "一/(一)"), ("一/(二)", "一/(二)")} <= pairs
