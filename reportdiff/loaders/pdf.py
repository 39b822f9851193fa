"""Text PDFs (printed from Word, WPS, LibreOffice or a browser) → paragraphs, using the page layout.

pdfplumber (on pdfminer.six, both MIT) gives every character with its box. From those:

1. characters are grouped into lines (by baseline), and a line's text is rebuilt from them
   with a space only where the gap is a real one (a tab after ``1.``), so justified Chinese
   text gets no stray spaces; a page set in two columns is read column by column (``_lines``:
   the gutter is a band between them that the rows do not cross), a title or heading across
   the page in its place, and a page whose columns cannot be told apart is named in a warning;
2. page furniture goes: page numbers (``— 3 —``, ``- 3 -``, ``第3页``, ``3/12``) in the first
   or last lines of a page, and running headers and footers (the same first or last line,
   digits aside, on most pages; on a report's first page, also a line printed once in the top
   margin over a larger title, as a one-page report's header is);
3. lines are joined into paragraphs by the layout (``pdf_paragraphs``: a short line, an indent,
   a marker, a gap, a line not stretched to a justified edge, a page left early ends one).

Footnotes (below a short rule at a page foot) and their superscript reference marks are taken
out of the lines before they are joined (``pdf_notes``): the notes come after the body, marked.

Tables drawn with ruling lines are read as rows of cells (pdfplumber's table finder) and
never run into the text: a statutory table is never one run of digits.
A PDF without any text (a scan) is refused with a one-line error that says so.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from .. import lazy_re
from ..errors import LoadError
from ..report_warnings import ReportWarning
from . import RawDocument
from .characters import unify_radicals
from .furniture import drop_furniture
from .pdf_notes import footnotes, note_paragraphs, note_rule
from .pdf_paragraphs import join as _join
from .pdf_paragraphs import paragraphs as _paragraphs

_OPENING = "“‘（(《〈「『【〔"
_CLOSING = "，。、；：？！”’）)》〉」』】〕,.;:?!%…"
_LATIN = lazy_re.compile(r"[0-9A-Za-z.%％]")
#: Straight quotes (UAX #14 class QU): a browser breaks neither before nor after one, so
#: 設"數字… begins with the piece 設"數 (Chromium wrapped 二是建 / 設"數字法治臨溪"平臺 so).
_STRAIGHT_QUOTES = "\"'"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page with its box (points, top-left origin) and font size."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    first_unit: float
    """Width of the line's first unbreakable unit (a character with the punctuation that may
    not start a line after it, or a run of Latin letters and digits)."""
    column: int = 0
    """0 for a line across the page, 1 or 2 for a line of the left or right column of a page set
    in two columns (each column has its own margins)."""
    baseline: float = 0.0
    """Where the line stands (its characters' baseline, from the page's top): unlike ``bottom``
    the same for a line of ideographs and one with Latin digits of another font."""
    spread: float = 0.0
    """The usual gap between its characters: more than none in a line justified to the margin."""
    bold: str = ""
    """The text that opens the line in a bold face (the whole line when all of it is): a lead
    phrase set bold before its body (**依法决策。**严格执行…), as the Word reader finds it."""


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the paragraphs of the PDF ``data``; tables come as rows of cells."""
    try:
        import pdfplumber
        from pdfminer.pdfparser import PDFSyntaxError
        from pdfminer.psparser import PSException
    except ImportError:  # pragma: no cover - a declared dependency
        raise LoadError.of(source, "pdf_needs_pdfplumber") from None
    pages_chars: list[list[dict]] = []
    tables: list[tuple[int, float, list[list[str]]]] = []
    rules: dict[int, float] = {}  # page → top of the short rule above its footnotes
    drawn: dict[int, float] = {}  # page → bottom of the lowest figure, rule or box drawn on it
    heights: list[float] = []
    try:
        with _quiet_pdfminer(), pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                found = _ruled_tables(page)
                heights.append(float(page.height))
                tables += [(number, box[1], rows) for box, rows in found]
                boxes = [box for box, _rows in found]
                pages_chars.append([{**c, "baseline": page.height - c["matrix"][5]} if "matrix" in c else c
                                    for c in page.chars if c["text"].strip() and not _inside(c, boxes)])
                if (rule := note_rule(page)) is not None:
                    rules[number] = rule
                if shapes := [shape["bottom"] for shape in (*page.images, *page.rects, *page.lines, *page.curves)]:
                    drawn[number] = max(shapes)
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise LoadError.of(source, "pdf_unreadable", detail=type(exc).__name__) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises bare Exceptions for broken files
        names = f"{type(exc).__name__} {exc}".lower()
        if "password" in names or "encrypt" in names:
            raise LoadError.of(source, "pdf_protected") from None
        raise LoadError.of(source, "pdf_unreadable", detail=str(exc)) from None
    pages, unclear = _page_lines(pages_chars)
    pages = drop_furniture(pages, lambda line: line.text)
    if pages and heights:
        pages[0] = _without_margin_header(pages[0], heights[0])
    lines = [line for page in pages for line in page]
    # -- a scan whose only text is the page number a printer stamped on it has none either --
    if not lines and not tables:
        raise LoadError.of(source, "pdf_no_text")
    text = "".join(line.text for line in lines)
    if text.count("(cid:") * 6 > max(len(text), 1):
        raise LoadError.of(source, "pdf_cid")
    warnings = (ReportWarning.of("pdf_columns", source=source, pages=tuple(unclear)),) if unclear else ()
    lines, notes = footnotes(lines, rules)
    body = _paragraphs(lines, tables, drawn)
    return RawDocument(source, body + note_paragraphs(notes, len(body), _join), warnings)


