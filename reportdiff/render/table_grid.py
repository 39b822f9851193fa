"""A table of the report as a reader sees it in a comparison: every row, cells changed marked.

The HTML page and Markdown show each table whole (``tables.py`` lists only what changed):
the new table's rows in order, a row found in last year's table by its key with each
changed cell old → new, a row only this year has as new, last year's rows that are gone
as dropped where they stood. Header and title rows pair with last year's in order, a
column named as last year's being the same column.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..normalize import key as norm_key
from ..tables import TableChange, paired_rows, row_keys


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


def _head(old: tuple[str, ...], new: tuple[str, ...]) -> GridRow:
    """A header row against last year's: a column named as last year is the same column
    (2025年目标 in both, wherever it stands); another is set against last year's name at its
    place, unless that name stands elsewhere now (then the column is new)."""
    names, now = {norm_key(cell) for cell in old if cell}, {norm_key(cell) for cell in new if cell}

    def before(index: int) -> str:
        # -- last year's name at this place, unless that column stands elsewhere now (2025年) --
        cell = old[index] if index < len(old) else ""
        return "" if norm_key(cell) in now else cell

    cells = tuple(GridCell(cell, cell) if cell and norm_key(cell) in names else GridCell(before(i), cell)
                  for i, cell in enumerate(new))
    return GridRow("changed" if any(cell.changed for cell in cells) else "equal", cells, True)


def table_grid(change: TableChange) -> list[GridRow]:
    """Return the rows to show for one table of the comparison (see the module's text)."""
    if change.new is None or change.old is None:
        table = change.new or change.old
        status = "new" if change.old is None else "dropped"
        keys = row_keys(table)
        return [GridRow(status, tuple(GridCell("", c) if status == "new" else GridCell(c, "") for c in row),
                        index not in keys) for index, row in enumerate(table.rows)]
    old_keys, new_keys = row_keys(change.old), row_keys(change.new)
    paired = paired_rows(change.old, change.new)
    old_heads = [index for index in range(len(change.old.rows)) if index not in old_keys]
    shown: list[GridRow] = []
    placed: dict[int, int] = {}  # -- old row index → where its counterpart stands in ``shown`` --
    heads = iter(old_heads)
    for index, cells in enumerate(change.new.rows):
        if index in paired:
            # -- the cells as the row's changes pair them: a column by its year where headers
            #    name years (2025年 against 2025年), else by position --
            before, pairs = paired[index]
            placed[before] = len(shown)
            found = tuple(GridCell(was, now) for _, was, now in pairs)
            shown.append(GridRow("changed" if any(cell.changed for cell in found) else "equal", found))
        elif index in new_keys:
            shown.append(GridRow("new", tuple(GridCell("", cell) for cell in cells)))
        else:
            before = next(heads, None)
            if before is None:
                shown.append(GridRow("new", tuple(GridCell("", cell) for cell in cells), True))
                continue
            placed[before] = len(shown)
            shown.append(_head(change.old.rows[before], cells))
    # -- last year's rows that are gone, after the row that stood before them --
    for index in reversed(range(len(change.old.rows))):
        if index in placed:
            continue  # -- shown with its counterpart --
        after = max((placed[i] for i in range(index) if i in placed), default=-1)
        shown.insert(after + 1, GridRow("dropped", tuple(GridCell(cell, "") for cell in change.old.rows[index]),
                                        index not in old_keys))
        placed = {i: (at + 1 if at > after else at) for i, at in placed.items()}
    return shown


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
