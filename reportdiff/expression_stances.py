"""Policy stances without 要, as candidate expressions (see :mod:`reportdiff.expressions`).

A report sets its standing policies in a clause whose subject is the policy, named by its
quality, and whose predicate says how it is set this year (稳健的货币政策|保持中性,
积极的财政政策|取向不变); expression_spans finds those written with 要 (…政策要灵活适度).
The form of the kind's prose, never a report's phrases.
"""

from __future__ import annotations

from . import expression_words as words
from .expression_bounds import MAX_CHARS, MIN_CHARS

# -- how strongly the form marks a formulation (as expression_spans' 要-stances): in full when
#    the other report names the same policy, for then its stance changed --
STANCE, NEW_STANCE = 6.0, 4.0
# -- a clause opening with these is a task on policies (制定涉企政策…), not a policy's stance --
_TASK_VERBS = words.POLICY_VERBS | words.LIGHT_VERBS | words.ADVERBS


def spans(tokens, offsets, first: int, last: int, known):
    """Yield ``(first, last, bonus)`` for a clause that states a policy's stance; ``known(start,
    end)`` tells whether the other report has a token range's text."""
    while first < last and tokens[first] in words.CONNECTIVES:
        first += 1
    if first >= last:
        return
    subject = policy_subject(tokens, first, last)
    if subject is not None and MIN_CHARS <= offsets[last] - offsets[first] <= MAX_CHARS:
        yield first, last, STANCE if known(first, subject) else NEW_STANCE


def policy_subject(tokens, first: int, last: int) -> int | None:
    """Return the end of a clause's policy subject when the clause states a policy's stance,
    else None. The subject is a policy named by its quality (稳健的|货币政策); a clause opening
    with a verb is a task on policies (加大宏观政策实施力度), and one with 要 is left to
    expression_spans."""
    for i in range(first, min(last - 1, first + 5)):
        token = tokens[i]
        # -- an adverb before 的 is the policy's quality (积极的|财政政策, 更加|积极的|…), no verb
        #    of a task --
        if token in _TASK_VERBS and "的" not in tokens[i + 1:i + 3]:
            return None
        if token.endswith("政策"):
            follows = tokens[i + 1]
            qualified = _quality(tokens[first:i])
            states = follows not in words.FUNCTION_WORDS and not follows.endswith("要")
            return i + 1 if qualified and states else None
    return None


def _quality(subject) -> bool:
    """True for a policy's quality before its name: one word and 的, an adverb allowed before it
    (稳健的|…, 更加|积极的|…); not a clause of its own (可|运用的|政策)."""
    if "的" not in subject:
        return False
    before = subject[:subject.index("的")]
    one_word = len(before) == 1 or len(before) == 2 and before[0] in words.ADVERBS
    return one_word and len(before[-1]) >= 2


__all__ = ["NEW_STANCE", "STANCE", "policy_subject", "spans"]
