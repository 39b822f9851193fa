"""Align the measures and section headings of two reports by content.

Passes, in order (each pass only sees what earlier passes left unmatched)::

    exact   identical comparison keys (same role), paired in reading order
    fuzzy   a global one-to-one assignment: every candidate pair above the threshold,
            best first (ties: closer relative position), each measure used once
    positional  leftovers in the same gap between aligned neighbours, lower threshold
    split   an unmatched new measure mostly contained in an old measure that is
            already matched: the old measure was split in two
    merge   the mirror image: an unmatched old measure contained in a matched new one

Two years of one series get a last pass over what every other pass left (``pair_mutual``):
leftovers that are each other's clear best, a measure rewritten and grown
(优化和落实减税政策… → 实施新的组合式税费支持政策…), from a lower threshold.

Candidates come from an inverted index over specific terms, so the work grows with
the number of measures that share terms, not with the product of the report sizes.

Similarity: ``scoring.Scorer``. Sections (and the measures left over inside sections that
succeed each other): ``section_align``. Parts: ``align_parts`` below.
"""


from __future__ import annotations

import bisect
import heapq
import operator
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .models import Measure, Part, Role
from .normalize import key as norm_key
from .parse_markers import split_sentences
from .scoring import BOILERPLATE, PROBE_TERMS, Scorer, terms, vocabulary_similarity

#: Below this similarity two measures are not the same measure.
MATCH_THRESHOLD = 0.32
#: How much of an unmatched measure must lie inside a matched one to call it a split/merge.
CONTAINMENT_THRESHOLD = 0.55
#: How much more of the whole the two halves must cover than the matched half alone.
SPLIT_GAIN = 0.15
#: How much of the whole the second half must cover by itself.
SPLIT_SHARE = 0.2
#: Lower bar for a measure that sits in the same gap between aligned neighbours.
POSITIONAL_THRESHOLD = 0.22
#: Lower bar still for the only leftover on each side of such a gap: one measure left between the
#: same two neighbours in both years is the one rewritten (an item of the year's review recast).
POSITIONAL_ALONE = 0.15
#: Widest gap (in new measures) between aligned neighbours in which position still counts.
POSITIONAL_GAP = 8
#: Candidates scored in full per measure (the rest of the index hits are ignored).
CANDIDATES = 12
#: Lower bar for two leftovers that are each other's best candidate by a clear margin.
MUTUAL_THRESHOLD = 0.15
#: How many times the runner-up (on either side) the pair must score.
MUTUAL_MARGIN = 1.5
#: Words (not figures) the pair must share: a paragraph rewritten keeps several of its own; two
#: short lines of a township's list may share no more than 开展…宣传活动.
MUTUAL_SHARED = 4



@dataclass(frozen=True, slots=True)
class Pair:
    """An aligned pair of measures and how it was found."""

    old: Measure
    new: Measure
    similarity: float
    method: str
    relation: str | None = None
    shared_terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Alignment:
    """Measure pairs plus what was left over on each side."""

    pairs: tuple[Pair, ...]
    unmatched_old: tuple[Measure, ...]
    unmatched_new: tuple[Measure, ...]


@dataclass(frozen=True, slots=True)
class Apart:
    """Ids of the measures, old and new, that pair only among themselves: the review of a whole
    term (过去五年…) against the review of one year (``term_review``). A part's lead (导语) too
    pairs with a lead or a paragraph of the part only, never with the numbered work it leads into
    (``lead_apart``)."""

    old: frozenset[str] = frozenset()
    new: frozenset[str] = frozenset()

    def allows(self, old: Measure, new: Measure) -> bool:
        return (old.id in self.old) is (new.id in self.new) and not lead_apart(old, new)


def lead_apart(one: Measure, other: Measure) -> bool:
    """Whether one of two measures is a part's lead (导语) and the other a piece of the numbered
    work it leads into (an item, a point, a section's text): the lead frames the part, the item is
    one of its tasks (2025年，我镇将继续深入学习贯彻习近平法治思想，…抓好以下工作： is no predecessor
    of 1.持续深入学习贯彻习近平法治思想。…). An unnumbered paragraph of the part may become a lead's
    text or the lead one (政府自身建设's paragraphs joined into one)."""
    if one.lead is other.lead:
        return False
    measure = other if one.lead else one
    return bool(measure.marker) or measure.section_id is not None


NOTHING_APART = Apart()
#: Measures kept apart still pair from this similarity: a paragraph said again nearly as it was
#: (the thanks closing a review, 过去一年取得的成绩，是… → 这些年我国发展取得的成就，是…).
APART_CROSSING = 0.6


def _compatible(old: Measure, new: Measure, apart: Apart = NOTHING_APART) -> bool:
    return (old.role is new.role or Role.OTHER in (old.role, new.role)) and apart.allows(old, new)


def _relative(index: int, size: int) -> float:
    return index / max(size - 1, 1)


