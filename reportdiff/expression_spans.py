"""Candidate expressions of one clause, on jieba token boundaries (see :mod:`reportdiff.expressions`).

Each generator yields ``(first, last, bonus)`` token ranges: the clause itself when it is short,
its tail after a policy verb, its list items, runs of parallel 要-stances and a list summed up by
its count (…、…、…三重压力; expression_list_forms), runs of short items on one pattern
(稳就业、稳金融…; expression_parallels), quoted slogans and titles (expression_quotes), and named
programmes ending in a head word (full weight only when a policy verb launches them;
expression_programmes). The bonus says how strongly the form alone marks a formulation; scoring
the words is left to the caller. The clauses come from expression_clauses, the length limits
from expression_bounds.
"""

from __future__ import annotations

from . import lazy_re
from . import expression_list_forms as list_forms
from . import expression_lists as lists
from . import expression_parallels as parallels
from . import expression_programmes as programmes
from . import expression_quotes as quotes
from . import expression_bounds as bounds
from . import expression_words as words
from .expression_bounds import MAX_CHARS, MIN_CHARS, length

# -- the shortest span left by fitting another to a list (expression_lists) --
_FITTED_MIN = MIN_CHARS + 2
# -- how strongly each form marks a formulation (quotations, programmes and lists read whole:
#    their own modules) --
_NEW_STANCE, _CLAUSE, _ITEM = 4.0, 1.0, 0.5
# -- the verbs and adverbs that launch a clause's object (认真贯彻|…, 做好|…) --
_LAUNCHERS = words.ADVERBS | words.LIGHT_VERBS | frozenset("建立 维护 加入 考虑 研究".split())
# -- coverbs that open a clause before what it says (在…中唯一实现…, 对…设立…, 从…转向…); 将 and
#    以 open spans of their own where they frame one (expression_bounds.frames) --
_COVERBS = frozenset("在 对 从 以 按照 本着 根据 依照 依据 围绕".split())
# -- …but 在 opens a setting when the clause closes on where or when (在…坚强领导下, 在…的同时) --
_SETTING = lazy_re.compile("[上中下里内外间时后前]$")
# -- the words of a leadership's setting (在…坚强领导下, 在…正确指引下) --
_LEADING = frozenset("坚强 领导 正确 指引 带领 坚强领导 正确领导".split())


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
    # -- nor is a coverb that opens the clause (将|长三角区域一体化发展上升为国家战略,
    #    在|全球主要经济体中唯一实现经济正增长): no span may start on it, what follows may be one;
    #    以 stays where it frames (以|人|为|核心的…, expression_bounds) --
    if first + 1 < last and tokens[first] in _COVERBS and not bounds.frames(tokens, first, last) and not (
            tokens[first] == "在" and _SETTING.search(tokens[last - 1])):
        first += 1
    elif first + 1 < last and tokens[first] == "在" and tokens[first + 1] == "以":
        # -- …but the leadership it names may be framed (在|以习近平同志为核心的党中央|坚强领导下):
        #    the frame is a formulation, its setting is not --
        end = next((k for k in range(first + 4, last) if tokens[k] in _LEADING), None)
        if end is not None and bounds.frames(tokens, first + 1, end + 1) and MIN_CHARS <= _chars(
                tokens, offsets, first + 1, end) <= MAX_CHARS:
            yield first + 1, end, _CLAUSE, True
    # -- nor is a generic subject before 要 (今年|工作要|坚持稳字当头): what follows is the task --
    opening = tokens[first:min(first + 3, last)]
    say = first + opening.index("要") if "要" in opening else None
    if say is not None and say > first and all(token in words.GENERIC for token in tokens[first:say]):
        first = say + 1
    if first >= last:
        return
    clause = "".join(tokens[first:last])
    # -- quotation marks do not make a formulation longer --
    chars = length(offsets, first, last) - clause.count("“") - clause.count("”")
    if MIN_CHARS <= chars <= MAX_CHARS:
        yield first, last, _stance_weight(tokens, known, first, last) if "政策要" in clause else _CLAUSE, True
    elif chars > MAX_CHARS:
        # -- what the verbs opening it launch may be one (认真贯彻|习近平新时代中国特色社会主义
        #    经济思想, 建立|企业职工基本养老保险基金中央调剂制度) --
        start = first
        # -- (an adverb before a function word names a thing: 全面与进步跨太平洋伙伴关系协定) --
        while start < last - 1 and (bounds.opens(tokens, start) or tokens[start] in _LAUNCHERS) \
                and tokens[start + 1] not in words.FUNCTION_WORDS:
            start += 1
        chars = _chars(tokens, offsets, start, last)
        if listing is not None and listing.items[0][0] <= start < listing.items[0][1] and listing.own_end == last:
            # -- an object that is a list to the clause's end is not lengthened by its commas
            #    (抓好|去产能、去库存、去杠杆、降成本、补短板) --
            chars -= len(listing.items) - 1
        if start > first and MIN_CHARS <= chars <= MAX_CHARS:
            yield start, last, _CLAUSE / 2, True
        # -- its tail from a policy verb, or after 面临, may still be one
        #    (面临|需求收缩、供给冲击、预期转弱三重压力) --
        for s in range(first + 1, last - 1):
            before = tokens[s - 1]
            # -- 建设 inside a clause names the work after its noun (法治|建设责任落实不够到位) --
            opens = tokens[s] in words.POLICY_VERBS and tokens[s] != "建设" and not (
                before in words.FUNCTION_WORDS or before in words.ADVERBS or before in words.POLICY_VERBS
                or before in words.DUTY_VERBS)
            opens = (opens or before in words.FACING) and tokens[s + 1] != "、"
            if opens and MIN_CHARS <= length(offsets, s, last) <= MAX_CHARS:
                yield s, last, _CLAUSE / 2, True
                break
    if listing is not None and first < listing.items[0][1]:
        # -- the clause's items, found once: the first starts where the clause now does --
        items = [(first, listing.items[0][1]), *listing.items[1:]]
    else:
        items = lists.items(tokens, first, last) if "、" in clause and not lists.halves(clause) else ()
    if len(items) > 1:
        sizes = [length(offsets, a, b) for a, b in items]
        # -- inner items of a list stand alone (…、民营经济促进法、…); the first and the last
        #    only when the items are alike, for they may carry the rest of the sentence
        #    (老年人、儿童、患基础性疾病群体的疫情防控和医疗救治) --
        alike = max(sizes) <= 2.5 * min(sizes)
        for k, ((a, b), size) in enumerate(zip(items, sizes)):
            if (alike or 0 < k < len(items) - 1) and MIN_CHARS <= size <= MAX_CHARS:
                yield a, b, _ITEM, True
        # -- forms of lists of their own: not fitted to the enumeration --
        for start, end, bonus in list_forms.parallel_stances(tokens, offsets, items):
            yield start, end, bonus, False
        for start, end, bonus in list_forms.counted(tokens, offsets, items):
            yield start, end, bonus, False
        # -- a run of short items on one pattern (稳就业、稳金融、…): a coined slogan --
        for start, end, bonus in parallels.spans(tokens, offsets, items, known):
            yield start, end, bonus, False
    if ("“" in clause or "《" in clause) and lists.halves(clause):
        # -- slogans in the two halves of one phrase are quoted together (既有“面子”、更有“里子”) --
        opening = next((i for i in range(first, last) if tokens[i].startswith("既")), None)
        if opening is not None and length(offsets, opening, last) <= MAX_CHARS:
            yield opening, last, quotes.QUOTED, False
    elif "“" in clause or "《" in clause:
        for start, end, bonus in quotes.quoted(tokens, offsets, first, last, known):
            yield start, end, bonus, False
    # -- a shift from one state to its successor (由高速增长阶段转向高质量发展阶段) --
    if "转向" in clause or "转为" in clause:
        for start, end in _shifts(tokens, offsets, first, last):
            yield start, end, _CLAUSE, True
    # -- a head word ends on one of few characters: most clauses hold none --
    if programmes.HEAD_ENDS_RE.search(clause):
        for start, end, bonus in programmes.named(tokens, offsets, first, last, known):
            yield start, end, bonus, True


