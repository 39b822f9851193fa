"""How a line of the report opens a level of the outline: a part, a section, an item, a lead phrase.

The grammar, from the outside in (markers are matched after width folding, so
（一） and (一), 1． and 1. are the same)::

    part      一、…              role from its heading words, never from its position
    section   (一)…              a heading; with text after its first 。 it is also a measure
    item      1. 1、 (1)         one measure: a lead phrase up to 。 then its body
    point     一是… 二是…        enumerated measures inside a paragraph (or one per line)
    other     any other paragraph: kept as a paragraph measure, never dropped

Which markers are parts and which sections comes from the report's layout (``parse_layout``:
第一部分 over 一、 puts every level one up); a Word heading or a short line naming a part's role
opens a part without a marker. A line that opens nothing is added to the level open
(``parse_outline``).
"""

from __future__ import annotations

from .kinds import detect_role, names_two_roles
from .loaders import Paragraph
from .models import Block, BlockKind, MeasureKind, Role
from .normalize import key as norm_key
from .parse_header import header_title
from .parse_layout import names_the_part
from .parse_leads import lead_phrase
from .parse_markers import ITEM_RE, PAREN_ITEM_RE, SECTION_RE, listed_item, marker_prefix, split_points
from .parse_outline import Container, OutlineBuilder, PartBuilder


class OutlineReader(OutlineBuilder):
    """Reads a report's lines in order into its outline: the header as title blocks, then each
    body paragraph opening the level its marker says, else added to the level open."""

    def feed_header(self, header: tuple[Paragraph, ...]) -> None:
        """Take the header lines (title, occasion, speaker) as title blocks."""
        start, self.title = header_title([p.text for p in header])
        self.name = "".join(p.text for p in header)
        # -- a page's or an article's headline over the report's own title (权威发布丨…（全文））
        #    is furniture of the page: kept in the outline, no title line of the report --
        self.blocks.extend(Block(BlockKind.TITLE if index >= start else BlockKind.OTHER, "", p.text, p.line)
                           for index, p in enumerate(header))

    def feed(self, paragraph: Paragraph) -> None:
        """Take one body paragraph: the first level it opens, in the grammar's order from the
        outside in, else the text of the level open."""
        text, line = paragraph.text, paragraph.line
        if not (self._opens_part(text, line) or self._opens_section(text, line) or self._opens_top_item(text, line)
                or self._opens_item(text, line) or self._opens_lead_item(paragraph)
                or self._opens_unmarked_part(paragraph)):
            self._add_body(text, line)

    def finish(self) -> None:
        """Close the part open at the end of the report."""
        self._close_part()

    def _opens_part(self, text: str, line: int) -> bool:
        """A part marker (一、, or 第一部分 where levels start one up) opens a part; the text after
        its heading's first 。 is the part's first paragraph."""
        found = next(filter(None, (marker_prefix(regex, text) for regex in self.part_res)), None)
        if found is None:
            return False
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
        return True

    def _opens_section(self, text: str, line: int) -> bool:
        """A section marker ((一), or 一、 where levels start one up) inside a part opens a section."""
        if self.part is None or self.section_re is None:
            return False
        found = marker_prefix(self.section_re, text)
        if found is None:
            return False
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
        return True

    def _opens_top_item(self, text: str, line: int) -> bool:
        """Where levels start one up, a （一） is an item whose 1. items are its sub-items."""
        if self.part is None or not self.layout.shifted:
            return False
        found = marker_prefix(SECTION_RE, text)
        if found is None:
            return False
        # -- one level up, （一）有效投资量质齐升。… is an item, as 1. is where parts are 一、 --
        numeral, marker = found
        container = self._container()
        assert container is not None
        measure_id = self._unique(f"{container.id}/({numeral})")
        container.top_item, container.item, container.sub_items = measure_id, None, 0
        self._add_measure(measure_id, MeasureKind.ITEM, marker, text[len(marker):], line)
        return True

    def _opens_item(self, text: str, line: int) -> bool:
        """An item marker (1. 1、 (1) ① or a bullet) inside a part opens one measure."""
        if self.part is None:
            return False
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
        if found is None:
            return False
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
        return True

    def _opens_lead_item(self, paragraph: Paragraph) -> bool:
        """A paragraph opening on a lead phrase (强化组织领导：…, 【依法决策】…, a bold 依法决策。) in a
        run of them (``parse_leads``) is an item numbered by its place, as a bullet is, titled by
        the phrase; its text stays whole."""
        text, line = paragraph.text, paragraph.line
        if self.part is None or (line, text) not in self.leads:
            return False
        container = self._container()
        found = lead_phrase(text, paragraph.lead)
        assert container is not None and found is not None
        container.listed += 1
        measure_id = self._unique(f"{container.id}/{container.listed}")
        container.item, container.sub_items = measure_id, 0
        self._add_measure(measure_id, MeasureKind.ITEM, "", text, line, self._item_role(), found[1])
        return True

    def _opens_unmarked_part(self, paragraph: Paragraph) -> bool:
        """A Word heading without a marker still opens a part, and so, in a report that numbers
        no part at all, does a short line naming a part's role (2024年工作回顾)."""
        text, line = paragraph.text, paragraph.line
        if not ((paragraph.heading_level == 1 and (self.part is not None or self.layout.headings == "styled"))
                or names_the_part(text, self.layout)):
            return False
        self._close_part()
        part_id = self._unique(f"第{len(self.parts) + 1}部分")
        self.part = PartBuilder(Container(part_id, text.rstrip("。：:")), "", self._role(text), line,
                                mixed=names_two_roles(text))
        self.blocks.append(Block(BlockKind.PART, part_id, text, line))
        return True

    @staticmethod
    def _split_heading(text: str) -> tuple[str, str]:
        """Split a heading line at its first 。 into heading (with 。) and the rest."""
        end = text.find("。")
        if end == -1 or end == len(text.rstrip()) - 1:
            return text, ""
        return text[: end + 1], text[end + 1 :]


__all__ = ["OutlineReader"]