def align_measures(old: tuple[Measure, ...], new: tuple[Measure, ...], scorer: Scorer,
                   apart: Apart = NOTHING_APART) -> Alignment:
    """Return a one-to-one alignment of measures, with splits and merges, in passes; measures
    that ``apart`` keeps apart pair only when nearly identical (``APART_CROSSING``)."""
    pairs: list[Pair] = []
    old_free = dict.fromkeys(range(len(old)))
    new_free = dict.fromkeys(range(len(new)))

    # -- exact: same key and role, paired in reading order --
    by_key: dict[tuple[str, Role], list[int]] = defaultdict(list)
    for i, measure in enumerate(old):
        by_key[(measure.key, measure.role)].append(i)
    for j, measure in enumerate(new):
        queue = by_key.get((measure.key, measure.role))
        if queue:
            # -- identical text pairs whatever ``apart`` says (see APART_CROSSING) --
            i = queue.pop(0)
            pairs.append(Pair(old[i], measure, 1.0, "exact"))
            del old_free[i], new_free[j]

    pairs.extend(_successors(old, new, old_free, new_free, scorer, apart))

    # -- fuzzy: candidates from an inverted index of specific terms, then global best-first --
    candidates: list[tuple[float, float, int, int]] = []
    for i, j in _index_hits(old, new, old_free, new_free, scorer, scorer.probe_terms):
        if not _compatible(old[i], new[j]):
            continue
        score = scorer.similarity(old[i].key, new[j].key)
        if score >= MATCH_THRESHOLD and (score >= APART_CROSSING or apart.allows(old[i], new[j])):
            distance = abs(_relative(i, len(old)) - _relative(j, len(new)))
            candidates.append((-score, distance, i, j))
    candidates.sort()
    for negative_score, _, i, j in candidates:
        if i in old_free and j in new_free:
            pairs.append(Pair(old[i], new[j], round(-negative_score, 4), "fuzzy"))
            del old_free[i], new_free[j]
    _carrying_halves(old, new, pairs, candidates, old_free, new_free, scorer, apart)

    pairs.extend(_positional(old, new, pairs, old_free, new_free, scorer, apart))
    pairs.extend(_splits_and_merges(old, new, pairs, old_free, new_free, scorer, apart))
    pairs.extend(_alone_in_gaps(old, new, pairs, old_free, new_free, scorer, apart))
    pairs = [
        Pair(p.old, p.new, p.similarity, p.method, p.relation, scorer.shared_terms(p.old.key, p.new.key))
        for p in pairs
    ]
    return Alignment(
        tuple(pairs),
        tuple(old[i] for i in old_free),
        tuple(new[j] for j in new_free),
    )


#: A sentence votes for the half holding its nearest counterpart from this similarity.
SENTENCE_VOTE = 0.3


def _carrying_halves(old: tuple[Measure, ...], new: tuple[Measure, ...], pairs: list[Pair],
                     candidates: list[tuple[float, float, int, int]], old_free: dict[int, None],
                     new_free: dict[int, None], scorer: Scorer, apart: Apart) -> None:
    """Re-pair, in place, a fuzzy pair whose measure was split in two (or two merged into it)
    with the half that carries most of its sentences.

    A paragraph split next year (宜居城市: 老旧小区, 口袋公园 and PM2.5 → 城市品质 with the first two,
    绿色低碳 with PM2.5) scores alike against both halves, and the best whole-text score may go
    to the half holding its longest sentence; the half where most of its sentences went is its
    successor. The other half stays free for the split pass."""
    if not candidates:
        return
    old_at = {m.id: i for i, m in enumerate(old)}
    new_at = {m.id: j for j, m in enumerate(new)}
    # -- the other half: a leftover that scored above the bar against the paired measure --
    halves_new: dict[int, list[int]] = defaultdict(list)
    halves_old: dict[int, list[int]] = defaultdict(list)
    for _, _, i, j in candidates:
        if j in new_free:
            halves_new[i].append(j)
        if i in old_free:
            halves_old[j].append(i)
    for at, pair in enumerate(pairs):
        if pair.method != "fuzzy":
            continue
        i, j = old_at[pair.old.id], new_at[pair.new.id]
        # -- …or a leftover next to the paired one (a section split in two keeps the halves side
        #    by side) from the positional bar: the half with the fewer words may score below the bar --
        halves_new[i].extend(n for n in (j - 1, j + 1) if n in new_free and _beside(old[i], new[n], scorer, apart))
        halves_old[j].extend(n for n in (i - 1, i + 1) if n in old_free and _beside(old[n], new[j], scorer, apart))
        other = _carrier(pair.old, pair.new, halves_new.get(i, ()), new, new_free, scorer)
        if other is not None:
            pairs[at] = Pair(old[i], new[other], _sim(scorer, old[i], new[other]), "fuzzy")
            del new_free[other]
            new_free[j] = None
        elif (other := _carrier(pair.new, pair.old, halves_old.get(j, ()), old, old_free, scorer)) is not None:
            pairs[at] = Pair(old[other], new[j], _sim(scorer, old[other], new[j]), "fuzzy")
            del old_free[other]
            old_free[i] = None


