"""A measure that merges two of last year's is cut where a sentence of the new text ends, at the
place the old measures' texts meet in it: each half reads as a whole sentence in every format."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.classify import _at_sentence_end
from reportdiff.models import Op, Redline
from reportdiff.pipeline import compare

# -- own wording: 二是 and 三是 of 2025 written as one point (三是) in 2026 --
OLD = """柳溪镇2025年法治政府建设年度报告
一、主要举措和成效
（一）推进基层法治建设
一是落实普法责任制。开展主题宣传活动18场次，发放宣传资料1.2万余份。二是推进法治乡村建设。培育“法律明白人”180名、“学法用法示范户”40户，新增县级“民主法治示范村”3个。三是深化“一村一法律顾问”制度。9个村（社区）法律顾问全覆盖，全年提供法律咨询420余次，审核合同31份。
二、下一步工作计划
一是开展执法人员轮训。
"""
NEW = """柳溪镇2026年法治政府建设年度报告
一、主要举措和成效
（一）推进基层法治建设
一是化解矛盾纠纷。全年受理矛盾纠纷302件，调解成功291件。二是落实普法责任制。建成法治文化公园，开展“法律进校园”活动11场次，发放宣传资料1.4万余份。三是推进法治乡村建设。培育“法律明白人”205名、“学法用法示范户”46户，新增市级“民主法治示范村”1个；9个村（社区）法律顾问全年提供法律咨询480余次。
二、下一步工作计划
一是开展执法人员轮训。
"""


def _side(runs, op: Op) -> str:
    return "".join(run.text for run in runs if run.op in (Op.EQUAL, op))


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_merge_is_cut_at_a_sentence_end_of_the_new_text(script: str) -> None:
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    comparison = compare(convert(OLD), convert(NEW))
    halves = [m for m in comparison.matches if m.relation == "merged"]
    assert sorted(m.old.id for m in halves) == ["一/(一)/三是", "一/(一)/二是"]
    first, second = sorted(halves, key=lambda m: m.old.text.startswith(convert("深化")))
    # -- the first half ends where the new text's sentence ends (…1个；), the second starts on 9个村 --
    assert _side(first.redlines, Op.INSERT).endswith(convert("“民主法治示范村”1个；"))
    assert _side(second.redlines, Op.INSERT).startswith(convert("9个村"))
    # -- each half still turns its old measure into its part of the new one, and together the new text --
    assert _side(first.redlines, Op.DELETE) == first.old.text and _side(second.redlines, Op.DELETE) == second.old.text
    assert _side(first.redlines, Op.INSERT) + _side(second.redlines, Op.INSERT) == first.new.text
    # -- 新增县级…3个 and 新增市级…1个 count different villages: no figure pair claims 3 → 1 --
    assert not any(f.old and f.new and "示范村" in f.label for f in comparison.figures)


def test_the_cut_moves_only_text_of_the_loose_side() -> None:
    head = (Redline(Op.EQUAL, "示范村"), Redline(Op.DELETE, "3个。"))
    tail = (Redline(Op.DELETE, "深化制度。"), Redline(Op.INSERT, "1个；另"), Redline(Op.EQUAL, "9个村。"))
    new_head, new_tail = _at_sentence_end(head, tail, Op.INSERT)
    assert _side(new_head, Op.DELETE) == "示范村3个。" and _side(new_head, Op.INSERT) == "示范村1个；"
    assert _side(new_tail, Op.DELETE) == "深化制度。9个村。" and _side(new_tail, Op.INSERT) == "另9个村。"
    # -- a cut already at a sentence end stays --
    done = (Redline(Op.EQUAL, "示范村3个。"),)
    assert _at_sentence_end(done, tail, Op.INSERT) == (done, tail)
