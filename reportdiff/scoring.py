"""Similarity of report texts: weighted terms (IDF, boilerplate near zero) and character bigrams.

Similarity is a weighted Dice coefficient over jieba tokens (IDF weights, boilerplate
verbs such as 持续/推进/加强 weighted near zero, figures reduced to their unit so that a
changed number still matches) blended with character bigrams, which forgive
segmentation differences. ``Scorer`` remembers every key's terms and every score.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from itertools import chain, repeat

from . import lazy_re
from .segment import FIGURE_RE, tokenize

# -- Words that open half the measures of any report; they must never carry a match. --
BOILERPLATE = frozenset(
    "持续 推进 加强 进一步 全面 深入 工作 推动 开展 完善 提升 提高 落实 坚持 强化 不断 积极 切实 "
    "依法 着力 努力 健全 深化 加大 加快 扎实 充分 有效 建立 建立健全 做好 抓好 全区 我区 区 "
    "的 和 与 及 等 在 为 对 是 了 将 并 以 有 中 上 下 年 全年 共 各 个 一批 相关 有关 进行 实现 "
    "机制 制度 体系 水平 能力 作用 建设".split()
)
_PUNCT_RE = lazy_re.compile(r"^[\W_]+$")
_NON_WORD_RE = lazy_re.compile(r"[\W\d_]+")
_BOILERPLATE_WEIGHT = 0.05
#: Most specific terms of a measure used to look up candidates in the index.
PROBE_TERMS = 10


def terms(text_key: str) -> list[str]:
    """Return the content terms of a key: tokens without punctuation, figures as their unit."""
    # -- each token's terms looked up in C; a token not seen before is worked out by the memo --
    return list(chain.from_iterable(map(_TOKEN_TERMS.__getitem__, tokenize(text_key))))


class _TokenTerms(dict):
    """The terms of each token seen: a report's keys repeat their words, and two patterns per
    token were most of ``terms``. Emptied when it grows past ``_TOKEN_MEMO`` tokens."""

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) >= _TOKEN_MEMO:
            self.clear()
        token_terms = self[token] = _token_terms(token)
        return token_terms


_TOKEN_TERMS = _TokenTerms()
_TOKEN_MEMO = 200_000


def _token_terms(token: str) -> tuple[str, ...]:
    if _PUNCT_RE.match(token):
        return ()
    if FIGURE_RE.fullmatch(token):
        # -- a figure counts mostly by its unit (the number changes every year), and a
        #    little by its value, so that changed figures keep similarity below 1 --
        return "#" + re.sub(r"^[约近超逾]?[\d.]+[余多]?", "", token), token
    return (token,)


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


# -- The weighted sums below run in C (map over the counters) instead of a generator per item:
#    the same products added in the same order (the keys of the first counter), so the same
#    floats. Section keys hold thousands of bigrams, and every scored pair sums them. --


def _weighted_mass(counts: Counter[str], weight: dict[str, float]) -> float:
    """``sum(weight.get(t, 1.0) * c for t, c in counts.items())``."""
    return sum(map(operator.mul, map(weight.get, counts, repeat(1.0)), counts.values()))


def _weighted_overlap(a: Counter[str], b: Counter[str], weight: dict[str, float]) -> float:
    """``sum(weight.get(t, 1.0) * min(c, b[t]) for t, c in a.items() if t in b)``."""
    shared = list(filter(b.__contains__, a))
    return sum(map(operator.mul, map(weight.get, shared, repeat(1.0)),
                   map(min, map(a.__getitem__, shared), map(b.__getitem__, shared))))


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
        self.weight = dict(zip(df, map(self._idf, df, df.values(), repeat(n))))
        # -- log(1 + n / df) of every bigram, computed in C: a report pair has about 12,000 --
        self.bigram_weight = dict(zip(bigram_df, map(math.log, map(
            operator.add, repeat(1), map(operator.truediv, repeat(n), bigram_df.values())))))
        self.df = df
        self._mass: dict[str, tuple[float, float]] = {}
        self._similarity: dict[tuple[str, str], float] = {}
        self._containment: dict[tuple[str, ...], float] = {}
        self._probes: dict[str, list[str]] = {}
        self._shared_terms: dict[tuple[str, str, int], tuple[str, ...]] = {}
        self._specific: dict[str, list[str]] = {}

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

    def specific_terms(self, key: str) -> list[str]:
        """Return the terms of ``key`` specific enough to index (weight above 1), in key order."""
        specific = self._specific.get(key)
        if specific is None:
            weight = self.weight
            specific = self._specific[key] = [term for term in self.term_counts(key)
                                              if weight.get(term, 0) > _BOILERPLATE_WEIGHT * 20]
        return specific

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
            masses = (_weighted_mass(self.term_counts(key), weight), _weighted_mass(self._bigrams[key], bigram_weight))
            self._mass[key] = masses
        return masses

    @staticmethod
    def _shared(a: Counter[str], b: Counter[str], weight: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return _weighted_overlap(a, b, weight)

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
        score = _weighted_overlap(tp, tw, weight) / total if total else 0.0
        self._containment[cache_key] = score
        return score

    def shared_terms(self, a: str, b: str, limit: int = 6) -> tuple[str, ...]:
        """Return the most specific terms of more than one character two keys share, most specific first."""
        found = self._shared_terms.get((a, b, limit))
        if found is None:
            shared = set(self.term_counts(a)) & set(self.term_counts(b))
            # -- a single character (的, 和) is no evidence a reader could check: it is in every text --
            ranked = sorted((t for t in shared if len(t) > 1 and not FIGURE_RE.fullmatch(t) and not t.startswith("#")),
                            key=lambda t: (-self.weight.get(t, 0), t))
            found = self._shared_terms[(a, b, limit)] = tuple(ranked[:limit])
        return found



__all__ = ["BOILERPLATE", "PROBE_TERMS", "Scorer", "terms", "vocabulary_similarity"]
