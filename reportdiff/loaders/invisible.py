"""Invisible characters out of every reader's paragraphs.

Web pages and wiki exports leave zero-width spaces and joiners, word joiners, soft hyphens and
stray BOMs inside and between lines (the State Council's own pages put a zero-width space on a
line of its own between the halves of a cut sentence). They are never content; copied into
Word or printed to PDF they travel on, so ``RawDocument`` removes them from every reader's
text, and a paragraph left empty is no paragraph (it would be a measure of its own, "changed"
against the clean text).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from .. import lazy_re

#: Code points that are never content: zero-width space/non-joiner/joiner, word joiner, soft
#: hyphen, BOM (in mid-text), Mongolian vowel separator.
INVISIBLE = (0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF, 0x180E)
_INVISIBLE_RE = lazy_re.compile("[" + "".join(map(chr, INVISIBLE)) + "]")

P = TypeVar("P")


def visible_paragraphs(paragraphs: tuple[P, ...]) -> tuple[P, ...]:
    """``paragraphs`` (loaders' ``Paragraph``) without invisible characters, and without the
    paragraphs (not tables) that held nothing else; the same tuple when none holds one."""
    if not any(_INVISIBLE_RE.search(paragraph.text) for paragraph in paragraphs):
        return paragraphs
    kept = []
    for paragraph in paragraphs:
        if _INVISIBLE_RE.search(paragraph.text) is None:
            kept.append(paragraph)
            continue
        text = _INVISIBLE_RE.sub("", paragraph.text)
        if paragraph.table is None and not text.strip():
            continue
        table = paragraph.table and tuple(tuple(_INVISIBLE_RE.sub("", cell) for cell in row) for row in paragraph.table)
        kept.append(replace(paragraph, text=text, table=table, lead=_INVISIBLE_RE.sub("", paragraph.lead)))
    return tuple(kept)


__all__ = ["INVISIBLE", "visible_paragraphs"]
