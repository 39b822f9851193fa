"""Quoted slogans and titles as candidate expressions of a clause (see
:mod:`reportdiff.expression_spans`): “证照分离”, 《…》, with the head word that follows
(“证照分离”改革) or the noun a quoted modifier qualifies (“枫桥式”司法所).

A slogan the other report quotes too is re-quoted, no new one.
"""

from __future__ import annotations

from . import expression_words as words
from .expression_bounds import length
from .expression_programmes import HEADS

#: How strongly the form marks a formulation (as a launched programme in expression_programmes).
QUOTED = 6.0
# -- endings that make a quoted word a modifier: “枫桥式”司法所, “一站式”服务, “链长型”企业 --
_ADJECTIVAL = frozenset("式型")
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
                yield i, j + 1, QUOTED
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


__all__ = ["QUOTED", "quoted"]
