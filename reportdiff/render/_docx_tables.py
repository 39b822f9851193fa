"""Tables in the Word redline: a table whose old version differs is written as the old one
deleted and the new one inserted (cells flattened to text, one paragraph a row, its cells apart
by `` | ``), so that Reject All gives the old table back and Accept All the new one. Revisions per cell in a real ``w:tbl``
would read better; this keeps the Accept/Reject contract until then.

A table's caption lines (``Block.table``: its name, its unit line) go with it, directly above
or below as in the input: lines both years give alike stay plain beside both tables; lines that
changed are deleted with the old table and inserted with the new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportdiff.models import Block, BlockKind, Comparison
from reportdiff.normalize import key as normal_key
from reportdiff.render._docx_placing import old_holder
from reportdiff.render._revisions import DEL, INS

if TYPE_CHECKING:
    from reportdiff.render._docx_layout import Item


def table_of(block: Block) -> str | None:
    """The id of the table a block is, or names as its caption; None for any other block."""
    if block.kind is BlockKind.TABLE:
        return block.id
    return block.table or None


def table_items(table_id: str, comparison: Comparison) -> list[Item]:
    """A table of the new report with its caption lines, against the old report's table paired
    with it (and that one's captions): plain where alike, else the old deleted, then the new
    inserted, each caption beside its own table."""
    new_above, new_table, new_below = _group(comparison.new.blocks, table_id)
    old_id = next((change.old.id for change in comparison.tables
                   if change.old is not None and change.new is not None and change.new.id == table_id), None)
    if old_id is None:
        return _items([*new_above, new_table, *new_below], "ins")
    old_above, old_table, old_below = _group(comparison.old.blocks, old_id)
    above_alike, below_alike = _alike(old_above, new_above), _alike(old_below, new_below)
    if _alike([old_table], [new_table]):
        return (_items(new_above, "plain") if above_alike else _items(old_above, "del") + _items(new_above, "ins")) \
            + _items([new_table], "plain") \
            + (_items(new_below, "plain") if below_alike else _items(old_below, "del") + _items(new_below, "ins"))
    # -- the table changed: a caption alike stands above (or below) both tables; one that changed
    #    goes with its own table, old deleted before new inserted --
    return (_items(new_above, "plain") if above_alike else []) \
        + _items([*([] if above_alike else old_above), old_table, *([] if below_alike else old_below)], "del") \
        + _items([*([] if above_alike else new_above), new_table, *([] if below_alike else new_below)], "ins") \
        + (_items(new_below, "plain") if below_alike else [])


def _group(blocks: tuple[Block, ...], table_id: str) -> tuple[list[Block], Block, list[Block]]:
    """A table's caption lines above it, the table's block, its caption lines below it."""
    at = next(i for i, block in enumerate(blocks) if block.kind is BlockKind.TABLE and block.id == table_id)
    captions = [i for i, block in enumerate(blocks) if block.kind is not BlockKind.TABLE and block.table == table_id]
    return [blocks[i] for i in captions if i < at], blocks[at], [blocks[i] for i in captions if i > at]


def _alike(old: list[Block], new: list[Block]) -> bool:
    return [normal_key(block.text) for block in old] == [normal_key(block.text) for block in new]


#: Between a row's cells in the redline: visible in any font, as a Markdown table's rows read.
CELL_GAP = " | "


def row_lines(block: Block) -> list[str]:
    """The lines the redline writes for ``block``: a table one paragraph per row, its cells apart
    by ``CELL_GAP`` (rows joined by line breaks in one justified paragraph stretched the header
    row across the page, and tabs on the default stops set no columns); any other block its text."""
    if block.kind is not BlockKind.TABLE:
        return [block.text]
    return [CELL_GAP.join(cell.strip() for cell in row.split("\t")) for row in block.text.split("\n") if row.strip()]


def _items(blocks: list[Block], mode: str) -> list[Item]:
    from reportdiff.render._docx_layout import Item

    lines = [line for block in blocks for line in row_lines(block)]
    if mode == "plain":
        return [Item("other", text=line) for line in lines]
    kind = DEL if mode == "del" else INS
    return [Item("other", text=line, mode=mode, segments=[(line, kind)]) for line in lines]


def place_dropped_tables(items: list[Item], comparison: Comparison) -> None:
    """Put each table only the old report has (with its captions) in ``items`` as deleted text,
    after the paragraph holding the old text that stood before it, so Reject All gives it back."""
    old_blocks = comparison.old.blocks
    for change in comparison.tables:
        if change.old is None or change.new is not None:
            continue
        if not any(b.kind is BlockKind.TABLE and b.id == change.old.id for b in old_blocks):
            continue
        above, table, below = _group(old_blocks, change.old.id)
        first = (above or [table])[0]
        at = next(i for i, block in enumerate(old_blocks) if block is first)
        before = {b.id for b in old_blocks[:at] if b.kind in (BlockKind.MEASURE, BlockKind.OTHER) and b.id}
        last = next((b.id for b in reversed(old_blocks[:at]) if b.id in before), None)
        holder = old_holder(items, last)
        where = len(items) if holder is None else holder + 1
        items[where:where] = _items([*above, table, *below], "del")


__all__ = ["CELL_GAP", "place_dropped_tables", "row_lines", "table_items", "table_of"]
