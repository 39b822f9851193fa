"""A shortcoming about a body's own people (少数干警…作风还有差距) and the plan that builds their
ranks (（六）加强法院队伍建设。…培训干警…): which people each names (used by plans.py).

Moved out of :mod:`reportdiff.plans` to keep it under the module size limit.
"""

from __future__ import annotations

from . import lazy_re
from .models import PlanSentence, Report
from .normalize import key as norm_key

#: What a body calls its own people (干警, 干部…), and its ranks (队伍).
_PERSONNEL = lazy_re.compile(r"干警|干部|法官|检察官|检察人员|公务员|工作人员|执法人员")
_RANKS = "队伍"
#: The two characters before 队伍 that say which ranks (执法队伍, 人才队伍) unless they are a verb
#: or praise (加强队伍建设, 锻造过硬队伍): those are the body's own ranks, any of its people.
_NOT_WHICH = frozenset("加强 强化 建设 打造 锻造 过硬 一支 整体 自身 全市 全区 全县 全省".split())
#: A plan about building those people's ranks (加强法院队伍建设, 建设过硬干部队伍).
_TEAM_BUILDING = lazy_re.compile(r"队伍建设|建设[^,;。]{0,8}队伍|队伍[^,;。]{0,2}建设")


def people(text_key: str) -> frozenset[str]:
    """Return the people ``text_key`` names: personnel words, and each 队伍 as which ranks
    (执法队伍) or, unqualified, bare 队伍."""
    found = set(_PERSONNEL.findall(text_key))
    at = text_key.find(_RANKS)
    while at >= 0:
        which = text_key[max(at - 2, 0):at]
        bare = len(which) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in which) \
            or which in _NOT_WHICH or which[-1] in "的化"
        found.add(_RANKS if bare else which + _RANKS)
        at = text_key.find(_RANKS, at + 1)
    return frozenset(found)


def same_people(problem: frozenset[str], team: frozenset[str]) -> bool:
    """Whether a shortcoming's people are those a 队伍建设 plan builds: a word both name, or the
    body's ranks unqualified (队伍专业化水平有待提高; 加强队伍建设) on either side."""
    return bool(problem) and bool(team) and (not problem.isdisjoint(team) or _RANKS in problem or _RANKS in team)


def team_building(report: Report, plans: tuple[PlanSentence, ...]) -> list[frozenset[str]]:
    """Return, for each plan sentence, the people whose 队伍建设 it serves (none if it is no
    such plan): read with the heading above it, as （六）加强法院队伍建设 leads every sentence
    of its item, and naming the people in either (法院队伍, and 干警 in 培训干警…)."""
    headings = {m.id: norm_key(m.section_title + "," + m.title) for m in report.measures}
    found = []
    for plan in plans:
        context = headings.get(plan.block_id, "") + "," + plan.key
        found.append(people(context) if _TEAM_BUILDING.search(context) else frozenset())
    return found


__all__ = ["people", "same_people", "team_building"]
