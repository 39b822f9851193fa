"""A report's text as expressions look it up: is a key there, how often, in which units.

The text is the units' keys joined without a separator (a sentence broken over two lines is
still found). A long report repeats itself (every paragraph of a 5 MB input many times), so
each distinct stretch is indexed once: a unit's *window* is its key and the text that follows
it, as long as the longest key asked for; units with the same window hold the same matches,
so only the first one's window is kept, with how many units share it (see
:mod:`reportdiff.expressions`).

Lookups bisect the sorted beginnings (``WIDTH`` characters) of every suffix of the kept text:
a key is there when the first beginning not below it starts with it, and the beginnings that
start with it count its occurrences, each in a few string comparisons instead of a pass over
the text (a report pair asks some ten thousand keys). A kept text too long to sort its
suffixes in memory, or too short for sorting to pay, is searched instead, through sets of its
2- and 4-character pieces and ``str.find``.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right

#: Keys up to this long are answered from the kept windows; a longer one (a long clause,
#: rare) searches the whole text.
REACH = 64
#: How much of each suffix is sorted: longer keys are looked up by their beginning, then searched.
WIDTH = 32
# -- below this many kept characters a pass over the text costs less than sorting its
#    suffixes (a district's report against a national one: measured 3-5% either way); beyond
#    the limit they would take too much memory --
_SORTED_MIN, _SORTED_LIMIT = 8_000, 400_000
# -- the last character: a key ending on it has no next key to bound its suffixes --
_TOP = chr(sys.maxunicode)
# -- stands between kept stretches: no key holds it, so no match runs across two stretches --
_GAP = "\x00"


class Text:
    """Presence and counts of keys in the concatenation of ``parts``."""

    def __init__(self, parts: list[str], *, indexed: bool = True) -> None:
        """``indexed``: many keys will be looked up, so the suffixes are worth sorting; without
        it (a text only a few keys are counted in) the text is searched for each."""
        self.whole = "".join(parts)
        whole = self.whole
        kept: list[str] = []
        starts: list[int] = []  # -- where each kept unit's key starts in the kept text --
        ends: list[int] = []
        weights: list[int] = []  # -- how many units share the kept unit's window --
        seen: dict[tuple[int, str], int] = {}
        size = 0  # -- length of the kept text so far --
        run_end = -1  # -- offset in ``whole`` where the stretch being kept stops --
        offset = 0
        for part in parts:
            end = offset + len(part)
            # -- the key's length too: an empty unit's window is the next unit's --
            window = (len(part), whole[offset:end + REACH])
            slot = seen.get(window)
            if slot is not None:
                weights[slot] += 1
            else:
                seen[window] = len(weights)
                if offset != run_end and run_end >= 0:
                    # -- a new stretch: close the last one with its reach and a gap --
                    kept.append(whole[run_end:run_end + REACH] + _GAP)
                    size += len(kept[-1])
                kept.append(part)
                starts.append(size)
                ends.append(size + len(part))
                weights.append(1)
                size += len(part)
                run_end = end
            offset = end
        if run_end >= 0:
            kept.append(whole[run_end:run_end + REACH])
        self.kept = "".join(kept)
        self._starts, self._ends, self._weights = starts, ends, weights
        self._repeats = len(weights) < len(parts)
        self._pairs: set[str] | None = None
        self._sorted: list[str] | None = None
        self._searched = not indexed or not _SORTED_MIN <= len(self.kept) <= _SORTED_LIMIT

    def _suffixes(self) -> list[str]:
        # -- built on first use: only a text that is searched or counted needs it --
        if self._sorted is None:
            kept = self.kept
            self._sorted = sorted([kept[i:i + WIDTH] for i in range(len(kept))])
        return self._sorted

    def _pieces(self) -> None:
        # -- every 2- and 4-character piece of the kept text as a number, read in C from its
        #    UTF-16 bytes at each character offset; only a text that is searched needs them --
        data = self.kept.encode("utf-16-le")
        self._pairs, self._quads = set(), set()
        for pieces, width, code in ((self._pairs, 4, "I"), (self._quads, 8, "Q")):
            for shift in range(0, width, 2):
                view = memoryview(data)[shift:]
                pieces.update(view[:len(view) // width * width].cast(code))

    def has(self, key: str) -> bool:
        """True when the text holds ``key``."""
        size = len(key)
        if 0 < size <= WIDTH and not self._searched:
            # -- (the common case first: a key no longer than the sorted beginnings) --
            suffixes = self._sorted or self._suffixes()
            at = bisect_left(suffixes, key)
            return at < len(suffixes) and suffixes[at].startswith(key)
        if size == 0 or size > REACH + 1:
            return size > REACH + 1 and key in self.whole
        if not self._searched:
            suffixes = self._sorted or self._suffixes()
            start = key if size <= WIDTH else key[:WIDTH]
            at = bisect_left(suffixes, start)
            if at == len(suffixes) or not suffixes[at].startswith(start):
                return False
            return size <= WIDTH or key in self.kept
        if self._pairs is None:
            self._pieces()
        if size == 1:
            return key in self.kept
        data = key.encode("utf-16-le")
        if len(data) != 2 * size:
            return key in self.kept  # -- a character beyond the BMP: no pieces to look up --
        if size < 4:
            pairs = self._pairs
            if _number(data[:4]) not in pairs or size == 3 and _number(data[2:]) not in pairs:
                return False
            return size == 2 or key in self.kept
        # -- a key the text holds has all its pieces there: those at every fourth character and
        #    the last one rule most keys out without a search --
        whole = len(data) // 8 * 8
        if not self._quads.issuperset(memoryview(data)[:whole].cast("Q")):
            return False
        if whole < len(data) and _number(data[-8:]) not in self._quads:
            return False
        return key in self.kept

    def count(self, key: str) -> int:
        """Return how often the text holds ``key``, occurrences not overlapping (as ``str.count``)."""
        if not key:
            return 0
        if not self._repeats and not self._searched and len(key) <= WIDTH and key[-1] < _TOP:
            # -- the suffixes that start with the key: one per occurrence, overlapping or not --
            suffixes = self._suffixes()
            at = bisect_left(suffixes, key)
            # -- most keys occur once: the beginning after the first tells, without a second search --
            if at + 1 >= len(suffixes) or not suffixes[at + 1].startswith(key):
                return 1 if at < len(suffixes) and suffixes[at].startswith(key) else 0
            found = bisect_left(suffixes, key[:-1] + chr(ord(key[-1]) + 1), at + 2) - at
            if found < 2 or not _bordered(key):
                return found
            return self.whole.count(key)
        if not self._repeats or len(key) > REACH + 1 or _bordered(key):
            # -- nothing was left out (the kept text is the text), or a key too long for the
            #    windows, or one whose matches may overlap (稳稳 in 稳稳稳), where str.count skips
            #    into them: the whole text decides --
            return self.whole.count(key)
        return self._kept_count(key)

    def _kept_count(self, key: str) -> int:
        """Count matches that start inside a kept unit's key, each for the units sharing its window."""
        kept, starts, ends, weights = self.kept, self._starts, self._ends, self._weights
        total = 0
        position = kept.find(key)
        while position >= 0:
            slot = bisect_right(starts, position) - 1
            # -- a key without a border never overlaps itself: every match counts, as in str.count --
            if slot >= 0 and position < ends[slot]:
                total += weights[slot]
            position = kept.find(key, position + 1)
        return total


