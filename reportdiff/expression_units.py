"""A report's text as :mod:`reportdiff.expressions` reads it: units (title, preamble, headings,
measures, a review's stance sentences) in reading order, each cut into tokens once, with digits
masked, and weighed by where it stands; and one side of a comparison, indexed for the presence
tests and counts that decide what is new.
"""

from __future__ import annotations

from collections import Counter
from itertools import accumulate
from typing import NamedTuple

from . import lazy_re
from . import expression_calendar as calendar
from . import expression_paragraphs as paragraphs
from . import expression_words as words
from .expression_bounds import REMEMBERED
from .expression_text import Text, Units
from .models import BlockKind, Part, Report, Role
from .normalize import Normalized, normalize
from .parse_leads import lead_of
from .segment import tokenize

QUOTE_RE = words.QUOTE_RE
# -- what a formulation stays the same without: an enumeration comma, and the adverbs that say a
#    state persists (仍, 依然; not 更, 更加: 更加积极的财政政策 is a new stance) --
_LOOSE = lazy_re.compile("、|仍然|仍|依然|依旧")
#: No key holds it.
GAP = "\x00"
_DIGITS = lazy_re.compile(r"\d+(?:\.\d+)?")
# -- where a unit stands: last year's review narrates, plans and requirements state
#    formulations, the guiding paragraph (总体要求) sets the year's line. Framing paragraphs of
#    a plans part weigh as plans: on real reports their lines are mostly routine (各方面要…) --
_REVIEW, _PLAN, _GUIDING = -4.0, 1.0, 2.5
# -- a review's sentences weigh by what they are (expression_paragraphs): a stance sentence
#    (a summary, a difficulty faced) stands between narrative and plans --
_STANCE_LIFT = 3.0


class Unit(NamedTuple):
    """One piece of a report's text with the id it is shown under (a tuple: a long report has
    tens of thousands, made quickly)."""

    id: str
    norm: Normalized
    tokens: tuple[str, ...]
    offsets: tuple[int, ...]
    """Key offset of every token, plus the key's length."""
    bonus: float
    """Plans and requirements state formulations; the review of last year narrates."""
    lead_end: int
    """Key length of the unit's heading or lead phrase (its first sentence), which weighs more."""
    masked: tuple[str, ...]
    """The tokens with digits masked (#): joined, they give the masked key of any span."""
    key: str
    """The masked tokens joined: a span's masked key is a slice of it (see ``moffsets``)."""
    moffsets: tuple[int, ...]
    """Offset of every masked token in ``key``, plus its length."""


class Side:
    """One report's text prepared for presence tests and candidate generation."""

    def __init__(self, report: Report) -> None:
        self.units = read_units(report)
        #: the year in the report's name (None when unknown): which policy terms are fresh (expression_lexicon)
        self.year = report.year
        # -- the ids of the shortcomings paragraphs: their plain judgements are no formulation --
        self.shortfalls = frozenset(m.id for m in report.measures if m.role is Role.SHORTCOMINGS)
        self.keys = [unit.key for unit in self.units]
        bare: dict[str, str] = {}
        for unit_key in self.keys:
            if unit_key not in bare:
                bare[unit_key] = QUOTE_RE.sub("", unit_key)
        # -- quotation marks ignored: a slogan that merely lost its quotes is the same one --
        bare_keys = [bare[unit_key] for unit_key in self.keys]
        self.bare = Text(bare_keys)
        # -- 党的十九大精神 as 党的二十大精神 (expression_calendar) --
        self.calendar = calendar.Calendar(self.keys)
        self._quoted: Text | None = None
        self._unlisted: str | None = None  # -- the text without _LOOSE, when asked
        self._units: Units | None = None  # -- only the listed expressions ask where they stand --
        self._known: dict[str, bool] = {}
        # -- the spans (unit, first token, last token) named things take, found with the candidates --
        self.named: set[tuple[int, int, int]] = set()
        # -- a repeated paragraph counts its tokens as often as it stands, but is read once --
        self.token_counts: Counter[str] = Counter()
        for tokens, times in Counter(unit.tokens for unit in self.units).items():
            if times == 1:
                self.token_counts.update(tokens)
            else:
                for token in tokens:
                    self.token_counts[token] += times

    def has(self, masked_key: str) -> bool:
        """True when the text holds ``masked_key``, quotation marks ignored."""
        known = self._known.get(masked_key)
        if known is None:
            bare = masked_key if QUOTE_RE.search(masked_key) is None else QUOTE_RE.sub("", masked_key)
            known = self._known[masked_key] = self.bare.has(bare)
        return known

    def has_unlisted(self, bare_key: str) -> bool:
        """True when the text holds ``bare_key`` once enumeration commas and the adverbs of a
        persisting state are ignored on both sides (标准化、规范化 is 标准化规范化, 水平仍不均衡 is
        水平不均衡); asked only of what would be listed."""
        if self._unlisted is None:
            self._unlisted = _LOOSE.sub("", self.bare.whole)
        return _LOOSE.sub("", bare_key) in self._unlisted

    def count(self, masked_key: str) -> int:
        """Return how often the text holds ``masked_key``."""
        if QUOTE_RE.search(masked_key):
            if self._quoted is None:
                # -- few keys hold quotation marks: searched for, not indexed --
                self._quoted = Text(self.keys, indexed=False)
            return self._quoted.count(masked_key)
        return self.bare.count(masked_key)

    def where(self, masked_key: str) -> tuple[str, ...]:
        if self._units is None:
            self._units = Units([unit.id for unit in self.units], self.keys)
        return self._units.where(masked_key)


