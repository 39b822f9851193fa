"""pdftotext's reading order around Word's automatic numbering: where several numbered paragraphs
follow each other, each a line or two, the numbers stand in a column of their own at the left
margin and pdftotext reads that column first — （一） / 1. / 2. / 件。 (a wrapped last line short
enough to lie inside the column) — then the paragraphs' texts. Each number goes back before its
own text, in order, and a short last line back after the text it ends."""

from __future__ import annotations

import unicodedata
from ..parse_markers import display_len, prefix_only
from . import Paragraph

#: A wrapped last line inside the number column is no wider than a number with its tab.
_TAIL_MAX = 6
_ENDS = "。;!?:"


def _ended(text: str) -> bool:
    return unicodedata.normalize("NFKC", text.rstrip()[-1:]) in _ENDS


def _tail(text: str) -> bool:
    return display_len(text) <= _TAIL_MAX and _ended(text) and not prefix_only(text)


def _tails_given(texts: list[Paragraph], tails: list[Paragraph], count: int) -> dict[int, Paragraph] | None:
    """Which text line each tail ends (by position), or None where the ``count`` lines after the
    column are not that many paragraphs' first lines: too few, a number or a table among them, more
    tails than unfinished lines, or a full line ending nothing left without a tail (it goes on in
    the next line)."""
    if len(texts) < count or any(prefix_only(p.text) or p.table for p in texts):
        return None
    open_lines = sorted((i for i, p in enumerate(texts) if not _ended(p.text)),
                        key=lambda i: -display_len(texts[i].text))[:len(tails)]
    if len(open_lines) < len(tails):
        return None
    given = dict(zip(sorted(open_lines), tails))
    widest = max(display_len(p.text) for p in texts)
    if any(not _ended(p.text) and i not in given and display_len(p.text) > widest - _TAIL_MAX
           for i, p in enumerate(texts)):
        return None
    return given


def renumber(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """``paragraphs`` (pdftotext's lines) with each run of two or more numbers alone, read before
    their texts, put back before them: the run's k numbers, then its short tails, then k lines of
    text, each one paragraph's first line; a tail ends the longest unfinished line among them
    (the line that wrapped). Runs that do not fit this shape are left as they are."""
    out: list[Paragraph] = []
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and prefix_only(paragraphs[end].text):
            end += 1
        count = end - index
        if count < 2:
            out.append(paragraphs[index])
            index += 1
            continue
        tails_end = end
        while tails_end < len(paragraphs) and _tail(paragraphs[tails_end].text):
            tails_end += 1
        texts = paragraphs[tails_end:tails_end + count]
        given = _tails_given(texts, paragraphs[end:tails_end], count)
        if given is None:
            out.extend(paragraphs[index:end])  # -- not the column's shape: as read --
            index = end
            continue
        for position, (marker, text) in enumerate(zip(paragraphs[index:end], texts)):
            out += [marker, text, *([given[position]] if position in given else [])]
        index = tails_end + count
    return out
