"""Named things as candidate expressions: a programme, a bond, an agreement, a campaign.

A report names things in passing, inside long sentences (不再发行|抗疫特别国债, 完成|中欧投资协定|谈判,
持续推进|扫黑除恶专项斗争): a noun phrase that ends in the head noun of an institution, a
programme or a campaign (…国债, …协定, …专项斗争, …共同体, …工具) and whose modifier is
specific: a word rare in the language (抗疫, 中欧), a one-character word coining a term with the
next (超|长期), a quotation the other report lacks, or a number-name (十年, 三孩). Such a name
is what a reader quotes whether it stands in the plans or in the review, so the review's place
weighs less on it than on a clause (see :mod:`reportdiff.expressions`), and a clause that adds
only a common verb to it (发行, 推进, 签署) is shown as the name.

Kind vocabulary only (head nouns, common verbs of government prose), never a report's phrases.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from . import lazy_re
from . import expression_words as words
from .expression_bounds import MAX_CHARS, MIN_CHARS
from .segment import word_frequency

#: How strongly a specific name marks a formulation (as a programme a policy verb launches).
NAMED = 4.0
#: The place of a name in the review of last year: a name is not narration, but the review
#: mentions many in passing, so it stands a little below the plans' (+1).
REVIEW_PLACE = -1.0

# -- head nouns of named things, matched as the end of a token (专项斗争, 金融工具, 十年规划):
#    programmes, campaigns, instruments and agreements. Not systems and policies (…机制, …制度,
#    …体系, …政策): every routine task names one (县级基本财力保障机制), they weigh as forms
#    (expression_programmes) --
HEADS = frozenset(
    "行动 工程 战略 规划 方案 计划 倡议 基金 工具 纲要 条例 试点 攻坚战 保卫战 示范区 试验区 先行区 "
    "自贸区 自贸港 共同体 协定 协议 公约 国债 债券 专项斗争".split()
)
# -- verbs of government prose that govern a name and are no part of it (发行…国债, 投放…工具,
#    完成…协定谈判); with the policy and light verbs, adverbs and connectives --
COMMON_VERBS = frozenset(
    "发行 投放 完成 签署 谈判 倡导 参与 加入 举办 召开 用好 使用 安排 推出 出台 制定 发布 印发 组织 "
    "开展 启动 设立 建立 成立 搞 不搞 不再 继续 扩大 加大 发挥 运用 依托 通过 围绕 按照 根据 利用 "
    "提出 形成 生效 实行 执行 修订 修改 编制 谋划 抓好 打好 打赢 做好 办好 深入 持续 扎实 "
    "全面 进一步 有效 积极 加快 大力 着力 坚决 不断 稳步 有序 支持 鼓励 引导 推广 扩围 延续 延长 "
    "取消 停止 暂停 结束 到期 好 做到 不让 让 近 确保 新增 增设 新设 降低 充实 增加 减少 大幅 "
    "建成 开工 新开工 再开工 紧扣 赋予 贵在 "
    # -- and demonstratives and quantifiers (这个|战略, 一批|…示范区) --
    "这个 这 该 此 一批 部分 一些 各类 多种 各项".split()
)
_NUMERALS = frozenset("一二三四五六七八九十两百千")
# -- verbs of degree, part of a name alone (职业技能提升行动) but not after an adverb (大幅提高) --
_RAISE = frozenset("提高 提升 增加 扩大".split())
_CLOSING = frozenset("》”」』\"'")
# -- a head these follow is the modifier of a larger noun (一体化国家战略|体系) --
_LARGER = frozenset("体系 机制 制度 体制 格局 能力 框架".split())
_CONJUNCTIONS = frozenset("和 与 及 以及 及其".split())
# -- a modifier word rarer than this in jieba's dictionary is specific (抗疫, 扫黑, 中欧) --
_RARE = 300
# -- (特别 opens a clause as 特别是, but names a bond: 抗疫特别国债) --
_STOPS = (words.FUNCTION_WORDS | words.NAME_BOUNDARY | words.POLICY_VERBS | words.LIGHT_VERBS
          | words.ADVERBS | words.CONNECTIVES | words.NARRATIVE | COMMON_VERBS) - {"特别"}

# -- the last characters of the heads: a token ending in another ends no head --
HEAD_ENDS = frozenset(head[-1] for head in HEADS)
#: Finds a head in a clause's text: a clause without one names nothing.
HEAD_RE = lazy_re.compile("|".join(sorted(HEADS, key=len, reverse=True)))


@lru_cache(maxsize=8192)
def head_size(token: str) -> int:
    """Return how many of the token's last characters are a head noun (0 when none)."""
    if token[-1:] not in HEAD_ENDS:
        return 0
    for size in (4, 3, 2):
        if len(token) >= size and token[-size:] in HEADS:
            return size
    return 0


