"""Word redline: the new report as a .docx whose tracked changes lead back to the old report.

Accepting every change yields the new report's text, rejecting every change the old
report's (texts whose only differences are script or width show the new side plainly).

Layout decisions:

* Body: title, preamble, parts (Heading 1), sections (Heading 2) of the new report and one
  paragraph per measure. A measure with a word-level redline shows equal runs plain and
  edits as ``w:ins``/``w:del``; a renumbered marker is itself a small deletion+insertion so
  that rejecting all restores the old numbering.
* Old text with no place in the new order (dropped measures, the old side of moves, splits
  and merges) is written at its old place: right after the paragraph holding the old
  report's preceding measure (or right before the following one when that keeps it inside
  its own old section). This is what makes reject-all give the old order exactly.
* A moved measure is ``w:moveFrom`` at the old place and ``w:moveTo`` at the new place; the
  word-level edits are split between the two: the words the move dropped are ``w:del`` at
  the old place (beside the moved-from words), the words it added ``w:ins`` at the new
  place (beside the moved-to words); LibreOffice does not honour a ``w:del`` nested in a
  ``w:moveTo``, and this pairing resolves the same in Word and LibreOffice. Matched
  measures that kept their section but not their relative order are written as moves too.
  ``moves=False`` writes deletion + insertion instead.
* Splits and merges are written as the old paragraph(s) deleted and the new one(s) inserted:
  always right under accept and reject whatever the redlines hold.
* Revision dates: the ``date`` argument (datetime or ISO 8601 text, or ``"now"`` for the
  clock), else ``SOURCE_DATE_EPOCH``, else 2000-01-01T00:00:00Z. Output is byte-identical
  for identical inputs (fixed zip timestamps, core-property dates from the same date).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.shared import Mm, Pt, RGBColor

from reportdiff.models import BlockKind, Comparison, Match, Measure, MeasureKind, Op, Status
from reportdiff.normalize import key as normal_key
from reportdiff.render import _revisions as rev
from reportdiff.render._revisions import DEL, INS, MOVE_FROM, MOVE_TO
from reportdiff.render.labels import labels as shared_labels

DEFAULT_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
COVER_STYLE = "reportdiff Cover"
"""Paragraph style of the optional cover page; tools reading the body can skip it."""

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# -- words only this renderer uses; status names and the rest come from render.labels --
_EXTRA = {
    "zh": {"moved_away": "移出", "sep": " · ", "list": "、", "cover": "比较摘要", "count": "数量", "status": "状态", "unit": "单位"},
    "en": {"moved_away": "moved away", "sep": " · ", "list": ", ", "cover": "Comparison summary", "count": "count", "status": "status",
           "unit": "unit"},
}


def _labels(lang: str) -> dict:
    table: dict = {**shared_labels(lang), **_EXTRA[lang]}
    table.update({status: table[status.value] for status in Status})
    return table


@dataclass
class _Item:
    """One paragraph of the body, planned before anything is written."""

    kind: str  # title | preamble | h1 | h2 | other | measure
    text: str = ""
    mode: str = ""  # for measures: plain | ins | del | moveFrom | moveTo
    match: Match | None = None
    comment: str | None = None
    move_name: str | None = None
    segments: list[tuple[str, str | None]] = field(default_factory=list)
    outline: int | None = None


def render_docx(
    comparison: Comparison,
    *,
    author: str = "reportdiff",
    date: dt.datetime | str | None = None,
    moves: bool = True,
    summary: bool = False,
    template: str | os.PathLike[str] | None = None,
    lang: str = "zh",
) -> bytes:
    """Return the bytes of a .docx redlining ``comparison.old`` into ``comparison.new``."""
    labels = _labels(lang)
    when = _resolve_date(date)
    document = _new_document(template)
    writer = rev.RevisionWriter(author, when, first_id=rev.max_annotation_id([document.element]) + 1)
    _set_properties(document, comparison, author, when, lang)
    if summary:
        _write_cover(document, comparison, labels, lang)
    # -- python-docx looks styles up by name with a scan of styles.xml: do it once --
    styles = {name: document.styles[name] for name in ("Title", "Heading 1", "Heading 2")}
    for item in _plan(comparison, moves=moves, labels=labels, writer=writer):
        _write_item(document, item, writer, author, when, styles)
    return _deterministic_zip(document)


# ---------------------------------------------------------------- planning


def _plan(comparison: Comparison, *, moves: bool, labels: dict, writer: rev.RevisionWriter) -> list[_Item]:
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

    pairs = [
        m for m in comparison.matches
        if m.old is not None and m.new is not None and not regrouped(m)
        and m.status is not Status.MOVED
    ]
    in_order = _longest_increasing([m for m in pairs if m.old.id in old_index], old_index)

    new_items: dict[str, list[_Item]] = {}  # new measure id -> its paragraph(s)
    floating: dict[str, _Item] = {}  # old measure id -> the paragraph holding its old text
    fixed: dict[str, _Item] = {}  # old measure id -> in-place paragraph holding its old text
    unplaced: list[tuple[int, _Item]] = []  # floating holders of unknown old measures
    for position, match in enumerate(comparison.matches):
        old, new = match.old, match.new
        if new is None:
            item = _measure_item("del", match, _comment_dropped(match, labels))
            _float(old, item, floating, old_index, unplaced, position)
        elif old is None:
            new_items.setdefault(new.id, []).append(_measure_item("ins", match, labels[Status.NEW]))
        elif regrouped(match):
            relation = match.relation or ("split" if len(by_old[old.id]) > 1 else "merged")
            if old.id not in floating:
                nows = labels["list"].join(dict.fromkeys(m.new.id for m in by_old[old.id]))
                note = labels["sep"].join([labels[relation], f"{labels['now']} {nows}"])
                _float(old, _measure_item("del", match, note), floating, old_index, unplaced, position)
            if not any(i.mode == "ins" for i in new_items.get(new.id, ())):
                olds = labels["list"].join(dict.fromkeys(m.old.id for m in by_new[new.id]))
                note = labels["sep"].join(
                    [labels[match.status], labels[relation], f"{labels['was']} {olds}",
                     f"{labels['similarity']} {match.similarity:.2f}"]
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
            away = labels["sep"].join([labels["moved_away"], f"{labels['now']} {new.id}"])
            _float(old, _measure_item("moveFrom", match, away, name), floating, old_index, unplaced, position)
        else:
            note = _comment_matched(match, labels, force=True)
            new_items.setdefault(new.id, []).append(_measure_item("ins", match, note))
            _float(old, _measure_item("del", match, _comment_dropped(match, labels)),
                   floating, old_index, unplaced, position)

    items = _skeleton(comparison, new_items)
    _place_unknown(items, unplaced, comparison)
    _place_floating(items, comparison, floating, fixed)
    return items


def _float(old: Measure, item: _Item, floating: dict, old_index: dict, unplaced: list, position: int) -> None:
    if old.id in old_index:
        floating.setdefault(old.id, item)
    else:
        unplaced.append((position, item))


def _measure_item(mode: str, match: Match, comment: str | None, move_name: str | None = None) -> _Item:
    measure = match.new if mode in ("plain", "ins", "moveTo") else match.old
    outline = 1 if measure.kind is MeasureKind.HEADING else None
    return _Item("measure", mode=mode, match=match, comment=comment, move_name=move_name,
                 segments=_segments(mode, match), outline=outline)


def _skeleton(comparison: Comparison, new_items: dict[str, list[_Item]]) -> list[_Item]:
    """The new report's structure with each new measure's paragraph(s) at its place."""
    report = comparison.new
    items: list[_Item] = []
    blocks = report.blocks or _synthetic_blocks(comparison)
    emitted: set[str] = set()
    if report.title and not any(b.kind is BlockKind.TITLE for b in blocks):
        items.append(_Item("title", text=report.title))
    for block in blocks:
        if block.id in new_items and block.kind not in (BlockKind.TITLE, BlockKind.PREAMBLE, BlockKind.PART):
            # -- a measure; also a heading with its body, or an unmarked paragraph the
            #    outline lists as "other": either way the measure's paragraph stands here --
            if block.id not in emitted:
                items.extend(new_items[block.id])
                emitted.add(block.id)
        elif block.kind is BlockKind.TITLE:
            items.append(_Item("title", text=block.text))
        elif block.kind is BlockKind.PREAMBLE:
            items.append(_Item("preamble", text=block.text))
        elif block.kind is BlockKind.PART:
            items.append(_Item("h1", text=block.text))
        elif block.kind is BlockKind.SECTION:
            items.append(_Item("h2", text=block.text))
        else:
            # -- text the parser kept outside any measure: shown as is, nothing may vanish --
            items.append(_Item("other", text=block.text))
    for measure_id, extra in new_items.items():  # safety net: never lose a measure
        if measure_id not in emitted:
            items.extend(extra)
    return items


def _synthetic_blocks(comparison: Comparison) -> list:
    """Outline blocks rebuilt from the parts when a report carries none (hand-built input)."""
    from reportdiff.models import Block, Section

    report = comparison.new
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


def _place_unknown(items: list[_Item], unplaced: list[tuple[int, _Item]], comparison: Comparison) -> None:
    """Old-text holders whose measure is not in the old report: after the match listed before them."""
    for position, item in unplaced:
        before = comparison.matches[position - 1] if position else None
        index = next((i + 1 for i, it in enumerate(items) if before is not None and it.match is before), None)
        if index is None:
            index = _first_measure_index(items)
        items.insert(index, item)


def _place_floating(items: list[_Item], comparison: Comparison, floating: dict, fixed: dict) -> None:
    """Put each old-text holder right after the holder of the old report's preceding measure."""
    old_measures = comparison.old.measures
    holders: dict[str, _Item] = dict(fixed)
    for i, measure in enumerate(old_measures):
        item = floating.get(measure.id)
        if item is None:
            continue
        prev = holders.get(old_measures[i - 1].id) if i else None
        nxt = old_measures[i + 1] if i + 1 < len(old_measures) else None
        own_section = measure.section_id or measure.part_id
        prev_section = (old_measures[i - 1].section_id or old_measures[i - 1].part_id) if i else None
        if nxt is not None and nxt.id in fixed and (prev is None or prev_section != own_section) and (
            (nxt.section_id or nxt.part_id) == own_section or prev is None
        ):
            # -- first of its old section: stay with that section, before its next survivor --
            index = _index_of(items, fixed[nxt.id])
        elif prev is not None:
            index = _index_of(items, prev) + 1
        else:
            index = _first_measure_index(items)
        items.insert(index, item)
        holders[measure.id] = item


