"""The pieces of a split or merged group share one redline cut between them (classify._redlines).

Two defects a reviewer found on a provincial 政府工作报告 pair whose 一是…五是 points stand in one
paragraph (review38): the pieces of a split were ordered by line only, so two points on one line
took each other's words (继续办好十件民生实事 shown inserted in one point and deleted in the next);
and a merge of much changed text lost a piece's kept words (规模以上工业增加值增长6%左右 deleted from
one piece and inserted again in the other) because the joined redline folded a short equality
into the long edits around it."""

from types import SimpleNamespace as NS

from reportdiff.classify import _redlines
from reportdiff.models import Op


def _side(runs, keep):
    return "".join((r.old_text or r.text) if r.op is Op.EQUAL and keep is Op.DELETE else r.text
                   for r in runs if r.op in (Op.EQUAL, keep))


def _inserted(runs) -> str:
    return "".join(r.text for r in runs if r.op is Op.INSERT)


def _deleted(runs) -> str:
    return "".join(r.text for r in runs if r.op is Op.DELETE)


def test_split_points_on_one_line_take_their_own_words() -> None:
    old = NS(id="三/(六)/四是", text="继续办好十件民生实事。实施义务教育学位扩容工程，新增义务教育学位6万个；"
             "新增养老床位1万张，建成城乡社区养老服务综合体300个。", title="", line=40)
    fourth = NS(id="三/(六)/四是", text="继续办好十件民生实事。", role="plans", title="", line=44)
    fifth = NS(id="三/(六)/五是", text="新增普惠托育托位2万个，新增养老床位1万张，实施义务教育学位扩容工程，"
               "新增义务教育学位5万个。", role="plans", title="", line=44)
    # -- the one-to-one pair is the later point; the earlier one is the split's other piece --
    pairs = (NS(old=old, new=fifth, relation=None, method="fuzzy"),
             NS(old=old, new=fourth, relation="split", method="split"))
    reading = ({old.id: 30}, {fourth.id: 51, fifth.id: 52})
    result = _redlines(pairs, lambda role: None, reading=reading)
    first, second = result[(old.id, fourth.id)], result[(old.id, fifth.id)]
    assert _side(first, Op.INSERT) == fourth.text and _side(second, Op.INSERT) == fifth.text
    assert _side([*first, *second], Op.DELETE) == old.text
    # -- 继续办好十件民生实事 stays where it stood: no word of it inserted or deleted --
    assert "民生实事" not in _inserted(first) + _deleted(second)
    assert all(run.op is Op.EQUAL for run in first)


def test_merged_pieces_keep_their_words_when_the_text_changed_much() -> None:
    new = NS(id="三/(二)/三是", text="规模以上工业增加值增长6%左右，新建5G基站1.5万个。", role="plans", title="", line=31)
    second = NS(id="三/(二)/二是", text="壮大先进制造业。深入实施重点产业链高质量发展行动，规模以上工业增加值增长6%左右。",
                line=27)
    third = NS(id="三/(二)/三是", text="发展数字经济。新建5G基站2万个，数字经济核心产业增加值占比达到9.8%。", line=27)
    pairs = (NS(old=second, new=new, relation=None, method="fuzzy"),
             NS(old=third, new=new, relation="merged", method="merge"))
    reading = ({second.id: 12, third.id: 13}, {new.id: 15})
    result = _redlines(pairs, lambda role: None, reading=reading)
    runs = [*result[(second.id, new.id)], *result[(third.id, new.id)]]
    assert _side(runs, Op.DELETE) == second.text + third.text
    assert _side(runs, Op.INSERT) == new.text
    # -- the words both years wrote are kept, not deleted in one piece and inserted in another --
    assert "工业增加值" not in _inserted(runs) and "工业增加值" not in _deleted(runs)
    assert any(run.op is Op.EQUAL and "工业增加值" in run.text for run in result[(second.id, new.id)])
