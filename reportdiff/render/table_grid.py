"""A table of the report as a reader sees it in a comparison: every row, cells changed marked.

The HTML page and Markdown show each table whole (``tables.py`` lists only what changed), rows
as ``TableChange.pairs`` pairs them (as the Word redline does): a row of both years with each
changed cell old → new, a row only this year has as new, last year's rows that are gone as
dropped where they stood. In a header row a column named as last year's is the same column;
in a data row a column headed by a year is set against that year's column, and a year new this
time against last year's latest (as ``tables`` pairs the cells: 2024→2025年, 468 → 503).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazy_re
from ..normalize import key as norm_key
from ..tables import TableChange, paired_rows


#: A year in a column's heading (2025年, 2025年目标).
_YEAR = lazy_re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True, slots=True)
class GridCell:
    old: str
    new: str

    @property
    def changed(self) -> bool:
        return norm_key(self.old) != norm_key(self.new)


@dataclass(frozen=True, slots=True)
class GridRow:
    status: str
    """``equal``, ``changed``, ``new`` or ``dropped``."""
    cells: tuple[GridCell, ...]
    head: bool = False
    """A header or title row (no data row key)."""
    moved: bool = False
    """A row the tables reordered: where it stood (``dropped``) and where it stands now (its
    cells against the row it was)."""
    spans: tuple[tuple[int, int], ...] = ()
    """Each cell's (rows, columns) where the table merges cells here; (0, 0) for a cell a
    merged cell covers (not shown on its own). Empty: no merged cell in the row."""


def _head(old: tuple[str, ...], new: tuple[str, ...]) -> GridRow:
    """A header row against last year's: a column named as last year is the same column
    (2025年目标 in both, wherever it stands); another is set against last year's name at its
    place, unless that name stands elsewhere now (then the column is new)."""
    names, now = {norm_key(cell) for cell in old if cell}, {norm_key(cell) for cell in new if cell}

    def before(index: int) -> str:
        # -- last year's name at this place, unless that column stands elsewhere now (2025年) --
        cell = old[index] if index < len(old) else ""
        return "" if norm_key(cell) in now else cell

    def last_years(cell: str) -> str:
        # -- a year new this time under a heading last year had for an earlier year: the
        #    column the data rows set it against (tables._cell_pairs: 2024年 → 2025年) --
        year = _YEAR.search(cell)
        earlier = [(found.group(), was) for was in old if (found := _YEAR.search(was)) and found.group() < year.group()
                   and norm_key(_YEAR.sub("", was)) == norm_key(_YEAR.sub("", cell))]
        return max(earlier)[1] if earlier else ""

    def moved_on(cell: str) -> bool:
        return bool(_YEAR.search(cell)) and any(_YEAR.search(was) and norm_key(was) in now for was in old)

    cells = tuple(GridCell(cell, cell) if cell and norm_key(cell) in names
                  else GridCell(last_years(cell), cell) if cell and moved_on(cell)
                  else GridCell(before(i), cell)
                  for i, cell in enumerate(new))
    return GridRow("changed" if any(cell.changed for cell in cells) else "equal", cells, True)


def table_grid(change: TableChange) -> list[GridRow]:
    """Return the rows to show for one table of the comparison, in the order and pairing of
    ``change.pairs`` (the one row pairing every output shows)."""
    # -- a merged cell's text in each row it spans: the same words kept merged one year and
    #    written in each row the next are no change --
    old_rows = change.old.filled_rows if change.old is not None else ()
    new_rows = change.new.filled_rows if change.new is not None else ()
    cells_of = paired_rows(change.old, change.new, change.pairs) if change.old is not None and change.new is not None else {}
    shown: list[GridRow] = []
    # -- which row of each year each shown row is: where the tables' merged cells go --
    sides: list[tuple[int | None, int | None]] = []
    for pair in change.pairs:
        sides.append((pair.old if pair.moved is None else None, pair.new))
        if pair.moved is not None and pair.new is not None and pair.new in cells_of:
            cells = tuple(GridCell(was, now) for _, was, now in cells_of[pair.new])
            shown.append(GridRow("changed" if any(cell.changed for cell in cells) else "equal", cells, moved=True))
        elif pair.moved is not None and pair.old is not None:
            shown.append(GridRow("dropped", tuple(GridCell(cell, "") for cell in old_rows[pair.old]), pair.head, True))
        elif pair.old is None:
            shown.append(GridRow("new", tuple(GridCell("", cell) for cell in new_rows[pair.new]), pair.head))
        elif pair.new is None:
            shown.append(GridRow("dropped", tuple(GridCell(cell, "") for cell in old_rows[pair.old]), pair.head))
        elif pair.head:
            shown.append(_head(old_rows[pair.old], new_rows[pair.new]))
        else:
            # -- the cells as the row's changes pair them: a column by its year where headers
            #    name years (2025年 against 2025年), else by position --
            cells = tuple(GridCell(was, now) for _, was, now in cells_of[pair.new])
            shown.append(GridRow("changed" if any(cell.changed for cell in cells) else "equal", cells))
    return _merged(shown, sides, change)


def _merged(shown: list[GridRow], sides: list[tuple[int | None, int | None]], change: TableChange) -> list[GridRow]:
    """``shown`` with the tables' merged cells where they still hold on the grid: a merge of this
    year's table over rows shown one after another (no row of last year's between them), its
    covered cells saying what the merged cell says (down) or nothing (across), in both years;
    last year's merges where each row it spans is last year's alone. Elsewhere the cells stand
    apart, each with its text: a merge one year only is no change to show."""
    spans = [list(row.spans) or [(1, 1)] * len(row.cells) for row in shown]
    used = False
    for side, table in ((1, change.new), (0, change.old)):
        if table is None:
            continue
        at = {index[side]: place for place, index in enumerate(sides) if index[side] is not None
              and (side == 1 or index[1] is None)}
        for row, column, down, across in table.merged:
            places = [at.get(row + k) for k in range(down)]
            if None in places or places != list(range(places[0], places[0] + down)):
                continue
            first = shown[places[0]]
            cells = [(place, c) for place in places for c in range(column, column + across)]
            if any(c >= len(shown[place].cells) or spans[place][c] != (1, 1) for place, c in cells):
                continue  # -- off the grid as shown, or over another merge --
            if not all(_covers(first, shown[place], column, c, side) for place, c in cells[1:]):
                continue
            for place, c in cells:
                spans[place][c] = (0, 0)
            spans[places[0]][column] = (down, across)
            used = True
    if not used:
        return shown
    return [GridRow(row.status, row.cells, row.head, row.moved, tuple(cells)) for row, cells in zip(shown, spans)]


def _covers(first: GridRow, row: GridRow, column: int, at: int, side: int) -> bool:
    """Whether cell ``at`` of ``row`` may go under the merged cell opening ``first`` at ``column``:
    below it, it says what the merged cell says (in each year the row has); beside it, nothing."""
    cell = row.cells[at]
    if at != column:
        return not (cell.old or cell.new)
    origin = first.cells[column]
    alike_new = cell.new == origin.new or row.status == "dropped"
    alike_old = cell.old == origin.old or row.status == "new"
    return alike_new and alike_old if side else cell.old == origin.old


def table_caption(change: TableChange) -> GridCell:
    """The line naming the table in each year (``Table.caption``, empty where a year has none):
    shown right above the grid, as it stood above the table, struck and inserted where it changed."""
    return GridCell(change.old.caption if change.old else "", change.new.caption if change.new else "")


def table_places(comparison) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Where each table of the comparison stood: (``new``/``old``, the id of the measure just
    before it in that report; ``new:before``/``old:before`` and the id of the measure after it
    where the table opens its part; ``part`` and the id of a part holding nothing but the table)
    → the (anchor, name) of the tables there. A table the new
    report has stands in the new report's outline; one only the old report had, in the old's."""
    places: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for index, change in enumerate(comparison.tables, 1):
        side, table = ("new", change.new) if change.new is not None else ("old", change.old)
        report = comparison.new if side == "new" else comparison.old
        before = [measure for measure in report.measures if measure.line < table.line]
        part = next((block.id for block in reversed(report.blocks)
                     if block.kind.value == "part" and block.line < table.line), None)
        after = [measure for measure in report.measures if measure.line > table.line and measure.part_id == part]
        place = (f"t-{index}", change.ids)
        if before and (part is None or max(before, key=lambda m: m.line).part_id == part):
            measure = max(before, key=lambda measure: measure.line)
            places.setdefault((side, measure.id), []).append(place)
        elif after:
            # -- the table opens its part (under the heading, its lead-in its caption): the
            #    reference goes before the part's first measure, not after the last part's --
            measure = min(after, key=lambda measure: measure.line)
            places.setdefault((f"{side}:before", measure.id), []).append(place)
        elif part is not None and side == "new":
            places.setdefault(("part", part), []).append(place)  # -- a part holding the table alone --
        elif before:
            places.setdefault((side, max(before, key=lambda m: m.line).id), []).append(place)
    return places


__all__ = ["GridCell", "GridRow", "table_caption", "table_grid", "table_places"]
