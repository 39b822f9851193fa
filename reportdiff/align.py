"""Align the measures and section headings of two reports by content.

Passes, in order (each pass only sees what earlier passes left unmatched)::

    exact   identical comparison keys (same role), paired in reading order
    fuzzy   a global one-to-one assignment: every candidate pair above the threshold,
            best first (ties: closer relative position), each measure used once
    positional  leftovers in the same gap between aligned neighbours, lower threshold
    split   an unmatched new measure mostly contained in an old measure that is
            already matched: the old measure was split in two
    merge   the mirror image: an unmatched old measure contained in a matched new one

Candidates come from an inverted index over specific terms, so the work grows with
the number of measures that share terms, not with the product of the report sizes.

Similarity is a weighted Dice coefficient over jieba tokens (IDF weights, boilerplate
verbs such as 持续/推进/加强 weighted near zero, figures reduced to their unit so that a
changed number still matches) blended with character bigrams, which forgive
segmentation differences.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import operator
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .models import Measure, Part, Role, Section
from .segment import FIGURE_RE, tokenize

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
#: Widest gap (in new measures) between aligned neighbours in which position still counts.
POSITIONAL_GAP = 8
#: Most specific terms of a measure used to look up candidates in the index.
PROBE_TERMS = 10
#: Candidates scored in full per measure (the rest of the index hits are ignored).
CANDIDATES = 12

# -- Words that open half the measures of any report; they must never carry a match. --
BOILERPLATE = frozenset(
    "持续 推进 加强 进一步 全面 深入 工作 推动 开展 完善 提升 提高 落实 坚持 强化 不断 积极 切实 "
    "依法 着力 努力 健全 深化 加大 加快 扎实 充分 有效 建立 建立健全 做好 抓好 全区 我区 区 "
    "的 和 与 及 等 在 为 对 是 了 将 并 以 有 中 上 下 年 全年 共 各 个 一批 相关 有关 进行 实现 "
    "机制 制度 体系 水平 能力 作用 建设".split()
)
_PUNCT_RE = re.compile(r"^[\W_]+$")
_NON_WORD_RE = re.compile(r"[\W\d_]+")
_BOILERPLATE_WEIGHT = 0.05


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


def terms(text_key: str) -> list[str]:
    """Return the content terms of a key: tokens without punctuation, figures as their unit."""
    found = []
    for token in tokenize(text_key):
        if _PUNCT_RE.match(token):
            continue
        if FIGURE_RE.fullmatch(token):
            # -- a figure counts mostly by its unit (the number changes every year), and a
            #    little by its value, so that changed figures keep similarity below 1 --
            found.append("#" + re.sub(r"^[约近超逾]?[\d.]+[余多]?", "", token))
        found.append(token)
    return found


def _bigrams(text_key: str) -> Counter[str]:
    chars = _NON_WORD_RE.sub("", text_key)
    # -- each character joined to the next, counted in C (a whole report: millions of bigrams) --
    return Counter(map(operator.add, chars, chars[1:]))


def vocabulary_similarity(a: str, b: str) -> float:
    """Return the cosine of the character-bigram counts of two whole texts (keys), in [0, 1].

    Two years of one kind of report share their vocabulary (≥ 0.8 for 政府工作报告 years
    apart, whose every sentence was rewritten); two kinds of report, far less (≈ 0.4).
    """
    return _cosine(_bigrams(a), _bigrams(b))


def _cosine(va: Counter[str], vb: Counter[str]) -> float:
    if len(va) > len(vb):
        va, vb = vb, va
    dot = sum(count * vb[gram] for gram, count in va.items() if gram in vb)
    norm = math.sqrt(sum(c * c for c in va.values()) * sum(c * c for c in vb.values()))
    return dot / norm if norm else 0.0


class Scorer:
    """Weighted similarity between texts, with IDF taken over a fixed collection."""

    def __init__(self, keys: list[str]) -> None:
        self._terms = {k: Counter(terms(k)) for k in set(keys)}
        self._bigrams = {k: _bigrams(k) for k in self._terms}
        df: Counter[str] = Counter()
        bigram_df: Counter[str] = Counter()
        for k in self._terms:
            df.update(self._terms[k].keys())
            bigram_df.update(self._bigrams[k].keys())
        n = max(len(self._terms), 1)
        self.weight = {t: self._idf(t, df[t], n) for t in df}
        self.bigram_weight = {b: math.log(1 + n / bigram_df[b]) for b in bigram_df}
        self.df = df
        self._mass: dict[str, tuple[float, float]] = {}
        self._similarity: dict[tuple[str, str], float] = {}
        self._containment: dict[tuple[str, ...], float] = {}
        self._probes: dict[str, list[str]] = {}
        self._shared_terms: dict[tuple[str, str, int], tuple[str, ...]] = {}

    @staticmethod
    def _idf(term: str, df: int, n: int) -> float:
        idf = math.log(1 + n / df)
        if term in BOILERPLATE or len(term) == 1 or term[0] == "#" or term[0].isdigit() or term[0] in "约近超逾":
            return idf * _BOILERPLATE_WEIGHT
        return idf

    def term_counts(self, key: str) -> Counter[str]:
        if key not in self._terms:
            self._terms[key] = Counter(terms(key))
            self._bigrams[key] = _bigrams(key)
        return self._terms[key]

    def probe_terms(self, key: str) -> list[str]:
        """Return the few most specific terms of ``key``: enough to find candidates, and
        a bound on the index work per measure however often terms repeat."""
        probes = self._probes.get(key)
        if probes is None:
            ranked = sorted(self.term_counts(key), key=lambda t: (-self.weight.get(t, 0.0), t))
            probes = self._probes[key] = ranked[:PROBE_TERMS]
        return probes

    def vocabulary_similarity(self, keys_a: list[str], keys_b: list[str]) -> float:
        """Return ``vocabulary_similarity("".join(keys_a), "".join(keys_b))``, from the bigrams
        of each distinct key (a report repeats paragraphs) and those across the joins."""
        return _cosine(self._joined_bigrams(keys_a), self._joined_bigrams(keys_b))

    def _joined_bigrams(self, keys: list[str]) -> Counter[str]:
        # -- the class removed is one of single characters, so the joined text stripped is the
        #    keys stripped and joined: its bigrams are each key's plus one per join --
        total: Counter[str] = Counter()
        for key, times in Counter(keys).items():
            self.term_counts(key)
            for gram, count in self._bigrams[key].items():
                total[gram] += count * times
        stripped: dict[str, str] = {}
        last = ""
        for key in keys:
            chars = stripped.get(key)
            if chars is None:
                chars = stripped[key] = _NON_WORD_RE.sub("", key)
            if chars:
                if last:
                    total[last + chars[0]] += 1
                last = chars[-1]
        return total

    def _masses(self, key: str) -> tuple[float, float]:
        masses = self._mass.get(key)
        if masses is None:
            weight, bigram_weight = self.weight, self.bigram_weight
            masses = (
                sum(weight.get(t, 1.0) * c for t, c in self.term_counts(key).items()),
                sum(bigram_weight.get(b, 1.0) * c for b, c in self._bigrams[key].items()),
            )
            self._mass[key] = masses
        return masses

    @staticmethod
    def _shared(a: Counter[str], b: Counter[str], weight: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(weight.get(t, 1.0) * min(c, b[t]) for t, c in a.items() if t in b)

    def similarity(self, a: str, b: str) -> float:
        """Return the similarity of two keys in [0, 1]; 1 for identical keys.

        0.6 × weighted Dice over terms + 0.4 × weighted Dice over character bigrams.
        """
        if a == b:
            return 1.0
        cached = self._similarity.get((a, b))
        if cached is not None:
            return cached
        term_a, bigram_a = self._masses(a)
        term_b, bigram_b = self._masses(b)
        word = char = 0.0
        if term_a + term_b:
            word = 2 * self._shared(self._terms[a], self._terms[b], self.weight) / (term_a + term_b)
        if bigram_a + bigram_b:
            char = 2 * self._shared(self._bigrams[a], self._bigrams[b], self.bigram_weight) / (bigram_a + bigram_b)
        score = 0.6 * word + 0.4 * char
        self._similarity[(a, b)] = score
        return score

    def containment(self, part: str, whole: str, *more: str) -> float:
        """Return how much of ``part``'s weighted terms also occur in ``whole`` (plus ``more``)."""
        cache_key = (part, whole, *more)
        cached = self._containment.get(cache_key)
        if cached is not None:
            return cached
        tp, tw = self.term_counts(part), self.term_counts(whole)
        for extra in more:
            # -- the union of several texts: add counters, never tokenize a concatenation --
            tw = tw + self.term_counts(extra)
        total = self._masses(part)[0]
        weight = self.weight
        score = sum(weight.get(t, 1.0) * min(c, tw[t]) for t, c in tp.items() if t in tw) / total if total else 0.0
        self._containment[cache_key] = score
        return score

    def shared_terms(self, a: str, b: str, limit: int = 6) -> tuple[str, ...]:
        """Return the most specific terms two keys share, most specific first."""
        found = self._shared_terms.get((a, b, limit))
        if found is None:
            shared = set(self.term_counts(a)) & set(self.term_counts(b))
            ranked = sorted((t for t in shared if not FIGURE_RE.fullmatch(t) and not t.startswith("#")),
                            key=lambda t: (-self.weight.get(t, 0), t))
            found = self._shared_terms[(a, b, limit)] = tuple(ranked[:limit])
        return found


