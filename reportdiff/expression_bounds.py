"""The bounds of an expression (see :mod:`reportdiff.expressions`): how long it may be, which
tokens it may start and end on, and its core without the verbs and generic words around it.

切实落实“两个毫不动摇” is no new expression when “两个毫不动摇” is old; 一是… starts on the
marker of a point, 的规范性文件 inside a modifier: the candidates of every form
(:mod:`reportdiff.expression_spans`) are bounded alike.
"""

from __future__ import annotations

from . import expression_words as words
from .expression_clauses import CLOSING_BRACKETS, OPENING_BRACKETS

#: Longest expression kept, in key characters: longer spans are sentences, not formulations.
MAX_CHARS = 18
#: Shortest expression kept (quotes and digits aside).
MIN_CHARS = 4
#: How many tokens' weights and kinds are remembered at most.
REMEMBERED = 50_000
# -- a one-character suffix the tokenizer split off the word before (政府|性基金): no span starts on it --
_SUFFIXES = frozenset("性型化式率度者级类")
_BRACKETS = OPENING_BRACKETS | CLOSING_BRACKETS


def length(offsets, first: int, last: int) -> int:
    """Characters of the token range ``first:last`` (``offsets``: where each token starts)."""
    return offsets[last] - offsets[first]


def opens(tokens, i: int) -> bool:
    """True when a policy verb stands at ``i``, also after an adverb or fused with one (深入推进)."""
    token = tokens[i]
    if token in words.POLICY_VERBS:
        return True
    if token in words.ADVERBS:
        return i + 1 < len(tokens) and tokens[i + 1] in words.POLICY_VERBS
    return len(token) == 4 and token[:2] in words.ADVERBS and token[2:] in words.POLICY_VERBS


def core(tokens: tuple[str, ...], first: int, last: int) -> tuple[int, int]:
    """Return the token range of ``tokens[first:last]`` (masked) without leading verbs and adverbs
    and trailing generic words.

    切实落实“两个毫不动摇” is no new expression when “两个毫不动摇” is old: what is new must be
    new without the 切实落实 around it.
    """
    start = run = first
    roles = _ROLES
    while run < last - 1 and roles[tokens[run]] & _OPENER:
        run += 1
        # -- an adverb goes only with the light verb it opens: 大力提振市场信心 keeps its 大力,
        #    for a stronger verb of its own is a new formulation --
        if roles[tokens[run - 1]] & _LIGHT:
            start = run
    while last > start + 1 and tokens[last - 1] in words.TRAILING:
        last -= 1
    return start, last


_OPENER, _LIGHT = 1, 2


class _Roles(dict):
    """Each token's role in ``core`` (opener, light verb: bits), worked out once per token."""

    def __missing__(self, token: str) -> int:
        if len(self) >= REMEMBERED:
            self.clear()
        role = self[token] = (_OPENER if _is_opener(token) else 0) | (_LIGHT if _is_light(token) else 0)
        return role


_ROLES = _Roles()


def _is_light(token: str) -> bool:
    """True for a light verb, also fused with an adverb (切实落实)."""
    return token in words.LIGHT_VERBS or (len(token) == 4 and token[2:] in words.LIGHT_VERBS)


def _is_opener(token: str) -> bool:
    """True for a verb or adverb that opens a task, also fused into one token (切实落实, 全面贯彻)."""
    if token in words.LIGHT_VERBS or token in words.ADVERBS:
        return True
    openers = (words.LIGHT_VERBS, words.ADVERBS, words.GENERIC)
    return len(token) == 4 and any(token[:2] in group for group in openers) and any(
        token[2:] in group for group in openers)


# -- the verbs that close a frame 将… (将…上升为…, 将…置于…, 将…纳入…) --
_DISPOSALS = frozenset("为 作为 纳入 列入 置于 摆在 放在".split())


def frames(tokens, first: int, last: int) -> bool:
    """True when 以 or 将 at ``first`` opens a frame that is one phrase: 以…为…
    (以人为核心的新型城镇化, 以习近平同志为核心的党中央), 将…为/置于/纳入…
    (将长三角区域一体化发展上升为国家战略); not 将 saying what will be (将召开…)."""
    token = tokens[first]
    if token == "以":
        return "为" in tokens[first + 2:last - 1]
    return token == "将" and not _DISPOSALS.isdisjoint(tokens[first + 2:last - 1])


def bare_result(tokens: tuple[str, ...]) -> bool:
    """True when a span is a reaching verb (after any adverbs) and a generic result, nothing else:
    实现全覆盖 cut from 执法记录仪配备实现全覆盖 has lost what is covered."""
    at = 0
    while at < len(tokens) - 1 and tokens[at] in words.ADVERBS:
        at += 1
    return tokens[at] in words.REACHING and "".join(tokens[at + 1:]) in words.RESULTS


def cuts_a_suffix(tokens: tuple[str, ...], last: int) -> bool:
    """True when a span ending before ``tokens[last]`` leaves a suffix the tokenizer split off the
    word it ends on (两个千亿|级产业集群, 法治|化): the span stops inside a word."""
    return last < len(tokens) and tokens[last] in _SUFFIXES


_MARKS = frozenset("“”《》")
_POINT_MARKERS = frozenset(numeral + "是" for numeral in "一二三四五六七八九十")


def well_formed(tokens: tuple[str, ...]) -> bool:
    """True when a span neither starts nor ends on a function word and its quotes balance."""
    if tokens[0] in words.FUNCTION_WORDS and not frames(tokens, 0, len(tokens)) \
            or tokens[-1] in words.FUNCTION_WORDS or tokens[0] in _POINT_MARKERS:
        return False  # -- nor on the marker of a point (一是…): the expression is what follows --
    if tokens[0] in _SUFFIXES:
        return False
    if not _BRACKETS.isdisjoint(tokens) and \
            tokens.count("（") + tokens.count("(") != tokens.count("）") + tokens.count(")"):
        return False  # -- an aside is whole or not at all (most spans hold no bracket: one set test) --
    if len(tokens) > 1 and tokens[1] == "的" and tokens[0] in words.POLICY_VERBS:
        return False  # -- nor inside a modifier (对区政府|制定的规范性文件开展…): no task opens there --
    if _MARKS.isdisjoint(tokens):
        return True  # -- (most spans hold no quotation or title marks) --
    opened = tokens.count("“") - tokens.count("”")
    return opened == 0 and tokens.count("《") == tokens.count("》")


__all__ = ["MAX_CHARS", "MIN_CHARS", "REMEMBERED", "bare_result", "core", "cuts_a_suffix", "frames", "length", "opens",
           "well_formed"]
