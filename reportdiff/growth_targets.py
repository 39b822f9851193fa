"""Qualitative targets of a 政府工作报告 judged by the growth rates this year's review gives.

Some main targets name no figure but a direction: 进出口回稳向好, 居民收入稳步增长, or one growth
keeping pace with another (居民收入增长和经济增长基本同步). Words cannot show them met; the
review's growth rate of the indicator can (进出口增长14.2%; 居民人均可支配收入实际增长6.5% against
国内生产总值增长6.6%). Used by :mod:`reportdiff.promises`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .figures_extract import extract_figures
from .models import Measure, PlanSentence
from .normalize import key as norm_key
from .parse import split_sentences
from .plans import Evidence, Promise
from .targets import Target, indicator_topics

#: A target that one growth keeps pace with another (居民收入增长和经济增长基本同步).
_IN_STEP = re.compile(r"(?P<first>[^,;。]+?)(?:增长)?[和与同](?P<second>[^,;。]+?)增长(?:基本)?同步")
#: Two growth rates this many percentage points apart, or the first ahead, are in step.
IN_STEP_GAP = 1.0
#: A qualitative target that its indicator hold up or improve: met by a rise.
_RISING = re.compile(r"回稳|向好|提质|促稳|保稳|稳中有升|稳步增长|持续增长|稳定增长|较快增长")

Rate = tuple[float, Measure, str, str]
"""A growth rate, the result measure and sentence that give it, and the rate as written."""


def growth_rate(topics: frozenset[str], results: Sequence[Measure], changes: Iterable) -> Rate | None:
    """Return the first growth rate of an indicator about ``topics`` in ``results`` (searched in
    their order), or None. A rate is the indicator's own growth (…增长6.5%): not a share in
    growth (对世界经济增长贡献率), not an average over years (年均增长). A rate whose words do not
    name it (国内生产总值达到…，增长6.7%) is known from the plan figure it was paired with
    (``changes``, figure changes of kind ``plan_result``)."""
    for measure in results:
        for sentence in split_sentences(measure.text):
            for figure in extract_figures(sentence):
                if (figure.unit == "%" and figure.label.endswith("增长") and "年均" not in figure.label
                        and topics & indicator_topics(figure.label)):
                    return figure.value, measure, sentence.strip(), figure.label + figure.raw
    by_id = {measure.id: measure for measure in results}
    for change in changes:
        measure = by_id.get(change.new_measure)
        if (measure is not None and change.new.unit == "%" and change.old.aspect != "from"
                and topics & indicator_topics(change.label or "")):
            sentence = next((s.strip() for s in split_sentences(measure.text) if change.new.raw in s), measure.text)
            return change.new.value, measure, sentence, change.label + change.new.raw
    return None


def in_step_promise(plan: PlanSentence, results: Sequence[Measure], changes: Iterable) -> Promise | None:
    """Return the promise of a target that one growth keeps pace with another, judged by the
    two rates the results give, or None when the plan is no such target or the results do not
    give both rates. ``results`` come in the order to search them: the plan's own year before
    a review of several years."""
    match = _IN_STEP.search(plan.key)
    if match is None:
        return None
    first, second = (indicator_topics(match[name] + "增长") for name in ("first", "second"))
    if not first or not second or first & second:
        return None
    changes = list(changes)
    leading, pace = growth_rate(first, results, changes), growth_rate(second, results, changes)
    if leading is None or pace is None:
        return None
    if leading[0] < pace[0] - IN_STEP_GAP:
        return Promise("not_reported", plan, ())
    # -- the two rates as the review writes them are what a reader compares --
    rate, measure, sentence, written = leading
    return Promise("delivered", plan, (Evidence(measure, sentence, 1.0, (written, pace[3])),))


def rising_promise(plan: PlanSentence, targets: Iterable[Target], results: Sequence[Measure],
                   changes: Iterable) -> Promise | None:
    """Return the promise of a main target without a figure that its indicator hold up or
    improve (进出口回稳向好), judged by the indicator's growth rate in the results: met by a
    rise, not by a fall; None when the plan is no such target or the results give no rate."""
    for target in targets:
        if target.value is None and target.topics and _RISING.search(target.text) \
                and norm_key(target.text).rstrip(",;。.") in plan.key:
            found = growth_rate(target.topics, results, changes)
            if found is None:
                return None
            rate, measure, sentence, written = found
            if rate <= 0:
                return Promise("not_reported", plan, ())
            return Promise("delivered", plan, (Evidence(measure, sentence, 1.0, (written,)),))
    return None


__all__ = ["IN_STEP_GAP", "growth_rate", "in_step_promise", "rising_promise"]