_SHIFTS = frozenset("转向 转为 转变为".split())


def _shifts(tokens, offsets, first: int, last: int):
    """Yield the spans of a shift from one state to the next, named by the same head twice
    (由|高速增长|阶段|转向|高质量发展|阶段, 从|要素驱动|为主|转为|创新驱动|为主): inside a longer
    clause (符合我国经济已由…转向…实际) no other form ends where the second head does."""
    for j in range(first + 2, last - 1):
        if tokens[j] not in _SHIFTS:
            continue
        head = tokens[j - 1]
        start = next((i for i in range(j - 2, first - 1, -1) if tokens[i] in "由从"), None)
        end = next((k + 1 for k in range(j + 1, last) if tokens[k] == head), None)
        if start is None or end is None:
            continue
        # -- 从 is a function word: the shift starts after it --
        start += tokens[start] == "从"
        if MIN_CHARS <= _chars(tokens, offsets, start, end) <= MAX_CHARS:
            yield start, end


def _chars(tokens, offsets, first: int, last: int) -> int:
    """Key characters of a token range, quotation marks aside: they make no formulation longer."""
    text = "".join(tokens[first:last])
    return length(offsets, first, last) - text.count("“") - text.count("”")


def _stance_weight(tokens, known, first: int, last: int) -> float:
    """Weigh a policy stance (…政策要…): in full when the other report names the same policy
    (稳健的货币政策要|灵活适度 against …要|灵活精准, 就业优先政策), for a changed stance on a
    standing policy is what a reader compares; a policy the other report never names weighs less."""
    say = next((i for i in range(first, last) if tokens[i] == "要"), None)
    if tokens[first] in words.POLICY_VERBS:
        # -- 制定涉企政策要…: a task on policies, no policy's stance --
        return _CLAUSE
    if say is not None and say > first and known(first, say):
        return list_forms.STANCE
    return _NEW_STANCE


__all__ = ["clause_spans", "fit"]
