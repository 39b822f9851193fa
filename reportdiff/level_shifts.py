"""Parts, sections and items that changed level between the years.

A report restructures: last year's part 二 becomes a section of this year's part 一, a
（一） block becomes a 1. item, or the reverse. Part and section alignment pair only within a
level, so such a block reads as dropped on one side and new on the other, and every measure in
it dropped or new. Run after them, this pairs what they left unmatched across one level: a part
with a section, a section with an item (a numbered measure), either direction, when the headings
are at least half the same (``HEADING_SHARE``) or the wording under them overlaps
(``WORDING_SHARE``); best first, each block used once. The measures under a shifted pair are then
aligned as those of two succeeding sections are (``align_shifted``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from .align import CONTAINMENT_THRESHOLD, NOTHING_APART, Alignment, Apart, Pair
from .models import Measure, MeasureKind, Part, PartMatch, Redline, Report, Section, SectionMatch
from .normalize import key as norm_key, yearless_key
from .plan_framing import closing_paragraphs
from .scoring import Scorer
from .section_align import align_within_sections

#: Headings at least this much the same (characters of the normalised headings, years aside).
HEADING_SHARE = 0.5
#: Or the wording under the two blocks overlapping this much (character pairs, or measures paired).
WORDING_SHARE = 0.4
#: A part's heading and a section's one level down agreeing this much name one block (深入学习贯彻
#: 习近平法治思想… as part 一, then as section 一、（一））: a section pairing of that section whose
#: headings agree less yields to it (``yield_to_parts``).
HEADING_AGREE = 0.8
#: Shorter headings than this say too little to pair by themselves (加强…).
HEADING_MIN = 4
#: More candidate pairs than this in one direction (parts to sections, sections to items…: a report
#: bound from many reports) are left unpaired in that direction; a real report has a few hundred.
CANDIDATES_MAX = 10000

PART, SECTION, ITEM = "part", "section", "item"


@dataclass(frozen=True, slots=True)
class Block:
    """A part, section or item as the level pairing sees it: its heading and its measures."""

    level: str
    id: str
    title: str
    measures: tuple[Measure, ...]
    section_id: str | None = None
    """For an item, the section (or ``None``: the part) it stands in."""
    point: bool = False
    """An item written as a 一是 point: a section becomes one only where its part went."""


@dataclass(frozen=True, slots=True)
class Shift:
    """An old block paired with a new block one level up or down."""

    old: Block
    new: Block
    similarity: float

    @property
    def level(self) -> str:
        """``part→section``, ``section→part``, ``section→item`` or ``item→section``."""
        return f"{self.old.level}→{self.new.level}"


def _part_block(part: Part) -> Block:
    return Block(PART, part.id, part.title, part.all_measures())


def _section_block(section: Section) -> Block:
    return Block(SECTION, section.id, section.title, section.measures)


def _item_block(measure: Measure) -> Block:
    return Block(ITEM, measure.id, measure.title, (measure,), measure.section_id, measure.kind is MeasureKind.POINT)


def _bigrams(measures: tuple[Measure, ...]) -> Counter[str]:
    text = "".join(m.key for m in measures)
    return Counter(text[i:i + 2] for i in range(len(text) - 1))


def heading_similarity(old_title: str, new_title: str) -> float:
    """How much of two headings is the same, by characters, their years aside (0…1)."""
    a, b = yearless_key(old_title), yearless_key(new_title)
    if min(len(a), len(b)) < HEADING_MIN:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def yield_to_parts(part_pairs: list, section_pairs: list) -> list:
    """Return ``section_pairs`` with each pair undone whose new section has the heading of a part
    the old report alone has (or whose old section that of a part the new report alone has),
    at least ``HEADING_AGREE`` alike, while the two sections' own headings are not: paired by
    the measures that followed the part, the section is that part written a level down, and
    ``find_shifts`` pairs them so."""
    old_parts = [p for p, n in part_pairs if p is not None and n is None]
    new_parts = [n for p, n in part_pairs if p is None and n is not None]
    if not old_parts and not new_parts:
        return section_pairs
    kept: list = []
    undone: list = []
    for old_section, new_section, similarity in section_pairs:
        if (old_section is not None and new_section is not None
                and heading_similarity(old_section.title, new_section.title) < HEADING_AGREE
                and (any(heading_similarity(part.title, new_section.title) >= HEADING_AGREE for part in old_parts)
                     or any(heading_similarity(old_section.title, part.title) >= HEADING_AGREE for part in new_parts))):
            kept.append((None, new_section, 0.0))
            undone.append((old_section, None, 0.0))
            continue
        kept.append((old_section, new_section, similarity))
    return kept + undone if undone else section_pairs


def find_shifts(old: Report, new: Report, part_pairs: list, section_pairs: list,
                alignment: Alignment) -> tuple[Shift, ...]:
    """Return the blocks left unmatched by part and section alignment that pair across one level."""
    old_parts = [_part_block(p) for p, n in part_pairs if p is not None and n is None]
    new_parts = [_part_block(n) for p, n in part_pairs if p is None and n is not None]
    old_sections = [_section_block(s) for s, n, _ in section_pairs if s is not None and n is None]
    new_sections = [_section_block(n) for s, n, _ in section_pairs if s is None and n is not None]
    old_items = [_item_block(m) for m in old.measures if m.kind in _ITEMS]
    new_items = [_item_block(m) for m in new.measures if m.kind in _ITEMS]
    # -- parts and sections first (round 0), then sections and items (round 1): the items of a
    #    section that changed level follow it --
    candidates = [(round_, olds, news) for round_, olds, news in (
        (0, old_parts, new_sections), (0, old_sections, new_parts),
        (1, old_sections, new_items), (1, old_items, new_sections)) if 0 < len(olds) * len(news) <= CANDIDATES_MAX]
    if not candidates:
        return ()
    partners: dict[str, set[str]] = {}
    for pair in alignment.pairs:
        partners.setdefault("o" + pair.old.id, set()).add(pair.new.id)
        partners.setdefault("n" + pair.new.id, set()).add(pair.old.id)
        if pair.old.kind in _ITEMS and pair.new.kind in _ITEMS:
            # -- an item paired with an item stayed an item (moved, perhaps): no level changed --
            partners["o" + pair.old.id].add(_STAYED)
            partners["n" + pair.new.id].add(_STAYED)
    grams: dict[tuple[str, str], Counter[str]] = {}

    def bigrams(side: str, block: Block) -> Counter[str]:
        found = grams.get((side, block.level + block.id))
        if found is None:
            found = grams[(side, block.level + block.id)] = _bigrams(block.measures)
        return found

    scored: list[tuple[int, float, str, str, Block, Block]] = []
    for round_, olds, news in candidates:
        for a in olds:
            for b in news:
                if not _free(a, b, partners):
                    continue
                heading, wording = heading_similarity(a.title, b.title), _wording(a, b, partners, bigrams)
                if heading >= HEADING_SHARE or wording >= WORDING_SHARE:
                    scored.append((round_, -max(heading, wording), a.level + a.id, b.level + b.id, a, b))
    scored.sort(key=lambda row: row[:4])
    taken_old: dict[str, Block] = {}
    taken_new: dict[str, Block] = {}
    found: list[Shift] = []
    for _, negative, old_key, new_key, a, b in scored:
        if old_key in taken_old or new_key in taken_new or not _fits(a, b, taken_old, taken_new):
            continue
        taken_old[old_key] = b
        taken_new[new_key] = a
        found.append(Shift(a, b, round(-negative, 4)))
    return tuple(sorted(found, key=lambda shift: (shift.new.measures[0].line if shift.new.measures else 0,
                                                  shift.old.id)))


def _fits(a: Block, b: Block, taken_old: dict[str, Block], taken_new: dict[str, Block]) -> bool:
    """Whether pairing ``a`` with ``b`` agrees with the pairs made: a block whose section or part
    changed level goes where that went (part 二 → 一、（三）, so its section 二、（一） → an item of
    一、（三）), and a section none of whose items is paired already. A 一是 point pairs with a
    section only so, inside the block its part became (a report's 一是 points and another's
    sections are otherwise two ways of writing, not a level changed)."""
    followed = False
    for block, taken, other in ((a, taken_old, b), (b, taken_new, a)):
        if block.level == ITEM and block.section_id is not None:
            parent = taken.get(SECTION + block.section_id)
        elif block.level == SECTION:
            if any(key.startswith(ITEM + block.id + "/") for key in taken):
                return False
            parent = taken.get(PART + block.id.partition("/")[0])
        else:
            parent = None
        if parent is not None:
            if not other.id.startswith(parent.id + "/"):
                return False
            followed = True
    return followed or not (a.point or b.point)


_STAYED = "\0item"
#: What stands a level below a section: a numbered item, or a 一是 point (``Block.point``).
_ITEMS = frozenset((MeasureKind.ITEM, MeasureKind.POINT))


def _free(a: Block, b: Block, partners: dict[str, set[str]]) -> bool:
    """Whether an item is still free for this pairing: unmatched, or matched only to measures of
    the block on the other side (the section it came from, the section it became), and to no
    item (then it is the same item, moved perhaps, not a section written as an item)."""
    if a.level == ITEM:
        inside = {m.id for m in b.measures}
        return partners.get("o" + a.id, set()) <= inside
    if b.level == ITEM:
        inside = {m.id for m in a.measures}
        return partners.get("n" + b.id, set()) <= inside
    return True


def _wording(a: Block, b: Block, partners: dict[str, set[str]], bigrams) -> float:
    """How much the wording under two blocks overlaps: the share of their measures paired with
    each other, or of their character pairs in common (Dice), whichever is more."""
    if not a.measures or not b.measures:
        return 0.0
    new_ids = {m.id for m in b.measures}
    shared = sum(1 for m in a.measures if partners.get("o" + m.id, set()) & new_ids)
    paired = 2 * shared / (len(a.measures) + len(b.measures))
    old_grams, new_grams = bigrams("o", a), bigrams("n", b)
    total = sum(old_grams.values()) + sum(new_grams.values())
    common = sum((old_grams & new_grams).values())
    return max(paired, 2 * common / total if total else 0.0)


def align_shifted(alignment: Alignment, shifts: tuple[Shift, ...], scorer: Scorer,
                  apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with the leftover measures under each shifted pair aligned as those
    of two succeeding sections are (``section_align.align_within_sections``)."""
    if not shifts:
        return alignment
    as_sections = [(_as_section(shift.old), _as_section(shift.new), shift.similarity) for shift in shifts]
    return align_within_sections(alignment, as_sections, scorer, apart=apart)


