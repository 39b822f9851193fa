"""A report's table in the Word redline as a real ``w:tbl``: merged cells merged as in the
input where they hold (``RevisedRow.spans``: ``w:gridSpan``, ``w:vMerge``); rows inserted or deleted as rows
(``w:trPr/w:ins``, ``w:trPr/w:del``, ISO/IEC 29500-1 §17.13.5.18/§17.13.5.14 — and every run of
such a row in ``w:ins``/``w:del`` as Word writes it, so that a reader of runs alone resolves it
too), a row of both years with its changed words revised inside the cells.

Works on plain lxml through ``_revisions`` (``new_element``), so the python-docx document and the
light document get the same table.
"""

from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING

from lxml import etree

from reportdiff.render import _revisions as rev
from reportdiff.render._docx_paragraphs import xml_safe
from reportdiff.render._docx_summary_tables import TABLE_POINTS, column_widths
from reportdiff.render._revisions import DEL, INS, MOVE_FROM, MOVE_TO, new_element, qn
from reportdiff.render.pictographs import printable_segments

if TYPE_CHECKING:
    from reportdiff.render.table_redline import RevisedRow

#: The text width of the redline's A4 page (210 mm less 28 + 26 mm margins), in twips: used
#: where a template's section gives no page size.
_TEXT_WIDTH = 8844
#: Header rows shaded as the cover page's tables are.
_HEAD_FILL = "D9D9D9"
_BORDERS = ("top", "left", "bottom", "right", "insideH", "insideV")
#: A paragraph mark's revisions that come on Accept All, and those that go.
_COMING = (qn("w:ins"), qn("w:moveTo"))
_GOING = (qn("w:del"), qn("w:moveFrom"))
#: The revision a row of each mode carries in its w:trPr.
_ROW_MARKS = {INS: INS, DEL: DEL, MOVE_FROM: DEL, MOVE_TO: INS}


def write_table(document, rows: list[RevisedRow], writer: rev.RevisionWriter,
                move: tuple[str, str] | None = None) -> None:
    """Append ``rows`` to the body of ``document`` (python-docx's or the light one) as a table;
    ``move`` (``moveFrom`` or ``moveTo``, the move's name): the table is the move's range."""
    if not rows:
        return
    body = document.element.find(qn("w:body"))
    columns = max(len(row.cells) for row in rows)
    shown = [tuple("".join(text for text, _ in cell) for cell in row.cells) + ("",) * (columns - len(row.cells))
             for row in rows]
    widths = column_widths(shown, _text_width(body), round(TABLE_POINTS * 20))
    table = new_element(body, "w:tbl")
    end = body.find(qn("w:sectPr"))
    if end is not None:
        end.addprevious(table)
    else:
        body.append(table)
    _properties(table, widths)
    for row in rows:
        _row(table, row, widths, writer)
    _mark_off_table(table, writer)
    if move is not None:
        writer.move_range_around(table, table, *move)


