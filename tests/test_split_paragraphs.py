"""A section of one paragraph split in two next year (文化事业: 城市书房, 送戏下乡 and 博物馆 →
公共文化服务 with the first two, 文旅融合 with 博物馆) is succeeded by the half that carries most of
its sentences, though its longest sentence, and so the best whole-paragraph score, went to the
other half; the other half is a section of its own. The mirror: two paragraphs merged into one."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert

_CULTURE = ("（二）着力繁荣文化事业，城市软实力不断增强。新建城市书房15个。开展送戏下乡演出320场。"
            "全市博物馆、纪念馆和美术馆免费开放，全年接待观众达到286万人次，其中研学旅行团队观众比例达到35%。\n")
_SPLIT = ("（二）着力提升公共文化服务，文化惠民扎实推进。新建城市书房18个。开展送戏下乡演出350场。新建乡镇综合文化站6个。\n"
          "（三）着力发展文旅融合产业，旅游市场持续升温。全市博物馆、纪念馆和美术馆免费开放，"
          "全年接待观众达到301万人次，其中研学旅行团队观众比例达到37%。新增国家A级旅游景区4家。\n")


def _report(year: int, culture: str, last: str) -> str:
    return (f"{year}年临川市人民政府工作报告\n一、{year - 1}年工作回顾\n"
            f"（一）着力扩大有效投资，经济运行回升向好。全年实施市级重点项目260个，完成投资1120亿元。新开工亿元以上项目118个。\n"
            f"{culture}"
            f"{last}着力保障改善民生，群众获得感稳步提升。城镇新增就业4.6万人。新建改扩建中小学、幼儿园18所。\n"
            f"二、{year}年工作安排\n（一）着力扩大有效需求。实施市级重点项目250个，完成投资1150亿元以上。\n"
            f"（二）着力保障和改善民生。城镇新增就业4.5万人以上。\n")


def _review_sections(comparison) -> set[tuple[str | None, str | None]]:
    return {(s.old.id if s.old else None, s.new.id if s.new else None) for s in comparison.sections
            if (s.old or s.new).id.startswith("一/")}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_split_paragraph_is_succeeded_by_the_half_carrying_most_of_it(script) -> None:
    comparison = compare(script(_report(2025, _CULTURE, "（三）")), script(_report(2026, _SPLIT, "（四）")),
                         figures=False, promises=False, expressions=False)
    assert {("一/(二)", "一/(二)"), (None, "一/(三)"), ("一/(三)", "一/(四)")} <= _review_sections(comparison)
    culture = next(m for m in comparison.matches if m.old and m.old.id == "一/(二)")
    assert culture.new.id == "一/(二)"


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_two_paragraphs_merged_are_preceded_by_the_one_carrying_most_of_it(script) -> None:
    comparison = compare(script(_report(2027, _SPLIT, "（四）")), script(_report(2028, _CULTURE, "（三）")),
                         figures=False, promises=False, expressions=False)
    assert {("一/(二)", "一/(二)"), ("一/(三)", None), ("一/(四)", "一/(三)")} <= _review_sections(comparison)


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_paragraph_kept_whole_stays_with_its_successor(script) -> None:
    # -- next to it a new paragraph sharing a sentence's words: one sentence carries no section --
    added = "（三）着力发展文旅融合产业，旅游市场持续升温。新建城市书房主题街区2个。新增国家A级旅游景区4家。\n"
    kept = _CULTURE.replace("15个", "18个").replace("320场", "350场")
    comparison = compare(script(_report(2025, _CULTURE, "（三）")), script(_report(2026, kept + added, "（四）")),
                         figures=False, promises=False, expressions=False)
    assert {("一/(二)", "一/(二)"), (None, "一/(三)")} <= _review_sections(comparison)
