"""Word plumbing shared by the .docx renderers: typography, dates, properties, revised paragraphs, fixed zip.

python-docx is imported only by the functions that build a document with it (a template, a
cover page, the plans redline, the blank document cached by ``_docx_light``): the default
redline never loads it.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

from reportdiff import display
from reportdiff.errors import LoadError
from reportdiff.render import _revisions as rev

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

Segment = tuple[str, "str | None"]
"""(text, revision kind) of one run; kind None is plain text."""


def resolve_date(date: dt.datetime | str | None) -> dt.datetime:
    """The revision date: ``date`` (datetime, ISO 8601 or ``"now"``), else SOURCE_DATE_EPOCH, else now.

    A clerk files a redline dated the day it was made; a reproducible build (and the tests)
    fix the date with ``--date`` or ``SOURCE_DATE_EPOCH``.
    """
    if isinstance(date, dt.datetime):
        return date if date.tzinfo else date.replace(tzinfo=dt.timezone.utc)
    if isinstance(date, str):
        if date == "now":
            return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        try:
            parsed = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"invalid date {date!r}: use ISO 8601 such as 2025-03-31 or 2025-03-31T09:00:00Z, or 'now'") from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


# ---------------------------------------------------------------- document and styles


def new_document(template: str | os.PathLike[str] | None):
    """A blank document with GB/T 9704 typography, or ``template`` emptied with its styles kept."""
    from docx import Document

    if template is not None:
        try:
            document = Document(str(Path(template)))
        except Exception as exc:  # -- python-docx raises several kinds for a bad package --
            raise LoadError(str(template), f"is not a usable .docx template ({type(exc).__name__})") from None
        rev.clear_body(document.element.body)
        ensure_styles(document)
        return document
    document = Document()
    apply_typography(document)
    return document


def ensure_styles(document) -> None:
    """A reviewer's template keeps its own styles; add only the ones it lacks."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = document.styles
    for name, level in (("Title", None), ("Heading 1", 0), ("Heading 2", 1)):
        try:
            styles[name]
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            if level is not None:
                rev.set_outline_level(style.element, level)