def spans(tokens, offsets, first: int, last: int, specific, known):
    """Yield ``(start, end)`` token ranges of specific names in one clause.

    A name runs back from its head to the nearest verb, function word or punctuation, a quoted
    part taken whole; ``specific(token)`` tells whether a modifier word marks it out, and
    ``known(start, end)`` whether the other report has a token range's text: a quoted part it
    has too (“十四五”) is an old slogan, which marks no name out.
    """
    found: list[tuple[int, int]] = []
    for h in range(first, last):
        if tokens[h][-1] not in HEAD_ENDS:
            continue
        size = head_size(tokens[h])
        follows = tokens[h + 1] if h + 1 < last else ""
        if not size or follows[:1] in words.LOCATIVES or follows in _LARGER:
            continue
        if h + 1 < len(tokens) and tokens[h + 1] in _CLOSING:
            continue  # -- the end of a quoted title (《…条例》): a title, taken whole elsewhere --
        start = _start(tokens, first, h)
        if start > h:
            continue
        # -- a name inside a longer one (自由贸易试验区|提升战略) is no name of its own --
        while found and found[-1][0] >= start:
            found.pop()
        found.append((start, h))
    for start, h in found:
        size = head_size(tokens[h])
        # -- the modifier: the words before the head, and what the head's token holds before it --
        modifier = list(tokens[start:h])
        if len(tokens[h]) > size:
            modifier.append(tokens[h][:-size])
        length = offsets[h + 1] - offsets[start]
        if not modifier or not MIN_CHARS <= length <= MAX_CHARS:
            continue
        if sum(map(len, modifier)) < 2 or all(token in words.GENERIC for token in modifier):
            continue
        # -- a quoted part counts only as a new quotation (“十四五” is every year's) --
        plain = _unquoted(modifier)
        # -- (a one-character word coins a term with the next: 超|长期 → 超长期) --
        coined = any(len(a) == 1 and a not in words.FUNCTION_WORDS and b.isalpha()
                     and specific(a + b) for a, b in zip(modifier, modifier[1:]))
        if coined or _quoted(tokens, start, h, known) or any(
                _number_name(token) or specific(token) for token in plain):
            yield start, h + 1


def _start(tokens, first: int, h: int) -> int:
    """Return where the name ending at ``h`` starts: after the nearest verb, function word or
    punctuation before it, a quoted part taken whole."""
    start = h
    while start > first:
        token = tokens[start - 1]
        if token in ("年", "年前") and start - 2 >= first and tokens[start - 2].isdigit():
            # -- a year dates a name (2030年前碳排放达峰行动方案); any other figure ends it --
            if len(tokens[start - 2]) != 4:
                return h + 1
            start -= 2
            continue
        if token == "”":
            opening = next((i for i in range(start - 2, first - 1, -1) if tokens[i] == "“"), None)
            if opening is None:
                break
            start = opening
            continue
        if token in _CONJUNCTIONS:
            # -- one conjunct of a longer name (全面与进步跨太平洋伙伴关系协定): no name alone --
            return h + 1
        if _figure(token):
            # -- a figure before the name (延长30年|整县试点) leaves a fragment: no name --
            return h + 1
        stop = token in _STOPS and not _number_name(token)
        if stop or not token.isalnum() or _fused_verb(token):
            break  # -- (a number-name is part of a name: 禁渔|十年|行动) --
        start -= 1
    return start


