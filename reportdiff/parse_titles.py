"""Title sentences of plan points and items: a task's name, not a plan of its own.

A township or a bureau writes its plans as points that open on a short sentence naming the
task (一是提升综合执法能力。开展执法人员轮训…) or as an item that only names it, over sub-items
that carry it out (1.壮大主导产业。 / （1）… / （2）…). As a section heading with its body on
the same line, that sentence titles the task; tracked on its own it is a promise no review
reports in those words.
"""

from __future__ import annotations

import unicodedata

from . import lazy_re
from .models import Measure, MeasureKind
from .normalize import key as norm_key
from .parse_markers import NUMERAL_VALUES

#: A title sentence is this long at most (characters of its key without 。): 提升综合执法能力,
#: 推进城镇保障性安居工程建设和房地产市场健康发展.
TITLE_MAX = 24
#: A clause, a list or a figure in it does more than name a task (健全协调机制，推动两级联动;
#: 全年组织法治培训5次).
_MORE_THAN_A_NAME = lazy_re.compile(r"[,;:\d]")
_NUMBER = lazy_re.compile(r"\d+|[一二三四五六七八九十]+")
#: A title sets a goal: a verb of betterment over what is to be better, and nothing it delivers
#: (提升综合执法能力, 持续优化营商环境, 壮大主导产业, 深化科技管理体制改革). 新建三所幼儿园,
#: 全面推行河长制 or 坚持以…为主线 promise something of their own and stay plans.
_GOAL = lazy_re.compile(
    r"^(?:持续|进一步|不断|全面|全力|大力|着力|切实|稳步|扎实|深入|积极|加快|坚决|统筹)?"
    r"(?:提升|提高|加强|强化|推进|推动|深化|健全|完善|优化|创新|壮大|促进|加快|改进|增强|夯实|巩固|规范|"
    r"做优|做强|做实|做大|做精|做好|抓好|筑牢|激发|构建|发展|"
    # -- …and of the aims a 政府工作报告's item titles name (扩大有效投资, 打好污染防治攻坚战) --
    r"扩大|打好|稳住|稳定|提振|培育|拓展|释放|畅通|守住|加大|打造|建设|增进|改善)"
    r".{0,20}?"
    r"(?:能力|水平|质量|质效|效能|效率|建设|机制|体制|体系|方式|环境|发展|升级|管理|监督|服务|保障|化解|预防|"
    r"决策|工作|产业|地位|治理|改革|品质|市民化|调解|安全|秩序|活力|动能|基础|作用|格局|实力|宣传|队伍|"
    r"融合|转型|振兴|创新|协同|联动|合力|"
    # -- …and a bureau's own work, named as a whole (深化包容审慎监管, 深化综合执法) --
    r"监管|执法|审批|监测|"
    # -- …and the fields of a department's law work its plans title points by (加快地方立法,
    #    深化政务公开, 规范行政应诉, 加强行政复议, 创新普法, 提升执法队伍素质, 加强法治培训,
    #    规范执法行为) --
    r"立法|公开|应诉|复议|普法|素质|培训|行为|"
    # -- what a government's aims are about: demand, structure, a campaign (攻坚战), a trend (…化) --
    r"投资|消费|需求|内需|扩容|结构|支撑|攻坚战|保卫战|开放|民生|福祉|就业|供给|活力|韧性|竞争力|底线|"
    # -- …and the place or standing it builds (稳住外贸外资基本盘, 强化科技创新引领, 建设宜居城市) --
    r"基本盘|引领|城市|乡村|家园|高地|强市|强县|强区|强省|"
    r"[^\W\d_]化)$")  # -- (a letter: the ideographs' range costs 2 ms to compile on every run) --


def names_a_task(sentence: str) -> bool:
    """True for a sentence that only names a task: short, ended by 。, one clause, no figure."""
    if not sentence.rstrip().endswith("。"):
        return False
    key = norm_key(sentence).rstrip("。")
    return 0 < len(key) <= TITLE_MAX and not _MORE_THAN_A_NAME.search(key)


#: A list of one point after its announcement, on the comparison key: …重点抓好以下工作:一是<title>.
_LONE_POINT = lazy_re.compile(r"^.*(?:以下|如下|下列)[^,:]{0,8}:一是(?P<title>[^:]+)$")


def sets_a_goal(sentence: str) -> bool:
    """True for a sentence that only names a task's goal (``names_a_task``, and ``_GOAL``)."""
    return names_a_task(sentence) and _GOAL.match(norm_key(sentence).rstrip("。")) is not None


def opens_on_a_title(measure: Measure, sentences: list[str]) -> bool:
    """True when a point's or item's first sentence names the task the sentences after it carry
    out, or a paragraph's does after announcing a list of that one point (…以下工作：一是…。)."""
    if len(sentences) < 2:
        return False
    if measure.kind is MeasureKind.PARAGRAPH:
        lone = _LONE_POINT.match(norm_key(sentences[0]))
        return lone is not None and sets_a_goal(lone["title"])
    return measure.kind in (MeasureKind.POINT, MeasureKind.ITEM) and sets_a_goal(sentences[0])


def heads_a_list(measure: Measure, following: Measure | None) -> bool:
    """True for a point or item that is only a title over a list of its own: the measure after it
    is an item of another numbering (（1）under 1.) that starts at one."""
    if measure.kind not in (MeasureKind.POINT, MeasureKind.ITEM) or following is None \
            or following.kind is not MeasureKind.ITEM or not names_a_task(measure.text):
        return False
    number = _NUMBER.search(following.marker)
    first = number is not None and (number.group() == "1" or NUMERAL_VALUES.get(number.group()) == 1)
    return first and _style(following.marker) != _style(measure.marker)


def _style(marker: str) -> str:
    """How a marker numbers (``(#)``, ``#.``, ``#是``), whatever its number and width."""
    return _NUMBER.sub("#", unicodedata.normalize("NFKC", marker).strip())


__all__ = ["TITLE_MAX", "heads_a_list", "names_a_task", "opens_on_a_title", "sets_a_goal"]
