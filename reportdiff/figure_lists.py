"""Labels of the figures listed after 分别 (基础设施、制造业投资分别增长9.4%、9.1%): one for each
subject named before it, the town's and the village's where 城乡 names both."""

from __future__ import annotations

import re

from . import lazy_re
from .figure_labels import (_ADDED, _GENERIC_VERBS, _LEAD_TRIM, _MAX_LABEL, _POLICY_VERBS, LEAD_MARKER, _clause_start,
                            _label_before, _strip_words, rate_label)
from .normalize import key as _norm_key
from .segmenters import DOMAIN_TERMS

#: What joins the subjects of a 分别 list, and the figures listed after it (9.4%、9.1%).
LIST_SEPARATORS = ("、", "和", "及", "与")
#: …never the first character of a name (和美乡村): no separator there.
_ENUMERATION = lazy_re.compile("|".join(
    re.escape(separator) + "".join(f"(?!{re.escape(term[len(separator):])})" for term in DOMAIN_TERMS
                                   if term.startswith(separator))
    for separator in LIST_SEPARATORS))
_LIST_VERBS = tuple(sorted(_GENERIC_VERBS, key=len, reverse=True)) + _POLICY_VERBS


#: Words that open what listed subjects share (a basis, a standard, a limit): 居民医保和基本公共卫生
#: 服务经费人均财政补助标准 share 人均财政补助标准.
_SHARED_OPENERS = frozenset(("人均", "每人", "户均", "财政补助", "补助标准", "标准", "最低标准", "限额"))


#: A ratio's basis the first of the listed subjects names for all (单位国内生产总值用水量、能耗).
_PER_OUTPUT = lazy_re.compile(r"(?:单位|万元)(?:国内|地区)生产总值|(?:单位|万元)GDP")


#: The town and the village a 城乡 subject names (城乡居民人均可支配收入分别达到…、…).
_TOWNS = ("城镇", "城市")
_VILLAGE = "农村"
_TOWN_AND_VILLAGE = lazy_re.compile(r"^(?P<lead>.{0,4}?)城乡(?P<rest>.{2,})$")
#: A period a standard is given per, after the verb (提高到每月800元, 达到每人每年…).
_PER_PERIOD = lazy_re.compile(r"(?:每人)?每(?:月|年|天|日)$")


def town_and_village_merged(label: str) -> str:
    """One name for the town's and the village's figure of an indicator (城镇居民人均可支配收入,
    农村居民… → 城乡居民…): how a target set 分别 for both names them."""
    for part in _TOWNS + (_VILLAGE,):
        if label.startswith(part):
            return "城乡" + label[len(part):]
    return label


def _town_and_village(subject: str) -> list[str] | None:
    """The two subjects of 城乡… before 分别 (城乡低保标准 → 城镇低保标准, 农村低保标准), or None."""
    found = _TOWN_AND_VILLAGE.match(subject)
    if found is None:
        return None
    return [found["lead"] + _TOWNS[0] + found["rest"], found["lead"] + _VILLAGE + found["rest"]]


def distributed_labels(key: str, start: int, floor: int, count: int, delta: bool = False,
                       amounts: bool = False) -> list[str] | None:
    """Return the labels of ``count`` figures listed after 分别 (…分别增长9.4%、9.1%), one for
    each of the subjects listed before it, or None when the clause is no such list or the
    counts differ.

    The subjects share what follows the last of them: 基础设施、制造业投资分别增长 gives
    基础设施投资增长 and 制造业投资增长. The last subject is taken as long, in words, as the
    first (装备制造业 of 装备制造业增加值, as 高技术制造业 is two words), and the rest is shared.
    ``delta``: the figures are amounts added (再提高30元), named as final_label names them.
    ``amounts``: the figures are amounts, not rates: 城乡… before them names the town's and the
    village's (城乡居民人均可支配收入分别达到44800元、25500元), in that order.
    """
    clause = _clause_start(key, start, floor)
    head, found, verb = key[clause:start].rpartition("分别")
    if not found or count < 2:
        return None
    begin = clause
    while begin - 1 > floor and key[begin - 1] == "、":
        begin = _clause_start(key, begin - 1, floor)
    items = [item for item in _ENUMERATION.split(key[begin:clause] + head) if item]
    if amounts and count == 2 and len(items) == 1:
        items = _town_and_village(items[0]) or items
    if len(items) != count:
        return None
    from .segment import tokenize  # -- only for such lists: the dictionary loads lazily --

    items[0] = _strip_words(LEAD_MARKER.sub("", items[0]), _LEAD_TRIM, lead=True)
    # -- the verb before the list is no subject: 受理行政复议和行政诉讼案件 --
    items[0] = _strip_words(items[0], _LIST_VERBS, lead=True)
    words, first = tokenize(items[-1]), tokenize(items[0])
    size = len(first)
    # -- a per-head basis or a standard opens the tail the subjects share (基本公共卫生服务经费|人均
    #    财政补助标准), however many words the last subject has --
    size = next((i for i, word in enumerate(words) if i and word in _SHARED_OPENERS), size)
    if len(first) == 1 and first[0] in _TOWNS and items[-1].startswith(_VILLAGE):
        # -- 城镇和农村居民人均可支配收入: the village is named as the town is, the rest shared --
        words, size = (_VILLAGE,) + tuple(tokenize(items[-1][len(_VILLAGE):])), 1
    # -- subjects ending alike are whole names (规上工业企业、专精特新小巨人企业; 和美乡村示范村和美丽乡村
    #    精品村, however the words fall): nothing shared --
    shared = "".join(words[size:]) if len(words) > size and words[-1] != first[-1] else ""
    shared = "" if items[0].endswith(shared) else shared
    if shared:
        items[-1] = "".join(words[:size])
    if items[-1].startswith(_VILLAGE):
        # -- 全体、城镇和农村居民…: the town and the whole are named as the village after them (城镇居民) --
        items[:-1] = [item + items[-1][len(_VILLAGE):] if item in (*_TOWNS, "全体") else item for item in items[:-1]]
    # -- each subject named whole: the shared tail is what the list adds to each name --
    verb = _PER_PERIOD.sub("", verb)  # -- 提高到每月800元: the period is the standard's, not its name --
    if (basis := _PER_OUTPUT.match(items[0])) and len(items[0]) > basis.end() + 1:
        # -- 单位国内生产总值用水量、能耗…: each ratio is per unit of output, as the first says --
        items[1:] = [item if _PER_OUTPUT.match(item) else basis.group() + item for item in items[1:]]
    labels = [_norm_key(_label_before(item + shared + verb, _MAX_LABEL + len(shared) + (basis.end() if basis else 0))) for item in items]
    if delta:
        # -- 补助标准分别再提高30元、5元 add to levels, as final_label names such amounts --
        return [label[: found.start()] + "增加" if (found := _ADDED.search(label)) else label for label in labels]
    return [rate_label(label) for label in labels]


__all__ = ["LIST_SEPARATORS", "distributed_labels", "town_and_village_merged"]
