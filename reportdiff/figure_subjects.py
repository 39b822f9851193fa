"""Figures whose subject is another figure of the sentence.

Budget, plan, court and procuratorate reports state a ratio right after an amount
(一般公共预算收入640.6亿元，为预算的100.6%，增长4.6%; 民生支出762.8亿元，占一般公共预算支出的74.9%)
and list changes after several amounts (受理案件192874件，结案180215件，同比分别上升3.4%和5.1%).
The ratio is a property of the amount before it, and the growth after the ratio is still
the amount's; a 分别 list of changes gives each amount, in order, its own change, and a 分别
list of values each subject listed before it. A figure named only by a side, an act or a
target (；支出496.7亿元, 安排637亿元, 计划目标为5%) is the indicator's before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from . import lazy_re
from .figure_labels import _MAX_LABEL, FALLING, _clause_start, _label_before, rate_label
from .figure_lists import LIST_SEPARATORS, distributed_labels
from .normalize import key as norm_key

if TYPE_CHECKING:
    from .figures_extract import Figure

#: What stands between an amount and its ratio to plan (，为预算的 · 完成年初预算的 · 为调整预算的).
_TO_PLAN = lazy_re.compile(r"^[，,、 ]*(?:为|完成|达到|达|占)(?:年初|年度|调整后的?|调整)?(?P<plan>预算|计划|目标)(?:数)?的?$")
#: A ratio to plan written after its subject's name, no amount between (收入完成预算的100.6%).
_NAMED_TO_PLAN = lazy_re.compile(r"^(?P<subject>.{2,}?)(?:为|完成|达到)(?:年初|年度|调整后的?|调整)?(?P<plan>预算|计划|目标)(?:数)?的?$")
#: What stands between an amount and its share of a whole (，占一般公共预算支出的).
#: Only a share stated as such (占…的, 占…比重为): 占世界经济比重从11.4%提高到15% tells a level
#: of its own, named so.
_SHARE = lazy_re.compile(r"^[，,、 ]*占[^，,。；;：:！？!?从由]{1,16}?(?:的|(?:的)?(?:比重|比例)(?:为|达到|达))$")
#: A sentence ends here: no subject is looked for past it.
_SENTENCE_END = lazy_re.compile(r"[。；;！？!?\n]")
#: What stands between two values of a 分别 list: a separator, and the value's own direction
#: (分别增长25%、下降14.3%) or a minus sign (分别增长6%、-2%) when it differs from the list's.
_LISTED = lazy_re.compile(r"^[、和及与](?P<verb>增长|增加|上升|提高|提升|上涨|下降|降低|减少|下滑|回落|缩减)?(?P<sign>[-−－])?$")
#: A number with no unit ending a list of values (分别增长16.7%、0): a value all the same.
_BARE = lazy_re.compile(r"[、和及与][-−－]?\d+(?:\.\d+)?(?=[，,。；;、和及与）)]|$)")


def _listed_run(key: str, figures: list[Figure], first: int) -> list[tuple[int, str | None, bool]]:
    """The values of a list starting at ``first`` (same unit, joined as ``_LISTED`` allows), each
    with its own verb (None: the list's) and whether a minus sign stands before it."""
    run: list[tuple[int, str | None, bool]] = [(first, None, False)]
    i = first + 1
    while i < len(figures) and figures[i].unit == figures[first].unit and not figures[i].is_change:
        joined = _LISTED.match(key[figures[i - 1].end : figures[i].start])
        if joined is None:
            break
        run.append((i, joined["verb"], joined["sign"] is not None))
        i += 1
    return run


def inside_list(key: str, figures: list[Figure], target: int, stated: int) -> bool:
    """True when a change verb between ``target`` and ``stated`` is a 分别 list's own (分别增长3%、
    下降1%): the two are values of one list, not an amount and its change."""
    before, after = figures[target], figures[stated]
    start = _SENTENCE_END.search(key[::-1], len(key) - before.start)
    sentence = key[len(key) - start.start() if start else 0 : before.start]
    return before.unit == after.unit == "%" and "分别" in sentence \
        and _LISTED.match(key[before.end : after.start]) is not None


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


#: The two sides of a budget: a side named alone is the other side's budget (收入…；支出…).
_SIDES = {"支出": "收入", "收入": "支出"}
#: A plan's amount named only by its act (预期增长4%左右，安排637亿元) is the indicator's amount.
_ACTS = frozenset(("安排", "拟安排", "预算安排"))
#: A target named only as such (增长4.1%，计划目标为5%) is the indicator's before it.
_TARGETS = frozenset(("目标", "计划目标", "预期目标", "年度目标", "年初目标"))
#: What a rate's label ends with, dropped to name the indicator's amount.
_RATE_TAIL = lazy_re.compile(r"(?:预期|计划|力争)?(?:增长|增幅|增速|下降|降低|上涨)$")
#: Who a count of honours names only by collective or person (2个集体、9名个人受到…表彰).
_HONOURED = frozenset(("集体", "个人", "先进集体", "先进个人", "单位"))
_HONOURS = lazy_re.compile(r"表彰|表扬|嘉奖|记功|通报表扬")
#: How far a subject's figure may stand: the clause before, or a clause across a semicolon.
_CLAUSE_END = lazy_re.compile(r"[。！？!?\n]")


def neighbour_label(key: str, figures: list[Figure], end: int, label: str) -> str | None:
    """The label of a figure ending at ``end`` whose ``label`` names only a side, an act or a
    target, taken from the figure before it; or of a count of honoured collectives or persons,
    from what follows. None for any other label.

    社会保险基金预算收入528.3亿元，…；支出496.7亿元 → 社会保险基金预算支出; 收入预期增长4%左右，
    安排637亿元 → 一般公共预算收入; 一般公共预算收入增长4.1%，计划目标为5% → 一般公共预算收入增长
    目标; 2个集体、9名个人受到省级以上表彰 → 受表彰集体, 受表彰个人."""
    if label in _HONOURED:
        sentence = _CLAUSE_END.search(key, end)
        return "受表彰" + label if _HONOURS.search(key, end, sentence.start() if sentence else len(key)) else None
    if not figures or _CLAUSE_END.search(key, figures[-1].end, end) is not None:
        return None
    before = figures[-1]
    if label in _TARGETS:
        return before.label + "目标" if len(before.label) >= 2 else None
    if label in _ACTS:
        subject = _RATE_TAIL.sub("", before.label)
        return subject if len(subject) >= 2 and subject != before.label else None
    if label in _SIDES:
        side = next((f for f in reversed(figures) if f.unit != "%"), None)
        if side is not None and side.label.endswith(_SIDES[label]) and len(side.label) > 3:
            return side.label[: -len(label)] + label
    return None


def respective_changes(
    text: str, key: str, figures: list[Figure], start: int, after: int, stated_idx: int, target: int,
    ratios: frozenset[int],
) -> list[tuple[int, int, str, str | None, bool]] | None:
    """Pair a 分别 list of stated changes (同比分别上升3.4%和5.1%) with the amounts before it.

    ``start``/``after`` bound the change phrase (同比分别上升), ``stated_idx`` is the first
    listed value and ``target`` the amount right before the phrase. Returns (subject index,
    value index, phrase of that one change, its own verb or None, whether it is signed) in
    order, or None when the phrase says no 分别 or the amounts of the sentence are fewer than
    the values (城乡居民…分别增长4.6%和6.5% lists subjects without amounts: another reading, see
    ``distributed_labels``). A value with its own verb (分别增长25%、下降14.3%) is stated with
    it; a bare number ending the list (分别增长16.7%、0) is its subject's, no figure to give."""
    phrase = key[start:after]
    if "分别" not in phrase and not key.endswith("分别", 0, start):
        return None
    run = _listed_run(key, figures, stated_idx)
    values = [value for value, _, _ in run]
    bare, at = 0, figures[values[-1]].end
    while (found := _BARE.match(key, at)) is not None:
        bare += 1
        at = found.end()
    if len(values) + bare < 2:
        return None
    subjects = [target]
    while len(subjects) < len(values) + bare:
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
    # -- a value with its own verb is stated with it (同比下降14.3%), a sign with the list's verb --
    lead = _VERB_END.search(key, start, after)
    basis = said[: len(said) - (after - lead.start())] if lead is not None else said
    listed = []
    for s, (v, verb, sign) in zip(subjects, run):
        own = text[figures[v - 1].end + 1 : figures[v].start] if v != stated_idx else ""
        said_alone = (said if verb is None else basis) + own + text[figures[v].start : figures[v].end]
        listed.append((s, v, said_alone, verb, sign))
    return listed


#: The verb a change phrase ends with (同比分别增长 → 增长).
_VERB_END = lazy_re.compile(r"(?:增长|增加|上升|提高|提升|上涨|下降|降低|减少|下滑|回落|缩减|[增减降高低])了?$")


def link_respective(text: str, key: str, figures: list[Figure], m: re.Match[str], after: int, stated_idx: int,
                    target: int, ratios: frozenset[int], direction: int) -> bool:
    """Give each amount before a 分别 list of changes (同比分别上升3.4%和5.1%) its own change, in
    order, and return True; False, changing nothing, when ``respective_changes`` finds no such list.
    ``m`` is the change phrase's match (its ``verb`` and ``basis``), ``after`` where it ends."""
    from .figures_extract import ONE_YEAR_BASES, StatedChange  # -- figures_extract imports this module --

    listed = respective_changes(text, key, figures, m.start(), after, stated_idx, target, ratios)
    if listed is None:
        return False
    lead = norm_key(key[m.start() : after].rstrip("了").replace("分别", ""))
    for subject, value, said, verb, sign in listed:
        label = lead if verb is None else lead[: len(lead) - len(m["verb"])] + verb
        if (m["basis"] is None or m["basis"] in ONE_YEAR_BASES) and figures[value].unit == "%":
            label = rate_label(figures[subject].label + (verb or m["verb"]))
        # -- 增长-14.3% is a fall as 下降14.3% is --
        own = (direction if verb is None else -1 if verb in FALLING else 1) * (-1 if sign else 1)
        # -- a value that found its own subject is no undivided list value --
        stated = replace(figures[value], is_change=True, change_of=subject, label=label,
                         aspect=None if figures[value].aspect == "listed" else figures[value].aspect)
        figures[value] = stated
        figures[subject] = replace(figures[subject], comparison=StatedChange(
            direction=own, stated=stated, text=said, start=m.start(), end=stated.end, basis=m["basis"]))
    return True


#: A change named by no subject (五年增加70%以上, 、年均增长24%, 平均每天新增1.5万户): over a span or
#: at a rate, but of what the sentence counted before.
_SUBJECTLESS = lazy_re.compile(r"^(?:(?:\d{1,2}|[二三四五六七八九十]{1,2}|多)年)?(?:年均|平均每天|平均每年|每天|每年|日均)?"
                               r"(?:增长|增加|新增|净增|减少|下降|提高)$")
#: What a subject's label ends with that says how it moved, not what it is (新登记企业增长).
_MOVED = lazy_re.compile(r"(?:增加到|增长到|提高到|增长|增加|提高|下降|减少|降低|新增)$")


def subjects_of_changes(key: str, figures: list[Figure]) -> list[Figure]:
    """Name each change with no subject of its own (``_SUBJECTLESS``) by the subject of the nearest
    figure before it in the sentence that has one (各类市场主体达到9800多万户，五年增加70%以上 →
    各类市场主体五年增加; 新登记企业增长24.5%，平均每天新增1.5万户 → 新登记企业平均每天新增)."""
    subjectless = [not figure.is_change and _SUBJECTLESS.match(figure.label) is not None for figure in figures]
    for i, figure in enumerate(figures):
        if not subjectless[i]:
            continue
        for j in range(i - 1, -1, -1):
            before = figures[j]
            if _SENTENCE_END.search(key, before.end, figure.start) is not None:
                break
            if before.is_change or subjectless[j]:
                continue
            subject = _MOVED.sub("", before.label)
            if len(subject) >= 2:
                figures[i] = replace(figure, label=subject + figure.label)
            break
    return figures


def distribute(text: str, key: str, figures: list[Figure], floors: list[int]) -> list[Figure]:
    """Give each figure of a list after 分别 its own subject's label (基础设施、制造业投资分别
    增长9.4%、9.1%): the figures after the first took the first one's label."""
    i = 0
    # -- the subjects of the last 分别 list named apart, and where it ends --
    listed: tuple[int, list[str]] | None = None
    while i < len(figures):
        j = i + 1
        while (j < len(figures) and figures[j].label == figures[i].label and figures[j].unit == figures[i].unit
               and key[figures[j - 1].end : figures[j].start] in LIST_SEPARATORS):
            j += 1
        if (mixed := _mixed(text, key, figures, i, floors)) is not None:
            figures[i : i + len(mixed)] = mixed
            i += len(mixed)
            continue
        if j - i > 1:
            labels = distributed_labels(key, figures[i].start, floors[i], j - i, figures[i].aspect == "delta",
                                        figures[i].unit != "%")
            if labels is None and listed is not None and _SENTENCE_END.search(key, listed[0], figures[i].start) is None:
                labels = _listed_again(key, figures[i].start, floors[i], listed[1], j - i)
            if labels is not None:
                figures[i:j] = [replace(figure, label=label) for figure, label in zip(figures[i:j], labels)]
                listed = (figures[j - 1].end, [_MOVED.sub("", _RATE_TAIL.sub("", label)) or label for label in labels])
            elif "分别" in figures[i].label and figures[i].aspect is None:
                # -- 城乡居民人均可支配收入分别增长4.6%和6.5%: each the value of one subject, no
                #    subject named alone; compared only with such a list's values (not 增长5.6%) --
                figures[i:j] = [replace(figure, aspect="listed") for figure in figures[i:j]]
        i = j
    return figures


#: What a 分别 list's own clause may say before 分别 and still name no subject (，分别达到…; ，比上年分别…).
_NO_SUBJECT = lazy_re.compile(r"(?:并|且|人均|均|比上年|较上年|同比|全年)?")


def _listed_again(key: str, start: int, floor: int, subjects: list[str], count: int) -> list[str] | None:
    """The labels of a 分别 list at ``start`` whose clause names no subject (城镇和农村居民人均可支配收入
    分别增长5.1%和6.6%，分别达到52000元和23000元): the ``subjects`` of the list before it in the
    sentence, in order, with this list's verb; None when the clause names one or the counts differ."""
    clause = _clause_start(key, start, floor)
    head, found, verb = key[clause:start].rpartition("分别")
    if not found or len(subjects) != count or not _NO_SUBJECT.fullmatch(head):
        return None
    return [rate_label(norm_key(_label_before(subject + verb, _MAX_LABEL + len(subject)))) for subject in subjects]


def _mixed(text: str, key: str, figures: list[Figure], i: int, floors: list[int]) -> list[Figure] | None:
    """The rates of a 分别 list starting at ``i`` whose values change direction or sign inside
    (第一、第二产业增加值分别增长3.3%、下降1.0%; 分别增长6%、-2%), each named by its subject as
    the list names it (第二产业增加值增长), a value going the other way negative (下降1.0% → -1.0);
    None for no such list."""
    run = _listed_run(key, figures, i)
    if figures[i].unit != "%" or not any(verb or sign for _, verb, sign in run[1:]):
        return None
    lead = _VERB_END.search(key, floors[i], figures[i].start)
    if lead is None or not key.endswith("分别", floors[i], lead.start()):
        return None
    labels = distributed_labels(key, figures[i].start, floors[i], len(run))
    if labels is None:
        return None
    falling = lead.group().rstrip("了") in FALLING
    named = []
    for label, (v, verb, sign) in zip(labels, run):
        figure = figures[v]
        if verb is not None or sign:
            # -- the value as written, its verb or sign with it: 5.0% → 下降1.0% --
            start = figures[v - 1].end + 1
            against = (verb is not None and (verb in FALLING) != falling) != sign
            figure = replace(figure, value=-figure.value if against else figure.value,
                             raw=text[start : figure.end], start=start)
        named.append(replace(figure, label=label))
    return named


__all__ = ["distribute", "subjects_of_changes", "inside_list", "link_respective", "neighbour_label", "ratio_label", "respective_changes"]
