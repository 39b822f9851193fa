"""Layout of the Word redline: every paragraph of the body planned in order before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportdiff.models import Block, BlockKind, Comparison, Match, Measure, MeasureKind, Op, Section, Status
from reportdiff.normalize import key as normal_key
from reportdiff.parse_header import is_furniture
from reportdiff.render._docx_placing import longest_increasing, place_floating, place_unknown
from reportdiff.render._docx_set_aside import pair_set_aside, paired_lines, place_dropped_set_aside
from reportdiff.render._docx_tables import place_dropped_tables, place_moved_tables, table_items, table_of
from reportdiff import display
from reportdiff.diff import redline
from reportdiff.render import _revisions as rev
from reportdiff.render._revisions import DEL, INS
from reportdiff.render._docx_runs import piece_segments, reworded, segments, tracked, word_level_groups

# -- the layout rules (old text at its old place, moves split between moveFrom and moveTo,
#    splits and merges as whole deletions + insertions) are described in render/docx.py --


@dataclass
class Item:
    """One paragraph of the body, planned before anything is written."""

    kind: str  # title | preamble | h1 | h2 | other | measure | run_in | table
    text: str = ""
    mode: str = ""  # for measures: plain | ins | del | moveFrom | moveTo
    match: Match | None = None
    comment: str | None = None
    move_name: str | None = None
    segments: list[tuple[str, str | None]] = field(default_factory=list)
    outline: int | None = None
    block_id: str | None = None
    """For headings: the id of the part or section they head."""
    parts: list[Item] = field(default_factory=list)
    """For ``run_in``: the measures written in one paragraph (一是…二是… of one input paragraph)."""
    block: Block | None = None
    """For a line of the new report outside its measures: its outline block."""
    rows: list = field(default_factory=list)
    """For ``table``: the table's rows of both years (``table_redline.RevisedRow``)."""
    table: str | None = None
    """For a table of the new report and its caption lines: the table's id."""


def layout(comparison: Comparison, *, moves: bool, labels: dict, writer: rev.RevisionWriter) -> list[Item]:
    """Lay out every paragraph of the body in order, old-text holders at their old places."""
    old_index = {m.id: i for i, m in enumerate(comparison.old.measures)}
    by_new: dict[str, list[Match]] = {}
    for match in comparison.matches:
        if match.new is not None:
            by_new.setdefault(match.new.id, []).append(match)
    by_old: dict[str, list[Match]] = {}
    for match in comparison.matches:
        if match.old is not None:
            by_old.setdefault(match.old.id, []).append(match)

    # -- which matched pairs can stay in place: not split/merged, and in the longest run
    #    that keeps the old order (anything else would break reject-all's order) --
    def regrouped(match: Match) -> bool:
        return (
            match.relation in ("split", "merged")
            or len(by_old.get(match.old.id, ())) > 1
            or len(by_new.get(match.new.id, ())) > 1
        )

    # -- splits and merges whose pieces stand next to each other are redlined word by word,
    #    each piece in its own paragraph: one group stands in the order run by its first piece --
    groups = word_level_groups(comparison, by_old, by_new)
    leaders = {id(group[0]) for group in groups.values()}
    pairs = [
        m for m in comparison.matches
        if m.old is not None and m.new is not None and (not regrouped(m) or id(m) in leaders)
        and m.status is not Status.MOVED
    ]
    in_order = longest_increasing([m for m in pairs if m.old.id in old_index], old_index)
    word_level = {id(m): group for group in groups.values() if id(group[0]) in in_order for m in group}

    new_items: dict[str, list[Item]] = {}  # new measure id -> its paragraph(s)
    floating: dict[str, Item] = {}  # old measure id -> the paragraph holding its old text
    fixed: dict[str, Item] = {}  # old measure id -> in-place paragraph holding its old text
    unplaced: list[tuple[int, Item]] = []  # floating holders of unknown old measures
    for position, match in enumerate(comparison.matches):
        old, new = match.old, match.new
        if new is None:
            item = _measure_item("del", match, _comment_dropped(match, labels))
            _float(old, item, floating, old_index, unplaced, position)
        elif old is None:
            new_items.setdefault(new.id, []).append(_measure_item("ins", match, _with_moves(labels[Status.NEW], match, labels)))
        elif id(match) in word_level:
            group = word_level[id(match)]
            item = Item("measure", mode="plain", match=match, comment=_comment_matched(match, labels, force=True),
                        segments=piece_segments(match, group), outline=1 if new.kind is MeasureKind.HEADING else None)
            fixed.setdefault(old.id, item)
            new_items.setdefault(new.id, []).append(item)
        elif regrouped(match):
            relation = match.relation or ("split" if len(by_old[old.id]) > 1 else "merged")
            if old.id not in floating:
                nows = labels["list"].join(dict.fromkeys(_place(m.new.id, labels) for m in by_old[old.id]))
                note = labels["sep"].join([labels[relation], f"{labels['now']}{nows}"])
                _float(old, _measure_item("del", match, note), floating, old_index, unplaced, position)
            if not any(i.mode == "ins" for i in new_items.get(new.id, ())):
                olds = labels["list"].join(dict.fromkeys(_place(m.old.id, labels) for m in by_new[new.id]))
                note = labels["sep"].join(
                    [labels[match.status], labels[relation], f"{labels['was']}{olds}",
                     display.similarity(match, labels["lang"], group=True)]
                )
                new_items.setdefault(new.id, []).append(_measure_item("ins", match, note))
        elif id(match) in in_order:
            item = _measure_item("plain", match, _comment_matched(match, labels))
            fixed[old.id] = item
            new_items.setdefault(new.id, []).append(item)
        elif moves:
            name = writer.new_move_name()
            note = _comment_matched(match, labels, force=True)
            new_items.setdefault(new.id, []).append(_measure_item("moveTo", match, note, name))
            away = labels["sep"].join([labels["moved_away"], f"{labels['now']}{_place(new.id, labels)}"])
            _float(old, _measure_item("moveFrom", match, away, name), floating, old_index, unplaced, position)
        else:
            note = _comment_matched(match, labels, force=True)
            new_items.setdefault(new.id, []).append(_measure_item("ins", match, note))
            _float(old, _measure_item("del", match, _comment_dropped(match, labels)),
                   floating, old_index, unplaced, position)

    paired, dropped_lines = pair_set_aside(comparison)
    items = _skeleton(comparison, new_items, paired)
    place_unknown(items, unplaced, comparison)
    place_floating(items, comparison, floating, fixed)
    place_dropped_tables(items, comparison)
    place_moved_tables(items, comparison, moves=moves, writer=writer)
    place_dropped_set_aside(items, comparison, dropped_lines)
    _revise_headings(items, comparison, labels)
    return _join_run_in(items)


