"""Read Rich Text Format (.rtf) reports: WPS and Word save them, and some bodies publish them.

The RTF syntax is undone by ``striprtf`` (BSD, pure Python, one module): it drops the groups
that are not body text (font and style tables, headers, footers, footnotes), decodes ``\\uN``
characters and ``\\'hh`` bytes in the file's own code page (``\\ansicpg936``), and writes a
table's cells separated by ``|``, each row ended by ``|``. Those rows are read back as a table
here; every other line is a paragraph, as in a text file.
"""

from __future__ import annotations

from striprtf.striprtf import rtf_to_text

from .. import lazy_re
from ..errors import LoadError
from . import Paragraph, RawDocument, table_paragraph
from .text import clean_text

#: A table row as striprtf writes it: cells each ended by ``|`` (at least two cells).
_ROW = lazy_re.compile(r"^[^|\n]*\|(?:[^|\n]*\|)+$")


def is_rtf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf"


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the paragraphs of an RTF report given as bytes."""
    if not is_rtf(data):
        raise LoadError.of(source, "rtf_not")
    # -- RTF is 7-bit: what is not ASCII is escaped, so latin-1 loses nothing; a file that
    #    names no code page is taken as GB18030, the code page of Chinese Windows --
    text = rtf_to_text(data.decode("latin-1"), encoding="gb18030", errors="replace")
    paragraphs: list[Paragraph] = []
    rows: list[list[str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if _ROW.match(line.strip()):
            rows.append(line.strip().split("|")[:-1])
            continue
        if rows:
            paragraphs.append(table_paragraph(rows, number - len(rows)))
            rows = []
        cleaned = clean_text(line).strip(" \t\u3000")
        if cleaned:
            paragraphs.append(Paragraph(cleaned, number))
    if rows:
        paragraphs.append(table_paragraph(rows, len(text.splitlines()) - len(rows) + 1))
    if not paragraphs:
        raise LoadError.of(source, "rtf_empty")
    return RawDocument(source, tuple(paragraphs))


__all__ = ["is_rtf", "read_bytes"]