def _compatible(old: Measure, new: Measure) -> bool:
    return old.role is new.role or Role.OTHER in (old.role, new.role)


def _relative(index: int, size: int) -> float:
    return index / max(size - 1, 1)


def align_measures(old: tuple[Measure, ...], new: tuple[Measure, ...], scorer: Scorer) -> Alignment:
    """Return a one-to-one alignment of measures, with splits and merges, in passes."""
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
            i = queue.pop(0)
            pairs.append(Pair(old[i], measure, 1.0, "exact"))
            del old_free[i], new_free[j]

    # -- fuzzy: candidates from an inverted index of specific terms, then global best-first --
    index: dict[str, list[int]] = defaultdict(list)
    for i in old_free:
        for term in scorer.term_counts(old[i].key):
            if scorer.weight.get(term, 0) > _BOILERPLATE_WEIGHT * 20:
                index[term].append(i)
    candidates: list[tuple[float, float, int, int]] = []
    for j in new_free:
        at = j * len(old) // max(len(new), 1)
        for i, _ in _best_hits(((index.get(term, ()), scorer.weight[term]) for term in scorer.probe_terms(new[j].key)),
                               at):
            if not _compatible(old[i], new[j]):
                continue
            score = scorer.similarity(old[i].key, new[j].key)
            if score >= MATCH_THRESHOLD:
                distance = abs(_relative(i, len(old)) - _relative(j, len(new)))
                candidates.append((-score, distance, i, j))
    candidates.sort()
    for negative_score, _, i, j in candidates:
        if i in old_free and j in new_free:
            pairs.append(Pair(old[i], new[j], round(-negative_score, 4), "fuzzy"))
            del old_free[i], new_free[j]

    pairs.extend(_positional(old, new, pairs, old_free, new_free, scorer))
    pairs.extend(_splits_and_merges(old, new, pairs, old_free, new_free, scorer))
    pairs = [
        Pair(p.old, p.new, p.similarity, p.method, p.relation, scorer.shared_terms(p.old.key, p.new.key))
        for p in pairs
    ]
    return Alignment(
        tuple(pairs),
        tuple(old[i] for i in old_free),
        tuple(new[j] for j in new_free),
    )


