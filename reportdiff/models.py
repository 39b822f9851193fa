"""Plain data records that flow between the pipeline stages.

A report is parsed into a tree::

    Report
    ├── title, preamble          (context, no measures)
    ├── blocks                   every paragraph piece in reading order (the outline)
    └── parts: Part (一、…, with a Role)
        ├── measures             measures directly under the part (no section level)
        └── sections: Section ((一)…)
            └── measures: Measure (1. items, 一是 points, headings with body, paragraphs)

Every record is frozen; stages build new records and never mutate their inputs.
Texts are always the original text of the input; ``key`` fields hold the
normalised comparison form (Simplified script, folded width, no whitespace).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .expressions import Expressions
    from .report_warnings import ReportWarning


#: The kinds of report (``kinds.py`` holds each one's vocabulary and year rules).
KIND_NAMES = ("rule_of_law", "government_work", "other")


class Role(str, Enum):
    """What a part of a report is for, detected from its heading words."""

    RESULTS = "results"
    """This year's measures and results (主要举措及成效)."""
    SHORTCOMINGS = "shortcomings"
    """Shortcomings and their causes (不足和原因 / 存在的问题)."""
    LEADERSHIP = "leadership"
    """The leading officials' duties (第一责任人职责)."""
    PLANS = "plans"
    """Next year's plans (主要安排 / 工作计划 / 下一步打算)."""
    OTHER = "other"
    """A part whose heading names none of the above."""


class BlockKind(str, Enum):
    """The kind of one outline block."""

    TITLE = "title"
    PREAMBLE = "preamble"
    PART = "part"
    SECTION = "section"
    MEASURE = "measure"
    OTHER = "other"
    TABLE = "table"
    NOTE = "note"
    """A footnote or endnote, its number first; the outline keeps notes after the body."""


class MeasureKind(str, Enum):
    """How a measure was written in the report."""

    ITEM = "item"
    """A numbered item: 1. 1、 1． (1) （1）."""
    POINT = "point"
    """An enumerated point inside a paragraph: 一是… 二是…."""
    HEADING = "heading"
    """A section heading that carries its body on the same line."""
    PARAGRAPH = "paragraph"
    """A paragraph with no marker; kept and compared so that nothing is lost."""


class Status(str, Enum):
    """Year-over-year status of a measure."""

    NEW = "new"
    CONTINUED = "continued"
    MODIFIED = "modified"
    MOVED = "moved"
    DROPPED = "dropped"


class Op(str, Enum):
    """One redline operation; the values are the JSON spelling."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of the report in reading order; the outline is a list of these."""

    kind: BlockKind
    id: str
    """Id of the part, section or measure this block is (``""`` for title/preamble)."""
    text: str
    """The original text of this piece, exactly as in the input line."""
    line: int
    """1-based line number in the input where the piece starts."""
    table: str = ""
    """For a table's caption line (its name, its unit line): the id of the table it names (表1),
    so that every output keeps the two together."""


@dataclass(frozen=True, slots=True)
class Measure:
    """The unit compared year over year."""

    id: str
    """Stable id such as ``一/(一)/3``, ``三/二是`` or ``四/(一)``."""
    kind: MeasureKind
    marker: str
    """The original numbering marker (``3.``, ``（三）``, ``二是``) or ``""``."""
    title: str
    """The lead phrase: the text after the marker up to the first 。."""
    text: str
    """The original text without its marker (what is redlined and shown)."""
    key: str
    """Normalised comparison form of ``text``."""
    part_id: str
    section_id: str | None
    section_title: str
    """Heading of the enclosing section, or of the part where there is no section."""
    role: Role
    line: int
    lead: bool = False
    """The part's opening paragraph framing the whole part (导语, see ``part_leads.py``): shown,
    not counted among the measures."""
    ceremonial: bool = False
    """An address, thanks or closing call to the congress (各位代表！…表示衷心感谢！, 让我们…而努力奋斗！,
    see ``ceremonial.py``): shown and redlined, but no plan, promise or evidence, and no 新增/删除 in check."""

    @property
    def bare(self) -> bool:
        """``True`` for a heading with no body of its own (1.健全执法制度。 over its （1）（2）
        items): a few words, which say little of what it is about."""
        return len(self.text.strip()) <= len(self.title) + 1


@dataclass(frozen=True, slots=True)
class Section:
    """A (一)-level heading and the measures under it."""

    id: str
    marker: str
    title: str
    """The heading text without marker and trailing 。."""
    key: str
    measures: tuple[Measure, ...]
    line: int

    def is_sentence(self) -> bool:
        """Whether the section is one measure written whole on its heading's line, nothing under it
        (（二）开展“八五”普法终期评估。): its heading is that measure's text, not a title over it."""
        return (len(self.measures) == 1 and self.measures[0].id == self.id
                and self.measures[0].text.rstrip().rstrip("。！；!;. ") == self.title)


