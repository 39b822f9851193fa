"""Coverage and beneficiaries: a count of the people a scheme covers or benefits
(基本医疗保险覆盖13.5亿人, …制度，惠及2100多万人, …补贴，约6700万人受益) is named by the scheme, from the
words before the verb or the clause before it, and what is counted (人数, 人次, the noun after the
number); never by the verb alone (覆盖, 惠及) nor by nothing."""

from __future__ import annotations

import re
from typing import Callable

from . import lazy_re

#: The verbs of covering or benefiting, as they stand before the number (惠及2100多万人).
_BEFORE = ("覆盖", "惠及", "受惠", "受益")
#: …or after it and its noun (3700多万学生受益, 约6700万人受益).
_AFTER = lazy_re.compile(r"(?P<noun>[\u4e00-\u9fff]{0,6}?)(?P<verb>受益|受惠|获益)(?=[，,。；;、！？!?）)\n]|$)")
#: A label that names nothing of the count (已有1700多万人次受益).
_NO_NAME = frozenset(("", "有", "已有", "共有", "约有", "其中"))
#: What is counted, by unit, when no noun follows the number.
_COUNTED = {"人": "人数", "人次": "人次", "户": "户数"}
#: When and how much, not what covers (每年惠及, 累计惠及).
_WHEN = lazy_re.compile(r"^(?:每年|全年|当年|累计|共|已经|已|先后|直接)+|(?:每年|全年|当年|累计|共|已经|已|先后|直接)+$")
#: The acts a scheme is brought in by: what follows is the scheme (发放价格补贴, 实现跨省直接结算).
_ACTS = lazy_re.compile(r"加大|提高|扩大|实施|实现|建立|推行|开展|落实|推进|出台|启动|完善|设立|推广|开通|提供|发放"
                        r"|减免|免除|改造|建设|整治")
#: Acts that, done, are the works themselves (改造城镇老旧小区 → 城镇老旧小区改造).
_WORKS = ("改造", "建设", "整治")
#: What a scheme's clause ends on that is no part of its name (…资助力度, …补助标准).
_MEASURE_TAIL = lazy_re.compile(r"(?:每人|每年|人均|最高|最低)*(?:力度|标准|额度|金额|范围|水平|工作)$")
#: How far a scheme came before its act (大病保险制度基本建立).
_STATE_TAIL = lazy_re.compile(r"(?:基本|全面|初步|已经|已)$")
#: A change or level stated of the scheme's members (参保人数增加1.4亿、覆盖10.5亿人): the scheme is before.
_LEVEL_TAIL = lazy_re.compile(r"(?:增加|增长|提高|扩大|达到|达)$")
_HEADCOUNT_TAIL = lazy_re.compile(r"(?:参保人数|参保人员|人数)$")
_QUOTE_MARKS = lazy_re.compile(r"[“”「」『』《》\"‘’]")
_OPENING = ("对", "向", "为", "给")
_SCHEME_LIMIT = 12
_SHARE_OF = lazy_re.compile(r"的?(?P<noun>[\u4e00-\u9fff]{2,8}?)(?=[，,。；;、！？!?\n]|$)")


def _scheme(clause: str) -> str:
    """The scheme a clause brings in (向低收入群众发放价格补贴 → 价格补贴), "" when none is named."""
    clause = _QUOTE_MARKS.sub("", clause)
    if digit := re.search(r"\d", clause):
        clause = clause[: digit.start()]  # -- 改造城镇老旧小区16.7万个: the works, not their count --
    acts = list(_ACTS.finditer(clause))
    if acts:
        act = acts[-1]
        name = _MEASURE_TAIL.sub("", clause[act.end():])
        name = name[1:] if name.startswith(_OPENING) else name
        if len(name) >= 2:
            name = name + act.group() if act.group() in _WORKS else name
        else:
            # -- 大病保险制度基本建立, 助学贷款每人每年最高额度提高: what was set up or raised --
            name = _MEASURE_TAIL.sub("", _STATE_TAIL.sub("", clause[: act.start()]))
    else:
        name = _MEASURE_TAIL.sub("", _HEADCOUNT_TAIL.sub("", _LEVEL_TAIL.sub("", clause)))
    if len(name) > _SCHEME_LIMIT:
        from .segment import tokenize  # -- jieba only for a long name: cut between words --

        kept = ""
        for token in reversed(tokenize(name)):
            if len(kept) + len(token) > _SCHEME_LIMIT:
                break
            kept = token + kept
        name = kept
    name = name[1:] if name.startswith(("和", "及", "与", "并")) else name  # -- 困难和重度残疾人…: no conjunction first --
    return name if len(name) >= 2 else ""


def beneficiary_label(key: str, m: re.Match[str], label: str, clause_start: int,
                      counted_after: Callable[[], str]) -> str | None:
    """The label of a count of people covered or benefiting (``m``, read ``label`` so far, its
    clause starting at ``clause_start``): the scheme, the verb and what is counted
    (两项补贴制度惠及人数, 价格补贴受益人数), or the verb and what is counted (覆盖人数) when no scheme
    is named; None for any other figure."""
    after = _AFTER.match(key, m.end())
    verb = next((v for v in _BEFORE if label.endswith(v)), None)
    if verb is not None:
        scheme = _WHEN.sub("", label[: -len(verb)])
        noun = counted_after()
    elif after is not None and (label in _NO_NAME or label == after["noun"]):
        verb, scheme, noun = after["verb"], "", after["noun"]
    else:
        return None
    if m["unit"] == "%":
        # -- 覆盖80%以上的大城市: a share of what is covered --
        covered = _SHARE_OF.match(key, m.end())
        noun = covered["noun"] + "比例" if covered else ""
    noun = noun if len(noun) >= 2 else _COUNTED.get(m["unit"] or "", "")
    if not noun:
        return None
    if len(scheme) < 2 and clause_start > 0 and key[clause_start - 1] in "，,、":
        # -- …制度，惠及2100多万人: the scheme is the clause's before, in one sentence (a figure
        #    may end it: 参保人数增加1.4亿、覆盖10.5亿人) --
        start = clause_start - 1
        while start > 0 and key[start - 1] not in "，,、。；;：:！？!?\n":
            start -= 1
        scheme = _scheme(key[start : clause_start - 1])
    return (scheme if len(scheme) >= 2 else "") + verb + noun


__all__ = ["beneficiary_label"]
