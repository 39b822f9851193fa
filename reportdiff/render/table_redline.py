"""A table of two years as revisions a reviewer can accept or reject: row by row, cell by cell.

Rows are paired as ``tables.pair_rows`` pairs them for every output (by their key, the
indicator: 地区生产总值增长 | 6% | 6.5%, in order, then rows left between two pairs that still
look like one row: the indicator reworded, or a cell alike). A row only last year's table has is deleted whole, one only this
year's inserted whole; a row of both keeps its place and each changed cell is redlined word by
word. Reading the rows in order without the inserted ones (and the inserted words) gives the old
table exactly; without the deleted ones, the new table: the Word redline writes these rows as a
``w:tbl`` with row and run revisions, the HTML page as a table with ``ins``/``del``.

Two paired rows with a different number of cells (a column added) are written as the old row
deleted and the new one inserted: a cell has no revision of its own that Word and LibreOffice
both honour. The page and Markdown show such a pair as one row.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportdiff import lazy_re
from reportdiff.diff import redline
from reportdiff.models import Table
from reportdiff.normalize import key as normal_key
from reportdiff.render._docx_runs import tracked
from reportdiff.render._revisions import DEL, INS, MOVE_FROM, MOVE_TO
from reportdiff.tables import ALIKE_INDICATORS, RowPair, pair_rows

#: A run of spaces setting words of a cell or caption apart (kept, as a separator, in the split).
_SPACES = lazy_re.compile(r"(\s+)")

Segment = tuple[str, "str | None"]
"""(text, revision kind) of one run; kind None is text both years share."""


@dataclass(frozen=True, slots=True)
class RevisedRow:
    """One row of a table redline."""

    mode: str
    """``plain`` (both years), ``ins`` (this year only) or ``del`` (last year only); ``moveFrom``
    or ``moveTo`` for a row of a table that moved (``moved_rows``)."""
    cells: tuple[tuple[Segment, ...], ...]
    """Each cell's runs; in an inserted or deleted row every run carries the row's kind."""
    head: bool = False
    """A header or title row (no data row key): shown bold, repeated on each page."""
    spans: tuple[tuple[int, int], ...] = ()
    """Where the table merges cells here, each cell's (rows, columns): a merged cell's first
    cell (rows down, columns across), (-1, columns) for a cell continuing a merge from the row
    above, (0, 0) for a cell a merged cell before it in the row covers. Empty: none."""

    @property
    def changed(self) -> bool:
        return self.mode != "plain" or any(kind is not None for cell in self.cells for _, kind in cell)

    def text(self, side: str) -> tuple[str, ...]:
        """The row's cells as one year has them (``old`` or ``new``)."""
        gone = INS if side == "old" else DEL
        return tuple("".join(text for text, kind in cell if kind != gone) for cell in self.cells)


def table_rows(table: Table | None) -> list[tuple[str, ...]]:
    """A table's non-blank rows, each cell stripped (as the outline's table block holds them)."""
    if table is None:
        return []
    return [tuple(cell.strip() for cell in row) for row in table.rows if any(cell.strip() for cell in row)]


def revised_rows(old: Table | None, new: Table | None, pairs: tuple[RowPair, ...] | None = None) -> list[RevisedRow]:
    """The rows of ``new`` against ``old`` (either may be None: a table one year only has) as
    ``pairs`` pairs them (``tables.pair_rows`` where not given), each year's rows in their order."""
    if pairs is None:
        pairs = pair_rows(old, new)
    found: list[RevisedRow] = []
    rows_of: list[tuple[int | None, int | None]] = []  # -- (old row, new row) each written row shows --

    def cells(table: Table, index: int) -> tuple[str, ...]:
        return tuple(cell.strip() for cell in table.rows[index])

    for pair in pairs:
        was = cells(old, pair.old) if pair.old is not None else None
        now = cells(new, pair.new) if pair.new is not None else None
        if was is not None and now is not None and len(was) == len(now):
            found.append(RevisedRow("plain", tuple(tuple(cell_segments(a, b)) for a, b in zip(was, now)), pair.head))
            rows_of.append((pair.old, pair.new))
            continue
        # -- a row of one year, or of both at another width (a column added: no cell revision
        #    that Word and LibreOffice both honour), deleted then inserted --
        if was is not None:
            found.append(RevisedRow("del", tuple(((cell, DEL),) if cell else () for cell in was), pair.head))
            rows_of.append((pair.old, None))
        if now is not None:
            found.append(RevisedRow("ins", tuple(((cell, INS),) if cell else () for cell in now), pair.head))
            rows_of.append((None, pair.new))
    return _merged(found, rows_of, old, new)