def _number(data: bytes) -> int:
    return int.from_bytes(data, sys.byteorder)


def _bordered(key: str) -> bool:
    """True when a proper prefix of ``key`` is also its suffix (its matches may overlap)."""
    return any(key[:size] == key[-size:] for size in range(1, len(key)))


class Units:
    """Which units hold a key: each distinct key searched once, answers in reading order."""

    def __init__(self, ids: list[str], keys: list[str]) -> None:
        self._ids = ids
        distinct: dict[str, list[int]] = {}
        for index, unit_key in enumerate(keys):
            distinct.setdefault(unit_key, []).append(index)
        self._members = list(distinct.values())
        starts = []
        size = 0
        for unit_key in distinct:
            starts.append(size)
            size += len(unit_key) + 1
        self._starts = starts
        self._joined = _GAP.join(distinct)

    def where(self, key: str) -> tuple[str, ...]:
        joined, starts = self._joined, self._starts
        found: set[int] = set()
        position = joined.find(key) if key else -1
        while position >= 0:
            found.add(bisect_right(starts, position) - 1)
            position = joined.find(key, position + 1)
        indices = sorted(index for slot in found for index in self._members[slot])
        return tuple(dict.fromkeys(self._ids[index] for index in indices))


__all__ = ["REACH", "WIDTH", "Text", "Units"]
