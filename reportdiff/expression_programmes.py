"""Named programmes and systems as candidate expressions of a clause (see
:mod:`reportdiff.expression_spans`): a head word (…工程, …行动, …机制) and the words that name it.

A programme weighs in full only when a policy verb launches it (实施…工程); one only mentioned
(不得搞形象工程) weighs as a named system. A name must be new next to its head: 建设重点|水利工程
only puts a word before an old name.
"""

from __future__ import annotations

from . import lazy_re
from . import expression_words as words
from .expression_bounds import MAX_CHARS, MIN_CHARS, REMEMBERED, length, opens

# -- how strongly each form marks a formulation (as the other forms in expression_spans) --
PROGRAMME, SYSTEM = 6.0, 2.0
_CONJUNCTIONS = frozenset("和 与 及 以及".split())
# -- nouns that make a head their modifier (更多政策空间, 改革红利): no name ends before them --
_COMPOUND_TAILS = frozenset("空间 效应 红利 取向 储备 环境 成效".split())


def named(tokens, offsets, first: int, last: int, known):
    """Yield named programmes and systems: a head word and the words that name it."""
    heads = HEADS
    for h in [h for h in range(first, last) if heads[tokens[h]]]:
        weight = heads[tokens[h]]
        if h + 1 < last and (tokens[h + 1][0] in words.LOCATIVES or tokens[h + 1] in _COMPOUND_TAILS):
            # -- 思想上, 政策空间: no name ends on this head --
            continue
        start = first
        for s in range(h - 1, first - 1, -1):
            if tokens[s] in words.NAME_BOUNDARY:
                start = s + 1
                break
        if length(offsets, start, h + 1) > MAX_CHARS:
            # -- too long a name: its last conjunct when the one before names a thing of its own
            #    (…重要讲话精神和|治国理政新理念新思想新战略), never a cut inside a word group nor
            #    between conjuncts that share the head (国民经济和社会发展第十五个五年规划) --
            start = next((s + 1 for s in range(h - 1, start, -1) if tokens[s] in _CONJUNCTIONS), h)
            if start < h and not heads[tokens[start - 2]]:
                continue
            if length(offsets, start, h + 1) > MAX_CHARS:
                continue
        # -- a name needs words of its own before the head (开放战略 is no name) --
        if length(offsets, start, h) >= 3 and length(offsets, start, h + 1) >= MIN_CHARS and _new_name(
                tokens, known, start, h):
            # -- a programme no policy verb launches is only mentioned (不得搞形象工程): it weighs
            #    as a named system --
            if weight == PROGRAMME and not _launched(tokens, first, start):
                weight = SYSTEM
            yield start, h + 1, weight


def _launched(tokens, first: int, start: int) -> bool:
    """True when a policy verb launches the name: it opens the name or stands right before it
    (实施…工程, 深入开展…行动), or it launches the 、-list the name belongs to
    (一道落实全球发展倡议、|全球安全倡议); a name no verb launches is only mentioned."""
    i = start
    while True:
        if opens(tokens, i) or (i > first and opens(tokens, i - 1)):
            return True
        if not (i - 1 > first and tokens[i - 1] == "、"):
            return False
        # -- back to the start of the item before (the first item carries the verb) --
        i -= 2
        while i > first and tokens[i - 1] != "、" and tokens[i - 1] not in words.NAME_BOUNDARY and not opens(
                tokens, i - 1):
            i -= 1


def _new_name(tokens, known, start: int, h: int) -> bool:
    """True when what makes the name new stands next to its head: 稳链|工程 is a new name, while
    建设重点|水利工程 and 坚定实施|扩大内需战略 only put a word before an old one."""
    for s in range(h - 1, max(start, h - 3) - 1, -1):
        if not known(s, h + 1):
            token = tokens[s]
            return not (token in words.GENERIC or token in words.ADVERBS or token in words.POLICY_VERBS
                        or token in words.FUNCTION_WORDS)
    return False


def _head_weight(token: str) -> float:
    """Return the weight of a head word, also as the end of a longer token (十年规划, 举国体制)."""
    for size in (3, 2, 1):
        tail = token[-size:]
        if len(token) >= size:
            if tail in words.PROGRAMME_HEADS:
                return PROGRAMME
            if tail in words.SYSTEM_HEADS and (size > 1 or len(token) == 1):
                return SYSTEM
    return 0.0


class _HeadWeights(dict):
    """Each token's weight as a head word, worked out once per token (and again after a long
    run of texts filled the table: figures make new tokens without end)."""

    def __missing__(self, token: str) -> float:
        if len(self) >= REMEMBERED:
            self.clear()
        weight = self[token] = _head_weight(token)
        return weight


#: Each token's weight as a head word (0.0: none), filled as tokens are looked up.
HEADS = _HeadWeights()
#: A token weighs as a head only when it ends on a head's last character: most clauses hold none.
HEAD_ENDS_RE = lazy_re.compile("[" + "".join(sorted({head[-1] for head in words.PROGRAMME_HEADS | words.SYSTEM_HEADS})) + "]")


__all__ = ["HEADS", "HEAD_ENDS_RE", "PROGRAMME", "SYSTEM", "named"]
