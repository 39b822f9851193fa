"""The roles the parser gives parts and paragraphs as it reads (:mod:`reportdiff.parse_outline`).

A part heading names its role (kinds.detect_role), but some need the report around them: a
heading naming only a year's work (2025年主要工作) plans that year when the report does; a part
of two roles (存在的问题及下一步工作打算) turns from problems to plans at the line that turns to the
work ahead; sections opening under a review of a term review that term.
"""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re
from .kinds import (NEXT_YEAR, ONE_YEAR_OPENING, THIS_YEAR, Kind, announces_plans, detect_kind, detect_role,
                    first_year, names_plan_period, names_work_only, opens_plans, opens_shortcomings, opens_term_review,
                    plans_years, reports_done, years_in)
from .models import Measure, Part, Role
from .normalize import key as norm_key

#: A paragraph opening on a year: 2025年，我部将…; 2026年是“十五五”开局之年。
_OPENING_YEAR = lazy_re.compile(r"^(?:在|到)?((?:19|20)\d{2})年")


class RoleRules:
    """The parser's rules for roles that depend on what it has read (a mixin of
    ``parse_outline.OutlineBuilder``: it reads ``part``, ``section``, ``parts``, ``name``, ``kind``,
    ``preamble`` and ``next_year``)."""

    def _mixed_role(self, text: str) -> Role | None:
        """A paragraph's role in a part of two roles without sections: from the paragraph that
        turns to the work ahead (下一步，…; 2025年，我部将… where the heading or the report's name
        plans 2025; a lead line naming the plans, 2026年工作打算如下：) on, plans; before it, the
        problems it opens on (同时也存在一些不足：…) or the part's own role."""
        assert self.part is not None
        opening = _OPENING_YEAR.match(norm_key(text))
        if self.part.plans_begun or opens_plans(text) or announces_plans(text) or (
                opening is not None and int(opening.group(1)) in self._plan_years() and not opens_shortcomings(text)):
            self.part.plans_begun = True
            return Role.PLANS
        return Role.SHORTCOMINGS if opens_shortcomings(text) else None

    def _plan_years(self) -> set[int]:
        """The years the current part of two roles plans: those its heading names in its plans
        conjunct, else the year the report's name plans (青山县2025年法治政府建设年度报告 → 2026)."""
        assert self.part is not None
        named = plans_years(self.part.container.title)
        if named:
            return named
        year = first_year(self.name)
        return {year + self.report_kind().plan_offset} if year is not None else set()

    def _item_role(self) -> Role | None:
        """An item's role where the container does not give it: plans once a part of two roles
        without sections has turned to them (下一步工作打算： / 1.… 2.…)."""
        part = self.part
        return Role.PLANS if part is not None and part.mixed and part.plans_begun and self.section is None else None

    def _reviews_term(self) -> bool:
        """Whether the sections about to open in the current part review a term: the nearest
        paragraph before them that names a period says which (过去一年，我们主要做了以下工作 /
        五年来，我们…主要做了以下工作), else the part's heading (过去五年工作回顾)."""
        assert self.part is not None
        for measure in reversed(self.part.container.measures):
            if opens_term_review(measure.text):
                return True
            if ONE_YEAR_OPENING.match(measure.key):
                return False
        return opens_term_review(self.part.container.title)

    def _role(self, heading: str) -> Role:
        """The role a part heading names; a heading that names none but the year after the one
        a review before it names (一、2024年工作回顾 … 二、全力做好2025年各项工作) plans that year,
        as does one that names only a year's work (二、2025年主要工作) when that is the year the
        report plans."""
        role = detect_role(heading)
        year = first_year(heading)
        if year is None and role is Role.RESULTS and names_work_only(heading):
            # -- 今年主要工作 is the report's own year: a 政府工作报告 plans it, a 法治 report or a
            #    工作总结 reviews it (明年 is the year after) --
            if NEXT_YEAR.search(heading):
                return Role.PLANS
            # -- …unless a later part plans 明年: a report given late in the year --
            if THIS_YEAR.search(heading) and not self.next_year and self.report_kind().plan_offset == 0:
                return Role.PLANS
            return role
        # -- one year only: 2021—2025年发展目标 is a five-year outline, not next year's plans; a
        #    year written without 年 (展望2025) names no year's work --
        if year is None or len(years_in(heading)) != 1:
            return role
        after_review = any(part.role is Role.RESULTS and first_year(part.title) == year - 1 for part in self.parts)
        # -- the report's name says which year it plans: 2025年主要工作 is a 2025 政府工作报告's
        #    plans but a 2025 法治 report's or 工作总结's review; without a year in the name,
        #    the review before it decides --
        named = first_year(self.name)
        plan_year = named + self.report_kind().plan_offset if named is not None else None
        if role is Role.OTHER:
            # -- 三、2025年工作 after 过去五年工作回顾, which names no single year --
            return Role.PLANS if after_review or year == plan_year else role
        if role is Role.RESULTS and names_work_only(heading):
            return (Role.PLANS if year == plan_year else role) if plan_year is not None else (
                Role.PLANS if after_review else role)
        return role

    def report_kind(self) -> Kind:
        """The report's kind as far as the header and preamble read so far tell it."""
        return self.kind or detect_kind(self.name + "\n".join(self.preamble)[:300])