def _mark_off_table(table, writer: rev.RevisionWriter) -> None:
    """A paragraph right above the table whose mark is deleted or inserted (a dropped table's
    caption, a new table's caption or heading) loses that mark's revision: its mark cannot join
    the table, and LibreOffice's Accept All (Reject All) left an empty paragraph there.

    Where the paragraph above has a plain mark, that one takes the revision and joins the
    caption's paragraph instead; where its mark has the other revision (a deleted sentence
    above a new heading), the two paragraphs become one with a plain mark, each one's runs
    still revised. Either way the paragraph left right above the table shows, after Accept All
    and after Reject All, the look of the paragraph whose mark each keeps: its properties are
    the accepted paragraph's, and a w:pPrChange gives the rejected one's where they differ (a
    heading above a caption keeps its own look, and so does the caption). Left as it is where
    the paragraph above is no paragraph or has the same revision."""
    caption = table.getprevious()
    if caption is None or caption.tag != qn("w:p"):
        return
    mark = _mark_revision(caption)
    above = caption.getprevious()
    if mark is None or above is None or above.tag != qn("w:p"):
        return
    inserted = mark.tag in _COMING
    above_mark = _mark_revision(above)
    if above_mark is not None and (above_mark.tag in _COMING) == inserted:
        return
    # -- a moved caption's mark (moveTo, moveFrom) goes as an inserted or deleted one: away from
    #    its paragraph it is out of the move's range, and comes or goes all the same --
    mark.tag = qn("w:ins") if inserted else qn("w:del")
    # -- the mark that stays after Accept All is the caption's where it was inserted, the one
    #    above (now carrying the deletion, or no revision once merged) where it was deleted --
    accepted, rejected = (_look(caption), _look(above)) if inserted else (_look(above), _look(caption))
    alike = etree.tostring(accepted) == etree.tostring(rejected)
    _remove_revision(mark)
    if above_mark is None:
        _properties_mark(above).append(mark)
    else:
        _remove_revision(above_mark)
        at = 1 if caption.find(qn("w:pPr")) is not None else 0
        for child in [c for c in above if c.tag != qn("w:pPr")]:
            caption.insert(at, child)
            at += 1
        above.getparent().remove(above)
    own = caption.find(qn("w:pPr"))
    marks = own.find(qn("w:rPr")) if own is not None else None
    if own is not None:
        caption.remove(own)
    properties = accepted
    if marks is not None and len(marks):
        properties.append(marks)
    caption.insert(0, properties)
    if not alike:
        writer.change_properties(properties, rejected)


def _look(paragraph):
    """A copy of ``paragraph``'s w:pPr without its mark (w:rPr), w:sectPr and w:pPrChange:
    what the paragraph looks like."""
    properties = paragraph.find(qn("w:pPr"))
    copied = deepcopy(properties) if properties is not None else new_element(paragraph, "w:pPr")
    for tag in ("w:rPr", "w:sectPr", "w:pPrChange"):
        for child in copied.findall(qn(tag)):
            copied.remove(child)
    return copied


def _remove_revision(revision) -> None:
    """Take a mark's w:ins or w:del off, and the emptied w:rPr with it."""
    marks = revision.getparent()
    marks.remove(revision)
    if not len(marks):
        marks.getparent().remove(marks)


def _mark_revision(paragraph):
    """The w:ins, w:del, w:moveTo or w:moveFrom on ``paragraph``'s mark (w:pPr/w:rPr), or None."""
    marks = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
    if marks is None:
        return None
    return next((child for child in marks if child.tag in (*_COMING, *_GOING)), None)


def _properties_mark(paragraph):
    """``paragraph``'s w:pPr/w:rPr, made where missing (after every other pPr child but
    sectPr and pPrChange)."""
    properties = paragraph.find(qn("w:pPr"))
    if properties is None:
        properties = new_element(paragraph, "w:pPr")
        paragraph.insert(0, properties)
    marks = properties.find(qn("w:rPr"))
    if marks is None:
        marks = new_element(properties, "w:rPr")
        tail = next((t for t in (properties.find(qn("w:sectPr")), properties.find(qn("w:pPrChange"))) if t is not None), None)
        if tail is not None:
            tail.addprevious(marks)
        else:
            properties.append(marks)
    return marks


def _properties(table, widths: list[int]) -> None:
    properties = _child(table, "w:tblPr")
    _child(properties, "w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"})
    _child(properties, "w:jc", {"w:val": "center"})
    borders = _child(properties, "w:tblBorders")
    for side in _BORDERS:
        _child(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "auto"})
    _child(properties, "w:tblLayout", {"w:type": "fixed"})
    grid = _child(table, "w:tblGrid")
    for width in widths:
        _child(grid, "w:gridCol", {"w:w": str(width)})