def fold_parts(old: Report, new: Report, part_pairs: list, shifts: tuple[Shift, ...], alignment: Alignment,
               scorer: Scorer) -> tuple[Alignment, tuple[Shift, ...]]:
    """Return ``alignment`` and ``shifts`` with each part the new report folded into another found:
    last year's 二、存在的不足 said in the review's last paragraph, 三、加强政府自身建设 in a paragraph
    or a section of the tasks.

    An old part left unpaired (or written as a section, ``find_shifts``) has its leftover measures
    merged into the new measure of the parts holding its paired ones that contains most of each
    (from ``CONTAINMENT_THRESHOLD``: 二是…还不均衡 inside …还存在一些不足：…，…还不均衡，…); a part
    none of whose blocks changed level and most of whose measures now stand in one new part is
    shifted ``part→part`` (merged into that part), so that it reads as moved, not dropped.
    """
    shifted = {shift.old.id: shift.new for shift in shifts if shift.old.level == PART}
    olds = [part for part, partner in part_pairs if part is not None and partner is None]
    if not olds:
        return alignment, shifts
    part_of = {m.id: part for part in new.parts for m in part.all_measures()}
    successors = {partner.id for part, partner in part_pairs if part is not None and partner is not None}
    partners: dict[str, set[str]] = {}
    for pair in alignment.pairs:
        partners.setdefault(pair.old.id, set()).add(pair.new.id)
    unmatched = {m.id for m in alignment.unmatched_old}
    found: list[Pair] = []
    folded: list[Shift] = []
    last = [m for part in old.parts for m in part.all_measures()][-_CLOSING_REACH:]
    closing = closing_paragraphs([(m.id, m.text) for m in last])
    for part in olds:
        measures = part.all_measures()
        # -- folded into another part: one that succeeds a part of its own (a part whose measures
        #    went to a part left unpaired is that part's predecessor, no fold) --
        targets = {part_of[n].id for m in measures for n in partners.get(m.id, ()) if n in part_of} & successors
        within = [m for target in new.parts if target.id in targets for m in target.all_measures()]
        merged = _merge_into(measures, within, unmatched, partners, scorer, CONTAINMENT_THRESHOLD)
        if part.id in shifted:
            # -- written as a section: the rest of its wording is looked for there from the lower bar --
            merged += _merge_into(measures, shifted[part.id].measures, unmatched, partners, scorer, FOLDED_CONTAINMENT)
            found.extend(merged)
            continue
        # -- where most of its measures now stand (its lead, which frames the part, aside; and the
        #    report's closing call, 各位代表…而努力奋斗！, which ends whatever part is last) --
        counted = [m for m in measures if m.id not in closing]
        counted = [m for m in counted if not m.lead] or counted
        landed = Counter(target for m in counted
                         for target in {part_of[n].id for n in partners.get(m.id, ()) if n in part_of} & successors)
        if not landed:
            found.extend(merged)
            continue
        target_id, count = landed.most_common(1)[0]
        if 2 * count <= len(counted):
            found.extend(merged)
            continue
        # -- folded there: the rest of its wording is looked for there from a lower bar --
        target = next(p for p in new.parts if p.id == target_id)
        merged += _merge_into(measures, target.all_measures(), unmatched, partners, scorer, FOLDED_CONTAINMENT)
        found.extend(merged)
        folded.append(Shift(_part_block(part), _part_block(target), round(count / len(counted), 4)))
    if found:
        merged = {pair.old.id for pair in found}
        alignment = Alignment((*alignment.pairs, *found), tuple(m for m in alignment.unmatched_old if m.id not in merged),
                              alignment.unmatched_new)
    return alignment, (*shifts, *folded)


