"""The subject of a figure on the 到 side of a 从X…到Y clause (used by figure_labels.py).

企业开办时间从一个月以上压缩到目前的平均4个工作日以内: the figure is the level 企业开办时间 was
brought to; what stands between 从 and it (the level it was brought from, written in words or as a
figure, the verb, 目前的) names nothing.
"""

from __future__ import annotations

from . import lazy_re

#: The verbs of a change from one level to another (压缩到, 精简至, 增至).
_TO_VERB = r"(?:(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|压缩|缩减|缩短|缩小|精简|压减|降)(?:到|至)|增至|降至)"
#: 从/由 (not 从事, 由于…), the level from, the verb and a few words (目前的平均, 现在的) up to the
#: figure, within one clause.
_FROM_TO = lazy_re.compile(r"[从由](?![事业严而于此头来])[^从由,;:。]{1,14}?" + _TO_VERB + r"[^从由,;:。]{0,6}$")


#: Between the two figures of a pair: the verb and a few words (缩短到现在的, 压缩到目前的平均).
_TO_GAP = lazy_re.compile(_TO_VERB + r"[^从由,;:。]{0,6}")


def to_side_gap(gap: str) -> bool:
    """True when ``gap``, the text between two figures, makes the second the 到 side of the first."""
    return _TO_GAP.fullmatch(gap) is not None


def named_before_to(key: str, start: int, number: int) -> str | None:
    """The words before 从 of the clause ``key[start:number]`` when the figure at ``number`` is
    the 到 side of a 从…到 change told there, else None."""
    found = _FROM_TO.search(key, start, number)
    if found is None or found.start() - start < 2:
        return None
    named = key[start : found.start()]
    # -- 将企业开办时间从…: what 将 takes is the subject --
    taken = max(named.rfind("将"), named.rfind("把"))
    return named[taken + 1 :] if len(named) - taken > 2 else named


__all__ = ["named_before_to", "to_side_gap"]
