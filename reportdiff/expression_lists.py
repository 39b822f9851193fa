"""Enumerations inside a clause, as candidate expressions must respect them.

A report lists items with 、 and lets them share what stands before the first and after the
last: 打好|蓝天、碧水、净土|保卫战, 全面贯彻党的二十大和二十届|二中、三中|全会精神,
建立与|公、检、法|等司法机关联动机制, 统筹推进|粮食安全、乡村发展. A span that takes the
last item with the shared tail (净土保卫战, 法等司法机关联动机制), or the shared head with the
first item (统筹推进粮食安全), names a part of the list as if it were the whole: a reader sees
a fragment. A span either takes the whole list with what its items share, or one item alone.

Where the items end is told by the kind's prose, not by any report's phrases: 等 closes a list
(what follows it is the category the items share, and a conjunction before it joins one more
item: …、公平竞争审查以及生活垃圾管理条例等主题); an item that opens with a verb is a task of its
own (加强…、提升…); otherwise the items are about as long as the inner ones (or as the two
words that face each other across the 、: 二中、三中), so a last item much longer than those
carries a shared tail, and a first item much longer a shared head (after the verbs, function
words and the marker of a point that open it). Lists of items that all end alike
(全球发展倡议、全球安全倡议) share nothing. Runs of parallel items (expression_parallels), a
list summed up by its count and parallel 要-stances are forms of lists of their own and are
left as they are by their generators (expression_spans).
"""

from __future__ import annotations

from . import lazy_re
from . import expression_words as words
from .segment import word_frequency

# -- an item's length may differ from the others' by this much and still be one item --
_SPREAD = 1
# -- the most characters of a first item's own words compared whole with the next item --
_FACING_MAX = 4
# -- what opens an item without being part of it: verbs, adverbs, connectives, function words,
#    what a report faces (面对…), the marker of a point (三是…) --
_HEAD_WORDS = (words.POLICY_VERBS | words.LIGHT_VERBS | words.ADVERBS | words.CONNECTIVES
               | words.FUNCTION_WORDS | words.FACING)
_OPENERS = words.POLICY_VERBS | words.LIGHT_VERBS | words.ADVERBS
_POINT_MARKERS = frozenset(numeral + "是" for numeral in "一二三四五六七八九十")
_CONJUNCTIONS = frozenset("和 与 及 以及".split())