#: How many of a report's last paragraphs may be its closing (the address, the call to strive).
_CLOSING_REACH = 3
#: How much of a leftover measure of a part folded into another must lie in one of its measures
#: (三是坚持真抓实干，大兴调查研究之风… in …坚持真抓实干，以钉钉子精神…: a clause dropped on the way).
FOLDED_CONTAINMENT = 0.3


def _merge_into(measures, within, unmatched: set[str], partners: dict[str, set[str]], scorer: Scorer,
                bar: float) -> list[Pair]:
    """Merge pairs of each of ``measures`` still unmatched into the measure of ``within`` holding
    most of it, from ``bar`` (each taken out of ``unmatched``, its partner noted)."""
    found: list[Pair] = []
    if not within:
        return found
    for measure in measures:
        if measure.id not in unmatched:
            continue
        share, at = max((scorer.containment(measure.key, n.key), -k) for k, n in enumerate(within))
        if share >= bar:
            whole = within[-at]
            found.append(Pair(measure, whole, round(scorer.similarity(measure.key, whole.key), 4), "merge",
                              "merged", scorer.shared_terms(measure.key, whole.key)))
            unmatched.discard(measure.id)
            partners.setdefault(measure.id, set()).add(whole.id)
    return found


def _as_section(block: Block) -> Section:
    first = block.measures[0].line if block.measures else 0
    return Section(block.id, "", block.title, norm_key(block.title), block.measures, first)


