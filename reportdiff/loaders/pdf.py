"""Text PDFs (printed from Word, WPS or LibreOffice) → paragraphs, using the page layout.

pdfplumber (on pdfminer.six, both MIT) gives every character with its box. From those:

1. characters are grouped into lines (by baseline), and a line's text is rebuilt from them
   with a space only where the gap is a real one (a tab after ``1.``), so justified Chinese
   text gets no stray spaces;
2. page furniture goes: page numbers (``— 3 —``, ``- 3 -``, ``第3页``, ``3/12``) in the first
   or last lines of a page, and running headers and footers (the same first or last line,
   digits aside, on most pages);
3. lines are joined into paragraphs by the layout (``_starts_paragraph``): a line starts a
   new paragraph when the line before it ended short of the right margin (the first unit of
   the new line would have fitted there), when it is indented or outdented against the
   body's left edge, when it opens with a list marker, when the font size changes, or after
   a larger vertical gap than the text's line spacing. Centred lines of one size (a title
   that wraps) are one paragraph.

Tables drawn with ruling lines are read as rows of cells (pdfplumber's table finder) and
never run into the text: a statutory table is never one run of digits.
A PDF without any text (a scan) is refused with a one-line error that says so.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ..errors import LoadError
from . import Paragraph, RawDocument, table_paragraph
from .furniture import drop_furniture

# -- markers that open a paragraph of these reports (一、 （一） 1. （1） 一是); a dot followed by
#    a digit is a decimal point, not an item --
_NUM = "一二三四五六七八九十百零〇"
_MARKER = re.compile(
    rf"^\s*(?:[{_NUM}]+\s*、|[(（]\s*[{_NUM}\d]+\s*[)）]|\d{{1,2}}\s*(?:、|[.．](?!\d))|[{_NUM}]+是|第[{_NUM}]+[章节条部分])"
)
_OPENING = "“‘（(《〈「『【〔"
_CLOSING = "，。、；：？！”’）)》〉」』】〕,.;:?!%…"
_LATIN = re.compile(r"[0-9A-Za-z.%％]")


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


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the paragraphs of the PDF ``data``; tables come as rows of cells."""
    try:
        import pdfplumber
        from pdfminer.pdfparser import PDFSyntaxError
        from pdfminer.psparser import PSException
    except ImportError:  # pragma: no cover - a declared dependency
        raise LoadError(source, "reading PDF needs pdfplumber (pip install pdfplumber)") from None
    pages: list[list[Line]] = []
    tables: list[tuple[int, float, list[list[str]]]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                found = _ruled_tables(page)
                tables += [(number, box[1], rows) for box, rows in found]
                boxes = [box for box, _rows in found]
                pages.append(_lines([c for c in page.chars if c["text"].strip() and not _inside(c, boxes)], number))
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise LoadError(source, f"not a readable PDF ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises bare Exceptions for broken files
        names = f"{type(exc).__name__} {exc}".lower()
        if "password" in names or "encrypt" in names:
            raise LoadError(source, "the PDF is password-protected; save an unprotected copy") from None
        raise LoadError(source, f"not a readable PDF ({exc})") from None
    if not any(pages) and not tables:
        raise LoadError(source, "the PDF has no text layer (a scanned image?); run OCR first, "
                                "e.g. ocrmypdf -l chi_sim FILE.pdf OUT.pdf")
    lines = [line for page in drop_furniture(pages, lambda line: line.text) for line in page]
    text = "".join(line.text for line in lines)
    if text.count("(cid:") * 6 > max(len(text), 1):
        raise LoadError(source, "the PDF's fonts carry no Unicode text (characters show as (cid:N)); "
                                "export it again with fonts embedded as text, or run OCR")
    return RawDocument(source, _paragraphs(lines, tables))


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


def _lines(chars: list[dict], page: int) -> list[Line]:
    """Group characters into lines by baseline, left to right."""
    rows: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        if rows and abs(rows[-1][-1]["bottom"] - char["bottom"]) <= 0.3 * char["size"]:
            rows[-1].append(char)
        else:
            rows.append([char])
    lines = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        size = Counter(round(c["size"], 1) for c in row).most_common(1)[0][0]
        pieces = [row[0]["text"]]
        for before, char in zip(row, row[1:]):
            # -- a gap of more than half a character is a space or a tab in the source --
            if char["x0"] - before["x1"] > 0.5 * size:
                pieces.append(" ")
            pieces.append(char["text"])
        lines.append(Line(page, "".join(pieces), row[0]["x0"], row[-1]["x1"], min(c["top"] for c in row),
                          max(c["bottom"] for c in row), size, _first_unit(row)))
    return lines


def _first_unit(row: list[dict]) -> float:
    """Width of the first piece of ``row`` a line breaker keeps whole.

    Opening punctuation never ends a line and closing punctuation never starts one, so the
    piece runs on over both (动“一 …, 式, …); a Latin or digit run (3.5, 1,234) is whole, and
    so is a digit run glued on by a comma (式,42個 does not break before 42).
    """
    index, last = 0, len(row) - 1
    while True:
        while index < last and row[index]["text"] in _OPENING:
            index += 1
        if _LATIN.match(row[index]["text"]):
            while index < last and (_LATIN.match(row[index + 1]["text"]) or
                                    (row[index + 1]["text"] in ",." and index + 2 <= last
                                     and row[index + 2]["text"].isdigit())):
                index += 1
        while index < last and row[index + 1]["text"] in _CLOSING:
            index += 1
        if index < last and (row[index + 1]["text"] in _OPENING or
                             (row[index]["text"] in ",.:" and row[index + 1]["text"].isdigit())):
            index += 1
            continue
        return row[index]["x1"] - row[0]["x0"]


def _paragraphs(lines: list[Line], tables: list[tuple[int, float, list[list[str]]]]) -> tuple[Paragraph, ...]:
    """Join lines into paragraphs by the layout; each table goes where it stood on its page."""
    if not lines:
        return tuple(table_paragraph(rows, index) for index, (_page, _top, rows) in enumerate(tables, 1))
    body_size = Counter(line.size for line in lines).most_common(1)[0][0]
    body = [line for line in lines if abs(line.size - body_size) < 0.5] or lines
    left = Counter(round(line.x0) for line in body).most_common(1)[0][0]
    # -- the right margin: where the longest lines end (a few may reach past it by a half-width
    #    mark or an unbreakable run) --
    ends = sorted(line.x1 for line in body)
    right = ends[int(0.9 * (len(ends) - 1))]
    steps = [b.bottom - a.bottom for a, b in zip(body, body[1:])
             if a.page == b.page and 0 < b.bottom - a.bottom < 3 * body_size]
    step = statistics.median(steps) if steps else 1.5 * body_size

    groups: list[list[Line]] = []
    for line in lines:
        if groups and not _starts_paragraph(groups[-1][-1], line, left, right, step, body_size):
            groups[-1].append(line)
        else:
            groups.append([line])
    placed = [((group[0].page, group[0].top), _join(group), None) for group in groups]
    placed += [((page, top), "", rows) for page, top, rows in tables]
    placed.sort(key=lambda item: item[0])
    return tuple(table_paragraph(rows, index) if rows is not None else Paragraph(text, index)
                 for index, (_where, text, rows) in enumerate(placed, 1))


def _starts_paragraph(previous: Line, line: Line, left: float, right: float, step: float,
                      body_size: float) -> bool:
    """Whether ``line`` opens a paragraph rather than continuing ``previous`` (the rule in the
    module docstring; checked in this order)."""
    size = line.size
    if abs(previous.size - size) >= 0.5:
        return True
    if _MARKER.match(line.text):
        return True
    full = right - previous.x1 <= line.first_unit + 0.75 * size
    if _centred(line, left, right):
        # -- a centred title wrapping: its first line fills the width, or (in a title font)
        #    both lines are centred; a centred signature block of body size stays apart --
        return not (full or (_centred(previous, left, right) and size > body_size + 0.5))
    if abs(line.x0 - left) > 0.5 * size:
        return True  # -- first-line indent, or the outdent of a hanging list item --
    if not full:
        return True  # -- the line before ended where the next words would have fitted --
    return previous.page == line.page and line.bottom - previous.bottom > 1.4 * step


def _centred(line: Line, left: float, right: float) -> bool:
    margin_left, margin_right = line.x0 - left, right - line.x1
    return margin_left > 2 * line.size and abs(margin_left - margin_right) < 1.5 * line.size


def _join(group: list[Line]) -> str:
    text = group[0].text
    for line in group[1:]:
        # -- Chinese wraps anywhere with no space; Latin words wrapped at a space get it back --
        space = " " if re.search(r"[A-Za-z]$", text) and re.match(r"[A-Za-z]", line.text) else ""
        text += space + line.text
    return text


__all__ = ["Line", "read_bytes"]