def _index_of(items: list[_Item], target: _Item) -> int:
    return next(i for i, item in enumerate(items) if item is target)


def _first_measure_index(items: list[_Item]) -> int:
    return next((i for i, item in enumerate(items) if item.kind == "measure"), len(items))


def _longest_increasing(pairs: list[Match], old_index: dict[str, int]) -> set[int]:
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


def _comment_matched(match: Match, labels: dict, force: bool = False) -> str | None:
    # -- continued measures get no comment: they are most of a report and unchanged --
    if match.status is Status.CONTINUED and not force:
        return None
    parts = [labels[match.status]]
    if match.relation in ("split", "merged"):
        parts.append(labels[match.relation])
    parts.append(f"{labels['was']} {match.old.id}")
    parts.append(f"{labels['similarity']} {match.similarity:.2f}")
    return labels["sep"].join(parts)


def _comment_dropped(match: Match, labels: dict) -> str:
    return labels["sep"].join([labels[Status.DROPPED], f"{labels['was']} {match.old.id}"])


# ---------------------------------------------------------------- runs of one paragraph


def _segments(mode: str, match: Match) -> list[tuple[str, str | None]]:
    """(text, revision kind) runs of a measure paragraph; kind None is plain text."""
    old, new = match.old, match.new
    if mode == "ins":
        return [(new.marker, INS), (new.text, INS)]
    if mode == "del":
        return [(old.marker, DEL), (old.text, DEL)]
    valid = _redlines_valid(match)
    same_marker = normal_key(old.marker) == normal_key(new.marker)
    if mode == "moveFrom":
        # -- the old place: words that travel are moved-from, words the move dropped are
        #    deleted right here (LibreOffice and Word both resolve that pair correctly;
        #    a deletion nested inside the moveTo range is not honoured by LibreOffice) --
        segments = [(old.marker, MOVE_FROM if same_marker else DEL)]
        if not valid:
            segments.append((old.text, MOVE_FROM))
        else:
            for line in match.redlines:
                if line.op == Op.EQUAL:
                    segments.append((line.old_text if line.old_text is not None else line.text, MOVE_FROM))
                elif line.op == Op.DELETE:
                    segments.append((line.text, DEL))
        return [(text, kind) for text, kind in segments if text]
    if mode == "moveTo":
        segments = [(new.marker, MOVE_TO)] if same_marker else [(new.marker, INS)]
        if not valid:
            segments.append((new.text, MOVE_TO))
        else:
            segments += [(r.text, MOVE_TO if r.op == Op.EQUAL else INS) for r in match.redlines if r.op != Op.DELETE]
        return [(text, kind) for text, kind in segments if text]
    segments = [(new.marker, None)] if same_marker else [(old.marker, DEL), (new.marker, INS)]
    if valid:
        for line in match.redlines:
            segments.append((line.text, {Op.EQUAL: None, Op.DELETE: DEL, Op.INSERT: INS}[Op(line.op)]))
    elif normal_key(old.text) == normal_key(new.text):
        segments.append((new.text, None))
    else:
        segments += [(old.text, DEL), (new.text, INS)]
    return [(text, kind) for text, kind in segments if text]


