"""What a span's words say, as :mod:`reportdiff.expressions` scores it: coined and rare new
terms up, narration and figures down, a task the new report opens up.

Each token's kind is worked out once per token, and each word's novelty (is it new to the other
report, how rare, how often its own report uses it) once per word, when a span first asks for
it, and kept at its places in the unit; a span's score then reads them off.
"""

from __future__ import annotations

from . import expression_words as words
from .expression_bounds import REMEMBERED
from .expression_clauses import CLAUSE_PUNCT
from .segment import word_frequency

# -- a span opening a task (a policy verb, also after an adverb: 加快建设…, 大力提振…) is what
#    a reader quotes from the new report's plans; in the old report a task that stops is
#    mostly reworded, and its names and slogans are what was dropped, so there only a bare
#    policy verb counts, and a little; a new word the report uses again is a theme --
_TASK_NEW, _TASK_OLD, _THEME = 2.0, 0.5, 1.0
# -- a report marks its own novelties: a thing announced as new (新的…, 新一轮…) or set up
#    (设立…, 新设…) is what it introduces this year (新的组合式税费支持政策, 新一轮千亿斤粮食产能提升
#    行动, 设立金融稳定保障基金). Measured on the develop keys (five lists, see the commit): picked
#    at 19–100% against 2–15% for spans of the same score; a lift of 2 gains three picks there,
#    none lost on the held-out keys; 1 gains nothing, 3 no more than 2 --
_ANNOUNCED = 2.0
_SETTING_UP = frozenset("设立 新设".split())
# -- what follows 新的 when a report speaks of the times, not of a thing it introduces
#    (面对新的形势和任务, 在新的一年, 作出新的更大贡献) --
_NEW_TIMES = frozenset("形势 任务 一年 征程 起点 阶段 成就 成绩 进展 突破 贡献 台阶 水平 要求 挑战 机遇 变化 "
                       "气象 作为 局面 历史 时代 更大 更好 发展 高度".split())

# -- what a token is to the score: a figure, narration, a one-character token that coins a
#    term with its neighbour (a quotation mark too), a content word, other --
_FIGURE, _NARRATION, _ONE, _QUOTE, _CONTENT, _OTHER = range(6)
# -- a novelty not worked out yet (see WordScores.fill) --
_UNSET = object()


class _Kinds(dict):
    """Each token's kind, worked out once per token (and again after a long run of texts filled
    the table: figures make new tokens without end)."""

    def __missing__(self, token: str) -> int:
        if len(self) >= REMEMBERED:
            self.clear()
        if not token.isalpha() and any(ch.isdigit() for ch in token):
            kind = _FIGURE
        elif token in words.NARRATIVE:
            kind = _NARRATION
        elif len(token) == 1 and token not in words.FUNCTION_WORDS and token not in CLAUSE_PUNCT:
            kind = _QUOTE if token in words.QUOTE_CHARS else _ONE
        elif len(token) >= 2 and token not in words.GENERIC:
            kind = _CONTENT
        else:
            kind = _OTHER
        self[token] = kind
        return kind


_KINDS = _Kinds()


