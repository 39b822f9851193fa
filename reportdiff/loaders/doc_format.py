"""The structures of the Word 97–2003 binary format ([MS-DOC]) the .doc reader needs: the file
information block, property modifiers (sprms), the style sheet and the list tables."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field

from .. import lazy_re
from ..errors import LoadError
from .numbering import format_number

MAX_LEVELS = 9
P_OUTLINE = 0x2640  # sprmPOutLvl
_WORD97 = 0x00C1  # nFib of Word 97; Word 6/95 files keep their text another way
_PLF_LST, _PLF_LFO = 73, 74  # FibRgFcLcb97 indexes of the list tables

# -- sti of built-in styles: heading 1–9, toc 1–9, Title --
_STI_HEADINGS = range(1, 10)
_STI_TOCS = range(19, 28)
_STI_TITLE = 62
_HEADING_NAME = lazy_re.compile(r"^(?:heading|标题|標題|見出し)\s*([1-9])$", re.IGNORECASE)
_TOC_NAME = lazy_re.compile(r"^(?:toc|目录|目錄)\s*[1-9]$", re.IGNORECASE)
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


def invalid(source: str, detail_code: str | None, **params: str) -> LoadError:
    """Return the error of a .doc not read, for the reason ``detail_code`` (or a library's ``detail``)."""
    return LoadError.of(source, "doc_invalid", detail_code=detail_code, **params)


def protected(source: str) -> LoadError:
    return LoadError.of(source, "doc_protected")


# ---------------------------------------------------------------- file information block


class Fib:
    """The parts of the FIB this reader needs: flags, main text length, fc/lcb pairs."""

    def __init__(self, word: bytes, source: str) -> None:
        if len(word) < 0x9A:
            raise invalid(source, "doc_too_short")
        ident, n_fib = struct.unpack_from("<HH", word, 0)
        if ident != 0xA5EC:
            raise invalid(source, "doc_no_signature")
        (flags,) = struct.unpack_from("<H", word, 0x0A)
        if flags & 0x0100 or flags & 0x8000:  # fEncrypted, fObfuscated
            raise protected(source)
        if n_fib < _WORD97:
            raise invalid(source, "doc_word95")
        self.table_one = bool(flags & 0x0200)  # fWhichTblStm
        (csw,) = struct.unpack_from("<H", word, 32)
        at = 34 + 2 * csw
        (cslw,) = struct.unpack_from("<H", word, at)
        longs = struct.unpack_from(f"<{cslw}i", word, at + 2)
        self.ccp_text = longs[3]
        # -- the stories after the main text, in this order: footnotes, headers, macros (unused),
        #    comments, endnotes; a note story's characters follow the main text's --
        ccp_ftn, ccp_hdd, ccp_mcr, ccp_atn, ccp_edn = (longs[4:9] + (0,) * 5)[:5]
        self.footnotes = (self.ccp_text, self.ccp_text + ccp_ftn)
        endnotes = self.ccp_text + ccp_ftn + ccp_hdd + ccp_mcr + ccp_atn
        self.endnotes = (endnotes, endnotes + ccp_edn)
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


def sprms(grpprl: bytes) -> dict[int, bytes]:
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


def number(props: dict[int, bytes], sprm: int, fmt: str) -> int | None:
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


class Styles:
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
            props = sprms(std[upx + 4:upx + 2 + cb_upx])  # after the UpxPapx's own istd
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
            level = number(style.props, P_OUTLINE, "<B")
            if level is not None:
                return level + 1 if level < MAX_LEVELS else None
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
    values: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)
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


class Lists:
    """The list definitions (LSTF + LVL) and overrides (LFO) with Word's running counters."""

    def __init__(self, table: bytes, fib: Fib) -> None:
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
                for _ in range(1 if flags & 1 else MAX_LEVELS):
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
        if override is None or override.lsid not in self._lists or not 0 <= ilvl < MAX_LEVELS:
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
        for deeper in range(ilvl + 1, MAX_LEVELS):
            below = levels[deeper] if deeper < len(levels) else None
            limit = deeper if below is None or below.restart_limit is None else below.restart_limit
            if ilvl < (limit if 0 <= limit <= deeper else deeper):
                counters.values[deeper] = None
        if level.fmt == "bullet":
            return ""
        out = []
        for char in level.text:
            index = ord(char)
            if index >= MAX_LEVELS:
                out.append(char)
                continue
            value = counters.values[index]
            shown = level_of(index)
            fmt = "decimal" if level.legal else (shown.fmt if shown else "decimal")
            out.append(format_number(start_of(index) if value is None else value, fmt))
        return "".join(out)


__all__ = [
    "MAX_LEVELS", "P_OUTLINE", "Fib", "Lists", "Styles", "invalid", "number", "protected", "sprms",
]
