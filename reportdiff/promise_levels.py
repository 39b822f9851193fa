"""Whether the result cited for a plan reaches the level the plan set (used by promises.py).

A plan may set a level to reach under a name the review does not repeat (城市运营收入占比
提高到25% reported as 占营业收入比重提高到23.2%), or a whole to cover with no figure at all
(实现管理人员竞争上岗全覆盖 reported as 竞争上岗比例达到85%). The review's sentence that
holds the plan's words is then its result, and a level below the plan's is no promise kept:
the plan is short of its target, like a growth target missed.
"""

from __future__ import annotations

import re

from . import lazy_re
from .figure_record import FigureChange
from .figure_similarity import label_similarity
from .figures_extract import Figure, aligned_key, extract_figures
from .promise_targets import target_met

#: Words that set a level to reach just before its figure (提高到25%, 达到93亿元, 突破1000家),
#: on the Simplified key; the level met or passed keeps the promise.
_REACH = lazy_re.compile(r"(?:提高|提升|增加|增长|上升|扩大|升)(?:到|至)$|增至$|达到$|达$|突破$")
#: A whole to cover (实现…全覆盖), a level of 100%; not 基本实现全覆盖, which allows a remainder,
#: nor a pilot or a model of it (开展…全覆盖试点, 全覆盖示范): a trial somewhere, no level to reach.
_WHOLE = lazy_re.compile(r"(?<!基本)(?:实现)?(?:全覆盖|全面覆盖|全部覆盖)(?!试点|示范|改革试点)")
#: Every one of them doing it (执法人员全部持证上岗, 全员持证): a level of 100%, reported as a rate
#: (持证率达到90%); the act after it names the rate with the people before it.
_EVERY = lazy_re.compile(r"(?:全部|全[员員])(?P<act>[^,;:，；：。、]{2,6})(?=[,;:，；：。]|$)")
#: Labels of a share or rate (比例, 覆盖率, 占比): what a whole covered is reported as.
_RATE = lazy_re.compile(r"(?:率|比例|比重|占比|覆盖面)$")
#: A result's label this close to the plan's names the same indicator; a share of a whole
#: (占营业收入比重 for 城市运营收入占比) needs only to share the plan's subject.
_SAME = 0.4


def _levels(plan_text: str) -> list[tuple[Figure, str]]:
    """Return the plan's levels to reach, each with the words it is named by: figures after a
    reaching verb, and 100% for a whole to cover (named by the words before 全覆盖)."""
    key = aligned_key(plan_text)
    found = [(figure, figure.label) for figure in extract_figures(plan_text)
             if not figure.is_change and figure.aspect is None and figure.lower is None
             and _REACH.search(key[max(figure.start - 4, 0) : figure.start])]
    wholes = [(whole, "") for whole in _WHOLE.finditer(key)] + [(every, every["act"]) for every in _EVERY.finditer(key)]
    for whole, act in wholes:
        clause = re.split(r"[,;:，；：。]", key[: whole.start()])[-1]
        named = re.sub(r"^(?:实现|推动|推进|力争|确保|全面)+", "", clause) + act
        if len(named) >= 2:
            found.append((Figure(raw=whole.group(), start=whole.start(), end=whole.end(), value=100.0,
                                 unit="%", approx=None, label=named, precision=1.0), named))
    return found


#: A figure named so tells what was added or taken away in the year (新增80家), not a level.
_FLOW = lazy_re.compile(r"(?:新增|净增|新建|增加|减少|提高|提升|下降|降低|增长)$")


def _is_level(figure: Figure) -> bool:
    """True for a figure stating a level (达到520家, 总数达到520家), not a change or a flow."""
    return not figure.is_change and figure.aspect in (None, "total") and _FLOW.search(figure.label) is None


def _result(level: Figure, named: str, sentence: str) -> Figure | None:
    """Return the sentence's figure that reports ``level`` (named ``named``): of its unit, a
    level not a change nor what was added (总数达到520家, not 新增80家), and named alike (a
    share for a share)."""
    candidates = [figure for figure in extract_figures(sentence) if figure.unit == level.unit and _is_level(figure)]
    scored = [(label_similarity(named, figure.label), figure) for figure in candidates]
    scored = [(score, figure) for score, figure in scored
              if score >= _SAME or level.unit == "%" and _RATE.search(figure.label) and _shares_subject(named, figure.label)]
    return max(scored, key=lambda item: item[0])[1] if scored else None


def _shares_subject(plan: str, result: str) -> bool:
    """True when the two labels share a word of two characters (收入 of 城市运营收入占比 and
    占营业收入比重), not only the share's own word."""
    pairs = {plan[i : i + 2] for i in range(len(plan) - 1)} - {"占比", "比重", "比例"}
    return any(result[i : i + 2] in pairs for i in range(len(result) - 1))


def _changed_only(level: Figure, named: str, sentence: str) -> bool:
    """True when ``sentence`` states only a change of the level's indicator (城镇化率提高1.2个
    百分点 for 达到60%, 新增80家 for 达到500家) and no level of it."""
    figures = extract_figures(sentence)
    return _result(level, named, sentence) is None and any(
        not _is_level(figure) and label_similarity(named, _FLOW.sub("", figure.label)) >= _SAME
        and (figure.unit == level.unit or level.unit == "%" and figure.unit == "百分点") for figure in figures)


def levels_judged(plan_text: str, sentences: list[str]) -> tuple[str, int] | None:
    """Judge the results cited for a plan on the levels it sets: ("short", i) when result ``i``
    falls short and none reaches; ("unstated", -1) when every result states only a change of
    a level's indicator, no level (a level is compared with a level only); None otherwise."""
    reached = [level_reached(plan_text, sentence) for sentence in sentences]
    if False in reached and True not in reached:
        return "short", reached.index(False)
    levels = _levels(plan_text) if True not in reached else []
    if levels and all(any(_changed_only(level, named, sentence) for level, named in levels) for sentence in sentences):
        return "unstated", -1
    return None


def level_reached(plan_text: str, sentence: str) -> bool | None:
    """Return whether ``sentence`` (a result cited for the plan) reaches every level the plan
    sets that it reports: False when it falls short of one, None when it reports none."""
    reached = None
    for level, named in _levels(plan_text):
        result = _result(level, named, sentence)
        if result is None:
            continue
        if not target_met(FigureChange(named, level.unit, level, result, None, None, None, None)):
            return False
        reached = True
    return reached


def rate_evidence(plan_text: str, windows: list) -> list:
    """The first review sentence (of ``windows``: (measure, [(text, key)…]) each) stating the rate
    of a whole the plan sets (执法人员全部持证上岗 → 执法人员持证率达到90%): its evidence, to be judged
    on the level; [] when the plan sets no such whole or the review states no rate of it. The rate
    is named by the act (持证) as well as by the people doing it."""
    from .plans import Evidence

    key = aligned_key(plan_text)
    for every in _EVERY.finditer(key):
        clause = re.split(r"[,;:，；：。]", key[: every.start()])[-1]
        named = re.sub(r"^(?:实现|推动|推进|力争|确保|全面)+", "", clause) + every["act"]
        level = Figure(raw=every.group(), start=every.start(), end=every.end(), value=100.0, unit="%",
                       approx=None, label=named, precision=1.0)
        for measure, pair in windows:
            for text, _ in pair:
                found = _result(level, named, text)
                if found is not None and _shares_subject(every["act"], found.label):
                    return [Evidence(measure, text, 1.0, (named,))]
    return []


__all__ = ["level_reached", "levels_judged", "rate_evidence"]