def _row(table, row: RevisedRow, widths: list[int], writer: rev.RevisionWriter) -> None:
    tr = _child(table, "w:tr")
    row_properties = _child(tr, "w:trPr")
    # -- CT_TrPr: the row's own properties (gridAfter, tblHeader) before its revision mark --
    if len(row.cells) < len(widths):
        _child(row_properties, "w:gridAfter", {"w:val": str(len(widths) - len(row.cells))})
    if row.head and row.mode == "plain" and _leading_head(table, tr):
        _child(row_properties, "w:tblHeader")  # -- repeated on each page the table runs over --
    if row.mode in _ROW_MARKS:
        # -- a moved table's rows go (moved from) and come (moved to) as rows: CT_TrPr knows
        #    no move, Word marks them deleted and inserted, their text moved --
        writer.mark_row(tr, _ROW_MARKS[row.mode])
    for index, (cell, width) in enumerate(zip(row.cells, widths)):
        down, across = row.spans[index] if row.spans else (1, 1)
        if not down:
            continue  # -- covered by the merged cell before it in the row --
        tc = _child(tr, "w:tc")
        cell_properties = _child(tc, "w:tcPr")
        _child(cell_properties, "w:tcW", {"w:w": str(sum(widths[index:index + across])), "w:type": "dxa"})
        # -- CT_TcPr: tcW, gridSpan, vMerge, …, shd --
        if across > 1:
            _child(cell_properties, "w:gridSpan", {"w:val": str(across)})
        if down > 1:
            _child(cell_properties, "w:vMerge", {"w:val": "restart"})
        elif down < 0:
            _child(cell_properties, "w:vMerge")  # -- goes on with the merged cell above --
        if row.head:
            _child(cell_properties, "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": _HEAD_FILL})
        p = _child(tc, "w:p")
        paragraph_properties = _child(p, "w:pPr")
        # -- a little over single spacing, no first-line indent: not the body's 28 pt lines --
        _child(paragraph_properties, "w:spacing", {"w:before": "20", "w:after": "20", "w:line": "264",
                                                   "w:lineRule": "auto"})
        _child(paragraph_properties, "w:ind", {"w:firstLine": "0", "w:firstLineChars": "0"})
        _child(paragraph_properties, "w:jc", {"w:val": "left"})
        group: list = []
        kind_of_group = None
        for text, kind in [*printable_segments(list(cell)), ("", "end")]:
            if group and kind != kind_of_group:
                if kind_of_group is not None:
                    writer.wrap(group, kind_of_group)
                group = []
            if kind == "end":
                break
            group.append(_run(p, text, bold=row.head))
            kind_of_group = kind


def _run(p, text: str, *, bold: bool):
    r = _child(p, "w:r")
    run_properties = _child(r, "w:rPr")
    if bold:
        _child(run_properties, "w:b")
    size = str(round(TABLE_POINTS * 2))
    _child(run_properties, "w:sz", {"w:val": size})
    _child(run_properties, "w:szCs", {"w:val": size})
    t = _child(r, "w:t", {"xml:space": "preserve"})
    t.text = xml_safe(text)
    return r


def _leading_head(table, tr) -> bool:
    """Word repeats header rows only from the table's first row on, without a gap."""
    rows = table.findall(qn("w:tr"))
    return all(row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for row in rows[:rows.index(tr)])


def _child(parent, tag: str, attrs: dict[str, str] | None = None):
    element = new_element(parent, tag, {qn(name): value for name, value in (attrs or {}).items()})
    parent.append(element)
    return element


def _text_width(body) -> int:
    """The width between the margins of the body's section, in twips."""
    section = body.find(qn("w:sectPr"))
    size = section.find(qn("w:pgSz")) if section is not None else None
    margins = section.find(qn("w:pgMar")) if section is not None else None
    try:
        return int(size.get(qn("w:w"))) - int(margins.get(qn("w:left"))) - int(margins.get(qn("w:right")))
    except (AttributeError, TypeError, ValueError):
        return _TEXT_WIDTH


__all__ = ["write_table"]
