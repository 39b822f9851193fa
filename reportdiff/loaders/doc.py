"""Read old binary Word (.doc, Word 97–2003) reports into paragraphs.

The text comes from the piece table ([MS-DOC] Clx/PlcPcd) of the WordDocument stream; paragraph
properties (style, table cell, list) from the PAPX pages; headings from the style sheet; and
automatic numbering from the list tables (PlfLst/PlfLfo), rendered as the .docx reader does.
"""

from __future__ import annotations

import io
import re
import struct
from bisect import bisect_right
from dataclasses import dataclass, field

from ..errors import LoadError
from . import Paragraph, RawDocument, table_paragraph
from .numbering import format_number

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_STRIP = " \t\u3000\ufeff\xa0"
_MAX_LEVELS = 9
_WORD97 = 0x00C1  # nFib of Word 97; Word 6/95 files keep their text another way

# -- FibRgFcLcb97 indexes (pairs of fc, lcb) --
_STSHF, _PLCF_BTE_PAPX, _CLX, _PLF_LST, _PLF_LFO = 1, 13, 33, 73, 74

# -- sprms read from paragraph properties --
_P_ISTD, _P_ILVL, _P_ILFO, _P_IN_TABLE, _P_TTP = 0x4600, 0x260A, 0x460B, 0x2416, 0x2417
_P_OUTLINE, _P_ITAP, _P_INNER_CELL, _P_INNER_TTP = 0x2640, 0x6649, 0x244B, 0x244C

# -- sti of built-in styles: heading 1–9, toc 1–9, Title --
_STI_HEADINGS = range(1, 10)
_STI_TOCS = range(19, 28)
_STI_TITLE = 62
_HEADING_NAME = re.compile(r"^(?:heading|标题|標題|見出し)\s*([1-9])$", re.IGNORECASE)
_TOC_NAME = re.compile(r"^(?:toc|目录|目錄)\s*[1-9]$", re.IGNORECASE)
_TITLE_NAMES = {"title", "标题", "標題", "表題"}

# -- MSONFC number formats, as their .docx (w:numFmt) names --
_NFC = (
    "decimal upperRoman lowerRoman upperLetter lowerLetter ordinal cardinalText ordinalText hex "
    "chicago ideographDigital japaneseCounting aiueo iroha decimalFullWidth decimalHalfWidth "
    "japaneseLegal japaneseDigitalTenThousand decimalEnclosedCircle decimalFullWidth2 "
    "aiueoFullWidth irohaFullWidth decimalZero bullet ganada chosung decimalEnclosedFullstop "
    "decimalEnclosedParen decimalEnclosedCircleChinese ideographEnclosedCircle "
    "ideographTraditional ideographZodiac ideographZodiacTraditional taiwaneseCounting "
    "ideographLegalTraditional taiwaneseCountingThousand taiwaneseDigital chineseCounting "
    "chineseLegalSimplified chineseCountingThousand"
).split()

