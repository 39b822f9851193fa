"""A target set for each of a body's units (used by promises.py).

Townships, counties and bureaus set targets per unit: 推动每个村集体经济收入达到15万元以上,
各乡镇建成1个综合文化站. Such a target is met only by a statement about every unit (14个村全部
超过15万元, 所有村均达到…, 消除…薄弱村) or a count equal to the whole (14个村中14个…); a total
(村集体经济收入总额435万元) is no evidence of it, and a count short of the whole (14个村中有12个村
超过15万元) shows it done in part. ``unit_target`` reads such a plan; ``unit_promise`` judges it
against this year's review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lazy_re
from .figure_scan import cn_to_int
from .figures_extract import extract_figures
from .models import Measure, PlanSentence
from .normalize import key as norm_key
from .plans import Evidence, Promise

#: The units a body sets a target for each of, on the Simplified key (longest first).
_UNITS = "行政村|村(?:\\(社区\\))?|社区|乡镇(?:\\(街道\\))?|街道|镇|学校|中小学|园区"
#: Words saying "each" or "every" of the units (各 only right before a unit).
_EACH = lazy_re.compile(rf"(?:每个|每一个|各个|所有|全部|各)(?P<unit>{_UNITS})")
#: Where a clause ends, on the key.
_CLAUSE = lazy_re.compile(r"[^,;:。]+")
#: Verbs and qualifiers between an indicator and its figure (收入达到15万元): not the indicator.
_VERB_TAIL = lazy_re.compile(r"(?:均|都|全部)?(?:稳定在|提高到|提升到|达到|达|超过|突破|不低于|不少于|实现|增加到|增至|在)?$")
#: A sentence of the review: a sentence, or one point of a list.
_PIECES = lazy_re.compile(r"[^。；;！？!?]+[。；;！？!?]?")
#: Words of a statement about every unit (14个村全部超过…, 所有村均达到…, 实现全覆盖).
_ALL = lazy_re.compile(r"全部|均|都|所有|每个|每一个|全覆盖|无一")
#: A number of units, in digits or Chinese (14个村, 十四个村).
_N = r"\d+|[一二两三四五六七八九十百]+"
#: A count among a whole: 14个村中(有)12个.
_AMONG = rf"(?P<whole>{_N})个(?:{{0}})中,?(?:有)?(?P<part>{_N})个"
#: A count of units: 12个村.
_COUNT = rf"(?P<part>{_N})个(?:{{0}})"
#: The whole, where a report states it: 全镇14个村, 辖14个行政村.
_WHOLE = rf"(?:全镇|全乡|全县|全区|全市|全街道|辖区?|共有|现有)(?:共|有)?(?P<whole>{_N})个(?:{{0}})"
#: Words telling a shortfall: 仍有2个村收入低于15万元.
_SHORT = lazy_re.compile(r"低于|不足|未达到|未达|不到|没有达到|尚未达到")
#: An average (村均, 平均; not 16个村均 "all 16 villages"): its 均 says nothing of every unit.
_AVERAGE = lazy_re.compile(r"平均|(?<!个)[村户人校镇]均")
#: Words of a figure's clause telling a total or an average, not one unit's level.
_TOTAL = lazy_re.compile(r"总|合计|累计|" + _AVERAGE.pattern)
#: The weak units a per-unit target lifts, cleared: 消除…薄弱村.
_CLEARED = lazy_re.compile(r"消除[^,;。]{0,12}(?:薄弱|空壳)")


@dataclass(frozen=True)
class UnitTarget:
    """A figure each unit is to reach: the unit (村), the indicator (集体经济收入), the figure."""

    unit: str
    indicator: str
    value: float
    figure_unit: str


def unit_target(plan_key: str) -> UnitTarget | None:
    """Return the per-unit target a plan sets (每个村…达到15万元以上), or None: the figure must
    stand in the clause of the "each", after its unit."""
    for clause in _CLAUSE.finditer(plan_key):
        each = _EACH.search(clause.group())
        if each is None:
            continue
        rest = clause.group()[each.end():]
        figures = [f for f in extract_figures(rest) if not f.is_change and f.value is not None]
        if not figures:
            continue
        figure = figures[0]
        indicator = _VERB_TAIL.sub("", rest[:figure.start])
        if len(indicator) <= 2:
            # -- 各乡镇建成1个综合文化站: the thing counted is what each unit is to have --
            indicator = rest[figure.start + len(figure.raw):]
        unit = each.group("unit").split("(")[0].removeprefix("行政")
        if len(indicator) < 2:
            continue
        return UnitTarget(unit, indicator, figure.value, figure.unit)
    return None


def _about(target: UnitTarget, piece_key: str) -> bool:
    """Whether a sentence of the review speaks of the target's units and indicator."""
    core = target.indicator[:4]
    return target.unit in piece_key and core in piece_key