def _lines(item: Item) -> tuple[int | None, int | None]:
    """The input paragraph (line) a measure item shows in the new and in the old report."""
    if item.kind != "measure" or item.match is None:
        return None, None
    new = item.match.new.line if item.mode in ("plain", "ins", "moveTo") and item.match.new is not None else None
    old = item.match.old.line if item.mode in ("plain", "del", "moveFrom") and item.match.old is not None else None
    return new, old


def _join_run_in(items: list[Item]) -> list[Item]:
    """Write points that share an input paragraph (一是…二是…) in one paragraph again.

    Each report is read on its own: a measure paragraph keeps its mark in a report when the
    next measure that report has (before the next heading) starts another input paragraph,
    and loses it when that measure continues the same paragraph. A mark kept by both reports
    is plain, by one only inserted or deleted (moved for a move), by neither joins the next
    measure into one Word paragraph. Accept All then gives the new report's paragraphs and
    Reject All the old one's, run-in points included.
    """
    marks = [item.mode if item.kind == "measure" else None for item in items]
    for side in (0, 1):  # -- 0: the new report, 1: the old one --
        present = [i for i, item in enumerate(items) if _lines(item)[side] is not None]
        # -- a heading only the other report has may stand inside a run (the old part heading
        #    deleted between two points of one new paragraph): its paragraph comes and goes
        #    whole, and the points still join in this report --
        absent = "del" if side == 0 else "ins"
        for here, after in zip(present, present[1:]):
            run = all(items[k].kind == "measure" or items[k].kind in ("h1", "h2") and items[k].mode == absent
                      for k in range(here, after + 1))
            if run and _lines(items[here])[side] == _lines(items[after])[side]:
                marks[here] = _drop_side(marks[here], side)
    joined: list[Item] = []
    group: list[Item] = []
    for item, mark in zip(items, marks):
        group.append(item)
        if mark == "":
            continue  # -- no paragraph mark: the next measure follows in this paragraph --
        if len(group) == 1 and (mark == item.mode or item.kind != "measure"):
            joined.append(item)
        else:  # -- several measures, or one whose mark only one report keeps --
            joined.append(Item("run_in", mode=mark or "plain", parts=list(group)))
        group = []
    if group:
        joined.append(Item("run_in", mode="plain", parts=group) if len(group) > 1 else group[0])
    return joined


