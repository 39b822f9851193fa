"""Sentences that moved from one paragraph into another, separate one.

A paragraph may keep its place while one of its sentences goes to another paragraph (the
PM2.5 sentence of 生态 now said under 污染防治): its own redline shows the sentence deleted, and
the receiving paragraph's shows it inserted (or the receiver is new). Neither says where the
sentence went or came from. This pass finds, among the measures' deleted and inserted sentences,
those that are one sentence (its figures may have changed: 31微克 → 29微克), and records the move on
both matches (移至 … / 移自 …). A split or merge already pairs the paragraphs it concerns, and a
sentence moved within its own paragraph is a reordering: neither is a move here. Nor is another
stage of the same object (推动区域全面经济伙伴关系协定签署 → …生效实施; 开工 → 建成): a moved sentence
says the same thing, its words of effort reworded at most (加强 → 强化, 协调推进 → 深化).
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import chain, repeat

from . import lazy_re
from .models import Match, Measure, SentenceMove
from .normalize import key as norm_key
from .parse_markers import split_sentences

#: A sentence shorter than this (on its key) is too common to follow (全面完成. 取得新成效.).
MIN_CHARS = 12
#: Two sentences at least this alike (difflib ratio of their keys, figures aside) are one sentence.
SAME = 0.8
#: A sentence at least this like one on the other side of its own match stayed (reworded in place).
STAYED = 0.6
#: Of a deleted sentence's character pairs, this share must be in an inserted one to be compared.
_SHARED_PAIRS = 0.5


def _sentences(measure: Measure | None) -> list[tuple[str, str]]:
    """(sentence as written, its key) of ``measure``'s body, long enough to follow."""
    if measure is None:
        return []
    found = []
    for sentence in split_sentences(measure.text):
        # -- figures aside: next year's figure in the moved sentence (31微克 → 29微克) is no other sentence --
        key = _DIGITS.sub("#", norm_key(sentence))
        if len(key) >= MIN_CHARS:
            found.append((sentence.strip(), key))
    return found


_DIGITS = lazy_re.compile(r"\d+(?:\.\d+)?")
#: The stages an object passes once each, in order (an agreement negotiated, signed, in force; a
#: work started, built, in use; a rule issued, in effect; a pilot, then spread), on the Simplified
#: key. Two sentences naming one object at different stages are two events, not one statement.
_STAGES = lazy_re.compile(
    r"谈判|签署|签订|签约|批准|核准|获批|生效|启动|开工|动工|建成|竣工|完工|投产|投运|投用|通车|开通|"
    r"出台|印发|颁布|施行|挂牌|设立|成立|试点|推广|验收")


def _stages(key: str) -> frozenset[str]:
    return frozenset(_STAGES.findall(key))


class _Compared:
    """A sentence key as difflib's second sequence, compared with many: its character counts
    and its matcher (difflib indexes the second sequence) built once, not once a pair."""

    __slots__ = ("key", "_counts", "_matcher")

    def __init__(self, key: str) -> None:
        self.key = key
        self._counts: Counter[str] | None = None
        self._matcher: SequenceMatcher | None = None

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(self.key)
        return self._counts

    def matcher(self) -> SequenceMatcher:
        if self._matcher is None:
            self._matcher = SequenceMatcher(None, "", self.key, autojunk=False)
        return self._matcher


def _bound(matches: int, length: int) -> float:
    # -- difflib's own ratio of matches to length (its _calculate_ratio), to the last bit --
    return 2.0 * matches / length if length else 1.0


def _ratio_from(a: _Compared, b: _Compared, bar: float) -> float | None:
    """difflib's ratio of ``a.key`` and ``b.key`` when it reaches ``bar``, else None; its two
    cheap upper bounds are tried first (most sentences of a paragraph are nothing alike: the
    full match was most of a comparison's time), both as difflib computes them: the shorter
    length, then the characters the two hold in common (here from counts kept a sentence)."""
    length = len(a.key) + len(b.key)
    if _bound(min(len(a.key), len(b.key)), length) < bar:
        return None
    mine, theirs = a.counts, b.counts
    if _bound(sum(map(min, mine.values(), map(theirs.get, mine, repeat(0)))), length) < bar:
        return None
    matcher = b.matcher()
    matcher.set_seq1(a.key)
    ratio = matcher.ratio()
    return ratio if ratio >= bar else None