def unmoved(shifts: tuple[Shift, ...], new: Report) -> dict[str, frozenset[str | None]]:
    """Return, per old measure under a shifted block, the new sections it may land in without
    being moved: where its block went (a part's sections, an item's section)."""
    sections_of = {part.id: frozenset(s.id for s in part.sections) | {None} for part in new.parts}
    found: dict[str, frozenset[str | None]] = {}
    for shift in shifts:
        target = shift.new
        if target.level == PART:
            allowed = sections_of.get(target.id, frozenset({None}))
        elif target.level == ITEM:
            allowed = frozenset({target.section_id})
        else:
            allowed = frozenset({target.id})
        for measure in shift.old.measures:
            found[measure.id] = found.get(measure.id, frozenset()) | allowed
    return found


def mark_levels(parts: tuple[PartMatch, ...], sections: tuple[SectionMatch, ...], shifts: tuple[Shift, ...],
                heading_redline: Callable[[str, str], tuple[Redline, ...]]
                ) -> tuple[tuple[PartMatch, ...], tuple[SectionMatch, ...]]:
    """Return the part and section matches with each shifted block's ``level`` and ``counterpart``
    (the id of the block it became, or came from) set on the side it stands, and its heading's
    redline against the counterpart's (``heading_redline(old title, new title)``)."""
    if not shifts:
        return parts, sections
    old_side = {(s.old.level, s.old.id): s for s in shifts}
    new_side = {(s.new.level, s.new.id): s for s in shifts}

    def heading(shift: Shift) -> tuple[Redline, ...]:
        # -- a part folded into another keeps its own words nowhere: its heading goes, and is
        #    never a rewording of the receiver's (存在的不足 → 2025年…主要举措和成效) --
        folded = shift.old.level == shift.new.level == PART
        return heading_redline(shift.old.title, "" if folded else shift.new.title)

    def marked(match, level: str):
        if match.old is not None and match.new is None and (shift := old_side.get((level, match.old.id))):
            return replace(match, level=shift.level, counterpart=shift.new.id, shifted=heading(shift))
        if match.new is not None and match.old is None and (shift := new_side.get((level, match.new.id))):
            return replace(match, level=shift.level, counterpart=shift.old.id, shifted=heading(shift))
        return match

    return (tuple(marked(m, PART) for m in parts), tuple(marked(m, SECTION) for m in sections))


__all__ = ["Block", "Shift", "align_shifted", "find_shifts", "fold_parts", "heading_similarity", "mark_levels", "unmoved",
           "yield_to_parts"]