@dataclass(frozen=True, slots=True)
class Part:
    """A 一、-level part of the report."""

    id: str
    marker: str
    title: str
    key: str
    role: Role
    sections: tuple[Section, ...]
    measures: tuple[Measure, ...]
    """Measures directly under the part, outside any section."""
    line: int

    def all_measures(self) -> tuple[Measure, ...]:
        """Return the part's measures in reading order, sections included."""
        found: list[Measure] = []
        for measure_or_section in self._reading_order():
            if isinstance(measure_or_section, Section):
                found.extend(measure_or_section.measures)
            else:
                found.append(measure_or_section)
        return tuple(found)

    def _reading_order(self) -> list[Measure | Section]:
        return sorted([*self.measures, *self.sections], key=lambda node: node.line)


@dataclass(frozen=True, slots=True)
class PlanSentence:
    """One sentence of the plans part: the unit of plans-against-results matching."""

    id: str
    """``<block id>#<index>``, the index counting from 1 inside the block."""
    block_id: str
    index: int
    text: str
    key: str
    framing: bool = False
    """A sentence that frames the plans (今年是…关键一年, 各位代表！): no promise to track."""


@dataclass(frozen=True, slots=True)
class Table:
    """A table of the report (a .docx table, a PDF's ruled table): rows of cell texts."""

    id: str
    """``表1``, ``表2`` … in reading order."""
    rows: tuple[tuple[str, ...], ...]
    line: int
    caption: str = ""
    """The line that names it, just above or below (表1  2025—2026年行政执法案件统计), if any."""
    merged: tuple[tuple[int, int, int, int], ...] = ()
    """Its merged cells, each (row, column, rows, columns): the text in the first cell, "" in
    ``rows`` in the cells it covers."""

    @property
    def filled_rows(self) -> tuple[tuple[str, ...], ...]:
        """``rows`` with each cell a vertical merge covers holding the merged cell's text (行政复议
        spanning 受理 and 审结 is the label of both rows): what a row says, to key and compare it.
        A cell a merge covers across only stays empty (a heading over two columns names the first)."""
        if not any(down > 1 for _, _, down, _ in self.merged):
            return self.rows
        rows = [list(row) for row in self.rows]
        for row, column, down, _ in self.merged:
            for below in range(row + 1, min(row + down, len(rows))):
                if column < len(rows[below]) and not rows[below][column]:
                    rows[below][column] = self.rows[row][column]
        return tuple(tuple(row) for row in rows)


@dataclass(frozen=True, slots=True)
class Report:
    """One body's report for one year, parsed."""

    source: str
    """Where it came from: a path, or ``<stdin>`` / ``<text>``."""
    year: int | None
    title: str
    preamble: str
    parts: tuple[Part, ...]
    blocks: tuple[Block, ...]
    plan_sentences: tuple[PlanSentence, ...]
    warnings: tuple[ReportWarning, ...] = ()
    """What a reader met in the file (tracked changes, garbled text…), in no language yet."""
    kind: str = "other"
    """``rule_of_law``, ``government_work`` or ``other`` (see ``kinds.py``)."""
    review_year: int | None = None
    """The year the results part covers (``year`` is the year in the report's own name)."""
    plan_year: int | None = None
    """The year the plans part covers."""
    tables: tuple[Table, ...] = ()

    @property
    def measures(self) -> tuple[Measure, ...]:
        """Every measure of the report in reading order."""
        return tuple(m for part in self.parts for m in part.all_measures())

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(s for part in self.parts for s in part.sections)

    def part_by_role(self, role: Role) -> Part | None:
        return next((p for p in self.parts if p.role is role), None)


@dataclass(frozen=True, slots=True)
class Redline:
    """One run of a word-level redline."""

    op: Op
    text: str
    """Original text of the run: the new side's for equal and insert, the old side's for delete."""
    old_text: str | None = None
    """For equal runs whose original text differs between sides (script, width): the old side's."""


@dataclass(frozen=True, slots=True)
class SentenceMove:
    """One sentence that left a measure for another, separate one (see ``sentence_moves``)."""

    way: str
    """``to``: the sentence went from this match's measure to the other; ``from``: it came here."""
    text: str
    """The sentence as this match's side writes it (the old side's for ``to``)."""
    other_old: str | None
    """The id of the other measure in the old report (None for a new one)…"""
    other_new: str | None
    """…and in the new report (None for a dropped one)."""


