"""Whether a result can show a plan's figure done: a plan that sets an amount (铁路投资8000亿元,
化学需氧量下降2%) is reported by a result about that indicator, not by one that shares its topic
words and gives another quantity (高速铁路运营里程4100公里; 二氧化硫排放量下降5.6%).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .figures_extract import Figure, extract_figures
from .indicators import indicator_topics
from .segment import tokenize

#: Words of a figure's label that say what is done to the indicator, not what it is
#: (要完成铁路投资 → 投资; 中央财政专项扶贫资金增长 → 扶贫资金), on the Simplified key.
_NOT_THE_INDICATOR = re.compile(
    r"^(?:要|再|将|今年|全年|新|累计|力争|确保|完成|实现|达到|安排|增长|下降|降低|减少|增加|提高|提升|"
    r"扩大|压减|压缩|退出|新增|新建|开工|建设|发行|投入|拟|按|为|在|到|超过|以上|左右|分别)$"
)

#: Characters of the label a result must hold in one stretch to name the same indicator.
_NAMED = 4


@lru_cache(maxsize=4096)
def _figures(key: str) -> tuple[Figure, ...]:
    return extract_figures(key)


def _head(label: str) -> str:
    """The last word of a label that names the indicator (its head noun), or ""."""
    return next((word for word in reversed(tokenize(label))
                 if len(word) > 1 and not _NOT_THE_INDICATOR.match(word)), "")


def _reports(figure: Figure, evidence_key: str, evidence: tuple[Figure, ...]) -> bool:
    topics = indicator_topics(figure.label)
    if topics:
        # -- a known indicator (二氧化硫, 能耗) is reported only under its own name --
        return bool(topics & indicator_topics(evidence_key))
    head = _head(figure.label)
    if head and head in evidence_key:
        return True
    # -- or most of the label's wording (基本公共卫生服务经费 of 基本公共卫生服务经费财政补助) --
    match = SequenceMatcher(None, figure.label, evidence_key, autojunk=False).find_longest_match()
    if match.size >= _NAMED and 2 * match.size >= len(figure.label):
        return True
    return any(found.unit == figure.unit for found in evidence)


def reports_its_figures(plan_key: str, evidence_key: str) -> bool:
    """True unless the plan clause sets figures and the evidence reports none of them: neither
    names the indicator (its known topic, else its head noun) nor gives a quantity in its unit."""
    planned = [figure for figure in _figures(plan_key) if figure.label and not figure.is_change]
    if not planned:
        return True
    evidence = _figures(evidence_key)
    return any(_reports(figure, evidence_key, evidence) for figure in planned)


__all__ = ["reports_its_figures"]
