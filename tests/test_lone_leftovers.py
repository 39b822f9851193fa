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
    # -- paired by the pass for a measure alone between aligned neighbours (positional), which runs
    #    first, or else by the lone-leftover pass: either way one modified pair --
    assert [m.status for m in own] == [Status.MODIFIED], [(m.status, m.method) for m in own]
    assert own[0].method in ("positional", "lone"), own[0].method
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


#: A section of other matters both years: the words of the 食品安全 list are its own.
_OTHER_SECTION = "（二）维护市场秩序。\n" + "".join(f"{n}.{text}\n" for n, text in enumerate((
    "规范特种设备安全监管。检验电梯、锅炉等特种设备2400台。", "加强价格监督检查。查处价格违法案件12件。",
    "推进知识产权保护。新增发明专利授权85件。", "优化营商环境。新登记经营主体5200户。",
    "深化质量提升行动。培育市级名牌产品6个。", "畅通消费维权渠道。受理投诉举报1800件，挽回损失95万元。"), 1))


def test_two_items_that_share_only_their_lists_words_stay_apart() -> None:
    """Two items of a 食品安全 list that share only the list's topic and the county's common words
    (全县、覆盖、食品安全, which its other items hold too) are an item dropped and another new,
    however alike their scores; sharing words of their own, they are one item rewritten."""
    from reportdiff.parse import parse_text

    old = parse_text("县市场监管局2024年工作总结\n一、工作成效\n（一）守牢食品安全底线。\n"
                     "1.强化食品安全抽检。全县完成食品安全抽检2600批次，覆盖全县所有乡镇。\n"
                     "2.加强校园食品安全。全县中小学校食堂明厨亮灶实现全覆盖，开展校园食品安全专项检查4轮。\n"
                     "3.整治食品安全隐患。全县排查食品安全隐患320处，整改覆盖率100%。\n" + _OTHER_SECTION)
    new = parse_text("县市场监管局2025年工作总结\n一、工作成效\n（一）食品安全形势平稳。\n"
                     "1.强化食品安全抽检。全县完成食品安全抽检2800批次，覆盖全县所有乡镇。\n"
                     "2.落实食品安全两个责任。全县包保干部完成督导任务，覆盖食品生产经营主体4800家。\n"
                     "3.整治食品安全隐患。全县排查食品安全隐患350处，整改覆盖率100%。\n" + _OTHER_SECTION)
    olds, news = old.parts[0].sections[0].measures, new.parts[0].sections[0].measures
    assert len(olds) == len(news) == 3 and len(old.measures) == 9
    # -- the words' weights from the whole reports, as the comparison takes them --
    scorer = Scorer([m.key for m in old.measures + new.measures])
    pairs = (Pair(olds[0], news[0], 0.9, "fuzzy"), Pair(olds[2], news[2], 0.9, "fuzzy"))
    alignment = Alignment(pairs, (olds[1],), (news[1],))
    assert scorer.similarity(olds[1].key, news[1].key) >= LONE_FLOOR
    assert pair_lone_leftovers(alignment, [(olds, news)], scorer) == alignment
    # -- the same item rewritten keeps words of its own (校园、食堂、明厨亮灶) --
    rewritten = parse_text("县市场监管局2025年工作总结\n一、工作成效\n（一）食品安全形势平稳。\n"
                           "1.强化食品安全抽检。全县完成食品安全抽检2800批次，覆盖全县所有乡镇。\n"
                           "2.守护校园餐桌安全。中小学校食堂明厨亮灶提档升级，校园食堂食材统一配送。\n"
                           "3.整治食品安全隐患。全县排查食品安全隐患350处，整改覆盖率100%。\n" + _OTHER_SECTION)
    again = rewritten.parts[0].sections[0].measures
    scorer = Scorer([m.key for m in old.measures + rewritten.measures])
    alignment = Alignment((Pair(olds[0], again[0], 0.9, "fuzzy"), Pair(olds[2], again[2], 0.9, "fuzzy")),
                          (olds[1],), (again[1],))
    paired = pair_lone_leftovers(alignment, [(olds, again)], scorer)
    assert [(p.old.id, p.new.id, p.method) for p in paired.pairs[2:]] == [(olds[1].id, again[1].id, "lone")]
