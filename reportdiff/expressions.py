"""New and dropped expressions (提法): formulations one report has and the other lacks.

An expression is what an analyst would quote from a government report: a quoted slogan
(“六稳”), a policy stance (稳健的货币政策要灵活适度), a named action or programme
(实施…行动, …工程, …战略), a short pithy clause (坚持先立后破). Candidates come from the
report's clauses on jieba token boundaries, never from a list of phrases; one is *new* when
its comparison key occurs nowhere in the old report's text, *dropped* symmetrically.

Presence is tested on the normalised key (script, width, whitespace folded) with digits
masked, so a changed figure (赤字率拟按2.8%左右安排) is no new expression, and with
quotation marks ignored, so a slogan that merely lost its quotes is no dropped one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .models import BlockKind, Part, Report, Role
from .normalize import Normalized, normalize
from . import expression_words as words
from .segment import tokenize, word_frequency

#: Longest expression kept, in key characters: longer spans are sentences, not formulations.
MAX_CHARS = 18
#: Shortest expression kept (quotes and digits aside).
MIN_CHARS = 4
#: How many expressions each list keeps at most.
LIMIT = 100

# -- a clause ends at these; 、 does not end one (需求收缩、供给冲击、预期转弱 is one expression) --
_CLAUSE_PUNCT = frozenset("，。；：！？,;:!?（）()[]【】—…")
_QUOTE_CHARS = frozenset("“”‘’\"'《》")
_QUOTES = str.maketrans("", "", "".join(_QUOTE_CHARS))
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# -- score parts; an expression is listed from _THRESHOLD on --
_QUOTED, _STANCE, _PROGRAMME, _SYSTEM, _CLAUSE, _ITEM = 6.0, 6.0, 4.5, 1.5, 1.0, 0.5
_REVISED = 1.5
_THEME, _GUIDING, _REVIEW_SHARE = 1.0, 2.5, 0.75
_REVIEW, _PLAN, _FRAMING, _LEAD, _RECURS, _THRESHOLD = -4.0, 1.0, 1.0, 1.5, 2.0, 0.0


@dataclass(frozen=True, slots=True)
class Expression:
    """One formulation found in one report and absent from the other."""

    text: str
    """The original text at its first occurrence in the report that has it."""
    count_old: int
    count_new: int
    where: tuple[str, ...]
    """Ids of the measures (sections, parts) that contain it; ``""`` for title and preamble."""

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


@dataclass(frozen=True, slots=True)
class _Unit:
    """One piece of a report's text with the id it is shown under."""

    id: str
    norm: Normalized
    tokens: tuple[str, ...]
    offsets: tuple[int, ...]
    """Key offset of every token, plus the key's length."""
    bonus: float
    """Plans and requirements state formulations; the review of last year narrates."""
    lead_end: int
    """Key length of the unit's heading or lead phrase (its first sentence), which weighs more."""
    masked: tuple[str, ...]
    """The tokens with digits masked (#): joined, they give the masked key of any span."""


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


