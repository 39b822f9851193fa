"""Parse a loaded report into its tree: title, preamble, parts, sections, measures.

The grammar, from the outside in (markers are matched after width folding, so
（一） and (一), 1． and 1. are the same)::

    part      一、…              role from its heading words, never from its position
    section   (一)…              a heading; with text after its first 。 it is also a measure
    item      1. 1、 (1)         one measure: a lead phrase up to 。 then its body
    point     一是… 二是…        enumerated measures inside a paragraph (or one per line)
    other     any other paragraph: kept as a paragraph measure, never dropped

Every piece of input text lands in exactly one outline block, so the blocks joined
give back the input (whitespace aside).

The stages before the tree live beside this module: ``parse_markers`` (the marker grammar,
sentences, printed width), ``parse_wrap`` (hard-wrapped lines re-joined) and
``parse_header`` (the header, page furniture, lead lines joined with their bodies).
"""

from __future__ import annotations

from .errors import ParseError
from .kinds import KINDS, NEXT_YEAR, Kind, detect_role, detect_years, names_two_roles
from .loaders import Paragraph, RawDocument
from .models import Block, BlockKind, MeasureKind, Part, Report, Role, Table
from .normalize import key as norm_key
from .parse_header import (
    caption_of, captioned_tables, captions, is_furniture, join_lead_lines, split_appendix, split_header, split_signature, title_of_header,
    with_furniture, without_furniture,
)
from .parse_layout import is_part_heading, join_part_names, levels, names_the_part, one_level_up, roles_under_parts
from .parse_contents import split_contents
from .parse_leads import lead_paragraphs, lead_phrase
from .parse_outline import Container, OutlineBuilder, PartBuilder
from .parse_plans import plan_sentences
from .part_leads import mark_leads
from .parse_roles import results_before_problems
from .parse_markers import (
    ITEM_RE, PAREN_ITEM_RE, SECTION_RE, chinese_numeral, listed_item, marker_prefix, split_points, split_sentences,
)
from .parse_wrap import join_wrapped, split_at_marked_lines, split_inline_items, split_run_on, wrap_width