def _left(own: list[tuple[str, str]], other: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The sentences of ``own`` that the other side of their match holds nothing like."""
    keys = {key for _, key in other}
    theirs = [_Compared(key) for _, key in other]
    left = []
    for text, key in own:
        if key in keys:
            continue
        mine = _Compared(key)
        if all(_ratio_from(mine, compared, STAYED) is None for compared in theirs):
            left.append((text, key))
    return left


def _pairs(key: str) -> set[str]:
    # -- each character joined to the next, in C --
    return set(map(operator.add, key, key[1:]))


def find_sentence_moves(matches: Sequence[Match]) -> tuple[Match, ...]:
    """Return ``matches`` with ``sentences_moved`` set on each measure a sentence left for another
    match's measure (``to``) and on the one it reached (``from``); one sentence moves once."""
    deleted: list[tuple[int, str, str]] = []  # -- (match index, sentence, key) --
    inserted: list[tuple[int, str, str]] = []
    for index, match in enumerate(matches):
        if match.relation is not None or match.new is None:
            # -- a split or merge pairs these paragraphs already; a dropped paragraph's sentences
            #    found elsewhere are its remains (a review of five years against one year's), not
            #    a sentence one paragraph gave another --
            continue
        olds, news = _sentences(match.old), _sentences(match.new)
        if match.old is not None:
            deleted += [(index, text, key) for text, key in _left(olds, news)]
        inserted += [(index, text, key) for text, key in _left(news, olds)]
    if not deleted or not inserted:
        return tuple(matches)
    # -- candidates share most character pairs: an index of the inserted ones' pairs --
    postings: dict[str, list[int]] = {}
    inserted_pairs = [_pairs(key) for _, _, key in inserted]
    inserted_keys = [_Compared(key) for _, _, key in inserted]
    for number, pairs in enumerate(inserted_pairs):
        for pair in pairs:
            postings.setdefault(pair, []).append(number)
    # -- a candidate's share of the larger set of pairs: below it is below either's share --
    shares = [_SHARED_PAIRS * len(pairs) for pairs in inserted_pairs]
    scored = []
    for number, (source, _, key) in enumerate(deleted):
        pairs = _pairs(key)
        compared = _Compared(key)
        share = _SHARED_PAIRS * len(pairs)
        shared = Counter(chain.from_iterable(map(postings.get, pairs, repeat(()))))
        for other, count in shared.items():
            if count < share or count < shares[other]:
                continue
            target = inserted[other]
            if target[0] == source:
                continue
            if matches[source].old.role is not matches[target[0]].new.role:  # type: ignore[union-attr]
                continue  # -- last year's deed said as this year's plan (or back): alike words, no move --
            ratio = _ratio_from(compared, inserted_keys[other], SAME)
            if ratio is not None and _stages(key) == _stages(target[2]):
                scored.append((-ratio, number, other))
    moves: dict[int, list[SentenceMove]] = {}
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, number, other in sorted(scored):
        if number in used_old or other in used_new:
            continue
        used_old.add(number)
        used_new.add(other)
        (source, old_text, _), (target, new_text, _) = deleted[number], inserted[other]
        there, here = matches[target], matches[source]
        moves.setdefault(source, []).append(SentenceMove("to", old_text, there.old.id if there.old else None,
                                                         there.new.id if there.new else None))
        moves.setdefault(target, []).append(SentenceMove("from", new_text, here.old.id if here.old else None,
                                                         here.new.id if here.new else None))
    return tuple(replace(match, sentences_moved=tuple(moves[index])) if index in moves else match
                 for index, match in enumerate(matches))


__all__ = ["find_sentence_moves"]
