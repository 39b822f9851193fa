"""Parse a loaded report into its tree: title, preamble, parts, sections, measures.

``parse`` runs the steps in order: what is no body prose is set aside (a table of contents,
tables and their captions, notes, page furniture, an appendix and the 落款), lines a page or a
hard wrap broke are joined again and the header split off; then the body is read line by line
into the outline (``parse_openings``, building it in ``parse_outline``), the parts' roles settled
and the years the report reviews and plans read. What was set aside goes back into the outline
where it stood, so the blocks joined give back the input (whitespace aside).

The steps live beside this module: ``parse_contents`` (a table of contents), ``parse_header``
(the header, page furniture, lead lines joined with their bodies), ``parse_wrap`` (hard-wrapped
lines re-joined), ``parse_layout`` (how the report marks its parts), ``parse_markers`` (the marker
grammar, sentences, printed width), ``parse_roles`` (roles that depend on what was read).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .errors import ParseError
from .kinds import KINDS, NEXT_YEAR, Kind, detect_role, detect_years, names_two_roles
from .loaders import Paragraph, RawDocument
from .models import Block, BlockKind, Part, Report, Role, Table
from .parse_header import (
    caption_of, captioned_tables, captions, is_furniture, join_lead_lines, split_appendix, split_header, split_signature,
    with_furniture, without_furniture,
)
from .parse_layout import is_part_heading, join_part_names, levels, one_level_up, roles_under_parts
from .parse_contents import split_contents
from .parse_continued import join_continued
from .parse_leads import lead_paragraphs
from .parse_openings import OutlineReader
from .parse_plans import plan_sentences
from .part_leads import mark_leads
from .ceremonial import mark_ceremonial
from .parse_roles import results_before_problems
from .parse_markers import SECTION_RE, chinese_numeral, split_sentences, undecorated
from .loaders.ocr import ungap_paragraphs
from .parse_blocks import join_broken_blocks
from .parse_wrap import join_wrapped, split_at_marked_lines, split_inline_items, split_run_on, wrap_width


def parse(document: RawDocument, *, kind: str | None = None) -> Report:
    """Return the report tree of a loaded document.

    ``kind`` (``rule_of_law``, ``government_work``, ``other``) overrides the kind detected
    from the report's opening. Raises ParseError when no part heading (一、…) is found at
    all: without parts there is nothing to align.
    """
    paragraphs, aside = _set_aside(document.paragraphs)
    # -- (a Markdown file's lines in a block are its list's items, their bullets stripped) --
    markdown = document.source.lower().endswith((".md", ".markdown"))
    header, paragraphs = _body_lines(paragraphs, document.may_be_wrapped, short_lines=not markdown)
    # -- 主體 4385 戶 (pdftotext), 办理&nbsp;210&nbsp;件: the space parts a figure from its unit --
    header, paragraphs = ungap_paragraphs(header), ungap_paragraphs(paragraphs)
    # -- 📌一、 ▶（一）: a WeChat editor's symbol before a heading's marker is no word of it --
    paragraphs = tuple(p if (text := undecorated(p.text)) == p.text else replace(p, text=text) for p in paragraphs)
    reader = _read(header, paragraphs, document.source, KINDS[kind] if kind else None)
    if not reader.parts:
        raise ParseError.of(document.source, "no_structure")
    # -- thematic parts (一、强化组织领导，…) that report work done are the review of a report
    #    that heads none as one --
    parts = results_before_problems(tuple(reader.parts))
    preamble = "\n".join(reader.preamble)
    report_kind = reader.report_kind()
    if report_kind.part_leads or report_kind.numbered_leads:
        parts = mark_leads(parts, numbered=not report_kind.part_leads)
    # -- 各位代表！…表示衷心感谢！ and 让我们…而努力奋斗！ speak to the congress: no plans, no evidence --
    parts = mark_ceremonial(parts)
    years = _years(report_kind, reader.name, parts, preamble, document.source)
    return Report(
        source=document.source,
        year=years.year,
        title=reader.title,
        preamble=preamble,
        parts=parts,
        blocks=_with_tables(with_furniture(reader.blocks, aside.furniture, aside.caption_tables), aside.tables)
        + aside.notes,
        plan_sentences=plan_sentences(parts),
        warnings=document.warnings,
        kind=report_kind.name,
        review_year=years.review_year,
        plan_year=years.plan_year,
        tables=aside.tables,
    )


@dataclass(frozen=True)
class _SetAside:
    """What is no body prose, kept apart to go back into the outline where it stood."""

    #: A table of contents, page furniture, the 落款, an appendix and tables' captions, by line.
    furniture: tuple[Paragraph, ...]
    tables: tuple[Table, ...]
    #: The table id of each caption's line, so that outputs keep them together.
    caption_tables: dict[int, str]
    #: Footnotes and endnotes, kept after the body.
    notes: tuple[Block, ...]


def _set_aside(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], _SetAside]:
    """Return the body's paragraphs and what is set aside from them."""
    # -- a table of contents (目录) before the body lists its headings again: no part of it --
    source, contents = split_contents(paragraphs)
    # -- a table a page break cut (续表 over the rest) is one table; the mark goes with it --
    source, continued = join_continued(source)
    # -- tables are rows of cells, not report prose: kept apart and put back in the outline --
    table_captions = captions(source)
    tables = tuple(Table(f"表{index}", p.table, p.line, caption_of(p, source, table_captions), p.merged)
                   for index, p in enumerate((p for p in source if p.table is not None), 1))
    # -- each caption line knows its table, so that outputs keep them together --
    table_ids = {table.line: table.id for table in tables}
    caption_tables = {line: table_ids[table] for line, table in
                      captioned_tables(source, table_captions).items()}
    caption_tables |= {found.mark.line: table_ids[found.table] for found in continued}
    prose = tuple(p for p in source if p.table is None and not p.note and p not in table_captions)
    # -- footnotes and endnotes explain the body's words; they are no measures: kept after it --
    notes = tuple(Block(BlockKind.NOTE, "", p.text, p.line) for p in source if p.note)
    body, furniture = without_furniture(prose)
    # -- an appendix (附件, 名词解释) and the 落款 before it go back into the outline where they
    #    stood, as furniture does --
    body, appendix = split_appendix(body)
    body, signature = split_signature(body)
    marks = (found.mark for found in continued)
    furniture = tuple(sorted((*furniture, *contents, *signature, *appendix, *table_captions, *marks), key=lambda p: p.line))
    return body, _SetAside(furniture, tables, caption_tables, notes)