def _redlines_valid(match: Match) -> bool:
    """Do the redlines spell both sides exactly? Otherwise the paragraph is replaced whole."""
    if not match.redlines:
        return False
    new_side = "".join(r.text for r in match.redlines if r.op != Op.DELETE)
    old_side = "".join(
        r.text if r.op == Op.DELETE else (r.old_text if r.old_text is not None else r.text)
        for r in match.redlines
        if r.op != Op.INSERT
    )
    return new_side == match.new.text and old_side == match.old.text


# ---------------------------------------------------------------- writing


def _write_item(document, item: _Item, writer: rev.RevisionWriter, author: str, when: dt.datetime,
                styles: dict) -> None:
    if item.kind == "title":
        _set_style(document.add_paragraph(item.text), styles["Title"])
        return
    if item.kind in ("h1", "h2"):
        _set_style(document.add_paragraph(item.text), styles["Heading 1" if item.kind == "h1" else "Heading 2"])
        return
    if item.kind != "measure":
        document.add_paragraph(item.text)
        return
    paragraph = document.add_paragraph()
    placed = [(paragraph.add_run(text), kind) for text, kind in item.segments]
    p = paragraph._p
    if item.comment and placed:
        comment = document.add_comment(
            [placed[0][0], placed[-1][0]], text=item.comment, author=author, initials=_initials(author)
        )
        rev.set_comment_date(comment, when)
        rev.move_comment_range_to_edges(p)
    # -- group neighbouring runs of the same kind into one revision element --
    group: list = []
    group_kind: str | None = None
    for run, kind in [*placed, (None, None)]:
        if run is not None and kind == group_kind:
            group.append(run._r)
            continue
        if group and group_kind is not None:
            writer.wrap(group, group_kind)
        group, group_kind = ([run._r], kind) if run is not None else ([], None)
    whole = {"ins": INS, "del": DEL, "moveFrom": MOVE_FROM, "moveTo": MOVE_TO}.get(item.mode)
    if whole is not None:
        refs = rev.comment_reference_runs(p)
        if refs:  # the comment marker goes and comes back with the paragraph
            writer.wrap(refs, whole)
        writer.mark_paragraph(p, whole)
    if item.mode in ("moveFrom", "moveTo"):
        writer.move_range(p, item.mode, item.move_name)
    if item.outline is not None:
        rev.set_outline_level(p, item.outline)


