"""A table continued after a page break: one table with the part before the break.

A printed report breaks a long table at the page's foot and goes on under a line saying so (续表,
續表, 续表1, 表1（续）, 续表1  2024年行政复议案件情况), repeating the header rows, or goes on with
its header rows repeated alone (Word's repeated header rows). Every reader gives the two parts as
two tables (pdftotext's text, a PDF's ruled tables, a Word file that set the rest in a table of
its own): joined here, with the repeated header rows once, so the table is compared as the one
table it is and the mark names no table of its own. The mark is kept (it goes back into the
outline beside its table, as a caption does): nothing of the input vanishes.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lazy_re
from .loaders import Paragraph, table_paragraph
from .normalize import key as norm_key

_NUMBER = r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})"
#: The line going on with a table: 续表 with its number and caption, if any, or 表1（续）.
_MARK = lazy_re.compile(rf"^[（(]?(?:[续續]\s*表\s*{_NUMBER}?|(?:附\s*)?表\s*{_NUMBER}\s*[（(][续續][)）])[)）]?"
                        r"(?:[\s\u3000:：]+[^。；;！？!?，,]{1,40})?$")


@dataclass(frozen=True, slots=True)
class Continued:
    """A mark that a table goes on (``mark``), and the line of the table it continues."""

    mark: Paragraph
    table: int


def is_continuation(text: str) -> bool:
    """Whether a line says the table goes on here (续表, 續表1, 表1（续）)."""
    return _MARK.match(text.strip()) is not None


def join_continued(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Continued, ...]]:
    """The paragraphs with each table that a mark right after it continues (续表, then the rest
    of the table) as one table; and the marks, taken out, with the table each goes with."""
    found: list[Paragraph] = []
    marks: list[Continued] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if (paragraph.table is None and found and found[-1].table is not None and after is not None
                and after.table is not None and is_continuation(paragraph.text)):
            found[-1] = _joined(found[-1], after)
            marks.append(Continued(paragraph, found[-1].line))
            index += 2
            continue
        if paragraph.table and found and found[-1].table and _alike(found[-1].table[0], paragraph.table[0]) \
                and len(paragraph.table) > 1:
            # -- right after a table, nothing between, its header row again: the page broke it --
            found[-1] = _joined(found[-1], paragraph)
            index += 1
            continue
        found.append(paragraph)
        index += 1
    return tuple(found), tuple(marks)


def _joined(first: Paragraph, rest: Paragraph) -> Paragraph:
    """One table of the rows of ``first`` and then of ``rest`` without the header rows it repeats
    (the rows it opens on that ``first`` opens on too)."""
    above, below = first.table or (), rest.table or ()
    repeated = 0
    while repeated < min(len(above), len(below) - 1) and _alike(above[repeated], below[repeated]):
        repeated += 1
    rows = [list(row) for row in above] + [list(row) for row in below[repeated:]]
    # -- the merges of the rest move down under the first part's rows; those in the header
    #    rows dropped go with them --
    merged = first.merged + tuple((row - repeated + len(above), column, down, across)
                                  for row, column, down, across in rest.merged if row >= repeated)
    return table_paragraph(rows, first.line, merged)


def _alike(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    keys = [norm_key(cell) for cell in one if cell.strip()]
    return bool(keys) and keys == [norm_key(cell) for cell in other if cell.strip()]


__all__ = ["Continued", "is_continuation", "join_continued"]
