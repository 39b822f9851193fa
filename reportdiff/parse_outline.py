"""The outline as the parser builds it: parts and sections opened and closed, measures and blocks added.

Every piece of text the parser is handed lands in one block of the outline (a part or section
heading, a measure, the preamble, an address). A paragraph added under the level open now is
split into its 一是… points, each a measure, the text outside them a paragraph measure; its role
comes from the part, the section, or the paragraph itself (problems, 下一步… plans) by
``parse_roles``. Ids are unique: a report repeating its numbering gets ~2, ~3 ….
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from . import lazy_re
from .kinds import Kind, opens_plans, opens_shortcomings, opens_term_review
from .models import Block, BlockKind, Measure, MeasureKind, Part, Role, Section
from .normalize import key as norm_key
from .parse_layout import Layout
from .parse_markers import NUMERAL_VALUES, PART_RE, SECTION_RE, is_address, split_points, title_of
from .parse_roles import RoleRules, split_turn


#: A paragraph that only announces the list below it (重点抓好以下工作：, 2026年，我局将重点做好以下
#:几项工作：), matched on its key (simplified, punctuation folded): framing, no measure. One that says
#: more (2026年是…开局之年，我局将…抓好以下工作：) is a paragraph as any other, the part's lead.
_ANNOUNCES_LIST = lazy_re.compile(
    r"^(?:(?:今年|明年|全年|新的一年|(?:19|20)\d{2}年),?)?(?:[^,;.:。了]{1,10}?(?:将|要))?"
    r"(?:重点|着力|扎实|全力|认真|继续)?(?:抓好|做好|干好|办好|抓实|推进|落实)(?!了)(?:以下|下列|如下)"
    r"[^了,;.。]{0,10}(?:工作|任务|实事|事项)[:.。]?$")

#: How a section's heading line ends when it is a whole sentence, not a title.
_SENTENCE_END = ("。", "！", "；")

#: The address that opens a closing paragraph: 各位代表！让我们…
_ADDRESS = lazy_re.compile(r"^\s*各位代表[！!：:，,]")


@dataclass
class Container:
    """Mutable builder state for a part or section while parsing."""

    id: str
    title: str
    measures: list[Measure] = field(default_factory=list)
    paragraphs: int = 0
    points: int = 0
    #: The id of the last 1. item: a （1） after it opens its sub-items (一、→（一）→1.→（1）),
    #: and how many of those have come (a （2） straight after 1. continues its numbering).
    item: str | None = None
    sub_items: int = 0
    #: The number of the last item opened by ① or a bullet.
    listed: int = 0
    #: Where levels start one up (第一部分 / 一、 / （一）), the id of the last （一） item: the 1.
    #: items after it are its sub-items.
    top_item: str | None = None


@dataclass
class PartBuilder:
    container: Container
    marker: str
    role: Role
    line: int
    sections: list[Section] = field(default_factory=list)
    #: The heading names two roles (存在的问题及下一步工作打算): each section's heading decides.
    mixed: bool = False
    #: Whether its sections review a term (五年来，…主要做了以下工作), not one year; set when the
    #: first one opens.
    term_sections: bool | None = None
    #: In a part of two roles written in paragraphs (存在的不足和2025年工作安排 without （一）（二）),
    #: whether a paragraph has turned to the plans: the ones after it plan too.
    plans_begun: bool = False
    #: By its index among ``sections``, each section closed as one sentence with nothing under it
    #: (（三）开展…行动，培训执法人员2万人次。): its heading block's index and the role it has.
    sentences: dict[int, tuple[int, Role]] = field(default_factory=dict)


class OutlineBuilder(RoleRules):
    """The outline being built: the part and section open now, the measures and blocks added
    so far. The reader of the lines opens the levels; a paragraph with no
    marker of its own is added here to the level open, as points or a paragraph measure."""

    def __init__(self, source: str, kind: Kind | None = None, layout: Layout | None = None,
                 plans_part: bool = True, next_year: bool = False, roles_under: dict[int, Role] | None = None,
                 leads: frozenset[tuple[int, str]] = frozenset()) -> None:
        self.source = source
        self.kind = kind
        # -- the (line, text) of paragraphs in a run opening on lead phrases (parse_leads) --
        self.leads = leads
        # -- the markers of parts and of sections (parse_layout) --
        self.layout = layout or Layout((PART_RE,), SECTION_RE)
        self.part_res, self.section_re = self.layout.part_res, self.layout.section_re
        self.section_role: Role | None = None
        # -- whether a part heading names plans (else 下一步，… paragraphs are the plans) and
        #    whether one names 明年 (then 今年 is the year reviewed) --
        self.plans_part, self.next_year = plans_part, next_year
        # -- by a part heading's line, the role its first section names (roles_under_parts) --
        self.roles_under = roles_under or {}
        self.name = ""
        self.blocks: list[Block] = []
        self.parts: list[Part] = []
        self.part: PartBuilder | None = None
        self.section: tuple[Container, str, int, str] | None = None  # container, marker, line, key
        self.title = ""
        self.preamble: list[str] = []
        self.used_ids: set[str] = set()
        # -- the last ~n handed out per wanted id: a report repeating its numbering (or a
        #    long run of ¶ paragraphs) would otherwise try ~2, ~3 … again for every id --
        self._last_suffix: dict[str, int] = {}

    # -- ids --------------------------------------------------------------------
    def _unique(self, wanted: str) -> str:
        candidate, n = wanted, self._last_suffix.get(wanted, 1) + 1
        while candidate in self.used_ids:
            candidate, n = f"{wanted}~{n}", n + 1
        if candidate != wanted:
            self._last_suffix[wanted] = n - 1
        self.used_ids.add(candidate)
        return candidate

    def _container(self) -> Container | None:
        if self.section is not None:
            return self.section[0]
        return self.part.container if self.part else None

    # -- closing levels ---------------------------------------------------------------
    def _close_section(self) -> None:
        if self.section is None or self.part is None:
            return
        container, marker, line, heading_key = self.section
        last = self.blocks[-1] if self.blocks else None
        if not container.measures and self.part.role is Role.OTHER and last is not None and (
                last.kind is BlockKind.SECTION and last.id == container.id and last.text.rstrip().endswith("。")
                and any(mark in last.text for mark in "，,")):
            # -- a section of a thematic part (二、强化依法行政，…) that is one sentence and nothing
            #    under it (（二）建成调处中心，全年调处纠纷455件。 / （三）…) reports as a measure does:
            #    it is one, titled by itself; the part may be the review (results_before_problems) --
            block = self.blocks.pop()
            self._add_measure(container.id, MeasureKind.HEADING, marker, block.text[len(marker):], line)
        elif not container.measures and last is not None and last.kind is BlockKind.SECTION and last.id == container.id \
                and last.text.rstrip().endswith(_SENTENCE_END):
            self.part.sentences[len(self.part.sections)] = (len(self.blocks) - 1, self.section_role or self.part.role)
        self.part.sections.append(
            Section(container.id, marker, container.title, heading_key, tuple(container.measures), line)
        )
        self.section = None
        self.section_role = None

    def _close_part(self) -> None:
        self._close_section()
        if self.part is None:
            return
        builder = self.part
        self._sentence_sections(builder)
        self.parts.append(
            Part(
                builder.container.id,
                builder.marker,
                builder.container.title,
                norm_key(builder.container.title),
                builder.role,
                tuple(builder.sections),
                tuple(builder.container.measures),
                builder.line,
            )
        )
        self.part = None

    def _sentence_sections(self, builder: PartBuilder) -> None:
        """Make a measure of each section that is one sentence with nothing under it next to another
        such section: a list of them (a plans part's （一）加快推进…修订，完成…10件以上。 / （二）开展…评估。)
        is a list of measures written with section markers, each carrying its body on its line.
        One such section among sections with bodies stays a heading."""
        listed = [index for index in builder.sentences
                  if index - 1 in builder.sentences or index + 1 in builder.sentences]
        for index in listed:
            at, role = builder.sentences[index]
            section, block = builder.sections[index], self.blocks[at]
            body = block.text[len(section.marker):]
            measure = Measure(id=section.id, kind=MeasureKind.HEADING, marker=section.marker, title=title_of(body),
                              text=body, key=norm_key(body), part_id=builder.container.id, section_id=section.id,
                              section_title=section.title, role=role, line=section.line)
            builder.sections[index] = replace(section, measures=(measure,))
            self.blocks[at] = Block(BlockKind.MEASURE, section.id, block.text, block.line)

    # -- measures -----------------------------------------------------------------
    def _add_measure(self, measure_id: str, kind: MeasureKind, marker: str, body: str, line: int,
                     role: Role | None = None, title: str | None = None) -> None:
        container = self._container()
        assert container is not None and self.part is not None
        measure = Measure(
            id=measure_id,
            kind=kind,
            marker=marker,
            title=title if title is not None else title_of(body),
            text=body,
            key=norm_key(body),
            part_id=self.part.container.id,
            section_id=self.section[0].id if self.section else None,
            section_title=container.title,
            role=role or self.section_role or self.part.role,
            line=line,
        )
        container.measures.append(measure)
        self.blocks.append(Block(BlockKind.MEASURE if kind is not MeasureKind.PARAGRAPH else BlockKind.OTHER,
                                 measure_id, marker + body, line))

    def _add_body(self, text: str, line: int) -> None:
        """Add a paragraph under the current part/section: points, or one paragraph measure."""
        container = self._container()
        if container is None:
            kind = BlockKind.PREAMBLE
            self.preamble.append(text)
            self.blocks.append(Block(kind, "", text, line))
            return
        if is_address(text):
            # -- 各位代表！ alone turns the report from one stretch to the next (the review's close,
            #    the closing): no measure, kept in the outline where it stood; the paragraphs after
            #    it keep their printed numbers --
            if self.section is not None:
                self._close_section()
            self._container().paragraphs += 1
            self.blocks.append(Block(BlockKind.OTHER, "", text, line))
            return
        if (container.measures and _ANNOUNCES_LIST.match(norm_key(text))
                and not (self.part is not None and self.part.mixed)):
            # -- a line that only announces the list below (重点抓好以下工作：) after the part's lead
            #    frames it: kept in the outline where it stood, no measure (neither continued nor a
            #    plan); the paragraphs after it keep their printed numbers. Opening the part it is
            #    the part's lead (part_leads), paired with the other year's; in a part of two roles
            #    it is the turn from the problems to the plans (parse_roles) --
            self._container().paragraphs += 1
            self.blocks.append(Block(BlockKind.OTHER, "", text, line))
            return
        if (self.part is not None and self.part.mixed and self.section is None and not self.part.plans_begun
                and (turn := split_turn(text)) is not None):
            # -- the problems and the lead to the plans on one line: each its own role --
            for piece in turn:
                self._add_body(piece, line)
            return
        # -- a review often turns to its problems in a paragraph of its own (我们也清醒看到…):
        #    those are shortcomings, wherever the report puts them --
        role = (Role.SHORTCOMINGS if self.part is not None and self.part.role is Role.RESULTS
                and opens_shortcomings(text) else None)
        if self.part is not None and self.part.mixed and self.section is None:
            role = self._mixed_role(text)
        if role is None and self.part is not None and self.part.role is not Role.PLANS and opens_plans(text) and (
                not self.plans_part or any(ch.isdigit() for ch in text)):
            # -- 下一步，我局将… closing a review or its problems: the report's plans; where a part
            #    plans, only a concrete one (下一步，全县执法人员培训不少于500人次, not 下一步，我们
            #    将针对上述问题认真研究) --
            role = Role.PLANS
        if self.section is not None and (role is Role.SHORTCOMINGS or _ADDRESS.match(text) or (
                self.part is not None and self.part.role is Role.RESULTS and self.part.term_sections is False
                and opens_term_review(text))):
            # -- …and turns from the last section's work to the whole: the problems after the
            #    review's sections, the closing 各位代表！让我们…, the term's review after the
            #    year's sections (“十四五”时期是…的五年) belong to the part --
            self._close_section()
        self._add_points(split_points(text, self._container().points + 1), line, role)

    def _add_points(self, pieces: list[tuple[str | None, str]], line: int, role: Role | None = None) -> None:
        """Add a paragraph's pieces (split_points) to the current container: each 一是 point a
        measure, text outside the points a paragraph measure."""
        container = self._container()
        assert container is not None
        for numeral, piece in pieces:
            if numeral is None:
                container.paragraphs += 1
                self._add_measure(self._unique(f"{container.id}/¶{container.paragraphs}"),
                                  MeasureKind.PARAGRAPH, "", piece, line, role)
            else:
                container.points = NUMERAL_VALUES[numeral]
                marker = piece[: len(numeral) + 1]
                self._add_measure(self._unique(f"{container.id}/{numeral}是"),
                                  MeasureKind.POINT, marker, piece[len(marker):], line, role)


__all__ = ["Container", "OutlineBuilder", "PartBuilder"]
