"""A plan this year's report says was not done (used by promises.py).

A review's shortcomings (二、存在的问题: 县级行政执法监督平台尚未建成) or the review itself
(…问题尚未有效缓解) may name a plan of last year as not done. Such a plan is not merely
unreported: its promise carries that sentence as ``short_of``, shown 未达目标 as a target not
met is. The sentence must name the plan's task as evidence of it would (``reports_a_clause``),
in the clause that says it is not done.
"""

from __future__ import annotations

from . import lazy_re
from .models import Measure, Report, Role
from .normalize import key as norm_key
from .plan_links import shown_terms
from .plan_matching import SATURATION, Matcher
from .plans import Evidence, role_measures
from .promise_clauses import Clause, reports_a_clause

#: Words that say a task is not done *yet* (尚未建成, 仍在推进), on the Simplified key: under way;
#: the other words below (未能, 没有, 不够, 有待) say it fell short: short of it.
_NOT_YET_WORDS = "尚未|仍未|还未|仍在推进|还在推进"
_NOT_YET = lazy_re.compile(_NOT_YET_WORDS)
#: Words that say a task is not done: in a shortcomings paragraph.
NOT_DONE = lazy_re.compile(_NOT_YET_WORDS + "|未能|没有|不够|有待")
#: …and in a review's results, only those that say a task was left undone: a review writes
#: 没有 of what did not happen (没有发生系统性风险), 不够 rarely of a task.
_NOT_DONE_IN_REVIEW = lazy_re.compile(_NOT_YET_WORDS + "|未能")
#: Where a shortcoming ends: a sentence, or one point of a list (一是…；二是…).
_PIECES = lazy_re.compile(r"(?<=[。；;！？!?])")
#: Where a clause of a key ends.
_CLAUSES = lazy_re.compile(r"(?<=[,;:。])")


def not_done_pieces(report: Report) -> list[tuple[Measure, str, tuple[str, ...]]]:
    """Return the pieces of the report's shortcomings and results that say something is not
    done: (measure, the piece as written, the keys of its clauses that say so)."""
    found = []
    for role, words in ((Role.SHORTCOMINGS, NOT_DONE), (Role.RESULTS, _NOT_DONE_IN_REVIEW)):
        for measure in role_measures(report, role):
            if not words.search(norm_key(measure.text)):
                continue
            for piece in _PIECES.split(measure.text):
                clauses = tuple(clause for clause in _CLAUSES.split(norm_key(piece)) if words.search(clause))
                if clauses:
                    found.append((measure, piece.strip(), clauses))
    return found


def not_done(matcher: Matcher, plan_key: str, clauses: list[Clause],
             pieces: list[tuple[Measure, str, tuple[str, ...]]]) -> Evidence | None:
    """Return the first piece whose clause saying it is not done names one of the plan's tasks
    (``clauses``, as ``task_clauses`` gives them), as evidence of the shortfall; None when none
    does."""
    if not clauses:
        return None
    feats = None
    for measure, piece, keys in pieces:
        for clause_key in keys:
            body = matcher.body([clause_key])
            if reports_a_clause(clauses, body):
                feats = feats or matcher.features(plan_key)
                found = Matcher.found(feats, body)
                weight = sum(feats.weights[feature] for feature in found)
                score = round(min(weight / min(feats.total, SATURATION), 1.0), 4) if feats.total > 0 else 0.0
                return Evidence(measure, piece, score, shown_terms(feats, found, norm_key(piece)))
    return None


def still_going(said: Evidence) -> bool:
    """Whether a piece saying a plan is not done says it is not done yet (…平台尚未建成: under
    way), rather than that it fell short (…内生动力还不够足: short of it)."""
    return _NOT_YET.search(norm_key(said.sentence)) is not None


__all__ = ["NOT_DONE", "not_done", "not_done_pieces", "still_going"]
