"""Decode plain-text reports (.txt/.md) and split them into paragraphs.

Encodings are tried in a fixed order: a BOM decides first (UTF-8, UTF-16); then strict
UTF-8; then GB18030 (a superset of GBK) and Big5, choosing the one whose decoding is
cleanest. Blank lines and leading indentation are dropped here; joining of hard-wrapped
lines is the parser's job because it needs to know what a heading looks like.
"""

from __future__ import annotations

import codecs
import html
import html.entities
import re

from .. import lazy_re
from ..errors import LoadError
from . import Paragraph, RawDocument, table_paragraph
from .furniture import drop_furniture, drop_interrupting_lines, drop_lone_running_lines, paginate
from .invisible import INVISIBLE
from .number_column import renumber
from .text_notes import split_notes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, source: str) -> str:
    """Return ``data`` decoded, detecting the encoding; raise LoadError if none fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise LoadError.of(source, "bom_mismatch", encoding=encoding) from None
    if _looks_like_utf16(data):
        # -- both byte orders usually decode; the right one reads as ordinary text --
        found = _cleanest(data, ("utf-16-le", "utf-16-be"))
        if found is not None:
            return found
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    found = _cleanest(data, ("gb18030", "big5"))
    if found is None:
        raise LoadError.of(source, "unknown_encoding")
    return found


def _cleanest(data: bytes, encodings: tuple[str, ...]) -> str | None:
    """Return ``data`` decoded with whichever of ``encodings`` reads most like ordinary text."""
    decoded = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        decoded.append((_oddness(text), encoding, text))
    return min(decoded)[2] if decoded else None


def _looks_like_utf16(data: bytes) -> bool:
    # -- BOM-less UTF-16: CJK text has few ASCII characters (digits, newlines), but their
    #    zero bytes all fall on one side (odd or even offsets). Text in 8-bit encodings
    #    never contains NUL, so a modest share of zeros on one side is decisive. --
    sample = data[: len(data[:4000]) // 2 * 2]
    zeros = sample.count(0)
    if len(sample) < 4 or zeros < max(2, len(sample) // 200):
        return False
    # -- CJK code points such as U+4E00 一 put zeros on the other side, hence only a majority --
    return max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.6 * zeros


def _oddness(text: str) -> int:
    # -- GB18030 decodes almost any byte string; Big5 text read as GB18030 produces
    #    rare characters. Count characters outside the common CJK and ASCII ranges. --
    return sum(1 for ch in text if not (ch.isascii() or "\u4e00" <= ch <= "\u9fa5" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in "“”‘’…—·"))


# -- Markdown syntax around report text: heading hashes, list bullets, bold/italic marks,
#    block quotes and thematic breaks. Chinese markers (一、 (一) 1.) are left alone. --
_MARKDOWN_PREFIX = lazy_re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+)+")
_MARKDOWN_EMPHASIS = lazy_re.compile(r"(\*\*|__)(.+?)\1")
_MARKDOWN_RULE = lazy_re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")


def _strip_markdown(line: str) -> str:
    if _MARKDOWN_RULE.match(line):
        return ""
    line = _MARKDOWN_PREFIX.sub("", line)
    return _MARKDOWN_EMPHASIS.sub(r"\2", line).strip()


# -- text copied from PDFs and Word carries page and column breaks (form feed, vertical
#    tab): they end a line. Other control characters are not text and cannot go into
#    XML (the Word output): they are dropped. Tab stays. --
_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_CONTROLS = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)])
# -- invisible characters (see .invisible) go with them, before lines are split --
_CONTROLS.update(dict.fromkeys(INVISIBLE))
# -- the same as patterns: str.translate with a dict looks every character up (0.4 s on 5 MB of
#    Chinese), a character class skips the text at C speed --
_BREAKS_RE = lazy_re.compile("[" + "".join(map(re.escape, map(chr, _BREAKS))) + "]")
_CONTROLS_RE = lazy_re.compile("[" + "".join(map(re.escape, map(chr, sorted(_CONTROLS)))) + "]")


def clean_text(text: str) -> str:
    """Return ``text`` with page/column breaks as line breaks, control and invisible characters removed."""
    return _CONTROLS_RE.sub("", _BREAKS_RE.sub("\n", text))


def split_paragraphs(text: str, *, markdown: bool = False) -> tuple[Paragraph, ...]:
    """Return the non-blank lines of ``text`` with leading/trailing space removed.

    With ``markdown``, heading hashes, bullets, emphasis and rules are removed first, so
    ``## 一、主要举措及成效`` reads as the part heading it is. Text with page breaks (form
    feeds, as ``pdftotext`` writes them) loses its page furniture: page numbers and running
    headers and footers at the page edges.
    """
    pages: list[list[Paragraph]] = [[]]
    cells: dict[int, list[str]] = {}
    number = 0
    for page in text.replace("\r\n", "\n").replace("\r", "\n").split("\x0c"):
        if pages[-1]:
            pages.append([])
        for line in clean_text(page).split("\n"):
            number += 1
            stripped = line.strip(" \t\u3000\ufeff")
            if markdown:
                row = _pipe_row(stripped)
                if row == []:
                    cells[number] = []  # -- |---|---|: the rule under a Markdown table's header --
                    continue
                stripped = " | ".join(row) if row else _strip_markdown(stripped)
            else:
                row = _row(stripped)
            if stripped:
                indent = line.lstrip("\ufeff")
                pages[-1].append(Paragraph(stripped, number, indent=indent[:len(indent) - len(indent.lstrip(" \t\u3000"))]))
                if row:
                    cells[number] = row
    text_of = lambda paragraph: paragraph.text  # noqa: E731
    notes: list[Paragraph] = []
    if len(pages) > 1:
        pages = drop_furniture(pages, text_of)
        pages, notes = split_notes(pages)  # -- pdftotext set each page's notes at its foot --
    elif len(found := paginate(pages[0], text_of)) > 1:
        # -- copied from a PDF viewer: the page numbers tell the pages, and a header repeating
        #    there (青川市人民政府工作报告) would be glued into the sentence it cuts --
        pages = drop_furniture(found, text_of, first_top=False)
    pages = drop_lone_running_lines(pages, text_of)
    lines = drop_interrupting_lines([paragraph for page in pages for paragraph in page], text_of)
    if "\x0c" in text:
        lines = renumber(lines)  # -- pdftotext read Word's number column before the texts --
    return _with_tables(lines, cells) + tuple(notes)


# -- a text table: cells apart by tabs, or by runs of two or more spaces (a table a web page or
#    a spreadsheet was copied from, or laid out by hand); a Markdown table between pipes --
_CELL_GAP = lazy_re.compile(r"[ \u3000\xa0]{2,}")
_PIPE_RULE = lazy_re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
#: A cell of a table is short; a line whose pieces are longer is prose with wide spaces in it.
_MAX_CELL = 40
_MIN_ROWS = 2
#: A cell holds no clause break and ends no sentence: a piece of a sentence is prose.
_PROSE = lazy_re.compile(r"[，；。！？]")  # -- (not 1,200: a number's comma) --
#: A heading's or an item's marker alone (一、 （一） 1. （1） 一是 ①): Word's "save as text" puts a tab
#: after an automatic number, so 一、<tab>2024年主要举措和成效 is a numbered line, not two cells.
_MARKER_CELL = lazy_re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、]?|"
                               r"[①-⑳•●▪◆■]|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+(?:部分|章|节|条))$")
#: A table's number opening its caption (表1, 附表2, 续表1, 續表 1): 表1  2024年行政复议案件情况 names the
#: table below, it is no row of it.
_CAPTION_CELL = lazy_re.compile(r"^(?:附\s*|[续續]\s*)?表\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})$")
#: A cell that is a count (12, 6.5%, 1.1万): a row holding one counts something, a caption names.
_COUNT = lazy_re.compile(r"^[0-9０-９.,，．%％‰+\-—–/]+[万亿千百余个件次人家项元起户条份卷]*$")


def _row(line: str) -> list[str] | None:
    """The cells of a line that may be a table row (two or more short cells), else None."""
    if "\t" in line:
        row = [cell.strip(" \u3000\xa0") for cell in line.split("\t")]
    elif _CELL_GAP.search(line):
        row = [cell.strip() for cell in _CELL_GAP.split(line)]
    else:
        return None
    filled = [cell for cell in row if cell]
    if len(filled) < 2 or any(len(cell) > _MAX_CELL for cell in filled):
        return None
    if len(filled) == 2 and _MARKER_CELL.match(filled[0]):
        return None  # -- a number and its line; a table numbering its rows has more cells than two --
    if _CAPTION_CELL.match(filled[0]) and not any(_COUNT.match(cell) for cell in filled[1:]):
        return None  # -- 表1  2024年行政复议案件情况: the caption above the table --
    if any(_PROSE.search(cell) for cell in filled):
        return None  # -- a sentence with wide spaces around its figures (审核规范性文件  9  件，…) --
    return row


def _pipe_row(line: str) -> list[str] | None:
    """The cells of a Markdown table row (``| 指标 | 2025年目标 |``), [] for its rule, else None."""
    if not (line.startswith("|") and line.endswith("|") and line.count("|") >= 3):
        return None
    if _PIPE_RULE.match(line):
        return []
    return [cell.strip() for cell in line[1:-1].split("|")]


def _with_tables(paragraphs: list[Paragraph], cells: dict[int, list[str]]) -> tuple[Paragraph, ...]:
    """The paragraphs with each run of consecutive table rows as one table, as the Word and
    web readers give tables (rows of cells): a row is never prose glued to the next."""
    found: list[Paragraph] = []
    run: list[Paragraph] = []

    def close() -> None:
        widths = [len([cell for cell in cells[p.line] if cell]) for p in run]
        if len(run) >= _MIN_ROWS and max(widths.count(width) for width in widths) >= _MIN_ROWS:
            found.append(table_paragraph([cells[p.line] for p in run], run[0].line))
        else:
            found.extend(run)  # -- one line with a wide space in it is no table --
        run.clear()

    for paragraph in paragraphs:
        # -- rows follow each other (a Markdown table's rule between them is part of it) --
        if paragraph.line in cells and (not run or all(line in cells for line in range(run[-1].line + 1, paragraph.line))):
            run.append(paragraph)
            continue
        if run:
            close()
        if paragraph.line in cells:
            run.append(paragraph)
        else:
            found.append(paragraph)
    if run:
        close()
    return tuple(found)


#: An HTML entity left in text copied out of a page's source (a WeChat article's 会议&nbsp;4&nbsp;次):
#: a named one only when the entity table knows it, so 甲&乙; or a stray & stays as written.
_ENTITY = lazy_re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entity(match: re.Match[str]) -> str:
    entity = match.group(0)
    if entity[1] != "#" and entity[1:] not in html.entities.html5:
        return entity
    return html.unescape(entity)


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Return the paragraphs of a text report given as bytes."""
    if b"\x00" not in data[:2000] and not data.strip():
        raise LoadError.of(source, "empty")
    text = decode(data, source)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    paragraphs = split_paragraphs(text, markdown=source.lower().endswith((".md", ".markdown")))
    if not paragraphs:
        raise LoadError.of(source, "empty")
    return RawDocument(source, paragraphs, may_be_wrapped=True)


__all__ = ["clean_text", "decode", "read_bytes", "split_paragraphs"]
