"""Main targets written as a table: 指标 | 2024年目标 | 2024年完成 | 2025年目标.

Many local 政府工作报告 set their 主要预期目标 in a table rather than a sentence. The table is
known by its header: a column naming the indicators (指标, 项目) and at least one column of
targets (…目标, 预期…, a plan's 计划 and 计划完成); a column of results (…完成, 实际…, 预计…)
tells how last year's targets went. Header words vary from report to report; which target column is this
report's is told by the years the columns name (the latest), or by 本年/今年 against
上年/去年, or by there being one target column only. Each data row is one indicator: the
label cell names it, the cells of the other columns are its figures with their
qualifiers (6%左右, 5万人以上, 5.5%以内) or a qualitative target (与经济增长同步).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from . import lazy_re
from .figures_extract import aligned_key, extract_figures
from .figures_years import reviews_the_years
from .indicators import indicator_topics, topic_span
from .models import BlockKind, Measure, Report, Table
from .figure_similarity import label_similarity
from .normalize import key as norm_key
from .targets import MIN_ITEMS, PAIR_MIN, Target, TargetChange, pair_score

#: The header of the indicators' column (on the Simplified key of the cell).
_INDICATOR_HEAD = lazy_re.compile(r"^(?:主要)?(?:指标|项目)(?:名称)?$|^(?:主要)?(?:预期)?指标")
#: A column of results: what last year reached (2024年完成, 实际完成, 预计完成, 完成情况).
_RESULT_HEAD = lazy_re.compile(r"完成|实际|预计|实现|执行|实绩")
#: A column of targets (2025年目标, 预期目标, 目标值).
_TARGET_HEAD = lazy_re.compile(r"目标|预期")
#: A plan's table names its targets 计划 (2025年计划, 计划完成: what was planned to be reached)…
_PLAN_HEAD = lazy_re.compile(r"计划")
#: …and its results by what was reached (实际完成, 2024年实际) or how the plan went (计划执行情况).
_REACHED_HEAD = lazy_re.compile(r"实际|实绩|预计|(?:完成|执行|实现)(?:情况|率|值)")
_YEAR = lazy_re.compile(r"((?:19|20)\d\d)")
_LAST = lazy_re.compile(r"上年|去年|上一年")
#: A unit the label gives for its row's bare figures: 地区生产总值增长（%）, 城镇新增就业(万人).
_LABEL_UNIT = lazy_re.compile(r"\s*[（(]([^（()）]{1,4})[)）]\s*$")
_BARE = lazy_re.compile(r"^[-+]?\d+(?:\.\d+)?")
_RANGE = ("－", "-", "—", "～", "~", "至", "到")
#: Header rows are read from the first rows of the table, before its first figure.
_HEADER_ROWS = 3


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One indicator of a targets table: this report's target, last year's and its result."""

    number: int
    """The row's place in the table, counting every row from 1 (as ``Table.rows``)."""
    indicator: str
    target: Target | None
    previous: Target | None
    """Last year's target as this table repeats it (None without such a column)."""
    result: Target | None
    """What last year reached, as this table gives it (None without such a column)."""


@dataclass(frozen=True, slots=True)
class TargetTable:
    table: Table
    rows: tuple[TargetRow, ...]


def _has_figure(cell: str) -> bool:
    return any(ch.isdigit() for ch in cell) and not _YEAR.fullmatch(cell.strip("年 "))


def _header(table: Table) -> tuple[int, list[str]] | None:
    """Return where the data rows start and the column names, read from the header rows
    (two rows of header, 2024年 spanning 目标 | 完成, are read as one)."""
    for start in range(min(_HEADER_ROWS, len(table.rows))):
        # -- read on the Simplified key, one character for each of the text's: 指標 | 目標 --
        cells = [aligned_key(cell.strip()) for cell in table.rows[start]]
        if not any(_INDICATOR_HEAD.search(cell) for cell in cells[:2]):
            continue
        names = list(cells)
        end = start + 1
        if end < len(table.rows) and not any(_has_figure(cell) for cell in table.rows[end][1:]) \
                and not table.rows[end][0].strip():
            # -- a second header row under cells that span it: the upper name carries right --
            upper = ""
            for index, cell in enumerate(names):
                upper = cell or upper
                lower = aligned_key(table.rows[end][index].strip()) if index < len(table.rows[end]) else ""
                names[index] = (upper if index else cell) + lower
            end += 1
        return end, names
    return None