class _Side:
    """One report's text prepared for presence tests and candidate generation."""

    def __init__(self, report: Report) -> None:
        self.units = _units(report)
        self.keys = ["".join(unit.masked) for unit in self.units]
        # -- joined without a separator: a sentence broken over two lines is still found --
        self.text = "".join(self.keys)
        self.bare = self.text.translate(_QUOTES)
        # -- where every 3-character piece of the text starts: a key is looked for only where
        #    its rarest piece stands, so no test scans the whole text (near-linear in size) --
        bare = self.bare
        positions: dict[str, list[int]] = {}
        for i in range(len(bare) - 2):
            positions.setdefault(bare[i:i + 3], []).append(i)
        self._positions = positions
        self._pairs = {bare[i:i + 2] for i in range(len(bare) - 1)}
        self._known: dict[str, bool] = {}
        self.token_counts: dict[str, int] = {}
        for unit in self.units:
            for token in unit.tokens:
                self.token_counts[token] = self.token_counts.get(token, 0) + 1

    def has(self, masked_key: str) -> bool:
        """True when the text holds ``masked_key``, quotation marks ignored."""
        known = self._known.get(masked_key)
        if known is None:
            known = self._occurrences(masked_key.translate(_QUOTES), first_only=True) > 0
            self._known[masked_key] = known
        return known

    def count(self, masked_key: str) -> int:
        """Return how often the text holds ``masked_key``."""
        if _QUOTE_CHARS.intersection(masked_key):
            return self.text.count(masked_key)
        return self._occurrences(masked_key, first_only=False)

    def _occurrences(self, bare: str, *, first_only: bool) -> int:
        if len(bare) < 3:
            if first_only and len(bare) == 2:
                return int(bare in self._pairs)
            return self.bare.count(bare) if bare else 0
        positions = self._positions
        rarest, offset = None, 0
        for i in range(len(bare) - 2):
            found = positions.get(bare[i:i + 3])
            if found is None:
                return 0
            if rarest is None or len(found) < len(rarest):
                rarest, offset = found, i
        count = 0
        end = -1
        for start in rarest:
            start -= offset
            if start >= max(end, 0) and self.bare.startswith(bare, start):
                count += 1
                if first_only:
                    break
                end = start + len(bare)  # -- occurrences do not overlap, as str.count --
        return count

    def where(self, masked_key: str) -> tuple[str, ...]:
        ids: list[str] = []
        for unit, key in zip(self.units, self.keys):
            if masked_key in key and unit.id not in ids:
                ids.append(unit.id)
        return tuple(ids)


def compare_expressions(old: Report, new: Report) -> Expressions:
    """Return the expressions new in ``new`` and those dropped from ``old``, best first."""
    old_side, new_side = _Side(old), _Side(new)
    return Expressions(
        new=_absent(new_side, old_side, new_is_own=True),
        dropped=_absent(old_side, new_side, new_is_own=False),
    )


def _units(report: Report) -> list[_Unit]:
    """Return the report's texts in reading order: title, preamble, headings, measures."""
    pieces: list[tuple[int, str, str, float, str]] = []
    measure_ids = set()
    review = {part.id for part in report.parts if _is_review(part)}
    for measure in report.measures:
        measure_ids.add(measure.id)
        in_review = measure.part_id in review and not any(word in measure.key for word in words.SHORTCOMINGS)
        bonus = _REVIEW if in_review else _PLAN
        if measure.section_id is None and not in_review:
            # -- framing paragraphs of a plans part (总体要求) state the year's line --
            bonus += _FRAMING
        if any(word in measure.key for word in words.GUIDING):
            bonus += _GUIDING
        pieces.append((measure.line, measure.id, measure.text, bonus, measure.title))
    for block in report.blocks:
        if block.kind is BlockKind.TITLE or block.kind is BlockKind.PREAMBLE:
            pieces.append((block.line, "", block.text, _REVIEW, ""))
        elif block.kind is BlockKind.SECTION and block.id not in measure_ids:
            part_id = block.id.split("/")[0]
            bonus = _REVIEW if part_id in review else _PLAN
            pieces.append((block.line, block.id, block.text, bonus, block.text))
    pieces.sort(key=lambda piece: piece[0])
    units = []
    for _, unit_id, text, bonus, lead in pieces:
        norm = normalize(text)
        if norm.key:
            tokens = tokenize(norm.key)
            offsets = [0]
            for token in tokens:
                offsets.append(offsets[-1] + len(token))
            lead_end = len(normalize(lead).key) if lead and norm.key.startswith(normalize(lead).key[:2]) else 0
            masked = tuple(_mask(token) if not token.isalpha() else token for token in tokens)
            units.append(_Unit(unit_id, norm, tokens, tuple(offsets), bonus, lead_end, masked))
    return units


def _is_review(part: Part) -> bool:
    if part.role is not Role.OTHER:
        return part.role in (Role.RESULTS, Role.SHORTCOMINGS)
    # -- reports whose parts have no detected role: a 工作回顾 heading still says "narrative" --
    return "回顾" in normalize(part.title).key


