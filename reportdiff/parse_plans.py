"""The plan sentences of a parsed report: what a plans part promises, sentence by sentence.

A plans measure's sentences are each a plan, less what only names or announces them: a lead-in
(下一步工作打算：), an item that only heads its sub-items, a point's title sentence, a section
heading over its body; the paragraphs on a plan period's goals in a part of the period and the
year are framing.
"""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re
from .kinds import detect_role, is_framing, names_a_part
from .plan_framing import closing_paragraphs
from .models import Measure, MeasureKind, Part, PlanSentence, Role, Section
from .normalize import key as norm_key
from .parse_leads import lead_of
from .parse_markers import split_sentences
from .parse_titles import heads_a_list, opens_on_a_title

#: Longest paragraph read as a lead-in to the plans that follow (下一步工作打算：).
_LEAD_IN_MAX = 16
#: The last clause of a paragraph that announces the list after it, however long the paragraph
#: (…，重点做好以下工作：, 拟采取如下措施：, 主要是：), on the comparison key (, and :).
_ANNOUNCES = lazy_re.compile(r"(?:^|,)[^,]*?(?:(?:以下|如下|下列)[^,:]{0,8}|主要(?:是|有|包括)|具体(?:是|如下)):$")
#: A figure other than a year (不少于4次): a paragraph with one plans something itself.
_FIGURE = lazy_re.compile(r"\d(?![\d.]*年)")


def plan_sentences(parts: tuple[Part, ...]) -> tuple[PlanSentence, ...]:
    """The plan sentences of a report's parts, in reading order: every sentence of a plans measure,
    less the titles, lead-ins and headings that only name or announce what follows."""
    sentences: list[PlanSentence] = []
    for part in parts:
        # -- an item that only titles the sub-items after it (1.壮大主导产业。 over （1）…) is no plan
        #    of its own, as a section heading over its items is none --
        measures = part.all_measures()
        titles = {m.id for m, after in zip(measures, measures[1:])
                  if after.section_id == m.section_id and heads_a_list(m, after)}
        if part.role is not Role.PLANS:
            # -- a part of two roles plans in its plans sections (（二）下一步工作打算) --
            for measure in measures:
                sentences.extend(_measure_plans(measure, titles))
            continue
        # -- a part of the plan period's goals and the year's work (“十五五”时期主要目标任务和2026年
        #    工作安排): a paragraph on the period (年均…, 到2030年…) frames the year's plans --
        period = _PLAN_PERIOD_PART.search(part.key) is not None and _DATED.search(part.key) is not None
        for item in part._reading_order():
            if period and isinstance(item, Measure) and item.kind is MeasureKind.PARAGRAPH \
                    and _PLAN_PERIOD_OPENING.match(item.key) and item.role is Role.PLANS:
                sentences.extend(replace(plan, framing=True) for plan in _measure_plans(item, titles))
                continue
            if isinstance(item, Section) and not item.measures:
                # -- a plan written as a bare heading (（一）加强权力清单动态管理。) is a plan too --
                if detect_role(item.title) in (None, Role.OTHER):  # -- not a label such as 工作计划 --
                    sentences.append(PlanSentence(f"{item.id}#1", item.id, 1, item.title, norm_key(item.title),
                                                  is_framing(item.title)))
                continue
            for measure in (item.measures if isinstance(item, Section) else (item,)):
                sentences.extend(_measure_plans(measure, titles))
    # -- the report's closing (各位代表！…让我们…而努力奋斗！) calls to strive: no promise --
    measures = [m for part in parts for m in part.all_measures()]
    trailing = []
    for measure in reversed(measures):
        if measure.kind is not MeasureKind.PARAGRAPH or len(trailing) == 4:
            break
        trailing.append((measure.id, measure.text))
    closing = closing_paragraphs(trailing[::-1])
    return tuple(replace(plan, framing=True) if plan.block_id in closing else plan for plan in sentences)


#: A plan period named (“十五五”时期, 十四五规划), on the key; a paragraph opening on it.
_PLAN_PERIOD_PART = lazy_re.compile(r"十[一二三四五六七八九]五")
_PLAN_PERIOD_OPENING = lazy_re.compile(r"^[“\"‘']?十[一二三四五六七八九]五[”\"’']?(?:时期|期间|规划)")
#: A part title naming the year of its work (2026年工作安排, 今年).
_DATED = lazy_re.compile(r"(?:19|20)\d{2}年|今年|明年|本年")


def _lead_in(measure: Measure) -> bool:
    """A paragraph that only announces what follows: a short one (下一步工作打算：), a label line
    naming a role with no punctuation at all (保障措施和下一步打算 under （三）2025年工作计划), or one
    of any length whose last clause announces the list (…，重点做好以下工作：) and that names no figure."""
    if names_a_part(measure.text):
        return True
    text = norm_key(measure.text)
    return text.endswith(":") and (len(text) <= _LEAD_IN_MAX or (
        _ANNOUNCES.search(text) is not None and not _FIGURE.search(text)))


def _measure_plans(measure: Measure, titles: set[str] | frozenset[str] = frozenset()) -> list[PlanSentence]:
    """A plans measure's sentences, each a plan; none for a measure of another role (a part of
    two roles, 工作成效和下一步计划, plans only in its plans sections), a lead-in alone
    (下一步工作打算：) or an item in ``titles`` (one that titles the sub-items after it)."""
    if measure.role is not Role.PLANS or _lead_in(measure) or measure.id in titles:
        return []
    body = measure.text
    after_heading = body[body.find("。") + 1 :]
    if measure.kind is MeasureKind.HEADING and after_heading.strip(" \u3000"):
        # -- a section heading summarises the block; it is no plan of its own (unless
        #    it is all the block says) --
        body = after_heading
    elif lead := lead_of(measure):
        # -- …as the lead phrase of an unnumbered item titles it (【规范执法】开展…) --
        body = body[len(lead):]
    sentences = split_sentences(body)
    # -- a point's title sentence (一是提升综合执法能力。开展…) names its task as a heading does;
    #    the sentences after it keep their places (第2句…) --
    first = 2 if opens_on_a_title(measure, sentences) else 1
    # -- an address, thanks or closing call (``Measure.ceremonial``) frames, it plans nothing --
    return [PlanSentence(f"{measure.id}#{index}", measure.id, index, sentence.strip(), norm_key(sentence),
                         measure.ceremonial or is_framing(sentence))
            for index, sentence in enumerate(sentences[first - 1:], first)]


__all__ = ["plan_sentences"]
