"""Tokens of plan sentences and their clauses, cut from the tokens of the blocks they stand in.

Promise tracking weighs each plan sentence, task and clause on its own, and segmenting each of
them again cost more than anything else it did to them; the blocks they are cut from were
segmented already (align's scorer segments every measure), and ``tokenize`` is memoised.

A piece's tokens are the block's tokens between the piece's ends wherever ``tokenize`` would
cut the piece alone the same way: it segments each run of the characters jieba cuts together
(Han, Latin letters, digits, ``+#&._%-``; figures are made of them too) on its own, so an end
that has a character of another kind (a comma, a sentence end) on one side of it leaves every
run whole. A piece that does not end so, or is not found in its block, is segmented on its own.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import Protocol

from . import lazy_re
from .segment import tokenize
from .text_index import RUN_CHAR as _RUN_CHAR

#: Where a piece of a plan sentence ends: after a comma, a semicolon or a colon (the clauses
#: promises looks at) — and the sentence itself.
_PIECE_END = lazy_re.compile(r"(?<=[,;:])")


class _Plan(Protocol):
    block_id: str
    key: str


def _clean(whole: str, at: int) -> bool:
    """True when no run of characters segmented together crosses position ``at`` of ``whole``."""
    return at == 0 or at == len(whole) or not (_RUN_CHAR.match(whole, at - 1) and _RUN_CHAR.match(whole, at))


def plan_tokens(plans: Iterable[_Plan], blocks: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Return the tokens of plan sentences, of their clauses and of the runs of clauses up to a
    comma, by key, as ``tokenize`` gives them; ``blocks`` maps a block id to the key of its text.
    Pieces that cannot be cut cleanly from their block are left out."""
    found: dict[str, tuple[str, ...]] = {}
    by_block = itertools.groupby(plans, key=lambda plan: plan.block_id)
    for block_id, block_plans in by_block:
        whole = blocks.get(block_id)
        if not whole:
            continue
        tokens = tokenize(whole)
        ends = list(itertools.accumulate(map(len, tokens)))
        if not ends or ends[-1] != len(whole):
            continue
        boundary = {0: 0, **{end: index for index, end in enumerate(ends, 1)}}
        position = 0
        for plan in block_plans:
            at = whole.find(plan.key, position)
            if at < 0 or not plan.key:
                continue
            position = at + len(plan.key)
            cuts = [at, *(at + match.start() for match in _PIECE_END.finditer(plan.key)), position]
            # -- a run of pieces is cut cleanly where both its ends are: each end is judged once --
            cuts = [cut for cut in dict.fromkeys(cuts) if cut in boundary and _clean(whole, cut)]
            # -- every run of pieces: the clauses, the runs up to a comma, the sentence --
            for start, end in itertools.combinations(cuts, 2):
                found.setdefault(whole[start:end], tokens[boundary[start] : boundary[end]])
    return found


__all__ = ["plan_tokens"]
