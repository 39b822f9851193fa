"""Tables compared row by row: a row is found by its label, each changed cell is one change.

The statutory tables of a 政府信息公开工作年度报告 show the shape: title rows spanning the
table (第二十条第（一）项), header rows naming the columns (信息内容 | 本年制发件数 | 本年废止件数 |
现行有效件数), then rows labelled in their first cells (规章 | 0 | 0 | 9). A row's key is
(the title row above it, its label, which repeat of that label it is); a cell is named by
its column's header. Tables are paired by the labels they share, then in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .labels import labels
from .models import Table
from .normalize import key as norm_key

#: Share of row labels two tables must have in common to be one table in two years.
SHARED_LABELS = 0.3
_NUMERIC = re.compile(r"^[\s\d.,，%％‰+\-—–/万亿千百余约个件次人家项元起户条份]*$")


@dataclass(frozen=True, slots=True)
class CellChange:
    column: str
    old: str
    new: str

    def to_json(self) -> dict:
        return {"column": self.column, "old": self.old, "new": self.new}


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row of a table pair: ``changed`` (with its cell changes), ``new`` or ``dropped``."""

    group: str
    label: str
    status: str
    cells: tuple[CellChange, ...] = ()
    row: tuple[str, ...] = ()
    """The row's cells, for a new or dropped row."""

    def to_json(self) -> dict:
        return {"group": self.group, "label": self.label, "status": self.status,
                "cells": [cell.to_json() for cell in self.cells], "row": list(self.row)}

    @property
    def where(self) -> str:
        return " · ".join(piece for piece in (self.group, self.label) if piece)

    def summary_line(self, lang: str = "zh") -> str:
        """``第二十条第（一）项 · 规章 · 本年制发件数: 3 → 4``; a new or dropped row with its cells."""
        if self.status != "changed":
            return f"{self.where}: {labels(lang)[self.status]} ({' | '.join(c for c in self.row if c)})"
        return f"{self.where} · " + "; ".join(f"{c.column}: {c.old or '—'} → {c.new or '—'}" for c in self.cells)


@dataclass(frozen=True, slots=True)
class TableChange:
    """A table of the old report against the new one's (either may be None)."""

    old: Table | None
    new: Table | None
    rows: tuple[RowChange, ...]

    @property
    def changed(self) -> bool:
        return self.old is None or self.new is None or bool(self.rows)

    @property
    def ids(self) -> str:
        return " → ".join(table.id for table in (self.old, self.new) if table is not None)

    def lines(self, lang: str = "zh") -> list[str]:
        """One line per changed row; a table only one report has is one line."""
        if self.old is None or self.new is None:
            status = labels(lang)["new" if self.old is None else "dropped"]
            table = self.new or self.old
            return [f"{self.ids}: {status} ({len(table.rows)} × {max(len(r) for r in table.rows)})"]
        return [f"{self.ids} {row.summary_line(lang)}" for row in self.rows]

    def to_json(self) -> dict:
        return {"old": self.old.id if self.old else None, "new": self.new.id if self.new else None,
                "rows": [row.to_json() for row in self.rows]}


@dataclass(frozen=True, slots=True)
class _Row:
    key: tuple[str, str, int]
    group: str
    label: str
    cells: tuple[str, ...]
    columns: tuple[str, ...]


def _is_number(cell: str) -> bool:
    return bool(cell.strip()) and bool(_NUMERIC.match(cell)) and any(ch.isdigit() for ch in cell)


