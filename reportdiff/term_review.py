"""Which measures and sections of a review tell of the whole term (过去五年…, 五年来…, 本届政府…).

A report at the end of a term (a new government's first congress: 2023, 2028 for provinces,
cities and counties) reviews last year and the five years side by side. Last year's one-year
review succeeds the new one-year review; the five-year review is material of its own, however
alike its words (——经济保持恢复发展 → ——经济发展再上新台阶), and the alignment keeps the two apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures_years import part_side
from .kinds import ONE_YEAR_OPENING
from .models import Report, Role

#: A paragraph (normalised key) opening a review of the five years of a term: 过去五年…, 五年来…,
#: 这五年…, 回顾过去五年…, 第十二届…以来的五年…, 本届政府…, “十三五”时期…. Fewer years (三年来…)
#: are a campaign's, told inside a one-year review.
TERM_REVIEW_OPENING = re.compile(
    r"^(?:回顾)?(?:过去|近|这)?的?[五5]年(?:来|以来|间|中|里|,)|^(?:回顾)?(?:过去|近|这)的?[五5]年|"
    r"^[^,。]{0,30}以来的[五5]年|^本届政府|^[“\"‘']?十[一二三四五六七八九]五[”\"’']?(?:时期|期间|以来|规划实施以来)")


@dataclass(frozen=True, slots=True)
class TermReview:
    """Ids of one report's measures and sections that review the term (not last year)."""

    measures: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()


def term_review(report: Report) -> TermReview:
    """Return the measures and sections of ``report``'s review parts that tell of the term.

    In a part titled for the term (过去五年工作回顾) everything does, but a stretch from a
    paragraph opening on one year (刚刚过去的2017年…, 过去一年…) to one opening on the term
    again; elsewhere (过去一年和五年工作回顾) the stretches from a paragraph opening on the
    term. A section takes the stretch it opens in, whatever its paragraphs open with; the
    paragraphs on problems (我们也清醒看到…) are never the term's: they speak of today."""
    measures: set[str] = set()
    sections: set[str] = set()
    for part in report.parts:
        if part.role is not Role.RESULTS:
            continue
        term = part_side(part) == "term"
        section_of = {m.id: s for s in part.sections for m in s.measures}
        for measure in part.all_measures():
            section = section_of.get(measure.id)
            if section is not None and section.id in sections:
                measures.add(measure.id)
                continue
            if section is None or measure is section.measures[0]:
                if ONE_YEAR_OPENING.match(measure.key):
                    term = False
                elif TERM_REVIEW_OPENING.match(measure.key):
                    term = True
            if term and measure.role not in (Role.SHORTCOMINGS, Role.PLANS):
                measures.add(measure.id)
                if section is not None:
                    sections.add(section.id)
    return TermReview(frozenset(measures), frozenset(sections))


__all__ = ["TERM_REVIEW_OPENING", "TermReview", "term_review"]