def _positional(
    old: tuple[Measure, ...],
    new: tuple[Measure, ...],
    pairs: list[Pair],
    old_free: dict[int, None],
    new_free: dict[int, None],
    scorer: Scorer,
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
        best, best_score = None, POSITIONAL_THRESHOLD
        for j in range(low + 1, high):
            if j not in new_free or not _compatible(old[i], new[j]):
                continue
            score = scorer.similarity(old[i].key, new[j].key)
            if score >= best_score:
                best, best_score = j, score
        if best is not None:
            found.append(Pair(old[i], new[best], round(best_score, 4), "positional"))
            del old_free[i], new_free[best]
            bisect.insort(anchors, (i, best))
    return found


def _splits_and_merges(
    old: tuple[Measure, ...],
    new: tuple[Measure, ...],
    pairs: list[Pair],
    old_free: dict[int, None],
    new_free: dict[int, None],
    scorer: Scorer,
) -> list[Pair]:
    """Find measures split in two (or merged) among what the one-to-one passes left over.

    An unmatched new measure N2 is the other half of old measure O (matched to N1) when
    O's terms are covered clearly better by N1+N2 than by N1 alone, N2 itself covers a
    fair share of O, and N2 either stands next to N1 or lies mostly inside O. Merges are
    the mirror image.
    """
    found: list[Pair] = []
    found.extend(_halves(new, new_free, [(p.new, p.old) for p in pairs], scorer, "split",
                         lambda half, whole: Pair(whole, half, _sim(scorer, whole, half), "split", "split")))
    found.extend(_halves(old, old_free, [(p.old, p.new) for p in pairs], scorer, "merged",
                         lambda half, whole: Pair(half, whole, _sim(scorer, half, whole), "merge", "merged")))
    return found


def _sim(scorer: Scorer, a: Measure, b: Measure) -> float:
    return round(scorer.similarity(a.key, b.key), 4)


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


def _halves(side, free, partners, scorer, relation, make_pair) -> list[Pair]:
    """Return pairs for the free measures of ``side`` that are the second half of a matched one.

    ``partners`` lists (first half on this side, whole on the other side) for matched pairs.
    """
    position = {m.id: index for index, m in enumerate(side)}
    partner_at = {position[first.id]: k for k, (first, _) in enumerate(partners)}
    by_term: dict[str, list[int]] = defaultdict(list)
    for k, (_, whole) in enumerate(partners):
        for term in scorer.term_counts(whole.key):
            if scorer.weight.get(term, 0) > _BOILERPLATE_WEIGHT * 20:
                by_term[term].append(k)
    # -- a term in many wholes (a report repeating itself): only the partners nearest the half --
    by_place = {term: sorted(position[partners[k][0].id] for k in ks) for term, ks in by_term.items()
                if len(ks) > POSTINGS}
    found: list[Pair] = []
    for index in list(free):
        half = side[index]
        # -- candidates: the neighbours' partners, and wholes sharing the most specific terms --
        hits: dict[int, float] = {}
        get = hits.get
        for term in scorer.probe_terms(half.key):
            ks = by_term.get(term, ())
            if term in by_place:
                ks = [partner_at[place] for place in _near(by_place[term], index)]
            weight = scorer.weight[term]
            for k in ks:
                hits[k] = get(k, 0) + weight
        # -- Counter.most_common(CANDIDATES), on a plain dict (see _best_hits) --
        candidates = {k for k, _ in heapq.nlargest(CANDIDATES, hits.items(), key=_COUNT)}
        candidates.update(partner_at[n] for n in (index - 1, index + 1) if n in partner_at)
        best, best_gain = None, SPLIT_GAIN
        for first, whole in (partners[k] for k in sorted(candidates)):
            if not _compatible(first, half):
                continue
            alone = scorer.containment(whole.key, first.key)
            together = scorer.containment(whole.key, first.key, half.key)
            own = scorer.containment(whole.key, half.key)
            adjacent = abs(position[first.id] - index) == 1 and first.section_id == half.section_id
            inside = scorer.containment(half.key, whole.key) >= CONTAINMENT_THRESHOLD
            if together - alone >= best_gain and own >= SPLIT_SHARE and (adjacent or inside):
                best, best_gain = whole, together - alone
        if best is not None:
            found.append(make_pair(half, best))
            del free[index]
    return found


#: Up to this many section pairs, every pair is a candidate (beyond, those sharing terms).
SECTION_PAIRS_ALL = 900
#: Sections pair from this score (half heading similarity, half shared measures or whole text).
SECTION_THRESHOLD = 0.25


def align_sections(
    old: list[tuple[Section, Role]], new: list[tuple[Section, Role]], pairs: tuple[Pair, ...], scorer: Scorer
) -> list[tuple[Section | None, Section | None, float]]:
    """Return section pairs (either side may be None), judged by heading and shared measures.

    Sections pair only inside parts of the same role. A reworded heading still matches
    when the section's measures went to the same place; reordered sections match because
    nothing here depends on position.
    """
    sections_old = {s.id: s for s, _ in old}
    sections_new = {s.id: s for s, _ in new}
    # -- sections by position (p old, q new) below: int pairs hash and compare fast --
    old_at = {s.id: p for p, (s, _) in enumerate(old)}
    new_at = {s.id: q for q, (s, _) in enumerate(new)}
    shared: Counter[tuple[int, int]] = Counter()
    for pair in pairs:
        if pair.old.section_id in sections_old and pair.new.section_id in sections_new:
            shared[(old_at[pair.old.section_id], new_at[pair.new.section_id])] += 1
    # -- candidates: sections sharing a measure or a specific heading term (never all pairs) --
    by_term: dict[str, list[int]] = defaultdict(list)
    for position, (so, _) in enumerate(old):
        for term in scorer.term_counts(so.key):
            if term not in BOILERPLATE:
                by_term[term].append(position)
    candidates = set(shared)
    for q, (sn, _) in enumerate(new):
        at = q * len(old) // max(len(new), 1)
        for term in scorer.term_counts(sn.key):
            candidates.update(zip(_near(by_term.get(term, []), at), itertools.repeat(q)))
    # -- …or sharing one of the most specific terms of their whole text: a 政府工作报告 rewrites
    #    a section's heading and every paragraph, yet keeps its policy area's own words (the
    #    whole texts of one area score 0.2–0.5 across years, of two areas ≲ 0.15) --
    texts: dict[str, str] = {}  # -- one object per distinct text: cache look-ups compare by identity --
    content_old = [_one_text(texts, "".join(m.key for m in s.measures)) for s, _ in old]
    content_new = [_one_text(texts, "".join(m.key for m in s.measures)) for s, _ in new]
    by_probe: dict[str, list[int]] = defaultdict(list)
    for position, text in enumerate(content_old):
        for term in scorer.probe_terms(text):
            by_probe[term].append(position)
    for q, text in enumerate(content_new):
        at = q * len(old) // max(len(new), 1)
        for term in scorer.probe_terms(text):
            candidates.update(zip(_near(by_probe.get(term, []), at), itertools.repeat(q)))
    if len(old) * len(new) <= SECTION_PAIRS_ALL:
        # -- a report has a few dozen sections: try every pair (the role check follows) --
        candidates.update(itertools.product(range(len(old)), range(len(new))))
    # -- ranks in id order: ties in score go to the lower old id, then new id, as before --
    old_rank = _ranks([s.id for s, _ in old])
    new_rank = _ranks([s.id for s, _ in new])
    # -- what a section's score depends on, numbered: sections alike (a report repeating itself)
    #    share a number, and a pair of numbers with the same shared count is scored once --
    rows: dict[tuple, int] = {}
    old_rows = [rows.setdefault((r, _one_text(texts, s.key), len(s.measures), content_old[p]), len(rows))
                for p, (s, r) in enumerate(old)]
    new_rows = [rows.setdefault((r, _one_text(texts, s.key), len(s.measures), content_new[q]), len(rows))
                for q, (s, r) in enumerate(new)]
    row_of = list(rows)
    known: dict[tuple[int, int, int], tuple[float | None, float | None]] = {}
    scored: list[tuple[float, int, int]] = []
    bodies: dict[tuple[int, int], float] = {}
    # -- in any order: nothing below depends on it (the scores sort fully, ties by id) --
    for p, q in candidates:
        count = shared.get((p, q), 0)
        score, body = known.get((old_rows[p], new_rows[q], count)) or _section_score(
            row_of[old_rows[p]], row_of[new_rows[q]], count, scorer, known, (old_rows[p], new_rows[q], count))
        if body is not None:
            bodies[(p, q)] = body
        if score is not None and score >= SECTION_THRESHOLD:
            scored.append((-score, old_rank[p], new_rank[q]))
    scored.sort()
    old_by_rank = sorted(sections_old.values(), key=lambda s: old_rank[old_at[s.id]])
    new_by_rank = sorted(sections_new.values(), key=lambda s: new_rank[new_at[s.id]])
    result: list[tuple[Section | None, Section | None, float]] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for negative, p_rank, q_rank in scored:
        if p_rank in taken_old or q_rank in taken_new:
            continue
        taken_old.add(p_rank)
        taken_new.add(q_rank)
        so, sn = old_by_rank[p_rank], new_by_rank[q_rank]
        used_old.add(so.id)
        used_new.add(sn.id)
        result.append((so, sn, round(-negative, 4)))
    while clear := _clear_successors({(old[p][0].id, new[q][0].id): body for (p, q), body in bodies.items()
                                      if old[p][0].id not in used_old and new[q][0].id not in used_new}):
        for body, oid, nid in clear:
            used_old.add(oid)
            used_new.add(nid)
            result.append((sections_old[oid], sections_new[nid], round(body, 4)))
    result.extend((s, None, 0.0) for s, _ in old if s.id not in used_old)
    result.extend((None, s, 0.0) for s, _ in new if s.id not in used_new)
    return result


def _section_score(old_row: tuple, new_row: tuple, shared: int, scorer: Scorer, known: dict,
                   known_as: tuple[int, int, int]) -> tuple[float | None, float | None]:
    """Return (score, whole-text similarity) of two sections, given as (role, heading key,
    measure count, whole text) and the count of measures they share; score None across roles."""
    old_role, old_key, old_size, old_text = old_row
    new_role, new_key, new_size, new_text = new_row
    if old_role is not new_role:
        found: tuple[float | None, float | None] = (None, None)
    else:
        heading = scorer.similarity(old_key, new_key)
        overlap = 2 * shared / max(old_size + new_size, 1)
        body = None
        if old_text and new_text:
            # -- few measures in common (all rewritten): the whole texts speak for the section --
            body = scorer.similarity(old_text, new_text)
            overlap = max(overlap, min(1.0, 2 * body))
        found = (0.5 * heading + 0.5 * overlap, body)
    known[known_as] = found
    return found


def _ranks(ids: list[str]) -> list[int]:
    """Return each id's place in the sorted ids."""
    ranks = [0] * len(ids)
    for rank, position in enumerate(sorted(range(len(ids)), key=ids.__getitem__)):
        ranks[position] = rank
    return ranks


def _one_text(texts: dict[str, str], text: str) -> str:
    return texts.setdefault(text, text)


#: A section whose heading and every paragraph were rewritten (a new government's first
#: report) still succeeds the one whose whole text is clearly its nearest: at least this similar…
CLEAR_BODY = 0.12
#: …and this many times as similar as the runner-up on both sides.
CLEAR_MARGIN = 1.3


def _clear_successors(bodies: dict[tuple[str, str], float]) -> list[tuple[float, str, str]]:
    """Return (similarity, old id, new id) of the sections each of which is the other's clear
    nearest by whole text among the sections still unpaired (a pairing may clear others)."""
    rows: dict[str, list[tuple[float, str]]] = defaultdict(list)
    cols: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (oid, nid), body in bodies.items():
        rows[oid].append((body, nid))
        cols[nid].append((body, oid))

    def clear(options: list[tuple[float, str]]) -> str | None:
        ranked = sorted(options, reverse=True)
        best = ranked[0][0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        return ranked[0][1] if best >= CLEAR_BODY and best >= CLEAR_MARGIN * runner_up else None

    return sorted((bodies[(oid, nid)], oid, nid) for oid, options in rows.items()
                  if (nid := clear(options)) is not None and clear(cols[nid]) == oid)


#: Inside two sections that succeed each other, leftover measures that are each other's
#: nearest pair from this similarity: a 政府工作报告 rewrites every paragraph of a policy area
#: (积极的财政政策要提质增效 → 提升积极的财政政策效能, 0.35 across the whole report's terms).
SECTION_MATCH_THRESHOLD = 0.18


def align_within_sections(alignment: Alignment, sections: list[tuple[Section | None, Section | None, float]],
                          scorer: Scorer) -> Alignment:
    """Return ``alignment`` with the leftovers of each pair of succeeding sections paired where
    they are each other's nearest (method ``section``). The bar is lower than the report-wide
    fuzzy pass because the candidates are only the few leftovers of one policy area."""
    old_free = {m.id: m for m in alignment.unmatched_old}
    new_free = {m.id: m for m in alignment.unmatched_new}
    added: list[Pair] = []
    for old_section, new_section, _ in sections:
        if old_section is None or new_section is None:
            continue
        olds = [m for m in old_section.measures if m.id in old_free]
        news = [m for m in new_section.measures if m.id in new_free]
        scores = {(a.id, b.id): scorer.similarity(a.key, b.key) for a in olds for b in news if _compatible(a, b)}
        for (aid, bid), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
            if score < SECTION_MATCH_THRESHOLD:
                break
            if aid not in old_free or bid not in new_free:
                continue
            best_of_new = max((s for (a, b), s in scores.items() if b == bid and a in old_free), default=0.0)
            best_of_old = max((s for (a, b), s in scores.items() if a == aid and b in new_free), default=0.0)
            if score >= best_of_new and score >= best_of_old:
                old, new = old_free.pop(aid), new_free.pop(bid)
                added.append(Pair(old, new, round(score, 4), "section", None, scorer.shared_terms(old.key, new.key)))
    if not added:
        return alignment
    return Alignment(alignment.pairs + tuple(added), tuple(old_free.values()), tuple(new_free.values()))


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
        for oid, old_key in sorted((oid, old_key) for old_key in options for oid in old_ids[old_key]):
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


__all__ = ["Alignment", "align_parts", "BOILERPLATE", "MATCH_THRESHOLD", "Pair", "Scorer", "align_measures", "align_sections", "terms"]
