"""A task whose one specific word a review writes in the same compound (used by promises.py).

A match needs two shared specific words or a long one (``plan_matching.Matcher.anchored``), so
a task of one rare word and generic ones (今年要基本完成公司制改革: 公司制 and 改革; 推进国家
实验室建设: 国家 and 实验室) is never matched, though the review writes the whole compound as
the plan does (公司制改革基本完成; 加强国家实验室建设). The compound written whole, four
characters or more and holding a word rare in the report, names the task's object as a long
word does.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable

from .plan_matching import ANCHOR_WEIGHT, GENERIC, word_bigrams
from .plans import Evidence
from .promise_clauses import Clause
from .promise_objects import TASK_VERB
from .segment import tokenize

#: A compound written whole this long names an object (国家实验室, 公司制改革), as a long word does.
COMPOUND_LENGTH = 4


def compounds(clause: Clause) -> list[str]:
    """Return the compounds of two neighbouring words of the clause (国家|实验室, 公司制|改革; not a
    verb and its object, 完成|公司制) that are four characters or more and hold a specific word
    rare in the report (weighing an anchor)."""
    weights = clause.features.weights
    tokens = [token for token in tokenize(clause.key) if token.strip()]
    found = []
    for first, second in itertools.pairwise(tokens):
        words = (first, second)
        if len(first + second) < COMPOUND_LENGTH or any(word_bigrams(w) is None and w not in GENERIC for w in words) \
                or TASK_VERB.fullmatch(first):
            continue  # -- a verb and its object (完成公司制) are no compound --
        if any(w not in GENERIC and weights.get(w, 0.0) >= ANCHOR_WEIGHT for w in words):
            found.append(first + second)
    return found


class CompoundWindows:
    """The review windows promises look for evidence in, their sentence keys joined once so
    that the sentences writing a compound are found in C (``str.find``) rather than by testing
    every key for every clause of every plan (the costliest step of promise tracking)."""

    def __init__(self, windows: list, several_years: frozenset[int]) -> None:
        self._several_years = several_years
        # -- every window's sentences in the order they are checked: window by window --
        self._sentences = [(index, measure, text, key) for index, (measure, pair) in enumerate(windows)
                           for text, key in pair]
        keys = [key for _, _, _, key in self._sentences]
        self._starts = list(itertools.accumulate((len(key) + 1 for key in keys[:-1]), initial=0))
        self._joined = "\0".join(keys)  # -- no key holds NUL: no compound spans two keys --
        self._found: dict[str, list[int]] = {}

    def _writing(self, compound: str) -> list[int]:
        """The positions (in ``_sentences``) of the sentences writing ``compound``, in order."""
        found = self._found.get(compound)
        if found is None:
            found = self._found[compound] = []
            joined, starts = self._joined, self._starts
            at = joined.find(compound)
            while at >= 0:
                position = bisect.bisect_right(starts, at) - 1
                found.append(position)
                # -- the next sentence: this one is found once however often it writes it --
                following = position + 1
                at = joined.find(compound, starts[following]) if following < len(starts) else -1
        return found

    def evidence(self, clauses: list[Clause], reports: Callable[[Clause, str], bool],
                 skip: frozenset[int] = frozenset(), usable: Callable[[int], bool] = lambda index: True
                 ) -> list[Evidence]:
        """Return the evidence of the first clause with a compound (``compounds``) that a fresh
        review sentence writes whole and reports (``reports(clause, sentence_key)``), the review
        of the plan's own year first; windows in ``skip`` aside, and those not ``usable`` (a
        total over several years, 累计新增规模以上工业企业82家, for a plan of one year). []
        when none does."""
        several_years = self._several_years
        for clause in clauses:
            wanted = compounds(clause)
            if not wanted:
                continue
            # -- only the sentences writing one of them, in the order a scan meets them --
            positions = sorted(set().union(*map(self._writing, wanted)))
            if not positions:
                continue
            for first in (False, True) if several_years else (False,):
                for position in positions:
                    index, measure, text, key = self._sentences[position]
                    if index in skip or (index in several_years) is not first:
                        continue
                    if reports(clause, key) and usable(index):
                        held = [compound for compound in wanted if compound in key]
                        return [Evidence(measure, text, 1.0, tuple(held))]
        return []


__all__ = ["COMPOUND_LENGTH", "CompoundWindows", "compounds"]
