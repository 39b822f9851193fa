"""Follow extracted figures across two report years: pair them by unit and label, inside matched
measures and report-wide, and each plan figure with its result (the record of a pair, with the
check of the growth stated, is ``figure_record``'s)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from . import lazy_re
from .figure_similarity import LabelShapes, label_similarity, may_reach
from .figure_fragments import frame_count
from .figure_claims import check_claim
from .figure_record import FigureChange, amount_text, record_pair
from .figures_extract import ONE_YEAR_BASES, Figure, StatedChange, aligned_key, extract_figures
from .figures_years import FigureSide, figure_sides, measure_sides, other_year_measures, part_side, reviews_the_years, sides_meet
from .models import Measure, Role

_PAIR_MIN = 0.5
_UNIQUE_PAIR_MIN = 0.4
_GLOBAL_MIN = 0.75
#: Old figures offered per distinct label, nearest by position (report-wide pass).
_NEAREST = 3
#: Units that count things (个, 家, 人次, 项 …, per head or per household): across measures a label
#: that only holds the other's (企业 in 服务企业, 群众 in 法律援助惠及群众) is the kind of thing
#: counted, no indicator of its own, so that likeness pairs nothing report-wide…
_COUNTS = frozenset("个 项 次 件 所 家 名 例 场 条 篇 期 支 类 批 部 本 套 座 处 台 辆 宗 笔 张 位 轮 节 册 卷 种 份 起 案 "
                    "人 人次 户 场次 家次 批次".split())
#: …but for counts of cases and documents, named by the kind of case or document the same (受理案件
#: and 受理群众诉求案件, 规范性文件 and 行政规范性文件): one year spelled the name out.
_CASES_AND_DOCUMENTS = frozenset("件 份 起 宗 案".split())


def spelled_out_pairs(unit: str) -> bool:
    """True when figures of ``unit`` in two measures pair on one label holding the other (see
    ``_COUNTS``): amounts and rates of a named indicator, counts of cases and documents."""
    return unit not in _COUNTS or unit in _CASES_AND_DOCUMENTS

_Slot = tuple[int, int]  # (measure index, figure index)
_Candidate = tuple[float, _Slot, _Slot]  # (−score, new slot, old slot)


#: A small preference for figures from the same kind of part (result with result, plan with
#: plan): a target (城镇新增就业1100万人以上) belongs with next year's target, not its result.
_SAME_SIDE = 0.05


def _pair_candidates(
    oi: int, old: list[Figure], ni: int, new: list[Figure], same_side: bool = False,
    sides: tuple[Sequence[FigureSide], Sequence[FigureSide]] | None = None,
) -> list[_Candidate]:
    """Same-unit figures of one matched measure pair whose labels are close enough; ``sides``
    (each figure's side, old and new) keeps a total of the term from a figure of one year."""
    old_units = [f.unit for f in old]
    new_units = [f.unit for f in new]
    bonus = _SAME_SIDE if same_side else 0.0
    old_split, new_split = _split_units(old), _split_units(new)
    cands: list[_Candidate] = []
    for a, of in enumerate(old):
        # -- one figure of this unit on each side of a matched pair: the measure match
        #    itself is evidence, so a weaker label match suffices --
        unique = old_units.count(of.unit) == 1 == new_units.count(of.unit)
        floor = _UNIQUE_PAIR_MIN if unique else _PAIR_MIN
        for b, nf in enumerate(new):
            if _added_against_unqualified(of, nf, old_split, new_split):
                continue
            if sides is not None and not sides_meet(sides[0][a], sides[1][b]):
                continue
            if nf.unit == of.unit and _comparable(of, nf) and (score := _label_similarity_cached(of.label, nf.label)) >= floor:
                cands.append((-(score + bonus), (ni, b), (oi, a)))
    return cands


#: The label of a stock that names no noun of its own: the stock of what was just counted added.
_STOCK_ONLY = frozenset(("", "达到", "达", "共", "共计", "总计", "合计", "总数", "总量"))


def _split_units(figures: Sequence[Figure]) -> frozenset[str]:
    """The units a measure gives both an addition and the stock of the same thing (新增…场景
    18个，累计达到41个); not a stock of something else (新增36个改革案例，累计形成58个…业态落地案例)."""
    units: set[str] = set()
    for i, added in enumerate(figures):
        if added.aspect == "new" and any(
                stock.aspect == "total" and stock.unit == added.unit
                and (stock.label in _STOCK_ONLY or _label_similarity_cached(stock.label, added.label) >= _PAIR_MIN)
                for stock in figures[i + 1 :]):
            units.add(added.unit)
    return frozenset(units)


def _added_against_unqualified(old: Figure, new: Figure, old_split: frozenset[str], new_split: frozenset[str]) -> bool:
    """True for an addition (新增18个) against an unqualified figure (场景23个) when the side of the
    addition tells it from a stock: the unqualified figure is no more the one than the other."""
    return (old.aspect is None and new.aspect == "new" and new.unit in new_split
            or new.aspect is None and old.aspect == "new" and old.unit in old_split)




def _comparable(old: Figure, new: Figure) -> bool:
    """A stock (共有) and this year's additions (新建) are different quantities; the 从 side
    of 从A增加到B (an earlier year's figure) compares with none; a multi-year average (年均) or total (五年来累计…),
    an amount added (再增加40元) and the values of an undivided 分别 list compare only with
    figures of their own aspect; a count of the body's own units (12个乡镇) with none."""
    if frame_count(old.label) or frame_count(new.label):
        return False  # -- 12个乡镇…全部述法: the county's townships, the same every year, no indicator --
    aspects = {old.aspect, new.aspect}
    if "from" in aspects:
        return False  # -- 从3万元提高到10万元: the figure of the year is the 到 side; the 从 side only where it started --
    if aspects & {"average", "delta", "cumulative", "listed"}:
        return len(aspects) == 1
    if aspects == {"new", "total"}:
        return False
    # -- untagged, the clause's words still tell: the year's sales are no stock (全年销售12万辆 /
    #    保有量46万辆), a level reached no addition (企业达到2140家 / 新认定236家) --
    cues = {old.cue, new.cue}
    if cues == {"flow", "stock"}:
        return False
    return not ("level" in cues and "new" in aspects
                and (old.cue == "level" and new.aspect == "new" or new.cue == "level" and old.aspect == "new"))


def _built_as_planned(plan: Figure, result: Figure) -> bool:
    """A plan to build so many (新建保障性住房3000套) against what the review says was built in the
    year (建成保障性住房3100套, 建成并投用5所幼儿园): the same quantity, though one reads as an
    addition and the other as what stands built."""
    return plan.aspect == "new" and result.aspect == "total" and result.built


def _assign(cands: list[_Candidate], link: dict[_Slot, _Slot], used: set[_Slot] | None = None) -> None:
    """Greedy one-to-one assignment, best score first; ties go to reading order.

    ``used`` is ``set(link.values())`` kept by a caller that assigns many times (rebuilding
    it on every call costs quadratic time over a long report); it is updated in place."""
    if used is None:
        used = set(link.values())
    for _, new_slot, old_slot in sorted(cands):
        if new_slot not in link and old_slot not in used:
            link[new_slot] = old_slot
            used.add(old_slot)


def compare_figures(
    old_measures: Sequence[Measure],
    new_measures: Sequence[Measure],
    pairs: Iterable[tuple[Measure | None, Measure | None]],
    *,
    report_wide: bool = True,
    old_sides: Mapping[str, str] | None = None,
    new_sides: Mapping[str, str] | None = None,
    review_years: tuple[int | None, int | None] = (None, None),
    old_periods: Mapping[str, str] | None = None,
    new_periods: Mapping[str, str] | None = None,
) -> tuple[FigureChange, ...]:
    """Follow figures across two reports; check the new report's stated growth rates.

    Figures pair by unit and label similarity, first inside matched measure pairs, then
    across the whole report. Records come in the new report's reading order, followed by
    figures only the old report holds. ``report_wide=False`` keeps pairing inside matched
    measures (for reports that share little: a label match alone proves nothing there).

    ``old_sides``/``new_sides`` (measure id → ``plan``/``review``/``term``, see ``measure_sides``;
    figures of a ``term`` part, a review of several years, pair only with such figures)
    prefer pairs from the same kind of part and add ``plan_result`` records: each figure
    of the old report's plans against the new report's result of the same indicator.
    ``old_periods``/``new_periods`` (measure id → period, see ``measure_periods``) give a figure of a
    ``term`` measure that is no level reached the period it is of (``Figure.period``), as its
    record shows it.
    """
    old_sides = old_sides or {}
    new_sides = new_sides or {}
    # -- one extraction per distinct text: reports repeat paragraphs --
    extracted: dict[str, list[Figure]] = {}
    old_figs = [_value_figures(m, extracted) for m in old_measures]
    new_figs = [_value_figures(m, extracted) for m in new_measures]
    old_side = [old_sides.get(m.id) for m in old_measures]
    new_side = [new_sides.get(m.id) for m in new_measures]
    # -- each figure's side for pairs of two years: a level reached in a review of the term is last year's level --
    old_fside = [figure_sides(aligned_key(m.text), [f.start for f in figs], side, _looks_back(m), review_years[0])
                 for m, figs, side in zip(old_measures, old_figs, old_side)]
    new_fside = [figure_sides(aligned_key(m.text), [f.start for f in figs], side, _looks_back(m), review_years[1])
                 for m, figs, side in zip(new_measures, new_figs, new_side)]
    old_figs = [_with_period(figs, fsides, (old_periods or {}).get(m.id))
                for m, figs, fsides in zip(old_measures, old_figs, old_fside)]
    new_figs = [_with_period(figs, fsides, (new_periods or {}).get(m.id))
                for m, figs, fsides in zip(new_measures, new_figs, new_fside)]
    old_index = {m.id: i for i, m in enumerate(old_measures)}
    new_index = {m.id: i for i, m in enumerate(new_measures)}
    link: dict[_Slot, _Slot] = {}  # new slot → old slot
    linked: set[_Slot] = set()  # its values

    for old_m, new_m in pairs:
        oi = old_index.get(old_m.id) if old_m is not None else None
        ni = new_index.get(new_m.id) if new_m is not None else None
        if oi is not None and ni is not None:
            same = old_side[oi] is not None and old_side[oi] == new_side[ni]
            _assign(_pair_candidates(oi, old_figs[oi], ni, new_figs[ni], same, (old_fside[oi], new_fside[ni])),
                    link, linked)

    if report_wide:
        _assign(_global_candidates(old_figs, new_figs, link, old_side, new_side, old_fside, new_fside), link)

    records: list[FigureChange] = []
    for ni, figs in enumerate(new_figs):
        for b, nf in enumerate(figs):
            slot = link.get((ni, b))
            if slot is None and _stated_rate(nf):
                continue
            of = old_figs[slot[0]][slot[1]] if slot else None
            old_id = old_measures[slot[0]].id if slot else None
            budget = slot is not None and old_side[slot[0]] == "plan"
            records.append(record_pair(of, nf, old_id, new_measures[ni].id, budget_base=budget))
    used = set(link.values())
    for oi, figs in enumerate(old_figs):
        records.extend(
            record_pair(of, None, old_measures[oi].id, None)
            for a, of in enumerate(figs)
            if (oi, a) not in used and not _stated_rate(of)
        )
    if report_wide:
        points = [extracted.get(_POINT_CHANGES + m.text, []) for m in new_measures]
        records.extend(_plan_results(old_figs, new_figs, old_side, new_side, old_measures, new_measures, points,
                                     (old_fside, new_fside)))
    return tuple(records)


def _stated_rate(figure: Figure) -> bool:
    """True for a growth rate stated after its level (查处违法案件11.8万件，同比下降6.3%): the other
    year states none of it, so it is no figure of one year only — the level's row checks it."""
    return figure.is_change and figure.change_of is not None


def _with_period(figures: list[Figure], sides: Sequence[FigureSide], period: str | None) -> list[Figure]:
    """The figures of a measure with the period of its part on the years (``measure_periods``) where
    they are the years' (side ``term``) and no level reached at their end, nor the start of a 从…到
    pair or an amount added (a new list: the extracted ones are shared)."""
    if period is None or not any(side[0] == "term" and not side[1] for side in sides):
        return figures
    return [replace(f, period=period) if side[0] == "term" and not side[1] and f.period is None
            and f.aspect not in ("from", "delta") else f for f, side in zip(figures, sides)]


def _looks_back(measure: Measure) -> bool:
    """True for a measure of a review, or one looking back on the years in a part of the plan
    period (过去五年，…国内生产总值…增加到超过100万亿元): its levels are reached, not set."""
    return measure.role is Role.RESULTS or reviews_the_years(measure.key)


#: Label endings of what was added in the year (高新技术企业新增80家), and how much less such a
#: result is worth to a plan that names none: a level planned is met by a level.
_ADDED = ("新增", "净增")
_ADDED_PENALTY = 0.05


#: Words that set a level to reach just before a plan's figure (达到500家, 突破50万户, 提高到60%).
_REACH = lazy_re.compile(r"(?:达到|突破|总数|总量|累计|(?:提高|提升|增加|增长|扩大)(?:到|至)|增至)$")


def _is_level(slot: _Slot, plan: Figure, measures: Sequence[Measure], memo: dict[_Slot, bool]) -> bool:
    """True when the plan figure at ``slot`` is a level to reach (达到500家), not an amount to add."""
    if slot not in memo:
        text = measures[slot[0]].text
        memo[slot] = _REACH.search(aligned_key(text[max(plan.start - 4, 0) : plan.start])) is not None
    return memo[slot]


def _plan_results(
    old_figs: list[list[Figure]],
    new_figs: list[list[Figure]],
    old_side: list[str | None],
    new_side: list[str | None],
    old_measures: Sequence[Measure],
    new_measures: Sequence[Measure],
    points: Sequence[list[Figure]] = (),
    fsides: tuple[list[list[FigureSide]], list[list[FigureSide]]] | None = None,
) -> list[FigureChange]:
    """Each plan figure of the old report against the new report's result for that year.

    Only a close label (the global floor) counts: a plan is reported under its own name
    (新开工改造城镇老旧小区5.3万个 → 新开工改造城镇老旧小区5.6万个). ``points``: each new
    measure's point changes (``_point_change``), results of a plan to raise an indicator by so
    many points and of nothing else.
    """
    plans = {(oi, a): of for oi, figs in enumerate(old_figs) if old_side[oi] == "plan" for a, of in enumerate(figs)}
    # -- last year's results; a review of the term that tells of no single year is looked in
    #    as a whole (its totals over the years, aspect ``cumulative``, pair with no plan) --
    review = "review" if "review" in new_side or (fsides is not None and any(
        side[0] == "review" for row in fsides[1] for side in row)) else "term"
    results = {(ni, b): nf for ni, figs in enumerate(new_figs) for b, nf in enumerate(figs)
               # -- …and in a review of the term, each figure told of last year (2022年…512个) --
               if new_side[ni] == review or (fsides is not None and fsides[1][ni][b][0] == review)}
    results.update(((ni, -1 - b), nf) for ni, figs in enumerate(points) if new_side[ni] == review
                   for b, nf in enumerate(figs))
    plans_by_unit: dict[str, list[tuple[_Slot, Figure]]] = {}
    for old_slot, of in plans.items():
        plans_by_unit.setdefault(of.unit, []).append((old_slot, of))
    shape = LabelShapes()
    cands: list[_Candidate] = []
    levels: dict[_Slot, bool] = {}
    # -- every pair of one unit is still looked at, but most fail the character bound at
    #    once; the order of the candidates does not count (``_assign`` sorts them fully) --
    for new_slot, nf in results.items():
        new_shape = shape(nf.label)
        for old_slot, of in plans_by_unit.get(nf.unit, ()):
            if fsides is not None and new_slot[1] >= 0 and other_year_measures(
                    fsides[0][old_slot[0]][old_slot[1]], fsides[1][new_slot[0]][new_slot[1]]):
                continue  # -- 全年控制在5.5%以内 is neither met nor missed by 年末…5.5% --
            if (_comparable(of, nf) or _built_as_planned(of, nf)) and may_reach(shape(of.label), new_shape, _GLOBAL_MIN):
                score = _label_similarity_cached(of.label, nf.label)
                if score >= _GLOBAL_MIN:
                    # -- 达到500家 is the total's (总数达到520家) before what was added (新增80家) --
                    added = nf.label.endswith(_ADDED) and not of.label.endswith(_ADDED)
                    if added and _is_level(old_slot, of, old_measures, levels):
                        continue  # -- 达到500家 is never met by 新增80家 --
                    cands.append((-score + (_ADDED_PENALTY if added else 0.0), new_slot, old_slot))
    link: dict[_Slot, _Slot] = {}
    _assign(cands, link)
    return [
        replace(record_pair(plans[o], results[n], old_measures[o[0]].id, new_measures[n[0]].id, claims=False,
                        midpoints=False),
                kind="plan_result")
        for n, o in sorted(link.items())
    ]


def _global_candidates(
    old_figs: list[list[Figure]],
    new_figs: list[list[Figure]],
    link: dict[_Slot, _Slot],
    old_side: list[str | None] | None = None,
    new_side: list[str | None] | None = None,
    old_fside: list[list[FigureSide]] | None = None,
    new_fside: list[list[FigureSide]] | None = None,
) -> list[_Candidate]:
    """Return report-wide candidates for the figures left unpaired inside measure pairs.

    Old figures are grouped by unit and label, so each distinct pair of labels is scored
    once; of the old figures sharing a label, only the NEAREST few by relative position
    are offered. Without this, pairing grows with the product of the report sizes.
    """
    old_side = old_side or [None] * len(old_figs)
    new_side = new_side or [None] * len(new_figs)
    used = set(link.values())
    groups: dict[tuple[str, str], list[tuple[float, _Slot]]] = {}
    for oi, figs in enumerate(old_figs):
        for a, of in enumerate(figs):
            if (oi, a) not in used:
                groups.setdefault((of.unit, of.label), []).append((oi / max(len(old_figs), 1), (oi, a)))
    labels_by_unit: dict[str, list[str]] = {}
    for unit, label in groups:
        labels_by_unit.setdefault(unit, []).append(label)
    shape = LabelShapes()
    # -- the old labels of a unit close enough to a new label, found once per distinct new label --
    close: dict[tuple[str, str], list[tuple[str, float]]] = {}
    candidates: list[_Candidate] = []
    old_splits: dict[int, frozenset[str]] = {}
    for ni, figs in enumerate(new_figs):
        where = ni / max(len(new_figs), 1)
        new_split = _split_units(figs)
        for b, nf in enumerate(figs):
            if (ni, b) in link:
                continue
            found = close.get((nf.unit, nf.label))
            if found is None:
                new_shape = shape(nf.label)
                spelled_out = spelled_out_pairs(nf.unit)
                found = close[(nf.unit, nf.label)] = [
                    (label, score) for label in labels_by_unit.get(nf.unit, ())
                    if may_reach(shape(label), new_shape, _GLOBAL_MIN)
                    and (score := _label_similarity_cached(label, nf.label, spelled_out)) >= _GLOBAL_MIN]
            for label, score in found:
                slots = groups[(nf.unit, label)]
                at = bisect.bisect_left(slots, (where,))
                for _, slot in slots[max(at - _NEAREST, 0) : at + _NEAREST]:
                    of = old_figs[slot[0]][slot[1]]
                    if slot[0] not in old_splits:
                        old_splits[slot[0]] = _split_units(old_figs[slot[0]])
                    if _added_against_unqualified(of, nf, old_splits[slot[0]], new_split):
                        continue
                    meet = (sides_meet(old_fside[slot[0]][slot[1]], new_fside[ni][b]) if old_fside and new_fside
                            else sides_meet((old_side[slot[0]], False, None), (new_side[ni], False, None)))
                    if _comparable(of, nf) and meet:
                        same = new_side[ni] is not None and new_side[ni] == old_side[slot[0]]
                        candidates.append((-(score + (_SAME_SIDE if same else 0.0)), (ni, b), slot))
    return candidates


@functools.lru_cache(maxsize=65536)
def _label_similarity_cached(a: str, b: str, spelled_out: bool = True) -> float:
    return label_similarity(a, b, spelled_out)


def _value_figures(measure: Measure, known: dict[str, list[Figure]] | None = None) -> list[Figure]:
    """The figures of a measure that are quantities, not the amounts of stated changes.

    A bare growth rate after an indicator (国内生产总值达到114万亿元，增长8.1%) is both:
    the claim about 114万亿元 and the indicator's growth rate, compared with last year's.
    ``known`` remembers the figures of each text (the lists are shared: never mutate them).
    """
    if known is not None and (found := known.get(measure.text)) is not None:
        return found
    figures = extract_figures(measure.text)
    found = [f for f in figures if not f.is_change or _growth_rate(f, figures)]
    if known is not None:
        known[measure.text] = found
        if any(_point_change(f, figures) for f in figures):
            known[_POINT_CHANGES + measure.text] = [
                replace(f, label=_point_label(f, figures), is_change=False, change_of=None, comparison=None)
                for f in figures if _point_change(f, figures)]
    return found


def value_figures(measure: Measure) -> list[Figure]:
    """Return the figures of ``measure`` that are quantities, a bare growth rate after its
    indicator among them (增长5.4%: the indicator's growth that year)."""
    return _value_figures(measure)


#: Where ``_value_figures`` keeps a text's point changes in its ``known`` (a prefix no text starts with).
_POINT_CHANGES = "\0points:"


def _point_label(fig: Figure, figures: tuple[Figure, ...]) -> str:
    """The points' label named by their rate (城镇化率提高), however the extraction named them."""
    rate = figures[fig.change_of].label
    return fig.label if fig.label.startswith(rate) else rate + fig.label


def _point_change(fig: Figure, figures: tuple[Figure, ...]) -> bool:
    """True for the points an indicator rose or fell by, stated after its level (城镇化率达到64.1%，
    提高0.7个百分点): the result of a plan to raise it by so many points (提高0.8个百分点以上)."""
    if fig.unit != "百分点" or not fig.is_change or fig.change_of is None:
        return False
    change = figures[fig.change_of].comparison
    return change is not None and change.basis is None


def _growth_rate(fig: Figure, figures: tuple[Figure, ...]) -> bool:
    if fig.unit != "%" or fig.change_of is None:
        return False
    change = figures[fig.change_of].comparison
    # -- 同比增长5.6% is the year's growth as 增长5.6% is; 环比 or 较2020年 is another span --
    return change is not None and (change.basis is None or change.basis in ONE_YEAR_BASES)


# -- the figure names of figures_extract, figure_record, figure_claims and figure_similarity are
#    re-exported: callers import them from here. --
__all__ = [
    "Figure",
    "FigureChange",
    "amount_text",
    "StatedChange",
    "check_claim",
    "compare_figures",
    "extract_figures",
    "label_similarity",
    "measure_sides",
    "part_side",
    "value_figures",
]