@dataclass(frozen=True, slots=True)
class Match:
    """The comparison of one measure across two reports (either side may be missing)."""

    status: Status
    old: Measure | None
    new: Measure | None
    similarity: float
    redlines: tuple[Redline, ...]
    method: str
    """Which alignment pass produced it: exact, fuzzy, split, merge or none."""
    relation: str | None = None
    """``split`` (one old measure became several) or ``merged`` (several became one)."""
    shared_terms: tuple[str, ...] = ()
    """The most specific terms both sides share: the evidence for the match."""
    relative_years: bool = False
    """Each side names its own report's year (2024年 against 2025年), counted as no change."""
    sentences_moved: tuple[SentenceMove, ...] = ()
    """Sentences that went from this measure to another or came from another (移至/移自)."""
    group_similarity: float | None = None
    """For a piece of a split or merge: the similarity of the one measure to all its pieces joined."""

    @property
    def lead(self) -> bool:
        """A part's lead (导语) on either side: shown as the part's lead, not counted."""
        return bool(self.new is not None and self.new.lead or self.old is not None and self.old.lead)

    @property
    def ceremonial(self) -> bool:
        """An address, thanks or closing call on either side (``Measure.ceremonial``)."""
        return bool(self.new is not None and self.new.ceremonial or self.old is not None and self.old.ceremonial)


@dataclass(frozen=True, slots=True)
class SectionMatch:
    """Alignment of section headings across two reports."""

    old: Section | None
    new: Section | None
    similarity: float
    redlines: tuple[Redline, ...] = ()
    moved: bool = False
    """The section changed its place among the sections both reports have (（四） now after
    （六）), not only its number because one was added or removed before it."""
    level: str | None = None
    """A section left unpaired at its level that one report writes a level up or down
    (``part→section``, ``section→part``, ``section→item``, ``item→section``; see ``level_shifts``)…"""
    counterpart: str | None = None
    """…and the id of the part or item it is in the other report."""
    shifted: tuple[Redline, ...] = ()
    """For such a section, its heading against its counterpart's (the old part's title → the new
    section's): all equal when the words stayed."""


@dataclass(frozen=True, slots=True)
class PartMatch:
    """Alignment of parts across two reports (by role, then by heading)."""

    old: Part | None
    new: Part | None
    redlines: tuple[Redline, ...] = ()
    """Redline of the part heading (old title → new title)."""
    level: str | None = None
    """A part left unpaired that the other report writes as a section (``part→section`` or
    ``section→part``; see ``level_shifts``)…"""
    counterpart: str | None = None
    """…and the id of that section."""
    shifted: tuple[Redline, ...] = ()
    """For such a part, its heading against its counterpart's (see ``SectionMatch.shifted``)."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything ``compare`` found; renderers take this and never re-parse."""

    old: Report
    new: Report
    matches: tuple[Match, ...]
    """Measures in the new report's reading order, dropped ones at their old place."""
    sections: tuple[SectionMatch, ...]
    parts: tuple[PartMatch, ...] = ()
    preamble: tuple[Redline, ...] = ()
    """Redline of the preamble (empty when neither report has one)."""
    figures: tuple = ()
    """Figure changes across the two reports (see ``figures.py``)."""
    promises: tuple = ()
    """The old report's plans checked against the new report's results (see ``plans.py``)."""
    warnings: tuple[ReportWarning, ...] = ()
    """What the reader should know about the comparison itself (e.g. unrelated reports)."""
    targets: tuple = ()
    """The main targets (主要预期目标) of the new report against the old report's (see
    ``targets.py``); empty when neither report sets such a table."""
    expressions: Expressions | None = None
    """Formulations (提法) new in the new report and dropped from the old (see ``expressions.py``)."""
    tables: tuple = ()
    """Tables compared row by row (see ``tables.py``)."""

    @property
    def changed(self) -> bool:
        """True when anything differs: a measure, a heading or the preamble."""
        if any(match.status is not Status.CONTINUED for match in self.matches):
            return True
        headings = [*self.sections, *self.parts]
        runs = [run for match in headings for run in match.redlines] + list(self.preamble)
        return any(run.op is not Op.EQUAL for run in runs) or any(table.changed for table in self.tables)

    @property
    def all_warnings(self) -> tuple[ReportWarning, ...]:
        """Every warning a reader should see, each once: the old file's, the new file's, then the
        pair's (the same file given twice warns once)."""
        return tuple(dict.fromkeys((*self.old.warnings, *self.new.warnings, *self.warnings)))

    @property
    def summary(self) -> dict[str, int]:
        # -- a part's lead (导语) frames the part: shown, never counted as a measure --
        counted = [match for match in self.matches if not match.lead]
        counts = {status.value: 0 for status in Status}
        for match in counted:
            counts[match.status.value] += 1
        counts["split"] = sum(1 for m in counted if m.relation == "split")
        counts["merged"] = sum(1 for m in counted if m.relation == "merged")
        return counts


__all__ = [
    "KIND_NAMES",
    "Block",
    "BlockKind",
    "Comparison",
    "Match",
    "Measure",
    "MeasureKind",
    "Op",
    "Part",
    "PartMatch",
    "PlanSentence",
    "Redline",
    "Report",
    "Role",
    "Section",
    "SentenceMove",
    "SectionMatch",
    "Status",
    "Table",
]