def _drop_side(mark: str | None, side: int) -> str | None:
    """The paragraph mark once one report (0 new, 1 old) no longer breaks the paragraph there."""
    if mark == "plain":
        return "del" if side == 0 else "ins"
    if mark in ("ins", "moveTo") and side == 0 or mark in ("del", "moveFrom") and side == 1:
        return ""
    return mark


def _revise_headings(items: list[Item], comparison: Comparison, labels: dict) -> None:
    """Headings as tracked changes too: reworded ones redlined, new ones inserted, and every old
    heading that no heading paragraph holds in its old order deleted at its old place, so that
    Reject All gives back the old headings, in order, as well as the old measures."""
    # -- a heading that carries its body (（二）加快推进立法。配合…) is a measure: its text comes
    #    and goes with that measure's paragraph, never as a heading paragraph of its own --
    old_carried = {m.id for m in comparison.old.measures}
    matches = {("h1", m.new.id): m for m in comparison.parts if m.new is not None}
    matches |= {("h2", m.new.id): m for m in comparison.sections if m.new is not None}
    held: dict[int, str] = {}  # -- id(item) -> the old heading it gives back on Reject All --
    for item in items:
        match = matches.get((item.kind, item.block_id or ""))
        if match is None:
            continue
        if match.old is None or match.old.id in old_carried:
            item.mode, item.segments = "ins", [(item.text, INS)]
            if match.level is not None:
                # -- not new: the other report writes it a level up or down (level_shifts) --
                item.comment = display.level_note(match, labels["lang"])
            continue
        held[id(item)] = match.old.id
        if any(run.op != Op.EQUAL or reworded(run) for run in match.redlines) \
                or normal_key(match.old.marker) != normal_key(match.new.marker):
            marker = [(match.new.marker, None)] if normal_key(match.old.marker) == normal_key(match.new.marker) \
                else [(match.old.marker, DEL), (match.new.marker, INS)]
            rest = item.text[len(match.new.marker) + len(match.new.title):]  # -- a trailing 。 --
            item.mode = "plain"
            item.segments = [seg for seg in [*marker, *tracked(match.redlines),
                                             (rest, None)] if seg[0]]
    old_blocks = comparison.old.blocks or _synthetic_blocks(comparison, comparison.old)
    order = {block.id: i for i, block in enumerate(old_blocks) if block.id}
    _displace_headings(items, held, order)
    # -- every old heading no paragraph holds (its part or section is gone, carries its body
    #    now, or stands elsewhere in the new order) is deleted where the old order puts it --
    kept = set(held.values())
    known = {m.old.id for m in (*comparison.parts, *comparison.sections) if m.old}  # -- what the comparison aligned --
    now = {m.old.id: m.new.id for m in (*comparison.parts, *comparison.sections) if m.old and m.new}
    shifted = {m.old.id: m for m in (*comparison.parts, *comparison.sections) if m.old and m.level is not None}
    for block in old_blocks:
        if block.kind not in (BlockKind.PART, BlockKind.SECTION) or block.id not in known or block.id in kept \
                or block.id in old_carried:
            continue
        where = f"{labels['was']}{_place(block.id, labels)}"
        if block.id in now:
            where += f"{labels['sep']}{labels['now']}{_place(now[block.id], labels)}"
        note = labels["sep"].join([labels[Status.DROPPED] if block.id not in now else labels["moved_away"], where])
        if block.id in shifted:
            note = display.level_note(shifted[block.id], labels["lang"])  # -- not dropped: written at another level --
        deleted = Item("h1" if block.kind is BlockKind.PART else "h2", text=block.text, mode="del", comment=note,
                       segments=[(block.text, DEL)])
        position = order[block.id]
        at = next((i for i, item in enumerate(items)
                   if (found := _old_position(item, held, order)) is not None and found > position), len(items))
        items.insert(at, deleted)
        held[id(deleted)] = block.id


def _old_position(item: Item, held: dict[int, str], order: dict[str, int]) -> int | None:
    """Where the text an item gives back on Reject All stands in the old report (None: no old text)."""
    if id(item) in held:
        return order.get(held[id(item)])
    if item.kind == "measure" and item.mode in ("plain", "del", "moveFrom") and item.match is not None \
            and item.match.old is not None:
        return order.get(item.match.old.id)
    return None


