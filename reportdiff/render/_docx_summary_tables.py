"""Tables of the Word summary and cover page (counts, figures, promises, expressions): a centred
grid in 五号, each column as wide as its longest cell needs, status marks in a Chinese font.
"""

from __future__ import annotations

from reportdiff import display
from reportdiff.render import _revisions as rev
from reportdiff.render._docx_paragraphs import set_style, xml_safe

#: Table text size (五号, as tables in official documents print): the summary's tables hold
#: short cells side by side, which the body's 三号 would wrap onto several lines.
TABLE_POINTS = 10.5
#: Word's default left plus right cell margin (0.08 inch each side), in twips.
_CELL_MARGINS = 216
#: A header word may wrap before its column is widened past this many ems.
_HEADER_EMS = 8


#: The font status marks are drawn in: one every Chinese system has (LibreOffice maps it to
#: Noto Serif CJK), whose ◐ and ⟳ are as large as the text.
MARK_FONT = "宋体"
_MARKS = frozenset(display.PROMISE_MARKS.values())


def table(document, rows: list[tuple[str, ...]], style,
          marks: dict[tuple[int, int], tuple[int, int]] | None = None, note: str = "") -> None:
    """A centred grid table of ``rows`` (first row the header), every cell in ``style``, each
    column as wide as its longest cell needs (a narrow change column, wide target columns);
    ``marks`` gives, by (row, column), a span of a cell's text set bold and underlined (the
    clause of a result that answers a plan); ``note`` a last row across every column (另有 203
    项数据仅一年的报告列出), which takes no column's width."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Length, Pt, Twips

    if note:
        rows = [*rows, (note,) + ("",) * (len(rows[0]) - 1)]
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        grid.style = document.styles["Table Grid"]
    except KeyError:
        pass  # a template without the grid style: plain table
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, (row, values) in enumerate(zip(grid.rows, rows)):
        for column, (cell, value) in enumerate(zip(row.cells, values)):
            cell.text = xml_safe(value)
            if marks and (span := marks.get((index, column))) is not None and "\n" not in value \
                    and len(xml_safe(value)) == len(value):
                _mark(cell.paragraphs[0], xml_safe(value), *span)
            for paragraph in cell.paragraphs:
                set_style(paragraph, style)
                # -- a little over single spacing, not the body's fixed 28 pt --
                paragraph.paragraph_format.line_spacing = 1.15
                paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(2)
                for run in paragraph.runs:
                    run.font.size = Pt(TABLE_POINTS)
                    run.bold = True if index == 0 else run.bold  # -- a marked clause stays bold --
                    if run.text[:1] in _MARKS:
                        # -- a status mark (◐ ⟳) drawn by a Chinese font: Latin fonts print them at
                        #    half the text's size, or borrow them so --
                        run.font.name = MARK_FONT
    section = document.sections[-1]
    text_width = Length(section.page_width - section.left_margin - section.right_margin).twips
    grid.autofit = False
    measured = rows[:-1] if note else rows
    for column, width in zip(grid.columns, column_widths(measured, text_width, round(TABLE_POINTS * 20))):
        column.width = Twips(width)
        for cell in column.cells:
            cell.width = Twips(width)
    if note and len(rows[0]) > 1:
        # -- one cell across the row: its text is said of the whole table --
        last = grid.rows[-1].cells
        merged = last[0].merge(last[-1])
        for paragraph in merged.paragraphs[1:]:
            # -- the merged cells' empty paragraphs would stand under the note as blank lines --
            paragraph._p.getparent().remove(paragraph._p)
    rev.repeat_header_row(grid.rows[0])


def _mark(paragraph, text: str, start: int, end: int) -> None:
    """Make the paragraph's one run three, the middle one (``text[start:end]``) bold and underlined."""
    paragraph.runs[0].text = text[:start]
    middle = paragraph.add_run(text[start:end])
    middle.bold = middle.underline = True
    paragraph.add_run(text[end:])


def _ems(text: str) -> float:
    """Printed width in ems: a Chinese or full-width character is one (so are — and “” in a
    Chinese font), Latin text about half; half an em more for the rounding a renderer does."""
    return sum(1.0 if ord(ch) >= 0x2000 else 0.55 for ch in text) + 0.5


#: A header of words may wrap onto this many lines (Last year's / result) before its column widens.
_HEADER_LINES = 3


def _header_ems(text: str) -> float:
    """A header's narrowest width in ems, its words wrapped onto at most ``_HEADER_LINES`` lines."""
    words = text.split(" ")

    def widest(start: int, lines: int) -> float:
        if lines == 1:
            return _ems(" ".join(words[start:]))
        return min([_ems(" ".join(words[start:]))] + [max(_ems(" ".join(words[start:cut])), widest(cut, lines - 1))
                                                      for cut in range(start + 1, len(words))])

    return widest(0, _HEADER_LINES)


def column_widths(rows: list[tuple[str, ...]], total: int, em: int) -> list[int]:
    """Column widths (twips) summing to ``total``: each column's need is its longest cell (a
    header counts up to ``_HEADER_EMS``); when the needs exceed the page the widest columns are
    cut to one common width first, so short columns keep their text on one line."""
    columns = len(rows[0])
    needs = []
    for i in range(columns):
        # -- a cell of several lines (two targets, one a line) needs its longest line --
        body = max((_ems(line) for row in rows[1:] if i < len(row) for line in row[i].split("\n")), default=0.0)
        needs.append(max(body, min(_header_ems(rows[0][i]), _HEADER_EMS), 2.0) * em + _CELL_MARGINS)
    if sum(needs) <= total:
        # -- room to spare: share it out in proportion, so the table spans the text width --
        widths = [need * total / sum(needs) for need in needs]
    else:
        cap, left, rest = total / columns, total, sorted(needs)
        for k, need in enumerate(rest):
            cap = left / (columns - k)
            if need > cap:
                break
            left -= need
        widths = [min(need, cap) for need in needs]
    rounded = [int(width) for width in widths]
    # -- whole twips that still sum to the text width, the odd ones to a widest column (never
    #    making a short column the widest by rounding alone) --
    rounded[rounded.index(max(rounded))] += total - sum(rounded)
    return rounded


__all__ = ["MARK_FONT", "TABLE_POINTS", "column_widths", "table"]