def _mask(key: str) -> str:
    return _DIGITS.sub("#", key)


def _absent(own: _Side, other: _Side, *, new_is_own: bool) -> tuple[Expression, ...]:
    novelty = _Novelty(own, other)
    # -- (unit, first token, last token) → best bonus: generators often propose the same span --
    spans: dict[tuple[int, int, int], float] = {}
    for index, unit in enumerate(own.units):
        masked = unit.masked
        for first, last in _clauses(unit.tokens):
            # -- every part of a clause the other report has is old too --
            if other.has("".join(masked[first:last])):
                continue
            for a, b, bonus in _clause_spans(unit.tokens, unit.offsets, first, last):
                where = (index, a, b)
                if spans.get(where, -1.0) < bonus:
                    spans[where] = bonus
    candidates: dict[str, _Candidate] = {}
    for order, ((index, first, last), bonus) in enumerate(spans.items()):
        unit = own.units[index]
        tokens = unit.tokens[first:last]
        key = "".join(unit.masked[first:last])
        found = candidates.get(key)
        if found is None:
            if not _well_formed(tokens) or len(key.translate(_QUOTES).replace("#", "")) < 2 or other.has(key):
                continue
            core = _core(unit.masked[first:last])
            if core != key and other.has(core):
                continue
            found = candidates[key] = _Candidate(key, index, unit.offsets[first], unit.offsets[last], -100.0, order)
        if unit.bonus < 0:
            # -- in last year's review a slogan or a name is mostly last year's: it counts for less --
            bonus *= _REVIEW_SHARE
        score = bonus + _place_score(unit, unit.offsets[last]) + _word_score(tokens, novelty)
        score += _REVISED * _revision(unit.masked[first:last], other)
        if score > found.score:
            found.score = score
    chosen = _prune(list(candidates.values()), own)
    chosen.sort(key=lambda c: (-c.score, c.order))
    result = []
    shown: list[str] = []
    for candidate in chosen:
        if len(result) == LIMIT:
            break
        # -- one expression once: 二十大精神 is not listed again below 全面贯彻党的二十大精神 --
        bare = candidate.key.translate(_QUOTES)
        if any(bare in other_key or other_key in bare for other_key in shown):
            continue
        shown.append(bare)
        unit = own.units[candidate.unit]
        count = own.count(candidate.key)
        result.append(Expression(
            text=unit.norm.span(candidate.start, candidate.end),
            count_old=0 if new_is_own else count,
            count_new=count if new_is_own else 0,
            where=own.where(candidate.key),
        ))
    return tuple(result)


