"""A PDF's lines (``pdf.Line``, in reading order) joined into paragraphs by the page layout.

A line starts a new paragraph (``_starts_paragraph``) when the line before it ended short of
the right margin (the first unit of the new line would have fitted there), when it is indented
or outdented against the body's left edge, when it opens with a list marker, when the font size
changes, or after a larger vertical gap than the text's line spacing. Centred lines of one size
(a title that wraps) are one paragraph. The edges are each column's own; the left edge is where
lines start after a full line (a wrapped paragraph's continuation), not the commonest start,
which is the first-line indent when paragraphs are short.

A paragraph that ends flush with the margin, with no indent and no gap after it, shows itself
in two ways (Word → LibreOffice PDFs of full reports joined paragraphs so):

- in justified text every wrapped line is stretched to the column's right edge; a line that
  fills the column but stops short of that edge was not stretched: it is a paragraph's last;
- a page that stops a line or more above the foot its other pages reach, its last line ending a
  sentence and nothing drawn below it (a figure, a table, footnotes), kept the next paragraph's
  first line off it (orphan control): the paragraph ends.

A line that opens with a point marker starts a paragraph, except where the marker was only cut
at a line end: ``…。十`` / ``一是…`` is 十一是, and 六是 (or （六）) opening a line that follows a full
line goes on with the paragraph whose run of points has reached 五是 (（五）) inside it.

A bold phrase opening a paragraph and closed by 。 or ： (**依法决策。**严格执行…, in a bold or 黑体
face) is its lead (``Paragraph.lead``, as the Word reader gives it), and opens a paragraph after a
line ending a sentence, as a marker does.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import lazy_re
from ..parse_markers import NUMERAL_VALUES, chinese_numeral
from . import Paragraph, table_paragraph

if TYPE_CHECKING:  # pragma: no cover
    from .pdf import Line

# -- markers that open a paragraph of these reports (一、 （一） 1. （1） 一是); a dot followed by
#    a digit is a decimal point, not an item --
_NUM = "一二三四五六七八九十百零〇"
MARKER = lazy_re.compile(
    rf"^\s*(?:[{_NUM}]+\s*、|[(（]\s*[{_NUM}\d]+\s*[)）]|\d{{1,2}}\s*(?:、|[.．](?!\d))|[{_NUM}]+是|第[{_NUM}]+[章节条部分])"
)
#: Points of a run that may wrap to a line's start inside their paragraph: 六是, （六）.
_POINT = lazy_re.compile(r"^\s*([一二三四五六七八九十]+)是")
_SECTION = lazy_re.compile(r"^\s*[(（]\s*([一二三四五六七八九十]+)\s*[)）]")
_NUMERAL_TAIL = lazy_re.compile(r"[一二三四五六七八九十]+$")
_SENTENCE_END = lazy_re.compile(r"[。！？；!?;][”’」』）)]*$")
#: Each column's left and right margins and its justified edge (None for ragged text).
Margins = dict[int, tuple[float, float, float | None]]


def paragraphs(lines: list[Line], tables: list[tuple[int, float, list[list[str]]]],
               drawn: dict[int, float] | None = None) -> tuple[Paragraph, ...]:
    """Join lines into paragraphs by the layout; each table goes where it stood on its page.
    ``drawn``: each page's lowest drawn shape (its bottom), which may fill a page's foot."""
    if not lines:
        return tuple(table_paragraph(rows, index) for index, (_page, _top, rows) in enumerate(tables, 1))
    lines = _settle_columns(lines)
    body_size = Counter(line.size for line in lines).most_common(1)[0][0]
    body = [line for line in lines if abs(line.size - body_size) < 0.5] or lines
    # -- each column of a page set in columns has its margins; a column of a line or two (a
    #    heading across a two-column page) takes the whole body's --
    margins = {column: _margins([line for line in body if line.column == column], body)
               for column in {line.column for line in lines}}
    steps = [b.baseline - a.baseline for a, b in zip(body, body[1:])
             if a.page == b.page and 0 < b.baseline - a.baseline < 3 * body_size]
    step = statistics.median(steps) if steps else 1.5 * body_size
    foot = max(line.baseline for line in body)  # -- the lowest any page's text reaches --

    indented = _indented_columns(body, margins)
    groups: list[list[tuple[int, Line]]] = []
    for index, line in enumerate(lines):
        if groups and (_marker_runs_on(groups[-1], line, margins) or not (
                _starts_paragraph(groups[-1][-1][1], line, margins, step, body_size)
                or _after_wrap_ended(groups[-1], line, margins)
                or _kept_off_the_page(groups[-1][-1][1], line, foot, step, drawn or {})
                and not _carried_over(line, margins, indented))):
            groups[-1].append((index, line))
        else:
            groups.append([(index, line)])
    # -- in reading order (columns one after the other); a table goes before the first line
    #    below its top on its page --
    placed = [((group[0][1].page, group[0][0], 1), [line for _index, line in group], None) for group in groups]
    placed += [((page, _line_below(lines, page, top), 0), [], rows) for page, top, rows in tables]
    placed.sort(key=lambda item: item[0])
    return tuple(table_paragraph(rows, index) if rows is not None else Paragraph(join(group), index, lead=_lead(group))
                 for index, (_where, group, rows) in enumerate(placed, 1))


_SENTENCE_ENDS = ("。", "！", "？", "；", "!", "?", ";")


def _lead(group: list[Line]) -> str:
    """The bold phrase opening a paragraph when it closes on 。 or ： and plain text follows
    (**依法决策。**严格执行…), as the Word reader gives it; a bold phrase may wrap onto the next line."""
    lead = ""
    for line in group:
        lead += line.bold
        if line.bold != line.text:
            break
    else:
        return ""  # -- bold throughout: a heading, no lead before a body --
    lead = lead.strip()
    return lead if lead.endswith(("。", "：", ":")) else ""


def _line_below(lines: list[Line], page: int, top: float) -> int:
    """Index of the first line of ``page`` below ``top`` (past the page's last line if none)."""
    on_page = [index for index, line in enumerate(lines) if line.page == page]
    return next((index for index in on_page if lines[index].top > top), on_page[-1] + 1 if on_page else 0)


def _settle_columns(lines: list[Line]) -> list[Line]:
    """Lines of a page with no gutter of its own (the last page of a two-column text, filling
    only part of its left column) that stand within the left or right column of the other
    pages belong to that column."""
    frames = {column: (min(line.x0 for line in lines if line.column == column),
                       max(line.x1 for line in lines if line.column == column))
              for column in (1, 2) if any(line.column == column for line in lines)}
    if not frames:
        return lines

    def column_of(line: Line) -> int:
        if 1 in frames and line.x1 <= frames[1][1] + 0.5 * line.size:
            return 1
        if 2 in frames and line.x0 >= frames[2][0] - 0.5 * line.size:
            return 2
        return 0

    return [replace(line, column=column_of(line)) if line.column == 0 else line for line in lines]


def _margins(column: list[Line], body: list[Line]) -> tuple[float, float, float | None]:
    """The left and right margins of a column's body lines (of ``body`` when it has few), and
    its justified edge: where nearly all its full lines end, if they do (None for ragged text)."""
    lines = column if len(column) >= 3 else body
    # -- the right margin: where the longest lines end (a few may reach past it by a half-width
    #    mark or an unbreakable run) --
    ends = sorted(line.x1 for line in lines)
    right = ends[int(0.9 * (len(ends) - 1))]
    # -- the left margin: where lines start after a line that ran to the right margin (the
    #    continuations of wrapped paragraphs). Counting every line start instead takes the
    #    first-line indent when paragraphs are short, their indented first lines and one-line
    #    headings being the most; one-line paragraphs only take the commonest start --
    wrapped = [(previous, line) for previous, line in zip(lines, lines[1:]) if _reaches(previous, line, right)]
    after_full = Counter(round(line.x0) for _previous, line in wrapped)
    left = (after_full or Counter(round(line.x0) for line in lines)).most_common(1)[0][0]
    return left, right, _justified_edge([previous for previous, _line in wrapped])


def _justified_edge(wrapped: list[Line]) -> float | None:
    """Where the wrapped lines of justified text end; None for ragged text. Justified, most of
    them (ten at least) are set wider than their type, stretched to the edge, and end there."""
    stretched = [line for line in wrapped if line.spread > 0.02 * line.size]
    if len(wrapped) < 10 or len(stretched) < 0.6 * len(wrapped):
        return None
    return statistics.median(line.x1 for line in stretched)


def _reaches(previous: Line, line: Line, right: float) -> bool:
    """Whether ``previous`` ran to the right margin ``right``: ``line``'s first unit would not
    have fitted after it."""
    return right - previous.x1 <= line.first_unit + 0.75 * line.size


def _flush(previous: Line, line: Line, margins: Margins) -> bool:
    """Whether ``previous`` ran on into ``line``: it reached the right margin, and in justified
    text it was stretched to the edge (a paragraph's last line is not)."""
    _left, right, edge = margins[previous.column]
    return _reaches(previous, line, right) and (edge is None or previous.x1 >= edge - 0.1 * previous.size)


def _starts_paragraph(previous: Line, line: Line, margins: Margins, step: float, body_size: float) -> bool:
    """Whether ``line`` opens a paragraph rather than continuing ``previous`` (the rule in the
    module docstring; checked in this order). Each line is measured against its column's margins."""
    size = line.size
    if abs(previous.size - size) >= 0.5:
        return True
    if MARKER.match(line.text):
        return True
    if _ordinal_after_lost_end(previous.text, line.text):
        return True  # -- 第一，… after a line that lost its 。, as in every other form --
    if previous.text.endswith(_SENTENCE_ENDS) and line.bold != line.text and _lead([line]):
        return True  # -- a bold lead phrase after a sentence's end opens a measure, as a marker does --
    left, right, _edge = margins[line.column]
    if _STOPPED.search(previous.text) and _whole(line, right):
        return True  # -- after a sentence's end, a short line with no sentence (a subheading, a caption) --
    before = margins[previous.column][:2]
    full = _reaches(previous, line, before[1])
    if full and _OCCASION.search(previous.text) and _centred(line, left, right):
        # -- the occasion line under a 政府工作报告's title (——…第六次会议上) is whole where it
        #    ends, even when it fills the width: the speaker's line centred under it opens its own --
        return True
    if size > body_size + 0.5 and full and _balanced(line, left, right) and _balanced(previous, *before):
        return False  # -- a title wrapping in a narrow column: centred lines that nearly fill it --
    if _centred(line, left, right):
        # -- a centred title wrapping: its first line fills the width, or (in a title font)
        #    both lines are centred; a centred signature block of body size stays apart --
        return not (full or (_centred(previous, *before) and size > body_size + 0.5))
    if abs(line.x0 - left) > 0.5 * size:
        return True  # -- first-line indent, or the outdent of a hanging list item --
    if not _flush(previous, line, margins):
        return True  # -- the line before ended where the next words would have fitted --
    return previous.page == line.page and line.baseline - previous.baseline > 1.4 * step


def _ordinal_after_lost_end(previous: str, text: str) -> bool:
    from ..parse_whole import cut_shows, ordinal_after_open_line  # -- (the tokenizer, only when asked) --

    return ordinal_after_open_line(previous, text) and not cut_shows(previous, text)


#: The occasion a report was given at, closing its line: ——2026年1月14日在…大会第六次会议上.
_OCCASION = lazy_re.compile(r"^\s*[—－-]{1,2}.*(?:会议|會議|大会|大會)上\s*$")
#: A sentence's end closing a line (a closing quote or bracket may follow it).
_STOPPED = lazy_re.compile(r"[。！？!?][”’」』）)]*$")
#: What a line holding a sentence has in it, and what a paragraph's last line ends on.
_SENTENCE_MARK = lazy_re.compile(r"[。；;：:！!？?]")
_ENDS = ("。", "；", ";", "：", ":", "！", "!", "？", "?", "…", "”", "’", "」", "』", "）", ")", "】", "》",
         # -- …and what a line cut inside a clause ends on (…推出新举措，“ / 一带一路) --
         "，", ",", "、", "“", "‘", "「", "『", "《", "（", "(")


def _whole(line: Line, right: float) -> bool:
    """Whether ``line`` stands whole: short of the right margin with no sentence in it and no
    mark at its end (nor a clause's or an open quotation's: then it was cut). A paragraph's last line ends on a mark, and a line before more of it reaches
    the margin; so after a sentence's end such a line opens a paragraph (a subheading over its
    body, a caption) however the margin was read (a short report's lines may all stop short)."""
    text = line.text.strip()
    return (bool(text) and not _SENTENCE_MARK.search(text) and not text.endswith(_ENDS)
            and right - line.x1 > 2 * line.size)


def _indented_columns(body: list[Line], margins: Margins) -> set[int]:
    """The columns whose paragraphs open with a first-line indent of two characters (three
    such openings at least): there a page's first line at the margin goes on with the paragraph
    the page before left, whatever its last line ended with (widow control moved it)."""
    openings = Counter(line.column for line in body
                       if abs(line.x0 - margins[line.column][0] - 2 * line.size) <= 0.5 * line.size)
    return {column for column, count in openings.items() if count >= 3}


def _carried_over(line: Line, margins: Margins, indented: set[int]) -> bool:
    """Whether ``line``, opening a page, is a paragraph's lines carried over by widow control:
    where paragraphs open indented, a full line of plain text at the margin (a heading there is
    short, or bold throughout)."""
    left, right, _edge = margins[line.column]
    return (line.column in indented and abs(line.x0 - left) <= 0.5 * line.size
            and right - line.x1 <= 1.5 * line.size and line.bold != line.text)


def _kept_off_the_page(previous: Line, line: Line, foot: float, step: float, drawn: dict[int, float]) -> bool:
    """Whether ``line`` opens a page that ``previous`` left early after a sentence's end: one more
    line would have stood above the foot other pages reach (a page whose foot lies less than a
    line below its last line counts too: the foot seen is the lowest line set, not the margin).
    A page with a figure, a table or footnotes drawn below its text was not left early."""
    return (line.page != previous.page and bool(_SENTENCE_END.search(previous.text))
            and previous.baseline + step <= foot + 0.25 * step and drawn.get(previous.page, 0.0) <= previous.bottom)


def _marker_runs_on(group: list[tuple[int, Line]], line: Line, margins: Margins) -> bool:
    """Whether ``line`` opens with a point marker that belongs to the paragraph ``group`` is
    reading: after a full line of the same size, a numeral cut at the line end (十 / 一是), or
    the next point of a run the paragraph holds inside it (…五是…。 / 六是)."""
    previous = group[-1][1]
    if not MARKER.match(line.text) or abs(previous.size - line.size) >= 0.5 or not _flush(previous, line, margins):
        return False
    if (tail := _NUMERAL_TAIL.search(previous.text)) and (point := _POINT.match(line.text)):
        return tail.group() + point.group(1) in NUMERAL_VALUES
    for form, shape in ((_POINT, "{}是"), (_SECTION, "[(（]{}[)）]")):
        if (match := form.match(line.text)) and (number := NUMERAL_VALUES.get(match.group(1), 0)) > 1:
            before = shape.format(chinese_numeral(number - 1))
            text = join([member for _index, member in group])
            return re.search(r"[。；;：:！？]\s*" + before, text) is not None
    return False


def _after_wrap_ended(group: list[tuple[int, Line]], line: Line, margins: Margins) -> bool:
    """Whether a centred ``line`` follows a paragraph whose wrap has ended: a line that filled
    the width, then a short one (——…人民代表大 / 会第六次会议上). A title broken by hand into
    short centred lines goes on; this one ended, and the speaker's line opens its own."""
    if len(group) < 2:
        return False
    before, previous = group[-2][1], group[-1][1]
    left, right, _edge = margins[line.column]
    right_before = margins[before.column][1]
    return (_centred(line, left, right) and _reaches(before, previous, right_before)
            and not _reaches(previous, line, margins[previous.column][1]))


def _balanced(line: Line, left: float, right: float) -> bool:
    return abs((line.x0 - left) - (right - line.x1)) < 1.5 * line.size


def _centred(line: Line, left: float, right: float) -> bool:
    margin_left, margin_right = line.x0 - left, right - line.x1
    # -- a paragraph's first line indented two characters and stopping a character short of the
    #    margin is no centred line: its left margin is the indent --
    return margin_left > 2.5 * line.size and abs(margin_left - margin_right) < 1.5 * line.size


def join(group: list[Line]) -> str:
    """The lines of a paragraph as its text: Chinese wraps anywhere with no space; Latin words
    wrapped at a space get it back."""
    text = group[0].text
    for line in group[1:]:
        space = " " if re.search(r"[A-Za-z]$", text) and re.match(r"[A-Za-z]", line.text) else ""
        text += space + line.text
    return text


__all__ = ["MARKER", "join", "paragraphs"]
