"""Tables compared row by row: a row is found by its label, each changed cell is one change.

The statutory tables of a 政府信息公开工作年度报告 show the shape: title rows spanning the
table (第二十条第（一）项), header rows naming the columns (信息内容 | 本年制发件数 | 本年废止件数 |
现行有效件数), then rows labelled in their first cells (规章 | 0 | 0 | 9). A row's key is
(the title row above it, its label, which repeat of that label it is); a cell is named by
its column's header. Tables are paired by the labels they share, then in order.

The rows of a table pair are paired once, here (``RowPair``), for every output: the Word redline,
the page, Markdown, the terminal and JSON show the same rows as one row, as new and as dropped.
A pairing keeps each year's row order (the Word redline writes the two tables as one, which
Reject All must turn back into last year's): rows by their key (title row, label, repeat) in
order, then rows left between two pairs that still look like one row (the indicator reworded,
or another cell alike), header rows with header rows in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from . import lazy_re
from .labels import labels
from .models import Table
from .normalize import key as norm_key

#: Share of row labels two tables must have in common to be one table in two years.
SHARED_LABELS = 0.3
#: How alike two indicators left between paired rows must be to be one row reworded.
ALIKE_INDICATORS = 0.5
#: A header naming a column of row labels, not of values.
_LABEL_HEADER = lazy_re.compile(r"^(?:项目|指标|类别|类型|名称|事项|内容|分类|种类|主要指标)$")
#: A caption opening on the table's number (表2  2025年…, 表二：…); a number run into a year
#: (表22025年) is none.
_CAPTION_NUMBER = lazy_re.compile(r"^\s*表\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?![0-9０-９])")
_NUMERIC = lazy_re.compile(r"^[\s\d.,，%％‰+\-—–/万亿千百余约个件次人家项元起户条份]*$")


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
            lead = f"{self.where}{labels(lang)['colon']}" if self.where else ""
            return f"{lead}{labels(lang)[self.status]} ({' | '.join(c for c in self.row if c)})"
        lead = f"{self.where} · " if self.where else ""
        return lead + "; ".join(f"{c.column}{labels(lang)['colon']}{c.old or '—'} → {c.new or '—'}" for c in self.cells)


@dataclass(frozen=True, slots=True)
class RowPair:
    """One row of a table pair as every output shows it: a row of both years (``old`` and ``new``
    its indices in each table's ``rows``), a row this year only (``old`` None) or last year only
    (``new`` None). ``head``: a header or title row, no data row."""

    old: int | None
    new: int | None
    head: bool = False
    changed: bool = False
    """A row of both years whose cells differ (script and width aside)."""
    moved: int | None = None
    """A row one year has at this place that the other year has elsewhere (found by its key
    across the pairs, the rows reordered): the index of that row in the other year's table."""

    @property
    def status(self) -> str:
        """``equal``, ``changed``, ``new``, ``dropped`` or ``moved`` (either place of a moved row)."""
        if self.moved is not None:
            return "moved"
        if self.old is None:
            return "new"
        if self.new is None:
            return "dropped"
        return "changed" if self.changed else "equal"

    def to_json(self) -> dict:
        # -- rows numbered from 1 as a reader counts them in each year's table --
        found = {"old": None if self.old is None else self.old + 1, "new": None if self.new is None else self.new + 1,
                 "status": self.status, "head": self.head}
        if self.moved is not None:
            found["moved"] = self.moved + 1
        return found


@dataclass(frozen=True, slots=True)
class TableChange:
    """A table of the old report against the new one's (either may be None)."""

    old: Table | None
    new: Table | None
    rows: tuple[RowChange, ...]
    pairs: tuple[RowPair, ...] = ()
    """Every row of the two tables in the order shown, each year's rows in their own order."""

    @property
    def changed(self) -> bool:
        return self.old is None or self.new is None or bool(self.rows)

    @property
    def ids(self) -> str:
        """Each year's table by the number its caption gives it (表2  2025年…: 表2), else by its
        place among the report's tables (表1): 表2 → 表2."""
        return " → ".join(_number(table) for table in (self.old, self.new) if table is not None)

    @property
    def caption(self) -> str:
        """The table's caption, the new report's where both name it (表1  2025—2026年…统计)."""
        return next((table.caption for table in (self.new, self.old) if table is not None and table.caption), "")

    def lines(self, lang: str = "zh") -> list[str]:
        """One line per changed row, led by the table's caption where it has one (else its ids,
        表1 → 表1); a table only one report has is one line."""
        # -- a caption leading into its table (…完成情况如下：) ends in a colon: not twice --
        caption = " ".join(self.caption.split()).rstrip(":：")
        name = f"{caption} ·" if caption else self.ids
        if self.old is None or self.new is None:
            status = labels(lang)["new" if self.old is None else "dropped"]
            table = self.new or self.old
            return [f"{name.rstrip(' ·')}{labels(lang)['colon']}{status} ({len(table.rows)} × {max(len(r) for r in table.rows)})"]
        return [f"{name} {row.summary_line(lang)}" for row in self.rows]

    def to_json(self) -> dict:
        found = {"old": self.old.id if self.old else None, "new": self.new.id if self.new else None,
                 "rows": [row.to_json() for row in self.rows],
                 "pairs": [pair.to_json() for pair in self.pairs]}
        if self.caption:
            found["caption"] = self.caption
        # -- last year's caption where it reads otherwise (表1  2024年… → 表1  2025年…), for a
        #    redline of it; script, width and spacing aside --
        if self.old is not None and self.new is not None and self.old.caption \
                and norm_key(self.old.caption) != norm_key(self.caption):
            found["old_caption"] = self.old.caption
        return found


@dataclass(frozen=True, slots=True)
class _Row:
    index: int
    """Its index in the table's ``rows``."""
    key: tuple[str, str, int]
    group: str
    label: str
    name: str
    """The label's last cell: the row's own name under a category spanning rows (行政复议 | 受理)."""
    width: int
    """How many cells the label takes."""
    cells: tuple[str, ...]
    columns: tuple[str, ...]


def _number(table: Table) -> str:
    """The table's number as its caption gives it (表2, 表二), else its id."""
    found = _CAPTION_NUMBER.match(table.caption or "")
    return f"表{found.group(1)}" if found else table.id


def _is_number(cell: str) -> bool:
    return bool(cell.strip()) and bool(_NUMERIC.match(cell)) and any(ch.isdigit() for ch in cell)


def _rows(table: Table) -> list[_Row]:
    """The data rows of ``table`` with their keys and column names."""
    rows: list[_Row] = []
    group, columns = "", tuple(str(i + 1) for i in range(max((len(r) for r in table.rows), default=0)))
    seen: dict[tuple[str, str], int] = {}
    label_columns = None  # -- how many columns the header gives the labels, once a header is read --
    heads: list[str] | None = None  # -- the column names built down the header rows read so far --
    in_data = False  # -- data rows follow the last header or title row --
    # -- a cell a vertical merge covers says what the merged cell says (its row's label) --
    for index, cells in enumerate(table.filled_rows):
        filled = [cell for cell in cells if cell]
        if len(filled) == 1 and cells[0]:
            group, columns = cells[0], columns  # -- a title row spanning the table --
            in_data, heads = False, None
            continue
        label_width = next((i for i, cell in enumerate(cells) if _is_number(cell)), None)
        if label_width is None and in_data and label_columns is not None and cells[0]:
            label_width = label_columns  # -- a row of words under the header's data (完成省下达任务) --
        if label_width is None:
            # -- no figure in the row: a header naming the columns (the first header cell
            #    names the label column) --
            heads = _header_names(table, index, cells, heads)
            columns = tuple(heads[i] or (columns[i] if i < len(columns) else str(i + 1)) for i in range(len(cells)))
            # -- the label column's header spans the columns up to the next header: 指标 | 2024年目标 --
            label_columns = next((i for i, cell in enumerate(cells) if i and cell), None) if cells[0] else None
            # -- a second label column named as one (类别 | 项目 | 2024年 | 2025年: 行政复议 | 受理) --
            while label_columns is not None and label_columns < len(cells) and _LABEL_HEADER.match(norm_key(cells[label_columns])):
                label_columns += 1
            in_data = False
            continue
        heads = None
        if label_columns is not None:
            # -- a value with its qualifier or in words (6%左右, 与经济增长同步) is a value, not label --
            label_width = min(label_width, label_columns)
        # -- a row opening on a figure has no label (the statutory 行政复议 | 行政诉讼 table's one
        #    row of counts): found by its order under its title row --
        names = [cell for cell in cells[:label_width] if cell]
        label = " ".join(names)
        base = (norm_key(group), norm_key(label))
        seen[base] = seen.get(base, 0) + 1
        in_data = True
        rows.append(_Row(index, (*base, seen[base]), group, label, names[-1] if names else "", label_width, cells,
                         tuple(columns[i] if i < len(columns) and columns[i] else str(i + 1) for i in range(len(cells)))))
    return rows


def _header_names(table: Table, index: int, cells: tuple[str, ...], heads: list[str] | None) -> list[str]:
    """The column names once header row ``index`` is read, built down the header rows: a
    heading merged across columns names each column under it and a heading below adds to it
    (案件数（件） over 2024年 and 2025年: 案件数（件）2024年; 2025年 over 目标: 2025年目标), so that
    a year's columns are found by their year; a cell going on with a heading merged down from
    above adds nothing."""
    names = list(heads or []) + [""] * (len(cells) - len(heads or []))
    across = {c: cells[column] for row, column, _, wide in table.merged if row == index and wide > 1 and cells[column]
              for c in range(column, column + wide)}
    below = {column for row, column, down, _ in table.merged if row < index < row + down}
    for i, cell in enumerate(cells):
        text = "" if i in below else across.get(i) or cell
        if text:
            names[i] += text
    return names


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
    found = []
    for a, b in pairs:
        rows = pair_rows(a, b)
        found.append(TableChange(a, b, _row_changes(a, b, rows), rows))
    return tuple(found)


def _row_changes(old: Table | None, new: Table | None, pairs: tuple[RowPair, ...]) -> tuple[RowChange, ...]:
    """The data rows of the pairing that changed, came or went: each changed row with its
    changed cells (by year where the headers name years, else by position)."""
    old_data = _indexed(old) if old is not None else {}
    new_data = _indexed(new) if new is not None else {}
    found: list[RowChange] = []
    dropped: list[RowChange] = []
    for pair in pairs:
        before, row = old_data.get(pair.old), new_data.get(pair.new)
        if pair.moved is not None:
            # -- a row reordered: its changes where it stands now, nothing where it stood --
            before = old_data.get(pair.moved) if row is not None else None
            if before is None:
                continue
        if row is not None and before is not None:
            cells = [CellChange(column, was, now) for column, was, now in _cell_pairs(before, row)
                     if norm_key(was) != norm_key(now)]
            if cells:
                found.append(RowChange(row.group, row.label, "changed", tuple(cells)))
        elif row is not None:
            found.append(RowChange(row.group, row.label, "new", row=row.cells))
        elif before is not None:
            dropped.append(RowChange(before.group, before.label, "dropped", row=before.cells))
    return tuple(found + dropped)


def pair_rows(old: Table | None, new: Table | None) -> tuple[RowPair, ...]:
    """The rows of ``old`` and ``new`` (either may be None: a table one year only has) as one
    sequence of ``RowPair`` keeping each year's row order (see the module's text). Blank rows
    are left out."""
    old_rows, new_rows = _filled(old), _filled(new)
    old_data = _indexed(old) if old is not None else {}
    new_data = _indexed(new) if new is not None else {}
    old_keys, new_keys = {i: row.key for i, row in old_data.items()}, {j: row.key for j, row in new_data.items()}
    # -- rows as they read, a merged cell's text in each row it spans: kept in one year, written
    #    again in each row the next, it is no change --
    old_cells = old.filled_rows if old is not None else ()
    new_cells = new.filled_rows if new is not None else ()

    def key(index: int, keys: dict, table: Table) -> tuple:
        # -- a data row by its key; a header or title row by its first filled cell --
        return keys[index] if index in keys else ("head", _indicator(table.filled_rows[index]))

    found: list[RowPair] = []

    def both(i: int, j: int) -> None:
        was, now = old_cells[i], new_cells[j]
        changed = len(was) != len(now) or any(norm_key(a) != norm_key(b) for a, b in zip(was, now))
        found.append(RowPair(i, j, j not in new_keys, changed))

    matcher = SequenceMatcher(None, [key(i, old_keys, old) for i in old_rows],
                              [key(j, new_keys, new) for j in new_rows], autojunk=False)
    for op, a, b, c, d in matcher.get_opcodes():
        if op == "equal":
            for i, j in zip(old_rows[a:b], new_rows[c:d]):
                both(i, j)
            continue
        # -- rows between two pairs: those that still look like one row, in order --
        olds, news = old_rows[a:b], new_rows[c:d]
        x = y = 0
        for was, now in _pairs_in_gap(olds, news, old_data, new_data):
            while olds[x] != was:
                found.append(RowPair(olds[x], None, olds[x] not in old_keys))
                x += 1
            while news[y] != now:
                found.append(RowPair(None, news[y], news[y] not in new_keys))
                y += 1
            both(was, now)
            x, y = x + 1, y + 1
        found += [RowPair(i, None, i not in old_keys) for i in olds[x:]]
        found += [RowPair(None, j, j not in new_keys) for j in news[y:]]
    # -- a data row left on each side with one key: the row moved (the table's rows reordered) --
    gone = {old_keys[p.old]: p.old for p in found if p.new is None and p.old in old_keys}
    came = {new_keys[p.new]: p.new for p in found if p.old is None and p.new in new_keys}
    moved = set(gone) & set(came)
    return tuple(RowPair(p.old, p.new, p.head, moved=came[old_keys[p.old]]) if p.new is None and old_keys.get(p.old) in moved
                 else RowPair(p.old, p.new, p.head, moved=gone[new_keys[p.new]]) if p.old is None and new_keys.get(p.new) in moved
                 else p for p in found)


def _filled(table: Table | None) -> list[int]:
    """Indices of the rows of ``table`` with any text."""
    return [] if table is None else [i for i, row in enumerate(table.rows) if any(cell.strip() for cell in row)]


def _pairs_in_gap(olds: list[int], news: list[int], old_data: dict[int, _Row],
                  new_data: dict[int, _Row]) -> list[tuple[int, int]]:
    """The most rows of ``olds`` and ``news`` (left between two pairs) that pair as one row
    (``_one_row``; header rows with header rows in order) without crossing; among as many, the ones nearer in position."""
    # -- best[x][y]: (pairs, -distance) for olds[x:] against news[y:]; gaps are a few rows --
    best = [[(0, 0)] * (len(news) + 1) for _ in range(len(olds) + 1)]
    for x in reversed(range(len(olds))):
        for y in reversed(range(len(news))):
            here = best[x + 1][y + 1]
            head = olds[x] not in old_data
            # -- a header row stays the table's header, however reworded (项目 → 主要指标) --
            alike = head == (news[y] not in new_data) and (head or _one_row(old_data[olds[x]], new_data[news[y]]))
            take = (here[0] + 1, here[1] - abs(x - y)) if alike else (-1, 0)
            best[x][y] = max(take, best[x + 1][y], best[x][y + 1])
    pairs, x, y = [], 0, 0
    while x < len(olds) and y < len(news):
        if best[x][y] == best[x + 1][y]:
            x += 1
        elif best[x][y] == best[x][y + 1]:
            y += 1
        else:
            pairs.append((olds[x], news[y]))
            x, y = x + 1, y + 1
    return pairs


def _indicator(row: tuple[str, ...]) -> str:
    """What pairs a header row with last year's: its first filled cell."""
    return norm_key(next((cell for cell in row if cell), ""))


def _one_row(old: _Row, new: _Row) -> bool:
    """Two rows at one place, their keys differing, still one row: the indicator, the row's own
    name, reworded (地区生产总值增长 → 地区生产总值增速), or a value cell alike (the category a
    merged cell gives both rows, 行政应诉, is no likeness)."""
    if SequenceMatcher(None, norm_key(old.name), norm_key(new.name), autojunk=False).ratio() >= ALIKE_INDICATORS:
        return True
    return any(was and norm_key(was) == norm_key(now)
               for was, now in zip(old.cells[old.width:], new.cells[old.width:]) if old.width == new.width)


def _indexed(table: Table) -> dict[int, _Row]:
    """The data rows of ``table`` by their index in ``table.rows`` (header and title rows have none)."""
    return {row.index: row for row in _rows(table)}


def row_keys(table: Table) -> dict[int, tuple[str, str, int]]:
    """The key of each data row of ``table`` by its index in ``table.rows``: how a row is found
    in the other year's table."""
    return {index: row.key for index, row in _indexed(table).items()}


def paired_rows(old: Table, new: Table, pairs: tuple[RowPair, ...]) -> dict[int, list[tuple[str, str, str]]]:
    """The cells of each data row of ``new`` that ``pairs`` pairs with a data row of ``old``, by
    the new row's index: (column, old, new) as the changes pair them (by year header or by position);
    a row that moved, against the row it was."""
    before, after = _indexed(old), _indexed(new)
    return {pair.new: _cell_pairs(before[pair.old if pair.old is not None else pair.moved], after[pair.new])
            for pair in pairs if pair.new in after and (pair.old if pair.old is not None else pair.moved) in before}


def _cell_pairs(before: _Row, row: _Row) -> list[tuple[str, str, str]]:
    """The cells of a row in two years, each with its column: by the column's header where the
    headers name the columns (项目 | 2024年 | 2025年 one year, 项目 | 2025年 | 2026年 the next:
    2025 against 2025, restated; 2026 against last year's latest, 2025: named 2025→2026年),
    else by position. A column only the old table has is left
    out where its header is a year (the table moved on a year), shown as gone otherwise."""
    old_at = {norm_key(column): index for index, column in enumerate(before.columns)}
    new_keys = [norm_key(column) for column in row.columns]
    by_header = (len(old_at) == len(before.columns) and len(set(new_keys)) == len(new_keys)
                 and new_keys != list(old_at) and any(_YEAR_HEADER.search(column) for column in row.columns)
                 and sum(key in old_at for key in new_keys) >= 2)
    old_years = [key for key in old_at if _YEAR_HEADER.search(key)]
    new_years = [key for key in new_keys if _YEAR_HEADER.search(key)]
    names = {}
    if by_header and old_years and len(old_years) == len(new_years) and not set(old_years) & set(new_years):
        # -- no year in both: the table moved on a year as a whole (指标 | 2023年 | 增长 → 指标 | 2024年
        #    | 增长, each report's own year), its year columns the same columns in order --
        for was, now in zip(old_years, new_years):
            names[now] = f"{before.columns[old_at[was]]}→{row.columns[new_keys.index(now)]}"
            old_at[now] = old_at[was]
    if by_header and set(old_years) & set(new_years):
        # -- the year columns moved on a year (2023年 | 2024年 → 2024年 | 2025年): a year of both
        #    tables is that year's figure restated, against itself; a year new this time is set
        #    against last year's latest column under the same heading (468 → 503: the change on
        #    the year), not left as new --
        for now in new_years:
            if now in old_at:
                continue
            year = _YEAR_HEADER.search(now)
            earlier = [(found.group(), was) for was in old_years
                       if (found := _YEAR_HEADER.search(was)) and found.group() < year.group()
                       and _YEAR_HEADER.sub("", was) == _YEAR_HEADER.sub("", now)]
            if earlier:
                last, was = max(earlier)
                column = row.columns[new_keys.index(now)]
                shown = _YEAR_HEADER.search(column)
                names[now] = f"{column[:shown.start()]}{last}→{column[shown.start():]}" if shown else column
                old_at[now] = old_at[was]
    if not by_header:
        return [(row.columns[i] if i < len(row.columns) else str(i + 1),
                 before.cells[i] if i < len(before.cells) else "", row.cells[i] if i < len(row.cells) else "")
                for i in range(max(len(before.cells), len(row.cells)))]
    pairs = []
    for index, (column, key) in enumerate(zip(row.columns, new_keys)):
        at = old_at.get(key)
        was = before.cells[at] if at is not None and at < len(before.cells) else ""
        pairs.append((names.get(key, column), was, row.cells[index] if index < len(row.cells) else ""))
    pairs += [(column, before.cells[at] if at < len(before.cells) else "", "")
              for column, at in ((c, old_at[norm_key(c)]) for c in before.columns)
              if norm_key(column) not in new_keys and not _YEAR_HEADER.search(column)]
    return pairs


#: A column header naming a year: 2025年, 2025, 2025年度.
_YEAR_HEADER = lazy_re.compile(r"(?:19|20)\d{2}")


__all__ = ["ALIKE_INDICATORS", "CellChange", "RowChange", "RowPair", "TableChange", "compare_tables", "pair_rows",
           "paired_rows", "row_keys"]
