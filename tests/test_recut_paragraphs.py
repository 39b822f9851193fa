"""The same words cut into paragraphs elsewhere — a hard-wrapped copy whose paragraph end fell
exactly at the line width reads two paragraphs as one — are no change: however short the glued
paragraph, it is the whole's other half (merged or split), and a split or merge whose pieces read
word for word as before is continued. An old and a new measure bearing the same id
(三/(九)/¶1 on both sides) do not confuse which is split and which merged."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.models import Status
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert

_SHORT = "绿色发展是推动高质量发展的内在要求。要健全生态保护补偿机制，协同推进降碳、减污、扩绿、增长。"
_LONG = ("持续打好污染防治攻坚战。巩固蓝天保卫战成果，今年细颗粒物浓度下降3%，重点流域水质优良比例稳定在90%以上。"
         "开展土壤污染源头防控行动，推进农村生活污水治理，新增治理行政村120个。"
         "加强固体废物和新污染物治理，推进“无废城市”建设，生活垃圾分类覆盖全部街道。")
_AFTER = "加强生态系统保护修复。实施湿地保护修复工程，完成国土绿化面积1.2万亩。"


def _report(year: int, paragraphs: list[str]) -> str:
    body = "\n".join(paragraphs)
    return (f"{year}年临川市人民政府工作报告\n一、{year - 1}年工作回顾\n"
            "过去一年，全市生态环境质量持续改善，空气优良天数比例达到88.5%。\n"
            f"二、{year}年工作安排\n（一）着力扩大有效需求。实施市级重点项目250个，完成投资1150亿元以上。\n"
            f"（二）着力推动绿色发展。\n{body}\n")


def _changes(comparison) -> list[tuple[str, str | None]]:
    return [(m.status.value, m.relation) for m in comparison.matches if m.status is not Status.CONTINUED]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_short_paragraph_glued_to_the_next_is_continued_merged(script) -> None:
    apart = _report(2025, [_SHORT, _LONG, _AFTER])
    glued = _report(2025, [_SHORT + _LONG, _AFTER])
    comparison = compare(script(apart), script(glued), figures=False, promises=False, expressions=False)
    assert _changes(comparison) == []
    halves = [m for m in comparison.matches if m.relation == "merged"]
    assert {m.old.text for m in halves} == {script(_SHORT), script(_LONG)}
    assert {m.new.text for m in halves} == {script(_SHORT + _LONG)}
    assert comparison.summary["merged"] == 2 and comparison.summary["modified"] == 0


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_paragraph_cut_in_two_with_the_same_words_is_continued_split(script) -> None:
    glued = _report(2025, [_SHORT + _LONG, _AFTER])
    apart = _report(2025, [_SHORT, _LONG, _AFTER])
    comparison = compare(script(glued), script(apart), figures=False, promises=False, expressions=False)
    assert _changes(comparison) == []
    assert comparison.summary["split"] == 2 and comparison.summary["new"] == 0 and comparison.summary["dropped"] == 0


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_merge_with_changed_words_stays_modified_and_says_merged(script) -> None:
    # -- both old paragraphs are ¶1/¶2 of （二）, the new whole ¶1 of （二）: the old ¶1 bears the
    #    new whole's id, and is a merged half all the same, not a split whole --
    changed_long = _LONG.replace("下降3%", "下降4%").replace("120个", "150个")
    comparison = compare(script(_report(2025, [_SHORT, _LONG, _AFTER])),
                         script(_report(2026, [_SHORT + changed_long, _AFTER])),
                         figures=False, promises=False, expressions=False)
    halves = [m for m in comparison.matches if m.old and m.old.text in (script(_SHORT), script(_LONG))]
    assert [m.relation for m in halves] == ["merged", "merged"]
    assert {m.new.id for m in halves} == {halves[0].old.id}
    long_half = next(m for m in halves if m.old.text == script(_LONG))
    assert long_half.status is Status.MODIFIED
    assert comparison.summary["split"] == 0


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_three_paragraphs_glued_into_one_are_each_continued(script) -> None:
    # -- each piece's redline is its own words, cut where it ends: none shows another's as inserted --
    comparison = compare(script(_report(2025, [_SHORT, _LONG, _AFTER])),
                         script(_report(2025, [_SHORT + _LONG + _AFTER])),
                         figures=False, promises=False, expressions=False)
    assert _changes(comparison) == []
    pieces = sorted((m for m in comparison.matches if m.relation == "merged"), key=lambda m: m.old.line)
    assert ["".join(run.text for run in m.redlines) for m in pieces] == [script(_SHORT), script(_LONG), script(_AFTER)]