class WordScores:
    """The words' scores of spans of ``own`` (an ``expressions._Side``) against ``other``."""

    def __init__(self, own, other) -> None:
        self.own, self.other = own, other
        self.memo: dict[str, float] = {}
        self._values: dict[int, list] = {}

    def score(self, index: int, first: int, last: int, new_is_own: bool) -> float:
        """Score tokens ``first`` to ``last`` of unit ``index``."""
        unit = self.own.units[index]
        tokens = unit.tokens
        span_kinds = list(map(_KINDS.__getitem__, tokens[first:last]))
        if _CONTENT not in span_kinds:
            return -100.0
        if _QUOTE not in span_kinds:
            figures = span_kinds.count(_FIGURE)
        else:
            # -- a figure is narration or a target; inside quotation marks it is part of a
            #    name (“科技创新2030—重大项目”, 《中国制造2025》) --
            figures = 0
            quoted = False
            for token, kind in zip(tokens[first:last], span_kinds):
                if token in words.QUOTE_CHARS:
                    quoted = token in words.OPENING_QUOTES or token in words.STRAIGHT_QUOTES and not quoted
                if kind == _FIGURE and not quoted:
                    figures += 1
        score = 0.0 - 3.0 * figures
        # -- a one-character token coins a term with its neighbour the tokenizer split off
        #    (制度+型, 跨+周期, 大+食物+观): at the span's edges only with a neighbour inside it --
        values = self._novelties(index)
        inside = values[first + 1:last - 1]
        if _UNSET in inside:
            self._fill(index, first + 1, last - 1)
            inside = values[first + 1:last - 1]
        novelties = [value for value in inside if value is not None]
        memo = self.memo
        for i, neighbour in ((first, first + 1), (last - 1, last - 2)):
            kind = span_kinds[i - first]
            if kind == _CONTENT:
                # -- a one-token word is the token itself (tokens join to the key) --
                value = memo.get(tokens[i])
                novelties.append(value if value is not None else self._word(tokens[i]))
            elif (kind == _ONE or kind == _QUOTE) and first <= neighbour < last and len(tokens[neighbour]) >= 2:
                novelties.append(self._word(tokens[i] + tokens[neighbour] if i < neighbour
                                            else tokens[neighbour] + tokens[i]))
            if last - first == 1:
                break
        if novelties:
            novelties.sort(reverse=True)
            score += novelties[0] + sum(novelties[1:3]) / 4
        if new_is_own and _opens_task(tokens, first, last):
            score += _TASK_NEW
        elif not new_is_own and tokens[first] in words.POLICY_VERBS:
            score += _TASK_OLD
        score -= 1.5 * min(span_kinds.count(_NARRATION), 3)
        if _announces(tokens, first, last):
            score += _ANNOUNCED
        length = unit.offsets[last] - unit.offsets[first]
        if length < 6 and tokens[first] != "“" and (not novelties or novelties[0] < 2.5):
            # -- a short span without a coined word is mostly a piece of a longer phrase --
            score -= 1.0
        if length > 16:
            score -= (length - 16) * 0.5
        return score

    def _word(self, word: str) -> float:
        """The novelty of ``word``, worked out once."""
        value = self.memo.get(word)
        if value is None:
            value = self.memo[word] = self._novelty(word)
        return value

    def _novelty(self, word: str) -> float:
        # -- a word the other report has as a token is in its text (masking leaves words alone) --
        if word.isalpha() and word in self.other.token_counts or self.other.has(word):
            return 0.0
        frequency = word_frequency(word)
        value = 2.5 if frequency == 0 else 1.5 if frequency < 200 else 1.0 if frequency < 2000 else 0.3
        # -- a new word the report uses again and again is a new theme (留抵, 三孩) --
        uses = self.own.token_counts.get(word) or self.own.count(word)
        return value + (_THEME if uses > 1 else 0.0)

    def _novelties(self, index: int) -> list:
        """Unit ``index``'s novelties so far: a content word's, a one-character token's with the
        neighbour it coins a term with inside a span (the word before it when that has two
        characters or more, else the word after), None for other tokens; ``_UNSET`` until a
        span asks (``_fill``)."""
        values = self._values.get(index)
        if values is None:
            values = self._values[index] = [_UNSET] * len(self.own.units[index].tokens)
        return values

    def _fill(self, index: int, start: int, end: int) -> None:
        """Work out the novelties of unit ``index`` from ``start`` to ``end`` not known yet, as
        they are inside a span: a one-character token's neighbours are in it too."""
        tokens = self.own.units[index].tokens
        values = self._values[index]
        memo, word = self.memo, self._word
        for i in range(start, end):
            if values[i] is _UNSET:
                token = tokens[i]
                kind = _KINDS[token]
                if kind == _CONTENT:
                    value = memo.get(token)
                    values[i] = value if value is not None else word(token)
                elif kind != _ONE and kind != _QUOTE:
                    values[i] = None
                elif len(tokens[i - 1]) >= 2:
                    values[i] = word(tokens[i - 1] + token)
                elif len(tokens[i + 1]) >= 2:
                    values[i] = word(token + tokens[i + 1])
                else:
                    values[i] = None


def _announces(tokens: tuple[str, ...], first: int, last: int) -> bool:
    """True when a span sets a thing up (设立…) or announces it as new (新的…, 新一轮…), not the times."""
    if tokens[first] in _SETTING_UP:
        return True
    for i in range(first, last - 1):
        token = tokens[i]
        if token == "新一轮":
            return True
        if token == "新":
            after = tokens[i + 1]
            if after == "一轮" or after == "的" and i + 2 < last and tokens[i + 2] not in _NEW_TIMES:
                return True
    return False


def _opens_task(tokens: tuple[str, ...], first: int, last: int) -> bool:
    """True when a span opens with a policy verb, or with an adverb and a policy verb (加快|建设…)."""
    opening = tokens[first]
    if opening in words.POLICY_VERBS:
        return True
    if opening in words.ADVERBS:
        return last - first > 1 and tokens[first + 1] in words.POLICY_VERBS
    # -- an adverb fused with its verb into one token (全面实施, 深入推进) --
    return len(opening) == 4 and opening[:2] in words.ADVERBS and opening[2:] in words.POLICY_VERBS


__all__ = ["WordScores"]