def _clauses(tokens: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return the token ranges of a unit's clauses (between ，。；： and the like)."""
    clauses = []
    start = 0
    for i in range(len(tokens) + 1):
        if i < len(tokens) and tokens[i] not in _CLAUSE_PUNCT:
            continue
        if i > start:
            clauses.append((start, i))
        start = i + 1
    return clauses


def _length(offsets, first: int, last: int) -> int:
    return offsets[last] - offsets[first]


def _clause_spans(tokens, offsets, first: int, last: int):
    # -- leading connectives (要, 同时, 今年…) are not part of what is said --
    while first < last and tokens[first] in words.CONNECTIVES:
        first += 1
    if first >= last:
        return
    clause = "".join(tokens[first:last])
    # -- quotation marks do not make a formulation longer --
    length = _length(offsets, first, last) - clause.count("“") - clause.count("”")
    if MIN_CHARS <= length <= MAX_CHARS:
        yield first, last, _STANCE if "政策要" in clause else _CLAUSE
    elif length > MAX_CHARS:
        # -- its tail from a policy verb, or after 面临, may still be one
        #    (面临|需求收缩、供给冲击、预期转弱三重压力) --
        for s in range(first + 1, last - 1):
            before = tokens[s - 1]
            opens = tokens[s] in words.POLICY_VERBS and not (
                before in words.FUNCTION_WORDS or before in words.ADVERBS or before in words.POLICY_VERBS)
            opens = (opens or before in words.FACING) and tokens[s + 1] != "、"
            if opens and MIN_CHARS <= _length(offsets, s, last) <= MAX_CHARS:
                yield s, last, _CLAUSE / 2
                break
    items = _items(tokens, first, last)
    if len(items) > 1:
        sizes = [_length(offsets, a, b) for a, b in items]
        # -- inner items of a list stand alone (…、民营经济促进法、…); the first and the last
        #    only when the items are alike, for they may carry the rest of the sentence
        #    (老年人、儿童、患基础性疾病群体的疫情防控和医疗救治) --
        alike = max(sizes) <= 2.5 * min(sizes)
        for k, ((a, b), size) in enumerate(zip(items, sizes)):
            if (alike or 0 < k < len(items) - 1) and MIN_CHARS <= size <= MAX_CHARS:
                yield a, b, _ITEM
        yield from _parallel_stances(tokens, offsets, items)
    yield from _quoted(tokens, offsets, first, last)
    yield from _named(tokens, offsets, first, last)


def _items(tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Return the 、-separated items of a clause, never splitting inside quotation marks."""
    items = []
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
                items.append((start, i))
            start = i + 1
    return items


def _parallel_stances(tokens, offsets, items):
    """Yield runs of parallel 要-items: 疫情要防住、经济要稳住、发展要安全."""
    run: list[tuple[int, int]] = []
    for item in [*items, None]:
        if item is not None and "要" in tokens[item[0]:item[1]]:
            run.append(item)
            continue
        if len(run) >= 2:
            first, last = run[0][0], run[-1][1]
            # -- the run ends where the last item turns into a modifier (…发展要安全的要求) --
            cut = next((i for i in range(run[-1][0], last) if tokens[i] == "的"), last)
            if _length(offsets, first, cut) <= MAX_CHARS + 6:
                yield first, cut, _STANCE
        run = []


def _quoted(tokens, offsets, first: int, last: int):
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
        if j < last and 2 <= _length(offsets, i + 1, j) <= 24:
            yield i, j + 1, _QUOTED
            if j + 1 < last and _head_weight(tokens[j + 1]):
                yield i, j + 2, _QUOTED
        i = j + 1


def _named(tokens, offsets, first: int, last: int):
    """Yield named programmes and systems: a head word and the words that name it."""
    for h in range(first, last):
        weight = _head_weight(tokens[h])
        if not weight or (h + 1 < last and tokens[h + 1][0] in words.LOCATIVES):
            continue
        start = first
        for s in range(h - 1, first - 1, -1):
            if tokens[s] in words.NAME_BOUNDARY:
                start = s + 1
                break
        while start < h and _length(offsets, start, h + 1) > MAX_CHARS:
            start += 1
        # -- a name needs words of its own before the head (开放战略 is no name) --
        if _length(offsets, start, h) >= 3 and _length(offsets, start, h + 1) >= MIN_CHARS:
            yield start, h + 1, weight


@lru_cache(maxsize=8192)
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


def _core(tokens: tuple[str, ...]) -> str:
    """Return the key of (masked) tokens without leading verbs and adverbs and trailing generic words.

    切实落实“两个毫不动摇” is no new expression when “两个毫不动摇” is old: what is new must be
    new without the 切实落实 around it.
    """
    first, last = 0, len(tokens)
    while first < last - 1 and _is_opener(tokens[first]):
        first += 1
    while last > first + 1 and tokens[last - 1] in words.TRAILING:
        last -= 1
    return "".join(tokens[first:last])


def _revision(masked: tuple[str, ...], other: _Side) -> float:
    """Return 1 when the span rewrites an old formulation: its words up to the last one or two
    are old (稳健的货币政策要|灵活适度 against 稳健的货币政策要|灵活精准), else 0."""
    for cut in (len(masked) - 1, len(masked) - 2):
        if cut >= 2:
            head = "".join(masked[:cut])
            if len(head) >= 5 and other.has(head):
                return 1.0
    return 0.0


def _is_opener(token: str) -> bool:
    """True for a verb or adverb that opens a task, also fused into one token (切实落实, 全面贯彻)."""
    if token in words.LIGHT_VERBS or token in words.ADVERBS:
        return True
    openers = (words.LIGHT_VERBS, words.ADVERBS, words.GENERIC)
    return len(token) == 4 and any(token[:2] in group for group in openers) and any(
        token[2:] in group for group in openers)


def _well_formed(tokens: tuple[str, ...]) -> bool:
    """True when a span neither starts nor ends on a function word and its quotes balance."""
    if tokens[0] in words.FUNCTION_WORDS or tokens[-1] in words.FUNCTION_WORDS:
        return False
    opened = tokens.count("“") - tokens.count("”")
    return opened == 0 and tokens.count("《") == tokens.count("》")


def _place_score(unit: _Unit, end: int) -> float:
    return unit.bonus + (_LEAD if end <= unit.lead_end else 0.0)


def _word_score(tokens: tuple[str, ...], novelty: _Novelty) -> float:
    """Score what a span's words say: coined and rare new terms up, narration and figures down."""
    score = 0.0
    content = narrative = 0
    novelties = []
    previous = ""
    for i, token in enumerate(tokens):
        if not token.isalpha() and any(ch.isdigit() for ch in token):
            score -= 3.0
        elif token in words.NARRATIVE:
            narrative += 1
        elif len(token) == 1 and token not in words.FUNCTION_WORDS and token not in _CLAUSE_PUNCT and (
                previous or (i + 1 < len(tokens) and len(tokens[i + 1]) >= 2)):
            # -- a one-character token coins a term with its neighbour the tokenizer split off:
            #    制度+型, 跨+周期, 大+食物+观 --
            compound = previous + token if previous else token + tokens[i + 1]
            novelties.append(novelty.of(compound))
        elif len(token) >= 2 and token not in words.GENERIC:
            content += 1
            novelties.append(novelty.of(token))
        previous = token if len(token) >= 2 else ""
    if content == 0:
        return -100.0
    if novelties:
        novelties.sort(reverse=True)
        score += novelties[0] + sum(novelties[1:3]) / 4
    if tokens[0] in words.POLICY_VERBS:
        score += 0.5
    score -= 1.5 * min(narrative, 3)
    length = sum(map(len, tokens))
    if length < 6 and tokens[0] != "“" and (not novelties or novelties[0] < 2.5):
        # -- a short span without a coined word is mostly a piece of a longer phrase --
        score -= 1.0
    if length > 16:
        score -= (length - 16) * 0.5
    return score


class _Novelty:
    """How much a word new to the other report says, remembered per word."""

    def __init__(self, own: _Side, other: _Side) -> None:
        self.own, self.other = own, other
        self.memo: dict[str, float] = {}

    def of(self, word: str) -> float:
        value = self.memo.get(word)
        if value is None:
            value = self.memo[word] = self._compute(word)
        return value

    def _compute(self, word: str) -> float:
        if self.other.has(word):
            return 0.0
        frequency = word_frequency(word)
        value = 2.5 if frequency == 0 else 1.5 if frequency < 200 else 1.0 if frequency < 2000 else 0.3
        # -- a new word the report uses again and again is a new theme (留抵, 三孩) --
        uses = self.own.token_counts.get(word) or self.own.count(word)
        return value + (_THEME if uses > 1 else 0.0)


def _prune(candidates: list[_Candidate], own: _Side) -> list[_Candidate]:
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
    for group in by_unit.values():
        group.sort(key=lambda c: (-len(c.key), c.order))
        survivors: list[_Candidate] = []
        for candidate in group:
            container = next((k for k in survivors
                              if candidate.key in k.key and counts[k.key] == counts[candidate.key]), None)
            if container is None:
                survivors.append(candidate)
            elif candidate.score > container.score:
                container.score = candidate.score
        kept.extend(survivors)
    return [c for c in kept if c.score >= _THRESHOLD]


__all__ = ["Expression", "Expressions", "compare_expressions"]