def _displace_headings(items: list[Item], held: dict[int, str], order: dict[str, int]) -> None:
    """A matched heading whose new place breaks the old order (the old 二、 became 四、 after a
    part that was 三、) is inserted at its new place; its old text is then deleted at the old
    place like any vanished heading. Measures are in old order already."""
    following = [None] * len(items)
    upcoming = None
    for i in range(len(items) - 1, -1, -1):
        following[i] = upcoming
        position = _old_position(items[i], held, order) if id(items[i]) not in held else None
        upcoming = upcoming if position is None else position
    last = -1
    for i, item in enumerate(items):
        position = _old_position(item, held, order)
        if position is None:
            continue
        if id(item) not in held:
            last = max(last, position)
        elif last < position and (following[i] is None or position < following[i]):
            last = position
        else:
            del held[id(item)]
            item.mode, item.segments = "ins", [(item.text, INS)]


def _float(old: Measure, item: Item, floating: dict, old_index: dict, unplaced: list, position: int) -> None:
    if old.id in old_index:
        floating.setdefault(old.id, item)
    else:
        unplaced.append((position, item))


def _measure_item(mode: str, match: Match, comment: str | None, move_name: str | None = None) -> Item:
    measure = match.new if mode in ("plain", "ins", "moveTo") else match.old
    outline = 1 if measure.kind is MeasureKind.HEADING else None
    return Item("measure", mode=mode, match=match, comment=comment, move_name=move_name,
                 segments=segments(mode, match), outline=outline)


def _preamble_items(comparison: Comparison) -> list[Item]:
    """The preamble redlined, a paragraph for each of its lines that both reports break at
    (各位代表： / 现在，我代表…); a line break only one report has stays inside its paragraph."""
    paragraphs: list[list] = [[]]
    for text, kind in tracked(comparison.preamble):
        if not text:
            continue
        if kind is not None or "\n" not in text:
            paragraphs[-1].append((text, kind))
            continue
        first, *rest = text.split("\n")
        if first:
            paragraphs[-1].append((first, kind))
        for line in rest:
            paragraphs.append([(line, kind)] if line else [])
    return [Item("preamble_redline", mode="plain", segments=segments) for segments in paragraphs if segments]


def _skeleton(comparison: Comparison, new_items: dict[str, list[Item]],
              paired: dict[int, Block] | None = None) -> list[Item]:
    """The new report's structure with each new measure's paragraph(s) at its place; a line set
    aside outside the measures is plain where the old report has it too (``paired``: the old line
    of each, see _docx_set_aside; redlined where reworded), else inserted."""
    paired = paired or {}
    report = comparison.new
    items: list[Item] = []
    blocks = report.blocks or _synthetic_blocks(comparison, report)
    emitted: set[str] = set()
    if report.title and not any(b.kind is BlockKind.TITLE for b in blocks):
        items.append(Item("title", text=report.title))
    titles = _title_items(comparison)
    if titles is not None and not any(b.kind is BlockKind.TITLE for b in blocks):
        items.extend(titles)  # -- only the old report has a title: it stands, deleted, first --
        emitted.add("title")
    for block in blocks:
        if block.id in new_items and block.kind not in (BlockKind.TITLE, BlockKind.PREAMBLE, BlockKind.PART):
            # -- a measure; also a heading with its body, or an unmarked paragraph the
            #    outline lists as "other": either way the measure's paragraph stands here --
            if block.id not in emitted:
                items.extend(new_items[block.id])
                emitted.add(block.id)
        elif block.kind is BlockKind.TITLE:
            if titles is None:
                items.append(Item("title", text=block.text))
            elif "title" not in emitted:
                items.extend(titles)
                emitted.add("title")
        elif block.kind is BlockKind.PREAMBLE:
            if comparison.preamble:
                # -- the preamble is redlined as one paragraph (its first block stands for all) --
                if "preamble" not in emitted:
                    items.extend(_preamble_items(comparison))
                    emitted.add("preamble")
            else:
                items.append(Item("preamble", text=block.text))
        elif block.kind is BlockKind.PART:
            if comparison.preamble and "preamble" not in emitted:
                # -- only the old report had a preamble: it stands, deleted, before the first part --
                items.extend(_preamble_items(comparison))
                emitted.add("preamble")
            items.append(Item("h1", text=block.text, block_id=block.id))
        elif block.kind is BlockKind.SECTION:
            items.append(Item("h2", text=block.text, block_id=block.id))
        elif (table_id := table_of(block)) is not None:
            # -- a table and its caption lines are written together, at the first of them --
            if f"table:{table_id}" not in emitted:
                items.extend(table_items(table_id, comparison))
                emitted.add(f"table:{table_id}")
        elif block.kind is BlockKind.OTHER and not block.id and id(block) not in paired and not is_furniture(block.text):
            # -- a line set aside that only the new report has (各位代表！ once more) --
            items.append(Item("other", text=block.text, mode="ins", segments=[(block.text, INS)], block=block))
        elif (before := paired.get(id(block))) is not None and normal_key(before.text) != normal_key(block.text):
            # -- a line paired with an old one reworded (the signature's date): its words redlined --
            items.append(Item("other", text=block.text, mode="plain", block=block,
                              segments=[seg for seg in tracked(redline(before.text, block.text)) if seg[0]]))
        else:
            # -- text the parser kept outside any measure: shown as is, nothing may vanish --
            items.append(Item("other", text=block.text, block=block))
    for measure_id, extra in new_items.items():  # safety net: never lose a measure
        if measure_id not in emitted:
            items.extend(extra)
    return items