def _initials(author: str) -> str:
    return "".join(word[0] for word in author.split() if word)[:3].upper()


def _resolve_date(date: dt.datetime | str | None) -> dt.datetime:
    if isinstance(date, dt.datetime):
        return date if date.tzinfo else date.replace(tzinfo=dt.timezone.utc)
    if isinstance(date, str):
        if date == "now":
            return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        parsed = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return DEFAULT_DATE


# ---------------------------------------------------------------- document, styles, cover


def _new_document(template: str | os.PathLike[str] | None):
    if template is not None:
        document = Document(str(Path(template)))
        rev.clear_body(document.element.body)
        _ensure_styles(document)
        return document
    document = Document()
    _apply_typography(document)
    return document


def _ensure_styles(document) -> None:
    """A reviewer's template keeps its own styles; add only the ones it lacks."""
    styles = document.styles
    for name, level in (("Title", None), ("Heading 1", 0), ("Heading 2", 1)):
        try:
            styles[name]
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            if level is not None:
                rev.set_outline_level(style.element, level)


def _apply_typography(document) -> None:
    """GB/T 9704-style page and fonts: 仿宋 三号 body, 黑体/楷体 headings, 28pt lines."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)

    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(16)
    rev.set_fonts(normal, ascii_font="Times New Roman", east_asia="仿宋")
    fmt = normal.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(32)
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    rev.set_first_line_chars(normal, 200)

    for name, east_asia in (("Heading 1", "黑体"), ("Heading 2", "楷体")):
        style = styles[name]
        style.font.size = Pt(16)
        style.font.bold = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        rev.set_fonts(style, ascii_font="Times New Roman", east_asia=east_asia)
        hfmt = style.paragraph_format
        hfmt.space_before = hfmt.space_after = Pt(0)
        hfmt.line_spacing = Pt(28)
        hfmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY

    title = styles["Title"]
    title.font.size = Pt(22)
    title.font.color.rgb = RGBColor(0, 0, 0)
    rev.set_fonts(title, ascii_font="Times New Roman", east_asia="宋体")
    rev.remove_paragraph_borders(title)
    tfmt = title.paragraph_format
    tfmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tfmt.first_line_indent = Pt(0)
    rev.set_first_line_chars(title, 0)
    tfmt.line_spacing = Pt(36)
    tfmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    tfmt.space_before = Pt(0)
    tfmt.space_after = Pt(28)


def _set_properties(document, comparison: Comparison, author: str, when: dt.datetime, lang: str) -> None:
    props = document.core_properties
    props.title = comparison.new.title or ""
    props.subject = f"reportdiff: {comparison.old.source} → {comparison.new.source}"
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.keywords = "reportdiff"
    props.language = "en" if lang == "en" else "zh-CN"
    props.revision = 1
    naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props.created = props.modified = naive


def _write_cover(document, comparison: Comparison, labels: dict, lang: str) -> None:
    """Optional cover page: counts and changed figures, in its own style, ending in a page break."""
    styles = document.styles
    try:
        cover = styles[COVER_STYLE]
    except KeyError:
        cover = styles.add_style(COVER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        cover.base_style = styles["Normal"]
        cover.paragraph_format.first_line_indent = Pt(0)
        cover.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        rev.set_first_line_chars(cover, 0)
    heading = document.add_paragraph(labels["cover"], style=cover)
    heading.runs[0].bold = True
    for side, report in (("old_report", comparison.old), ("new_report", comparison.new)):
        year = f"（{report.year}）" if report.year else ""
        document.add_paragraph(f"{labels[side]}：{report.source}{year}", style=cover)
    counts = comparison.summary
    rows = [(labels[status], counts[status.value]) for status in Status]
    rows += [(labels[k], counts[k]) for k in ("split", "merged") if counts.get(k)]
    _table(document, [(labels["status"], labels["count"]), *[(a, str(b)) for a, b in rows]], cover)
    figures = [_figure_row(figure, lang) for figure in comparison.figures if _figure_changed(figure.to_json())]
    if figures:
        document.add_paragraph(labels["figures"], style=cover)
        header = (labels["label"], labels["old"], labels["new_side"], labels["change"])
        _table(document, [header, *figures], cover)
    document.add_paragraph(style=cover).add_run().add_break(WD_BREAK.PAGE)


def _figure_changed(data: dict) -> bool:
    """Changed figures only: a moved value, a side missing, or a growth claim that disagrees."""
    change = data.get("change")
    if data.get("old") is None or data.get("new") is None or data.get("claim_check") == "inconsistent":
        return True
    return change is None or change != 0


def _figure_row(figure, lang: str) -> tuple[str, ...]:
    change = figure.change_text(lang)
    if figure.claim is not None and figure.claim_check == "inconsistent":
        change += f"；{figure.claim.text}？" if lang == "zh" else f"; stated {figure.claim.text}?"
    return (figure.label, figure.old.raw if figure.old else "", figure.new.raw if figure.new else "", change)


def _table(document, rows: list[tuple[str, ...]], style) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        table.style = document.styles["Table Grid"]
    except KeyError:
        pass  # a template without the grid style: plain table
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
            for paragraph in cell.paragraphs:
                _set_style(paragraph, style)


def _set_style(paragraph, style) -> None:
    """Apply a paragraph style by id: python-docx's ``paragraph.style = …`` scans every style
    of styles.xml for the default one on each call, which dominated the render time."""
    paragraph._p.style = style.style_id


def _deterministic_zip(document) -> bytes:
    """Save, then rewrite the package with fixed timestamps (python-docx stamps the clock)."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, zipfile.ZipFile(
        out, "w", zipfile.ZIP_DEFLATED
    ) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


__all__ = ["COVER_STYLE", "DEFAULT_DATE", "render_docx"]
