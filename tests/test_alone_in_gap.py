"""An item of the year's review recast (三是大力促进科技创新… → 三是强化创新引领，稳定产业链供应链),
alone between the same two aligned neighbours in both years, succeeds the old one though it
keeps few of its words (similarity under the positional bar): nothing else stands there. Two
leftovers on one side, or one that shares almost nothing, stay new and dropped. A new plan on the
same industries stood elsewhere in last year's report, so the leftovers are no clear pair by their
words alone (``align._mutual``). Both scripts."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_OLD = [
    "一是稳住经济基本盘。全市地区生产总值增长5.8%，一般公共预算收入增长6.1%，规模以上工业增加值增长7.2%。",
    "二是全力稳就业保民生。城镇新增就业4.6万人，发放创业担保贷款3.2亿元，新建改扩建中小学、幼儿园18所。",
    "三是大力促进科技创新，产业转型升级步伐加快。新增国家高新技术企业126家，全社会研发投入强度达到2.3%，"
    "建成市级工程技术研究中心15个，数字经济核心产业增加值增长11%。",
    "四是坚定不移推进改革开放。深化“放管服”改革，政务服务事项全部实现网上可办，实际使用外资3.1亿美元。",
]
_NEW = [
    "一是稳住经济基本盘。全市地区生产总值增长5.6%，一般公共预算收入增长5.9%，规模以上工业增加值增长7.0%。",
    "二是全力稳就业保民生。城镇新增就业4.8万人，发放创业担保贷款3.5亿元，新建改扩建中小学、幼儿园20所。",
    "三是强化创新引领，稳定产业链供应链。实施重点产业强链补链行动，培育专精特新企业42家，研发投入强度提高到2.4%，"
    "推动规上工业企业数字化改造全覆盖。",
    "四是坚定不移推进改革开放。深化“放管服”改革，政务服务事项全部实现网上可办，实际使用外资3.4亿美元。",
]


def _report(year: int, items: list[str]) -> str:
    return (f"{year}年临川市人民政府工作报告\n一、{year - 1}年工作回顾\n过去一年，我们主要做了以下工作：\n"
            + "\n".join(items) + f"\n二、{year}年工作安排\n（一）着力扩大有效需求。实施市级重点项目250个，完成投资1150亿元以上。\n"
            "（二）着力保障和改善民生。城镇新增就业4.5万人以上。\n" + (_PLAN if year == 2025 else ""))


# -- last year's plan on the same industries (not set again): a second candidate for the new item
#    by its words, so that neither leftover is the other's clear best --
_PLAN = "（三）着力稳定产业链供应链。实施重点产业强链补链行动，培育专精特新企业30家，推动规上工业企业数字化改造。\n"


def _pairs(old_items: list[str], new_items: list[str]) -> dict[str, str]:
    """The measures ``align_measures`` pairs (old id → new id), before the report-wide passes."""
    from reportdiff.align import align_measures
    from reportdiff.parse import parse_text
    from reportdiff.scoring import Scorer

    old, new = parse_text(_report(2025, old_items)), parse_text(_report(2026, new_items))
    scorer = Scorer([m.key for m in old.measures + new.measures])
    return {p.old.id: p.new.id for p in align_measures(old.measures, new.measures, scorer).pairs}


@SCRIPTS
def test_the_one_leftover_on_each_side_of_a_gap_is_paired(script) -> None:
    assert _pairs([script(item) for item in _OLD], [script(item) for item in _NEW])["一/三是"] == "一/三是"
    # -- in the whole comparison too, below the positional bar --
    comparison = compare(script(_report(2025, _OLD)), script(_report(2026, _NEW)), figures=False, promises=False,
                         expressions=False)
    match = next(m for m in comparison.matches if m.new is not None and m.new.id == "一/三是")
    assert match.old is not None and match.old.id == "一/三是" and 0.15 <= match.similarity < 0.22


@SCRIPTS
def test_two_leftovers_in_the_gap_or_no_shared_words_stay_apart(script) -> None:
    # -- another new item beside it: which of two succeeds the old one, position cannot tell --
    two = _NEW[:3] + ["五是持续优化营商环境。开展营商环境对标提升行动，新增市场主体2.1万户。"] + _NEW[3:]
    assert "一/三是" not in _pairs([script(item) for item in _OLD], [script(item) for item in two])
    # -- alone, but sharing next to nothing with the old item --
    other = _NEW[:2] + ["三是强化创新引领，稳定产业链供应链。实施重点产业强链补链行动，培育专精特新企业42家，"
                        "新增省级企业技术中心9个，推动规上工业企业数字化改造全覆盖。"] + _NEW[3:]
    assert "一/三是" not in _pairs([script(item) for item in _OLD], [script(item) for item in other])


def test_the_real_reviews_recast_innovation_item_succeeds_the_old_one() -> None:
    """2021→2022: 五是大力促进科技创新 (2020's review) is succeeded by 四是强化创新引领 (2021's),
    alone between 四是→三是 (reform) and 六是→五是 (regions); a plan on industry elsewhere in
    either report keeps them from being each other's clear best by words."""
    from pathlib import Path

    real = Path(__file__).resolve().parents[2] / "shared" / "real"
    old, new = real / "guowuyuan-zfgzbg-2021-s.txt", real / "guowuyuan-zfgzbg-2022-s.txt"
    if not old.exists() or not new.exists():
        pytest.skip(f"real reports not found under {real}")
    comparison = compare(old, new, figures=False, promises=False, expressions=False)
    match = next(m for m in comparison.matches if m.old is not None and m.old.id == "一/五是")
    assert match.new is not None and match.new.id == "一/四是"


