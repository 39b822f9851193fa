"""A paired part (or section) whose only leftovers are one paragraph on each side, in the same
place, holds the same paragraph rewritten: it is shown modified, not dropped and new (the one
paragraph of 加强政府自身建设, rewritten in the new term's words) — unless the two share almost
nothing, when they stay a paragraph dropped and another new.

The reports are written for the test: a prefecture's 政府工作报告 of two years.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.align import LONE_FLOOR, Alignment, Pair, pair_lone_leftovers
from reportdiff.models import Status
from reportdiff.pipeline import compare
from reportdiff.scoring import Scorer

_HEAD = """\
政府工作报告
——{year}年1月{day}日在青岚市第九届人民代表大会第{session}次会议上
一、{review}年工作回顾
过去一年，全市地区生产总值增长{growth}，一般公共预算收入增长4.8%，城镇新增就业5.6万人。
（一）工业经济稳中有进。规模以上工业增加值增长{industry}，新增规模以上工业企业{firms}家。
（二）城乡建设加快推进。改造城镇老旧小区{estates}个，新建改建农村公路{roads}公里。
（三）民生保障持续加强。新增公办幼儿园学位{places}个，城乡居民医保财政补助标准提高到每人{aid}元。
{review_own}二、{plan}年主要工作
（一）推动工业提质增效。实施制造业重点产业链高质量发展行动，新增规模以上工业企业{plan_firms}家。
（二）推进城乡融合发展。完成城镇老旧小区改造{plan_estates}个，推进农村人居环境整治提升。
（三）办好民生实事。新增公办幼儿园学位{plan_places}个，提高城乡居民基本养老保险基础养老金。
三、{own}
{paragraph}
"""

OLD = _HEAD.format(year=2023, day=10, session="二", review=2022, growth="5.1%", industry="6.3%", firms=86,
                   estates=120, roads=310, places=2400, aid=610, review_own="", plan=2023, plan_firms=90, plan_estates=130,
                   plan_places=2600, own="切实加强政府自身建设",
                   paragraph="坚持依法行政，自觉接受市人大及其常委会的法律监督和工作监督，主动接受市政协的民主监督。"
                             "驰而不息纠治“四风”，严格落实过紧日子要求，一般性支出压减10%以上。")
NEW = _HEAD.format(year=2024, day=12, session="三", review=2023, growth="5.4%", industry="7.0%", firms=93,
                   estates=131, roads=325, places=2650, aid=640, plan=2024,
                   # -- the review's account of the government's own work, new this year: it shares
                   #    依法行政 and 过紧日子 with the old paragraph too --
                   review_own="（四）政府自身建设不断加强。坚持依法行政，提请市人大常委会审议地方性法规草案6件。"
                              "坚决落实过紧日子要求，市级一般性支出压减8%。\n", plan_firms=95, plan_estates=140,
                   plan_places=2800, own="全面加强政府自身建设",
                   paragraph="坚持党的全面领导，深入开展主题教育。坚持依法行政，推进政务诚信建设。"
                             "锲而不舍落实中央八项规定精神，持续过紧日子，市级一般性支出再压减5%。")
#: The same part whose one paragraph now tells of something else, with almost no word in common.
OTHER = "\n".join(line for line in NEW.splitlines() if not line.startswith("（四）")).replace(
    NEW.splitlines()[-1], "建立健全政务数据共享协调机制，推动高频事项跨部门联办，企业开办全程网上办理。")


SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _own_part(comparison):
    return [m for m in comparison.matches if (m.old or m.new).id.startswith(("三/", "四/"))
            and (m.old is None or m.old.id.startswith("三/")) and (m.new is None or m.new.id.startswith("三/"))]


@SCRIPTS
def test_the_one_paragraph_rewritten_in_a_paired_part_is_modified(script) -> None:
    comparison = compare(script(OLD), script(NEW), figures=False, promises=False, expressions=False)
    own = _own_part(comparison)
    assert [(m.status, m.method) for m in own] == [(Status.MODIFIED, "lone")], [(m.status, m.method) for m in own]
    assert own[0].similarity >= LONE_FLOOR and "依法行政" in own[0].shared_terms, own[0].shared_terms


@SCRIPTS
def test_two_paragraphs_that_share_almost_nothing_stay_dropped_and_new(script) -> None:
    comparison = compare(script(OLD), script(OTHER), figures=False, promises=False, expressions=False)
    assert sorted(m.status.value for m in _own_part(comparison)) == ["dropped", "new"]


def test_a_lone_leftover_out_of_place_is_not_paired() -> None:
    """Two leftovers on either side of a pair of the container are not in the same place: old
    (leftover, paired), new (paired, leftover) is a paragraph dropped and another new."""
    comparison = compare(OLD, NEW, figures=False, promises=False, expressions=False)
    first, second = (next(m for m in comparison.matches if m.old and m.old.id == f"一/({n})") for n in "一二")
    scorer = Scorer([first.old.key, second.old.key, first.new.key, second.new.key])
    # -- the first old one rewritten as the second new one would score well above the floor --
    crossed = Alignment((Pair(second.old, first.new, 0.5, "fuzzy"),), (first.old,), (second.new,))
    assert pair_lone_leftovers(crossed, [((first.old, second.old), (first.new, second.new))], scorer) == crossed
    alike = Alignment((Pair(second.old, second.new, 0.5, "fuzzy"),), (first.old,), (first.new,))
    paired = pair_lone_leftovers(alike, [((first.old, second.old), (first.new, second.new))], scorer)
    assert [(p.old.id, p.new.id, p.method) for p in paired.pairs[1:]] == [("一/(一)", "一/(一)", "lone")]
