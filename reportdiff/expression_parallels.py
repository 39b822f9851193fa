"""Parallel slogans as candidate expressions: a new combination of old parts.

A report coins a slogan by setting short phrases side by side in one rhythm, each made on
the same pattern: 稳就业、稳金融、稳外贸…; 不敢腐、不能腐、不想腐; 依宪施政、依法行政;
质量变革、效率变革、动力变革. Each phrase may be old; what is new is the set, and the
pattern (one character at the same place in every item) is what tells a coined slogan from a
plain list of sectors (铁路、公路、航空) or a sentence's objects.

Per-word novelty scores such a run as nothing new, and a score for new word pairs does not
tell formulations from rewritten sentences (measured: candidates with a new pair of old words
are picked by readers no more often than any other), so the run is proposed as a form of its
own, weighing as a named system: the words and the place decide the rest
(:mod:`reportdiff.expressions`). The form of the kind's prose, never a report's phrases.
"""

from __future__ import annotations

from . import expression_words as words

#: How strongly the form marks a formulation (as a named system in expression_spans).
PARALLEL = 2.0
# -- an item of a slogan is short: three to six characters, all about as long (two-character
#    items sharing one are words of one family: 受理、办理) --
_SHORTEST, _LONGEST, _SPREAD = 3, 6, 1
# -- the verb that launches the run is not part of it (坚持|外防输入、内防反弹) --
# -- heads that name a kind of place, body or trade, and the governments agencies belong to --
_CATEGORY_HEADS = frozenset("省市县区镇乡村街局委办厅部处所院校园港站馆业")
_GOVERNMENTS = frozenset("省市县区镇乡")
_OPENERS = words.POLICY_VERBS | words.LIGHT_VERBS | words.ADVERBS | words.CONNECTIVES


def spans(tokens, offsets, items, known):
    """Yield ``(first, last, bonus)`` for each run of parallel items among a clause's 、-items
    (token ranges); ``known(start, end)`` tells whether the other report has a token range's text."""
    if len(items) < 2:
        return
    items = list(items)
    start, end = items[0]
    while start < end - 1 and _opens(tokens[start]):
        start += 1
    items[0] = (start, end)
    # -- and the last item may carry the rest of the sentence (…、稳外贸|的各项举措): it is cut
    #    as long as the one before it when a word ends there --
    start, end = items[-1]
    size = offsets[items[-2][1]] - offsets[items[-2][0]]
    cut = next((k for k in range(start + 1, end) if offsets[k] - offsets[start] == size), None)
    if cut is not None and offsets[end] - offsets[start] > size + _SPREAD:
        items[-1] = (start, cut)
    sizes = [offsets[b] - offsets[a] for a, b in items]
    i = 0
    while i < len(items):
        j = i
        if _SHORTEST <= sizes[i] <= _LONGEST:
            while j + 1 < len(items) and _SHORTEST <= sizes[j + 1] <= _LONGEST and abs(
                    sizes[j + 1] - sizes[i]) <= _SPREAD:
                j += 1
        if j > i:
            texts = ["".join(tokens[a:b]) for a, b in items[i:j + 1]]
            # -- figures side by side (3.8万、3.3万) are no slogan --
            if (not any(ch.isdigit() for text in texts for ch in text) and not _one_category(texts)
                    and _patterned(texts)):
                first, last = items[i][0], items[j][1]
                if not known(first, last):
                    yield first, last, PARALLEL
        i = j + 1


# -- clauses set side by side are longer than list items (思想要再解放，改革要再深化; 创新发展一批，
#    重组整合一批): up to eight characters, about as long as each other --
_CLAUSE_LONGEST, _CLAUSE_SPREAD, _PAIR_LONGEST = 8, 1, 5
_CLAUSE_SEPARATORS = frozenset("，；,;")


def clause_runs(tokens, offsets, clauses, known):
    """Yield ``(first, last, bonus)`` for each run of short clauses on one pattern, set side by
    side between commas (思想要再解放，改革要再深化，开放要再扩大; 法定职责必须为，法无授权不可为):
    one slogan in several clauses, which no clause's span holds. ``clauses``: a unit's clause
    token ranges in order (expression_clauses)."""
    i = 0
    while i < len(clauses):
        start, end = clauses[i]
        # -- each clause has a verb of its own: only a connective (要, 同时) is no part of the run --
        while start < end - 1 and tokens[start] in words.CONNECTIVES:
            start += 1
        run = [(start, end)]
        size = offsets[end] - offsets[start]
        j = i
        while (j + 1 < len(clauses) and _SHORTEST <= size <= _CLAUSE_LONGEST
               and clauses[j + 1][0] == clauses[j][1] + 1 and tokens[clauses[j][1]] in _CLAUSE_SEPARATORS):
            a, b = clauses[j + 1]
            if abs(offsets[b] - offsets[a] - size) > _CLAUSE_SPREAD:
                break
            texts = ["".join(tokens[x:y]) for x, y in (*run, (a, b))]
            if any(ch.isdigit() for text in texts for ch in text) or not _framed(texts):
                break
            run.append((a, b))
            j += 1
        # -- two clauses side by side are a slogan only when short (安不忘危，兴不忘忧): two of six
        #    characters sharing a word are as often two tasks (优化投资结构，破解投资难题) --
        if (len(run) > 2 or len(run) == 2 and size <= _PAIR_LONGEST) and not known(run[0][0], run[-1][1]):
            yield run[0][0], run[-1][1], PARALLEL
        i = j + 1


def _framed(texts: list[str]) -> bool:
    """True when clauses share characters at the same places, from their start and from their end
    together, for at least a quarter of the shortest (思想要再|解放, 改革要再|深化; 法|定职责必须|为,
    法|无授权不可|为): the frame a slogan's clauses are cut on."""
    shared = (sum(len(set(column)) == 1 for column in zip(*texts))
              + sum(len(set(column)) == 1 for column in zip(*[text[::-1] for text in texts])))
    return 4 * shared >= min(map(len, texts)) and not _one_category(texts)


def _opens(token: str) -> bool:
    """True for a verb or adverb that launches a run, also fused into one token (全面推进)."""
    return token in _OPENERS or len(token) == 4 and token[:2] in _OPENERS and token[2:] in _OPENERS


def _one_category(texts: list[str]) -> bool:
    """True for a list of names of one kind: places, agencies, zones, industries share the head
    that names the kind (城关镇、东关镇; 高新区、经开区; 房地产业、金融业) or the government they
    belong to (县发改局、县财政局); what they share is no pattern of a slogan."""
    return (len({text[-1] for text in texts}) == 1 and texts[0][-1] in _CATEGORY_HEADS
            or len({text[0] for text in texts}) == 1 and texts[0][0] in _GOVERNMENTS)


def _patterned(texts: list[str]) -> bool:
    """True when the items share characters at the same places, counted from their start or from
    their end, for at least a quarter of the shortest (稳|就业, 稳|金融; 外|防|输入, 内|防|反弹);
    one shared character in long items is a common prefix (区城市管理委、区市场监管局)."""
    # -- (the columns of characters at the same place: zip stops at the shortest item) --
    shared = max(sum(len(set(column)) == 1 for column in zip(*texts)),
                 sum(len(set(column)) == 1 for column in zip(*[text[::-1] for text in texts])))
    shortest = min(map(len, texts))
    return 4 * shared >= shortest


__all__ = ["PARALLEL", "clause_runs", "spans"]
