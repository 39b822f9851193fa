"""Main targets against a targets table's results (指标 | 上年目标 | 上年完成 | 本年目标).

This year's targets table gives how last year's targets went (its result column): a target
of last year, in a sentence or in last year's table, is judged by that row as a figure plan
is judged by this year's result (``promise_targets.target_met``). Last year's targets set in a table
are promises of their own, one a row. Used by :mod:`reportdiff.promises`.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

from . import lazy_re
from .figures_extract import extract_figures
from .growth_targets import IN_STEP_GAP
from .indicators import indicator_topics
from .models import Measure, MeasureKind, PlanSentence, Report, Role
from .normalize import key as norm_key
from .plans import Evidence, Promise, sentence_holding
from .promise_targets import target_met
from .target_tables import TargetRow, find_target_table, result_row, table_targets
from .targets import Target, pair_score


def table_promise(plan: PlanSentence, targets: tuple[Target, ...], rows: tuple[TargetRow, ...],
                   table_id: str) -> Promise | None:
    """Return the promise of a plan setting main targets that this year's targets table gives
    results for (指标 | 上年目标 | 上年完成 | 本年目标): delivered when every result meets its
    target, else not reported and short of it; None when the table does not tell of them all."""
    mine = [target for target in targets if norm_key(target.text) in plan.key]
    found = [(target, result_row(target, rows)) for target in mine]
    if not found or any(row is None for _, row in found):
        return None
    evidence: list[Evidence] = []
    for target, row in found:
        # -- a table row is no measure: its place (表1第3行) and its indicator with the result --
        where = Measure(f"{table_id}#{row.number}", MeasureKind.PARAGRAPH, "", row.indicator, row.result.text,
                        norm_key(row.result.text), "", None, "", Role.RESULTS, 0)
        item = Evidence(where, row.result.text, 1.0, (row.indicator,))
        met = _row_meets(target, row, rows)
        if met is None:
            return None
        if not met:
            return Promise("not_reported", plan, (), short_of=(item,))
        evidence.append(item)
    return Promise("delivered", plan, tuple(evidence))


#: A result cell in words that says the target was met (完成, 已完成, 全面完成) or not (未完成).
_DONE = lazy_re.compile(r"^(?:已|全面|全部|超额)?(?:完成|实现|达到|达成)")
_NOT_DONE = lazy_re.compile(r"未|没有|尚未")


def _row_meets(target: Target, row: TargetRow, rows: tuple[TargetRow, ...]) -> bool | None:
    """Whether the table's result meets last year's ``target``; None when it cannot tell."""
    result = row.result
    if target.value is not None:
        return _meets(target, result.value)
    said = norm_key(result.text[len(result.indicator):])
    if result.value is None:
        # -- 完成省下达任务 against 完成: the table says it in words --
        return False if _NOT_DONE.match(said) else True if _DONE.match(said) else None
    if "同步" in norm_key(target.text) and "gdp" not in result.topics:
        # -- 与经济增长同步: the income row's growth against the GDP row's, as the review's rates are --
        pace = next((other.result for other in rows if other.result is not None and other.result.value is not None
                     and "gdp" in other.result.topics and other.result.unit == result.unit), None)
        return None if pace is None else result.value >= pace.value - IN_STEP_GAP
    return None


def _meets(target: Target, value: float) -> bool:
    """Whether a result of ``value`` meets a figure target, as a plan figure is met."""
    at = target.text.find(target.raw or "")
    plan_figure = SimpleNamespace(value=target.value, approx=target.qualifier,
                                  lower=target.value if target.upper is not None else None)
    change = SimpleNamespace(old=plan_figure, new=SimpleNamespace(value=value), label=target.indicator)
    return target_met(change, target.text[max(at - 4, 0):at] if at >= 0 else "")


#: How close a result's label must name a table target's indicator (as figures pair report-wide).
_NAMED = 0.75


def review_promise(plan: PlanSentence, target: Target, results: Sequence[Measure]) -> Promise | None:
    """Return the promise of last year's table target with a figure judged by this year's
    review when no table gives its result: the first result figure of its unit whose label
    names the indicator (地区生产总值增长 for 地区生产总值增长5.5%左右; a known indicator by its
    topic); None when the review gives none. ``results`` in the order to search them."""
    if target.value is None:
        return None
    for measure in results:
        for figure in extract_figures(measure.text):
            if figure.unit != target.unit or figure.aspect in ("cumulative", "listed", "delta"):
                # -- a total over years, one of 分别增长4.9%和6.8%, or what a level grew by
                #    (粮食产量…新增12.6亿斤): no one result --
                continue
            named = Target(figure.label, figure.label, figure.value, figure.unit, None, figure.raw,
                           topics=indicator_topics(figure.label))
            if pair_score(target, named) < _NAMED:
                continue
            item = Evidence(measure, sentence_holding(measure, figure.raw), 1.0, (figure.label,))
            if not _meets(target, figure.value):
                return Promise("not_reported", plan, (), short_of=(item,))
            return Promise("delivered", plan, (item,))
    return None


def table_plans(report: Report, targets: tuple[Target, ...]) -> list[PlanSentence]:
    """Last year's targets set in a table, one plan each (``表1#3``, its row): no sentence
    states them, yet each is a promise."""
    table = find_target_table(report)
    if table is None or table_targets(table.table) != targets:
        return []  # -- the targets came from a sentence; a plan sentence holds them --
    return [PlanSentence(f"{table.table.id}#{row.number}", table.table.id, row.number, row.target.text,
                         norm_key(row.target.text)) for row in table.rows if row.target is not None]


__all__ = ["review_promise", "table_plans", "table_promise"]
