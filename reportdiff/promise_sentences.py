"""Which sentence a promise shows as its evidence (used by promises.py).

A figure the plan set may stand in several result sentences (12个乡镇 in the 述法 item and in
the 受理点 item); the one naming the plan's object is shown. Several evidence sentences are
shown in the plan's order.
"""

from __future__ import annotations

import re

from .models import Measure, PlanSentence
from .normalize import key as norm_key
from .parse import split_sentences
from .plan_matching import CONCEPTS, holds
from .plans import Evidence, sentence_holding
from .promise_objects import acts_on_quoted, quoted_object


_CLAUSE_END = re.compile(r"[,;:。]")


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1) if not any(c.isdigit() for c in text[i : i + 2])}


def naming_sentence(plan: PlanSentence, change, new_measures: dict[str, Measure],
                     spanning: frozenset[str] = frozenset()) -> tuple[Measure, str]:
    """Return the result and the sentence that report a plan's figure: the sentence of the
    paired result holding it, unless another result's sentence holding the same figure shares
    more of the words of the plan's clause around it (在12个乡镇设立行政复议受理点 is reported
    where the 受理点 are, not where 12个乡镇 heads of office report on the law). A review of
    several years (``spanning``: 十年来…涨幅稳定在2%左右) tells of no one year's result."""
    paired = new_measures[change.new_measure]
    best = (paired, sentence_holding(paired, change.new.raw))
    key = plan.key
    at = key.find(norm_key(change.old.raw))
    if at < 0:
        return best
    start = max((m.end() for m in _CLAUSE_END.finditer(key, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(key, at)), len(key))
    wanted = _bigrams(key[start:end])
    best_shared = len(wanted & _bigrams(norm_key(best[1])))
    for measure in new_measures.values():
        if change.new.raw not in measure.text or measure.id in spanning and paired.id not in spanning:
            continue
        for sentence in split_sentences(measure.text):
            if change.new.raw in sentence and len(shared := wanted & _bigrams(norm_key(sentence))) > best_shared:
                best, best_shared = (measure, sentence.strip()), len(shared)
    return best


def quoted_evidence(plan_key: str, windows: list, several_years: frozenset[int]) -> list[Evidence]:
    """Return the evidence of a task whose clause acts on a quoted name alone (整治“四风”): the
    first fresh review sentence that acts on the same name (纠正“四风”), the review of the
    plan's own year first; none when no clause is of that shape."""
    names = [name for clause in plan_key.split(",") if (name := quoted_object(clause)) is not None]
    for name in names:
        for first in (False, True) if several_years else (False,):
            for index, (measure, pair) in enumerate(windows):
                if (index in several_years) is not first:
                    continue
                said = next((text for text, sentence_key in pair if acts_on_quoted(name, sentence_key)), None)
                if said is not None:
                    return [Evidence(measure, said, 1.0, (name,))]
    return []


def first_written(plan_key: str, terms: tuple[str, ...]) -> int:
    """Where the first of ``terms`` the plan writes stands in it (after its end when none)."""
    return min((at for term in terms if (at := plan_key.find(term)) >= 0), default=len(plan_key))


def reporting_sentences(pair: list[tuple[str, str]], reports) -> list[tuple[str, str]]:
    """The sentences of an evidence window ((text, key) each) that name what the plan acts on
    (``reports``, on a key: ``promise_objects.names_an_object``): a window holds a sentence of
    the task (实施积极的就业政策) and its neighbour of another (坚持教育优先发展), which may share
    more of the plan's common words. The whole window when it is one sentence or none names it
    alone (the task named in one, what was done in the next)."""
    if len(pair) < 2:
        return pair
    return [item for item in pair if reports(item[1])] or pair


def held_terms(terms: tuple[str, ...], sentence_key: str) -> tuple[str, ...]:
    """The shared ``terms`` (as shown: a concept by its name) the evidence sentence holds: the
    window's other sentence may hold the rest, which this one does not show."""
    held = tuple(term for term in terms
                 if term in sentence_key or term in CONCEPTS and holds(sentence_key, "@" + term))
    return held or terms


__all__ = ["first_written", "held_terms", "naming_sentence", "quoted_evidence", "reporting_sentences"]
