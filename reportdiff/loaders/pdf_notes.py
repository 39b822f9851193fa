"""Footnotes of a PDF report, told from the body by the page layout.

Word, WPS and LibreOffice set a page's footnotes at its foot below a short rule (a stroke of a
fifth or so of the text width from the left margin), each opening with its number. Read as body
text, a note became a paragraph of the report (a new measure, a new 提法) and cut the paragraph
that runs on over the page break in two. The note's reference mark in the body, set
superscript and small, stood on a line of its own above the line that holds it, and cut that
line's paragraph too. Here the notes are taken out of the page's lines (given after the body,
marked ``note``) and the reference marks dropped from the body, as the Word readers give them.
"""

from __future__ import annotations

from .. import lazy_re
from . import Paragraph

#: A note opens with its number: 1 ① [1] (1) 注1 *.
_NOTE_NUMBER = lazy_re.compile(r"^\s*(?:\d{1,3}(?![.．、\d])|[①-⑳]|[\[［(（]\d{1,3}[\]］)）]|注\s*\d*[:：]?|\*)")
_MARK = lazy_re.compile(r"^(?:\d{1,3}|[①-⑳*]|[\[［]\d{1,3}[\]］])$")


def note_rule(page) -> float | None:
    """The top of a page's footnote rule (pdfplumber page): a thin horizontal stroke in the lower
    half of the page, starting in its left third and shorter than half its width; None if none."""
    found = [shape["top"] for shape in (*page.lines, *page.rects)
             if shape["bottom"] - shape["top"] <= 2 and 0.05 * page.width <= shape["x1"] - shape["x0"] <= 0.5 * page.width
             and shape["x0"] < page.width / 3 and shape["top"] > page.height / 2]
    return max(found) if found else None


def footnotes(lines: list, rules: dict[int, float]) -> tuple[list, list[list]]:
    """``lines`` (pdf ``Line``) without footnotes and reference marks, and the notes, each its lines.

    A page's lines below its rule are notes when the first of them opens with a note number;
    each line that opens with one at the notes' left edge starts a note."""
    body_size = max(((sum(1 for line in lines if line.size == size), size) for size in {line.size for line in lines}),
                    default=(0, 0.0))[1]
    notes: list[list] = []
    kept = []
    below = {page: [line for line in lines if line.page == page and line.top > top] for page, top in rules.items()}
    for page, block in below.items():
        if not block or not _NOTE_NUMBER.match(block[0].text):
            below[page] = []
    left = {page: min(line.x0 for line in block) for page, block in below.items() if block}
    for line in lines:
        if line in below.get(line.page, ()):
            if not notes or notes[-1][0].page != line.page or (
                    _NOTE_NUMBER.match(line.text) and line.x0 <= left[line.page] + 0.5 * line.size):
                notes.append([line])
            else:
                notes[-1].append(line)
        elif not _reference_mark(line, lines, body_size):
            kept.append(line)
    return kept, notes


def _reference_mark(line, lines: list, body_size: float) -> bool:
    """A note's reference mark set superscript: a number in small type alone on its row, inside
    the height and width of a body line of its page."""
    if line.size > 0.8 * body_size or not _MARK.match(line.text):
        return False
    return any(other is not line and other.page == line.page and other.size > line.size
               and other.top - 0.5 * line.size <= line.top <= other.bottom and other.x0 <= line.x0 <= other.x1
               for other in lines)


def note_paragraphs(notes: list[list], after: int, join) -> tuple[Paragraph, ...]:
    """The notes as paragraphs marked ``note``, numbered on from line ``after``."""
    return tuple(Paragraph(join(note), after + index, note=True) for index, note in enumerate(notes, 1))


__all__ = ["footnotes", "note_paragraphs", "note_rule"]