def _street(year: int, item: str, points: list[str]) -> str:
    return (f"青溪街道办事处{year}年法治政府建设年度报告\n一、工作开展情况\n"
            "1.压实法治建设第一责任人职责。街道党工委专题研究法治建设工作4次，带头讲授法治专题党课1次。\n"
            f"2.{item}\n" + "\n".join(points) + "\n"
            "3.深入开展普法宣传。全年开展普法活动126场次，覆盖居民2.3万人次。\n"
            "二、存在的问题\n一是执法队伍专业化水平有待提升。\n三、下一步工作计划\n1.提升执法规范化水平。组织执法人员培训不少于4期。\n")


_ITEM_OLD = "深化综合行政执法改革。街道综合行政执法队完成人员编制调整，执法力量下沉社区网格。"
_ITEM_NEW = "提升综合行政执法质效。全年组织执法人员培训5期，持证执法人员比例达到92%。"
_POINTS_OLD = ["（1）规范执法程序。全面落实行政执法“三项制度”，全年办理综合行政执法案件214件。",
               "（2）推行包容审慎监管。对轻微违法行为依法不予处罚23件，制发执法提示函58份。"]
_POINTS_NEW = ["（1）规范执法行为。全年办理综合行政执法案件236件，无一起被复议纠错。",
               "（2）优化涉企执法。推行“扫码入企”检查，对轻微违法行为依法不予处罚31件。"]


@SCRIPTS
def test_an_item_whose_own_points_pair_succeeds_the_old_one(script) -> None:
    """A 街道's 2.深化综合行政执法改革 recast as 2.提升综合行政执法质效, its heading and body rewritten
    (far under the bar), while its （1）（2） points pair with last year's: one item."""
    def pairs(old_points: list[str], new_points: list[str]) -> dict[str, str]:
        comparison = compare(script(_street(2024, _ITEM_OLD, old_points)), script(_street(2025, _ITEM_NEW, new_points)),
                             figures=False, promises=False, expressions=False)
        return {m.old.id: m.new.id for m in comparison.matches if m.old is not None and m.new is not None}

    found = pairs(_POINTS_OLD, _POINTS_NEW)
    assert found["一/2/(1)"] == "一/2/(1)" and found["一/2/(2)"] == "一/2/(2)"
    assert found["一/2"] == "一/2"
    # -- without points to pair, the two items share too little: new and dropped --
    assert "一/2" not in pairs([], [])