def _columns(names: list[str]) -> tuple[int, int | None, int | None, int | None] | None:
    """Return the label column and the columns of this year's target, last year's target and
    last year's result, or None when the header names no target column."""
    label = next(i for i, name in enumerate(names[:2]) if _INDICATOR_HEAD.search(name.strip()))
    targets, results = [], []
    for index, name in enumerate(names):
        if index <= label:
            continue
        year = _YEAR.search(name)
        when = int(year.group(1)) if year else (-1 if _LAST.search(name) else 0)
        # -- what was reached (实际完成) before what a plan set (计划完成: no result), then as
        #    the other tables name them --
        if _PLAN_HEAD.search(name) and not _REACHED_HEAD.search(name):
            targets.append((when, index))
        elif _RESULT_HEAD.search(name):
            results.append((when, index))
        elif _TARGET_HEAD.search(name):
            targets.append((when, index))
    if not targets:
        return None
    own = [index for when, index in results if index > targets[0][1] and (when == 0 or when >= targets[0][0])]
    if len(targets) == 1 and own:
        # -- 指标 | 年度目标 | 完成情况 | 完成率: a review's table of its year's targets and how they
        #    went (a result after the target, of no earlier year); it sets no target ahead --
        return label, None, targets[0][1], own[0]
    targets.sort()
    current = targets[-1][1]
    previous = targets[0][1] if len(targets) > 1 else None
    result = None
    if results:
        # -- the result of last year's target: the column of its year when the years are named --
        before = targets[0][0] if len(targets) > 1 else None
        result = next((index for when, index in results if when == before), results[0][1])
    return label, current, previous, result


def target_table(table: Table) -> TargetTable | None:
    """Return ``table`` read as a targets table, or None when its header is no such header."""
    header = _header(table)
    if header is None:
        return None
    start, names = header
    columns = _columns(names)
    if columns is None:
        return None
    label, current, previous, result = columns
    rows: list[TargetRow] = []
    for number, cells in enumerate(table.rows[start:], start + 1):
        indicator = cells[label].strip() if label < len(cells) else ""
        if not indicator:
            continue
        unit = _LABEL_UNIT.search(indicator)
        name = indicator[: unit.start()] if unit else indicator

        def target(index: int | None) -> Target | None:
            if index is None or index >= len(cells) or not cells[index].strip():
                return None
            return cell_target(name, cells[index].strip(), unit.group(1) if unit else "")

        rows.append(TargetRow(number, name, target(current), target(previous), target(result)))
    return TargetTable(table, tuple(rows)) if rows else None


def cell_target(indicator: str, cell: str, unit: str = "") -> Target:
    """Return the target one cell sets for ``indicator``: its figure with its qualifier
    (5.5%左右), a range (6.5%－7%), or a target in words (与经济增长同步)."""
    if unit and _BARE.match(cell) and not extract_figures(cell):
        cell = _BARE.sub(lambda found: found.group(0) + unit, cell, count=1)  # -- 5.5左右 under （%） --
    text = indicator + cell
    topics = indicator_topics(indicator)
    figures = [figure for figure in extract_figures(cell) if not figure.is_change]
    if not figures:
        return Target(indicator, text, None, "", None, None, None, topics)
    figure = figures[0]
    upper = None
    if len(figures) > 1 and cell[figure.end : figures[1].start] in _RANGE:
        upper = figures[1].value
    raw = cell[figure.start : figures[1].end] if upper is not None else figure.raw
    return Target(indicator, text, figure.value, figure.unit, figure.approx, raw, upper, topics)


def table_targets(table: Table) -> tuple[Target, ...]:
    """This report's targets as ``table`` sets them (its own year's column), () if it is no targets table."""
    found = target_table(table)
    return tuple(row.target for row in found.rows if row.target is not None) if found else ()


