"""Tables in the Word redline: a table of the new report with its caption lines, against the old
report's table paired with it, written as one Word table whose rows and cells carry the changes
(``table_redline``: a row only one year has inserted or deleted as a row, a changed cell redlined
word by word), so that Reject All gives the old table back and Accept All the new one, each a
real table. A table only the old report has is written whole as deleted rows where it stood.

A table's caption lines (``Block.table``: its name, its unit line) go with it, directly above
or below as in the input: lines both years give alike stay plain; lines that changed are
deleted (the old ones) and inserted (the new ones) on their side of the table.

The caption of a table only the old report has is deleted text right above the deleted rows; the
deletion of its paragraph mark goes on the paragraph above it (``_docx_table_xml``), since a mark
right above a table has nothing to join and LibreOffice's Accept All left an empty paragraph
there; likewise an inserted caption's on Reject All. Left where the paragraph above is a heading
(the caption would take the heading's look). Word was not at hand to check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportdiff.models import Block, BlockKind, Comparison, Table
from reportdiff.normalize import key as normal_key
from reportdiff.render._docx_placing import holds_old, old_holder
from reportdiff.render._revisions import DEL, INS, MOVE_TO, RevisionWriter
from reportdiff.render.table_redline import cell_segments, moved_rows, revised_rows

if TYPE_CHECKING:
    from reportdiff.render._docx_layout import Item


def table_of(block: Block) -> str | None:
    """The id of the table a block is, or names as its caption; None for any other block."""
    if block.kind is BlockKind.TABLE:
        return block.id
    return block.table or None


def table_items(table_id: str, comparison: Comparison) -> list[Item]:
    """A table of the new report with its caption lines, against the old report's table paired
    with it (and that one's captions): captions plain where alike, else the old deleted and the
    new inserted; the two tables as one table of revised rows. Each item knows the table."""
    items = _table_items(table_id, comparison)
    for item in items:
        item.table = table_id
    return items


def _table_items(table_id: str, comparison: Comparison) -> list[Item]:
    from reportdiff.render._docx_layout import Item

    new_above, _, new_below = _group(comparison.new.blocks, table_id)
    new_table = _table(comparison.new, table_id)
    change = next((change for change in comparison.tables
                   if change.old is not None and change.new is not None and change.new.id == table_id), None)
    if change is None:
        return [*_items(new_above, "ins"), Item("table", rows=revised_rows(None, new_table)), *_items(new_below, "ins")]
    old_id = change.old.id
    old_above, _, old_below = _group(comparison.old.blocks, old_id)
    # -- the rows as the comparison paired them, as every other output shows them --
    table = Item("table", rows=revised_rows(_table(comparison.old, old_id), new_table, change.pairs or None))
    return [*_captions(old_above, new_above, above=True), table, *_captions(old_below, new_below, above=False)]


def _captions(old: list[Block], new: list[Block], *, above: bool) -> list[Item]:
    """A table's caption lines of both years on one side of it: plain where alike; else the
    lines nearest the table paired, each pair one paragraph redlined word by word (表1 2025年 →
    2026年主要预期目标), the lines left over deleted (old) or inserted (new) away from the table.
    A paragraph whose mark is a revision never touches the table where both years caption it:
    LibreOffice cannot join a paragraph into a table and leaves it empty instead."""
    from reportdiff.render._docx_layout import Item

    if _alike(old, new):
        return _items(new, "plain")
    shared = min(len(old), len(new))
    old_pairs, new_pairs = (old[len(old) - shared:], new[len(new) - shared:]) if above else (old[:shared], new[:shared])
    pairs = [Item("other", text=now.text, segments=cell_segments(was.text, now.text))
             for was, now in zip(old_pairs, new_pairs)]
    rest = _items([b for b in old if b not in old_pairs], "del") + _items([b for b in new if b not in new_pairs], "ins")
    return rest + pairs if above else pairs + rest


def _table(report, table_id: str) -> Table:
    """The report's table ``table_id`` (its rows as the loader read them)."""
    found = next((table for table in report.tables if table.id == table_id), None)
    if found is not None:
        return found
    # -- a report built by a caller may carry the table's block alone --
    block = next(block for block in report.blocks if block.kind is BlockKind.TABLE and block.id == table_id)
    return Table(table_id, tuple(tuple(row.split("\t")) for row in block.text.split("\n")), block.line)


def _group(blocks: tuple[Block, ...], table_id: str) -> tuple[list[Block], Block, list[Block]]:
    """A table's caption lines above it, the table's block, its caption lines below it."""
    at = next(i for i, block in enumerate(blocks) if block.kind is BlockKind.TABLE and block.id == table_id)
    captions = [i for i, block in enumerate(blocks) if block.kind is not BlockKind.TABLE and block.table == table_id]
    return [blocks[i] for i in captions if i < at], blocks[at], [blocks[i] for i in captions if i > at]


def _alike(old: list[Block], new: list[Block]) -> bool:
    return [normal_key(block.text) for block in old] == [normal_key(block.text) for block in new]


def _items(blocks: list[Block], mode: str) -> list[Item]:
    """Caption lines as paragraphs, plain, deleted or inserted."""
    from reportdiff.render._docx_layout import Item

    if mode == "plain":
        return [Item("other", text=block.text) for block in blocks]
    kind = DEL if mode == "del" else INS
    return [Item("other", text=block.text, mode=mode, segments=[(block.text, kind)]) for block in blocks]


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
        from reportdiff.render._docx_layout import Item

        items[where:where] = [*_items(above, "del"), Item("table", rows=revised_rows(_table(comparison.old, table.id), None)),
                              *_items(below, "del")]


def place_moved_tables(items: list[Item], comparison: Comparison, *, moves: bool, writer: RevisionWriter) -> None:
    """Write each table of both years that moved (between sections, or among the measures) as a
    Word move: where it stands now its caption lines and rows moved to, where it stood (after the
    paragraph holding the old text before it) last year's moved from, one move name for each
    table and for each caption line; without ``moves``, inserted here and deleted there. A table
    moves where its place in the new report is not between the old texts that stood either side
    of it: written there alone, Reject All would give it back in the wrong place."""
    old_blocks = comparison.old.blocks
    for change in comparison.tables:
        if change.old is None or change.new is None:
            continue
        group = [i for i, item in enumerate(items) if item.table == change.new.id]
        if not group or not any(b.kind is BlockKind.TABLE and b.id == change.old.id for b in old_blocks):
            continue
        above, table, below = _group(old_blocks, change.old.id)
        before, after = _neighbours(old_blocks, [*above, table, *below])
        first_after = _first_holder(items, after)
        holder = old_holder(items, before)
        if (holder is None or holder < group[0]) and (first_after is None or group[-1] < first_after):
            continue  # -- in its place: the one table of revised rows stays --
        new_above, _, new_below = _group(comparison.new.blocks, change.new.id)
        names = iter(writer.new_move_name() for _ in range(len(above) + 1 + len(below))) if moves else None
        captions_moved = moves and _alike(above, new_above) and _alike(below, new_below)
        tables = (_table(comparison.old, change.old.id), _table(comparison.new, change.new.id), change.pairs or None)
        here = [*_moved_items(new_above, "moveTo", names if captions_moved else None),
                _moved_table(tables, "moveTo", names),
                *_moved_items(new_below, "moveTo", names if captions_moved else None)]
        for item in here:
            item.table = change.new.id
        for index in reversed(group):  # -- (anything placed among them stays) --
            del items[index]
        items[group[0]:group[0]] = here
        # -- the names again, in the same order, for last year's side --
        names = iter([item.move_name for item in here if item.move_name]) if moves else None
        there = [*_moved_items(above, "moveFrom", names if captions_moved else None),
                 _moved_table(tables, "moveFrom", names),
                 *_moved_items(below, "moveFrom", names if captions_moved else None)]
        holder = old_holder(items, before)
        first_after = _first_holder(items, after)
        where = holder + 1 if holder is not None else first_after if first_after is not None else len(items)
        items[where:where] = there


def _neighbours(blocks: tuple[Block, ...], group: list[Block]) -> tuple[str | None, str | None]:
    """The ids of the old measures right before and right after a table with its captions."""
    at = [i for i, block in enumerate(blocks) if any(block is member for member in group)]
    before = next((b.id for b in reversed(blocks[:at[0]]) if b.kind in (BlockKind.MEASURE, BlockKind.OTHER) and b.id), None)
    after = next((b.id for b in blocks[at[-1] + 1:] if b.kind in (BlockKind.MEASURE, BlockKind.OTHER) and b.id), None)
    return before, after


def _first_holder(items: list[Item], measure_id: str | None) -> int | None:
    """Index of the first paragraph giving back the old text of measure ``measure_id`` (None: none)."""
    if measure_id is None:
        return None
    return next((i for i, item in enumerate(items) if holds_old(item) and item.match.old.id == measure_id), None)


def _moved_items(blocks: list[Block], kind: str, names) -> list[Item]:
    """A moved table's caption lines: each moved with its own name, or (``names`` None: a caption
    reworded, or no moves) inserted or deleted."""
    from reportdiff.render._docx_layout import Item

    if names is None:
        return _items(blocks, "ins" if kind == MOVE_TO else "del")
    return [Item("other", text=block.text, mode=kind, segments=[(block.text, kind)], move_name=next(names))
            for block in blocks]


def _moved_table(tables: tuple[Table, Table, tuple | None], kind: str, names) -> Item:
    """A moved table's rows on one side (``tables``: last year's, this year's, their rows' pairs):
    moved with their edits (``names``: the move's name next), or else inserted or deleted whole."""
    from reportdiff.render._docx_layout import Item

    old, new, pairs = tables
    if names is None:
        rows = revised_rows(None, new) if kind == MOVE_TO else revised_rows(old, None)
        return Item("table", rows=rows)
    return Item("table", rows=moved_rows(old, new, pairs, kind), mode=kind, move_name=next(names))


__all__ = ["place_dropped_tables", "place_moved_tables", "table_items", "table_of"]
