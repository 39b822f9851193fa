"""A section condensed into its heading's one paragraph, and the mirror image: one written out.

A 政府工作报告 may write a task section one year as a heading over several paragraphs (（五）坚定实施
扩大内需战略… then 推动消费持续恢复…, 积极扩大有效投资…, 增强区域发展平衡性协调性…) and the next as
one paragraph on the heading's line, a sentence or two kept of each (（一）着力扩大国内需求。把恢复和
扩大消费摆在优先位置…政府投资和政策激励要有效带动全社会投资…). The sections succeed each other and
the new paragraph pairs with one old paragraph; the others it carries are merged into it, so that
each is redlined against the clauses it became. An old paragraph is carried when it brings a
share of the new paragraph's words, or when a sentence of the new one is clearly its own (文化's
繁荣发展文化事业和产业。, or a clause inside a longer sentence: 城镇化's 实施城市更新行动，); those
it does not carry (a clause's echo, as much another paragraph's as its own) stay dropped. A
section's one paragraph written out as several the next year is split the same way.
"""

from __future__ import annotations

from . import lazy_re
from .align import NOTHING_APART, Alignment, Apart, Pair, _compatible
from .models import Measure, MeasureKind, Section
from .parse_markers import split_sentences
from .scoring import Scorer

#: A further paragraph of the old section is carried when it brings at least this share of the
#: condensed paragraph's weighted words that the paragraphs already paired with it lack. Lower
#: than a split's or merge's bar anywhere (``align.SPLIT_GAIN``): the sections succeed each other
#: and one of them is written as a single paragraph, so each old paragraph is condensed to a
#: sentence or two of it (消费 0.20, 投资 0.16, 脱贫 0.14 of the new paragraph; a clause's echo,
#: 城市更新 or 高标准经贸协议, 0.08 or less).
CONDENSED_GAIN = 0.1
#: …or when a sentence of the condensed paragraph, or a clause of one, is clearly its own: this
#: much of the unit's weighted words lie in it (繁荣发展文化事业和产业。 in 丰富人民群众精神文化生活…,
#: 1.0; 实施城市更新行动， in 提升新型城镇化质量。有序推进城市更新…, 0.56)…
SENTENCE_SOURCE = 0.5
#: …and this many times as much as in any other paragraph of its section (扩大市场准入， lies alike
#: in three paragraphs of 开放: no one's own).
SENTENCE_MARGIN = 1.5
#: A clause is looked at by itself from this many specific words: a paragraph condensed into a
#: clause of a long sentence (投资's sentence closing …实施城市更新行动，促进区域优势互补…) keeps a
#: few words of its own; one word alone (稳增长) is any paragraph's.
CLAUSE_TERMS = 2
#: Where a sentence's clauses end (on the comparison key, whose punctuation is half-width).
_CLAUSE_END = lazy_re.compile(r"(?<=[,;:，；：])")


def _condensed_into(section: Section) -> Measure | None:
    """The section's heading paragraph when it holds most of the section's text (the section is
    written as that one paragraph; a stray paragraph after it aside), else None."""
    if not section.measures:
        return None
    opening = min(section.measures, key=lambda m: m.line)
    if opening.kind is not MeasureKind.HEADING or opening.bare:
        return None
    return opening if 2 * len(opening.text) > sum(len(m.text) for m in section.measures) else None