#: Where a running header prints: the top margin band, above where a page's text begins (a
#: header stands 1-2 cm from the edge; Word, WPS and the official layout begin the text 2.5-3.7 cm
#: down, LibreOffice 2 cm).
_HEADER_BAND = 0.07
_HEADER_MAX = 30
_SENTENCE = lazy_re.compile(r"[。；;，,！!？?：:]")


def _without_margin_header(lines: list[Line], height: float) -> list[Line]:
    """The first page without a running header printed on it alone (a one-page report, or a
    first page with a header of its own), which no repeat tells: a short line standing in the
    top margin band, apart from the larger title below it by more than its own height. A body
    named over its title (青禾镇人民政府 / 关于…的报告) begins where the text does, below the band."""
    if len(lines) < 2:
        return lines
    first, below = lines[0], lines[1]
    if (first.column == 0 and first.top < _HEADER_BAND * height and len(first.text) <= _HEADER_MAX
            and not _SENTENCE.search(first.text) and below.size >= first.size * 1.2
            and below.top - first.bottom >= first.size):
        return lines[1:]
    return lines


@contextmanager
def _quiet_pdfminer():
    """pdfminer logs a warning per glyph it cannot measure (Chromium's fonts have no FontBBox,
    hundreds a file), which says nothing to a user: quiet while this loader reads, and only then."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _ruled_tables(page) -> list[tuple[tuple[float, float, float, float], list[list[str]]]]:
    """Tables drawn with ruling lines, as (box, rows of cells); a cell's wrapped lines are
    joined (Chinese wraps without spaces) and a merged cell's covered cells are ""."""
    found = []
    for table in page.find_tables():
        rows = [[re.sub(r"\s*\n\s*", "", cell or "").strip() for cell in row] for row in table.extract()]
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            found.append((table.bbox, rows))
    return found


