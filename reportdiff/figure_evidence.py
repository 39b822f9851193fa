"""Whether a result can show a plan's figure done: a plan that sets an amount (铁路投资8000亿元,
化学需氧量下降2%) is reported by a result about that indicator, not by one that shares its topic
words and gives another quantity (高速铁路运营里程4100公里; 二氧化硫排放量下降5.6%;
城镇生活垃圾无害化处理率 for 城镇污水处理率).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from . import lazy_re
from .figure_labels import VAGUE_NOUNS
from .figures_extract import Figure, extract_figures
from .indicators import indicator_topics
from .segment import tokenize

#: Words of a figure's label that say what is done to the indicator, not what it is
#: (要完成铁路投资 → 铁路, 投资), on the Simplified key.
_NOT_THE_INDICATOR = lazy_re.compile(
    r"^(?:今年|全年|累计|力争|确保|完成|实现|达到|安排|增长|下降|降低|减少|增加|提高|提升|"
    r"扩大|压减|压缩|退出|新增|新建|开工|建设|发行|投入|超过|以上|左右|分别)$"
)

#: Characters of the label a result must hold in one stretch to name the same indicator.
_NAMED = 4
#: Shares of a label's words (by length) that name the indicator alone, or with a quantity in
#: the plan's unit: 铁路投资 is half held by 高速铁路运营里程…公里, and not reported by it.
_MOST, _PART = 0.5, 0.4


@lru_cache(maxsize=4096)
def _figures(key: str) -> tuple[Figure, ...]:
    return extract_figures(key)


def _reports(figure: Figure, evidence_key: str, evidence: tuple[Figure, ...]) -> bool:
    topics = indicator_topics(figure.label)
    if topics:
        # -- a known indicator (二氧化硫, 能耗) is reported under its own name, not another's --
        named = indicator_topics(evidence_key)
        if topics & named:
            return True
        if named:
            return False
    # -- a vague noun (事项 of 政务数据共享事项) names no indicator: every count of a service
    #    centre holds it --
    words = [word for word in tokenize(figure.label)
             if len(word) > 1 and not _NOT_THE_INDICATOR.match(word) and word not in VAGUE_NOUNS]
    if not words:
        return True  # -- the label names no indicator (要完成…): nothing to hold the result to --
    # -- the label's words the result holds, by length: most of them (农村贫困人口 in 贫困人口
    #    减少…), or a good part of three or more and a quantity in the plan's unit (医保财政补助…
    #    元; of two words, 铁路投资, one held says nothing: 水利投资 is another indicator) --
    held = sum(len(word) for word in words if word in evidence_key) / sum(map(len, words))
    if held > _MOST or held >= _PART and len(words) > 2 and any(found.unit == figure.unit for found in evidence):
        return True
    # -- or most of the label's wording in one stretch (基本公共卫生服务经费 of …财政补助) --
    match = SequenceMatcher(None, figure.label, evidence_key, autojunk=False).find_longest_match()
    return match.size >= _NAMED and 2 * match.size >= len(figure.label)


def reports_its_figures(plan_key: str, evidence_key: str) -> bool:
    """True unless the plan clause sets figures and the evidence reports none of them: names
    no such indicator (its known topic, else most of its label's words)."""
    planned = [figure for figure in _figures(plan_key) if figure.label and not figure.is_change]
    if not planned:
        return True
    evidence = _figures(evidence_key)
    return any(_reports(figure, evidence_key, evidence) for figure in planned)


__all__ = ["reports_its_figures"]