def moved_rows(old: Table, new: Table, pairs: tuple[RowPair, ...] | None, kind: str) -> list[RevisedRow]:
    """The rows of a table that moved, as Word moves a paragraph with its edits: ``moveTo`` this
    year's rows where the table stands now, the words both years share moved to and those added
    inserted; ``moveFrom`` last year's rows where it stood, the words shared moved from and those
    gone deleted. Every row of either side comes or goes whole (``RevisedRow.mode`` ``kind``),
    so each place reads one year's table once the revisions are accepted or rejected."""
    if pairs is None:
        pairs = pair_rows(old, new)
    coming = kind == MOVE_TO
    table = new if coming else old
    # -- each row's counterpart in the other year, where the pairing keeps it in place --
    partner = {(pair.new if coming else pair.old): (pair.old if coming else pair.new) for pair in pairs
               if pair.old is not None and pair.new is not None and pair.moved is None}
    other = old if coming else new
    own = INS if coming else DEL  # -- the words this side alone has --
    found: list[RevisedRow] = []
    for index, row in enumerate(table.rows):
        cells = tuple(cell.strip() for cell in row)
        at = partner.get(index)
        was = tuple(cell.strip() for cell in other.rows[at]) if at is not None else None
        if was is None or len(was) != len(cells):
            found.append(RevisedRow(kind, tuple(((cell, own),) if cell else () for cell in cells), _head(pairs, index, coming)))
            continue
        found.append(RevisedRow(kind, tuple(_moved_cell(cell, then, kind, own) for then, cell in zip(was, cells)),
                                _head(pairs, index, coming)))
    rows_of = [((None, index) if coming else (index, None)) for index in range(len(table.rows))]
    return _merged(found, rows_of, None if coming else old, new if coming else None)


def _moved_cell(cell: str, other: str, kind: str, own: str) -> tuple[Segment, ...]:
    """One side's cell of a moved table against the other year's: its own text moved where both
    read alike (script and width aside), else the words both share moved and its own ``own``."""
    if normal_key(cell) == normal_key(other):
        return ((cell, kind),) if cell else ()
    # -- cell_segments runs old → new: this side keeps the words both share and its own --
    pieces = cell_segments(other, cell) if own == INS else cell_segments(cell, other)
    return tuple((text, kind if revision is None else own) for text, revision in pieces if revision in (None, own))


def _head(pairs: tuple[RowPair, ...], index: int, coming: bool) -> bool:
    """Whether row ``index`` of one year's table (the new one's where ``coming``) is a header row."""
    return any(pair.head for pair in pairs if (pair.new if coming else pair.old) == index)


def _merged(rows: list[RevisedRow], rows_of: list[tuple[int | None, int | None]], old: Table | None,
            new: Table | None) -> list[RevisedRow]:
    """``rows`` with the tables' merged cells where they hold in the redline: this year's merges
    on rows of this year (plain or inserted), last year's on deleted rows; a merge over rows
    written one after another with one revision mode, each cell it covers empty in both years
    (so Accept All and Reject All read the same texts as without it)."""
    spans = [[(1, 1)] * len(row.cells) for row in rows]
    used = False
    for side, table in ((1, new), (0, old)):
        if table is None or not table.merged:
            continue
        at = {index[side]: place for place, index in enumerate(rows_of) if index[side] is not None
              and (rows[place].mode not in ("del", MOVE_FROM)) == bool(side)}
        for row, column, down, across in table.merged:
            places = [at.get(row + k) for k in range(down)]
            if None in places or places != list(range(places[0], places[0] + down)):
                continue
            if len({rows[place].mode for place in places}) != 1:
                continue  # -- a merge over rows that come and go apart cannot stay one cell --
            covered = [(place, c) for place in places for c in range(column, column + across)][1:]
            if any(c >= len(rows[place].cells) or spans[place][c] != (1, 1) or rows[place].cells[c]
                   for place, c in covered) or column >= len(rows[places[0]].cells):
                continue
            for k, place in enumerate(places):
                spans[place][column] = (down, across) if k == 0 else (-1, across)
                for c in range(column + 1, column + across):
                    spans[place][c] = (0, 0)
            used = True
    if not used:
        return rows
    return [RevisedRow(row.mode, row.cells, row.head, tuple(cells)) for row, cells in zip(rows, spans)]


def cell_segments(old: str, new: str) -> list[Segment]:
    """A cell of both years as runs: plain where alike (script and width aside: the new text),
    else the word-level redline (170.81万件 → 182.4万件 changes the figure, not the label),
    else the old text deleted and the new inserted."""
    if normal_key(old) == normal_key(new):
        return [(new, None)] if new else []
    old_pieces, new_pieces = _SPACES.split(old.strip()), _SPACES.split(new.strip())
    if 1 < len(new_pieces) == len(old_pieces) and old == old.strip() and new == new.strip():
        # -- words set apart by spaces (表2  2024年…: the number, then the year) are words apart:
        #    spacing does not count in a redline's tokens, which would run 2 2024 into one --
        found: list[Segment] = []
        for k in range(0, len(new_pieces), 2):
            if k:
                found += cell_segments(old_pieces[k - 1], new_pieces[k - 1]) if old_pieces[k - 1] != new_pieces[k - 1] \
                    else [(new_pieces[k - 1], None)]
            found += cell_segments(old_pieces[k], new_pieces[k])
        return found
    runs = tracked(redline(old, new))
    if "".join(t for t, k in runs if k != DEL) != new or "".join(t for t, k in runs if k != INS) != old:
        # -- a redline that does not spell both cells (script changed beside a word): whole --
        runs = [(old, DEL), (new, INS)]
    return [(text, kind) for text, kind in runs if text]


__all__ = ["ALIKE_INDICATORS", "RevisedRow", "cell_segments", "moved_rows", "revised_rows", "table_rows"]