# -- characters of the text stream: marks, fields, objects --
_PARAGRAPH_END, _CELL_END, _SECTION_END = "\r", "\x07", "\x0c"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# -- a line break stays a line break (the parser knows markers); hyphens become text; pictures,
#    note references, drawn objects, column breaks and optional hyphens are no text --
_SPECIAL = {"\x0b": "\n", "\x1e": "-", "\x1f": "", "\x0e": ""}
_SPECIAL.update({chr(c): "" for c in range(0x20) if chr(c) not in "\t\n\r\x07\x0b\x0c\x0e\x13\x14\x15\x1e\x1f"})
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="replace")


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the paragraphs of a .doc report given as bytes; raise LoadError if unreadable."""
    import olefile  # why: only .doc input needs it; keeps start-up light

    if data[:5] == b"{\\rtf":
        raise _invalid(source, "it is a Rich Text (RTF) file")
    if data[:8] != OLE_SIGNATURE:
        raise _invalid(source, "not an OLE compound file")
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # why: olefile raises OSError and others on damaged headers
        raise _invalid(source, f"damaged compound file: {exc}") from None
    try:
        if not ole.exists("WordDocument"):
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                raise _protected(source)
            raise _invalid(source, "no WordDocument stream; not a Word file")
        word = ole.openstream("WordDocument").read()
        fib = _Fib(word, source)
        table_name = "1Table" if fib.table_one else "0Table"
        if not ole.exists(table_name):
            raise _invalid(source, f"no {table_name} stream")
        document = _Document(word, ole.openstream(table_name).read(), fib)
        paragraphs = document.read()
    except LoadError:
        raise
    except Exception as exc:  # why: a damaged file must end in a one-line message, not a traceback
        raise _invalid(source, f"{type(exc).__name__}: {exc}") from None
    finally:
        ole.close()
    if not paragraphs:
        raise LoadError(source, "is empty (no text in the document body)")
    warnings = []
    if document.unrendered_lists:
        warnings.append(f"{source}: {document.unrendered_lists} paragraph(s) use automatic numbering "
                        "this reader cannot render; their numbers are missing")
    return RawDocument(source, tuple(paragraphs), tuple(warnings))


def _invalid(source: str, detail: str) -> LoadError:
    return LoadError(source, f"is not a readable Word 97–2003 (.doc) file ({detail}); if Word "
                             "opens it, save it as .docx (or run: soffice --headless "
                             "--convert-to docx FILE)")


def _protected(source: str) -> LoadError:
    return LoadError(source, "is password-protected; open it in Word, remove the password and "
                             "save it again (as .doc or .docx)")


# ---------------------------------------------------------------- file information block


class _Fib:
    """The parts of the FIB this reader needs: flags, main text length, fc/lcb pairs."""

    def __init__(self, word: bytes, source: str) -> None:
        if len(word) < 0x9A:
            raise _invalid(source, "WordDocument stream too short")
        ident, n_fib = struct.unpack_from("<HH", word, 0)
        if ident != 0xA5EC:
            raise _invalid(source, "no Word signature in the file information block")
        (flags,) = struct.unpack_from("<H", word, 0x0A)
        if flags & 0x0100 or flags & 0x8000:  # fEncrypted, fObfuscated
            raise _protected(source)
        if n_fib < _WORD97:
            raise _invalid(source, "Word 6/95 format, older than Word 97")
        self.table_one = bool(flags & 0x0200)  # fWhichTblStm
        (csw,) = struct.unpack_from("<H", word, 32)
        at = 34 + 2 * csw
        (cslw,) = struct.unpack_from("<H", word, at)
        longs = struct.unpack_from(f"<{cslw}i", word, at + 2)
        self.ccp_text = longs[3]
        at += 2 + 4 * cslw
        (self._pairs,) = struct.unpack_from("<H", word, at)
        self._start = at + 2
        self._word = word

    def fclcb(self, index: int) -> tuple[int, int]:
        """Return (offset in the table stream, byte count) of FibRgFcLcb entry ``index``."""
        if index >= self._pairs:
            return 0, 0
        return struct.unpack_from("<II", self._word, self._start + 8 * index)


# ---------------------------------------------------------------- property modifiers (sprms)


def _sprms(grpprl: bytes) -> dict[int, bytes]:
    """Return each sprm of ``grpprl`` with its operand (the last one wins)."""
    found: dict[int, bytes] = {}
    at = 0
    while at + 2 <= len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, at)
        at += 2
        spra = sprm >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        elif sprm in (0xD608, 0xD606):  # sprmTDefTable: a two-byte count, one more than the rest
            if at + 2 > len(grpprl):
                break
            size = struct.unpack_from("<H", grpprl, at)[0] + 1
        elif sprm == 0xC615 and at < len(grpprl) and grpprl[at] == 255:
            break  # sprmPChgTabs in its long form: nothing this reader needs comes after it
        else:
            if at >= len(grpprl):
                break
            size = grpprl[at] + 1
        found[sprm] = grpprl[at:at + size]
        at += size
    return found


def _number(props: dict[int, bytes], sprm: int, fmt: str) -> int | None:
    operand = props.get(sprm)
    if operand is None or len(operand) < struct.calcsize(fmt):
        return None
    return struct.unpack_from(fmt, operand)[0]


# ---------------------------------------------------------------- styles


@dataclass(slots=True)
class _Style:
    sti: int
    name: str
    base: int
    props: dict[int, bytes]


class _Styles:
    """Paragraph styles by istd, with their base chain for inherited properties."""

    def __init__(self, table: bytes, fc: int, lcb: int) -> None:
        self._styles: list[_Style | None] = []
        self._merged: dict[int, dict[int, bytes]] = {}
        if lcb < 4:
            return
        data = table[fc:fc + lcb]
        (cb_stshi,) = struct.unpack_from("<H", data, 0)
        count, base_size = struct.unpack_from("<HH", data, 2)
        at = 2 + cb_stshi
        for _ in range(count):
            if at + 2 > len(data):
                break
            (cb_std,) = struct.unpack_from("<H", data, at)
            std = data[at + 2:at + 2 + cb_std]
            at += 2 + cb_std
            self._styles.append(self._parse(std, base_size) if cb_std >= 10 else None)

    @staticmethod
    def _parse(std: bytes, base_size: int) -> _Style | None:
        sti_flags, kind_base, upx_next = struct.unpack_from("<HHH", std, 0)
        if kind_base & 0xF != 1:
            return None  # character, table and list styles carry no paragraph properties
        (cch,) = struct.unpack_from("<H", std, base_size)
        name = std[base_size + 2:base_size + 2 + 2 * cch].decode("utf-16-le", errors="replace")
        upx = base_size + 2 + 2 * cch + 2
        props: dict[int, bytes] = {}
        if upx_next & 0xF and upx + 2 <= len(std):
            (cb_upx,) = struct.unpack_from("<H", std, upx)
            props = _sprms(std[upx + 4:upx + 2 + cb_upx])  # after the UpxPapx's own istd
        return _Style(sti_flags & 0x0FFF, name.strip(), kind_base >> 4, props)

    def chain(self, istd: int) -> list[_Style]:
        """Return the style ``istd`` and its bases, nearest first."""
        out: list[_Style] = []
        while 0 <= istd < len(self._styles) and len(out) < 12:
            style = self._styles[istd]
            if style is None or style in out:
                break
            out.append(style)
            istd = style.base
        return out

    def props(self, istd: int) -> dict[int, bytes]:
        """Return the paragraph sprms of style ``istd`` with those of its bases beneath."""
        if istd not in self._merged:
            merged: dict[int, bytes] = {}
            for style in reversed(self.chain(istd)):
                merged.update(style.props)
            self._merged[istd] = merged
        return self._merged[istd]

    def is_toc(self, istd: int) -> bool:
        return any(s.sti in _STI_TOCS or _TOC_NAME.match(s.name) for s in self.chain(istd))

    def heading_level(self, istd: int) -> int | None:
        for style in self.chain(istd):
            if style.sti == _STI_TITLE or style.name.lower() in _TITLE_NAMES:
                return 0
            if style.sti in _STI_HEADINGS:
                return style.sti
            if match := _HEADING_NAME.match(style.name):
                return int(match.group(1))
            level = _number(style.props, _P_OUTLINE, "<B")
            if level is not None:
                return level + 1 if level < _MAX_LEVELS else None
        return None


# ---------------------------------------------------------------- lists


@dataclass(frozen=True, slots=True)
class _Level:
    start: int
    fmt: str
    legal: bool
    restart_limit: int | None  # None: the default rule (any shallower level restarts it)
    text: str  # the number text; characters 0–8 stand for the levels' counters


@dataclass(slots=True)
class _Override:
    lsid: int
    starts: dict[int, int]
    levels: dict[int, _Level]


@dataclass(slots=True)
class _Counters:
    values: list[int | None] = field(default_factory=lambda: [None] * _MAX_LEVELS)
    seen: set[int] = field(default_factory=set)


def _parse_level(table: bytes, at: int) -> tuple[_Level, int]:
    start, nfc, flags = struct.unpack_from("<iBB", table, at)
    cb_chpx, cb_papx, restart_limit = struct.unpack_from("<BBB", table, at + 24)
    at += 28 + cb_papx + cb_chpx
    (cch,) = struct.unpack_from("<H", table, at)
    text = table[at + 2:at + 2 + 2 * cch].decode("utf-16-le", errors="replace")
    fmt = "none" if nfc == 0xFF else _NFC[nfc] if nfc < len(_NFC) else "decimal"
    no_restart = bool(flags & 0x08)
    level = _Level(start, fmt, bool(flags & 0x04), restart_limit if no_restart else None, text)
    return level, at + 2 + 2 * cch


class _Lists:
    """The list definitions (LSTF + LVL) and overrides (LFO) with Word's running counters."""

    def __init__(self, table: bytes, fib: _Fib) -> None:
        self._lists: dict[int, tuple[list[_Level], tuple[int, ...]]] = {}
        self._overrides: list[_Override] = []
        self._counters: dict[int, _Counters] = {}
        fc, lcb = fib.fclcb(_PLF_LST)
        if lcb >= 2:
            (count,) = struct.unpack_from("<h", table, fc)
            heads = [struct.unpack_from("<i4x9HB", table, fc + 2 + 28 * i) for i in range(count)]
            at = fc + 2 + 28 * count  # the levels follow the PlfLst, list by list
            for lsid, *styles, flags in heads:
                levels = []
                for _ in range(1 if flags & 1 else _MAX_LEVELS):
                    level, at = _parse_level(table, at)
                    levels.append(level)
                self._lists[lsid] = (levels, tuple(styles))
        fc, lcb = fib.fclcb(_PLF_LFO)
        if lcb >= 4:
            (count,) = struct.unpack_from("<i", table, fc)
            heads = [struct.unpack_from("<i8xB", table, fc + 4 + 16 * i) for i in range(count)]
            at = fc + 4 + 16 * count
            for lsid, overridden in heads:
                override = _Override(lsid, {}, {})
                at += 4  # LFOData.cp
                for _ in range(overridden):
                    start, flags = struct.unpack_from("<iI", table, at)
                    at += 8
                    ilvl = flags & 0x0F
                    if flags & 0x10:
                        override.starts[ilvl] = start
                    if flags & 0x20:
                        override.levels[ilvl], at = _parse_level(table, at)
                self._overrides.append(override)

    def level_for_style(self, ilfo: int, istd: int) -> int | None:
        """Return the level a list links to paragraph style ``istd``, if any."""
        override = self._override(ilfo)
        if override is None or override.lsid not in self._lists:
            return None
        styles = self._lists[override.lsid][1]
        return styles.index(istd) if istd in styles else None

    def _override(self, ilfo: int) -> _Override | None:
        return self._overrides[ilfo - 1] if 0 < ilfo <= len(self._overrides) else None

    def knows(self, ilfo: int) -> bool:
        override = self._override(ilfo)
        return override is not None and override.lsid in self._lists

    def advance(self, ilfo: int, ilvl: int) -> str:
        """Count one paragraph of list ``ilfo`` at level ``ilvl``; return its number text."""
        override = self._override(ilfo)
        if override is None or override.lsid not in self._lists or not 0 <= ilvl < _MAX_LEVELS:
            return ""
        levels = self._lists[override.lsid][0]

        def level_of(index: int) -> _Level | None:
            return override.levels.get(index) or (levels[index] if index < len(levels) else None)

        def start_of(index: int) -> int:
            if index in override.starts:
                return override.starts[index]
            found = level_of(index)
            return found.start if found is not None else 1

        level = level_of(ilvl)
        if level is None:
            return ""
        # -- one set of counters per list; an override that restarts levels does so when
        #    first used, as Word's "Restart numbering" (and the .docx reader's startOverride) --
        counters = self._counters.setdefault(override.lsid, _Counters())
        if ilfo not in counters.seen:
            counters.seen.add(ilfo)
            for index in override.starts:
                counters.values[index] = None
        current = counters.values[ilvl]
        counters.values[ilvl] = start_of(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            below = levels[deeper] if deeper < len(levels) else None
            limit = below.restart_limit if below is not None and below.restart_limit is not None else deeper
            if ilvl < (limit if 0 <= limit <= deeper else deeper):
                counters.values[deeper] = None
        if level.fmt == "bullet":
            return ""
        out = []
        for char in level.text:
            index = ord(char)
            if index >= _MAX_LEVELS:
                out.append(char)
                continue
            value = counters.values[index]
            shown = level_of(index)
            fmt = "decimal" if level.legal else (shown.fmt if shown else "decimal")
            out.append(format_number(start_of(index) if value is None else value, fmt))
        return "".join(out)


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
    def __init__(self, word: bytes, table: bytes, fib: _Fib) -> None:
        self._word, self._table, self._fib = word, table, fib
        self._styles = _Styles(table, *fib.fclcb(_STSHF))
        self._lists = _Lists(table, fib)
        self._pieces = self._piece_table()
        self._runs = self._papx_runs()
        self._run_starts = [run[0] for run in self._runs]
        self._run_ends = {run[1] for run in self._runs}
        self.unrendered_lists = 0

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
            props = _sprms(grpprls[prm >> 1]) if prm & 1 and prm >> 1 < len(grpprls) else {}
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
        fc, lcb = self._fib.fclcb(_PLCF_BTE_PAPX)
        count = (lcb - 4) // 8 if lcb >= 4 else 0
        pages = struct.unpack_from(f"<{count}I", self._table, fc + 4 * (count + 1)) if count else ()
        runs = []
        for pn in pages:
            page = self._word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
            if len(page) < 512:
                continue
            crun = page[511]
            fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for index in range(crun):
                offset = page[4 * (crun + 1) + 13 * index] * 2
                istd, grpprl = 0, b""
                if offset:
                    cb = page[offset]
                    body = page[offset + 2:offset + 2 + 2 * page[offset + 1]] if cb == 0 else page[offset + 1:offset + 2 * cb]
                    if len(body) >= 2:
                        (istd,) = struct.unpack_from("<H", body, 0)
                        grpprl = body[2:]
                runs.append((fcs[index], fcs[index + 1], istd, grpprl))
        runs.sort(key=lambda run: run[0])
        return runs

    def _props_at(self, fc: int, piece: _Piece) -> dict[int, bytes]:
        """The properties of the paragraph whose mark is at file offset ``fc``."""
        index = bisect_right(self._run_starts, fc) - 1
        props: dict[int, bytes] = {}
        if index >= 0 and self._runs[index][0] <= fc < self._runs[index][1]:
            _, _, istd, grpprl = self._runs[index]
            props = {_P_ISTD: struct.pack("<H", istd), **_sprms(grpprl)}
        props.update(piece.props)
        return props

    # -- paragraphs --

    def _items(self) -> list[_Item]:
        """Split the main text into paragraphs, keeping field results and dropping field codes."""
        items: list[_Item] = []
        parts: list[str] = []
        fields: list[bool] = []  # per open field: True while in its code (before the separator)
        for piece in self._pieces:
            if piece.cp >= self._fib.ccp_text:
                break
            end = min(piece.end, self._fib.ccp_text)
            text = self._text(piece, piece.cp, end)
            for offset, char in enumerate(text):
                if char == _FIELD_BEGIN:
                    fields.append(True)
                elif char == _FIELD_SEPARATOR:
                    if fields:
                        fields[-1] = False
                elif char == _FIELD_END:
                    if fields:
                        fields.pop()
                elif char in (_PARAGRAPH_END, _CELL_END, _SECTION_END):
                    fc = piece.fc + offset * piece.width
                    # -- a page break inside a paragraph is layout; a section mark ends one --
                    if char == _SECTION_END and fc + piece.width not in self._run_ends:
                        continue
                    items.append(_Item("".join(parts), char, self._props_at(fc, piece)))
                    parts = []
                elif not any(fields):
                    parts.append(_SPECIAL.get(char, char))
        if "".join(parts).strip(_STRIP):
            items.append(_Item("".join(parts), _PARAGRAPH_END, {}))
        return items

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
                    line += 1
                    self._emit(item, line, paragraphs)
            rows, row, cell, framed = [], [], [], []

        for item in self._items():
            in_table = (_number(item.props, _P_IN_TABLE, "<B") or 0) and (
                (_number(item.props, _P_ITAP, "<i") or 1) <= 1)
            if not in_table:
                if framed:
                    flush_table()
                line += 1
                self._emit(item, line, paragraphs)
                continue
            framed.append(item)
            if _number(item.props, _P_TTP, "<B"):
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
        istd = _number(item.props, _P_ISTD, "<H") or 0
        if self._styles.is_toc(istd):
            return  # a table-of-contents entry repeats a heading with its page number
        # -- numbered paragraphs advance Word's counters even when empty (Word shows "3.") --
        marker = self._marker(item.props, istd)
        if text := item.text.strip(_STRIP):
            paragraphs.append(Paragraph(marker + text, line, self._heading_level(item.props, istd)))

    def _marker(self, props: dict[int, bytes], istd: int) -> str:
        style = self._styles.props(istd)
        ilfo = _number(props, _P_ILFO, "<h")
        if ilfo is None:
            ilfo = _number(style, _P_ILFO, "<h")
        if not ilfo or ilfo < 0:
            return ""  # 0 switches off numbering a style would apply
        if not self._lists.knows(ilfo):
            self.unrendered_lists += 1
            return ""
        ilvl = _number(props, _P_ILVL, "<B")
        if ilvl is None:
            ilvl = _number(style, _P_ILVL, "<B")
        if ilvl is None:
            ilvl = self._lists.level_for_style(ilfo, istd)
        return self._lists.advance(ilfo, ilvl or 0)

    def _heading_level(self, props: dict[int, bytes], istd: int) -> int | None:
        level = _number(props, _P_OUTLINE, "<B")
        if level is not None:
            return level + 1 if level < _MAX_LEVELS else None
        return self._styles.heading_level(istd)


__all__ = ["OLE_SIGNATURE", "read_bytes"]
