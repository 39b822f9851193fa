"""Last year's figure targets against this year's results: is a target met (``target_met``), and
the promise of a plan sentence whose figure is followed into the review (``target_promise``)."""

from __future__ import annotations

from . import lazy_re
from .figures_extract import LOWER_BOUNDS, UPPER_BOUNDS, extract_figures
from .models import Measure, PlanSentence
from .normalize import key as norm_key
from .plans import Evidence, Promise
from .promise_sentences import naming_sentence

#: Targets that are ceilings: a result below them meets them (居民消费价格涨幅3%左右 met by 2%).
_CEILING = lazy_re.compile(r"涨幅|上涨|失业率|赤字率|负债率|杠杆率|死亡|事故|债务")
#: Qualifiers of a target at most; any other but "about" (以上, 超过…, or none) is at least.
_AT_MOST = ("以内", "以下", *UPPER_BOUNDS, "不到", "低于", "控制在")
#: 左右 (about) allows this relative shortfall; a figure without a qualifier
#: (研发经费投入强度提高到2.25%) must be reached.
_ABOUT = 0.05
_APPROXIMATE = ("左右", "约", "近", "大约", "上下")
#: A result stated as a floor (突破1万亿元, 超过…, …以上): at least that much, so it meets a target of
#: that much, and no more than that is proved (a higher target is not shown met).
RESULT_FLOORS = ("突破", "超过", "超", "逾", "以上", *LOWER_BOUNDS)
#: A result stated as just short of its figure (近1万亿元): below it.
_RESULT_BELOW = ("近", "不到", "不足")
#: Lower bounds a range target may pair with its upper one (不低于5%、不高于8%).
_AT_LEAST_BOUNDS = ("以上", *LOWER_BOUNDS)


#: A level the plan caps (用水量控制在40立方米, 开办时间压缩至1个工作日): at most, on the words
#: just before the figure.
_CAPPED = lazy_re.compile(r"(?:控制|压缩|压减|缩短|降|降低|下降|减少|减)(?:在|至|到)$|不超过$|低于$")
#: An amount cut (化解债务500亿元, 死亡人数下降5%, 能耗降低3%): the more the better, whatever
#: the indicator, on the label's end or the words before the figure.
_CUT_VERBS = "降低|下降|减少|化解|压减|削减|压降|压缩|退出|淘汰|去除"
_CUT = lazy_re.compile(rf"^(?:再)?(?:{_CUT_VERBS})|(?:{_CUT_VERBS})$")


def target_met(change, before: str = "") -> bool:
    """Return True when this year's result meets last year's plan figure (a ``plan_result``
    FigureChange): at least / at most as its qualifier or the words ``before`` the figure say
    (控制在…, 压缩至…), a ceiling for indicators where less is better (涨幅, 失业率, 赤字率…)
    unless the figure is an amount cut, about it for 左右, and reached for a bare figure. A
    planned cut (能耗降低3%左右, 化解债务500亿元) is an amount like any other: a cut of 2.7%
    falls short of 3%. A range (选取3至5项) is met from its lower end up (or, capped, up to its top)."""
    plan, result = change.old.value, change.new.value
    qualifier = change.old.approx or ""
    reached = getattr(change.new, "approx", None) or ""
    # -- the words are read on the Simplified key: a Traditional label (居民消費價格漲幅) is a ceiling too --
    before, label = norm_key(before), norm_key(change.label or "")
    cut = _CUT.search(label) or _CUT.search(before)
    if qualifier in _AT_MOST or _CAPPED.search(before) or (not cut and _CEILING.search(label)):
        if reached in RESULT_FLOORS:
            return False  # -- 超过5% says how far up it went, never that it stayed under a cap --
        return result <= plan * (1 + _ABOUT) if qualifier in _APPROXIMATE else result <= plan
    if reached in _RESULT_BELOW and qualifier not in _APPROXIMATE:
        return result > plan  # -- 近1万亿元 is short of 1万亿元; 近1.2万亿元 is past it --
    lower = getattr(change.old, "lower", None)  # -- a figure-like plan (tests) may carry none --
    if lower is not None:
        return result >= lower
    if qualifier not in _APPROXIMATE:  # -- at least (以上…), or a bare figure to reach --
        return result >= plan
    return result >= plan * (1 - _ABOUT)


def target_promise(plan: PlanSentence, changes: list, new_measures: dict[str, Measure],
                    span: tuple[int, int] | None, by_block: dict[str, list] | None = None,
                    spanning: frozenset[str] = frozenset()) -> Promise | None:
    """Return the promise of a plan sentence that sets a figure followed into this year's
    results: delivered with the result sentence when the result meets it, else not reported.
    ``span`` is where the plan stands in its block's text (None when unknown); ``by_block``,
    the ``changes`` by the block they stand in (in order), when grouped already; ``spanning``,
    the results of a review of several years."""
    # -- the figure must stand in this sentence, not only the same digits (3%左右 is both the
    #    price target and the energy target of one paragraph); the start of 从75%提高到100% is
    #    where the plan begins, not what it promises --
    def followed(change) -> bool:
        return change.old.raw in plan.text and change.new_measure in new_measures and change.old.aspect != "from"

    in_block = changes if by_block is None else by_block.get(plan.block_id, ())
    mine = [c for c in in_block if c.old_measure == plan.block_id and followed(c)
            and (span is None or span[0] <= c.old.start < span[1])]
    # -- a target stated twice (粮食产量稳定在1300万吨以上 among the main targets and again
    #    among the tasks) is paired once: the twin is judged by that pair --
    for change in changes:
        if followed(change) and all(change.old.raw != c.old.raw for c in mine) and change.old.label \
                and norm_key(change.old.label) in plan.key:
            mine.append(change)
    if not mine:
        return None
    evidence: dict[tuple[str, str], Evidence] = {}
    for change in mine:
        measure, sentence = naming_sentence(plan, change, new_measures, spanning)
        found = Evidence(measure, sentence, 1.0, (change.label,))
        at = plan.text.find(change.old.raw)
        if not target_met(change, plan.text[max(at - 4, 0):at] if at >= 0 else "") or not _within_bounds(plan, change):
            return Promise("not_reported", plan, (), short_of=(found,))
        # -- GDP and jobs met in one result sentence: that sentence once --
        evidence.setdefault((measure.id, sentence), found)
    return Promise("delivered", plan, tuple(evidence.values()))


def _within_bounds(plan: PlanSentence, change) -> bool:
    """A range target (纠错率不低于5%、不高于8%) pairs one bound with the result; the result must
    keep the plan's other bounds of the same indicator too."""
    if not change.old.approx:
        return True
    result = change.new.value
    for bound in extract_figures(plan.text):
        if bound.raw == change.old.raw or bound.unit != change.old.unit or bound.label != change.old.label:
            continue
        if bound.approx in _AT_MOST and result > bound.value or bound.approx in _AT_LEAST_BOUNDS and result < bound.value:
            return False
    return True


__all__ = ["target_met", "target_promise"]
