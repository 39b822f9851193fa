"""Figures whose subject is another figure of the sentence.

Budget, plan, court and procuratorate reports state a ratio right after an amount
(一般公共预算收入640.6亿元，为预算的100.6%，增长4.6%; 民生支出762.8亿元，占一般公共预算支出的74.9%)
and list changes after several amounts (受理案件192874件，结案180215件，同比分别上升3.4%和5.1%).
The ratio is a property of the amount before it, and the growth after the ratio is still
the amount's; a 分别 list of changes gives each amount, in order, its own change.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .figure_labels import LIST_SEPARATORS

if TYPE_CHECKING:
    from .figures_extract import Figure

#: What stands between an amount and its ratio to plan (，为预算的 · 完成年初预算的 · 为调整预算的).
_TO_PLAN = re.compile(r"^[，,、 ]*(?:为|完成|达到|达|占)(?:年初|年度|调整后的?|调整)?(?P<plan>预算|计划|目标)(?:数)?的?$")
#: A ratio to plan written after its subject's name, no amount between (收入完成预算的100.6%).
_NAMED_TO_PLAN = re.compile(r"^(?P<subject>.{2,}?)(?:为|完成|达到)(?:年初|年度|调整后的?|调整)?(?P<plan>预算|计划|目标)(?:数)?的?$")
#: What stands between an amount and its share of a whole (，占一般公共预算支出的).
#: Only a share stated as such (占…的, 占…比重为): 占世界经济比重从11.4%提高到15% tells a level
#: of its own, named so.
_SHARE = re.compile(r"^[，,、 ]*占[^，,。；;：:！？!?从由]{1,16}?(?:的|(?:的)?(?:比重|比例)(?:为|达到|达))$")
#: A sentence ends here: no subject is looked for past it.
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def _subject(figures: list[Figure], key: str, start: int) -> Figure | None:
    """The amount of the sentence a ratio at ``start`` qualifies: the nearest one before it
    that is no ratio (a growth rate may stand between: 收入640.6亿元，增长4.6%，为预算的100.6%)."""
    for figure in reversed(figures):
        if _SENTENCE_END.search(key, figure.end, start) is not None:
            return None
        if figure.unit != "%":
            return figure
    return None


def ratio_label(key: str, figures: list[Figure], start: int, label: str) -> str | None:
    """The label of a ratio to plan or share at ``start``, named by its subject
    (一般公共预算收入完成预算, 民生支出占比), or None when the figure is no such ratio.

    ``label`` is the label read before the figure (为预算的, 收入完成预算的)."""
    if (named := _NAMED_TO_PLAN.match(label)) is not None and named["subject"] not in ("", "的"):
        return named["subject"] + "完成" + named["plan"]
    subject = _subject(figures, key, start)
    if subject is None:
        return None
    gap = key[subject.end : start]
    # -- a growth rate between (，增长4.6%，为预算的): the ratio's own words follow the last figure --
    gap = key[figures[-1].end : start] if figures[-1] is not subject else gap
    if (plan := _TO_PLAN.match(gap)) is not None:
        return subject.label + "完成" + plan["plan"]
    if _SHARE.match(gap) is not None:
        return subject.label + "占比"
    return None


def respective_changes(
    text: str, key: str, figures: list[Figure], start: int, after: int, stated_idx: int, target: int,
    ratios: frozenset[int],
) -> list[tuple[int, int, str]] | None:
    """Pair a 分别 list of stated changes (同比分别上升3.4%和5.1%) with the amounts before it.

    ``start``/``after`` bound the change phrase (同比分别上升), ``stated_idx`` is the first
    listed value and ``target`` the amount right before the phrase. Returns (subject index,
    value index, phrase of that one change) in order, or None when the phrase says no 分别
    or the amounts of the sentence are fewer than the values (城乡居民…分别增长4.6%和6.5%
    lists subjects without amounts: another reading, see ``distributed_labels``)."""
    phrase = key[start:after]
    if "分别" not in phrase and not key.endswith("分别", 0, start):
        return None
    values = [stated_idx]
    while (values[-1] + 1 < len(figures) and figures[values[-1] + 1].unit == figures[stated_idx].unit
           and key[figures[values[-1]].end : figures[values[-1] + 1].start] in LIST_SEPARATORS):
        values.append(values[-1] + 1)
    if len(values) < 2:
        return None
    subjects = [target]
    while len(subjects) < len(values):
        i = subjects[-1] - 1
        while i >= 0 and i in ratios:
            i -= 1  # -- 为预算的100.6% between two amounts is no subject of its own --
        if i < 0 or _SENTENCE_END.search(key, figures[i].end, figures[subjects[-1]].start) is not None:
            return None
        subjects.append(i)
    subjects.reverse()
    # -- each change as the report would state it alone: 同比上升5.1% --
    at = phrase.find("分别")
    said = text[start:after] if at < 0 else text[start : start + at] + text[start + at + 2 : after]
    return [(s, v, said + text[figures[v].start : figures[v].end]) for s, v in zip(subjects, values)]


def without_listing(figure: Figure) -> Figure:
    """A value of a 分别 list that found its own subject is no undivided list value."""
    return replace(figure, aspect=None) if figure.aspect == "listed" else figure


__all__ = ["ratio_label", "respective_changes", "without_listing"]