def _carrier(whole: Measure, paired: Measure, options, side: tuple[Measure, ...], free: dict[int, None],
             scorer: Scorer) -> int | None:
    """The first of ``options`` still free on ``side`` that carries more of ``whole`` than ``paired``."""
    return next((k for k in options if k in free and _carried(whole, paired, side[k], scorer)), None)


def _beside(old: Measure, new: Measure, scorer: Scorer, apart: Apart) -> bool:
    return _compatible(old, new, apart) and scorer.similarity(old.key, new.key) >= POSITIONAL_THRESHOLD


def _carried(whole: Measure, paired: Measure, other: Measure, scorer: Scorer) -> bool:
    """Whether more of ``whole``'s sentences find their nearest counterpart in ``other`` than in
    ``paired`` (each sentence from ``SENTENCE_VOTE``; a sentence as near to both votes for neither)."""
    sentences = split_sentences(whole.key)
    if len(sentences) < 3:
        return False  # -- a sentence or two: the whole-text score is all there is --
    halves = [split_sentences(paired.key), split_sentences(other.key)]
    votes = [0, 0]
    for sentence in sentences:
        nearest = [max((scorer.similarity(sentence, s) for s in half), default=0.0) for half in halves]
        if max(nearest) >= SENTENCE_VOTE and nearest[0] != nearest[1]:
            votes[nearest[1] > nearest[0]] += 1
    # -- one sentence is no majority: a new paragraph beside may share a sentence's words --
    return votes[1] > max(votes[0], 1)


def _positional(
    old: tuple[Measure, ...],
    new: tuple[Measure, ...],
    pairs: list[Pair],
    old_free: dict[int, None],
    new_free: dict[int, None],
    scorer: Scorer,
    apart: Apart = NOTHING_APART,
) -> list[Pair]:
    """Pair leftovers that sit in the same gap between aligned neighbours.

    A heavily rewritten measure (a shortcoming restated after it was partly fixed) may
    fall below the fuzzy threshold, yet stand exactly where its predecessor stood:
    between the same two aligned measures. There a lower bar is safe, because the
    candidates are only the few leftovers of that gap.
    """
    old_index = {m.id: i for i, m in enumerate(old)}
    new_index = {m.id: j for j, m in enumerate(new)}
    anchors = sorted((old_index[p.old.id], new_index[p.new.id]) for p in pairs)
    found: list[Pair] = []
    for i in sorted(old_free):
        at = bisect.bisect_left(anchors, (i, -1))
        low = anchors[at - 1][1] if at > 0 else -1
        # -- the gap ends at the next anchor that lies after ``low`` in the new report: an
        #    old neighbour that moved to an earlier place says nothing about this gap --
        high = next((j for _, j in anchors[at:] if j > low), len(new))
        if high - low - 1 > POSITIONAL_GAP:
            continue  # -- a wide gap holds no positional evidence (and would cost quadratic time) --
        best, best_rank, best_score = None, POSITIONAL_THRESHOLD, 0.0
        for j in range(low + 1, high):
            if j not in new_free or not _compatible(old[i], new[j], apart):
                continue
            score = scorer.similarity(old[i].key, new[j].key)
            if score < MATCH_THRESHOLD and (old[i].bare or new[j].bare):
                continue  # -- a heading over items (1.健全执法制度。) is a few words: one shared term is no evidence --
            # -- its body all rewritten under the same lead phrase: ranked as if at the bar,
            #    shown with its own similarity --
            rank = max(score, POSITIONAL_THRESHOLD) if _same_lead(old[i], new[j]) else score
            if rank >= best_rank:
                best, best_rank, best_score = j, rank, score
        if best is not None:
            found.append(Pair(old[i], new[best], round(best_score, 4), "positional"))
            del old_free[i], new_free[best]
            bisect.insort(anchors, (i, best))
    return found