def merge_condensed(alignment: Alignment, sections: list[tuple[Section | None, Section | None, float]],
                    scorer: Scorer, apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with the leftover paragraphs of a section that the other year writes as
    its heading's one paragraph merged into that paragraph (new side; method ``condensed``,
    relation ``merged``) or split from it (old side; relation ``split``), where that paragraph is
    already paired and carries them (``CONDENSED_GAIN``). The share each brings is counted against
    the pieces paired before this pass, so the order they are looked at in does not matter."""
    old_free = {m.id: m for m in alignment.unmatched_old}
    new_free = {m.id: m for m in alignment.unmatched_new}
    pieces_of_new: dict[str, list[Measure]] = {}
    pieces_of_old: dict[str, list[Measure]] = {}
    primary_new: set[str] = set()
    primary_old: set[str] = set()
    for pair in alignment.pairs:
        pieces_of_new.setdefault(pair.new.id, []).append(pair.old)
        pieces_of_old.setdefault(pair.old.id, []).append(pair.new)
        if pair.relation is None:
            primary_new.add(pair.new.id)
            primary_old.add(pair.old.id)
    added: list[Pair] = []
    for old_section, new_section, _ in sections:
        if old_section is None or new_section is None:
            continue
        if len(old_section.measures) > len(new_section.measures):
            whole = _condensed_into(new_section)
            if whole is not None and whole.id in primary_new:
                for piece in _carried(whole, pieces_of_new[whole.id], old_section, old_free, scorer, apart, old=True):
                    del old_free[piece.id]
                    added.append(Pair(piece, whole, _sim(scorer, piece, whole), "condensed", "merged",
                                      scorer.shared_terms(piece.key, whole.key)))
        elif len(new_section.measures) > len(old_section.measures):
            whole = _condensed_into(old_section)
            if whole is not None and whole.id in primary_old:
                for piece in _carried(whole, pieces_of_old[whole.id], new_section, new_free, scorer, apart, old=False):
                    del new_free[piece.id]
                    added.append(Pair(whole, piece, _sim(scorer, whole, piece), "condensed", "split",
                                      scorer.shared_terms(whole.key, piece.key)))
    if not added:
        return alignment
    return Alignment(alignment.pairs + tuple(added), tuple(old_free.values()), tuple(new_free.values()))


def _carried(whole: Measure, paired: list[Measure], section: Section, free: dict[str, Measure], scorer: Scorer,
             apart: Apart, *, old: bool) -> list[Measure]:
    """The free measures of ``section`` (the other year's) that ``whole`` carries beyond ``paired``."""
    held = [m.key for m in paired]
    alone = scorer.containment(whole.key, *held)
    sources = _sentence_sources(whole, section, scorer)
    found = []
    for measure in section.measures:
        if measure.id not in free or measure.bare:
            continue
        if not (_compatible(measure, whole, apart) if old else _compatible(whole, measure, apart)):
            continue
        if measure.id in sources or scorer.containment(whole.key, *held, measure.key) - alone >= CONDENSED_GAIN:
            found.append(measure)
    return found


def _sentence_sources(whole: Measure, section: Section, scorer: Scorer) -> set[str]:
    """Ids of the measures of ``section`` that are clearly the source of a sentence (or clause) of ``whole``
    (``SENTENCE_SOURCE``, ``SENTENCE_MARGIN``): a paragraph condensed to one sentence of its own."""
    found = set()
    for unit in _units(whole.key, scorer):
        ranked = sorted(((scorer.containment(unit, m.key), m.id) for m in section.measures), reverse=True)
        best, runner_up = ranked[0][0], (ranked[1][0] if len(ranked) > 1 else 0.0)
        if best >= SENTENCE_SOURCE and best >= SENTENCE_MARGIN * runner_up:
            found.add(ranked[0][1])
    return found


def _units(key: str, scorer: Scorer) -> list[str]:
    """The sentences of ``key`` and, for a sentence of several clauses, each clause with
    ``CLAUSE_TERMS`` specific words or more."""
    units = []
    for sentence in split_sentences(key):
        units.append(sentence)
        clauses = [c for c in _CLAUSE_END.split(sentence) if c]
        if len(clauses) > 1:
            units.extend(c for c in clauses if len(scorer.specific_terms(c)) >= CLAUSE_TERMS)
    return units


def _sim(scorer: Scorer, a: Measure, b: Measure) -> float:
    return round(scorer.similarity(a.key, b.key), 4)


__all__ = ["CONDENSED_GAIN", "merge_condensed"]
