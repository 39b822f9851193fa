"""How a report marks its parts, read from all its paragraphs before parsing.

Parts are 一、 headings in most reports; others write 第一部分 or 一. (city and county reports
write 第一部分 over 一、 sections, one level up from the rest), number only their
sections （一） under unnumbered headings (a saved page's <h2>, Word headings), or, short
township and department reports, write their parts as （一）.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .kinds import detect_role, names_a_part, names_a_year_part, names_plan_period
from .models import Role
from .loaders import Paragraph
from .parse_markers import (CHAPTER_RE, DOTTED_PART_RE, PART_RE, SECTION_RE, display_len, is_heading_line,
                            is_marker_line, marker_prefix, prefix_only)


class Layout(NamedTuple):
    """How a report marks its parts, read from all its paragraphs before parsing."""

    part_res: tuple[re.Pattern[str], ...]
    """Markers of part headings; none when the report numbers no part (see ``headings``)."""
    section_re: re.Pattern[str] | None
    headings: str | None = None
    """Without part markers, what opens a part: ``styled`` (Word headings) or ``named`` (short
    lines naming a part's role)."""
    shifted: bool = False
    """Whether the levels start one up: 第一部分 parts, 一、 sections, （一） and 1. items."""


def levels(paragraphs) -> Layout:
    """The markers of the report's parts and sections. Parts are 一、 wherever a report writes
    one, unless it heads them with 第一部分 (then 一、 are its sections, （一） and 1. its items); a
    report without any writes them as 第一部分 or 一. (then （一） are its sections); a
    report that numbers no part has Word headings or short lines naming a part's role over its
    （一） sections (a saved page's <h2>, a text that lost its 一、); short reports of townships
    and departments write their parts as （一）, with 1. items for measures."""
    texts = [paragraph.text for paragraph in paragraphs]

    def count(regex: re.Pattern[str]) -> int:
        return sum(marker_prefix(regex, text) is not None for text in texts)

    if any(marker_prefix(PART_RE, text) for text in texts):
        if one_level_up(paragraphs):
            return Layout((CHAPTER_RE,), PART_RE, shifted=True)
        if year_parts_over_sections(texts):
            # -- 2023年工作回顾 / 一、… / 2024年工作安排 / 一、…: the unnumbered lines are the parts --
            return Layout((), PART_RE, "named", shifted=True)
        return Layout((PART_RE,), SECTION_RE)
    other = tuple(regex for regex in (CHAPTER_RE, DOTTED_PART_RE) if count(regex) >= 2)
    if other:
        return Layout(other, SECTION_RE)
    at_sections = [i for i, text in enumerate(texts) if marker_prefix(SECTION_RE, text) is not None]
    sections = [texts[i] for i in at_sections]
    first_section = at_sections[0] if at_sections else len(texts)
    styled = [i for i, p in enumerate(paragraphs) if p.heading_level == 1 and not is_marker_line(p.text)]
    named = [i for i, text in enumerate(texts) if names_a_part(text) and not is_marker_line(text)]
    # -- （一）2024年工作开展情况 / （二）存在的问题 / （三）2025年工作计划: （一） headings that name
    #    parts are the parts, whatever style or short lines stand among them — unless an
    #    unnumbered heading opens the report before them (存在的问题及下一步工作打算 / （一）存在的问题) --
    if sum(detect_role(marker_free(text)) is not Role.OTHER for text in sections) >= 2 and not any(
            i < first_section for i in (styled if len(styled) >= 2 else named if len(named) >= 2 else ())):
        return Layout((SECTION_RE,), None)
    if len(styled) >= 2:
        return Layout((), SECTION_RE, "styled")
    if len(named) >= 2:
        return Layout((), SECTION_RE, "named")
    if len(sections) >= 2:
        return Layout((SECTION_RE,), None)
    return Layout((PART_RE,), SECTION_RE)


def one_level_up(paragraphs) -> bool:
    """Whether the report's levels start one up: 第一部分 2025年工作回顾 / 一、… / （一）…, two 第N部分
    headings each over 一、 headings of its own, the first written before the first 一、. (A table
    of contents lists 第一部分 / 第二部分 / 第三部分 with nothing under them: the levels stay.)"""
    parts = [i for i, p in enumerate(paragraphs) if marker_prefix(PART_RE, p.text) is not None]
    chapters = [i for i, p in enumerate(paragraphs)
                if marker_prefix(CHAPTER_RE, p.text) is not None and is_heading_line(p.text)]
    if not parts or len(chapters) < 2 or chapters[0] > parts[0]:
        return False
    ends = chapters[1:] + [len(paragraphs)]
    over_parts = sum(any(start < i < end for i in parts) for start, end in zip(chapters, ends))
    return over_parts >= 2


def year_parts_over_sections(texts: list[str]) -> bool:
    """Whether a report's 一、 lines sit under unnumbered headings naming a year's review and its
    tasks (2023年工作回顾 / 一、… / 2024年工作安排 / 一、…, as township reports write them): two such
    headings at least, the first before the first 一、, each over 一、 lines of its own."""
    heads = [i for i, text in enumerate(texts) if names_a_year_part(text) and not is_marker_line(text)]
    parts = [i for i, text in enumerate(texts) if marker_prefix(PART_RE, text) is not None]
    if len(heads) < 2 or not parts or heads[0] > parts[0]:
        return False
    ends = heads[1:] + [len(texts)]
    return all(any(start < i < end for i in parts) for start, end in zip(heads, ends))


def join_part_names(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Join a 第一部分 standing alone (a Word or web page's two-line heading) with its name on the
    next paragraph (2025年工作回顾): a short line with no marker and no sentence in it."""
    joined: list[Paragraph] = []
    for paragraph in paragraphs:
        if joined and prefix_only(joined[-1].text) and marker_prefix(CHAPTER_RE, joined[-1].text) is not None and (
                not is_marker_line(paragraph.text) and is_heading_line(joined[-1].text + paragraph.text)
                and display_len(paragraph.text) <= _PART_NAME_MAX):
            lead = joined.pop()
            paragraph = Paragraph(lead.text.rstrip() + " " + paragraph.text.strip(), lead.line, lead.heading_level)
        joined.append(paragraph)
    return tuple(joined)


#: The longest name a 第N部分 heading is given on the line after it.
_PART_NAME_MAX = 30


def marker_free(text: str) -> str:
    """A （一） heading's words, its marker and any body after its first 。 left out."""
    found = marker_prefix(SECTION_RE, text)
    heading = text[len(found[1]):] if found else text
    return heading.split("。", 1)[0]


def is_part_heading(text: str, layout: Layout) -> bool:
    """Whether a paragraph opens a part in this layout (Word headings aside)."""
    if layout.part_res:
        return any(marker_prefix(regex, text) is not None for regex in layout.part_res)
    return names_the_part(text, layout)


def names_the_part(text: str, layout: Layout) -> bool:
    """Whether an unnumbered line opens a part: where a report numbers no part, a short line
    naming a part's role; where its 一、 lines sit under such lines, only a year's review or
    tasks (2024年主要任务, not the lead-in 重点抓好以下几个方面工作： over its 一、)."""
    if layout.headings != "named":
        return False
    return names_a_year_part(text) if layout.shifted else names_a_part(text)


def roles_under_parts(paragraphs) -> dict[int, Role]:
    """Where parts are 第一部分 over 一、 sections, the role the first section of each part names
    (第二部分 关于今后的工作 / 一、总体要求和主要预期目标 plans), by the part heading's line: a part
    heading that names none takes it."""
    found: dict[int, Role] = {}
    part_line: int | None = None
    for paragraph in paragraphs:
        if marker_prefix(CHAPTER_RE, paragraph.text) is not None:
            # -- 第二部分 今后五年的奋斗目标 / 一、总体思路 is a five-year outline, not this year's plans --
            part_line = None if names_plan_period(paragraph.text) else paragraph.line
        elif part_line is not None and (section := marker_prefix(PART_RE, paragraph.text)) is not None:
            role = detect_role(paragraph.text[len(section[1]):].split("。", 1)[0])
            if role in (Role.RESULTS, Role.PLANS):
                found[part_line] = role
            part_line = None
    return found


__all__ = ["Layout", "is_part_heading", "join_part_names", "levels", "one_level_up", "names_the_part",
           "roles_under_parts", "year_parts_over_sections"]
