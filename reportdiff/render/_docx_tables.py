"""Tables in the Word redline: a table, or its caption, whose old version differs is written as
the old one deleted and the new one inserted (cells flattened to text, one row a line), so that
Reject All gives the old table back and Accept All the new one. Revisions per cell in a real
``w:tbl`` would read better; this keeps the Accept/Reject contract until then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportdiff.models import Block, BlockKind, Comparison
from reportdiff.normalize import key as normal_key
from reportdiff.parse_header import is_caption
from reportdiff.render._revisions import DEL, INS

if TYPE_CHECKING:
    from reportdiff.render._docx_layout import Item


def table_items(block: Block, comparison: Comparison) -> list[Item]:
    """A table, or its caption, as revisions where the old report's differs: the old one deleted,
    then the new one inserted (cells flattened, one row a line), so Reject All gives the old table."""
    from reportdiff.render._docx_layout import Item

    old = _old_counterpart(block, comparison)
    if old is not None and normal_key(old.text) == normal_key(block.text):
        return [Item("other", text=block.text)]
    inserted = Item("other", text=block.text, mode="ins", segments=[(block.text, INS)])
    if old is None:
        return [inserted]
    return [Item("other", text=old.text, mode="del", segments=[(old.text, DEL)]), inserted]


def _old_counterpart(block: Block, comparison: Comparison) -> Block | None:
    """The old report's block for a new table (the table paired with it) or for its caption (the
    caption beside that old table); None where the old report has none."""
    new_blocks, old_blocks = comparison.new.blocks, comparison.old.blocks
    table_id = block.id if block.kind is BlockKind.TABLE else _beside(new_blocks, block)
    old_id = next((change.old.id for change in comparison.tables
                   if change.old is not None and change.new is not None and change.new.id == table_id), None)
    old_table = next((b for b in old_blocks if b.kind is BlockKind.TABLE and b.id == old_id), None)
    if old_table is None or block.kind is BlockKind.TABLE:
        return old_table
    at = old_blocks.index(old_table)
    return next((b for b in old_blocks[max(at - 2, 0):at + 3]
                 if b.kind is BlockKind.OTHER and not b.id and is_caption(b.text)), None)


def place_dropped_tables(items: list[Item], comparison: Comparison) -> None:
    """Put each table only the old report has (with its caption) in ``items`` as deleted text,
    after the paragraph holding the old text that stood before it, so Reject All gives it back."""
    from reportdiff.render._docx_layout import Item

    old_blocks = comparison.old.blocks
    for change in comparison.tables:
        if change.old is None or change.new is not None:
            continue
        at = next((i for i, b in enumerate(old_blocks) if b.kind is BlockKind.TABLE and b.id == change.old.id), None)
        if at is None:
            continue
        near = range(max(at - 2, 0), min(at + 3, len(old_blocks)))
        gone = [old_blocks[i] for i in near if i == at or (
            old_blocks[i].kind is BlockKind.OTHER and not old_blocks[i].id and is_caption(old_blocks[i].text))]
        before = {b.id for b in old_blocks[:at] if b.kind in (BlockKind.MEASURE, BlockKind.OTHER) and b.id}
        last = next((b.id for b in reversed(old_blocks[:at]) if b.id in before), None)
        holder = max((i for i, item in enumerate(items) if item.match is not None and item.match.old is not None
                      and item.match.old.id == last and item.mode in ("plain", "del", "moveFrom")), default=None)
        where = len(items) if holder is None else holder + 1
        items[where:where] = [Item("other", text=b.text, mode="del", segments=[(b.text, DEL)]) for b in gone]


def _beside(blocks: tuple[Block, ...], caption: Block) -> str | None:
    """The id of the table a caption stands beside (the nearest within two blocks)."""
    at = blocks.index(caption)
    near = sorted(range(max(at - 2, 0), min(at + 3, len(blocks))), key=lambda i: abs(i - at))
    return next((blocks[i].id for i in near if blocks[i].kind is BlockKind.TABLE), None)


__all__ = ["place_dropped_tables", "table_items"]