def find_target_table(report: Report) -> TargetTable | None:
    """Return the first table of ``report`` that sets its main targets, or None."""
    tables = {table.id: table for table in report.tables}
    for block in report.blocks:
        if block.kind is BlockKind.TABLE and block.id in tables:
            found = target_table(tables[block.id])
            if found is not None and sum(row.target is not None for row in found.rows) >= MIN_ITEMS:
                return found
    return None


def result_row(target: Target, rows: tuple[TargetRow, ...]) -> TargetRow | None:
    """Return the row whose result tells how ``target`` (last year's) went: the same
    indicator (by name or topic, as targets pair), for a figure a figure of the same unit."""
    scored = [(pair_score(target, row.result), row) for row in rows if row.result is not None
              and (target.value is None or row.result.value is not None and row.result.unit == target.unit)]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= PAIR_MIN else None


def with_results(rows: Sequence[TargetChange], plan_results: Iterable, table: TargetTable | None = None,
                 review: Sequence[Measure] = ()) -> tuple[TargetChange, ...]:
    """``rows`` with last year's result of each target where this year's review states it: the
    result column of this year's targets table (``table``), else the result a plan figure was
    paired with (``plan_results``: figure changes of kind ``plan_result``) that is this target's
    figure (its value as written, its unit) under a label about its indicator, else the first
    figure of ``review`` (last year's results, in order) of the target's unit and indicator
    for one year (年末城镇调查失业率降到5.5% for 城镇调查失业率5.5%以内), else the review's own
    clause saying how the indicator went (国际收支基本平衡, 货物进出口总额增长21.4%, 单位地区生产总值
    能耗下降完成省下达目标): a target in words, or one whose figure the review does not repeat."""
    plan_results = [change for change in plan_results if change.old is not None and change.new is not None]
    done = []
    for row in rows:
        result = None
        if row.old is not None and table is not None and (found := result_row(row.old, table.rows)) is not None:
            assert found.result is not None
            result = found.result.raw or found.result.text.removeprefix(found.indicator)
        elif row.old is not None and row.old.raw is not None and not row.also:
            old = row.old
            result = next((change.new.raw for change in plan_results
                           if change.old.raw == old.raw and change.unit == old.unit
                           and (old.topics & indicator_topics(change.label)
                                or label_similarity(norm_key(old.indicator), change.label) >= PAIR_MIN)), None)
            if result is None and old.topics:
                result = _stated(old, review)
        if result is None and row.old is not None:
            result = _stated_in_words(row.old, review)
        done.append(replace(row, result=result) if result else row)
    return tuple(done)


#: No result of last year's target: a figure of more than one year (年均增长, 五年累计, 比2012年…),
#: or a share of the indicator (数字经济增加值占地区生产总值比重, 对经济增长的贡献率).
_NOT_RESULT = lazy_re.compile(r"年均|平均|累计|五年|以来|比(?:19|20)\d{2}年|占|比重|贡献")
#: A target of a rate of change (增长6%, 涨幅3%, 下降3%) is reached by a rate: a label ending so.
_RATE_TARGET = lazy_re.compile(r"增长|涨幅|上涨|下降|降低|减少")
_RATE = lazy_re.compile(r"(?:增长|增速|上涨|涨幅|下降|降低|减少|回落)$")


def _stated(target: Target, review: Sequence[Measure]) -> str | None:
    """The first figure of ``review`` of ``target``'s unit whose label is about its indicator
    (the same topics) for one year, a rate for a rate target, as written; None if there is none."""
    rate = _RATE_TARGET.search(norm_key(target.indicator)) is not None
    for measure in review:
        for figure in extract_figures(measure.text):
            label = figure.label or ""
            if figure.unit == target.unit and not _NOT_RESULT.search(label) \
                    and indicator_topics(label) == target.topics and (not rate or _RATE.search(label)):
                return figure.raw
    return None


