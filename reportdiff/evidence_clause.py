"""The clause of an evidence sentence that answers a plan (used by plan_records.Evidence).

A review sentence often tells several deeds, one clause each (加强市场体系基础制度建设，推进
要素市场化配置等改革，…): the one that answers a plan is the clause holding most of the terms
the plan was matched on. A reader is shown the sentence with that clause marked, not left to
find it; a sentence of one clause, or one whose terms stand in no clause, is the answer whole.
"""

from __future__ import annotations

from . import lazy_re
from .normalize import normalize
from .plan_matching import holds, is_concept

#: A clause of a sentence's key: what stands between its commas, semicolons and colons.
_CLAUSE = lazy_re.compile(r"[^,;:。]+")
#: Marks and spaces a clause is not shown with at either end.
_EDGE = " \t\u3000，,；;：:。.、"


def _held(clause_key: str, term: str) -> bool:
    """Whether a clause holds a shared term (a concept by any of its forms)."""
    return term in clause_key or is_concept(term) and holds(clause_key, "@" + term)


def answering_clause(sentence: str, terms: tuple[str, ...]) -> tuple[int, int] | None:
    """Return the span of ``sentence`` (start, end; its own offsets) of the clause holding most of
    ``terms`` (neighbours holding as many: their run; clauses apart holding as many: the one holding
    the most specific term they hold), or None where the sentence is one clause, no clause holds a
    term, clauses apart hold as many and the same most specific one (which answers is not told),
    or the clause is the whole sentence."""
    if not terms:
        return None
    normalized = normalize(sentence)
    clauses = list(_CLAUSE.finditer(normalized.key))
    if len(clauses) < 2:
        return None
    counts = [sum(_held(clause.group(), term) for term in terms) for clause in clauses]
    best = max(counts)
    if best == 0:
        return None
    first, last = counts.index(best), len(counts) - 1 - counts[::-1].index(best)
    if counts[first:last + 1].count(best) != last + 1 - first:
        # -- clauses apart holding as many: the one holding the most specific of the terms they
        #    hold (terms come most specific first), where only one does --
        tied = [at for at, count in enumerate(counts) if count == best]
        rank = min(rank for rank, term in enumerate(terms) if any(_held(clauses[at].group(), term) for at in tied))
        holding = [at for at in tied if _held(clauses[at].group(), terms[rank])]
        if len(holding) != 1:
            return None
        first = last = holding[0]
    start, end = normalized.origin[clauses[first].start()], normalized.origin[clauses[last].end()]
    text = sentence[start:end]
    start, end = start + len(text) - len(text.lstrip(_EDGE)), end - len(text) + len(text.rstrip(_EDGE))
    if start >= end or not sentence[:start].strip(_EDGE) and not sentence[end:].strip(_EDGE):
        return None
    return start, end


__all__ = ["answering_clause"]
