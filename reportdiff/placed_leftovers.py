"""Leftovers paired by where they stand, for two years of one series, after the passes that pair
by words alone.

- ``pair_in_gaps``: the one leftover on its side of a gap between aligned neighbours and its clear
  best among the leftovers on the other side of that gap (a review's summary line, every figure
  changed, next year's list with lines added beside it).
- ``pair_in_successors``: the leftovers directly under a pair of parts or sections that are each
  other's clear best there, before the report-wide ``align.pair_mutual`` may hand one of them to a
  paragraph elsewhere that scores a little higher (last year's 政策取向 paragraphs, not a task
  paragraph of part 三, for this year's 政策取向 paragraph).

In both, the best may be two neighbours read together: the neighbour of the best that, joined
with it in reading order, is nearer still is its other half (a split or merge).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .align import (LONE_FLOOR, MUTUAL_MARGIN, MUTUAL_SHARED, NOTHING_APART, POSITIONAL_ALONE, POSITIONAL_GAP,
                    Alignment, Apart, Pair, _compatible, _index_hits)
from .models import Measure
from .scoring import Scorer


def pair_in_gaps(alignment: Alignment, old: tuple[Measure, ...], new: tuple[Measure, ...], scorer: Scorer,
                 apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with the one leftover on one side of a gap between aligned neighbours
    paired with its clear best among the leftovers on the other side (method ``positional``), from
    ``POSITIONAL_ALONE``.

    A review's summary lines (——经济运行保持在合理区间。… → ——经济运行缓中趋稳、稳中向好。…) keep their
    place and their lead words while every figure changes; next year's list may add lines beside
    (——就业增长超出预期。), so the line is alone on one side only. Its best there must score
    ``MUTUAL_MARGIN`` times any other leftover of the gap, except the other half of it: the
    neighbour of the best that, read with it, is nearer still (last year's 经济运行 line held the
    jobs figure that next year has a line of its own), which is paired as a split (or merge)."""
    old_free = {m.id for m in alignment.unmatched_old}
    new_free = {m.id for m in alignment.unmatched_new}
    old_index = {m.id: i for i, m in enumerate(old)}
    new_index = {m.id: j for j, m in enumerate(new)}
    anchors = sorted((old_index[p.old.id], new_index[p.new.id]) for p in alignment.pairs
                     if p.old.id in old_index and p.new.id in new_index)
    added: list[Pair] = []
    for (old_low, low), (old_high, high) in zip([(-1, -1), *anchors], [*anchors, (len(old), len(new))]):
        if high <= low or old_high <= old_low:
            continue  # -- the neighbours crossed: no gap between them --
        olds = [old[i] for i in range(old_low + 1, old_high) if old[i].id in old_free]
        news = [new[j] for j in range(low + 1, high) if new[j].id in new_free]
        if len(olds) == 1 and 1 < len(news) <= POSITIONAL_GAP:
            one, others, one_is_old = olds[0], news, True
        elif len(news) == 1 and 1 < len(olds) <= POSITIONAL_GAP:
            one, others, one_is_old = news[0], olds, False
        else:
            continue
        choice = _best_of(one, others, scorer, apart, one_is_old=one_is_old)
        # -- the best's own similarity at the bar, and clearly ahead of the rest (its half aside) --
        if choice is None or choice.single < POSITIONAL_ALONE or choice.single < MUTUAL_MARGIN * choice.rival:
            continue
        found = choice.pairs(one, others, scorer, "positional", one_is_old=one_is_old)
        for pair in found:
            old_free.discard(pair.old.id)
            new_free.discard(pair.new.id)
        added.extend(found)
    return _with(alignment, added, old_free, new_free)


