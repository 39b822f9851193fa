"""Paragraphs an editor broke into short lines, found again by the blank lines between them.

A WeChat editor (or a site's) breaks each paragraph into short lines, a sentence or a clause a line,
and sets a blank line between paragraphs; copied as text, every short line would read as a
paragraph of its own (a measure a sentence, a section's heading parted from its body). Where a
text separates its paragraphs by blank lines and its lines are short, the lines of one block are
one paragraph again. Hard-wrapped text (every line at one width) is ``parse_wrap``'s.
"""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re
from .loaders import Paragraph
from .parse_markers import display_len, is_marker_line

#: How long an editor's short line is at most (full-width characters); a line a paragraph is longer.
_SHORT = 40
#: How narrow a page or a window wraps text at the least (full-width characters).
_NARROWEST_WRAP = 20
#: How many blocks of three short lines or more show the editor's habit (one alone may be a list
#: under a title).
_MIN_BLOCKS = 3
#: A line the editor broke ends a clause or a sentence; a wrapped line ends anywhere.
_BROKEN_END = lazy_re.compile(r"[，,；;：:。！？!?、]$")


def _blocks(paragraphs: tuple[Paragraph, ...]) -> list[list[Paragraph]]:
    """Runs of paragraphs on consecutive lines: a blank line (or a line set aside) ends one."""
    blocks: list[list[Paragraph]] = []
    for paragraph in paragraphs:
        if blocks and paragraph.line == blocks[-1][-1].line + 1:
            blocks[-1].append(paragraph)
        else:
            blocks.append([paragraph])
    return blocks


def _broken(block: list[Paragraph]) -> bool:
    """Whether a block's lines are one paragraph an editor broke: two lines or more, each short,
    each but the last ending a clause or a sentence, none after the first opening a heading, an
    item or a point, no table or Word heading among them, and not all of one width (a wrap)."""
    if len(block) < 2 or any(p.table is not None or p.heading_level is not None or p.note for p in block):
        return False
    lengths = [display_len(p.text) for p in block]
    if max(lengths) > _SHORT or any(_BROKEN_END.search(p.text.rstrip()) is None for p in block[:-1]):
        return False
    if any(is_marker_line(p.text) for p in block[1:]):
        return False
    # -- (lines of one width, as wide as a page's, are a wrap's though each ended on a mark) --
    return len(block) == 2 or min(lengths[:-1]) < _NARROWEST_WRAP or max(lengths[:-1]) - min(lengths[:-1]) > 2


def join_broken_blocks(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """``paragraphs`` with each block of an editor's short lines (see the module's docstring)
    joined into one paragraph, its lines run together (with line breaks kept, the wrap joins of
    parse_wrap would read each line as a wrapped one and run the next paragraph on).
    Texts written a paragraph a line, or with no blank lines between paragraphs, pass unchanged."""
    blocks = _blocks(paragraphs)
    broken = [_broken(block) for block in blocks]
    # -- the habit shows in blocks of three lines or more: a heading over its one-line lead
    #    (（二）着力稳市场主体保就业…。 / 完善减负纾困等政策…。), a blank line after, is two paragraphs --
    if sum(1 for block, is_broken in zip(blocks, broken) if is_broken and len(block) >= 3) < _MIN_BLOCKS:
        return paragraphs
    joined: list[Paragraph] = []
    for block, is_broken in zip(blocks, broken):
        if is_broken:
            joined.append(replace(block[0], text="".join(p.text for p in block)))
        else:
            joined.extend(block)
    return tuple(joined)


__all__ = ["join_broken_blocks"]
