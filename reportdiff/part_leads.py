"""A part's lead (导语): the unnumbered paragraph a 政府工作报告's part opens on.

Before its first section (（一）) or point, a part of a 政府工作报告 frames itself in one
paragraph: the review's "过去一年，我们…", the plans' "今年是…关键一年，做好政府工作，要…". It
says what the part is about, not one measure of it; counted as new, dropped or modified it only
adds noise to the counts. It stays in the tree (its sentences still are evidence and framing) and
is shown as the part's lead; ``Match.lead`` keeps it out of the counts.

A 法治 report's part leads so only into numbered work (``numbered``): 一、主要工作及成效。全镇紧紧
围绕… before （一）, the leadership part's framing before its 一是, the plans' 2025年，我镇将重点抓好
以下工作： before 1.; written on the heading's line or on its own, it is the same lead. Its parts
are often unnumbered paragraphs only (a township's one-page report), each one a measure.
"""

from __future__ import annotations

from dataclasses import replace

from .models import MeasureKind, Part


def _lead_of(part: Part, numbered: bool = False):
    """The part's opening paragraph when it leads into more of the part (``numbered``: into its
    sections, items or points, directly), else None."""
    measures = part.all_measures()
    if not measures or (len(measures) < 2 and not part.sections):
        return None
    first = measures[0]
    # -- a paragraph of the part itself, first before any section, of the part's own role (not the
    #    review's turn to its problems), and a sentence (各位代表！ addresses, it leads nothing) --
    if (first.kind is not MeasureKind.PARAGRAPH or first.section_id is not None or first.role is not part.role
            or not any(mark in first.text for mark in "。，,")):
        return None
    if part.sections and part.sections[0].line < first.line:
        return None
    # -- a 法治 part's lead stands right before its first numbered measure or section (paragraphs
    #    after paragraphs are measures each) --
    if numbered and (len(measures) < 2 or not (measures[1].marker or measures[1].section_id is not None)):
        return None
    return first


def mark_leads(parts: tuple[Part, ...], *, numbered: bool = False) -> tuple[Part, ...]:
    """Return ``parts`` with each one's lead paragraph marked ``lead`` (``numbered``: only one that
    leads into numbered work, ``Kind.numbered_leads``)."""
    marked = []
    for part in parts:
        lead = _lead_of(part, numbered)
        if lead is not None:
            part = replace(part, measures=tuple(replace(m, lead=True) if m is lead else m for m in part.measures))
        marked.append(part)
    return tuple(marked)


__all__ = ["mark_leads"]
