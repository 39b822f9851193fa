"""Which measures and sections of a review tell of the whole term (过去五年…, 五年来…, 本届政府…).

A report at the end of a term (a new government's first congress: 2023, 2028 for provinces,
cities and counties) reviews last year and the five years side by side. Last year's one-year
review succeeds the new one-year review; the five-year review is material of its own, however
alike its words (——经济保持恢复发展 → ——经济发展再上新台阶), and the alignment keeps the two apart.
Promises look only for the results told of several years (``several_years_results``).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lazy_re
from .figures_years import SEVERAL_YEARS_OPENING, part_side
from .kinds import ONE_YEAR_OPENING
from .models import Measure, Part, Report, Role

#: A paragraph (normalised key) opening a review of the five years of a term: 过去五年…, 五年来…,
#: 这五年…, 回顾过去五年…, 第十二届…以来的五年…, 本届政府…, “十三五”时期…. Fewer years (三年来…)
#: are a campaign's, told inside a one-year review.
TERM_REVIEW_OPENING = lazy_re.compile(
    r"^(?:回顾)?(?:过去|近|这)?的?[五5]年(?:来|以来|间|中|里|,)|^(?:回顾)?(?:过去|近|这)的?[五5]年|"
    r"^[^,。]{0,30}以来的[五5]年|^本届政府|^[“\"‘']?十[一二三四五六七八九]五[”\"’']?(?:时期|期间|以来|规划实施以来)")


#: A review part's title naming the term (过去五年工作回顾, 过去五年和2022年工作回顾, 本届政府工作回顾,
#: “十三五”时期工作回顾); 2025年 is no five years.
TERM_TITLE = lazy_re.compile(r"(?<![\d一二三四六七八九十])[五5]年|本届政府|十[一二三四五六七八九]五[”\"’']?(?:时期|期间|工作|以来)")
#: A review part's first paragraph telling of the term as a whole (过去五年，…; 本届政府任期…): the
#: review is the term's though its title is the year's. 五年来… alone may open a one-year review's
#: retrospect of one campaign and is no such sign.
TERM_PART_OPENING = lazy_re.compile(
    r"^(?:回顾)?(?:过去|这)的?[五5]年|^本届政府|^[“\"‘']?十[一二三四五六七八九]五[”\"’']?(?:时期|期间|以来)")
#: An end-of-term report keeps its two reviews apart only when last year's is more than its one
#: summary paragraph (刚刚过去的2017年，…主要目标任务全面完成 amid a review of the five years).
ONE_YEAR_REVIEW_MIN = 2


@dataclass(frozen=True, slots=True)
class TermReview:
    """Ids of one report's measures and sections that review the term (not last year)."""

    measures: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()


def _reviews_the_term(part: Part) -> bool:
    """Whether a review part is the term's as a whole: its title names the term, or it opens on it."""
    if part_side(part) == "term" or TERM_TITLE.search(part.key):
        return True
    measures = part.all_measures()
    return bool(measures) and TERM_PART_OPENING.match(measures[0].key) is not None


def term_review(report: Report, least: int = ONE_YEAR_REVIEW_MIN) -> TermReview:
    """Return the measures and sections of ``report``'s review parts that tell of the term.

    Only a review that is the term's as a whole (``_reviews_the_term``) has any: a 五年来…
    paragraph inside a one-year review marks nothing. In a part titled for the term only
    (过去五年工作回顾) everything is the term's, elsewhere (过去五年和2022年工作回顾) the
    stretches from a paragraph opening on the term (a section's first, or one outside any
    section); a paragraph opening on one year (2022年，…, 过去一年…) turns back to the year
    wherever it stands, inside a section of the term's work too. The paragraphs on problems
    (我们也清醒看到…) are never the term's: they speak of today. A report with no review of
    last year beside the term's (``least`` measures, ``ONE_YEAR_REVIEW_MIN`` by default) keeps
    nothing apart."""
    measures: set[str] = set()
    sections: set[str] = set()
    one_year = 0
    for part in report.parts:
        if part.role is not Role.RESULTS:
            continue
        reviewed = part.all_measures()
        if not _reviews_the_term(part):
            one_year += sum(m.role not in (Role.SHORTCOMINGS, Role.PLANS) for m in reviewed)
            continue
        term = part_side(part) == "term"
        section_of = {m.id: s for s in part.sections for m in s.measures}
        for measure in reviewed:
            section = section_of.get(measure.id)
            if ONE_YEAR_OPENING.match(measure.key):
                term = False
            elif TERM_REVIEW_OPENING.match(measure.key) and (
                    section is None or measure is section.measures[0] or section.id in sections):
                term = True
            if measure.role in (Role.SHORTCOMINGS, Role.PLANS):
                continue
            if not term:
                one_year += 1
                continue
            measures.add(measure.id)
            if section is not None and (measure is section.measures[0] or section.id in sections):
                sections.add(section.id)
    if one_year < least:
        return TermReview()
    return TermReview(frozenset(measures), frozenset(sections))


def several_years_results(results: tuple[Measure, ...]) -> frozenset[str]:
    """Return the ids of the results that belong to a review of several years.

    A 政府工作报告 at the end of a term reviews the last year and then the five years
    (过去一年… then 过去五年…), and every result after 过去五年 is of the five years until a
    paragraph returns to one year.
    """
    found: set[str] = set()
    inside = False
    for measure in results:
        # -- a measure's key is its text's comparison key, made once when it was parsed --
        if SEVERAL_YEARS_OPENING.match(measure.key):
            inside = True
        elif ONE_YEAR_OPENING.match(measure.key):
            inside = False
        if inside:
            found.add(measure.id)
    return frozenset(found)


__all__ = ["ONE_YEAR_REVIEW_MIN", "TERM_PART_OPENING", "TERM_REVIEW_OPENING", "TERM_TITLE", "TermReview",
           "several_years_results", "term_review"]
