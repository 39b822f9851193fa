"""Three paragraphs or more made one (or one made three), their words changed as well: each piece
is merged (split), the third found as the second is, next to a piece already found, its share of
the whole counted against the pieces found before it. A paragraph beside the run that the whole
does not carry stays dropped (new). Constructed county reports in both scripts; the real pair
where 2021 made 民族, 宗教 and 侨务 one paragraph (skips when ../shared/real is absent)."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from reportdiff.models import Status
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_FARM = "稳定粮食生产。全年粮食播种面积稳定在86万亩以上，总产量保持在3.2亿公斤。新建高标准农田4.5万亩，改造提升中低产田2万亩。"
_VILLAGE = ("扎实推进和美乡村建设。完成农村户厕改造3200户，新建和改造农村公路120公里，"
            "行政村生活垃圾集中收运处理实现全覆盖。开展村庄清洁行动，评选美丽庭院1500户。")
#: A short piece: by itself it covers less of the whole than the second of two halves must.
_INCOME = "促进农民增收，培育家庭农场60家、农民合作社40家。"
_ROADS = "加快综合交通建设。推进南环快速路和北站枢纽建设，新增公交线路8条，更新新能源公交车120辆。"


def _report(year: int, farming: list[str]) -> str:
    body = "\n".join(farming)
    return (f"{year}年青山县人民政府工作报告\n一、{year - 1}年工作回顾\n"
            "过去一年，全县地区生产总值增长5.6%，一般公共预算收入增长4.1%。\n"
            f"二、{year}年工作安排\n（一）着力扩大有效需求。实施县级重点项目120个，完成投资260亿元以上。\n"
            f"（二）全面推进乡村振兴。\n{body}\n"
            "（三）着力保障和改善民生。城镇新增就业6200人，新建改扩建中小学3所。\n")


def _reworded(text: str) -> str:
    return (text.replace("86万亩", "87万亩").replace("4.5万亩", "5万亩").replace("3200户", "3500户")
            .replace("120公里", "150公里").replace("开展村庄清洁行动，", "深入开展村庄清洁行动，")
            .replace("60家", "80家"))


def _pieces(comparison, relation: str) -> list:
    return sorted((m for m in comparison.matches if m.relation == relation),
                  key=lambda m: (m.old.line if relation == "merged" else m.new.line))


@SCRIPTS
@pytest.mark.parametrize("order", [(_FARM, _VILLAGE, _INCOME), (_INCOME, _FARM, _VILLAGE)], ids=["short-last", "short-first"])
def test_three_paragraphs_made_one_with_their_words_changed_are_three_merged_pieces(script, order) -> None:
    # -- short first: it is looked at before the piece next to it is found, and again after --
    whole = _reworded("".join(order))
    comparison = compare(script(_report(2025, list(order))), script(_report(2026, [whole])),
                         figures=False, promises=False, expressions=False)
    pieces = _pieces(comparison, "merged")
    assert [m.old.text for m in pieces] == [script(text) for text in order]
    assert {m.new.text for m in pieces} == {script(whole)}
    assert all(m.status is Status.MODIFIED for m in pieces)
    assert comparison.summary["dropped"] == 0 and comparison.summary["merged"] == 3
    # -- each piece's redline is cut where it ends: together they turn the old text into the new --
    new_side = "".join(run.text for m in pieces for run in m.redlines if run.op.value != "delete")
    assert new_side == script(whole)


@SCRIPTS
def test_one_paragraph_made_three_with_their_words_changed_is_split_in_three(script) -> None:
    whole = _FARM + _VILLAGE + _INCOME
    parts = [_reworded(_FARM), _reworded(_VILLAGE), _reworded(_INCOME)]
    comparison = compare(script(_report(2025, [whole])), script(_report(2026, parts)),
                         figures=False, promises=False, expressions=False)
    pieces = _pieces(comparison, "split")
    assert [m.new.text for m in pieces] == [script(text) for text in parts]
    assert comparison.summary["new"] == 0 and comparison.summary["split"] == 3


@SCRIPTS
def test_a_paragraph_beside_the_run_that_the_whole_does_not_carry_stays_dropped(script) -> None:
    whole = _reworded(_FARM + _VILLAGE)
    comparison = compare(script(_report(2025, [_FARM, _VILLAGE, _ROADS])), script(_report(2026, [whole])),
                         figures=False, promises=False, expressions=False)
    assert [m.old.text for m in _pieces(comparison, "merged")] == [script(_FARM), script(_VILLAGE)]
    dropped = [m.old.text for m in comparison.matches if m.status is Status.DROPPED]
    assert dropped == [script(_ROADS)]


REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_2019_2021_ethnic_religious_and_overseas_paragraphs_merged_into_one() -> None:
    comparison = compare(REAL / "guowuyuan-zfgzbg-2019-s.txt", REAL / "guowuyuan-zfgzbg-2021-s.txt",
                         figures=False, promises=False, expressions=False)
    whole = next(m.new for m in comparison.matches if m.new and m.new.text.startswith("我们要坚持和完善民族区域自治制度"))
    merged = [m.old.text[:10] for m in _pieces(comparison, "merged") if m.new.id == whole.id]
    assert merged == ["我们要坚持和完善民族", "我们要全面贯彻党的宗", "我们要认真落实侨务政"]
