"""The Word document around a redline's body: GB/T 9704 page and typography (or a reviewer's
template, its styles kept), heading styles, the page-number footer, core properties and the
revision date.

python-docx is imported only by the functions that build a document with it (a template, a
cover page, the plans redline, the blank document cached by ``_docx_light``): the default
redline never loads it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from reportdiff.errors import LoadError
from reportdiff.render import _revisions as rev


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



def new_document(template: str | os.PathLike[str] | None):
    """A blank document with GB/T 9704 typography, or ``template`` emptied with its styles kept."""
    from docx import Document

    if template is not None:
        try:
            document = Document(str(Path(template)))
        except Exception as exc:  # -- python-docx raises several kinds for a bad package --
            raise LoadError.of(str(template), "docx_template", error=type(exc).__name__) from None
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


__all__ = [
    "apply_typography", "ensure_styles", "heading_styles", "new_document", "page_number_footer", "resolve_date",
    "set_core_properties",
]
