"""A target set for each of a body's units (used by promises.py).

Townships, counties, cities and bureaus set targets per unit: 推动每个村集体经济收入达到15万元以上,
各乡镇建成1个综合文化站, 推动各县（市、区）建成1个综合养老服务中心, 各部门均要…100件以上. Such a target is met only by a statement about every unit (14个村全部
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

#: The units a body sets a target for each of, on the Simplified key (longest first): a
#: township's villages and schools, a county's or city's townships, counties (县(市、区)), cities,
#: bureaus and places (各地). Not 市场, 市民, 地方: words that start like a unit.
_UNITS = ("行政村|村(?:\\(社区\\))?|社区|乡镇(?:\\(街道\\))?|街道|镇|学校|中小学|园区"
          "|县(?:\\([市区、,]+\\)|市区|区|市)?|区县|市县|市(?:\\(州\\)|州|\\(地\\))?(?![场民政级区])"
          "|部门|单位|地(?:区|市)?(?![方])")
#: Words saying "each" or "every" of the units (各 only right before a unit).
_EACH = lazy_re.compile(rf"(?:每个|每一个|各个|所有|全部|各)(?P<unit>{_UNITS})")
#: Units whose 各 a report also writes for them all together (各部门办理建议100件: a total):
#: their 各 sets a target for each only with a level (…以上, a rate) or one thing each (建成1个).
_BROAD = frozenset({"县", "市", "部门", "单位", "地"})
#: Words of a clause saying each unit, one by one (各县均要…, 分别达到…).
_ONE_BY_ONE = lazy_re.compile(r"^(?:均|都|分别)|每个|每一个|各个|所有|全部|至少")
#: What a unit is called in the review and counted by (县: 县(市、区), 区县; 地: 地市, 地区).
_NAMES = {"村": "行政村|村", "县": "县|区县|县区|市县", "市": "市|地市|市州", "地": "地市|地区|市县|市州|各地"}
#: Words before 各 making its units all together (全国各地) or the ones a measure reaches (支持各地…):
#: no target each of them is to meet.
_TOGETHER = lazy_re.compile(r"(?:全国|全省|全市|全县|全区|支持|鼓励|引导|指导|帮助|督促指导)$")
#: A leave given to the units (各地可降至16%): a ceiling they may reach, no target.
_MAY = lazy_re.compile(r"(?:均|都)?(?:可以|可)")
#: A modal or aim before a per-unit figure (各地要…, 力争…): not the indicator.
_LEAD = lazy_re.compile(r"^(?:均|都|分别)?(?:要|应|须|必须|力争|确保|争取)?")
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
#: A count among a whole: 14个村中(有)12个, 9个县(市、区)中有7个.
_AMONG = rf"(?P<whole>{_N})个(?:{{0}})(?:\([^)]*\))?中,?(?:有)?(?P<part>{_N})个"
#: A count of units: 12个村.
_COUNT = rf"(?P<part>{_N})个(?:{{0}})"
#: The whole, where a report states it: 全镇14个村, 辖14个行政村.
_WHOLE = rf"(?:全镇|全乡|全县|全区|全市|全州|全盟|全省|全街道|辖区?|共有|现有)(?:共|有)?(?P<whole>{_N})个(?:{{0}})"
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


def _canonical(unit: str) -> str:
    """The unit as a review names it in any of its spellings: 县 of 县(市、区) and 区县, 市 of 市州,
    地 of 地区, 村 of 行政村."""
    unit = unit.split("(")[0].removeprefix("行政")
    if "县" in unit:
        return "县"
    return {"市州": "市", "地区": "地", "地市": "地"}.get(unit, unit)


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
        unit = _canonical(each.group("unit"))
        if _MAY.match(rest):
            # -- 各地可降至16%: a leave given, no target --
            continue
        bare = each.group().startswith("各") and not each.group().startswith("各个")
        if unit in _BROAD and bare and (_TOGETHER.search(clause.group()[:each.start()]) or (
                not _ONE_BY_ONE.search(rest[:figure.start])
                and not (figure.approx == "以上" or figure.unit == "%" or figure.value == 1))):
            # -- 各部门办理建议100件, 全国各地新增就业1100万人以上: all of them together, not each --
            continue
        indicator = _VERB_TAIL.sub("", _LEAD.sub("", rest[:figure.start]))
        if len(indicator) <= 2:
            # -- 各乡镇建成1个综合文化站: the thing counted is what each unit is to have --
            indicator = rest[figure.start + len(figure.raw):]
        if len(indicator) < 2:
            continue
        return UnitTarget(unit, indicator, figure.value, figure.unit)
    return None


def _about(target: UnitTarget, piece_key: str) -> bool:
    """Whether a sentence of the review speaks of the target's units and indicator."""
    core = target.indicator[:4]
    return core in piece_key and any(name in piece_key for name in _NAMES.get(target.unit, target.unit).split("|"))


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
    return re.compile(template.format(_NAMES.get(unit, re.escape(unit))))


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
