"""Lines the parser set aside outside any measure (an address alone, 各位代表！; a signature
block; a note line), in the Word redline.

They are no measures, so nothing pairs them; written from the new report alone, Reject All would
give the new report's lines, not the old one's. Here the two reports' set-aside lines are paired
by their text and by the measure they follow (the old measure paired with the new one before
the line): a pair stays plain, a line only the new report has is inserted, a line only the old
one has is deleted right after the paragraph holding the old text it followed. The lines before
the first part (a table of contents) follow no measure: they pair in their order, and a line only
the old report has goes before the next line both have, else after the new report's own. Page furniture
(— 3 —, a running header) stays as it was: the new report's, plain, the old one's left out;
it is no text of the report.
"""

from __future__ import annotations

from reportdiff.models import Block, BlockKind, Comparison
from reportdiff.normalize import key as normal_key
from reportdiff.parse_header import is_furniture
from reportdiff.render._docx_placing import holds_old, old_holder
from reportdiff.render._revisions import DEL


#: What the lines before a report's first part follow (a table of contents): its head.
HEAD = "^"


def set_aside(blocks: tuple[Block, ...] | list[Block]) -> list[tuple[Block, str | None]]:
    """The set-aside lines of a report's outline, each with the id of the measure before it
    (``HEAD`` before the first part)."""
    found, last, head = [], None, True
    for block in blocks:
        head = head and block.kind is not BlockKind.PART
        if block.kind in (BlockKind.MEASURE, BlockKind.OTHER) and block.id:
            last = block.id
        elif block.kind is BlockKind.OTHER and not block.table and not is_furniture(block.text):
            found.append((block, HEAD if head else last))
    return found


def pair_set_aside(comparison: Comparison) -> tuple[set[int], list[tuple[Block, str | None, Block | None]]]:
    """The new report's set-aside lines the old report has too (as ``id`` of the block), and the
    old report's lines the new one lacks, with the old measure each follows and, for a line of
    the head, the new report's line it goes before (None: after the head's lines)."""
    olds_of: dict[str, set[str]] = {}
    for match in comparison.matches:
        if match.new is not None and match.old is not None:
            olds_of.setdefault(match.new.id, set()).add(match.old.id)
    old_lines = set_aside(comparison.old.blocks)
    taken: dict[int, Block] = {}  # -- old line's index → the new line paired with it --
    paired: set[int] = set()
    floor = -1  # -- the head's lines pair in their order: the last old one paired --
    for block, after in set_aside(comparison.new.blocks):
        wanted = {after} if after in (None, HEAD) else olds_of.get(after, set())
        text = normal_key(block.text)
        for index, (old_block, old_after) in enumerate(old_lines):
            if index not in taken and old_after in wanted and normal_key(old_block.text) == text and (
                    after != HEAD or index > floor):
                taken[index] = block
                paired.add(id(block))
                floor = index if after == HEAD else floor
                break
    dropped = []
    for index, (block, after) in enumerate(old_lines):
        if index not in taken:
            before = next((taken[later] for later in sorted(taken) if later > index and old_lines[later][1] == HEAD),
                          None) if after == HEAD else None
            dropped.append((block, after, before))
    return paired, dropped


def place_dropped_set_aside(items: list, comparison: Comparison,
                            dropped: list[tuple[Block, str | None, Block | None]]) -> None:
    """Put each old set-aside line the new report lacks in ``items`` as deleted text, after the
    paragraph holding the old text of the measure it followed (in their order where several
    follow one), else before the first paragraph holding later old text; a line of the head
    before the new line it goes before, else after the title and the head's lines."""
    from reportdiff.render._docx_layout import Item

    order = {m.id: i for i, m in enumerate(comparison.old.measures)}
    last_after: dict[str | None, object] = {}  # -- the measure followed → the line put last after it --
    for block, after, before in dropped:
        item = Item("other", text=block.text, mode="del", segments=[(block.text, DEL)])
        previous = last_after.get(after)
        if after == HEAD:
            where = next((i for i, it in enumerate(items) if before is not None and it.block is before), None)
            if where is None:
                where = next((i for i, it in enumerate(items) if it.kind not in ("title", "other")), len(items))
        elif previous is not None:
            where = next(i for i, it in enumerate(items) if it is previous) + 1
        else:
            holder = old_holder(items, after)
            if holder is not None:
                where = holder + 1
            else:
                start = order.get(after, -1) if after is not None else -1
                where = next((i for i, it in enumerate(items) if holds_old(it) and order.get(it.match.old.id, -1) > start),
                             len(items))
        items.insert(where, item)
        last_after[after] = item


__all__ = ["HEAD", "pair_set_aside", "place_dropped_set_aside", "set_aside"]
