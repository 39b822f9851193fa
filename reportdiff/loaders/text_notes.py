"""Footnotes in ``pdftotext`` output: Word sets a note at the foot of the page its mark is on,
and pdftotext writes it there among the body's lines (…（六）推进桥头村依法治理 / 1 “综合查一次”指… /
一是推行…), the mark a plain digit glued to the word it follows (“综合查一次”1。). The notes leave
the body, as the Word and PDF readers keep them (after it, marked ``note``), and the marks leave
the words."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lazy_re
from . import Paragraph

#: A note's first line at a page's foot: its number, a space, its text.
_NOTE_LINE = lazy_re.compile(r"^(\d{1,2})\s+(\S.*)$")
#: Notes are few; a number beyond this at a line's start is a figure's (…检查 / 46 家次).
_MOST_NOTES = 30


def _mark(number: int) -> re.Pattern[str]:
    """The mark ``number`` in the body: glued to the word before it (no space, as pdftotext
    spaces a figure apart: 检查 46 家次), no digit, point or unit after it."""
    return re.compile(rf"(?<=[^\x00-\x7f])({number})(?![\d.．%％])")


def split_notes(pages: list[list[Paragraph]]) -> tuple[list[list[Paragraph]], list[Paragraph]]:
    """``pages`` without the notes at their feet, and the notes (one paragraph each, its number
    first, as the Word reader gives them). A run of lines to the page's end counts only where it
    opens on the next note number (numbered on from 1 through the report) and each number in it
    marks a word higher on the same page."""
    kept, notes, expected = [], [], 1
    for page in pages:
        start = _notes_start(page, expected)
        if start is None:
            kept.append(page)
            continue
        body, found = list(page[:start]), []
        for line in page[start:]:
            match = _NOTE_LINE.match(line.text)
            if match and int(match.group(1)) == expected + len(found):
                found.append([f"{match.group(1)} {match.group(2)}", line.line])
            else:
                found[-1][0] += line.text  # -- a note wrapped onto a second line --
        for number, _ in enumerate(found, expected):
            for index, line in enumerate(body):
                if (replaced := _mark(number).sub("", line.text, count=1)) != line.text:
                    body[index] = replace(line, text=replaced)
                    break
        expected += len(found)
        kept.append(body)
        notes += [Paragraph(text, line, note=True) for text, line in found]
    return kept, notes


def _notes_start(page: list[Paragraph], expected: int) -> int | None:
    """Where the notes at ``page``'s foot start: the earliest line opening on note ``expected``
    from which every numbered line counts on and has its mark above; None without one."""
    for start, line in enumerate(page):
        match = _NOTE_LINE.match(line.text)
        if not match or int(match.group(1)) != expected or expected > _MOST_NOTES:
            continue
        numbers = [int(m.group(1)) for other in page[start:] if (m := _NOTE_LINE.match(other.text))]
        above = " ".join(other.text for other in page[:start])
        if numbers == list(range(expected, expected + len(numbers))) and all(
                _mark(number).search(above) for number in numbers):
            return start
    return None