def _alone_in_gaps(old: tuple[Measure, ...], new: tuple[Measure, ...], pairs: list[Pair],
                   old_free: dict[int, None], new_free: dict[int, None], scorer: Scorer,
                   apart: Apart = NOTHING_APART) -> list[Pair]:
    """Pair the one leftover on each side of a gap between two aligned neighbours (old 四是→三是
    and 六是→五是 aligned, old 五是 and new 四是 alone between them) at ``POSITIONAL_ALONE``: no
    other measure of either year stands there, so position is the evidence a rewrite left. Two
    items whose own (1)(2) items pair with each other's are one item however its heading and body
    were rewritten (3.深化综合行政执法改革。… → 3.提升综合行政执法质效。…, their （1） and （2） paired)."""
    old_index = {m.id: i for i, m in enumerate(old)}
    new_index = {m.id: j for j, m in enumerate(new)}
    anchors = sorted((old_index[p.old.id], new_index[p.new.id]) for p in pairs)
    # -- the items whose sub-items pair: (old item's id, new item's id) --
    parents = {(p.old.id.rpartition("/")[0], p.new.id.rpartition("/")[0]) for p in pairs}
    found: list[Pair] = []
    for (old_low, low), (old_high, high) in zip([(-1, -1), *anchors], [*anchors, (len(old), len(new))]):
        if high <= low:
            continue  # -- the neighbours crossed: no gap between them --
        olds = [i for i in range(old_low + 1, old_high) if i in old_free]
        news = [j for j in range(low + 1, high) if j in new_free]
        if len(olds) != 1 or len(news) != 1 or not _compatible(old[olds[0]], new[news[0]], apart):
            continue
        i, j = olds[0], news[0]
        if old[i].role is not new[j].role:
            continue  # -- a review against a plan: no rewrite of one another --
        score = scorer.similarity(old[i].key, new[j].key)
        if (old[i].id, new[j].id) in parents:
            found.append(Pair(old[i], new[j], round(score, 4), "positional"))
            del old_free[i], new_free[j]
        elif old[i].bare or new[j].bare:
            continue  # -- a bare heading's few words: no rewrite of another by themselves --
        elif score >= POSITIONAL_ALONE:
            found.append(Pair(old[i], new[j], round(score, 4), "positional"))
            del old_free[i], new_free[j]
    return found


#: Shortest lead phrase (坚持产城融合。) that names a measure by itself.
_LEAD_MIN = 4