def split_turn(text: str) -> tuple[str, str] | None:
    """A paragraph that opens on the problems and ends on the lead to the plans (当前工作中还存在
    一些不足：一是…；二是…。2025年，我们将重点做好以下工作：): its problems and its lead, so that the
    problems stay shortcomings and only what follows the lead plans; None for any other paragraph."""
    if not announces_plans(text) or not opens_shortcomings(text):
        return None
    cut = max(text.rfind(mark, 0, len(text) - 1) for mark in "。；;")
    if cut <= 0:
        return None
    head, tail = text[: cut + 1], text[cut + 1:]
    return (head, tail) if announces_plans(tail) and not announces_plans(head) else None


def results_before_problems(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """The parts with thematic headings (一、强化组织领导，夯实法治基础 / 二、坚持依法行政…) that
    report work done, before a report's shortcomings or plans, as its results: in a report no
    part of which is headed as a review, those parts are it (司法部, provincial and township 法治
    reports). A part is results when at least half its measures report work done (全年…, 已…,
    …了) and fewer plan; a five-year outline (“十四五”时期…) stays what it is."""
    if any(part.role is Role.RESULTS for part in parts):
        return parts
    ahead = next((i for i, part in enumerate(parts) if part.role in (Role.SHORTCOMINGS, Role.PLANS)), None)
    if ahead is None:
        return parts
    found = list(parts)
    for index, part in enumerate(parts[:ahead]):
        if part.role is not Role.OTHER or names_plan_period(part.title) or not _reports_results(part):
            continue
        found[index] = replace(
            part, role=Role.RESULTS, measures=_as_results(part.measures),
            sections=tuple(replace(section, measures=_as_results(section.measures)) for section in part.sections))
    return tuple(found)


def _reports_results(part: Part) -> bool:
    # -- a section may be its heading alone: （一）狠抓领导干部学法，全年开展中心组学法6次。 --
    texts = [measure.text for measure in part.all_measures()] + [
        section.title for section in part.sections if not section.measures]
    done = sum(map(reports_done, texts))
    return bool(texts) and done * 2 >= len(texts) and done > sum(opens_plans(text) for text in texts)


def _as_results(measures: tuple[Measure, ...]) -> tuple[Measure, ...]:
    """The measures of a part read as results: those that had only the part's role."""
    return tuple(replace(measure, role=Role.RESULTS) if measure.role is Role.OTHER else measure
                 for measure in measures)


__all__ = ["RoleRules", "results_before_problems", "split_turn"]