def apply_typography(document) -> None:
    """GB/T 9704-style page and fonts: 仿宋 三号 body, 黑体/楷体 headings, 28pt lines."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Mm, Pt, RGBColor

    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)

    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(16)
    rev.set_fonts(normal, ascii_font="Times New Roman", east_asia="仿宋")
    fmt = normal.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(32)
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    rev.set_first_line_chars(normal, 200)

    for name, east_asia in (("Heading 1", "黑体"), ("Heading 2", "楷体")):
        style = styles[name]
        style.font.size = Pt(16)
        style.font.bold = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        rev.set_fonts(style, ascii_font="Times New Roman", east_asia=east_asia)
        hfmt = style.paragraph_format
        hfmt.space_before = hfmt.space_after = Pt(0)
        hfmt.line_spacing = Pt(28)
        hfmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY

    title = styles["Title"]
    title.font.size = Pt(22)
    title.font.color.rgb = RGBColor(0, 0, 0)
    rev.set_fonts(title, ascii_font="Times New Roman", east_asia="宋体")
    rev.remove_paragraph_borders(title)
    tfmt = title.paragraph_format
    tfmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tfmt.first_line_indent = Pt(0)
    rev.set_first_line_chars(title, 0)
    tfmt.line_spacing = Pt(36)
    tfmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    tfmt.space_before = Pt(0)
    tfmt.space_after = Pt(28)


def heading_styles(document) -> dict:
    """Title and heading styles, looked up once (python-docx scans styles.xml on every lookup)."""
    return {name: document.styles[name] for name in ("Title", "Heading 1", "Heading 2")}


_PROPERTY_MAX = 255


def set_core_properties(document, *, title: str, subject: str, author: str, when: dt.datetime,
                        lang: str) -> None:
    """Core properties with dates from ``when`` (never the clock), so output stays byte-identical.

    A property holds at most 255 characters (python-docx refuses more): a long title or
    long input paths are cut there rather than failing the whole redline.
    """
    title, subject, author = (value[:_PROPERTY_MAX] for value in (title, subject, author))
    props = document.core_properties
    props.title = title
    props.subject = subject
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.keywords = "reportdiff"
    props.language = "en" if lang == "en" else "zh-CN"
    props.revision = 1
    naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props.created = props.modified = naive


# ---------------------------------------------------------------- paragraphs


# -- characters XML 1.0 cannot hold (C0 controls other than tab/newline): the loaders drop
#    them, but a Report built by a library caller may still carry some --
_XML_ILLEGAL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def xml_safe(text: str) -> str:
    """Return ``text`` without the characters a Word document cannot contain."""
    return text.translate(_XML_ILLEGAL)


def styled_paragraph(document, text: str, style):
    """Add a paragraph of ``text`` in ``style`` (a style object from :func:`heading_styles`)."""
    paragraph = document.add_paragraph(xml_safe(text))
    set_style(paragraph, style)
    return paragraph


def set_style(paragraph, style) -> None:
    """Apply a paragraph style by id: python-docx's ``paragraph.style = …`` scans every style
    of styles.xml for the default one on each call, which dominated the render time."""
    rev.set_paragraph_style(paragraph._p, style.style_id)


def revised_paragraph(document, segments: list[Segment], *, writer: rev.RevisionWriter, author: str,
                      when: dt.datetime, comment: str | None = None, whole: str | None = None):
    """Add one paragraph of (text, revision kind) runs and return its ``w:p``.

    Neighbouring runs of the same kind become one revision element; ``comment`` covers
    the whole paragraph; ``whole`` (a revision kind) also marks the paragraph mark and the
    comment reference, so the paragraph itself comes or goes with its text.
    """
    paragraph = document.add_paragraph()
    placed = [(paragraph.add_run(xml_safe(text)), kind) for text, kind in segments]
    p = paragraph._p
    if comment and placed:
        note = document.add_comment([placed[0][0], placed[-1][0]], text=comment, author=author,
                                    initials=initials(author))
        rev.set_comment_date(note, when)
        rev.move_comment_range_to_edges(p)
    _wrap_runs(writer, placed)
    if whole is not None:
        refs = rev.comment_reference_runs(p)
        if refs:  # the comment marker goes and comes back with the paragraph
            writer.wrap(refs, whole)
        writer.mark_paragraph(p, whole)
    return p


def _wrap_runs(writer: rev.RevisionWriter, placed: list) -> None:
    """Wrap each stretch of consecutive runs of one revision kind (``placed``: (run, kind or
    None)) in one revision element."""
    group: list = []
    group_kind: str | None = None
    for run, kind in [*placed, (None, None)]:
        if run is not None and kind == group_kind:
            group.append(run._r)
            continue
        if group and group_kind is not None:
            writer.wrap(group, group_kind)
        group, group_kind = ([run._r], kind) if run is not None else ([], None)


def run_in_paragraph(document, parts: list[tuple[list[Segment], str | None, str | None, tuple[str, str] | None]], *,
                     writer: rev.RevisionWriter, author: str, when: dt.datetime, whole: str | None):
    """Add one paragraph holding several measures' runs: ``parts`` are (segments, comment, kind, move).

    Each measure's comment covers its own runs; its reference goes and comes with the measure
    (``kind``, the measure's whole-paragraph revision); ``move`` (kind, name) brackets a moved
    measure's runs with its move range. ``whole`` marks the paragraph mark.
    """
    paragraph = document.add_paragraph()
    p = paragraph._p
    for segments, comment, kind, move in parts:
        placed = [(paragraph.add_run(xml_safe(text)), run_kind) for text, run_kind in segments]
        if not placed:
            continue
        # -- the elements themselves, held: lxml hands out a new proxy (and id) for an element
        #    whose proxy was freed, so a set of ids mistook old references for new ones now
        #    and then (a reference run wrapped in another measure's deletion) --
        refs_before = set(rev.comment_reference_runs(p))
        if comment:
            note = document.add_comment([placed[0][0], placed[-1][0]], text=comment, author=author,
                                        initials=initials(author))
            rev.set_comment_date(note, when)
        _wrap_runs(writer, placed)
        refs = [r for r in rev.comment_reference_runs(p) if r not in refs_before]
        if kind is not None and refs:
            writer.wrap(refs, kind)
        if move is not None:
            first = placed[0][0]._r
            while first.getparent() is not p:  # -- the run sits inside its revision wrapper --
                first = first.getparent()
            last = p[-1]
            writer.move_range_around(first, last, *move)
    if whole is not None:
        writer.mark_paragraph(p, whole)
    return p


def initials(author: str) -> str:
    return "".join(word[0] for word in author.split() if word)[:3].upper()


#: Table text size (五号, as tables in official documents print): the summary's tables hold
#: short cells side by side, which the body's 三号 would wrap onto several lines.
TABLE_POINTS = 10.5
#: Word's default left plus right cell margin (0.08 inch each side), in twips.
_CELL_MARGINS = 216
#: A header word may wrap before its column is widened past this many ems.
_HEADER_EMS = 8


#: The font status marks are drawn in: one every Chinese system has (LibreOffice maps it to
#: Noto Serif CJK), whose ◐ and ⟳ are as large as the text.
MARK_FONT = "宋体"
_MARKS = frozenset(display.PROMISE_MARKS.values())


def table(document, rows: list[tuple[str, ...]], style) -> None:
    """A centred grid table of ``rows`` (first row the header), every cell in ``style``, each
    column as wide as its longest cell needs (a narrow change column, wide target columns)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Length, Pt, Twips

    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        grid.style = document.styles["Table Grid"]
    except KeyError:
        pass  # a template without the grid style: plain table
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, (row, values) in enumerate(zip(grid.rows, rows)):
        for cell, value in zip(row.cells, values):
            cell.text = xml_safe(value)
            for paragraph in cell.paragraphs:
                set_style(paragraph, style)
                # -- a little over single spacing, not the body's fixed 28 pt --
                paragraph.paragraph_format.line_spacing = 1.15
                paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(2)
                for run in paragraph.runs:
                    run.font.size = Pt(TABLE_POINTS)
                    run.bold = True if index == 0 else None
                    if run.text[:1] in _MARKS:
                        # -- a status mark (◐ ⟳) drawn by a Chinese font: Latin fonts print them at
                        #    half the text's size, or borrow them so --
                        run.font.name = MARK_FONT
    section = document.sections[-1]
    text_width = Length(section.page_width - section.left_margin - section.right_margin).twips
    grid.autofit = False
    for column, width in zip(grid.columns, column_widths(rows, text_width, round(TABLE_POINTS * 20))):
        column.width = Twips(width)
        for cell in column.cells:
            cell.width = Twips(width)
    rev.repeat_header_row(grid.rows[0])


def _ems(text: str) -> float:
    """Printed width in ems: a Chinese or full-width character is one (so are — and “” in a
    Chinese font), Latin text about half; half an em more for the rounding a renderer does."""
    return sum(1.0 if ord(ch) >= 0x2000 else 0.55 for ch in text) + 0.5


def column_widths(rows: list[tuple[str, ...]], total: int, em: int) -> list[int]:
    """Column widths (twips) summing to ``total``: each column's need is its longest cell (a
    header counts up to ``_HEADER_EMS``); when the needs exceed the page the widest columns are
    cut to one common width first, so short columns keep their text on one line."""
    columns = len(rows[0])
    needs = []
    for i in range(columns):
        body = max((_ems(row[i]) for row in rows[1:] if i < len(row)), default=0.0)
        needs.append(max(body, min(_ems(rows[0][i]), _HEADER_EMS), 2.0) * em + _CELL_MARGINS)
    if sum(needs) <= total:
        # -- room to spare: share it out in proportion, so the table spans the text width --
        widths = [need * total / sum(needs) for need in needs]
    else:
        cap, left, rest = total / columns, total, sorted(needs)
        for k, need in enumerate(rest):
            cap = left / (columns - k)
            if need > cap:
                break
            left -= need
        widths = [min(need, cap) for need in needs]
    rounded = [int(width) for width in widths]
    rounded[-1] += total - sum(rounded)  # -- whole twips that still sum to the text width --
    return rounded


def page_number_footer(document) -> None:
    """Centre ``— 1 —`` (a PAGE field) in the footer of every section, as GB/T 9704 prints it."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    for section in document.sections:
        footer = section.footer
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.text = ""
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.first_line_indent = Pt(0)
        rev.add_page_field(paragraph)
        for run in paragraph.runs:
            run.font.size = Pt(14)


# ---------------------------------------------------------------- package


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>reportdiff</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "<AppVersion>{version}</AppVersion></Properties>"
)
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"


def clean_package(document) -> None:
    """Drop python-docx's template leftovers: the blank thumbnail, and app.xml naming another application."""
    from reportdiff import __version__

    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == _THUMBNAIL:
            package.rels.pop(rel_id)
        elif rel.reltype == _EXTENDED and not rel.is_external:
            # -- AppVersion must read NN.NNNN; 00.0100 is reportdiff 0.1 --
            major, minor = (__version__.split(".") + ["0", "0"])[:2]
            rel.target_part._blob = _APP_XML.format(version=f"{int(major):02d}.{int(minor):02d}00").encode()


def deterministic_zip(document) -> bytes:
    """Save, then rewrite the package with fixed timestamps (python-docx stamps the clock)."""
    clean_package(document)
    raw = io.BytesIO()
    document.save(raw)
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source:
        return zip_parts([(info.filename, source.read(info.filename)) for info in source.infolist()])


# -- zip records as zipfile writes them for a ZipInfo dated 1980-01-01 00:00, deflated, mode 600 --
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_DOS_DATE = (_ZIP_TIME[0] - 1980) << 9 | _ZIP_TIME[1] << 5 | _ZIP_TIME[2]
_CREATE_SYSTEM = 0 if sys.platform == "win32" else 3


def deflate(data: bytes) -> tuple[int, int, bytes]:
    """(CRC-32, size, raw deflate stream) of a part, as zipfile compresses it."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush()


def zip_parts(parts: list[tuple[str, bytes]], deflated: dict[str, tuple[int, int, bytes]] | None = None) -> bytes:
    """The package of ``parts`` (name, bytes) in order, with fixed timestamps and permissions.

    The bytes are those zipfile writes (tests compare them). ``deflated`` holds parts already
    compressed (the cached blank document's styles are 800 kB), used when CRC and size match.
    """
    out = bytearray()
    directory = bytearray()
    for name, data in parts:
        known = deflated.get(name) if deflated else None
        crc = zlib.crc32(data)
        if known is None or known[0] != crc or known[1] != len(data):
            known = deflate(data)
        _, size, stream = known
        encoded = name.encode("ascii") if name.isascii() else name.encode("utf-8")
        flags = 0 if name.isascii() else 0x800
        offset = len(out)
        out += _LOCAL.pack(b"PK\x03\x04", 20, 0, flags, zipfile.ZIP_DEFLATED, 0, _DOS_DATE, crc, len(stream), size,
                           len(encoded), 0)
        out += encoded
        out += stream
        directory += _CENTRAL.pack(b"PK\x01\x02", 20, _CREATE_SYSTEM, 20, 0, flags, zipfile.ZIP_DEFLATED, 0, _DOS_DATE, crc,
                                   len(stream), size, len(encoded), 0, 0, 0, 0, 0o600 << 16, offset)
        directory += encoded
    start = len(out)
    out += directory
    out += _END.pack(b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), start, 0)
    return bytes(out)


__all__ = [
    "Segment", "apply_typography", "deterministic_zip", "ensure_styles", "heading_styles",
    "initials", "new_document", "page_number_footer", "zip_parts", "run_in_paragraph", "resolve_date", "revised_paragraph", "set_core_properties", "set_style",
    "styled_paragraph", "table",
]