class _Parser(OutlineBuilder):
    """Reads the body paragraph by paragraph, each opening a level or added to the open one."""

    # -- paragraphs ---------------------------------------------------------------
    def feed_header(self, header: tuple[Paragraph, ...]) -> None:
        """Take the header lines (title, occasion, speaker) as title blocks."""
        self.title = title_of_header([p.text for p in header])
        self.name = "".join(p.text for p in header)
        self.blocks.extend(Block(BlockKind.TITLE, "", p.text, p.line) for p in header)

    def feed(self, paragraph: Paragraph) -> None:
        text, line = paragraph.text, paragraph.line
        if (found := next(filter(None, (marker_prefix(regex, text) for regex in self.part_res)), None)) is not None:
            numeral, marker = found
            self._close_part()
            heading, rest = self._split_heading(text[len(marker):])
            # -- 第一部分 over 一、 sections keeps its name: 一 is the section's --
            part_id = self._unique(f"第{numeral}部分" if self.layout.shifted else numeral)
            role = self._role(heading)
            if role is Role.OTHER:
                role = self.roles_under.get(line, role)
            self.part = PartBuilder(Container(part_id, heading.rstrip("。")), marker,
                                     role, line, mixed=names_two_roles(heading))
            self.blocks.append(Block(BlockKind.PART, part_id, marker + heading, line))
            if rest:
                self._add_body(rest, line)
            return
        if self.part is not None and self.section_re is not None and (
                found := marker_prefix(self.section_re, text)) is not None:
            numeral, marker = found
            self._close_section()
            if self.part.term_sections is None:
                self.part.term_sections = self._reviews_term()
            heading, rest = self._split_heading(text[len(marker):])
            section_id = self._unique(f"{self.part.container.id}/{numeral}" if self.layout.shifted
                                      else f"{self.part.container.id}/({numeral})")
            title = heading.rstrip("。. ")
            self.section = (Container(section_id, title), marker, line, norm_key(title))
            # -- in a part of two roles, （二）下一步工作打算 is plans, （一）存在的问题 shortcomings --
            named = detect_role(title) if self.part.mixed else None
            self.section_role = named if named in (Role.RESULTS, Role.SHORTCOMINGS, Role.PLANS) else (
                # -- …and after the line that turned it to the work ahead (下一步，我镇将…：) a section is plans --
                Role.PLANS if self.part.mixed and self.part.plans_begun else None)
            # -- a heading whose body is 一是…二是… points heads them, as when they stand on lines
            #    of their own (district reports write （一）坚持党的领导，…。一是…二是…) --
            points = split_points(rest) if rest else []
            if sum(numeral is not None for numeral, _ in points) < 2:
                points = []
            if rest and not points:
                # -- a heading with its body on one line is one measure titled by the heading --
                self._add_measure(section_id, MeasureKind.HEADING, marker, heading + rest, line)
            else:
                self.blocks.append(Block(BlockKind.SECTION, section_id, marker + heading, line))
                self._add_points(points, line)
            return
        if self.part is not None and self.layout.shifted and (found := marker_prefix(SECTION_RE, text)) is not None:
            # -- one level up, （一）有效投资量质齐升。… is an item, as 1. is where parts are 一、 --
            numeral, marker = found
            container = self._container()
            assert container is not None
            measure_id = self._unique(f"{container.id}/({numeral})")
            container.top_item, container.item, container.sub_items = measure_id, None, 0
            self._add_measure(measure_id, MeasureKind.ITEM, marker, text[len(marker):], line)
            return
        if self.part is not None:
            found = marker_prefix(ITEM_RE, text) or marker_prefix(PAREN_ITEM_RE, text)
            listed = listed_item(text) if found is None else None
            if listed is not None:
                # -- ① is item 1; a bullet is the item after the container's last one (WeChat
                #    types • where the report printed 1.) --
                container = self._container()
                assert container is not None
                number = listed[0] or container.listed + 1
                container.listed = number
                found = (str(number), listed[1])
            if found is not None:
                number, marker = found
                container = self._container()
                assert container is not None
                plain = listed is not None or marker_prefix(ITEM_RE, text) is not None
                # -- a （1） after a 1. item opens that item's sub-items: 2.（1） is 第2项（1），
                #    not a second 第1项 of the section --
                nested = not plain and container.item is not None and (number == "1" or container.sub_items > 0)
                parent = container.item if nested else container.top_item or container.id
                measure_id = self._unique(f"{parent}/{number if plain else f'({number})'}")
                if plain:
                    container.item, container.sub_items = measure_id, 0
                elif nested:
                    container.sub_items += 1
                self._add_measure(measure_id, MeasureKind.ITEM, marker, text[len(marker):], line, self._item_role())
                return
        if self.part is not None and (line, text) in self.leads:
            self._add_lead_measure(text, line, paragraph.lead)
            return
        headings = self.layout.headings
        if (paragraph.heading_level == 1 and (self.part is not None or headings == "styled")) or (
                names_the_part(text, self.layout)):
            # -- a Word heading without a marker still opens a part, and so, in a report that
            #    numbers no part at all, does a short line naming a part's role (2024年工作回顾) --
            self._close_part()
            part_id = self._unique(f"第{len(self.parts) + 1}部分")
            self.part = PartBuilder(Container(part_id, text.rstrip("。：:")), "", self._role(text), line,
                                     mixed=names_two_roles(text))
            self.blocks.append(Block(BlockKind.PART, part_id, text, line))
            return
        self._add_body(text, line)

    def _add_lead_measure(self, text: str, line: int, bold: str = "") -> None:
        """A paragraph opening on a lead phrase (强化组织领导：…, 【依法决策】…, a bold 依法决策。) is
        an item numbered by its place, as a bullet is, titled by the phrase; its text stays whole."""
        container = self._container()
        found = lead_phrase(text, bold)
        assert container is not None and found is not None
        container.listed += 1
        measure_id = self._unique(f"{container.id}/{container.listed}")
        container.item, container.sub_items = measure_id, 0
        self._add_measure(measure_id, MeasureKind.ITEM, "", text, line, self._item_role(), found[1])

    @staticmethod
    def _split_heading(text: str) -> tuple[str, str]:
        """Split a heading line at its first 。 into heading (with 。) and the rest."""
        end = text.find("。")
        if end == -1 or end == len(text.rstrip()) - 1:
            return text, ""
        return text[: end + 1], text[end + 1 :]


