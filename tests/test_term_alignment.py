"""An end-of-term report reviews last year and the whole term (过去五年…, 五年来…, 本届政府…): last
year's one-year review pairs with the new one-year review, and the five-year review is new
material, however alike its words (——产业升级加快 in both)."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.models import Status
from reportdiff.pipeline import compare

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
