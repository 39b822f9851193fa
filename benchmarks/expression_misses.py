"""Where the labelled expressions missing from the first 40 are lost (brief expr36).

Only the lists the ranking may be tuned on are read (the first reader's and the blind keys,
test_expressions.PAIRS and BLIND_PAIRS); the held-out and later keys are never opened here.
Each list is ranked in full (expressions.LIMIT lifted) and every label not shown in its first
40 is put in one class:

* listed 41–100, or listed beyond 100;
* not listed at all, with the step that lost it: the label is old once normalised (the other
  report holds it), it crosses units (a line, heading or quotation split), it crosses a clause
  mark, no span was proposed with its bounds (longer than MAX_CHARS, or bounds), a span was
  proposed and filtered before scoring, scored below the threshold, folded into a container,
  or skipped at listing (a listed one holds it, a shared phrase, framing…).

    python benchmarks/expression_misses.py        # the table
    python benchmarks/expression_misses.py -v     # …and every missed label with its class
"""

from __future__ import annotations

import collections
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import test_expressions as keys  # noqa: E402
from reportdiff import expressions  # noqa: E402
from reportdiff.expression_bounds import MAX_CHARS  # noqa: E402
from reportdiff.expression_clauses import CLAUSE_PUNCT  # noqa: E402
from reportdiff.expression_units import bare, mask  # noqa: E402
from reportdiff.normalize import key  # noqa: E402

FIRST = 40
GROUPS = {"first reader": keys.PAIRS, "blind": keys.BLIND_PAIRS}


class Trace:
    """What each step of one side's listing kept: spans, candidates, survivors, listed."""

    def __init__(self) -> None:
        self.own = self.other = None
        self.spans: dict = {}
        self.candidates: list = []
        self.kept: list = []
        self.listed: tuple = ()


def _traced(name: str) -> tuple[dict, list[Trace]]:
    """Rank one pair in full, keeping each side's steps (new side first)."""
    traces: list[Trace] = []
    spans, candidates, prune, absent = (expressions._spans, expressions._candidates, expressions._prune,
                                        expressions._absent)

    def t_spans(own, other):
        found = spans(own, other)
        traces[-1].spans = dict(found)
        return found

    def t_candidates(own, other, new_is_own, terms):
        found = candidates(own, other, new_is_own, terms)
        traces[-1].candidates = [(c.key, c.unit, c.start, c.end, c.score) for c in found]
        return found

    def t_prune(found, own):
        kept = prune(found, own)
        traces[-1].kept = kept  # -- read after the listing: names.fold may narrow a span in place --
        return kept

    def t_absent(own, other, *, new_is_own):
        trace = Trace()
        trace.own, trace.other = own, other
        traces.append(trace)
        trace.listed = absent(own, other, new_is_own=new_is_own)
        trace.kept = [(c.key, c.unit, c.start, c.end, c.score) for c in trace.kept]
        return trace.listed

    limit, expressions.LIMIT = expressions.LIMIT, 100_000
    expressions._spans, expressions._candidates = t_spans, t_candidates
    expressions._prune, expressions._absent = t_prune, t_absent
    try:
        answer, _ = keys._real_pair(name)
    finally:
        expressions.LIMIT = limit
        expressions._spans, expressions._candidates = spans, candidates
        expressions._prune, expressions._absent = prune, absent
    return answer, traces


def _text(trace: Trace, unit: int, start: int, end: int) -> str:
    return trace.own.units[unit].norm.key[start:end]


def _why(label: str, trace: Trace) -> str:
    """The step that lost a label no listed expression shows."""
    wanted = key(label)
    masked = mask(wanted)
    own, other = trace.own, trace.other
    if other.has(masked) or other.has_unlisted(bare(masked)):
        return "a: old once normalised"
    if not any(masked in unit.key for unit in own.units):
        return "a: crosses units"
    quoted = expressions._QUOTED_SPAN.sub("", wanted)
    if any(ch in CLAUSE_PUNCT for ch in quoted):
        return "a: crosses a clause mark"

    def shows(texts) -> bool:
        return keys._found(label, list(texts))

    proposed = [(i, f, l) for (i, f, l) in trace.spans
                if shows([own.units[i].norm.key[own.units[i].offsets[f]:own.units[i].offsets[l]]])]
    if not proposed:
        return "a: longer than MAX_CHARS" if len(bare(masked)) > MAX_CHARS else "a: no span with its bounds"
    proposed_keys = {own.units[i].key[own.units[i].moffsets[f]:own.units[i].moffsets[l]] for i, f, l in proposed}
    scored = [c for c in trace.candidates if c[0] in proposed_keys or shows([_text(trace, *c[1:4])])]
    if not scored:
        return "a: filtered before scoring"
    kept = [c for c in trace.kept if shows([_text(trace, *c[1:4])])]
    if not kept:
        best = max(c[4] for c in scored)
        if best + expressions._RECURS < expressions._THRESHOLD or best == -math.inf:
            return "a: scored below threshold"
        return "a: folded into a container"
    return "a: skipped at listing"


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    table: dict[str, collections.Counter] = {}
    for group, names in GROUPS.items():
        counts = table[group] = collections.Counter()
        for name in names:
            answer, traces = _traced(name)
            for side, trace in zip(("new", "dropped"), traces):
                texts = keys._texts(trace.listed)
                for label in (item["text"] for item in answer["expressions"][side]):
                    rank = next((i for i, text in enumerate(texts) if keys._found(label, [text])), None)
                    counts["labels"] += 1
                    if rank is not None and rank < FIRST:
                        counts["shown in the first 40"] += 1
                        continue
                    if rank is not None:
                        kind = "b: listed 41-100" if rank < 100 else "c: listed beyond 100"
                    else:
                        kind = _why(label, trace)
                    counts[kind] += 1
                    if verbose:
                        where = "" if rank is None else f" #{rank + 1}"
                        print(f"{group:<12} {name:<42} {side:<7} {kind:<28}{where:>6}  {label}")
    kinds = sorted({k for counts in table.values() for k in counts} - {"labels", "shown in the first 40"})
    print(f"\n{'':<30}" + "".join(f"{g:>14}" for g in table) + f"{'both':>8}")
    for kind in ["labels", "shown in the first 40", *kinds]:
        values = [counts[kind] for counts in table.values()]
        print(f"{kind:<30}" + "".join(f"{v:>14}" for v in values) + f"{sum(values):>8}")


if __name__ == "__main__":
    main(sys.argv[1:])