def parse(document: RawDocument, *, kind: str | None = None) -> Report:
    """Return the report tree of a loaded document.

    ``kind`` (``rule_of_law``, ``government_work``, ``other``) overrides the kind detected
    from the report's opening. Raises ParseError when no part heading (一、…) is found at
    all: without parts there is nothing to align.
    """
    # -- a table of contents (目录) before the body lists its headings again: no part of it --
    source, contents = split_contents(document.paragraphs)
    # -- tables are rows of cells, not report prose: kept apart and put back in the outline --
    table_captions = captions(source)
    tables = tuple(Table(f"表{index}", p.table, p.line, caption_of(p, source, table_captions))
                   for index, p in enumerate((p for p in source if p.table is not None), 1))
    # -- each caption line knows its table, so that outputs keep them together --
    table_ids = {table.line: table.id for table in tables}
    caption_tables = {line: table_ids[table] for line, table in
                      captioned_tables(source, table_captions).items()}
    prose = tuple(p for p in source if p.table is None and not p.note and p not in table_captions)
    # -- footnotes and endnotes explain the body's words; they are no measures: kept after it --
    notes = tuple(Block(BlockKind.NOTE, "", p.text, p.line) for p in source if p.note)
    paragraphs, furniture = without_furniture(prose)
    # -- an appendix (附件, 名词解释) and the 落款 before it go back into the outline where they
    #    stood, as furniture does --
    paragraphs, appendix = split_appendix(paragraphs)
    paragraphs, signature = split_signature(paragraphs)
    furniture = tuple(sorted((*furniture, *contents, *signature, *appendix, *table_captions), key=lambda p: p.line))
    if document.may_be_wrapped:
        # -- a page copied with its line breaks lost is one line: its paragraphs found again --
        paragraphs = split_run_on(paragraphs)
    # -- only plain text can be hard-wrapped; Word paragraphs are paragraphs --
    header, paragraphs = split_header(paragraphs, wrap_width(paragraphs) if document.may_be_wrapped else [])
    # -- a Word, PDF or web page paragraph left unfinished (a page's line breaks copied into Word:
    #    …交出一份人 / 民满意的答卷) continues in the next, as a text's line does, with no wrap width
    #    sought. In a report that numbers no part, a short line naming a part is a heading, not a
    #    line a web page broke (elsewhere …今年预期目标设定 / 为6%以上 is one sentence) --
    paragraphs = join_wrapped(paragraphs, unnumbered=levels(paragraphs).headings == "named",
                              wrapped=document.may_be_wrapped)
    if document.may_be_wrapped and not header:
        # -- a title as long as the wrapped lines was joined with its tail: a header now --
        header, paragraphs = split_header(paragraphs, [])
    paragraphs = join_part_names(split_inline_items(split_at_marked_lines(paragraphs)))
    # -- where levels start one up (第一部分 / 一、 / （一）), a （一） lead takes its body as 1. does --
    paragraphs = join_lead_lines(paragraphs, (SECTION_RE,) if one_level_up(paragraphs) else ())
    layout = levels(paragraphs)
    headings = [p.text for p in paragraphs
                if is_part_heading(p.text, layout) or layout.headings == "styled" and p.heading_level == 1]
    roles_under = roles_under_parts(paragraphs) if layout.shifted else {}
    parser = _Parser(document.source, KINDS[kind] if kind else None, layout,
                     plans_part=any(detect_role(text) is Role.PLANS or names_two_roles(text) for text in headings)
                     or Role.PLANS in roles_under.values(),
                     next_year=any(NEXT_YEAR.search(text) for text in headings), roles_under=roles_under,
                     leads=lead_paragraphs(paragraphs))
    parser.feed_header(header)
    for paragraph in paragraphs:
        parser.feed(paragraph)
    parser._close_part()
    if not parser.parts:
        raise ParseError(document.source, "no report structure found (expected part headings like 一、…)")
    # -- thematic parts (一、强化组织领导，…) that report work done are the review of a report
    #    that heads none as one --
    parts = results_before_problems(tuple(parser.parts))
    preamble = "\n".join(parser.preamble)
    report_kind = parser._kind()
    if report_kind.part_leads:
        parts = mark_leads(parts)
    years = _years(report_kind, parser.name, parts, preamble, document.source)
    return Report(
        source=document.source,
        year=years.year,
        title=parser.title,
        preamble=preamble,
        parts=parts,
        blocks=_with_tables(with_furniture(parser.blocks, furniture, caption_tables), tables) + notes,
        plan_sentences=plan_sentences(parts),
        warnings=document.warnings,
        kind=report_kind.name,
        review_year=years.review_year,
        plan_year=years.plan_year,
        tables=tables,
    )


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
