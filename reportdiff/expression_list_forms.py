"""A list read whole as one candidate expression (see :mod:`reportdiff.expression_spans`): a run
of parallel 要-stances (疫情要防住、经济要稳住、发展要安全) and a list summed up by its count
(需求收缩、供给冲击、预期转弱三重压力).

The items themselves come from :mod:`reportdiff.expression_lists`; runs of short items on one
pattern (稳就业、稳金融…) from :mod:`reportdiff.expression_parallels`.
"""

from __future__ import annotations

from . import expression_words as words
from .expression_bounds import MAX_CHARS, length, opens

#: How strongly the form marks a formulation (as a quoted slogan in expression_quotes).
STANCE = 6.0
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# -- words that open on 要 and say nothing must be done (改革要求, 生产要素, 工作要点) --
_NOT_SAYING = frozenset("要求 要素 要点 要害 要务 要闻 要件 要地 要塞 要道 要职 要员 要案 要领 要是 要么 要不 要紧 要义".split())


def parallel_stances(tokens, offsets, items):
    """Yield runs of parallel 要-items: 疫情要防住、经济要稳住、发展要安全."""
    run: list[tuple[int, int]] = []
    for item in [*items, None]:
        if item is not None and _says(tokens, *item):
            run.append(item)
            continue
        if len(run) >= 2:
            first, last = run[0][0], run[-1][1]
            # -- the verb that launches the run is not part of it (全面落实|疫情要防住、…) --
            while first + 1 < last and opens(tokens, first) and tokens[first + 1] != "要":
                first += 1
            # -- the run ends where the last item turns into a modifier (…发展要安全的要求) --
            cut = next((i for i in range(run[-1][0], last) if tokens[i] == "的"), last)
            # -- a reader quotes the whole run, however many items (宏观政策要稳、…、社会政策要托底) --
            if length(offsets, first, cut) <= 2 * MAX_CHARS:
                yield first, cut, STANCE
        run = []


def counted(tokens, offsets, items):
    """Yield a list summed up by its count: 需求收缩、供给冲击、预期转弱三重压力 (three items, 三重)."""
    a, b = items[-1]
    for k in range(a + 1, b):
        token = tokens[k]
        if _COUNTS.get(token[0]) == len(items) and (len(token) > 1 or k + 1 < b):
            end = min(k + 2, b)
            # -- the first item may carry the sentence's verb (面临|需求收缩): as long as the second --
            start, size = items[0][0], length(offsets, *items[1])
            while length(offsets, start, items[0][1]) > size + 1 and start + 1 < items[0][1]:
                start += 1
            if length(offsets, start, end) <= MAX_CHARS + 6:
                yield start, end, STANCE
            return


def _says(tokens, first: int, last: int) -> bool:
    """True when the item says what something must do: 要 after a word that names it (经济要稳住,
    also joined to its verb by the tokenizer: 产业政策|要准), not after an adverb (越是困难越要坚定
    信心 is no stance)."""
    return any((tokens[i] == "要" or len(tokens[i]) == 2 and tokens[i][0] == "要" and tokens[i] not in _NOT_SAYING)
               and len(tokens[i - 1]) >= 2 and tokens[i - 1] not in words.ADVERBS
               and tokens[i - 1] not in words.CONNECTIVES for i in range(first + 1, last))


__all__ = ["STANCE", "counted", "parallel_stances"]