def _body_lines(paragraphs: tuple[Paragraph, ...], may_be_wrapped: bool, *, short_lines: bool = True,
                ) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """Return the header and the body's lines as the report wrote them: lines a page or a hard
    wrap broke joined again, lines holding two marked lines cut apart."""
    if may_be_wrapped:
        # -- a page copied with its line breaks lost is one line: its paragraphs found again --
        paragraphs = split_run_on(paragraphs)
        # -- …and one an editor broke into short lines, a blank line after it, is one again --
        paragraphs = join_broken_blocks(paragraphs) if short_lines else paragraphs
    # -- only plain text can be hard-wrapped; Word paragraphs are paragraphs --
    header, paragraphs = split_header(paragraphs, wrap_width(paragraphs) if may_be_wrapped else [])
    # -- a Word, PDF or web page paragraph left unfinished (a page's line breaks copied into Word:
    #    …交出一份人 / 民满意的答卷) continues in the next, as a text's line does, with no wrap width
    #    sought. In a report that numbers no part, a short line naming a part is a heading, not a
    #    line a web page broke (elsewhere …今年预期目标设定 / 为6%以上 is one sentence) --
    paragraphs = join_wrapped(paragraphs, unnumbered=levels(paragraphs).headings == "named",
                              wrapped=may_be_wrapped)
    if may_be_wrapped and not header:
        # -- a title as long as the wrapped lines was joined with its tail: a header now --
        header, paragraphs = split_header(paragraphs, [])
    paragraphs = join_part_names(split_inline_items(split_at_marked_lines(paragraphs)))
    # -- where levels start one up (第一部分 / 一、 / （一）), a （一） lead takes its body as 1. does --
    paragraphs = join_lead_lines(paragraphs, (SECTION_RE,) if one_level_up(paragraphs) else ())
    return header, paragraphs


def _read(header: tuple[Paragraph, ...], paragraphs: tuple[Paragraph, ...], source: str,
          kind: Kind | None) -> OutlineReader:
    """Return the reader that has read the header and body lines into the outline, told first
    what the report's layout and part headings say of the whole."""
    layout = levels(paragraphs)
    headings = [p.text for p in paragraphs
                if is_part_heading(p.text, layout) or layout.headings == "styled" and p.heading_level == 1]
    roles_under = roles_under_parts(paragraphs) if layout.shifted else {}
    reader = OutlineReader(source, kind, layout,
                           plans_part=any(detect_role(text) is Role.PLANS or names_two_roles(text) for text in headings)
                           or Role.PLANS in roles_under.values(),
                           next_year=any(NEXT_YEAR.search(text) for text in headings), roles_under=roles_under,
                           leads=lead_paragraphs(paragraphs))
    reader.feed_header(header)
    for paragraph in paragraphs:
        reader.feed(paragraph)
    reader.finish()
    return reader


def _years(kind: Kind, name: str, parts: tuple[Part, ...], preamble: str, source: str):
    def heading(role: Role) -> str:
        return next((part.title for part in parts if part.role is role), "")

    return detect_years(kind, name=name, results_heading=heading(Role.RESULTS), plans_heading=heading(Role.PLANS),
                        preamble=preamble, source=source)


def _with_tables(blocks: tuple[Block, ...], tables: tuple[Table, ...]) -> tuple[Block, ...]:
    """The outline with each table's block where the table stood (by input position)."""
    merged = list(blocks)
    for table in tables:
        at = next((i for i, block in enumerate(merged) if block.line > table.line), len(merged))
        text = "\n".join("\t".join(row) for row in table.rows)
        merged.insert(at, Block(BlockKind.TABLE, table.id, text, table.line))
    return tuple(merged)


def parse_text(text: str, source: str = "<text>", *, kind: str | None = None) -> Report:
    """Parse report text given as a string."""
    from .loaders.text import split_paragraphs

    return parse(RawDocument(source, split_paragraphs(text), may_be_wrapped=True), kind=kind)


__all__ = [
    "chinese_numeral", "detect_role", "is_furniture", "join_lead_lines", "join_wrapped", "parse", "parse_text",
    "split_header", "split_sentences",
]
