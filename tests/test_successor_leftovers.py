"""Leftovers of a pair of succeeding parts (or sections) that are each other's clear best there pair
before the report-wide pass may hand one to a paragraph elsewhere a little nearer
(``placed_leftovers.pair_in_successors``): this year's 政策取向 paragraph succeeds last year's two
政策取向 paragraphs (the nearer one, the other merged into it) rather than the task paragraph of
part 三 that shares its lending sentence. A paragraph elsewhere clearly nearer keeps it. Parts
that several pairs link succeed each other whatever their headings (``linked_containers``). A
county's 政府工作报告 of two years written for the test, both scripts."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.align import Alignment
from reportdiff.parse import parse_text
from reportdiff.placed_leftovers import linked_containers, pair_in_successors
from reportdiff.scoring import Scorer

_T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_HEAD = "{y}年青岭县人民政府工作报告\n各位代表：\n一、{p}年工作回顾\n（一）经济运行稳中向好。全县地区生产总值增长5.8%，固定资产投资增长6.2%。\n（二）着力保障和改善民生。城镇新增就业6500人，新增养老床位320张。\n"
_OLD = _HEAD.format(y=2025, p=2024) + "\n".join([
    "二、2025年经济社会发展总体要求和政策取向",
    "今年全县发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业6000人以上。",
    "完成今年目标任务，宏观政策要稳健有效，微观政策要激发市场主体活力。社会政策要兜住兜牢民生底线，各方面要细化实化具体举措。",
    "要保持政策连续性，增强有效性。积极的财政政策要提升效能，更加注重精准、可持续。稳健的货币政策要灵活适度。",
    "三、2025年政府工作任务",
    "（一）着力稳定经济大盘。",
    "加大金融支持实体经济力度。保持县域贷款增速同地区生产总值增速基本匹配，普惠小微贷款增长15%以上，推动企业综合融资成本稳中有降，设立县级应急转贷资金2亿元。",
    "扩大有效投资。实施县级重点项目120个，完成投资260亿元以上，争取地方政府专项债券18亿元。",
    "（二）着力保障和改善民生。城镇新增就业6000人以上，新增养老床位300张。",
]) + "\n"
_NEW = _HEAD.format(y=2026, p=2025) + "\n".join([
    "二、对今年政府工作的建议",
    "今年全县发展主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业6200人以上。",
    "要坚持稳中求进，加强各类政策协调配合。积极的财政政策要加力提效，一般性支出再压减3%。稳健的货币政策要精准有力，"
    "保持县域贷款增速同地区生产总值增速基本匹配，支持实体经济发展。产业政策要发展和安全并举。社会政策要兜牢民生底线。",
    "（一）着力扩大国内需求。实施县级重点项目130个，完成投资280亿元以上，争取地方政府专项债券20亿元。",
    "（二）着力保障和改善民生。城镇新增就业6200人以上，新增养老床位320张。",
]) + "\n"


def _leftovers(old_text: str, new_text: str):
    old, new = parse_text(old_text), parse_text(new_text)
    scorer = Scorer([m.key for m in old.measures + new.measures])
    by_id = {m.id: m for m in old.measures}, {m.id: m for m in new.measures}
    stance_old = (by_id[0]["二/¶2"], by_id[0]["二/¶3"])
    task, stance_new = by_id[0]["三/(一)/¶1"], by_id[1]["二/¶2"]
    alignment = Alignment((), (*stance_old, task), (stance_new,))
    part_pair = (tuple(m for m in old.measures if m.part_id == "二" and m.section_id is None),
                 tuple(m for m in new.measures if m.part_id == "二" and m.section_id is None))
    return alignment, [part_pair], scorer, stance_old, task, stance_new


@SCRIPTS
def test_a_stance_paragraph_succeeds_the_stance_paragraphs_of_the_part_before_it(script) -> None:
    alignment, containers, scorer, (first, second), task, stance = _leftovers(script(_OLD), script(_NEW))
    # -- the task paragraph of part 三 is nearer than either stance paragraph alone, not than both read together --
    assert scorer.similarity(task.key, stance.key) > max(scorer.similarity(m.key, stance.key) for m in (first, second))
    paired = pair_in_successors(alignment, containers, scorer)
    found = {(p.old.id, p.new.id): (p.method, p.relation) for p in paired.pairs}
    assert found == {(second.id, stance.id): ("successor", None), (first.id, stance.id): ("merge", "merged")}
    assert paired.unmatched_old == (task,) and paired.unmatched_new == ()


@SCRIPTS
def test_a_paragraph_elsewhere_clearly_nearer_keeps_it(script) -> None:
    # -- the task paragraph now says the new stance's lending, fiscal and industrial sentences too --
    nearer = _OLD.replace("加大金融支持实体经济力度。", "要坚持稳中求进。积极的财政政策要加力提效。稳健的货币政策要精准有力。"
                                                  "产业政策要发展和安全并举。")
    alignment, containers, scorer, *_ = _leftovers(script(nearer), script(_NEW))
    assert pair_in_successors(alignment, containers, scorer) == alignment


def test_parts_linked_by_their_pairs_are_containers_whatever_their_headings() -> None:
    from reportdiff.align import Pair

    old, new = parse_text(_OLD), parse_text(_NEW)
    target_old = next(m for m in old.measures if m.id == "二/¶1")
    target_new = next(m for m in new.measures if m.id == "二/¶1")
    task_old = next(m for m in old.measures if m.id == "三/(一)/¶2")
    task_new = next(m for m in new.measures if m.id == "二/(一)")
    # -- one pair is no link; two are --
    assert linked_containers([Pair(target_old, target_new, 0.9, "fuzzy")], [], old.measures, new.measures) == []
    stance_old = next(m for m in old.measures if m.id == "二/¶3")
    stance_new = next(m for m in new.measures if m.id == "二/¶2")
    linked = linked_containers([Pair(target_old, target_new, 0.9, "fuzzy"), Pair(stance_old, stance_new, 0.3, "fuzzy"),
                                Pair(task_old, task_new, 0.8, "fuzzy")], [], old.measures, new.measures)
    assert [(olds[0].id, news[0].id) for olds, news in linked] == [("二/¶1", "二/¶1")]


REAL = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (State Council reports) is absent")
def test_real_2022_2023_the_stance_paragraph_succeeds_last_years_stance_paragraphs() -> None:
    from reportdiff.pipeline import compare

    comparison = compare(REAL / "guowuyuan-zfgzbg-2022-s.txt", REAL / "guowuyuan-zfgzbg-2023-s.txt",
                         figures=False, promises=False, expressions=False)
    stance = [m for m in comparison.matches if m.new is not None and m.new.text.startswith("要坚持稳字当头、稳中求进，面对")]
    assert {m.old.text[:10] for m in stance} == {"要保持宏观政策连续性", "完成今年发展目标任务"}
