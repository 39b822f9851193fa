"""Lines the parser set aside outside any measure (an address alone, 各位代表！; a signature
block; a note line), in the Word redline.

They are no measures, so nothing pairs them; written from the new report alone, Reject All would
give the new report's lines, not the old one's. Here the two reports' set-aside lines are paired
by their text and by the measure they follow (the old measure paired with the new one before
the line): a pair stays plain, a line only the new report has is inserted, a line only the old
one has is deleted right after the paragraph holding the old text it followed. The lines before
the first part (a table of contents) follow no measure: they pair in their order, and a line only
the old report has goes before the next line both have, else after the new report's own. The
lines after the last measure (a signature block: the body's name and the date) close the report
whatever measure precedes them: they pair in their order with the most alike (the date 2025年1月20日
with 2026年1月16日, redlined), and a line only the old report has goes before the next line both
have, else last. Page furniture
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
#: What the lines after a report's last measure follow (a signature block): its end.
TAIL = "$"
#: Least likeness (difflib ratio of the keys) of two lines taken for one line reworded.
_LINE_LIKENESS = 0.5


def set_aside(blocks: tuple[Block, ...] | list[Block]) -> list[tuple[Block, str | None]]:
    """The set-aside lines of a report's outline, each with the id of the measure before it
    (``HEAD`` before the first part)."""
    found, last, head = [], None, True
    # -- after the last block of the report's body, the lines close it (``TAIL``) --
    end = max((i for i, block in enumerate(blocks) if block.id or block.table
               or block.kind in (BlockKind.PART, BlockKind.SECTION)), default=-1)
    for at, block in enumerate(blocks):
        head = head and block.kind is not BlockKind.PART
        if block.kind in (BlockKind.MEASURE, BlockKind.OTHER) and block.id:
            last = block.id
        elif block.kind is BlockKind.OTHER and not block.table and not is_furniture(block.text):
            found.append((block, HEAD if head else TAIL if at > end and not head else last))
    return found


def pair_set_aside(comparison: Comparison) -> tuple[dict[int, Block], list[tuple[Block, str | None, Block | None]]]:
    """The new report's set-aside lines the old report has too (``id`` of the block → the old
    line), and the old report's lines the new one lacks, with the old measure each follows and,
    for a line of the head or the end, the new report's line it goes before (None: after the
    head's lines, at the end)."""
    olds_of: dict[str, set[str]] = {}
    for match in comparison.matches:
        if match.new is not None and match.old is not None:
            olds_of.setdefault(match.new.id, set()).add(match.old.id)
    old_lines = set_aside(comparison.old.blocks)
    new_lines = set_aside(comparison.new.blocks)
    taken: dict[int, Block] = {}  # -- old line's index → the new line paired with it --
    paired: dict[int, Block] = {}
    floor = -1  # -- the head's lines pair in their order: the last old one paired --
    for block, after in new_lines:
        if after == TAIL:
            continue
        wanted = {after} if after in (None, HEAD) else olds_of.get(after, set())
        text = normal_key(block.text)
        for index, (old_block, old_after) in enumerate(old_lines):
            if index not in taken and old_after in wanted and normal_key(old_block.text) == text and (
                    after != HEAD or index > floor):
                taken[index] = block
                paired[id(block)] = old_block
                floor = index if after == HEAD else floor
                break
    # -- the closing lines, in their order, each with its most alike --
    old_tail = [index for index, (_, after) in enumerate(old_lines) if after == TAIL]
    new_tail = [block for block, after in new_lines if after == TAIL]
    for i, j in paired_lines([old_lines[index][0].text for index in old_tail], [block.text for block in new_tail]):
        if i is not None and j is not None:
            taken[old_tail[i]] = new_tail[j]
            paired[id(new_tail[j])] = old_lines[old_tail[i]][0]
    dropped = []
    for index, (block, after) in enumerate(old_lines):
        if index not in taken:
            before = next((taken[later] for later in sorted(taken) if later > index and old_lines[later][1] == after),
                          None) if after in (HEAD, TAIL) else None
            dropped.append((block, after, before))
    return paired, dropped


def paired_lines(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Two runs of lines in reading order (title lines, closing lines), each line paired with its
    most alike counterpart (the pairing of most likeness in all, order kept) as (old index, new
    index), the others alone: (i, None) or (None, j)."""
    from difflib import SequenceMatcher

    okeys, nkeys = [normal_key(t) for t in old], [normal_key(t) for t in new]
    like = [[SequenceMatcher(None, a, b, autojunk=False).ratio() for b in nkeys] for a in okeys]
    best = [[0.0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            paired = like[i][j] + best[i + 1][j + 1] if like[i][j] >= _LINE_LIKENESS else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], paired)
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < len(old) or j < len(new):
        if i < len(old) and j < len(new) and like[i][j] >= _LINE_LIKENESS \
                and best[i][j] == like[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif i < len(old) and (j == len(new) or best[i][j] == best[i + 1][j]):
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    return pairs


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
        if after == TAIL:
            # -- a closing line only the old report has: before the next both have, else last --
            where = next((i for i, it in enumerate(items) if before is not None and it.block is before), None)
            where = (where if where is not None else len(items)) if previous is None else \
                next(i for i, it in enumerate(items) if it is previous) + 1
        elif after == HEAD:
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


__all__ = ["HEAD", "TAIL", "pair_set_aside", "paired_lines", "place_dropped_set_aside", "set_aside"]
