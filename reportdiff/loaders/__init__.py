"""Load a report from a path, raw bytes or stdin into a :class:`RawDocument`.

``load`` picks the reader by extension or by the bytes themselves: ``.pdf`` goes to
:mod:`.pdf`, saved web pages (``.html``/``.htm``/``.mhtml``) to :mod:`.html`, ``.docx`` to
:mod:`.docx`, old binary Word (``.doc``, and WPS Writer's ``.wps``, the same format) to :mod:`.doc`,
Rich Text Format (``.rtf``) to :mod:`.rtf`; everything else is decoded as text by :mod:`.text`.
Readers never interpret report structure; they only deliver paragraphs (and,
for Word files, heading levels from styles).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError, os_reason
from ..report_warnings import ReportWarning
from .characters import unify_paragraphs
from .garbled import garbled_warning
from .glosses import mend_glossed
from .invisible import visible_paragraphs
from .ocr import mend_paragraphs


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of input as the reader found it."""

    text: str
    line: int
    """1-based line (text files) or paragraph index (Word files)."""
    heading_level: int | None = None
    """Outline level from a Word heading style (1 = part, 2 = section), if any."""
    table: tuple[tuple[str, ...], ...] | None = None
    """For a table: its rows of cell texts (a merged cell's text in its first cell, "" in the
    cells it spans); ``text`` then holds the cells tab-separated, one row a line."""
    merged: tuple[tuple[int, int, int, int], ...] = ()
    """For a table: its merged cells, each (row, column, rows, columns) on ``table``'s grid."""
    note: bool = False
    """A footnote or endnote (its number first), read from where the format keeps notes: the
    parser keeps it after the report's body, out of its measures."""
    lead: str = ""
    """A bold phrase that opens the paragraph, closed by 。 or ：, before plain text (**依法决策。**
    严格执行…): the Word reader's sign of a lead phrase titling the paragraph."""
    contents: bool = False
    """An entry of the contents Word generated (a toc-styled paragraph, or one in its contents
    control): the parser sets it aside as it does any form's contents, kept in the outline."""
    indent: str = ""
    """The spaces a text's line opens on (full-width 　, spaces, tabs): where a hard-wrapped text
    indents only its paragraphs' first lines, the indent tells where one opens."""


