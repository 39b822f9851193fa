"""Qualitative targets of a 政府工作报告 judged by the growth rates this year's review gives.

Some main targets name no figure but a direction: 进出口回稳向好, 居民收入稳步增长, or one growth
keeping pace with another (居民收入增长和经济增长基本同步). Words cannot show them met; the
review's growth rate of the indicator can (进出口增长14.2%; 居民人均可支配收入实际增长6.5% against
国内生产总值增长6.6%). Used by :mod:`reportdiff.promises`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from . import lazy_re
from .figure_lists import town_and_village_merged
from .figures_extract import extract_figures
from .indicators import indicator_topics
from .models import Measure, PlanSentence
from .normalize import key as norm_key
from .parse import split_sentences
from .plans import Evidence, Promise, sentence_holding
from .targets import Target

#: A target that one growth keeps pace with another, on the key: 居民收入增长和经济增长基本同步,
#: 城乡居民收入与经济同步增长, 居民收入增长与经济发展同步. Bounded: a plan may be a long run of text.
_IN_STEP = lazy_re.compile(
    r"(?P<first>[^,;。和与同]{2,16}?)(?:增长)?[和与同](?P<second>[^,;。]{2,12}?)(?:增长|发展)?(?:基本)?同步")
#: Two growth rates this many percentage points apart, or the first ahead, are in step.
IN_STEP_GAP = 1.0
#: A target without a figure that its indicator hold up or improve: met by a rise.
_RISING = lazy_re.compile(r"回稳|向好|提质|促稳|保稳|稳中有升|稳步增长|持续增长|稳定增长|较快增长")
#: Indicators whose health is their growth rate; others (生态环境质量) are not judged by one, and
#: a rate that only shares their topic (生态环境领域投资增长) says nothing of them.
_GROWING = frozenset(("gdp", "trade", "income", "revenue", "retail", "investment"))
#: How a rate of change is named at the end of its label, and its sign.
_RISE = lazy_re.compile(r"增长$")
_FALL = lazy_re.compile(r"(?:下降|降低|减少)$")
#: Not one year's own rate: an average (年均增长, 两年平均增长), a change since another year.
_NOT_ONE_YEAR = lazy_re.compile(r"年均|平均|比(?:19|20)\d{2}年")
#: How a percentage is written (as ``extract_figures`` reads it, any width): a sentence without
#: one gives no rate.
_PERCENT = lazy_re.compile("[%％﹪]|百分之")
#: Part of the population only: with the whole's rate given, the whole's counts.
_PART = lazy_re.compile(r"城镇|农村")


class Rate(NamedTuple):
    """A growth rate (a fall negative), the result that gives it, and the rate as written."""

    value: float
    measure: Measure
    sentence: str
    written: str


class GrowthRates:
    """The one-year growth rates of ``results`` by topic, read once, in order, as far as asked for.

    ``results`` come in the order to search them (the plan's own year before a review of
    several years); the first result giving a rate about a topic gives it, the whole
    population's before a part's. A rate is the indicator's own change for one year
    (…增长6.5%, …下降8.2%): not a share in growth (对世界经济增长贡献率), not an average over
    years. A rate whose words do not name it (国内生产总值达到…，增长6.7%) is known from the plan
    figure it was paired with (``changes``, figure changes of kind ``plan_result``).
    """

    def __init__(self, results: Sequence[Measure], changes: Iterable) -> None:
        self._results = results
        self._changes = list(changes)
        self._read: list[tuple[int, bool, frozenset[str], Rate]] = []
        self._unread = 0  # -- the results are read in order, only as far as a look-up needs --
        self._found: dict[frozenset[str], Rate | None] = {}

    def of(self, topics: frozenset[str]) -> Rate | None:
        """Return the growth rate of an indicator about ``topics``, or None."""
        if topics not in self._found:
            self._found[topics] = self._look_up(topics)
        return self._found[topics]

    def _read_next(self) -> None:
        """Read the one-year rates of the next result: (result's place, of a part of the
        population, topics, rate) each."""
        place = self._unread
        measure = self._results[place]
        self._unread += 1
        if not _PERCENT.search(measure.text):
            return
        for sentence in split_sentences(measure.text):
            if not _PERCENT.search(sentence):
                continue  # -- no rate in it: nothing in any script becomes a percent sign --
            for figure in extract_figures(sentence):
                label = figure.label
                sign = 1 if _RISE.search(label) else -1 if _FALL.search(label) else 0
                if figure.unit == "%" and sign and not _NOT_ONE_YEAR.search(label) \
                        and (topics := indicator_topics(label)):
                    rate = Rate(sign * figure.value, measure, sentence.strip(), label + figure.raw)
                    self._read.append((place, bool(_PART.search(label)), topics, rate))

    def _look_up(self, topics: frozenset[str]) -> Rate | None:
        # -- the first result giving one, read no further than it --
        checked = 0
        while True:
            found = [(place, part, rate) for place, part, known, rate in self._read[checked:]
                     if topics & known]
            if found or self._unread == len(self._results):
                break
            checked = len(self._read)
            self._read_next()
        if found:
            first = found[0][0]
            # -- in the first result giving one, read whole: the first of the whole population's --
            return min((item for item in found if item[0] == first), key=lambda item: item[1])[2]
        by_id = {measure.id: measure for measure in self._results}
        for change in self._changes:
            measure = by_id.get(change.new_measure)
            if (measure is not None and change.new.unit == "%" and change.old.aspect != "from"
                    and topics & indicator_topics(change.label or "")):
                return Rate(change.new.value, measure, sentence_holding(measure, change.new.raw),
                            change.label + change.new.raw)
        return None


def in_step_promise(plan: PlanSentence, rates: GrowthRates) -> Promise | None:
    """Return the promise of a target that one growth keeps pace with another, judged by the
    two rates the results give, or None when the plan is no such target or the results do not
    give both rates."""
    if "同步" not in plan.key:
        return None
    match = _IN_STEP.search(plan.key)
    if match is None:
        return None
    first, second = (indicator_topics(match[name] + "增长") for name in ("first", "second"))
    if not first or not second or first & second:
        return None
    leading, pace = rates.of(first), rates.of(second)
    if leading is None or pace is None:
        return None
    # -- the two rates as the review writes them are what a reader compares --
    evidence = Evidence(leading.measure, leading.sentence, 1.0, (leading.written, pace.written))
    if leading.value < pace.value - IN_STEP_GAP:
        return Promise("not_reported", plan, (), short_of=(evidence,))
    return Promise("delivered", plan, (evidence,))


def rising_targets(targets: Iterable[Target]) -> list[tuple[str, Target]]:
    """Return the main targets without a figure that their indicator hold up or improve
    (进出口回稳向好), each with its key as a plan holds it, in order: what ``rising_promise``
    looks for in every plan, found once."""
    found = []
    for target in targets:
        if target.value is None and target.topics and target.topics <= _GROWING:
            text = norm_key(target.text).rstrip(",;。.")
            if _RISING.search(text):
                found.append((text, target))
    return found


def rising_promise(plan: PlanSentence, targets: Sequence[tuple[str, Target]],
                   rates: GrowthRates) -> Promise | None:
    """Return the promise of a main target without a figure that its indicator hold up or
    improve (进出口回稳向好), judged by the indicator's growth rate in the results: met by a
    rise, not by a fall; None when the plan is no such target (``targets``: ``rising_targets``)
    or the results give no rate."""
    for text, target in targets:
        if text in plan.key:
            found = rates.of(target.topics)
            if found is None:
                return None
            evidence = Evidence(found.measure, found.sentence, 1.0, (found.written,))
            if found.value <= 0:
                return Promise("not_reported", plan, (), short_of=(evidence,))
            return Promise("delivered", plan, (evidence,))
    # -- a task naming only an indicator and its direction (外贸进出口稳中提质) among a section's
    #    tasks is such a target too, set where the main targets are not --
    topics = _direction_topics(plan.key)
    if topics:
        found = rates.of(topics)
        if found is not None:
            evidence = Evidence(found.measure, found.sentence, 1.0, (found.written,))
            if found.value <= 0:
                return Promise("not_reported", plan, (), short_of=(evidence,))
            return Promise("delivered", plan, (evidence,))
    return None


#: Rates set or given "respectively" for the parts named before them (城乡居民人均可支配收入分别增长
#: 6.5%和8%): the label of each figure holds 分别, which a review may write or not.
_RESPECTIVELY = "分别"
#: Respective rates that must reach the plan's, the more the better (a cut is an amount too).
_RESPECTIVE_RATE = lazy_re.compile(r"(?:增长|提高|下降|降低|减少)$")
#: 左右 (about) allows this relative shortfall, as ``promise_targets.target_met`` does.
_ABOUT = 0.05


def respective_promise(plan: PlanSentence, results: Sequence[Measure]) -> Promise | None:
    """Return the promise of rates set respectively for two or more parts of an indicator
    (城乡居民人均可支配收入分别增长6.5%和8%), judged by the first result giving as many rates of
    the same indicator (分别增长5.4%和8.0%): each must reach its own, about it for 左右; else
    short of the target with that sentence. ``results`` come in the order to search them (the
    plan's own year first). None when the plan sets no such rates or no result gives them."""
    if _RESPECTIVELY not in plan.key:
        return None
    planned = [f for f in extract_figures(plan.text) if f.unit == "%" and _RESPECTIVELY in norm_key(f.label or "")]
    label = norm_key(planned[0].label).replace(_RESPECTIVELY, "") if planned else ""
    if len(planned) < 2 or not _RESPECTIVE_RATE.search(label) \
            or any(norm_key(f.label).replace(_RESPECTIVELY, "") != label for f in planned):
        return None
    for measure in results:
        if not _PERCENT.search(measure.text):
            continue
        for sentence in split_sentences(measure.text):
            # -- 城镇…增长5.2%、农村…增长7.1% given apart are the 城乡… rates set together --
            given = [f for f in extract_figures(sentence) if f.unit == "%" and town_and_village_merged(
                norm_key(f.label or "").replace(_RESPECTIVELY, "")) == label]
            if len(given) != len(planned):
                continue
            evidence = Evidence(measure, sentence.strip(), 1.0, tuple(f.raw for f in given))
            if all(result.value >= aim.value * (1 - _ABOUT if aim.approx == "左右" else 1)
                   for aim, result in zip(planned, given)):
                return Promise("delivered", plan, (evidence,))
            return Promise("not_reported", plan, (), short_of=(evidence,))
    return None


#: A task that only names a direction is short: its indicator and how it should go.
_DIRECTION_MAX = 16


def _direction_topics(plan_key: str) -> frozenset[str]:
    """The growing indicators of a plan that names nothing but one of them and a direction
    (外贸进出口稳中提质, 居民收入稳步增长): one clause, no figure; empty for any other."""
    text = plan_key.rstrip(",;。.")
    if len(text) > _DIRECTION_MAX or re.search(r"[\d,;:]", text) or not _RISING.search(text):
        return frozenset()
    topics = indicator_topics(text)
    return topics if topics and topics <= _GROWING else frozenset()


__all__ = ["IN_STEP_GAP", "GrowthRates", "Rate", "in_step_promise", "respective_promise", "rising_promise",
           "rising_targets"]
