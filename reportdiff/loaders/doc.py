"""Read old binary Word (.doc, Word 97–2003) reports into paragraphs.

The text comes from the piece table ([MS-DOC] Clx/PlcPcd) of the WordDocument stream; paragraph
properties (style, table cell, list) from the PAPX pages; headings from the style sheet; and
automatic numbering from the list tables (PlfLst/PlfLfo), rendered as the .docx reader does.
"""

from __future__ import annotations

import io
import struct
from bisect import bisect_right
from dataclasses import dataclass

from ..errors import LoadError
from ..report_warnings import ReportWarning
from . import Paragraph, RawDocument, table_paragraph
from .docx import comments_warning
from .doc_format import (
    MAX_LEVELS, P_OUTLINE, Fib, Lists, Styles, invalid, number, protected, sprms,
)

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_STRIP = " \t\u3000\ufeff\xa0"

# -- FibRgFcLcb97 indexes (pairs of fc, lcb) --
_STSHF, _PLCF_AND_REF, _PLCF_BTE_CHPX, _PLCF_BTE_PAPX, _CLX = 1, 4, 12, 13, 33
#: An annotation reference's data (ATRDPre10) after the CPs of its PLC.
_ATRD_SIZE = 30

# -- sprms read from paragraph properties --
_P_ISTD, _P_ILVL, _P_ILFO, _P_IN_TABLE, _P_TTP = 0x4600, 0x260A, 0x460B, 0x2416, 0x2417
_P_ITAP = 0x6649
# -- sprms read from character properties: revision marks and hidden text --
_C_DELETED, _C_INSERTED, _C_HIDDEN = 0x0800, 0x0801, 0x083C


# -- characters of the text stream: marks, fields, objects --
_PARAGRAPH_END, _CELL_END, _SECTION_END = "\r", "\x07", "\x0c"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# -- a line break stays a line break (the parser knows markers); hyphens become text; pictures,
#    note references, drawn objects, column breaks and optional hyphens are no text --
_NOTE_MARK = "\x02"  # an auto-numbered note's reference (in the body) and own mark (in the note)
_SPECIAL = {"\x0b": "\n", "\x1e": "-", "\x1f": "", "\x0e": ""}
_KEPT = "\t\n\r\x07\x0b\x0c\x0e\x13\x14\x15\x1e\x1f"
_SPECIAL.update({chr(c): "" for c in range(0x20) if chr(c) not in _KEPT})
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="replace")


def is_word_document(data: bytes) -> bool:
    """True when ``data`` is an OLE compound file holding a Word document (whatever its name)."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return ole.exists("WordDocument")
    except Exception:  # why: any damage means "not a Word document we can tell", never a crash
        return False


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the paragraphs of a .doc report given as bytes; raise LoadError if unreadable."""
    import olefile  # why: only .doc input needs it; keeps start-up light

    if data[:5] == b"{\\rtf":
        raise invalid(source, "doc_rtf")
    if data[:8] != OLE_SIGNATURE:
        raise invalid(source, "doc_not_ole")
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # why: olefile raises OSError and others on damaged headers
        raise invalid(source, "doc_damaged", error=str(exc)) from None
    try:
        if not ole.exists("WordDocument"):
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                raise protected(source)
            raise invalid(source, "doc_no_word_stream")
        word = ole.openstream("WordDocument").read()
        fib = Fib(word, source)
        table_name = "1Table" if fib.table_one else "0Table"
        if not ole.exists(table_name):
            raise invalid(source, "doc_no_stream", stream=table_name)
        document = _Document(word, ole.openstream(table_name).read(), fib)
        paragraphs = document.read()
        paragraphs += document.notes(paragraphs[-1].line if paragraphs else 0)
    except LoadError:
        raise
    except Exception as exc:  # why: a damaged file must end in a one-line message, not a traceback
        raise invalid(source, None, detail=f"{type(exc).__name__}: {exc}") from None
    finally:
        ole.close()
    if not paragraphs:
        raise LoadError.of(source, "empty_body")
    warnings = []
    if document.tracked:
        warnings.append(ReportWarning.of("tracked_changes", source=source))
    if document.comments:
        warnings.append(comments_warning(source, document.comments))
    if document.unrendered_lists:
        warnings.append(ReportWarning.of("unrendered_lists", source=source, count=document.unrendered_lists))
    return RawDocument(source, tuple(paragraphs), tuple(warnings))