def _inside(char: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _page_lines(pages_chars: list[list[dict]]) -> tuple[list[list[Line]], list[int]]:
    """Each page's lines in reading order, and the pages whose layout could not be told.

    A page whose rows do not show its columns by themselves (the last page of a two-column
    text, its right column a line or two) is read again at the gutter of the pages that do,
    where any rows on both sides of it are columns.
    """
    read = [_lines(chars, number) for number, chars in enumerate(pages_chars, 1)]
    gutters = [gutter for _lines, _told, gutter in read if gutter is not None]
    if gutters:
        known = statistics.median(gutters)
        read = [result if result[2] is not None else _lines(chars, number, known)
                for number, (chars, result) in enumerate(zip(pages_chars, read), 1)]
    return [lines for lines, _told, _gutter in read], [number for number, (_lines, told, _gutter)
                                                       in enumerate(read, 1) if not told]


def _lines(chars: list[dict], page: int, known: float | None = None) -> tuple[list[Line], bool, float | None]:
    """The page's lines in reading order, whether its layout could be told, and the gutter
    where it was read in columns (None if it was not).

    Characters are grouped into rows by baseline. A page set in two columns has a gutter, a
    vertical band between the columns that its rows do not cross; rows that do cross it (a
    title or heading across the page, a running header) cut the page into bands, and a band
    whose rows stand on both sides of the gutter is read left column first, then right. Rows
    side by side at the gutter in a band that does not read as columns (see ``_columns``)
    make the layout unclear. With a ``known`` gutter (other pages' columns), any band with
    rows on both sides of it is read in columns.
    """
    rows = _rows(chars)
    pieces = [_segments(row) for row in rows]
    gutter = known if known is not None else _gutter(pieces)
    if gutter is None:
        return [_line(row, page) for row in rows], True, None
    lines: list[Line] = []
    side_by_side = 0
    columned = False
    band: list[list[dict]] = []

    def close_band() -> None:
        nonlocal side_by_side, columned
        left_of = [[c for c in row if c["x1"] <= gutter] for row in band]
        right_of = [[c for c in row if c["x0"] >= gutter] for row in band]
        left, right = [row for row in left_of if row], [row for row in right_of if row]
        if left and right and (known is not None or _columns(left, right)):
            columned = True
            lines.extend(_line(row, page, 1) for row in left)
            lines.extend(_line(row, page, 2) for row in right)
        else:
            lines.extend(_line(row, page) for row in band)
            # -- prose on both sides of the gutter, row after row (the short cells of a table
            #    or a date beside a signature do not count) --
            side_by_side += sum(1 for on_left, on_right in zip(left_of, right_of)
                                if len(on_left) >= 6 and len(on_right) >= 6)
        band.clear()

    for row, segments in zip(rows, pieces):
        if any(x0 < gutter < x1 for x0, x1 in segments):
            close_band()
            lines.append(_line(row, page))
        else:
            band.append(row)
    close_band()
    return lines, side_by_side < 3, gutter if columned else None


def _rows(chars: list[dict]) -> list[list[dict]]:
    """Characters grouped by baseline, each row left to right."""
    rows: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        if rows and abs(rows[-1][-1]["bottom"] - char["bottom"]) <= 0.3 * char["size"]:
            rows[-1].append(char)
        else:
            rows.append([char])
    for row in rows:
        row.sort(key=lambda c: c["x0"])
    return rows


def _segments(row: list[dict]) -> list[tuple[float, float]]:
    """The row's runs of text, split where a gap is wider than a character (a column gutter;
    justified Chinese text has none such, a tab after ``1.`` is narrower than a column's)."""
    segments = [[row[0]["x0"], row[0]["x1"]]]
    for char in row[1:]:
        if char["x0"] - segments[-1][1] > char["size"]:
            segments.append([char["x0"], char["x1"]])
        else:
            segments[-1][1] = max(segments[-1][1], char["x1"])
    return [(x0, x1) for x0, x1 in segments]


def _gutter(pieces: list[list[tuple[float, float]]]) -> float | None:
    """The middle of the widest of the bands fewest rows cross in the middle three fifths of
    the text's width; None when no row has two runs of text (no columns)."""
    spans = [span for segments in pieces for span in segments]
    if len(spans) < 6 or len(spans) == len(pieces):
        return None  # -- no row has two runs: every row one run of text, no columns --
    low, high = min(x0 for x0, _ in spans), max(x1 for _, x1 in spans)
    low, high = low + 0.2 * (high - low), high - 0.2 * (high - low)
    best: tuple[tuple[int, float], float] | None = None
    crossing, previous = 0, None
    for x, delta in sorted([(x0, 1) for x0, _ in spans] + [(x1, -1) for _, x1 in spans]):
        if previous is not None:
            start, end = max(previous, low), min(x, high)
            if end > start and (best is None or (crossing, start - end) < best[0]):
                best = ((crossing, start - end), (start + end) / 2)
        crossing += delta
        previous = x
    return None if best is None else best[1]


def _columns(left: list[list[dict]], right: list[list[dict]]) -> bool:
    """Whether rows split at a gutter are two columns of text: three lines or more on each side,
    and on each side many lines running to the column's right edge (justified text; the cells of
    a table or a signature block at the right do not)."""
    def filled(side: list[list[dict]]) -> bool:
        ends = [row[-1]["x1"] for row in side]
        edge = max(ends)
        return sum(1 for row, end in zip(side, ends) if edge - end <= 1.5 * row[-1]["size"]) >= 0.4 * len(side)

    return len(left) >= 3 and len(right) >= 3 and filled(left) and filled(right)


#: The least gap, in characters, that is a space between two Latin letters or digits (a space is a
#: quarter to a third of a character; letters of one word or number stand closer).
_LATIN_SPACE = 0.2


def _latin(text: str) -> bool:
    return text.isascii() and text.isalnum()


def _line(row: list[dict], page: int, column: int = 0) -> Line:
    """One row of characters as a line; a gap of more than half a character is a space or a
    tab in the source."""
    size = Counter(round(c["size"], 1) for c in row).most_common(1)[0][0]
    gaps = [char["x0"] - before["x1"] for before, char in zip(row, row[1:]) if char["x0"] - before["x1"] <= 0.5 * size]
    # -- between two runs of Latin letters or digits, a space's own width is a space (图1 2024年:
    #    without it the figure number and the year read as 12024), where it stands wider than the
    #    row's letters stand apart (a title set letter-spaced, 2 0 2 4, has none) --
    latin_space = max(_LATIN_SPACE * size, 2 * statistics.median(gaps) + 0.1 * size) if gaps else _LATIN_SPACE * size
    pieces = [row[0]["text"]]
    # -- how many pieces the row's characters fill up to each one (a gap adds a space) --
    filled = [1]
    for before, char in zip(row, row[1:]):
        gap = char["x0"] - before["x1"]
        if gap > 0.5 * size or gap > latin_space and _latin(before["text"]) and _latin(char["text"]):
            pieces.append(" ")
        pieces.append(char["text"])
        filled.append(len(pieces))
    # -- radicals a font's ToUnicode gives for ideographs (⼆、 for 二、) are unified here, not only
    #    at the end, so the layout sees markers that open paragraphs --
    baseline = Counter(round(c.get("baseline", c["bottom"]), 1) for c in row).most_common(1)[0][0]
    plain = next((index for index, char in enumerate(row) if not _BOLD_FACE.search(char.get("fontname", ""))), len(row))
    bold = "".join(pieces[:filled[plain - 1]]) if plain else ""
    return Line(page, unify_radicals("".join(pieces)), row[0]["x0"], row[-1]["x1"], min(c["top"] for c in row),
                max(c["bottom"] for c in row), size, _first_unit(row), column, baseline,
                statistics.median(gaps) if gaps else 0.0, unify_radicals(bold.rstrip()))


#: Faces a bold phrase is set in: a bold weight, or the 黑体 (Hei) an official document sets its
#: lead phrases in before a 仿宋 body.
_BOLD_FACE = lazy_re.compile(r"bold|heavy|black|hei|黑体", re.IGNORECASE)


def _first_unit(row: list[dict]) -> float:
    """Width of the first piece of ``row`` a line breaker keeps whole.

    Opening punctuation never ends a line and closing punctuation never starts one, so the
    piece runs on over both (动“一 …, 式, …); a Latin or digit run (3.5, 1,234) is whole, and
    so is a digit run glued on by a comma or a middle dot (式,42個 does not break before 42, nor
    “3·15” after 3; LibreOffice keeps 10.6%、7.9%， whole); a straight quote glues the characters
    on both sides (設"數).
    """
    index, last = 0, len(row) - 1
    while True:
        while index < last and row[index]["text"] in _OPENING:
            index += 1
        if _LATIN.match(row[index]["text"]):
            while index < last and (_LATIN.match(row[index + 1]["text"]) or
                                    (row[index + 1]["text"] in ",.·" and index + 2 <= last
                                     and row[index + 2]["text"].isdigit())):
                index += 1
        while index < last and row[index + 1]["text"] in _CLOSING:
            index += 1
        if index < last and (row[index + 1]["text"] in _OPENING or
                             (row[index]["text"] in ",.:、，" and row[index + 1]["text"].isdigit())):
            index += 1
            continue
        if index + 1 < last and row[index + 1]["text"] in _STRAIGHT_QUOTES:
            index += 2  # -- the quote and the character after it --
            continue
        return row[index]["x1"] - row[0]["x0"]


__all__ = ["Line", "read_bytes"]