def _title_items(comparison: Comparison) -> list[Item] | None:
    """The title lines as revisions when the two reports' titles differ (None when they agree):
    the old report's deleted, then the new one's inserted, so Reject All gives the old title."""
    old, new = ([b.text for b in report.blocks if b.kind is BlockKind.TITLE] for report in (comparison.old, comparison.new))
    if normal_key("".join(old)) == normal_key("".join(new)):
        return None
    # -- line for line (name, dateline, speaker): the words that changed, 2025年 → 2026年,
    #    代省长 → 省长, as the measures' redlines show them; a line only one side has (a saved
    #    page's heading above the report's own title) is deleted or inserted whole --
    items: list[Item] = []
    for before, after in ((old[i] if i is not None else None, new[j] if j is not None else None)
                          for i, j in paired_lines(old, new)) if len(old) != len(new) else zip(old, new):
        if before is None:
            items.append(Item("title", text=after, mode="ins", segments=[(after, INS)]))
        elif after is None:
            items.append(Item("title", text=before, mode="del", segments=[(before, DEL)]))
        else:
            items.append(Item("title", text=after, mode="plain",
                              segments=[seg for seg in tracked(redline(before, after)) if seg[0]]))
    return items


def _synthetic_blocks(comparison: Comparison, report) -> list:
    """Outline blocks rebuilt from the parts when a report carries none (hand-built input)."""
    blocks: list[Block] = []
    if report.title:
        blocks.append(Block(BlockKind.TITLE, "", report.title, 0))
    if report.preamble:
        blocks.append(Block(BlockKind.PREAMBLE, "", report.preamble, 0))
    for part in report.parts:
        blocks.append(Block(BlockKind.PART, part.id, f"{part.marker}{part.title}", part.line))
        for node in part._reading_order():
            if isinstance(node, Section):
                # -- a heading that carries its body is a measure; no separate heading line --
                if not any(m.id == node.id for m in node.measures):
                    blocks.append(Block(BlockKind.SECTION, node.id, f"{node.marker}{node.title}", node.line))
                blocks.extend(Block(BlockKind.MEASURE, m.id, m.text, m.line) for m in node.measures)
            else:
                blocks.append(Block(BlockKind.MEASURE, node.id, node.text, node.line))
    return blocks


def _comment_matched(match: Match, labels: dict, force: bool = False) -> str | None:
    # -- continued measures get no comment: they are most of a report and unchanged --
    if match.status is Status.CONTINUED and not force:
        return None
    parts = [labels[match.status]]
    if match.relation in ("split", "merged"):
        parts.append(labels[match.relation])
    parts.append(f"{labels['was']}{_place(match.old.id, labels)}")
    parts.append(display.similarity(match, labels["lang"]))
    return _with_moves(labels["sep"].join(parts), match, labels)


def _with_moves(note: str, match: Match, labels: dict) -> str:
    """``note`` with a line per sentence moved to or from another measure (句子移至一、（三）：…)."""
    return "\n".join([note, *display.sentence_move_lines(match, labels["lang"])])


def _comment_dropped(match: Match, labels: dict) -> str:
    return labels["sep"].join([labels[Status.DROPPED], f"{labels['was']}{_place(match.old.id, labels)}"])


def _place(identifier: str, labels: dict) -> str:
    """Return a measure's human label in the comment language (the id stays in JSON)."""
    return display.place(identifier, labels["lang"])