def read_units(report: Report) -> list[Unit]:
    """Return the report's texts in reading order: title, preamble, headings, measures."""
    pieces: list[tuple[int, str, str, float, str]] = []
    measure_ids = set()
    review = {part.id for part in report.parts if _is_review(part)}
    results = {part.id for part in report.parts if part.role is Role.RESULTS}
    guiding: dict[str, bool] = {}
    stance = paragraphs.review_blocks(report)
    for measure in report.measures:
        measure_ids.add(measure.id)
        # -- a review's own shortcomings paragraph (我们也清醒看到…, role shortcomings inside a
        #    results part) turns to what comes next: not narrative --
        in_review = measure.part_id in review and not (measure.role is Role.SHORTCOMINGS and measure.part_id in results)
        bonus = _REVIEW if in_review else _PLAN
        sets_line = guiding.get(measure.key)
        if sets_line is None:
            sets_line = guiding[measure.key] = any(word in measure.key for word in words.GUIDING)
        if sets_line:
            bonus += _GUIDING
        # -- a lead phrase titling an item (【依法决策】, 强化组织领导：) labels its field of work:
        #    no formulation, as a number is none --
        lead = lead_of(measure)
        if in_review:
            blocks = stance.get(measure.id)
            if blocks:
                # -- the runs keep reading order (a stable sort on the line); the lead is the first's --
                for number, (text, weight) in enumerate(blocks):
                    pieces.append((measure.line, measure.id, text[len(lead):] if number == 0 else text,
                                   bonus + weight * _STANCE_LIFT, measure.title if number == 0 and not lead else ""))
                continue
        pieces.append((measure.line, measure.id, measure.text[len(lead):], bonus, "" if lead else measure.title))
    # -- a heading's words, not its number: 一、 opening a section (where parts are unnumbered
    #    lines or 第一部分) is no part of a formulation, as （一） is none --
    markers = {section.id: section.marker for part in report.parts for section in part.sections}
    for block in report.blocks:
        if block.kind is BlockKind.TITLE or block.kind is BlockKind.PREAMBLE:
            pieces.append((block.line, "", block.text, _REVIEW, ""))
        elif block.kind is BlockKind.SECTION and block.id not in measure_ids:
            part_id = block.id.split("/")[0]
            bonus = _REVIEW if part_id in review else _PLAN
            marker = markers.get(block.id, "")
            text = block.text[len(marker):] if marker and block.text.startswith(marker) else block.text
            pieces.append((block.line, block.id, text, bonus, text))
    pieces.sort(key=lambda piece: piece[0])
    units = []
    # -- a long report repeats paragraphs: each distinct text is cut and masked once --
    read: dict[str, tuple | None] = {}
    leads: dict[tuple[str, str], int] = {}
    for _, unit_id, text, bonus, lead in pieces:
        cut = read.get(text, ())
        if cut == ():
            cut = read[text] = _cut(text)
        if cut is not None:
            norm, tokens, offsets, masked = cut
            lead_end = leads.get((text, lead))
            if lead_end is None:
                lead_end = leads[text, lead] = (len(normalize(lead).key) if lead and norm.key.startswith(
                    normalize(lead).key[:2]) else 0)
            units.append(Unit(unit_id, norm, tokens, offsets, bonus, lead_end, *masked))
    return units


def _cut(text: str) -> tuple | None:
    """Return a text's normalised form, tokens, token offsets and masked tokens (with their key
    and offsets); None when empty."""
    norm = normalize(text)
    if not norm.key:
        return None
    tokens = tokenize(norm.key)
    offsets = (0, *accumulate(map(len, tokens)))
    if _DIGITS.search(norm.key) is None:
        masked, masked_key, masked_offsets = tokens, norm.key, offsets
    else:
        masked = tuple(map(_MASKED.__getitem__, tokens))
        masked_key, masked_offsets = "".join(masked), (0, *accumulate(map(len, masked)))
    return norm, tokens, offsets, (masked, masked_key, masked_offsets)


def _is_review(part: Part) -> bool:
    # -- kinds.py gives a 工作回顾 its results role: the narrative of the past year --
    return part.role in (Role.RESULTS, Role.SHORTCOMINGS)


def bare(key: str) -> str:
    return key if QUOTE_RE.search(key) is None else QUOTE_RE.sub("", key)


def mask(key: str) -> str:
    return _DIGITS.sub("#", key)


class _Masked(dict):
    """Each token with its digits masked (a word stays as it is), worked out once per token."""

    def __missing__(self, token: str) -> str:
        if len(self) >= REMEMBERED:
            self.clear()
        masked = self[token] = token if token.isalpha() else mask(token)
        return masked


_MASKED = _Masked()


__all__ = ["GAP", "QUOTE_RE", "Side", "Unit", "bare", "mask", "read_units"]