def pair_in_successors(alignment: Alignment, containers: Sequence[tuple[Sequence[Measure], Sequence[Measure]]],
                       scorer: Scorer, apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with the leftovers directly under a pair of parts or sections (each of
    ``containers``: the old measures, the new) paired where, among that pair's leftovers, each is
    the other's clear best (``MUTUAL_MARGIN``), from ``SUCCESSOR_FLOOR``, sharing ``MUTUAL_SHARED``
    words, and no leftover elsewhere is clearly nearer to either (method ``successor``).

    The report-wide pass (``align.pair_mutual``) wants a clear best over every leftover of the
    other report; a paragraph of last year's 政策取向 rewritten this year (积极的财政政策要提升效能 →
    要加力提效, 稳健的货币政策要灵活适度 → 要精准有力) may score a little below a task paragraph
    elsewhere that shares one of its sentences (保持人民币汇率…基本稳定), and be left dropped
    beside it. In the part that succeeds its own, as close is enough."""
    old_free = {m.id for m in alignment.unmatched_old}
    new_free = {m.id for m in alignment.unmatched_new}
    near = _candidates(alignment.unmatched_old, alignment.unmatched_new, scorer)
    added: list[Pair] = []
    for olds, news in containers:
        for one_is_old in (False, True):
            mine, theirs = (olds, news) if one_is_old else (news, olds)
            mine_free, theirs_free = (old_free, new_free) if one_is_old else (new_free, old_free)
            inside, own = {m.id for m in theirs}, {m.id for m in mine}
            for one in mine:
                if one.id not in mine_free:
                    continue
                found = _successor(one, [m for m in theirs if m.id in theirs_free], theirs,
                                   [m for m in mine if m.id in mine_free],
                                   [m for m in near.get((one_is_old, one.id), ()) if m.id in theirs_free and m.id not in inside],
                                   lambda best: [m for m in near.get((not one_is_old, best.id), ())
                                                 if m.id in mine_free and m.id not in own],
                                   scorer, apart, one_is_old=one_is_old)
                for pair in found:
                    old_free.discard(pair.old.id)
                    new_free.discard(pair.new.id)
                added.extend(found)
    return _with(alignment, added, old_free, new_free)


def _candidates(old: tuple[Measure, ...], new: tuple[Measure, ...],
                scorer: Scorer) -> dict[tuple[bool, str], list[Measure]]:
    """For each leftover (by whether it is old, and its id: the two reports share ids), the
    leftovers of the other report worth comparing it with: those the inverted index of specific
    terms finds for it, nearest its place first, and those that find it (``align._index_hits``;
    the work grows with the leftovers, not with their product)."""
    found: dict[tuple[bool, str], list[Measure]] = {}
    for i, j in _index_hits(old, new, dict.fromkeys(range(len(old))), dict.fromkeys(range(len(new))), scorer,
                            scorer.specific_terms):
        found.setdefault((False, new[j].id), []).append(old[i])
        found.setdefault((True, old[i].id), []).append(new[j])
    for j, i in _index_hits(new, old, dict.fromkeys(range(len(new))), dict.fromkeys(range(len(old))), scorer,
                            scorer.specific_terms):
        found.setdefault((True, old[i].id), []).append(new[j])
        found.setdefault((False, new[j].id), []).append(old[i])
    return found


#: The bar in a pair of succeeding containers: above the lone leftovers' (``align.LONE_FLOOR``: one
#: leftover on each side, nothing else there to choose) and below the report-wide pass's
#: (``align.MUTUAL_THRESHOLD``: a clear best among every leftover of the other report). 政策取向's
#: two paragraphs read together 0.17, 外商投资环境 → 促进外商投资稳定增长 0.125; a review item
#: and a line sharing one sentence's words (农资、种粮、补贴) 0.119, a summary line and an item
#: sharing the jobs figures' words 0.105.
SUCCESSOR_FLOOR = 0.12
#: Two containers whose measures pair this many times directly (not as a piece of a split or merge)
#: succeed each other, whatever their headings: this year's 对今年政府工作的建议 holds both last
#: year's 总体要求和政策取向 and the closing paragraphs of its 政府工作任务.
LINKED_PAIRS = 2


def linked_containers(pairs: Sequence[Pair], containers: Sequence[tuple[Sequence[Measure], Sequence[Measure]]],
                      old: Sequence[Measure], new: Sequence[Measure]) -> list[tuple[tuple[Measure, ...], tuple[Measure, ...]]]:
    """The pairs of containers (the measures directly under a part or a section, each report's)
    that ``LINKED_PAIRS`` of ``pairs`` link and ``containers`` does not hold yet."""
    def by_place(measures: Sequence[Measure]) -> dict[tuple[str, str | None], tuple[Measure, ...]]:
        found: dict[tuple[str, str | None], list[Measure]] = {}
        for measure in measures:
            found.setdefault((measure.part_id, measure.section_id), []).append(measure)
        return {place: tuple(ms) for place, ms in found.items()}

    old_places, new_places = by_place(old), by_place(new)
    known = {(olds[0].id, news[0].id) for olds, news in containers if olds and news}
    links: dict[tuple[tuple[str, str | None], tuple[str, str | None]], int] = {}
    for pair in pairs:
        if pair.relation is None:
            key = ((pair.old.part_id, pair.old.section_id), (pair.new.part_id, pair.new.section_id))
            links[key] = links.get(key, 0) + 1
    found = []
    for (old_place, new_place), count in links.items():
        olds, news = old_places[old_place], new_places[new_place]
        if count >= LINKED_PAIRS and (olds[0].id, news[0].id) not in known:
            found.append((olds, news))
    return found


def _successor(one: Measure, others: list[Measure], container: Sequence[Measure], rivals_of_best: list[Measure],
               elsewhere: list[Measure], elsewhere_of_best: Callable[[Measure], list[Measure]], scorer: Scorer,
               apart: Apart, *, one_is_old: bool) -> list[Pair]:
    """The pairs of ``one`` with its clear best among ``others`` (the other year's leftovers of the
    succeeding container), where that best prefers ``one`` among ``rivals_of_best`` (this year's
    leftovers there), nothing of ``elsewhere`` (the other year's candidates outside) is clearly
    nearer to ``one``, and nothing of ``elsewhere_of_best(best)`` (this year's) to the best."""
    choice = _best_of(one, others, scorer, apart, one_is_old=one_is_old, container=container)
    if choice is None or choice.score < SUCCESSOR_FLOOR or choice.score < MUTUAL_MARGIN * choice.rival:
        return []
    best = others[choice.at]
    joined = choice.joined(others)
    if len(scorer.shared_terms(one.key, joined, MUTUAL_SHARED)) < MUTUAL_SHARED:
        return []

    def near(a: Measure, b: Measure) -> float:
        return scorer.similarity(a.key, b.key) if one_is_old else scorer.similarity(b.key, a.key)

    # -- the best prefers ``one`` clearly among this year's leftovers of the container --
    single = near(one, best)
    if any(m is not one and MUTUAL_MARGIN * near(m, best) > single for m in rivals_of_best
           if _fits(m, best, apart, one_is_old, rival=True)):
        return []
    # -- as close as anything elsewhere: a leftover there clearly nearer is ``one``'s own (or the best's) --
    if any(near(one, m) > MUTUAL_MARGIN * choice.score for m in elsewhere if _fits(one, m, apart, one_is_old, rival=True)):
        return []
    if any(MUTUAL_MARGIN * single < near(m, best) for m in elsewhere_of_best(best)
           if _fits(m, best, apart, one_is_old, rival=True)):
        return []
    return choice.pairs(one, others, scorer, "successor", one_is_old=one_is_old)


def _fits(one: Measure, other: Measure, apart: Apart, one_is_old: bool, *, rival: bool = False) -> bool:
    """Whether ``one`` and ``other`` may pair (or, as ``rival``, claim the other: a bare lead over
    items (一年来，我们…主要做了以下工作。) pairs in the report-wide pass, so it stands in the way)."""
    old, new = (one, other) if one_is_old else (other, one)
    return (rival or not old.bare and not new.bare) and old.role is new.role and _compatible(old, new, apart)


class _Choice:
    """The best of the other side's leftovers for one measure: its index, the neighbour read with
    it (or None), the best's own score, the score of the two read together (or the best's alone)
    and the best score of the rest."""

    __slots__ = ("at", "half", "single", "score", "rival")

    def __init__(self, at: int, half: int | None, single: float, score: float, rival: float) -> None:
        self.at, self.half, self.single, self.score, self.rival = at, half, single, score, rival

    def joined(self, others: list[Measure]) -> str:
        return "".join(others[k].key for k in sorted({self.at, self.half} - {None}))

    def pairs(self, one: Measure, others: list[Measure], scorer: Scorer, method: str, *, one_is_old: bool) -> list[Pair]:
        def sides(other: Measure) -> tuple[Measure, Measure]:
            return (one, other) if one_is_old else (other, one)

        old_best, new_best = sides(others[self.at])
        found = [Pair(old_best, new_best, round(scorer.similarity(old_best.key, new_best.key), 4), method, None,
                      scorer.shared_terms(old_best.key, new_best.key))]
        if self.half is not None:
            old_half, new_half = sides(others[self.half])
            kind, relation = ("split", "split") if one_is_old else ("merge", "merged")
            found.append(Pair(old_half, new_half, round(scorer.similarity(old_half.key, new_half.key), 4), kind,
                              relation, scorer.shared_terms(old_half.key, new_half.key)))
        return found


def _best_of(one: Measure, others: list[Measure], scorer: Scorer, apart: Apart, *, one_is_old: bool,
             container: Sequence[Measure] | None = None) -> _Choice | None:
    """``one``'s best among ``others`` (leftovers in reading order), with the neighbour that read
    with it is nearer still: next to it in ``others``, or, given ``container``, in the container's
    measures (two leftovers with a paired measure between them are no two halves of one)."""
    def similarity(text: str) -> float:
        return scorer.similarity(one.key, text) if one_is_old else scorer.similarity(text, one.key)

    if one.bare:
        return None
    every = {at: similarity(other.key) for at, other in enumerate(others)
             if _fits(one, other, apart, one_is_old, rival=True)}
    scored = {at: value for at, value in every.items() if not others[at].bare}
    if not scored:
        return None
    at = max(scored, key=lambda k: (scored[k], -k))
    score = scored[at]
    place = {m.id: i for i, m in enumerate(container)} if container is not None else None
    half, joined_score = None, score
    for near in (at - 1, at + 1):
        if near not in scored or scored[near] < LONE_FLOOR:
            continue
        if place is not None and abs(place[others[near].id] - place[others[at].id]) != 1:
            continue
        together = similarity("".join(others[k].key for k in sorted((at, near))))
        if together > joined_score:
            half, joined_score = near, together
    rival = max((value for k, value in every.items() if k not in (at, half)), default=0.0)
    return _Choice(at, half, score, joined_score, rival)


def _with(alignment: Alignment, added: list[Pair], old_free: set[str], new_free: set[str]) -> Alignment:
    if not added:
        return alignment
    return Alignment(alignment.pairs + tuple(added), tuple(m for m in alignment.unmatched_old if m.id in old_free),
                     tuple(m for m in alignment.unmatched_new if m.id in new_free))


__all__ = ["LINKED_PAIRS", "SUCCESSOR_FLOOR", "linked_containers", "pair_in_gaps", "pair_in_successors"]