# ---------------------------------------------------------------- the document


@dataclass(slots=True)
class _Piece:
    cp: int
    end: int
    fc: int  # byte offset of the first character in the WordDocument stream
    width: int  # 1 (compressed, cp1252) or 2 (UTF-16LE)
    props: dict[int, bytes]


@dataclass(slots=True)
class _Item:
    """One paragraph of the text stream with its properties and the mark that ends it."""

    text: str
    mark: str
    props: dict[int, bytes]


class _Document:
    def __init__(self, word: bytes, table: bytes, fib: Fib) -> None:
        self._word, self._table, self._fib = word, table, fib
        self._styles = Styles(table, *fib.fclcb(_STSHF))
        self._lists = Lists(table, fib)
        self._pieces = self._piece_table()
        self._runs = self._papx_runs()
        self._run_starts = [run[0] for run in self._runs]
        self._run_ends = {run[1] for run in self._runs}
        self.tracked = False
        self._unseen = self._unseen_runs()
        self.unrendered_lists = 0
        # -- comments (annotations): one reference each in PlcfandRef, (n + 1) CPs and n ATRDs --
        _, lcb = fib.fclcb(_PLCF_AND_REF)
        self.comments = (lcb - 4) // (4 + _ATRD_SIZE) if lcb > 4 else 0

    # -- text --

    def _piece_table(self) -> list[_Piece]:
        fc, lcb = self._fib.fclcb(_CLX)
        clx = self._table[fc:fc + lcb]
        grpprls: list[bytes] = []
        at = 0
        while at < len(clx) and clx[at] == 1:  # Prc: property modifiers pieces may point to
            (size,) = struct.unpack_from("<h", clx, at + 1)
            grpprls.append(clx[at + 3:at + 3 + size])
            at += 3 + size
        if at >= len(clx) or clx[at] != 2:
            raise ValueError("no piece table")
        (size,) = struct.unpack_from("<I", clx, at + 1)
        plc = clx[at + 5:at + 5 + size]
        count = (len(plc) - 4) // 12
        cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
        pieces = []
        for index in range(count):
            fc_value, prm = struct.unpack_from("<IH", plc, 4 * (count + 1) + 8 * index + 2)
            compressed = bool(fc_value & 0x40000000)
            offset = (fc_value & 0x3FFFFFFF) // 2 if compressed else fc_value & 0x3FFFFFFF
            props = sprms(grpprls[prm >> 1]) if prm & 1 and prm >> 1 < len(grpprls) else {}
            pieces.append(_Piece(cps[index], cps[index + 1], offset, 1 if compressed else 2, props))
        return pieces

    def _text(self, piece: _Piece, start: int, end: int) -> str:
        begin = piece.fc + (start - piece.cp) * piece.width
        raw = self._word[begin:begin + (end - start) * piece.width]
        if piece.width == 2:
            return raw.decode("utf-16-le", errors="replace")
        return raw.decode("latin-1").translate({0x80 + i: c for i, c in enumerate(_CP1252_HIGH)})

    # -- paragraph properties --

    def _papx_runs(self) -> list[tuple[int, int, int, bytes]]:
        """Return (fc start, fc end, istd, grpprl) of every paragraph run, by file offset."""
        runs = []
        for page in self._fkp_pages(_PLCF_BTE_PAPX):
            crun = page[511]
            fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for index in range(crun):
                offset = page[4 * (crun + 1) + 13 * index] * 2
                istd, grpprl = 0, b""
                if offset:
                    cb = page[offset]
                    body = (page[offset + 2:offset + 2 + 2 * page[offset + 1]] if cb == 0
                            else page[offset + 1:offset + 2 * cb])
                    if len(body) >= 2:
                        (istd,) = struct.unpack_from("<H", body, 0)
                        grpprl = body[2:]
                runs.append((fcs[index], fcs[index + 1], istd, grpprl))
        runs.sort(key=lambda run: run[0])
        return runs

    def _fkp_pages(self, index: int):
        """Yield the 512-byte formatted-disk pages listed by PlcBte entry ``index``."""
        fc, lcb = self._fib.fclcb(index)
        count = (lcb - 4) // 8 if lcb >= 4 else 0
        pages = struct.unpack_from(f"<{count}I", self._table, fc + 4 * (count + 1)) if count else ()
        for pn in pages:
            page = self._word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
            if len(page) == 512:
                yield page

    def _unseen_runs(self) -> list[tuple[int, int]]:
        """Return the (fc start, fc end) of text a reader does not see: deleted revisions (read
        as accepted, as the .docx reader does) and hidden text."""
        unseen = []
        for page in self._fkp_pages(_PLCF_BTE_CHPX):
            crun = page[511]
            fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for index in range(crun):
                offset = page[4 * (crun + 1) + index] * 2
                if not offset:
                    continue
                props = sprms(page[offset + 1:offset + 1 + page[offset]])
                # -- toggles: 0 off, 1 on, 0x80 as the style (off), 0x81 against the style --
                deleted = props.get(_C_DELETED, b"\0")[:1] not in (b"\0", b"\x80")
                if deleted or props.get(_C_INSERTED, b"\0")[:1] not in (b"\0", b"\x80"):
                    self.tracked = True
                if deleted or props.get(_C_HIDDEN, b"\0")[:1] not in (b"\0", b"\x80"):
                    unseen.append((fcs[index], fcs[index + 1]))
        unseen.sort()
        return unseen

    def _hidden(self, piece: _Piece, count: int) -> bytearray:
        """One flag per character of ``piece`` (its first ``count``): 1 where it is unseen."""
        flags = bytearray(count)
        end = piece.fc + count * piece.width
        for start, stop in self._unseen:
            if stop <= piece.fc or start >= end:
                continue
            first = max(0, (start - piece.fc) // piece.width)
            last = min(count, -(-(stop - piece.fc) // piece.width))
            flags[first:last] = b"\1" * (last - first)
        return flags

    def _props_at(self, fc: int, piece: _Piece) -> dict[int, bytes]:
        """The properties of the paragraph whose mark is at file offset ``fc``."""
        index = bisect_right(self._run_starts, fc) - 1
        props: dict[int, bytes] = {}
        if index >= 0 and self._runs[index][0] <= fc < self._runs[index][1]:
            _, _, istd, grpprl = self._runs[index]
            props = {_P_ISTD: struct.pack("<H", istd), **sprms(grpprl)}
        props.update(piece.props)
        return props

    # -- paragraphs --

    def _items(self, first: int = 0, last: int | None = None, *, notes: bool = False) -> list[_Item]:
        """Split the text from character ``first`` to ``last`` (the main text by default) into
        paragraphs, keeping field results and dropping field codes. In ``notes``, each note's
        own number mark (the character 2 that opens it) is kept for the caller to number."""
        last = self._fib.ccp_text if last is None else last
        items: list[_Item] = []
        parts: list[str] = []
        fields: list[bool] = []  # per open field: True while in its code (before the separator)
        for piece in self._pieces:
            if piece.cp >= last:
                break
            if piece.end <= first:
                continue
            begin, end = max(piece.cp, first), min(piece.end, last)
            text = self._text(piece, begin, end)
            hidden = self._hidden(piece, end - piece.cp)[begin - piece.cp:]
            for offset, char in enumerate(text):
                offset_in_piece = offset + begin - piece.cp
                if hidden[offset]:
                    continue  # deleted or hidden; a deleted mark runs its paragraph into the next
                if char == _FIELD_BEGIN:
                    fields.append(True)
                elif char == _FIELD_SEPARATOR:
                    if fields:
                        fields[-1] = False
                elif char == _FIELD_END:
                    if fields:
                        fields.pop()
                elif char in (_PARAGRAPH_END, _CELL_END, _SECTION_END):
                    fc = piece.fc + offset_in_piece * piece.width
                    # -- a page break inside a paragraph is layout; a section mark ends one --
                    if char == _SECTION_END and fc + piece.width not in self._run_ends:
                        continue
                    items.append(_Item("".join(parts), char, self._props_at(fc, piece)))
                    parts = []
                elif notes and char == _NOTE_MARK and not any(fields):
                    parts.append(char)
                elif not any(fields):
                    parts.append(_SPECIAL.get(char, char))
        if "".join(parts).strip(_STRIP):
            items.append(_Item("".join(parts), _PARAGRAPH_END, {}))
        return items

    def notes(self, line: int) -> list[Paragraph]:
        """The footnotes, then the endnotes, each numbered from 1 as Word numbers them, its number
        before its text (``1 …``), as paragraphs marked ``note`` from line ``line`` + 1."""
        notes: list[Paragraph] = []
        for first, last in (self._fib.footnotes, self._fib.endnotes):
            if last <= first:
                continue
            texts: list[str] = []
            for item in self._items(first, last, notes=True):
                text = item.text.strip(_STRIP)
                if text.startswith(_NOTE_MARK):  # -- a note's own mark opens each note --
                    texts.append(text)
                elif text and texts:
                    texts[-1] += "\n" + text
                elif text:
                    texts.append(text)
            for mark, text in enumerate(texts, 1):
                text = text.replace(_NOTE_MARK, str(mark), 1).replace(_NOTE_MARK, "")
                if text := text.strip(_STRIP):
                    line += 1
                    notes.append(Paragraph(text, line, note=True))
        return notes

    def read(self) -> list[Paragraph]:
        paragraphs: list[Paragraph] = []
        line = 0
        rows: list[list[str]] = []
        row: list[str] = []
        cell: list[str] = []
        framed: list[_Item] = []  # the paragraphs of the table being read, in order

        def flush_table() -> None:
            nonlocal line, rows, row, cell, framed
            if row or cell:
                rows.append(row + ([" ".join(cell)] if cell else []))
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                line += 1
                if (table := table_paragraph(rows, line)).table:
                    paragraphs.append(table)
            else:  # a one-cell or one-column frame around text: its paragraphs are text
                for item in framed:
                    if not number(item.props, _P_TTP, "<B"):  # a row-end mark is no paragraph
                        line += 1
                        self._emit(item, line, paragraphs)
            rows, row, cell, framed = [], [], [], []

        for item in self._items():
            in_table = 1 if number(item.props, _P_IN_TABLE, "<B") else 0
            depth = number(item.props, _P_ITAP, "<i") or in_table
            if depth <= 0:
                if framed:
                    flush_table()
                line += 1
                self._emit(item, line, paragraphs)
                continue
            framed.append(item)
            if depth > 1:  # a table inside a cell: its text belongs to the outer cell
                if text := item.text.strip(_STRIP):
                    cell.append(text)
                continue
            if number(item.props, _P_TTP, "<B"):
                rows.append(row)  # the row-end mark: the row's cells are complete
                row, cell = [], []
                continue
            if text := item.text.strip(_STRIP):
                cell.append(text)  # a cell's paragraphs are kept apart by a space
            if item.mark == _CELL_END:
                row.append(" ".join(cell))
                cell = []
        if framed:
            flush_table()
        return paragraphs

    def _emit(self, item: _Item, line: int, paragraphs: list[Paragraph]) -> None:
        istd = number(item.props, _P_ISTD, "<H") or 0
        if self._styles.is_toc(istd):
            return  # a table-of-contents entry repeats a heading with its page number
        # -- numbered paragraphs advance Word's counters even when empty (Word shows "3.") --
        marker = self._marker(item.props, istd)
        if text := item.text.strip(_STRIP):
            paragraphs.append(Paragraph(marker + text, line, self._heading_level(item.props, istd)))

    def _marker(self, props: dict[int, bytes], istd: int) -> str:
        style = self._styles.props(istd)
        ilfo = number(props, _P_ILFO, "<h")
        if ilfo is None:
            ilfo = number(style, _P_ILFO, "<h")
        if not ilfo or ilfo < 0:
            return ""  # 0 switches off numbering a style would apply
        if not self._lists.knows(ilfo):
            self.unrendered_lists += 1
            return ""
        ilvl = number(props, _P_ILVL, "<B")
        if ilvl is None:
            ilvl = number(style, _P_ILVL, "<B")
        if ilvl is None:
            ilvl = self._lists.level_for_style(ilfo, istd)
        return self._lists.advance(ilfo, ilvl or 0)

    def _heading_level(self, props: dict[int, bytes], istd: int) -> int | None:
        level = number(props, P_OUTLINE, "<B")
        if level is not None:
            return level + 1 if level < MAX_LEVELS else None
        return self._styles.heading_level(istd)


__all__ = ["OLE_SIGNATURE", "is_word_document", "read_bytes"]