#: A clause of the review, cut at its sentence and clause ends.
_CLAUSE_END = lazy_re.compile(r"[。；;！!？?，,：:]")
#: What may stand before the indicator in a clause stating its result: when and where (全年,
#: 去年, 全国, 全市), which of it (货物, 居民人均, 单位) — never a verb of doing (加强生态环境保护).
_SUBJECT_LEAD = lazy_re.compile(r"(?:去年|全年|上年|年末|当年)?(?:全[国省市区县州旗]|我[国省市区县州旗]|全社会)?"
                                r"(?:主要|货物|(?:城乡|城镇|农村)?居民人均|单位(?:地区|国内)?(?:生产总值|GDP)?|万元GDP)?")
#: The result said of the indicator right after its name (and a noun or two of it: 总额, 排放量,
#: 质量): it went so (继续下降, 明显改善, 基本平衡, 实际增长8.1%) or reached its target (完成…目标).
_RESULT_WORDS = lazy_re.compile(
    r"^[^\d]{0,5}?(?:继续|持续|明显|稳步|稳定|总体|有所|进一步|大幅|基本|保持|实际|全面|超额|较快|如期)?"
    r"(?:下降|降低|减少|改善|好转|平衡|增长|提高|提升|上升|上涨|同步|稳定|平稳|回稳|向好|回升|完成|实现|达到|好于预期)")
#: The rest of an indicator's name after the words its topic is known by (进出口总额, 主要污染物排放量).
_NAME_TAIL = lazy_re.compile(r"(?:总额|总量|排放量|排放|质量|强度|总水平|水平)?")
#: A clause longer than this is a sentence of work done, no result a table cell can show.
_WORDS_MAX = 28


def _stated_in_words(target: Target, review: Sequence[Measure]) -> str | None:
    """The first clause of ``review`` whose subject is ``target``'s indicator (its topics, or its
    name where it has none, at the clause's start) and which says how it went in the year, as
    written; None if none."""
    own = aligned_key(target.indicator)
    if not target.topics and len(own) < 3:
        return None  # -- too short a name to be sure of (风险, 投资) --
    # -- a target on the indicator's growth (居民收入增长与经济增长基本同步) is reached by a rate,
    #    not by the levels the same sentence gives first (分别达到50810元、28160元，分别增长4.5%和6.9%) --
    rate = _GROWTH_SUBJECT.match(aligned_key(target.text).removeprefix(own)) is not None
    for measure in review:
        if reviews_the_years(measure.key):
            continue  # -- 五年来，…主要污染物排放量持续下降: the term's result, not the year's --
        clauses = [clause.strip() for clause in _CLAUSE_END.split(measure.text)]
        for index, clause in enumerate(clauses):
            key = aligned_key(clause)
            if not clause or len(clause) > _WORDS_MAX or _NOT_RESULT.search(key) \
                    or indicator_topics(clause) != target.topics:
                continue
            # -- the indicator opens the clause (after when, where and which only), its result follows --
            at = key.find(own)
            name = topic_span(key, target.topics) if target.topics else (at, at + len(own)) if at >= 0 else None
            if name is not None and _SUBJECT_LEAD.fullmatch(key[: name[0]]) is not None \
                    and _RESULT_WORDS.search(key[name[1]:]):
                # -- the row names the indicator: 国际收支基本平衡 shows 基本平衡 and 货物进出口总额
                #    增长7.7% 增长7.7%, as a figure's result shows 8.1% --
                end = name[1] + len(_NAME_TAIL.match(key, name[1]).group(0))
                said = clause[end:].strip() or clause
                if not rate or "%" in aligned_key(said):
                    return said
                following = clauses[index + 1] if index + 1 < len(clauses) else ""
                if _RATE_AFTER.match(aligned_key(following)) and "%" in aligned_key(following):
                    return following
    return None


#: A target in words whose subject is the indicator's growth (…收入增长与经济增长同步): not how it
#: went (继续下降, 稳步增长), which the clause naming it says in words.
_GROWTH_SUBJECT = lazy_re.compile(r"(?:实际)?(?:增长|增速)")
#: The clause after a level that gives the same indicator's rate (，分别增长4.5%和6.9%; ，同比增长5%).
_RATE_AFTER = lazy_re.compile(r"^(?:分别|同比|比上年|实际)*(?:增长|增加|提高|上涨|下降)")


__all__ = ["TargetRow", "TargetTable", "cell_target", "find_target_table", "result_row", "table_targets", "target_table", "with_results"]
