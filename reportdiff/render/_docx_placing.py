"""Where the Word redline's paragraphs of old text go: which matched pairs keep their place (the
longest run in the old order), and each holder of old text right after the old report's
measure before it, or under the new heading of its old section."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from reportdiff.models import Comparison, Match

if TYPE_CHECKING:
    from reportdiff.render._docx_layout import Item


def holds_old(item: Item) -> bool:
    """Whether a planned paragraph gives back an old measure's text on Reject All."""
    return item.match is not None and item.match.old is not None and item.mode in ("plain", "del", "moveFrom")


def old_holder(items: list[Item], measure_id: str | None) -> int | None:
    """Index of the last paragraph giving back the old text of measure ``measure_id`` (None: none)."""
    return max((i for i, item in enumerate(items) if holds_old(item) and item.match.old.id == measure_id), default=None)


def place_unknown(items: list[Item], unplaced: list[tuple[int, Item]], comparison: Comparison) -> None:
    """Old-text holders whose measure is not in the old report: after the match listed before them."""
    for position, item in unplaced:
        before = comparison.matches[position - 1] if position else None
        index = next((i + 1 for i, it in enumerate(items) if before is not None and it.match is before), None)
        if index is None:
            index = _old_section_index(items, comparison, item)
        items.insert(index, item)


def _old_section_index(items: list[Item], comparison: Comparison, item: Item) -> int:
    """Where an old measure with no surviving predecessor goes: right after the heading of
    the new section (or part) its old section (or part) became; else before the first measure."""
    found = _under_old_heading(items, comparison, item, 0, len(items))
    return found if found is not None else _first_measure_index(items)


def _under_old_heading(items: list[Item], comparison: Comparison, item: Item, low: int, high: int) -> int | None:
    """The index right under the new heading its old section (else its old part) became, when
    that heading stands at ``low`` … ``high - 1`` (None: no such heading there)."""
    old = item.match.old if item.match is not None else None
    if old is None:
        return None
    targets = [m.new.id for m in comparison.sections if m.old and m.new and m.old.id == old.section_id]
    targets += [m.new.id for m in comparison.parts if m.old and m.new and m.old.id == old.part_id]
    for target in targets:
        found = next((i for i, it in enumerate(items) if it.kind in ("h1", "h2") and it.block_id == target), None)
        if found is not None and low <= found < high:
            return found + 1
    return None


def place_floating(items: list[Item], comparison: Comparison, floating: dict, fixed: dict) -> None:
    """Put each old-text holder right after the holder of the old report's preceding measure of
    the same old section; the first of its old section (or a part's lead) right under the new
    heading that section (or part) became, else before that section's next survivor."""
    old_measures = comparison.old.measures
    old_position = {m.id: i for i, m in enumerate(old_measures)}
    holders: dict[str, Item] = dict(fixed)
    for i, measure in enumerate(old_measures):
        item = floating.get(measure.id)
        if item is None:
            continue
        prev = holders.get(old_measures[i - 1].id) if i else None
        own_section = measure.section_id or measure.part_id
        prev_section = (old_measures[i - 1].section_id or old_measures[i - 1].part_id) if i else None
        if prev is not None and prev_section == own_section:
            index = _index_of(items, prev) + 1
        else:
            index = _first_of_section(items, comparison, item, i, prev, fixed, old_position)
        items.insert(index, item)
        holders[measure.id] = item


def _first_of_section(items: list[Item], comparison: Comparison, item: Item, i: int, prev: Item | None,
                      fixed: dict, old_position: dict[str, int]) -> int:
    """Where the old text of the first measure of its old section (``i`` in the old order) goes.

    Reject All keeps the old order while it stands after its predecessor's holder (``prev``) and
    before the first paragraph holding later old text; within that room it stays with its own
    section: under the heading that section became, else before the section's next survivor."""
    old_measures = comparison.old.measures
    measure = old_measures[i]
    own_section = measure.section_id or measure.part_id
    low = _index_of(items, prev) + 1 if prev is not None else 0
    later = next((k for k in range(low, len(items)) if _old_at(items[k], old_position) > i), None)
    # -- right under the heading its old section (or part, for a part's lead) became, when that
    #    heading stands in the room: not at the end of the section before, nor under the next
    #    section's heading, and before the section's new opening (deleted, then inserted) --
    under = _under_old_heading(items, comparison, item, low, len(items) if later is None else later)
    if under is not None:
        return under
    # -- before the next survivor of its old section (二、存在的不足's dropped 一是 and 二是 go
    #    under that heading, before its 三是) — only while the old text stays in that section:
    #    a part's closing paragraph after its sections is no place for its lead --
    for following in old_measures[i + 1:]:
        if (following.section_id or following.part_id) != own_section:
            break
        if following.id in fixed:
            return _index_of(items, fixed[following.id])
    if prev is not None:
        return low
    nxt = old_measures[i + 1] if i + 1 < len(old_measures) else None
    if nxt is not None and nxt.id in fixed:
        return _index_of(items, fixed[nxt.id])
    if later is not None:
        # -- nothing before it holds old text: before the first paragraph that holds later old
        #    text (its old section's new heading may stand after that, when parts were reordered) --
        return later
    return _old_section_index(items, comparison, item)


def _old_at(item: Item, old_position: dict[str, int]) -> int:
    """The old report's position of the measure a measure paragraph gives back (-1: none)."""
    if item.kind == "measure" and holds_old(item):
        return old_position.get(item.match.old.id, -1)
    return -1


def _index_of(items: list[Item], target: Item) -> int:
    return next(i for i, item in enumerate(items) if item is target)


def _first_measure_index(items: list[Item]) -> int:
    return next((i for i, item in enumerate(items) if item.kind == "measure"), len(items))


def longest_increasing(pairs: list[Match], old_index: dict[str, int]) -> set[int]:
    """ids of the matches forming the longest run whose old positions increase (new order)."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(pairs)
    for i, match in enumerate(pairs):
        value = old_index[match.old.id]
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[slot] = value
            tail_at[slot] = i
        parent[i] = tail_at[slot - 1] if slot else -1
    keep: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(id(pairs[i]))
        i = parent[i]
    return keep


__all__ = ["holds_old", "longest_increasing", "old_holder", "place_floating", "place_unknown"]
