"""A task whose one specific word a review writes in the same compound (used by promises.py).

A match needs two shared specific words or a long one (``plan_matching.Matcher.anchored``), so
a task of one rare word and generic ones (今年要基本完成公司制改革: 公司制 and 改革; 推进国家
实验室建设: 国家 and 实验室) is never matched, though the review writes the whole compound as
the plan does (公司制改革基本完成; 加强国家实验室建设). The compound written whole, four
characters or more and holding a word rare in the report, names the task's object as a long
word does.
"""

from __future__ import annotations

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


def compound_evidence(clauses: list[Clause], windows: list, several_years: frozenset[int],
                      reports: Callable[[Clause, str], bool], skip: frozenset[int] = frozenset(),
                      usable: Callable[[int], bool] = lambda index: True) -> list[Evidence]:
    """Return the evidence of the first clause with a compound (``compounds``) that a fresh
    review sentence writes whole and reports (``reports(clause, sentence_key)``), the review of
    the plan's own year first; windows in ``skip`` aside, and those not ``usable`` (a total over
    several years, 累计新增规模以上工业企业82家, for a plan of one year). [] when none does."""
    for clause in clauses:
        wanted = compounds(clause)
        if not wanted:
            continue
        for first in (False, True) if several_years else (False,):
            for index, (measure, pair) in enumerate(windows):
                if index in skip or (index in several_years) is not first:
                    continue
                for text, key in pair:
                    held = [compound for compound in wanted if compound in key]
                    if held and reports(clause, key) and usable(index):
                        return [Evidence(measure, text, 1.0, tuple(held))]
    return []


__all__ = ["COMPOUND_LENGTH", "compound_evidence", "compounds"]
