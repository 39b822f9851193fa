"""A shortcoming names a weakness of a thing; a plan that acts on that thing answers it (used by plans.py).

A report judges its own work as a thing and a weakness: 消费需求仍然偏弱, 基层执法装备和信息化水平
不高, 普法宣传的针对性有待增强. The plan that answers it acts on the thing with a verb of its own
(提振消费, 加强基层执法能力建设, 为市县执法机构配备…), and shares little else of the problem's
wording: the weighted matching of plan_matching misses it, the more so inside a paragraph of many
problems (我们也清醒看到…). Here the thing is read off each clause that states a weakness, the
aspect found weak (需求, 力量, 装备, 水平) taken off, and a plan answers when a verb of building up
stands right before it (or 为/给 gives to it): the word inside a figure's name (居民消费价格) is
no thing acted on.
"""

from __future__ import annotations

from . import lazy_re
from .plan_matching import GENERIC

#: A weakness stated of what stands before it.
_WEAKNESS = lazy_re.compile(
    r"偏弱|较弱|疲弱|偏低|较低|不高|不强|不足|不够|不多|较少|薄弱|乏力|滞后|短缺|欠缺|不完善|不健全|不明显|不畅|"
    r"不相适应|不适应|有待|仍需|亟需|亟待|需要进一步")
#: Words between the thing and its weakness that say how or since when (仍然, 还, 总体).
_ADVERB = lazy_re.compile(r"(?:仍然|依然|依旧|仍|还|尚|总体|整体|相对|较为|比较|普遍|明显|都|也|均|上|方面)$")
#: Who or where the thing is said of, before it (部分, 我县), which no plan repeats.
_QUALIFIER = lazy_re.compile(r"^(?:部分|一些|个别|少数|有的|各类|我区|我县|我市|我省|全县|全市|全省|全区|对)")
#: Whose thing it is (居民 of 居民消费需求): the plan may act on the thing without them (提振消费).
_WHOSE = lazy_re.compile(r"^(?:城乡居民|城镇居民|农村居民|居民|群众|市民|农民)")
#: The aspect of a thing found weak (需求 of 消费需求, 力量 of 执法力量): the plan acts on the thing.
_ASPECT = lazy_re.compile(
    r"(?:需求|力量|能力|水平|装备|设备|设施|基础|动力|动能|后劲|层次|质量|效益|效果|效能|实效|作用|意识|支撑|"
    r"保障|投入|增长|增势|增速|势头|规模|总量|发挥|建设|工作|程度|活力|队伍|整体|内生|综合承载|[\u4e00-\u9fff]{1,2}性)$")
#: A weakness that measures the thing against another (执法力量与执法任务不相适应): only the first is weak.
_AGAINST = lazy_re.compile(r"不相适应|不适应")
#: The verb that announces problems (还存在一些不足): what is weak comes after it.
_EXISTS = "存在"
#: Where a subject lists two things (执法力量与执法任务, 装备和信息化水平).
_AND = lazy_re.compile(r"以及|与|和|及|、")
#: Verbs of building a thing up, the plans' own (提振消费, 加强基层执法…).
_ACT = ("提振 促进 扩大 增强 提升 提高 加强 强化 激发 培育 壮大 补齐 充实 配齐 配强 配备 完善 健全 改善 稳定 增加 "
        "释放 夯实 巩固 加大 深化 优化 做强 做优 做大 激活 拓展 扩容 增进 带动 振兴").split()
_ACTS = lazy_re.compile("(?:" + "|".join(_ACT) + ")$")
#: A verb of building up, then with whom (健全完善与公、检、法等司法机关|联动机制; 加强同…的|协作):
#: the partners stand between the verb and the thing.
_ACTS_WITH = lazy_re.compile("(?:" + "|".join(_ACT) + r")(?:与|同|和)[^,;:。!?]{1,16}?(?:的)?$")
#: Coordination found weak (协调不畅) is built up under any of its names (联动机制, 协同, 衔接).
_COORDINATION = ("协调", "联动", "协同", "衔接", "协作", "配合")
#: A thing given to (为市县执法机构配备…): a verb must follow in the clause.
_GIVEN = lazy_re.compile(r"(?:为|给|向)$")
_CLAUSE = lazy_re.compile(r"[,;:。!?]")
#: A thing shorter than this is a character, not a thing.
_SHORTEST = 2


def weak_things(problem_key: str) -> tuple[str, ...]:
    """Return the things a shortcoming's key finds weak, in reading order (消费 of 消费需求仍然偏弱)."""
    found: list[str] = []
    for clause in _CLAUSE.split(problem_key):
        weakness = _WEAKNESS.search(clause)
        if weakness is None:
            continue
        subject = clause[: weakness.start()]
        # -- 还存在一些不足 announces; 案件办理存在协调不畅: what is weak follows 存在 --
        subject = subject[subject.rfind(_EXISTS) + len(_EXISTS):] if _EXISTS in subject else subject
        while (trimmed := _ADVERB.sub("", subject)) != subject:
            subject = trimmed
        parts = _AND.split(subject)
        for part in parts[:1] if _AGAINST.match(clause, weakness.start()) else parts:
            thing = _thing(part)
            if thing:
                found.append(thing)
                if thing in _COORDINATION:
                    found.extend(_COORDINATION)
                owned = _WHOSE.sub("", thing)
                if owned != thing and len(owned) >= _SHORTEST and owned not in GENERIC:
                    found.append(owned)
    return tuple(dict.fromkeys(found))


def _thing(part: str) -> str:
    """Return the thing a part of a subject names: its qualifier, the aspect after 的 and the
    aspects at its end taken off (林草法治宣传 of 林草法治宣传的针对性); '' if nothing is left."""
    part = _QUALIFIER.sub("", part)
    if "的" in part:
        part = part[: part.rfind("的")]
    while (trimmed := _ASPECT.sub("", part)) != part:
        part = trimmed
    if len(part) < _SHORTEST or part in GENERIC or not all("\u4e00" <= c <= "\u9fff" for c in part):
        return ""
    return part


def acts_on(plan_key: str, things: tuple[str, ...]) -> bool:
    """True when the plan acts on one of ``things``: a verb of building up right before it
    (提振消费), or 为/给 before it and a verb after it in the clause (为…执法机构配备…)."""
    for thing in things:
        start = plan_key.find(thing)
        while start >= 0:
            before = plan_key[:start]
            if _ACTS.search(before) or _ACTS_WITH.search(before):
                return True
            clause = _CLAUSE.split(plan_key[start + len(thing):], maxsplit=1)[0]
            if _GIVEN.search(before) and any(verb in clause for verb in _ACT):
                return True
            start = plan_key.find(thing, start + 1)
    return False


__all__ = ["acts_on", "weak_things"]