def _rows(table: Table) -> list[_Row]:
    """The data rows of ``table`` with their keys and column names."""
    rows: list[_Row] = []
    group, columns = "", tuple(str(i + 1) for i in range(max((len(r) for r in table.rows), default=0)))
    seen: dict[tuple[str, str], int] = {}
    label_columns = None  # -- how many columns the header gives the labels, once a header is read --
    in_data = False  # -- data rows follow the last header or title row --
    for cells in table.rows:
        filled = [cell for cell in cells if cell]
        if len(filled) == 1 and cells[0]:
            group, columns = cells[0], columns  # -- a title row spanning the table --
            in_data = False
            continue
        label_width = next((i for i, cell in enumerate(cells) if _is_number(cell)), None)
        if label_width is None and in_data and label_columns is not None and cells[0]:
            label_width = label_columns  # -- a row of words under the header's data (完成省下达任务) --
        if label_width is None:
            # -- no figure in the row: a header naming the columns (the first header cell
            #    names the label column) --
            columns = tuple(cell or (columns[i] if i < len(columns) else str(i + 1)) for i, cell in enumerate(cells))
            # -- the label column's header spans the columns up to the next header: 指标 | 2024年目标 --
            label_columns = next((i for i, cell in enumerate(cells) if i and cell), None) if cells[0] else None
            in_data = False
            continue
        if label_columns is not None:
            # -- a value with its qualifier or in words (6%左右, 与经济增长同步) is a value, not label --
            label_width = min(label_width, label_columns)
        label = " ".join(cell for cell in cells[:max(label_width, 1)] if cell)
        base = (norm_key(group), norm_key(label))
        seen[base] = seen.get(base, 0) + 1
        in_data = True
        rows.append(_Row((*base, seen[base]), group, label, cells,
                         tuple(columns[i] if i < len(columns) and columns[i] else str(i + 1) for i in range(len(cells)))))
    return rows


def compare_tables(old: tuple[Table, ...], new: tuple[Table, ...]) -> tuple[TableChange, ...]:
    """Pair the tables of two reports and compare each pair row by row."""
    old_rows = {table.id: _rows(table) for table in old}
    new_rows = {table.id: _rows(table) for table in new}
    pairs: list[tuple[Table | None, Table | None]] = []
    taken: set[str] = set()
    for table in new:
        labels = {row.key[:2] for row in new_rows[table.id]}
        best, best_share = None, SHARED_LABELS
        for candidate in old:
            if candidate.id in taken:
                continue
            theirs = {row.key[:2] for row in old_rows[candidate.id]}
            share = len(labels & theirs) / max(len(labels | theirs), 1)
            if share >= best_share and (best is None or share > best_share):
                best, best_share = candidate, share
        if best is not None:
            taken.add(best.id)
        pairs.append((best, table))
    pairs += [(table, None) for table in old if table.id not in taken]
    return tuple(TableChange(a, b, _row_changes(old_rows[a.id] if a else [], new_rows[b.id] if b else []))
                 for a, b in pairs)


def _row_changes(old: list[_Row], new: list[_Row]) -> tuple[RowChange, ...]:
    by_key = {row.key: row for row in old}
    found: list[RowChange] = []
    matched: set[tuple[str, str, int]] = set()
    for row in new:
        before = by_key.get(row.key)
        if before is None:
            found.append(RowChange(row.group, row.label, "new", row=row.cells))
            continue
        matched.add(row.key)
        cells = []
        for index in range(max(len(before.cells), len(row.cells))):
            was = before.cells[index] if index < len(before.cells) else ""
            now = row.cells[index] if index < len(row.cells) else ""
            if norm_key(was) != norm_key(now):
                column = row.columns[index] if index < len(row.columns) else str(index + 1)
                cells.append(CellChange(column, was, now))
        if cells:
            found.append(RowChange(row.group, row.label, "changed", tuple(cells)))
    found += [RowChange(row.group, row.label, "dropped", row=row.cells) for row in old if row.key not in matched]
    return tuple(found)


def row_keys(table: Table) -> dict[int, tuple[str, str, int]]:
    """The key of each data row of ``table`` by its index in ``table.rows`` (header and title
    rows have none): how a row is found in the other year's table."""
    keyed = iter(_rows(table))
    found: dict[int, tuple[str, str, int]] = {}
    row = next(keyed, None)
    for index, cells in enumerate(table.rows):
        if row is not None and row.cells is cells:
            found[index] = row.key
            row = next(keyed, None)
    return found


__all__ = ["CellChange", "RowChange", "TableChange", "compare_tables", "row_keys"]
