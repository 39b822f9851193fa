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
#: A title sets a goal: it opens (after the manner, 持续, 加快, 奋力…) on a verb of aim, a word
#: (提升, 深化, 守护, 厚植, 激活) or a verb with the result it aims at (做强, 筑牢, 擦亮, 建强, 兜牢),
#: and goes on to what is to be better, however the report words it (提升综合执法能力, 激活县域经济,
#: 守护绿水青山, 厚植为民情怀, 筑牢安全屏障). A sentence opening on an act that delivers something
#: (新建, 开展, 实施, 出台, 落实, 压实, 转变, 打响) is a plan of its own.
_GOAL = lazy_re.compile(
    r"^(?:持续|进一步|不断|全面|全力|大力|着力|切实|稳步|扎实|深入|积极|加快|坚决|统筹|奋力|聚力|更加|更好|努力)*"
    r"(?:提升|提高|加强|强化|推进|推动|深化|健全|完善|优化|创新|壮大|促进|加快|改进|增强|巩固|规范|激发|激活|"
    r"构建|发展|扩大|打好|稳住|稳定|提振|培育|拓展|释放|畅通|守住|守护|坚守|加大|打造|建设|增进|改善|厚植|涵养|"
    r"赋能|焕发|彰显|锻造|锤炼|护航|维护|保障|营造|提速|深耕|繁荣|振兴|"
    r"[做抓建筑兜织擦用管办夯锻守稳育][优强实大精好牢密亮活细美新])"
    r"(?P<aim>.{2,})$")
#: …and a goal delivers nothing concrete: no count (新建三所幼儿园, 一批), no document (《…》), no
#: deadline (年底前, 年内), no work or facility to build (…调解中心, …工程, …公园) and no system of
#: its own name (河长制); nor a duty or a brand of the body's own (落实…责任, 压实…职责, 转变…职能,
#: 打响…品牌: what it is to bear or make known, a plan reviews answer), read on what it aims at.
_CONCRETE = lazy_re.compile(
    r"[一二两三四五六七八九十百千几]+[个所座项条家批件次场名套处台辆栋类户]|《|年底|年内|年前|月底|底前|之前|前完成|"
    r"(?:中心|平台|基地|站|调解室|馆|园区|公园|广场|长廊|工程|项目|设施|公路|铁路|桥|通道|管网|机场|港|码头|隧道|水库|"
    r"大道|(?<![之新出])路|楼|厂房|"
    r"医院|学校|幼儿园|(?<![机体编管控限抑法税])制|责任|职责|职能|品牌)$")


def names_a_task(sentence: str) -> bool:
    """True for a sentence that only names a task: short, ended by 。, one clause, no figure."""
    if not sentence.rstrip().endswith("。"):
        return False
    key = norm_key(sentence).rstrip("。")
    return 0 < len(key) <= TITLE_MAX and not _MORE_THAN_A_NAME.search(key)


#: A list of one point after its announcement, on the comparison key: …重点抓好以下工作:一是<title>.
_LONE_POINT = lazy_re.compile(r"^.*(?:以下|如下|下列)[^,:]{0,8}:一是(?P<title>[^:]+)$")


def sets_a_goal(sentence: str) -> bool:
    """True for a sentence that only names a task's goal: ``names_a_task`` (short, one clause, no
    figure), a verb of aim over what is to be better (``_GOAL``) and nothing concrete it delivers
    (``_CONCRETE``)."""
    if not names_a_task(sentence):
        return False
    goal = _GOAL.match(norm_key(sentence).rstrip("。"))
    return goal is not None and _CONCRETE.search(goal["aim"]) is None


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