def pair_mutual(alignment: Alignment, scorer: Scorer, apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with its leftovers that are each other's clear best paired (``_mutual``):
    for two years of one series only, after every other pass, so that nothing else claims them."""
    old, new = alignment.unmatched_old, alignment.unmatched_new
    old_free, new_free = dict.fromkeys(range(len(old))), dict.fromkeys(range(len(new)))
    found = _mutual(old, new, old_free, new_free, scorer, apart)
    if not found:
        return alignment
    return Alignment((*alignment.pairs, *found), tuple(old[i] for i in old_free), tuple(new[j] for j in new_free))


def _mutual(old: tuple[Measure, ...], new: tuple[Measure, ...], old_free: dict[int, None],
            new_free: dict[int, None], scorer: Scorer, apart: Apart) -> list[Pair]:
    """Pair leftovers that are each other's best candidate, well ahead of any other.

    A measure rewritten and grown to twice its length (the old tax paragraph become a new
    one on tax cuts and refunds) shares its specific terms with no other leftover, yet its
    similarity falls below the fuzzy bar because the new text is mostly new words. Among
    leftovers only, a pair that each side prefers by a clear margin is the same measure;
    two leftovers on one topic (neither clearly ahead) stay new and dropped."""
    if not old_free or not new_free:
        return []
    # -- probed by all its specific terms, not the few rarest: a grown measure's rarest terms are its new words --
    scores = {(i, j): scorer.similarity(old[i].key, new[j].key)
              for i, j in _index_hits(old, new, old_free, new_free, scorer, scorer.specific_terms)
              if _compatible(old[i], new[j], apart)}
    by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
    by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), score in scores.items():
        by_old[i].append((score, j))
        by_new[j].append((score, i))

    def best_two(ranked: list[tuple[float, int]]) -> tuple[float, int, float]:
        ranked.sort(key=lambda item: (-item[0], item[1]))
        return ranked[0][0], ranked[0][1], ranked[1][0] if len(ranked) > 1 else 0.0

    found: list[Pair] = []
    for i, ranked in sorted(by_old.items()):
        score, j, old_runner_up = best_two(ranked)
        if score < MUTUAL_THRESHOLD:
            continue
        _, best_old, new_runner_up = best_two(by_new[j])
        if best_old != i or score < MUTUAL_MARGIN * max(old_runner_up, new_runner_up):
            continue
        if len(scorer.shared_terms(old[i].key, new[j].key, MUTUAL_SHARED)) < MUTUAL_SHARED:
            continue
        found.append(Pair(old[i], new[j], round(score, 4), "mutual",
                          shared_terms=scorer.shared_terms(old[i].key, new[j].key)))
        del old_free[i], new_free[j]
    return found


def _successors(old: tuple[Measure, ...], new: tuple[Measure, ...], old_free: dict[int, None],
                new_free: dict[int, None], scorer: Scorer, apart: Apart) -> list[Pair]:
    """Pair each measure with its successor: the one measure of the same lead phrase in the
    section of the same heading (5.严格执行重大行政决策程序。 in （三） → 6.严格执行重大行政决策程序。
    in （三）), its body rewritten, from the positional bar on. Found before the report-wide pass:
    there a new item of another section on the same topic (4.出台重大行政决策程序规定) may score
    as high, and the successor, its specific terms all new, is no candidate of its own."""
    def places(side: tuple[Measure, ...], free: dict[int, None]) -> dict[tuple[str, str], list[int]]:
        # -- by comparison keys: a 繁體 report's 加強重點領域執法 is next year's 简体 加强重点领域执法 --
        found: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i in free:
            measure = side[i]
            if len(measure.title) >= _LEAD_MIN:
                found[(norm_key(measure.title), norm_key(measure.section_title))].append(i)
        return found

    old_places = places(old, old_free)
    found: list[Pair] = []
    for place, js in places(new, new_free).items():
        olds = old_places.get(place, ())
        if len(olds) != 1 or len(js) != 1:
            continue  # -- a lead phrase said twice in a section names no one measure --
        i, j = olds[0], js[0]
        if not _compatible(old[i], new[j], apart) or (old[i].bare and new[j].bare):
            continue  # -- two bare headings alike are the exact pass's --
        score = scorer.similarity(old[i].key, new[j].key)
        if old[i].bare or new[j].bare:
            # -- the item's body now under its heading as (1)(2) items (or the items folded into
            #    its body): a heading pairs with the heading of its level; the items are halves --
            found.append(Pair(old[i], new[j], round(score, 4), "title"))
            del old_free[i], new_free[j]
        elif score >= POSITIONAL_THRESHOLD:
            # -- as alike as the report-wide pass asks, it is that pass's pair, found sooner --
            found.append(Pair(old[i], new[j], round(score, 4), "fuzzy" if score >= MATCH_THRESHOLD else "title"))
            del old_free[i], new_free[j]
    return found


def _same_lead(old: Measure, new: Measure) -> bool:
    """Whether two measures open on the same lead phrase (坚持产城融合。…) with a body after it:
    in one gap between aligned neighbours, the same measure whatever its body now says."""
    return (len(old.title) >= _LEAD_MIN and old.title == new.title
            and len(old.text) > len(old.title) + 1 and len(new.text) > len(new.title) + 1)


def _splits_and_merges(
    old: tuple[Measure, ...],
    new: tuple[Measure, ...],
    pairs: list[Pair],
    old_free: dict[int, None],
    new_free: dict[int, None],
    scorer: Scorer,
    apart: Apart = NOTHING_APART,
) -> list[Pair]:
    """Find measures split in two (or merged) among what the one-to-one passes left over.

    An unmatched new measure N2 is the other half of old measure O (matched to N1) when
    O's terms are covered clearly better by N1+N2 than by N1 alone, N2 itself covers a
    fair share of O, and N2 either stands next to N1 or lies mostly inside O. Merges are
    the mirror image.
    """
    found: list[Pair] = []

    def rivals(side: tuple[Measure, ...], free: dict[int, None]) -> Callable[[Measure], list[Measure]]:
        # -- the whole's section's measures still free: another paragraph of it may be the half's own predecessor --
        return lambda whole: [side[k] for k in free if side[k].section_id == whole.section_id]

    found.extend(_halves(new, new_free, [(p.new, p.old) for p in pairs], scorer, apart.new,
                         lambda half, whole: Pair(whole, half, _sim(scorer, whole, half), "split", "split"),
                         rivals(old, old_free)))
    found.extend(_halves(old, old_free, [(p.old, p.new) for p in pairs], scorer, apart.old,
                         lambda half, whole: Pair(half, whole, _sim(scorer, half, whole), "merge", "merged"),
                         rivals(new, new_free)))
    return found


def _sim(scorer: Scorer, a: Measure, b: Measure) -> float:
    return round(scorer.similarity(a.key, b.key), 4)


def _index_hits(old: tuple[Measure, ...], new: tuple[Measure, ...], old_free: dict[int, None],
                new_free: dict[int, None], scorer: Scorer, probes) -> Iterator[tuple[int, int]]:
    """Yield (old, new) index pairs worth scoring: for each free new measure, the free old ones
    its ``probes`` terms (``scorer.probe_terms`` or ``scorer.specific_terms``) find in an
    inverted index of the old ones' specific terms, nearest its place first (``_best_hits``)."""
    index: dict[str, list[int]] = defaultdict(list)
    for i in old_free:
        for term in scorer.specific_terms(old[i].key):
            index[term].append(i)
    for j in new_free:
        at = j * len(old) // max(len(new), 1)
        for i, _ in _best_hits(((index.get(term, ()), scorer.weight[term]) for term in probes(new[j].key)), at):
            yield i, j


#: A term's postings looked at for one measure: those nearest its place. Only a report that
#: repeats itself has more (a real report's most specific terms stand in a few measures),
#: and there the far copies are no candidates: without the bound, quadratic time.
POSTINGS = 64


def _best_hits(postings, at: int) -> list[tuple[int, float]]:
    """Return ``Counter.most_common(CANDIDATES)`` of the summed weights of the entries near ``at``.

    ``postings`` yields (sorted postings, weight) per probe term. The same sums in the same
    order and the same tie order as a Counter's (first seen first), in a plain dict: the
    loop runs for every unmatched measure, and Counter's ``+=`` costs twice as much.
    """
    hits: dict[int, float] = {}
    get = hits.get
    for found, weight in postings:
        for i in _near(found, at):
            hits[i] = get(i, 0) + weight
    return heapq.nlargest(CANDIDATES, hits.items(), key=_COUNT)


_COUNT = operator.itemgetter(1)


def _near(postings: list[int], at: int) -> list[int]:
    """Return the ``POSTINGS`` entries of the sorted ``postings`` nearest to ``at`` (all if fewer)."""
    if len(postings) <= POSTINGS:
        return postings
    start = min(max(bisect.bisect_left(postings, at) - POSTINGS // 2, 0), len(postings) - POSTINGS)
    return postings[start : start + POSTINGS]


def _near_range(postings: list[int], at: int) -> tuple[int, int]:
    """Return where ``_near(postings, at)`` starts and ends in ``postings``."""
    if len(postings) <= POSTINGS:
        return 0, len(postings)
    start = min(max(bisect.bisect_left(postings, at) - POSTINGS // 2, 0), len(postings) - POSTINGS)
    return start, start + POSTINGS


def _halves(side, free, partners, scorer, apart: frozenset[str], make_pair,
            rivals: Callable[[Measure], list[Measure]] = lambda whole: []) -> list[Pair]:
    """Return pairs for the free measures of ``side`` that are a further piece (half) of a matched one.

    ``partners`` lists (first half on this side, whole on the other side) for matched pairs;
    ``apart`` the ids on this side kept apart (a half is on the side of the term as its first is);
    ``rivals(whole)`` the measures beside the whole still unpaired: one of them alike enough to the
    half (``POSITIONAL_THRESHOLD``, and clearly more than the whole: ``MUTUAL_MARGIN``) is its own predecessor, moved up
    past its neighbour (a short lead 抓好农业生产 is no whole of which 加强粮食…稳产保供 is half,
    when 提高粮食和重要农产品供给保障能力 beside it says the same).
    """
    position = {m.id: index for index, m in enumerate(side)}
    partner_at = {position[first.id]: k for k, (first, _) in enumerate(partners)}
    by_term: dict[str, list[int]] = defaultdict(list)
    for k, (_, whole) in enumerate(partners):
        for term in scorer.specific_terms(whole.key):
            by_term[term].append(k)
    # -- a term in many wholes (a report repeating itself): only the partners nearest the half,
    #    by the place of their first half (places sorted, and the partners in that order) --
    places = [position[first.id] for first, _ in partners]
    by_place: dict[str, tuple[list[int], list[int]]] = {}
    for term, ks in by_term.items():
        if len(ks) > POSTINGS:
            sorted_places = sorted(map(places.__getitem__, ks))
            by_place[term] = sorted_places, [partner_at[place] for place in sorted_places]
    # -- the pieces each whole holds on this side so far (its first half, then each half found), by
    #    place: a merge of three or more is a run of paragraphs, each next to another piece --
    pieces: dict[int, list[int]] = {k: [places[k]] for k in range(len(partners))}
    piece_of = dict(partner_at)
    found: list[Pair] = []
    waiting = list(free)
    while waiting:
        joined: list[int] = []
        for index in waiting:
            if index not in free:
                continue
            k = _whole_of(side, index, free, partners, pieces, piece_of, by_term, by_place, scorer, apart, rivals)
            if k is not None:
                found.append(make_pair(side[index], partners[k][1]))
                del free[index]
                pieces[k].append(index)
                piece_of[index] = k
                joined.append(index)
        # -- a piece found may stand next to one passed over before it (the whole's first half the
        #    last of the run): those are looked at again --
        waiting = sorted({n for index in joined for n in (index - 1, index + 1) if n in free})
    return found


def _whole_of(side, index: int, free, partners, pieces, piece_of, by_term, by_place, scorer: Scorer,
              apart: frozenset[str], rivals) -> int | None:
    """The partner (index into ``partners``) whose whole the free measure ``side[index]`` is a
    further piece of, or None (see ``_halves``)."""
    half = side[index]
    # -- candidates: the neighbours' partners, and wholes sharing the most specific terms --
    hits: dict[int, float] = {}
    get = hits.get
    for term in scorer.probe_terms(half.key):
        ks = by_term.get(term, ())
        if term in by_place:
            sorted_places, in_place_order = by_place[term]
            start, end = _near_range(sorted_places, index)
            ks = in_place_order[start:end]
        weight = scorer.weight[term]
        for k in ks:
            hits[k] = get(k, 0) + weight
    # -- Counter.most_common(CANDIDATES), on a plain dict (see _best_hits) --
    candidates = {k for k, _ in heapq.nlargest(CANDIDATES, hits.items(), key=_COUNT)}
    candidates.update(piece_of[n] for n in (index - 1, index + 1) if n in piece_of)
    best, best_gain = None, SPLIT_GAIN
    for k in sorted(candidates):
        first, whole = partners[k]
        if (not _compatible(first, half) or (first.id in apart) is not (half.id in apart)
                or lead_apart(half, first) or lead_apart(half, whole)):
            continue  # -- (an item beside a lead is no piece of it, see ``lead_apart``) --
        held = [side[p].key for p in pieces[k]]
        alone = scorer.containment(whole.key, *held)
        together = scorer.containment(whole.key, *held, half.key)
        own = scorer.containment(whole.key, half.key)
        adjacent = any(abs(p - index) == 1 and side[p].section_id == half.section_id for p in pieces[k])
        if first.section_id == half.section_id and _rejoined(side, pieces[k][0], index, whole.key):
            # -- the same words cut elsewhere (a wrapped copy's paragraph end lost or found):
            #    however small the half, it is the whole's other half --
            best = k
            break
        inside = scorer.containment(half.key, whole.key) >= CONTAINMENT_THRESHOLD
        # -- the share a piece covers by itself falls as the pieces grow: the second of two covers
        #    SPLIT_SHARE, the third of three two thirds of it --
        share = SPLIT_SHARE * 2 / (len(pieces[k]) + 1)
        if together - alone >= best_gain and own >= share and (adjacent or inside):
            best, best_gain = k, together - alone
    if best is not None and any(
            (score := scorer.similarity(rival.key, half.key)) >= POSITIONAL_THRESHOLD
            and score > MUTUAL_MARGIN * scorer.similarity(partners[best][1].key, half.key)
            for rival in rivals(partners[best][1])):
        best = None  # -- left for the sections' pass, which pairs it with that rival --
    return best


def _rejoined(side: tuple[Measure, ...], first: int, half: int, whole: str) -> bool:
    """Whether the comparison key ``whole`` is, word for word, the measures of ``side`` from
    ``first`` to ``half`` read as one, with the neighbours before or after them that it also
    holds (three paragraphs glued: the third is the whole's piece though not next to the first)."""
    low, high = min(first, half), max(first, half)
    if any(side[i].section_id != side[first].section_id for i in range(low, high + 1)):
        return False
    joined = "".join(side[i].key for i in range(low, high + 1))
    start = whole.find(joined)
    if not joined or start < 0:
        return False
    before, after = whole[:start], whole[start + len(joined):]
    while before and low > 0 and side[low - 1].key and before.endswith(side[low - 1].key):
        low -= 1
        before = before[: -len(side[low].key)]
    while after and high + 1 < len(side) and side[high + 1].key and after.startswith(side[high + 1].key):
        high += 1
        after = after[len(side[high].key):]
    return not before and not after


#: Parts of one role pair from this heading similarity (where the role alone does not decide).
PART_THRESHOLD = 0.3


def _best_first(olds: list[Part], news: list[Part], scorer: Scorer, floor: float) -> list[tuple[str, str]]:
    """Return the one-to-one pairs (old id, new id) that taking every pair scoring at least
    ``floor`` best first, ties by old id then new id, gives; each id is used once.

    Parts sharing a heading score alike, so pairs are scored per distinct heading pair and
    each score is settled in one sweep: in old id order, every old part takes the first new
    part not yet taken among those of that score; linear where the plain sort of every pair
    was quadratic (a report bound from many reports has hundreds of parts per role).
    """
    old_ids: dict[str, list[str]] = defaultdict(list)
    new_ids: dict[str, list[str]] = defaultdict(list)
    for part in olds:
        old_ids[part.key].append(part.id)
    for part in news:
        new_ids[part.key].append(part.id)
    by_score: dict[float, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for old_key in old_ids:
        for new_key in new_ids:
            score = scorer.similarity(old_key, new_key)
            if score >= floor:
                by_score[score][old_key].extend(new_ids[new_key])
    found: list[tuple[str, str]] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    for score in sorted(by_score, reverse=True):
        # -- the new parts of each old heading at this score, in id order, and how far taken --
        options = {old_key: sorted(ids) for old_key, ids in by_score[score].items()}
        taken = dict.fromkeys(options, 0)
        for oid, old_key in sorted((oid, key) for key in options for oid in old_ids[key]):
            if oid in used_old:
                continue
            ids, at = options[old_key], taken[old_key]
            while at < len(ids) and ids[at] in used_new:
                at += 1
            taken[old_key] = at
            if at < len(ids):
                used_old.add(oid)
                used_new.add(ids[at])
                found.append((oid, ids[at]))
    return found


def align_parts(old: tuple[Part, ...], new: tuple[Part, ...], scorer: Scorer) -> list[tuple[Part | None, Part | None]]:
    """Return part pairs: by role where both reports have exactly one part of that role,
    otherwise by heading similarity within the role. Unpaired parts come with None."""
    pairs: list[tuple[Part | None, Part | None]] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    old_by_id = {p.id: p for p in old}
    new_by_id = {p.id: p for p in new}
    for role in Role:
        olds = [p for p in old if p.role is role]
        news = [p for p in new if p.role is role]
        if role is not Role.OTHER and len(olds) == 1 and len(news) == 1:
            found = [(olds[0].id, news[0].id)]
        else:
            found = _best_first(olds, news, scorer, PART_THRESHOLD)
        for oid, nid in found:
            if oid not in used_old and nid not in used_new:
                used_old.add(oid)
                used_new.add(nid)
                pairs.append((old_by_id[oid], new_by_id[nid]))
    pairs.extend((None, p) for p in new if p.id not in used_new)
    pairs.extend((p, None) for p in old if p.id not in used_old)
    order = {p.id: i for i, p in enumerate(new)}
    return sorted(pairs, key=lambda pair: order[pair[1].id] if pair[1] else len(order))



#: A lone leftover on each side of a paired part or section pairs from this similarity: the one
#: paragraph there rewritten shares a few of its words (坚持依法行政…过紧日子…一般性支出压减, 0.21; a
#: year's consumption paragraph, 全域旅游…快递…消费者权益, 0.16); below it, two paragraphs share
#: only the common words of policy (扩大国际产能合作 / 促进外贸继续回稳向好: 落实、政策、基金, 0.09).
LONE_FLOOR = 0.1
#: …and share at least this many words of their own: specific words (not figures) that at most
#: ``LONE_RARE`` paragraphs of the two reports hold (依法行政、压减、过紧日子; 全域、快递、旅游). Two items
#: of one list that share only the list's topic and common words (全县、覆盖、食品安全, in eight
#: paragraphs) are an item dropped and another new.
LONE_SHARED = 3
LONE_RARE = 3


def pair_lone_leftovers(alignment: Alignment, containers: list[tuple[tuple[Measure, ...], tuple[Measure, ...]]],
                        scorer: Scorer, apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with the one leftover on each side of a paired container (the measures
    directly under a pair of parts or of sections) paired as the same paragraph rewritten (method
    ``lone``), where it stands in the same place among the container's pairs and the two share
    more than almost nothing (``LONE_FLOOR``, ``LONE_SHARED`` words of their own)."""
    old_free = {m.id: m for m in alignment.unmatched_old}
    new_free = {m.id: m for m in alignment.unmatched_new}
    partners: dict[str, list[str]] = defaultdict(list)
    for pair in alignment.pairs:
        partners[pair.old.id].append(pair.new.id)
    added: list[Pair] = []
    for olds, news in containers:
        lone_old = [i for i, m in enumerate(olds) if m.id in old_free]
        lone_new = [j for j, m in enumerate(news) if m.id in new_free]
        if len(lone_old) != 1 or len(lone_new) != 1:
            continue
        at_old, at_new = lone_old[0], lone_new[0]
        old, new = olds[at_old], news[at_new]
        if old.bare or new.bare or not _compatible(old, new, apart):
            continue
        # -- the same place: every pair of the container lies on the same side of both --
        new_at = {m.id: j for j, m in enumerate(news)}
        if any((i < at_old) != (new_at[other] < at_new) for i, m in enumerate(olds) if i != at_old
               for other in partners.get(m.id, ()) if other in new_at):
            continue
        score = scorer.similarity(old.key, new.key)
        own = set(scorer.specific_terms(old.key)) & set(scorer.specific_terms(new.key))
        if score < LONE_FLOOR or sum(scorer.df[term] <= LONE_RARE for term in own) < LONE_SHARED:
            continue
        del old_free[old.id], new_free[new.id]
        added.append(Pair(old, new, round(score, 4), "lone", None, scorer.shared_terms(old.key, new.key)))
    if not added:
        return alignment
    return Alignment(alignment.pairs + tuple(added), tuple(old_free.values()), tuple(new_free.values()))


def pair_part_leads(alignment: Alignment, part_pairs: list[tuple[Part | None, Part | None]],
                    scorer: Scorer) -> Alignment:
    """Return ``alignment`` with the lead (导语) of each pair of parts paired (method ``lead``)
    where both are still free: a part's framing paragraph succeeds last year's whatever words
    the two share (全镇上下紧紧围绕… → 全镇坚持把法治建设作为基础性工作来抓…), as its heading does."""
    old_free = {m.id: m for m in alignment.unmatched_old}
    new_free = {m.id: m for m in alignment.unmatched_new}
    added: list[Pair] = []
    for old_part, new_part in part_pairs:
        if old_part is None or new_part is None:
            continue
        old = next((m for m in old_part.all_measures() if m.lead and m.id in old_free), None)
        new = next((m for m in new_part.all_measures() if m.lead and m.id in new_free), None)
        if old is None or new is None:
            continue
        del old_free[old.id], new_free[new.id]
        added.append(Pair(old, new, _sim(scorer, old, new), "lead", None, scorer.shared_terms(old.key, new.key)))
    if not added:
        return alignment
    return Alignment(alignment.pairs + tuple(added), tuple(old_free.values()), tuple(new_free.values()))


__all__ = ["Alignment", "Apart", "NOTHING_APART", "align_parts", "pair_lone_leftovers", "pair_mutual", "pair_part_leads", "BOILERPLATE", "MATCH_THRESHOLD", "PROBE_TERMS",
           "Pair", "Scorer", "align_measures", "terms", "vocabulary_similarity"]