def _reaches(target: UnitTarget, piece_key: str) -> bool:
    """Whether the sentence states the target's level or more for a unit (超过15万元 against
    15万元以上): a total (总收入352万元) or an average (村均18万元) is no unit's level."""
    clauses = [(m.start(), m.end(), m.group()) for m in _CLAUSE.finditer(piece_key)]

    def clause(at: int) -> str:
        return next((text for start, end, text in clauses if start <= at < end), "")

    return any(f.unit == target.figure_unit and f.value is not None and f.value >= target.value
               and not f.is_change and f.aspect not in ("total", "cumulative") and not _TOTAL.search(clause(f.start))
               for f in extract_figures(piece_key))


def _number(text: str) -> int:
    """A count as written, in digits or Chinese (一 where the numeral is ill-formed)."""
    return int(text) if text.isdigit() else cn_to_int(text) or 1


def _pattern(template: str, unit: str) -> re.Pattern:
    """A pattern of counts (``template``, ``{0}`` standing for the unit) of the target's unit."""
    return re.compile(template.format("行政村|村" if unit == "村" else re.escape(unit)))


def unit_promise(plan: PlanSentence, review: list[tuple[Measure, str]], shortcomings: list[tuple[Measure, str]],
                 texts: tuple[str, ...]) -> Promise | None:
    """Return the promise of a per-unit target against the review's sentences (``review``, this
    year's results; ``shortcomings``, what it says is not done), the whole read from ``texts``
    (the reports' keys) where the sentence does not give it; None when the plan sets none.
    Delivered by a statement about every unit or a count equal to the whole; partly done
    (short of it) by a smaller count; short of it where a sentence says units fall below it;
    else not reported: a total says nothing of each unit."""
    target = unit_target(plan.key)
    if target is None:
        return None
    among, count, whole_in = (_pattern(p, target.unit) for p in (_AMONG, _COUNT, _WHOLE))
    whole = next((_number(m.group("whole")) for text in texts for m in [whole_in.search(text)] if m), None)
    short: Evidence | None = None
    for measure, sentence in [*review, *shortcomings]:
        for piece in _PIECES.findall(sentence):
            piece_key = norm_key(piece)
            if not _about(target, piece_key):
                continue
            found = Evidence(measure, piece.strip(), 1.0, (target.indicator,))
            if _SHORT.search(piece_key):
                short = short or found
                continue
            if _CLEARED.search(piece_key):
                return Promise("delivered", plan, (found,))
            if not _reaches(target, piece_key):
                continue
            if (match := among.search(piece_key)) is not None:
                done = _number(match.group("part")) >= _number(match.group("whole"))
                return Promise("delivered", plan, (found,)) if done \
                    else Promise("not_reported", plan, (), short_of=(found,), partly=True)
            if _ALL.search(_AVERAGE.sub("", piece_key)):
                return Promise("delivered", plan, (found,))
            if (match := count.search(piece_key)) is not None:
                # -- a count alone is all of them only where the reports give the whole --
                if whole is not None and _number(match.group("part")) >= whole:
                    return Promise("delivered", plan, (found,))
                return Promise("not_reported", plan, (), short_of=(found,), partly=True)
    return Promise("not_reported", plan, (), short_of=(short,) if short else ())


__all__ = ["UnitTarget", "unit_promise", "unit_target"]
