"""New and dropped expressions (提法): formulations one report has and the other lacks.

An expression is what an analyst would quote from a government report: a quoted slogan
(“六稳”), a policy stance (稳健的货币政策要灵活适度), a named action or programme
(实施…行动, …工程, …战略), a short pithy clause (坚持先立后破). Candidates come from the
report's clauses on jieba token boundaries, never from a list of phrases; one is *new* when
its comparison key occurs nowhere in the old report's text, *dropped* symmetrically.

Presence is tested on the normalised key (script, width, whitespace folded) with digits
masked, so a changed figure (赤字率拟按2.8%左右安排) is no new expression, and with
quotation marks ignored, so a slogan that merely lost its quotes is no dropped one; each
distinct stretch of a report is indexed once (:mod:`reportdiff.expression_text`), and a report is
read into units weighed by where they stand (:mod:`reportdiff.expression_units`).

Ranking: the form (expression_spans), where the span stands, how new its words are, and
for the new report a task it opens (加快建设…; expression_scores); one expression is listed
once, and so is one of two that share a phrase.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import lazy_re
from . import expression_affairs as affairs
from . import expression_calendar as calendar
from . import expression_framing as framing
from . import expression_bounds as bounds
from . import expression_clauses as clauses
from . import expression_lexicon as lexicon
from . import expression_lists as lists
from . import expression_names as names
from . import expression_orders as orders
from . import expression_parallels as parallels
from . import expression_scope as scope
from . import expression_shortfalls as shortfalls
from . import expression_spans as forms
from . import expression_stances as stances
from . import expression_words as words
from .expression_scores import WordScores
from .expression_bounds import MAX_CHARS, MIN_CHARS
from .expression_units import GAP, Side, Unit, bare
from .figure_scan import AMOUNT_UNITS
from .kinds import detect_role
from .models import Report, Role

#: How many expressions each list keeps at most.
LIMIT = 100

# -- an amount outside quotation marks (力争#%, 达到#亿元以上, 压减至#户以内) is a figure, no
#    formulation; a year's (设立#年过渡期) or a name's figure (“中国制造#”) may be one --
_AMOUNT = lazy_re.compile(r"#(?:\.#)?(?:千万|百万|万亿|万|亿|千)?(?:" + "|".join(map(re.escape, AMOUNT_UNITS)) + ")")
_QUOTED_SPAN = lazy_re.compile(r"“[^”]*”|《[^》]*》")
# -- prepositions the tokenizer may join to the word after them (对三大|攻坚战) --
_PREPOSITIONS = frozenset(word for word in words.FUNCTION_WORDS if len(word) == 1)
#: A masked figure's qualifier (4%左右, 50万人以上) or a range of two (5%至6%, 6%—6.5%): the figure alone.
_QUALIFIED = lazy_re.compile(r"(#[^\u4e00-\u9fff#]*)(?:左右|以上|以内|以下)|(#)[%‰]?(?:至|到|[-—－~～])#")
# -- score parts beyond the form (expression_spans) and where a unit stands (expression_units):
#    a lead phrase, a review's share, whether it recurs, rewrites an old formulation or only
#    puts a new verb before an old one, and how new its words are; an expression is listed from
#    _THRESHOLD on --
_LEAD, _REVIEW_SHARE = 1.5, 0.75
_RECURS, _REVISED, _REVERBED, _THRESHOLD = 1.5, 1.5, 3.0, 0.0
# -- (_RECURS: a phrase said twice is as often routine (保护环境, 货币政策工具) as a theme, and a
#    new word used again already counts as a theme (expression_scores); 2.0 → 1.5 gains two
#    labels on two pairs (2016→2017, 2022→2023) and loses none on any reader's keys, 1.0 loses
#    one on 2019→2021, 2.5 and 3.0 gain nothing or lose) --
# -- an expression sharing a phrase this long (about three words) with one listed above it
#    says the same again (实施好关键核心技术攻关工程, 打好关键核心技术攻坚战) --
_SHARED = 6

@dataclass(frozen=True, slots=True)
class Expression:
    """One formulation found in one report and absent from the other."""

    text: str
    """The original text at its first occurrence in the report that has it."""
    count_old: int
    count_new: int
    where: tuple[str, ...]
    """Ids of the measures (or section headings) that contain it; ``""`` for title and preamble."""

    def to_json(self) -> dict:
        return {"text": self.text, "count_old": self.count_old, "count_new": self.count_new,
                "where": list(self.where)}


@dataclass(frozen=True, slots=True)
class Expressions:
    """Expressions of the new report absent from the old one, and the reverse; best first."""

    new: tuple[Expression, ...] = ()
    dropped: tuple[Expression, ...] = ()

    def to_json(self) -> dict:
        return {"new": [e.to_json() for e in self.new], "dropped": [e.to_json() for e in self.dropped]}


@dataclass(slots=True)
class _Candidate:
    key: str
    """Masked comparison key (digits as #) including any quotation marks."""
    unit: int
    start: int
    end: int
    """Key offsets inside the unit."""
    score: float
    order: int


def compare_expressions(old: Report, new: Report) -> Expressions:
    """Return the expressions new in ``new`` and those dropped from ``old``, best first."""
    old_side, new_side = Side(old), Side(new)
    return Expressions(
        new=_absent(new_side, old_side, new_is_own=True),
        dropped=_absent(old_side, new_side, new_is_own=False),
    )


def _absent(own: Side, other: Side, *, new_is_own: bool) -> tuple[Expression, ...]:
    """Return the expressions of ``own`` that ``other`` lacks, best first."""
    candidates = _candidates(own, other, new_is_own, lexicon.Lexicon(own, other))
    chosen = sorted(names.fold(_prune(candidates, own), own.units, own.named), key=lambda c: (-c.score, c.order))
    result: list[Expression] = []
    shown: list[str] = []
    shorthands: set[str] = set()  # -- two-character shorthands listed alone (see below) --
    listed = GAP  # -- the listed ones joined: one search tells whether one of them holds a key --
    phrases: set[str] = set()
    places: list[tuple[int, int, int]] = []  # -- each listed one's unit and key offsets --
    for candidate in chosen:
        if len(result) == LIMIT:
            break
        # -- one expression once: 二十大精神 is not listed again below 全面贯彻党的二十大精神 --
        plain = bare(candidate.key)
        if plain in listed or any(map(plain.__contains__, shown)):
            continue
        unit = own.units[candidate.unit]
        # -- …but a verb around it adds nothing (坚决抓好“双控”) --
        if shorthands and any(map(plain.__contains__, shorthands)) and _only_opens(unit, candidate, shorthands):
            continue
        # -- 标准化、规范化 against 标准化规范化, 仍不均衡 against 不均衡: the same wording --
        if other.has_unlisted(plain):
            continue
        if _turned_about(unit, candidate.start, candidate.end, other):
            continue
        # -- 打好净土、蓝天、碧水保卫战 is last year's 打好蓝天、碧水、净土保卫战, X实现全覆盖 its
        #    实现X全覆盖 (expression_orders) --
        if candidate.start in unit.offsets and candidate.end in unit.offsets:
            first, last = unit.offsets.index(candidate.start), unit.offsets.index(candidate.end)
            if orders.reordered(unit.masked, first, last, other.has) or orders.verb_moved(
                    unit.masked, first, last, other.has):
                continue
        # -- framing (但仍存在一些不足, 我局将…, …开局之年) is no formulation (expression_framing);
        #    asked only of what would be listed --
        text = unit.norm.key[candidate.start:candidate.end]
        if framing.frames(text):
            continue
        # -- 一些地方…不够, …仍需加强: a shortcoming judged, not named (expression_shortfalls) --
        if unit.id in own.shortfalls and shortfalls.plain(text):
            continue
        pieces = {plain[i:i + _SHARED] for i in range(len(plain) - _SHARED + 1)}
        if not phrases.isdisjoint(pieces):
            continue
        phrases.update(pieces)
        # -- a two-character shorthand quoted alone (“双控”) stands in a phrase a reader quotes
        #    (推动能耗“双控”向碳排放总量和强度“双控”转变): listed first, it must not hide it --
        if len(plain) == 2 and candidate.key == f"“{plain}”":
            shorthands.add(plain)
        else:
            shown.append(plain)
        listed += plain + GAP
        count = own.count(candidate.key)
        result.append(Expression(
            text=unit.norm.span(candidate.start, candidate.end),
            count_old=0 if new_is_own else count,
            count_new=count if new_is_own else 0,
            # -- a phrase broken over two input lines is in no single unit: name where it starts --
            where=own.where(candidate.key) or (unit.id,),
        ))
        places.append((candidate.unit, candidate.start, candidate.end))
    return _joined_items(result, places, own)


def _joined_items(result: list[Expression], places: list[tuple[int, int, int]], own: Side) -> tuple[Expression, ...]:
    """Join listed expressions that are neighbouring items of one enumeration in one unit
    (重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办): a reader quotes the
    formula once, where its best-ranked item stood, not each item in a row of its own. The whole
    may exceed MAX_CHARS: each item was an expression of its own."""
    by_place = sorted(range(len(result)), key=lambda i: places[i])
    joined_to: dict[int, int] = {}  # -- item's index → the index of the run's first item --
    for before, after in zip(by_place, by_place[1:]):
        (unit, _, end), (next_unit, start, _) = places[before], places[after]
        if unit == next_unit and own.units[unit].norm.key[end:start] == "、":
            joined_to[after] = joined_to.get(before, before)
    if not joined_to:
        return tuple(result)
    runs: dict[int, list[int]] = {}
    for index in by_place:
        runs.setdefault(joined_to.get(index, index), []).append(index)
    shown: list[Expression] = []
    for index in range(len(result)):
        head = joined_to.get(index, index)
        members = runs[head]
        if index != min(members):
            continue  # -- the run is shown where its best-ranked item stood --
        if len(members) == 1:
            shown.append(result[index])
            continue
        unit, start, end = places[members[0]][0], places[members[0]][1], places[members[-1]][2]
        items = [result[i] for i in members]
        shown.append(Expression(
            text=own.units[unit].norm.span(start, end),
            count_old=min(item.count_old for item in items),
            count_new=min(item.count_new for item in items),
            where=tuple(dict.fromkeys(where for item in items for where in item.where)),
        ))
    return tuple(shown)


def _only_opens(unit: Unit, candidate: _Candidate, shorthands: set[str]) -> bool:
    """Whether a span is a listed shorthand with only verbs and adverbs around it (坚决抓好“双控”)."""
    if candidate.start not in unit.offsets or candidate.end not in unit.offsets:
        return False
    first, last = unit.offsets.index(candidate.start), unit.offsets.index(candidate.end)
    start, end = bounds.core(unit.masked, first, last)
    return bare(unit.key[unit.moffsets[start]:unit.moffsets[end]]) in shorthands


def _turned_about(unit: Unit, start: int, end: int, other: Side) -> bool:
    """Whether the other report says the span's words turned about at one cut, its verb after its
    object: the plan 开工建设市儿童医院 reported done as 市儿童医院开工建设, 建成X as X建成. The verb
    is the span's first word or two (at most four characters), the object the rest."""
    if start not in unit.offsets or end not in unit.offsets:
        return False
    first, last = unit.offsets.index(start), unit.offsets.index(end)
    at = unit.moffsets
    for cut in (first + 1, first + 2):
        if cut >= last or not 2 <= at[cut] - at[first] <= 4 or at[last] - at[cut] < 2:
            continue
        if other.has(unit.key[at[cut]:at[last]] + unit.key[at[first]:at[cut]]):
            return True
    return False


def _spans(own: Side, other: Side) -> dict[tuple[int, int, int], float]:
    """Return the candidate spans of ``own`` as ``(unit, first token, last token) → bonus``."""
    spans: dict[tuple[int, int, int], float] = {}
    named = own.named
    specific = names.Specific()
    # -- a unit repeated with the same text and weights proposes the same spans, scored the same --
    seen: set[tuple[str, float, int]] = set()
    for index, unit in enumerate(own.units):
        signature = (unit.norm.key, unit.bonus, unit.lead_end)
        if signature in seen:
            continue
        seen.add(signature)
        at = unit.moffsets
        unit_key = unit.key
        has = other.has

        def known(start: int, end: int, unit_key=unit_key, at=at) -> bool:
            return has(unit_key[at[start]:at[end]])

        unit_clauses = clauses.clauses(unit.tokens)
        # -- a slogan of several short clauses on one pattern (思想要再解放，改革要再深化，…) --
        if len(unit_clauses) > 1:
            for start, end, bonus in parallels.clause_runs(unit.tokens, unit.offsets, unit_clauses, known):
                if spans.get((index, start, end), -1.0) < bonus:
                    spans[index, start, end] = bonus
        for first, last in unit_clauses:
            # -- every part of a clause the other report has is old too --
            if has(unit_key[at[first]:at[last]]):
                continue

            # -- (most clauses name no policy and no programme: a look at their text rules them out) --
            clause = unit.norm.key[unit.offsets[first]:unit.offsets[last]]
            # -- a span takes a list whole or one item alone (expression_lists) --
            listing = lists.of_clause(unit.tokens, unit.offsets, first, last, clause) if "、" in clause else None
            for start, end, bonus in forms.clause_spans(unit.tokens, unit.offsets, first, last, known, listing):
                # -- generators often propose the same span: the strongest form counts --
                if spans.get((index, start, end), -1.0) < bonus:
                    spans[index, start, end] = bonus
            # -- policy stances without 要 (…货币政策保持中性) --
            if "政策" in clause:
                for start, end, bonus in stances.spans(unit.tokens, unit.offsets, first, last, known):
                    span = forms.fit(listing, unit.offsets, start, end)
                    if span is not None and spans.get((index, *span), -1.0) < bonus:
                        spans[(index, *span)] = bonus
            # -- named things mentioned in passing (…抗疫特别国债, …中欧投资协定谈判) --
            if names.HEAD_RE.search(clause):
                for found in names.spans(unit.tokens, unit.offsets, first, last, specific, known):
                    if (span := forms.fit(listing, unit.offsets, *found)) is None:
                        continue
                    start, end = span
                    named.add((index, start, end))
                    spans[index, start, end] = max(spans.get((index, start, end), -1.0), names.NAMED)
    return spans


def _candidates(own: Side, other: Side, new_is_own: bool, terms: lexicon.Lexicon) -> list[_Candidate]:
    """Return the spans of ``own`` absent from ``other``, one per key, with their best score."""
    candidates: dict[str, _Candidate] = {}
    places: dict[str, float] = {}
    ranges: dict[str, tuple[int, int]] = {}
    for order, ((index, first, last), bonus) in enumerate(_spans(own, other).items()):
        unit = own.units[index]
        if unit.offsets[first] == 0 and unit.offsets[last] == unit.lead_end and (
                last - first == 1 or detect_role(unit.norm.key[:unit.lead_end]) is not Role.OTHER):
            # -- a heading that is one word (（一）奋斗目标。…) or names a role of the report
            #    (（二）下一步工作打算。…) labels its section: no formulation --
            continue
        at = unit.moffsets
        key = unit.key[at[first]:at[last]]
        if key not in places:
            if (not bounds.well_formed(unit.tokens[first:last]) or len(bare(key).replace("#", "")) < 2
                    or bounds.cuts_a_suffix(unit.tokens, last)
                    or other.has(key) or bounds.bare_result(unit.tokens[first:last])):
                places[key] = -math.inf
                continue
            if "#" in key and _AMOUNT.search(_QUOTED_SPAN.sub("", key)) is not None:
                places[key] = -math.inf
                continue
            # -- a figure's qualifier changed (增长5% → 增长4%左右) is no formulation --
            if "#" in key and (plain := _QUALIFIED.sub(r"\1\2", key)) != key and other.has(plain):
                places[key] = -math.inf
                continue
            # -- 党的十九大精神 → 党的二十大精神: the calendar moved on, not the formulation --
            if calendar.has_ordinal(key) and other.calendar.has(key):
                places[key] = -math.inf
                continue
            # -- 切实落实“两个毫不动摇” is old when “两个毫不动摇” is --
            start, end = bounds.core(unit.masked, first, last)
            if (start, end) != (first, last) and other.has(unit.key[at[start]:at[end]]):
                places[key] = -math.inf
                continue
            # -- …发展要安全的要求 says what …发展要安全 says: the span without its 的要求 --
            if last - first > 2 and unit.masked[last - 1] == "要求" and unit.masked[last - 2] == "的":
                places[key] = -math.inf
                continue
            # -- 对三大攻坚战 (the tokenizer joined 对 to 三大) is old when 三大攻坚战 is --
            opening = unit.masked[first]
            if len(opening) > 1 and opening[0] in _PREPOSITIONS and other.has(key[1:]):
                places[key] = -math.inf
                continue
            candidates[key] = _Candidate(key, index, unit.offsets[first], unit.offsets[last], -100.0, order)
            ranges[key] = first, last
            places[key] = -math.inf
        elif key not in candidates:
            continue
        if (index, first, last) in own.named:
            # -- a name is a name wherever it stands: the review only mentions it --
            places[key] = max(places[key], bonus + max(_place_score(unit, unit.offsets[last]), names.REVIEW_PLACE))
            continue
        if unit.bonus < 0:
            # -- in last year's review a slogan or a name is mostly last year's: it counts for less --
            bonus *= _REVIEW_SHARE
        places[key] = max(places[key], bonus + _place_score(unit, unit.offsets[last]))
    # -- what the words say is the same wherever the key stands: scored once, and the other
    #    report searched for rewordings only where the span can be listed at all --
    scores = WordScores(own, other)
    floor = _THRESHOLD - _RECURS
    # -- the closing paragraphs on defence, Hong Kong and Macao, Taiwan and foreign affairs
    #    restate the centre's standing line (expression_affairs): asked once per unit --
    standing: dict[int, bool] = {}
    found = []
    for key, candidate in candidates.items():
        index = candidate.unit
        unit = own.units[index]
        first, last = ranges[key]
        place = places[key]
        words_score = scores.score(index, first, last, new_is_own)
        # -- the year's theme: a standing formulation the centre took up lately (expression_lexicon),
        #    lifted before the floor is asked (大力发展银发经济 in last year's review) --
        lift = terms.lift(index, first, last, len(bare(key)))
        if place + words_score + lift + _REVISED < floor:
            continue
        words_score += _REVISED * _revision(unit, first, last, other) + lift
        if place + words_score >= floor:
            words_score -= _REVERBED * _reverbed(unit, first, last, other)
            # -- a pilot is a small task, a stance the year's formulation (expression_scope) --
            words_score += scope.weight(bare(key), quoted="“" in key)
            in_affairs = standing.get(index)
            if in_affairs is None:
                in_affairs = standing[index] = affairs.standing(unit.norm.key)
            if in_affairs:
                words_score -= affairs.AFFAIRS
            candidate.score = max(-100.0, place + words_score)
        found.append(candidate)
    return found


def _revision(unit: Unit, first: int, last: int, other: Side) -> float:
    """Return 1 when the span rewrites an old formulation: its words up to the last one or two
    are old (稳健的货币政策要|灵活适度 against 稳健的货币政策要|灵活精准), else 0."""
    at = unit.moffsets
    # -- the shorter head is in the longer one: when it may be asked, it alone decides --
    for cut in (last - 2, last - 1):
        if cut - first >= 2 and at[cut] - at[first] >= 5:
            return 1.0 if other.has(unit.key[at[first]:at[cut]]) else 0.0
    return 0.0


def _reverbed(unit: Unit, first: int, last: int, other: Side) -> float:
    """Return 1 when only the span's opening words are new: the rest stands in the other report
    (坚定实施|扩大内需战略, 携手推动构建|人类命运共同体), a new verb for an old task."""
    at = unit.moffsets
    # -- the shorter tail is in the longer one: when it may be asked, it alone decides --
    for cut in (first + 2, first + 1):
        # -- the tail is a whole phrase: 毫不动摇 cut out of “两个毫不动摇” says nothing --
        if last - cut >= 2 and at[last] - at[cut] >= 4 and bounds.well_formed(unit.masked[cut:last]):
            return 1.0 if other.has(unit.key[at[cut]:at[last]]) else 0.0
    return 0.0


def _place_score(unit: Unit, end: int) -> float:
    return unit.bonus + (_LEAD if end <= unit.lead_end else 0.0)


def _prune(candidates: list[_Candidate], own: Side) -> list[_Candidate]:
    """Drop candidates contained in a longer one that occurs as often; keep the best score.

    A container that occurs as often holds every occurrence, the first one included, so
    only candidates first found in the same unit need comparing.
    """
    # -- what cannot reach the threshold even when repeated is out before anything is counted --
    candidates = [c for c in candidates if c.score + _RECURS >= _THRESHOLD]
    counts = {c.key: own.count(c.key) for c in candidates}
    by_unit: dict[int, list[_Candidate]] = {}
    for candidate in candidates:
        if counts[candidate.key] > 1:
            candidate.score += _RECURS
        by_unit.setdefault(candidate.unit, []).append(candidate)
    kept: list[_Candidate] = []
    # -- a name stands alone in a clause that says more than a verb around it (粮改饲试点 in
    #    粮改饲试点面积扩大到…): the clause does not take the name's score --
    named = {"".join(own.units[index].masked[start:end]) for index, start, end in own.named}
    for group in by_unit.values():
        group.sort(key=lambda c: (-len(c.key), c.order))
        survivors: list[_Candidate] = []
        for candidate in group:
            key, count = candidate.key, counts[candidate.key]
            container = None
            for survivor in survivors:
                if key in survivor.key and counts[survivor.key] == count:
                    container = survivor
                    break
            if container is not None and candidate.key in named and not names.folds(container, candidate, own.units):
                container = None
            if container is None:
                survivors.append(candidate)
            elif candidate.score > container.score:
                container.score = candidate.score
        kept.extend(survivors)
    return [c for c in kept if c.score >= _THRESHOLD]


__all__ = ["MAX_CHARS", "MIN_CHARS", "Expression", "Expressions", "compare_expressions"]
