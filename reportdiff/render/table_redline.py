"""A table of two years as revisions a reviewer can accept or reject: row by row, cell by cell.

Rows are paired by their first cell (the indicator: 地区生产总值增长 | 6% | 6.5%), in order,
then rows left between two pairs by position where they still look like one row (the indicator
reworded, or a cell alike). A row only last year's table has is deleted whole, one only this
year's inserted whole; a row of both keeps its place and each changed cell is redlined word by
word. Reading the rows in order without the inserted ones (and the inserted words) gives the old
table exactly; without the deleted ones, the new table: the Word redline writes these rows as a
``w:tbl`` with row and run revisions, the HTML page as a table with ``ins``/``del``.

Two rows with a different number of cells are never paired: a cell has no revision of its own
that Word and LibreOffice both honour, so such a row is deleted and its successor inserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from reportdiff.diff import redline
from reportdiff.models import Table
from reportdiff.normalize import key as normal_key
from reportdiff.render._docx_runs import tracked
from reportdiff.render._revisions import DEL, INS
from reportdiff.tables import row_keys

Segment = tuple[str, "str | None"]
"""(text, revision kind) of one run; kind None is text both years share."""

#: How alike two indicators left between paired rows must be to be one row reworded.
ALIKE_INDICATORS = 0.5


@dataclass(frozen=True, slots=True)
class RevisedRow:
    """One row of a table redline."""

    mode: str
    """``plain`` (both years), ``ins`` (this year only) or ``del`` (last year only)."""
    cells: tuple[tuple[Segment, ...], ...]
    """Each cell's runs; in an inserted or deleted row every run carries the row's kind."""
    head: bool = False
    """A header or title row (no data row key): shown bold, repeated on each page."""

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


def revised_rows(old: Table | None, new: Table | None) -> list[RevisedRow]:
    """The rows of ``new`` against ``old`` (either may be None: a table one year only has), in an
    order that keeps each year's own row order (see the module's text)."""
    old_rows, new_rows = table_rows(old), table_rows(new)
    old_heads, new_heads = _heads(old, old_rows), _heads(new, new_rows)
    found: list[RevisedRow] = []

    def gone(i: int) -> None:
        found.append(RevisedRow("del", tuple(((cell, DEL),) if cell else () for cell in old_rows[i]), i in old_heads))

    def came(j: int) -> None:
        found.append(RevisedRow("ins", tuple(((cell, INS),) if cell else () for cell in new_rows[j]), j in new_heads))

    def both(i: int, j: int) -> None:
        cells = tuple(tuple(cell_segments(was, now)) for was, now in zip(old_rows[i], new_rows[j]))
        found.append(RevisedRow("plain", cells, j in new_heads))

    matcher = SequenceMatcher(None, [_indicator(row) for row in old_rows], [_indicator(row) for row in new_rows],
                              autojunk=False)
    for op, a, b, c, d in matcher.get_opcodes():
        if op == "equal":
            for i, j in zip(range(a, b), range(c, d)):
                if len(old_rows[i]) == len(new_rows[j]):
                    both(i, j)
                else:
                    gone(i)
                    came(j)
            continue
        # -- rows between two pairs: those that still look like one row, in order --
        i, j = a, c
        for was, now in _pairs_in_gap(old_rows, new_rows, range(a, b), range(c, d)):
            while i < was:
                gone(i)
                i += 1
            while j < now:
                came(j)
                j += 1
            both(was, now)
            i, j = was + 1, now + 1
        for i in range(i, b):
            gone(i)
        for j in range(j, d):
            came(j)
    return found


def cell_segments(old: str, new: str) -> list[Segment]:
    """A cell of both years as runs: plain where alike (script and width aside: the new text),
    else the word-level redline (170.81万件 → 182.4万件 changes the figure, not the label),
    else the old text deleted and the new inserted."""
    if normal_key(old) == normal_key(new):
        return [(new, None)] if new else []
    runs = tracked(redline(old, new))
    if "".join(t for t, k in runs if k != DEL) != new or "".join(t for t, k in runs if k != INS) != old:
        # -- a redline that does not spell both cells (script changed beside a word): whole --
        runs = [(old, DEL), (new, INS)]
    return [(text, kind) for text, kind in runs if text]


def _pairs_in_gap(old_rows, new_rows, olds: range, news: range) -> list[tuple[int, int]]:
    """The most rows of ``olds`` and ``news`` (left between two pairs) that pair as one row
    (``_one_row``) without crossing; among as many, the ones nearer in position."""
    # -- best[x][y]: (pairs, -distance) for olds[x:] against news[y:]; gaps are a few rows --
    best = [[(0, 0)] * (len(news) + 1) for _ in range(len(olds) + 1)]
    for x in reversed(range(len(olds))):
        for y in reversed(range(len(news))):
            here = best[x + 1][y + 1]
            take = (here[0] + 1, here[1] - abs(x - y)) if _one_row(old_rows[olds[x]], new_rows[news[y]]) else (-1, 0)
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
    """What pairs a row with last year's: its first cell, or its first filled one (a row
    continuing the label above leaves the first cell empty)."""
    return normal_key(next((cell for cell in row if cell), ""))


def _one_row(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Two rows at one place, their indicators differing, still one row: as many cells, and the
    indicator reworded (地区生产总值增长 → 地区生产总值增速) or another filled cell alike."""
    if len(old) != len(new):
        return False
    if SequenceMatcher(None, _indicator(old), _indicator(new), autojunk=False).ratio() >= ALIKE_INDICATORS:
        return True
    return any(was and normal_key(was) == normal_key(now) for was, now in zip(old[1:], new[1:]))


def _heads(table: Table | None, rows: list[tuple[str, ...]]) -> set[int]:
    """Indices (in ``rows``) of the header and title rows: those without a data row key."""
    if table is None:
        return set()
    keyed = row_keys(table)
    kept = [index for index, row in enumerate(table.rows) if any(cell.strip() for cell in row)]
    return {at for at, index in enumerate(kept) if index not in keyed}


__all__ = ["ALIKE_INDICATORS", "RevisedRow", "cell_segments", "revised_rows", "table_rows"]