def items(tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Return the 、-separated items of a clause (token ranges), never split inside quotation
    marks."""
    found = []
    start = first
    depth = 0
    for i in range(first, last + 1):
        token = tokens[i] if i < last else "、"
        if token == "“":
            depth += 1
        elif token == "”":
            depth = max(0, depth - 1)
        elif token == "、" and depth == 0:
            if i > start:
                found.append((start, i))
            start = i + 1
    return found


def of_clause(tokens, offsets, first: int, last: int, text: str) -> Listing | None:
    """Return the enumeration of the clause ``first``–``last`` (``text``: its key), None when it
    lists nothing: also for the two halves of one phrase (使城市既有“面子”、更有“里子”)."""
    if halves(text):
        return None
    found = items(tokens, first, last)
    return Listing(tokens, offsets, found, "等" in text) if len(found) > 1 else None


#: 既…、又/也/更/还… (既有“面子”、更有“里子”; 既抓当前、又谋长远): one phrase in two halves.
_HALVES = lazy_re.compile(r"既[^、]*、(?:又|也|更|还)[^、]*$")


def halves(text: str) -> bool:
    """True when a clause's only 、 joins the two halves of one phrase (既…、更…): no list."""
    return "既" in text and _HALVES.search(text) is not None


def _opens(token: str) -> bool:
    """True for a verb that opens a task, also after or fused with an adverb (全面推进)."""
    return token in _OPENERS or len(token) == 4 and token[:2] in _OPENERS and token[2:] in _OPENERS


def _bounds_subject(token: str) -> bool:
    """True for a token no subject of a list's first item reaches back over (了, 的, a verb)."""
    return (token in words.NARRATIVE or token in words.FUNCTION_WORDS or token in _HEAD_WORDS
            or token in _POINT_MARKERS or _opens(token))


def _closes(token: str) -> bool:
    """True for 等 closing a list, also joined to the last item's word by the tokenizer (法等):
    a word of the dictionary (平等, 高等) is no such join."""
    return token == "等" or len(token) == 2 and token[1] == "等" and word_frequency(token) == 0


class Listing:
    """The enumeration of one clause: where its items' own text starts and ends."""

    __slots__ = ("items", "head", "own_start", "own_end", "first_end", "cuts")

    def __init__(self, tokens, offsets, found: list[tuple[int, int]], closes: bool = True) -> None:
        """``found``: the clause's items (``items``), at least two; ``closes``: whether 等 may
        close the list (most lists hold none: no need to look for it)."""
        self.items = found
        # -- 等 closes a list: the items after it go on with the sentence (信访预防、受理、
        #    监督追责等工作法治化、维护秩序法治化配套制度) --
        closing = closes and next((k for k, (a, b) in enumerate(found[1:-1], 1)
                                   if any(map(_closes, tokens[a:b]))), None)
        if closing:
            found = found[:closing + 1]
        (a1, b1), (an, bn) = found[0], found[-1]
        self.first_end = b1
        # -- boundaries between items, as token indices: each item's first token --
        self.cuts = [a for a, _ in found[1:]]
        # -- the first item's own words come after the verbs and function words that open it --
        head = a1
        for i in range(a1, b1 - 1):
            if tokens[i] in _HEAD_WORDS or tokens[i] in _POINT_MARKERS or _opens(tokens[i]):
                head = i + 1
        close = next((i for i in range(an, bn) if _closes(tokens[i])), None) if closes else None
        typical = _typical(tokens, offsets, found, head, close)
        subject = head > a1 and typical is not None and offsets[b1] - offsets[head] < typical - _SPREAD
        if subject:
            # -- too little after the verb for an item: the verb is the first item's own, after
            #    its subject (经受了|世界变局加快演变、新冠疫情冲击…), not the list's --
            start = head - 1
            while start > a1 and not _bounds_subject(tokens[start - 1]):
                start -= 1
            subject = start < head - 1
            if subject:
                head = start
        own_start = a1
        if not _opens(tokens[found[1][0]]):
            own_start = head
            if not subject and typical is not None and offsets[b1] - offsets[head] > typical + _SPREAD:
                # -- the last words about as long as an item: the rest is the shared head --
                own_start = next((i for i in range(b1 - 1, head - 1, -1)
                                  if offsets[b1] - offsets[i] >= typical - _SPREAD), head)
        if close is not None and close > an or close == an and tokens[close] != "等":
            # -- 等 closes the list: the conjunctions before it join items --
            self.own_end = close if tokens[close] == "等" else close + 1
            self.cuts += [i + 1 for i in range(an, close) if tokens[i] in _CONJUNCTIONS]
        elif _opens(tokens[an]):
            self.own_end = bn
        else:
            item = offsets[b1] - offsets[own_start] if typical is None else typical
            self.own_end = _tail(tokens, offsets, found, item, typical is not None)
        self.own_start = own_start
        # -- where a list widened to take its shared tail starts: after the verbs and function
        #    words, with the words the items share before them (二十届|二中、三中全会精神) --
        self.head = min(head, own_start)

    def fit(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the token range ``start``–``end`` made to respect the list: as it is, trimmed
        to the first item alone (a shared head taken with it), widened to the whole list with
        the words its items share (a shared tail taken with the last items), or None when it
        takes the head with some items but not all, or a run of items that does not open the
        list."""
        own_start, own_end = self.own_start, self.own_end
        if end <= own_start or start >= own_end or start <= own_start and end >= own_end:
            return start, end
        if start < own_start:
            # -- the shared head with the first item: the item alone --
            return (own_start, end) if end <= self.first_end else None
        if end > own_end:
            # -- items with the shared tail: from the first item's own words --
            return (start, end) if start < self.first_end else (min(start, self.head), end)
        crossed = any(start < cut < end for cut in self.cuts)
        # -- a run of items that does not open the list (…、公平竞争审查以及生活垃圾管理条例) --
        return None if crossed and start >= self.first_end else (start, end)


def _typical(tokens, offsets, found, head: int, close: int | None) -> int | None:
    """Return how long an item of the list is, in key characters: the longest inner item, the
    last item's words before 等, or the words facing each other across the 、; None when unknown."""
    (_, b1), (an, bn) = found[0], found[-1]
    if len(found) > 2:
        return max(offsets[b] - offsets[a] for a, b in found[1:-1])
    if close is not None and close > an:
        # -- (等 alone, or joined to the item's last word: 法等) --
        end = offsets[close] if tokens[close] == "等" else offsets[close + 1] - 1
        return end - offsets[an]
    # -- the first item's own words when they are few (推进|中美、中欧…), else its last word --
    few = offsets[b1] - offsets[head] <= _FACING_MAX
    left = "".join(tokens[head:b1]) if few else tokens[b1 - 1]
    return _facing(left, "".join(tokens[an:bn]))


def _tail(tokens, offsets, found, item: int, known: bool) -> int:
    """Return where the last item's own words end (a token index): at 的 after words about as
    long as an item (经济总量不大、产业层次不高|的状况尚未根本改变), or, when the items' length
    is ``known``, after that many characters of a last item much longer than the others; else
    at its end."""
    an, bn = found[-1]

    def size(i: int) -> int:  # -- key characters from the item's start --
        return offsets[i] - offsets[an]

    shortest = max(2, item - _SPREAD)
    of = next((i for i in range(an + 1, bn) if tokens[i] == "的" and size(i) >= shortest), None)
    if of is not None:
        return of
    # -- items that all end alike name their own heads (全球发展倡议、全球安全倡议) --
    if known and size(bn) > item + _SPREAD and tokens[found[-2][1] - 1][-1] != tokens[bn - 1][-1]:
        return next((i for i in range(an + 1, bn) if size(i) >= item - _SPREAD), bn)
    return bn


def _facing(left: str, right: str) -> int | None:
    """Return the length of an item told by the words facing each other across a 、 when they
    are parallel (二中、三中全会; 中美、中欧投资协定: one character at the same place), else None."""
    size = len(left)
    if size < 2 or len(right) <= size:
        return None
    right = right[:size]
    return size if left != right and any(x == y for x, y in zip(left, right)) else None


__all__ = ["Listing", "items", "of_clause"]
