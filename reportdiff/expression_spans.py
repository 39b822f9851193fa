"""Candidate expressions of one clause, on jieba token boundaries (see :mod:`reportdiff.expressions`).

Each generator yields ``(first, last, bonus)`` token ranges: the clause itself when it is short,
its tail after a policy verb, its list items, runs of parallel 要-stances, a list summed up by
its count (…、…、…三重压力), runs of short items on one pattern (稳就业、稳金融…;
expression_parallels), quoted slogans and titles, and named programmes ending in a head word
(full weight only when a policy verb launches them). The bonus says how strongly the form
alone marks a formulation; scoring the words is left to the caller.
"""

from __future__ import annotations

import re

from . import expression_lists as lists
from . import expression_parallels as parallels
from . import expression_words as words

#: Longest expression kept, in key characters: longer spans are sentences, not formulations.
MAX_CHARS = 18
#: Shortest expression kept (quotes and digits aside).
MIN_CHARS = 4

# -- a clause ends at these; 、 does not end one (需求收缩、供给冲击、预期转弱 is one expression) --
CLAUSE_PUNCT = frozenset("，。；：！？,;:!?（）()[]【】—…")
_CUTS_AND_QUOTES = CLAUSE_PUNCT | {"“", "”"}
_CONJUNCTIONS = frozenset("和 与 及 以及".split())
# -- the shortest span left by fitting another to a list (expression_lists) --
_FITTED_MIN = MIN_CHARS + 2
# -- a bracketed aside this short (characters) stays in its phrase: 乡镇（街道）, 区（县） --
_ASIDE_MAX = 4
_OPENING_BRACKETS, _CLOSING_BRACKETS = frozenset("（("), frozenset("）)")
_BRACKETS = _OPENING_BRACKETS | _CLOSING_BRACKETS
# -- a one-character suffix the tokenizer split off the word before (政府|性基金): no span starts on it --
_SUFFIXES = frozenset("性型化式率度者级类")
#: How many tokens' weights and kinds are remembered at most.
REMEMBERED = 50_000
# -- how strongly each form marks a formulation --
_QUOTED, _STANCE, _NEW_STANCE, _PROGRAMME, _SYSTEM, _CLAUSE, _ITEM = 6.0, 6.0, 4.0, 6.0, 2.0, 1.0, 0.5


def _asides(tokens: tuple[str, ...]) -> set[int]:
    """The brackets of short asides inside a phrase (乡镇（街道）全覆盖): no cut of a clause."""
    kept: set[int] = set()
    for i, token in enumerate(tokens):
        # -- inside a phrase, after a word: （四） opening a heading is its marker --
        if token in _OPENING_BRACKETS and i and tokens[i - 1] not in CLAUSE_PUNCT:
            for j in range(i + 1, min(i + 4, len(tokens))):
                if tokens[j] in _CLOSING_BRACKETS:
                    if j > i + 1 and sum(map(len, tokens[i + 1:j])) <= _ASIDE_MAX:
                        kept.update((i, j))
                    break
                if tokens[j] in CLAUSE_PUNCT:
                    break
    return kept