def table_paragraph(rows: list[list[str]], line: int,
                    merged: tuple[tuple[int, int, int, int], ...] = ()) -> Paragraph:
    """A table as one paragraph; rows padded to one width, empty rows and columns dropped.
    ``merged``: the merged cells (row, column, rows, columns) on the grid of ``rows``, kept on
    the grid left once empty rows and columns go (a merge whose first cell went is dropped)."""
    width = max((len(row) for row in rows), default=0)
    padded = [[cell.strip() for cell in row] + [""] * (width - len(row)) for row in rows]
    kept = [index for index, row in enumerate(padded) if any(row)]
    used = [index for index in range(width) if any(padded[r][index] for r in kept)]
    cells = tuple(tuple(padded[r][index] for index in used) for r in kept)
    at_row, at_column = {r: i for i, r in enumerate(kept)}, {c: i for i, c in enumerate(used)}
    spans = []
    for row, column, down, across in merged:
        if row not in at_row or column not in at_column:
            continue
        down = sum(r in at_row for r in range(row, row + down))
        across = sum(c in at_column for c in range(column, column + across))
        if down > 1 or across > 1:
            spans.append((at_row[row], at_column[column], down, across))
    return Paragraph("\n".join("\t".join(row) for row in cells), line, table=cells, merged=tuple(spans))


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader delivers: the source name and its paragraphs in order."""

    source: str
    paragraphs: tuple[Paragraph, ...]
    warnings: tuple[ReportWarning, ...] = ()
    may_be_wrapped: bool = False
    """True for plain text, where paragraphs may be hard-wrapped over several lines."""

    def __post_init__(self) -> None:
        # -- every reader's text passes here: radicals standing for ideographs (⼀ for 一, from
        #    a PDF's fonts) are mended before parsing, so headings are seen (see .characters), and
        #    so are a scan's letter-spaced words and O-for-0 digits (see .ocr) and a mirror
        #    site's pinyin glosses and stray commas (see .glosses); invisible characters go
        #    first, with the paragraphs that held nothing else (see .invisible) --
        paragraphs = mend_glossed(mend_paragraphs(unify_paragraphs(visible_paragraphs(self.paragraphs))))
        object.__setattr__(self, "paragraphs", paragraphs)
        garbled = garbled_warning(self.source, self.paragraphs)
        if garbled and garbled not in self.warnings:
            object.__setattr__(self, "warnings", (*self.warnings, garbled))


_WEB_PAGES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht")
#: The reader a file name's ending picks; any other file is read by what its bytes are.
_READERS = {".pdf": "pdf", **dict.fromkeys(_WEB_PAGES, "html"), ".docx": "docx", ".doc": "doc", ".wps": "doc",
            ".rtf": "rtf"}
#: Every file name ending a report is read from (text files are .txt and .md).
EXTENSIONS = (".txt", ".md", ".docx", ".doc", ".wps", ".rtf", ".pdf", *_WEB_PAGES)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: Word 97–2003 (.doc)


def reader_of(path: str | Path) -> str:
    """Return the reader ``load`` gives a file by its name (``pdf``, ``html``, ``docx``, ``doc``) or
    ``bytes`` when only its content decides: with the content, the name fixes the reader."""
    return _READERS.get(Path(path).suffix.lower(), "bytes")


def _looks_like_web_page(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith((b"from:", b"mime-version:", b"snapshot-content-location:", b"subject:"))
        and b"multipart/related" in head)


def load(source: str | Path, *, stdin_bytes: bytes | None = None) -> RawDocument:
    """Return the paragraphs of ``source``: a path, or ``-`` for standard input."""
    if str(source) == "-":
        data = stdin_bytes if stdin_bytes is not None else sys.stdin.buffer.read()
        if data[:4] == b"PK\x03\x04":
            from . import docx

            return docx.read_bytes(data, "<stdin>")
        if data[:5] == b"%PDF-":
            from . import pdf

            return pdf.read_bytes(data, "<stdin>")
        if data[:8] == _OLE:
            from . import doc

            return doc.read_bytes(data, "<stdin>")
        if _looks_like_web_page(data):
            from . import html

            return html.read_bytes(data, "<stdin>")
        if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":
            from . import rtf

            return rtf.read_bytes(data, "<stdin>")
        from . import text

        return text.read_bytes(data, "<stdin>")
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError.of(str(path), "no_such_file") from None
    except IsADirectoryError:
        raise LoadError.of(str(path), "is_directory") from None
    except OSError as exc:
        raise LoadError.of(str(path), "os_error", **os_reason(exc)) from None
    reader = reader_of(path)
    if reader == "pdf" or data[:5] == b"%PDF-":
        from . import pdf

        return pdf.read_bytes(data, str(path))
    if reader == "html" or _looks_like_web_page(data):
        from . import html

        return html.read_bytes(data, str(path))
    # -- a .docx named .doc goes to the .docx reader below; a .doc named .docx comes here --
    if (reader == "doc" and data[:4] != b"PK\x03\x04") or data[:8] == _OLE:
        from . import doc

        if reader == "doc" or doc.is_word_document(data):
            return doc.read_bytes(data, str(path))
    if reader == "docx" or data[:4] == b"PK\x03\x04":
        from . import docx

        return docx.read_bytes(data, str(path))
    if reader == "rtf" or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":
        from . import rtf

        return rtf.read_bytes(data, str(path))
    from . import text

    return text.read_bytes(data, str(path))


__all__ = ["EXTENSIONS", "Paragraph", "RawDocument", "load", "reader_of", "table_paragraph"]
