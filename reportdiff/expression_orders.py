"""A list said again in another order is no new formulation: 打好蓝天、碧水、净土保卫战 against
打好净土、蓝天、碧水保卫战, 统筹发展和安全 against 统筹安全和发展; nor is a result reached said with
its verb moved: 实现执法记录仪配备全覆盖 against 执法记录仪配备实现全覆盖.

The items of a span's list are its token runs between enumeration marks (、) and joining words
(和, 与, 及, 以及); the first item may begin anywhere in the run before the first mark and the last
end anywhere in the run after the last (打好|蓝天 … 净土|保卫战), so every such cut is tried. The
marks stay where they stood; the items trade places.
"""

from __future__ import annotations

from itertools import permutations

from . import expression_words as words

#: Tokens that join the items of a list.
_JOINS = frozenset("、 和 与 及 以及".split())
#: Lists up to this many items are tried in every order (4! = 24 orders).
_MOST_ITEMS = 4
#: The first and the last item are tried at most this many tokens long (a span is a few words).
_MOST_ITEM = 4


def reordered(tokens: tuple[str, ...], first: int, last: int, has) -> bool:
    """Whether ``has`` (the other report's presence test) holds the span ``tokens[first:last]``
    with the items of its list in another order."""
    marks = [at for at in range(first + 1, last - 1) if tokens[at] in _JOINS]
    if not marks or len(marks) + 1 > _MOST_ITEMS:
        return False
    inner = ["".join(tokens[a + 1:b]) for a, b in zip(marks, marks[1:])]
    if not all(inner):
        return False
    joins = [tokens[at] for at in marks]
    for start in range(max(first, marks[0] - _MOST_ITEM), marks[0]):
        head, opening = "".join(tokens[first:start]), "".join(tokens[start:marks[0]])
        for end in range(marks[-1] + 2, min(last, marks[-1] + 1 + _MOST_ITEM) + 1):
            closing, tail = "".join(tokens[marks[-1] + 1:end]), "".join(tokens[end:last])
            items = [opening, *inner, closing]
            for order in permutations(items):
                if list(order) == items:
                    continue
                said = "".join(item + join for item, join in zip(order, [*joins, ""]))
                if has(head + said + tail):
                    return True
    return False


def verb_moved(tokens: tuple[str, ...], first: int, last: int, has) -> bool:
    """Whether ``has`` holds the span with its reaching verb moved to the other side of what
    it covers: 实现|X|全覆盖 said as X|实现|全覆盖, and the reverse (expression_words.RESULTS)."""
    for cut in range(first + 2, last):
        result = "".join(tokens[cut:last])
        if result not in words.RESULTS:
            continue
        if tokens[first] in words.REACHING:
            return has("".join(tokens[first + 1:cut]) + tokens[first] + result)
        if tokens[cut - 1] in words.REACHING:
            return has(tokens[cut - 1] + "".join(tokens[first:cut - 1]) + result)
    return False


__all__ = ["reordered", "verb_moved"]