def clauses(tokens: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return the token ranges of a unit's clauses (between ，。；： and the like)."""
    asides = _asides(tokens) if "（" in tokens or "(" in tokens else ()
    if "“" not in tokens:
        # -- no quotation to run on over a mark: the clauses lie between the marks --
        cuts = [i for i, token in enumerate(tokens) if token in CLAUSE_PUNCT and i not in asides]
        cuts.append(len(tokens))
        clauses = []
        start = 0
        for cut in cuts:
            if cut > start:
                clauses.append((start, cut))
            start = cut + 1
        return clauses
    clauses = []
    start = 0
    quoted = False
    # -- only marks and quotation marks change anything: the other tokens are passed over in C --
    marks = [i for i, token in enumerate(tokens) if token in _CUTS_AND_QUOTES]
    marks.append(len(tokens))
    for i in marks:
        if i < len(tokens):
            token = tokens[i]
            if token == "“":
                # -- a quotation runs on over a dash or a comma when it closes in the unit
                #    (“科技创新2030—重大项目”) --
                quoted = "”" in tokens[i + 1:i + 16]
            elif token == "”":
                quoted = False
            if quoted or token not in CLAUSE_PUNCT or i in asides:
                continue
        if i > start:
            clauses.append((start, i))
        start = i + 1
    return clauses


def _length(offsets, first: int, last: int) -> int:
    return offsets[last] - offsets[first]


def clause_spans(tokens, offsets, first: int, last: int, known=lambda start, end: False,
                 listing=None):
    """Yield ``(first, last, bonus)`` candidate spans of one clause.

    ``known(start, end)`` tells whether the other report has the text of a token range: a
    slogan or a name the other report has already gives its form no weight here. ``listing``
    (expression_lists.Listing): the clause's enumeration, which spans other than the forms of
    lists themselves (parallel runs, stances, counted lists, quotations) are fitted to.
    """
    for start, end, bonus, fitted in _clause_spans(tokens, offsets, first, last, known, listing):
        if fitted and listing is not None:
            span = fit(listing, offsets, start, end)
            if span is None:
                continue
            start, end = span
        if _reads_figure(tokens, end, last):
            continue  # -- the names of indicators read out (参考率、合格率均为100%): no formulation --
        yield start, end, bonus


_SPREAD = frozenset("均 分别 都 全部 均已")
_READING = frozenset("为 达 达到 是 提高到 提升到 降至 降到 保持 超过")


def _reads_figure(tokens, end: int, last: int) -> bool:
    """True when the words after a span read a figure out for it (…均为100%, …分别达到85%)."""
    i = end
    if i < last and tokens[i] in _SPREAD:
        i += 1
    if i < last and tokens[i] in _READING:
        i += 1
    return i > end and i < last and any(ch.isdigit() for ch in tokens[i])


def fit(listing, offsets, start: int, end: int) -> tuple[int, int] | None:
    """Return a span fitted to the clause's enumeration (expression_lists; None: the clause lists
    nothing), None when it cannot be or when what is left is too short to be an expression."""
    if listing is None:
        return start, end
    span = listing.fit(start, end)
    # -- an item cut out of a list must say something of its own: 实现|更高质量、… leaves 更高质量 --
    if span is None or span != (start, end) and offsets[span[1]] - offsets[span[0]] < _FITTED_MIN:
        return None
    return span


def _clause_spans(tokens, offsets, first: int, last: int, known, listing):
    """Yield the spans of ``clause_spans``, each with whether it is fitted to an enumeration."""
    # -- leading connectives (要, 同时, 今年…) are not part of what is said --
    while first < last and tokens[first] in words.CONNECTIVES:
        first += 1
    # -- nor is a generic subject before 要 (今年|工作要|坚持稳字当头): what follows is the task --
    opening = tokens[first:min(first + 3, last)]
    say = first + opening.index("要") if "要" in opening else None
    if say is not None and say > first and all(token in words.GENERIC for token in tokens[first:say]):
        first = say + 1
    if first >= last:
        return
    clause = "".join(tokens[first:last])
    # -- quotation marks do not make a formulation longer --
    length = _length(offsets, first, last) - clause.count("“") - clause.count("”")
    if MIN_CHARS <= length <= MAX_CHARS:
        yield first, last, _stance_weight(tokens, known, first, last) if "政策要" in clause else _CLAUSE, True
    elif length > MAX_CHARS:
        # -- its tail from a policy verb, or after 面临, may still be one
        #    (面临|需求收缩、供给冲击、预期转弱三重压力) --
        for s in range(first + 1, last - 1):
            before = tokens[s - 1]
            # -- 建设 inside a clause names the work after its noun (法治|建设责任落实不够到位) --
            opens = tokens[s] in words.POLICY_VERBS and tokens[s] != "建设" and not (
                before in words.FUNCTION_WORDS or before in words.ADVERBS or before in words.POLICY_VERBS
                or before in words.DUTY_VERBS)
            opens = (opens or before in words.FACING) and tokens[s + 1] != "、"
            if opens and MIN_CHARS <= _length(offsets, s, last) <= MAX_CHARS:
                yield s, last, _CLAUSE / 2, True
                break
    if listing is not None and first < listing.items[0][1]:
        # -- the clause's items, found once: the first starts where the clause now does --
        items = [(first, listing.items[0][1]), *listing.items[1:]]
    else:
        items = lists.items(tokens, first, last) if "、" in clause and not lists.halves(clause) else ()
    if len(items) > 1:
        sizes = [_length(offsets, a, b) for a, b in items]
        # -- inner items of a list stand alone (…、民营经济促进法、…); the first and the last
        #    only when the items are alike, for they may carry the rest of the sentence
        #    (老年人、儿童、患基础性疾病群体的疫情防控和医疗救治) --
        alike = max(sizes) <= 2.5 * min(sizes)
        for k, ((a, b), size) in enumerate(zip(items, sizes)):
            if (alike or 0 < k < len(items) - 1) and MIN_CHARS <= size <= MAX_CHARS:
                yield a, b, _ITEM, True
        # -- forms of lists of their own: not fitted to the enumeration --
        for start, end, bonus in _parallel_stances(tokens, offsets, items):
            yield start, end, bonus, False
        for start, end, bonus in _counted(tokens, offsets, items):
            yield start, end, bonus, False
        # -- a run of short items on one pattern (稳就业、稳金融、…): a coined slogan --
        for start, end, bonus in parallels.spans(tokens, offsets, items, known):
            yield start, end, bonus, False
    if ("“" in clause or "《" in clause) and lists.halves(clause):
        # -- slogans in the two halves of one phrase are quoted together (既有“面子”、更有“里子”) --
        opening = next((i for i in range(first, last) if tokens[i].startswith("既")), None)
        if opening is not None and _length(offsets, opening, last) <= MAX_CHARS:
            yield opening, last, _QUOTED, False
    elif "“" in clause or "《" in clause:
        for start, end, bonus in _quoted(tokens, offsets, first, last, known):
            yield start, end, bonus, False
    # -- a head word ends on one of few characters: most clauses hold none --
    if _HEAD_ENDS_RE.search(clause):
        for start, end, bonus in _named(tokens, offsets, first, last, known):
            yield start, end, bonus, True


def _stance_weight(tokens, known, first: int, last: int) -> float:
    """Weigh a policy stance (…政策要…): in full when the other report names the same policy
    (稳健的货币政策要|灵活适度 against …要|灵活精准, 就业优先政策), for a changed stance on a
    standing policy is what a reader compares; a policy the other report never names weighs less."""
    say = next((i for i in range(first, last) if tokens[i] == "要"), None)
    if tokens[first] in words.POLICY_VERBS:
        # -- 制定涉企政策要…: a task on policies, no policy's stance --
        return _CLAUSE
    if say is not None and say > first and known(first, say):
        return _STANCE
    return _NEW_STANCE


def _parallel_stances(tokens, offsets, items):
    """Yield runs of parallel 要-items: 疫情要防住、经济要稳住、发展要安全."""
    run: list[tuple[int, int]] = []
    for item in [*items, None]:
        if item is not None and _says(tokens, *item):
            run.append(item)
            continue
        if len(run) >= 2:
            first, last = run[0][0], run[-1][1]
            # -- the verb that launches the run is not part of it (全面落实|疫情要防住、…) --
            while first + 1 < last and _opens(tokens, first) and tokens[first + 1] != "要":
                first += 1
            # -- the run ends where the last item turns into a modifier (…发展要安全的要求) --
            cut = next((i for i in range(run[-1][0], last) if tokens[i] == "的"), last)
            # -- a reader quotes the whole run, however many items (宏观政策要稳、…、社会政策要托底) --
            if _length(offsets, first, cut) <= 2 * MAX_CHARS:
                yield first, cut, _STANCE
        run = []


_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _counted(tokens, offsets, items):
    """Yield a list summed up by its count: 需求收缩、供给冲击、预期转弱三重压力 (three items, 三重)."""
    a, b = items[-1]
    for k in range(a + 1, b):
        token = tokens[k]
        if _COUNTS.get(token[0]) == len(items) and (len(token) > 1 or k + 1 < b):
            end = min(k + 2, b)
            # -- the first item may carry the sentence's verb (面临|需求收缩): as long as the second --
            start, size = items[0][0], _length(offsets, *items[1])
            while _length(offsets, start, items[0][1]) > size + 1 and start + 1 < items[0][1]:
                start += 1
            if _length(offsets, start, end) <= MAX_CHARS + 6:
                yield start, end, _STANCE
            return


def _says(tokens, first: int, last: int) -> bool:
    """True when the item says what something must do: 要 after a word that names it (经济要稳住,
    also joined to its verb by the tokenizer: 产业政策|要准), not after an adverb (越是困难越要坚定
    信心 is no stance)."""
    return any((tokens[i] == "要" or len(tokens[i]) == 2 and tokens[i][0] == "要" and tokens[i] not in _NOT_SAYING)
               and len(tokens[i - 1]) >= 2 and tokens[i - 1] not in words.ADVERBS
               and tokens[i - 1] not in words.CONNECTIVES for i in range(first + 1, last))


# -- words that open on 要 and say nothing must be done (改革要求, 生产要素, 工作要点) --
_NOT_SAYING = frozenset("要求 要素 要点 要害 要务 要闻 要件 要地 要塞 要道 要职 要员 要案 要领 要是 要么 要不 要紧 要义".split())


def _quoted(tokens, offsets, first: int, last: int, known):
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
        if j < last and 2 <= _length(offsets, i + 1, j) <= 24 and not known(i + 1, j):
            noun = _qualified(tokens, j + 1, last) if tokens[j - 1][-1] in _ADJECTIVAL else None
            if noun is not None:
                # -- a quoted modifier (“枫桥式”, “一站式”) says nothing without the noun it qualifies --
                yield i, noun, _QUOTED
            elif tokens[j - 1][-1] not in _ADJECTIVAL:
                yield i, j + 1, _QUOTED
                if j + 1 < last and _HEADS[tokens[j + 1]]:
                    yield i, j + 2, _QUOTED
        i = j + 1


# -- endings that make a quoted word a modifier: “枫桥式”司法所, “一站式”服务, “链长型”企业 --
_ADJECTIVAL = frozenset("式型")
_QUALIFIED_MAX = 8


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


# -- nouns that make a head their modifier (更多政策空间, 改革红利): no name ends before them --
_COMPOUND_TAILS = frozenset("空间 效应 红利 取向 储备 环境 成效".split())


def _named(tokens, offsets, first: int, last: int, known):
    """Yield named programmes and systems: a head word and the words that name it."""
    heads = _HEADS
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
        if _length(offsets, start, h + 1) > MAX_CHARS:
            # -- too long a name: its last conjunct when the one before names a thing of its own
            #    (…重要讲话精神和|治国理政新理念新思想新战略), never a cut inside a word group nor
            #    between conjuncts that share the head (国民经济和社会发展第十五个五年规划) --
            start = next((s + 1 for s in range(h - 1, start, -1) if tokens[s] in _CONJUNCTIONS), h)
            if start < h and not heads[tokens[start - 2]]:
                continue
            if _length(offsets, start, h + 1) > MAX_CHARS:
                continue
        # -- a name needs words of its own before the head (开放战略 is no name) --
        if _length(offsets, start, h) >= 3 and _length(offsets, start, h + 1) >= MIN_CHARS and _new_name(
                tokens, known, start, h):
            # -- a programme no policy verb launches is only mentioned (不得搞形象工程): it weighs
            #    as a named system --
            if weight == _PROGRAMME and not _launched(tokens, first, start):
                weight = _SYSTEM
            yield start, h + 1, weight


def _launched(tokens, first: int, start: int) -> bool:
    """True when a policy verb launches the name: it opens the name or stands right before it
    (实施…工程, 深入开展…行动), or it launches the 、-list the name belongs to
    (一道落实全球发展倡议、|全球安全倡议); a name no verb launches is only mentioned."""
    i = start
    while True:
        if _opens(tokens, i) or (i > first and _opens(tokens, i - 1)):
            return True
        if not (i - 1 > first and tokens[i - 1] == "、"):
            return False
        # -- back to the start of the item before (the first item carries the verb) --
        i -= 2
        while i > first and tokens[i - 1] != "、" and tokens[i - 1] not in words.NAME_BOUNDARY and not _opens(
                tokens, i - 1):
            i -= 1


def _opens(tokens, i: int) -> bool:
    """True when a policy verb stands at ``i``, also after an adverb or fused with one (深入推进)."""
    token = tokens[i]
    if token in words.POLICY_VERBS:
        return True
    if token in words.ADVERBS:
        return i + 1 < len(tokens) and tokens[i + 1] in words.POLICY_VERBS
    return len(token) == 4 and token[:2] in words.ADVERBS and token[2:] in words.POLICY_VERBS


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
                return _PROGRAMME
            if tail in words.SYSTEM_HEADS and (size > 1 or len(token) == 1):
                return _SYSTEM
    return 0.0


class _HeadWeights(dict):
    """Each token's weight as a head word, worked out once per token (and again after a long
    run of texts filled the table: figures make new tokens without end)."""

    def __missing__(self, token: str) -> float:
        if len(self) >= REMEMBERED:
            self.clear()
        weight = self[token] = _head_weight(token)
        return weight


_HEADS = _HeadWeights()
# -- a token weighs as a head only when it ends on a head's last character --
_HEAD_ENDS_RE = re.compile("[" + "".join(sorted({head[-1] for head in words.PROGRAMME_HEADS | words.SYSTEM_HEADS})) + "]")


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


_MARKS = frozenset("“”《》")
_POINT_MARKERS = frozenset(numeral + "是" for numeral in "一二三四五六七八九十")


def well_formed(tokens: tuple[str, ...]) -> bool:
    """True when a span neither starts nor ends on a function word and its quotes balance."""
    if tokens[0] in words.FUNCTION_WORDS or tokens[-1] in words.FUNCTION_WORDS or tokens[0] in _POINT_MARKERS:
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


__all__ = ["CLAUSE_PUNCT", "MAX_CHARS", "MIN_CHARS", "clause_spans", "clauses", "core", "well_formed"]
