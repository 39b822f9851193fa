"""Which keys of a collection contain a substring, without scanning every key.

``Texts`` indexes keys by the character pairs they hold (document frequency is asked for
every feature of every plan, and a scan made it the costliest step of plan matching).
``Joins`` answers the same question for texts joined from keys already indexed (the review
windows of two sentences that promises look for evidence in), from the keys' own index.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import defaultdict
from collections.abc import Collection

from . import lazy_re

# -- the characters segment.tokenize cuts as runs (its _HAN_BLOCK); any other stands alone --
RUN_CHAR = lazy_re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]")
_RUNS = lazy_re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+")


class Texts:
    """A collection of keys: which keys contain a substring.

    Keys are indexed by the character pairs they hold, so a search verifies only the keys
    holding the needle's rarest pair instead of scanning every text (document frequency
    is asked for every feature of every plan: a scan made it the costliest step).
    """

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys
        # -- read with .get only, so a pair never asked for is never added --
        pairs: defaultdict[str, list[int]] = defaultdict(list)
        postings_of = pairs.__getitem__
        for index, key in enumerate(keys):
            # -- each character joined to the next in C, a key's pairs once, their postings
            #    looked up (or started) in C --
            for postings in map(postings_of, set(map(operator.add, key, key[1:]))):
                postings.append(index)
        self._pairs = pairs
        self._found: dict[str, set[int]] = {}
        self._joined: str | None = None

    @property
    def keys(self) -> list[str]:
        """The keys, in the order their indices number them."""
        return self._keys

    def containing(self, needle: str) -> set[int]:
        """Return the indices of the keys that contain ``needle``."""
        return set(self.holding(needle))

    def holding(self, needle: str) -> Collection[int]:
        """``containing`` without a copy: the indices, each once, to be read and not changed."""
        if len(needle) < 2:
            return self._scan(needle)
        if len(needle) == 2:
            return self._pairs.get(needle, ())
        found = self._found.get(needle)
        if found is None:
            # -- asked again for the same word (its weight, then its candidates): kept --
            found = self._found[needle] = self._verified(needle)
        return found

    def _verified(self, needle: str) -> set[int]:
        """Return the keys holding the rarest pair of ``needle`` that hold ``needle``."""
        get = self._pairs.get
        rarest: list[int] | None = None
        for pair in map(operator.add, needle, needle[1:]):
            postings = get(pair)
            if postings is None:
                return set()
            if rarest is None or len(postings) < len(rarest):
                rarest = postings
        keys = self._keys
        return {index for index in rarest if needle in keys[index]}

    def count(self, needle: str) -> int:
        """Return how many keys contain ``needle``."""
        if len(needle) == 2:
            # -- a pair's postings are the keys holding it, each once --
            return len(self._pairs.get(needle, ()))
        if len(needle) < 2:
            return len(self._scan(needle))
        found = self._found.get(needle)
        if found is None:
            found = self._found[needle] = self._verified(needle)
        return len(found)

    def _scan(self, needle: str) -> set[int]:
        if self._joined is None:
            # -- all keys in one string: a one-character search is then a few str.find calls --
            self._joined = "\x00".join(self._keys)
            self._starts = list(itertools.accumulate((len(k) + 1 for k in self._keys[:-1]), initial=0))
        found: set[int] = set()
        position = self._joined.find(needle)
        while position >= 0:
            found.add(bisect.bisect_right(self._starts, position) - 1)
            position = self._joined.find(needle, position + 1)
        return found


class Joins:
    """Which joins of indexed keys contain a substring (see ``Texts``).

    A substring made of run characters alone (every word and bigram a plan is matched on)
    cannot cross a junction that has another character on one side (a sentence end): it lies
    in one of the joined keys. Joins with another junction are checked whole.
    """

    def __init__(self, texts: Texts, joins: list[list[int]]) -> None:
        keys = texts.keys
        self._texts = texts
        self._keys = ["".join(keys[index] for index in join) for join in joins]
        self._by_key: dict[int, list[int]] = {}
        self._whole: list[int] = []  # -- joins a run of characters may cross --
        for position, join in enumerate(joins):
            for index in dict.fromkeys(join):
                self._by_key.setdefault(index, []).append(position)
            parts = [keys[index] for index in join if keys[index]]
            if any(RUN_CHAR.match(left[-1]) and RUN_CHAR.match(right[0]) for left, right in zip(parts, parts[1:])):
                self._whole.append(position)

    def containing(self, needle: str) -> set[int]:
        """Return the positions of the joins that contain ``needle``."""
        if not _RUNS.fullmatch(needle):
            return {position for position, key in enumerate(self._keys) if needle in key}
        by_key = self._by_key
        found = {position for index in self._texts.holding(needle) for position in by_key.get(index, ())}
        if self._whole:
            found.update(position for position in self._whole if needle in self._keys[position])
        return found


__all__ = ["Joins", "RUN_CHAR", "Texts"]