def _unquoted(modifier: list[str]) -> list[str]:
    """Return the modifier's words outside quotation marks."""
    plain, depth = [], 0
    for token in modifier:
        if token == "“":
            depth += 1
        elif token == "”":
            depth = max(0, depth - 1)
        elif not depth:
            plain.append(token)
    return plain


def _fused_verb(token: str) -> bool:
    """True for an adverb fused with its verb into one token (全面实施, 超额完成)."""
    return len(token) == 4 and (token[2:] in COMMON_VERBS or token[2:] in words.POLICY_VERBS
                                or token[2:] in words.LIGHT_VERBS or token[2:] in _RAISE)


def _figure(token: str) -> bool:
    """True for a figure (4个, 30年)."""
    return any(ch.isdigit() for ch in token)


def _quoted(tokens, start: int, h: int, known) -> bool:
    """True when the modifier holds a quoted part the other report does not have."""
    for i in range(start, h):
        if tokens[i] == "“":
            close = next((j for j in range(i + 1, h) if tokens[j] == "”"), None)
            if close is not None and not known(i + 1, close):
                return True
    return False


def _number_name(token: str) -> bool:
    """True for a word that names by a number in words: 十年, 三孩 (not a figure: 30年 is a period)."""
    return len(token) >= 2 and token[0] in _NUMERALS


class Specific:
    """Whether a word marks a name out: rare in the language (抗疫, 扫黑, 中欧)."""

    def __init__(self) -> None:
        self.memo: dict[str, bool] = {}

    def __call__(self, token: str) -> bool:
        value = self.memo.get(token)
        if value is None:
            value = self.memo[token] = len(token) >= 2 and token.isalpha() and token not in words.GENERIC and (
                is_rare(word_frequency(token)))
        return value


def is_rare(frequency: int) -> bool:
    """True for a dictionary count that marks a word rare in the language."""
    return frequency < _RARE


def opener(token: str) -> bool:
    """True for a word a clause may put before or after a name without saying more: a common
    verb or adverb (不再发行|…国债, 持续推进|…专项斗争, …协定|签署)."""
    return token in COMMON_VERBS or token in words.POLICY_VERBS or token in words.LIGHT_VERBS or (
        token in words.ADVERBS or token in words.TRAILING)


def folds_into(outer: tuple[str, ...], inner_start: int, inner_end: int) -> bool:
    """True when the tokens of ``outer`` around ``[inner_start, inner_end)`` are only openers."""
    extra = outer[:inner_start] + outer[inner_end:]
    return bool(extra) and all(opener(token) for token in extra)


def folds(outer, name, units) -> bool:
    """True when candidate ``outer`` is candidate ``name`` with only common verbs around it
    (不再发行|抗疫特别国债); ``units`` are the report's units (tokens, masked, offsets)."""
    unit = units[outer.unit]
    first, last = bisect_left(unit.offsets, outer.start), bisect_left(unit.offsets, outer.end)
    tokens = unit.masked[first:last]
    for at in range(len(tokens)):
        joined = ""
        for end in range(at, len(tokens)):
            joined += tokens[end]
            if joined == name.key:
                return folds_into(tokens, at, end + 1)
            if len(joined) >= len(name.key):
                break
    return False


def fold(candidates: list, units, named) -> list:
    """Show a clause that adds only a common verb to a name as the name (不再发行|抗疫特别国债):
    ``named`` holds the (unit, first token, last token) spans names take."""
    by_unit: dict[int, list[tuple[int, int]]] = {}
    for index, start, end in named:
        by_unit.setdefault(index, []).append((start, end))
    for candidate in candidates:
        spans = by_unit.get(candidate.unit)
        if not spans:
            continue
        unit = units[candidate.unit]
        first, last = bisect_left(unit.offsets, candidate.start), bisect_left(unit.offsets, candidate.end)
        for start, end in spans:
            if first <= start and end <= last and (start, end) != (first, last) and folds_into(
                    unit.masked[first:last], start - first, end - first):
                candidate.key = "".join(unit.masked[start:end])
                candidate.start, candidate.end = unit.offsets[start], unit.offsets[end]
                break
    return candidates


__all__ = ["HEADS", "HEAD_RE", "NAMED", "REVIEW_PLACE", "Specific", "fold", "folds", "folds_into", "head_size", "spans"]
