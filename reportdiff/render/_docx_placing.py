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
    old = item.match.old if item.match is not None else None
    if old is not None:
        targets = [m.new.id for m in comparison.sections if m.old and m.new and m.old.id == old.section_id]
        targets += [m.new.id for m in comparison.parts if m.old and m.new and m.old.id == old.part_id]
        for target in targets:
            found = next((i for i, it in enumerate(items) if it.block_id == target), None)
            if found is not None:
                return found + 1
    return _first_measure_index(items)


def place_floating(items: list[Item], comparison: Comparison, floating: dict, fixed: dict) -> None:
    """Put each old-text holder right after the holder of the old report's preceding measure."""
    old_measures = comparison.old.measures
    old_position = {m.id: i for i, m in enumerate(old_measures)}
    holders: dict[str, Item] = dict(fixed)
    for i, measure in enumerate(old_measures):
        item = floating.get(measure.id)
        if item is None:
            continue
        prev = holders.get(old_measures[i - 1].id) if i else None
        nxt = old_measures[i + 1] if i + 1 < len(old_measures) else None
        own_section = measure.section_id or measure.part_id
        prev_section = (old_measures[i - 1].section_id or old_measures[i - 1].part_id) if i else None
        survivor = None
        if prev is None or prev_section != own_section:
            # -- first of its old section: stay with that section, before its next survivor
            #    (二、存在的不足's dropped 一是 and 二是 go under that heading, before its 三是) --
            #    — only while the old text stays in that section: a part's closing paragraph
            #    after its sections is no place for its lead --
            for later in old_measures[i + 1:]:
                if (later.section_id or later.part_id) != own_section:
                    break
                if later.id in fixed:
                    survivor = later
                    break
            if survivor is None and prev is None and nxt is not None and nxt.id in fixed:
                survivor = nxt
        if survivor is not None:
            index = _index_of(items, fixed[survivor.id])
        elif prev is not None:
            index = _index_of(items, prev) + 1
        else:
            # -- nothing before it holds old text: it goes before the first paragraph that holds
            #    later old text (its old section's new heading may stand after that, when parts
            #    were reordered), else under that heading --
            index = next((k for k, other in enumerate(items) if other.kind == "measure" and other.match is not None
                          and other.mode in ("plain", "del", "moveFrom") and other.match.old is not None
                          and old_position.get(other.match.old.id, -1) > i), None)
            if index is None:
                index = _old_section_index(items, comparison, item)
        items.insert(index, item)
        holders[measure.id] = item


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
