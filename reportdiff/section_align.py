"""Align the sections of two reports (by heading, shared measures and whole text), then pair
the measures left over inside sections that succeed each other.

Candidates are the sections sharing a measure or a specific term near the same place, so
the work grows with the number of sections, not with the product of the report sizes.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict

from . import lazy_re
from .align import MATCH_THRESHOLD, NOTHING_APART, Alignment, Apart, Pair, _compatible, _near
from .models import Measure, MeasureKind, Role, Section
from .normalize import key as norm_key
from .scoring import BOILERPLATE, Scorer

#: Up to this many section pairs, every pair is a candidate (beyond, those sharing terms).
SECTION_PAIRS_ALL = 900
#: Sections pair from this score (half heading similarity, half shared measures or whole text).
SECTION_THRESHOLD = 0.25


def align_sections(
    old: list[tuple[Section, Role]], new: list[tuple[Section, Role]], pairs: tuple[Pair, ...], scorer: Scorer,
    apart: Apart = NOTHING_APART,
) -> list[tuple[Section | None, Section | None, float]]:
    """Return section pairs (either side may be None), judged by heading and shared measures.

    Sections pair only inside parts of the same role, and never across ``apart`` (here section
    ids: a term's review against a year's). A reworded heading still matches
    when the section's measures went to the same place; reordered sections match because
    nothing here depends on position.
    """
    # -- a section of the term's review stands in a role of its own --
    old = [(s, (r, True) if s.id in apart.old else r) for s, r in old]
    new = [(s, (r, True) if s.id in apart.new else r) for s, r in new]
    sections_old = {s.id: s for s, _ in old}
    sections_new = {s.id: s for s, _ in new}
    # -- sections by position (p old, q new) below: int pairs hash and compare fast --
    old_at = {s.id: p for p, (s, _) in enumerate(old)}
    new_at = {s.id: q for q, (s, _) in enumerate(new)}
    shared: Counter[tuple[int, int]] = Counter()
    for pair in pairs:
        if pair.old.section_id in sections_old and pair.new.section_id in sections_new:
            shared[(old_at[pair.old.section_id], new_at[pair.new.section_id])] += 1
    # -- candidates: sections sharing a measure or a specific heading term (never all pairs) --
    by_term: dict[str, list[int]] = defaultdict(list)
    for position, (so, _) in enumerate(old):
        for term in scorer.term_counts(so.key):
            if term not in BOILERPLATE:
                by_term[term].append(position)
    candidates = set(shared)
    for q, (sn, _) in enumerate(new):
        at = q * len(old) // max(len(new), 1)
        for term in scorer.term_counts(sn.key):
            candidates.update(zip(_near(by_term.get(term, []), at), itertools.repeat(q)))
    # -- …or sharing one of the most specific terms of their whole text: a 政府工作报告 rewrites
    #    a section's heading and every paragraph, yet keeps its policy area's own words (the
    #    whole texts of one area score 0.2–0.5 across years, of two areas ≲ 0.15) --
    texts: dict[str, str] = {}  # -- one object per distinct text: cache look-ups compare by identity --
    content_old = [_one_text(texts, "".join(m.key for m in s.measures)) for s, _ in old]
    content_new = [_one_text(texts, "".join(m.key for m in s.measures)) for s, _ in new]
    by_probe: dict[str, list[int]] = defaultdict(list)
    for position, text in enumerate(content_old):
        for term in scorer.probe_terms(text):
            by_probe[term].append(position)
    for q, text in enumerate(content_new):
        at = q * len(old) // max(len(new), 1)
        for term in scorer.probe_terms(text):
            candidates.update(zip(_near(by_probe.get(term, []), at), itertools.repeat(q)))
    if len(old) * len(new) <= SECTION_PAIRS_ALL:
        # -- a report has a few dozen sections: try every pair (the role check follows) --
        candidates.update(itertools.product(range(len(old)), range(len(new))))
    # -- ranks in id order: ties in score go to the lower old id, then new id, as before --
    old_rank = _ranks([s.id for s, _ in old])
    new_rank = _ranks([s.id for s, _ in new])
    # -- what a section's score depends on, numbered: sections alike (a report repeating itself)
    #    share a number, and a pair of numbers with the same shared count is scored once --
    rows: dict[tuple, int] = {}
    old_rows = [rows.setdefault((r, _one_text(texts, s.key), len(s.measures), content_old[p]), len(rows))
                for p, (s, r) in enumerate(old)]
    new_rows = [rows.setdefault((r, _one_text(texts, s.key), len(s.measures), content_new[q]), len(rows))
                for q, (s, r) in enumerate(new)]
    row_of = list(rows)
    known: dict[tuple[int, int, int], tuple[float | None, float | None]] = {}
    # -- the pairs above the bar by score; each as one int, old rank × new count + new rank,
    #    so that sorting them orders by old id, then new id (far cheaper than sorting tuples) --
    by_score: dict[float, list[int]] = defaultdict(list)
    width = len(new)
    bodies: dict[tuple[int, int], float] = {}
    # -- in any order: nothing below depends on it (the scores sort fully, ties by id) --
    for p, q in candidates:
        count = shared.get((p, q), 0)
        score, body = known.get((old_rows[p], new_rows[q], count)) or _section_score(
            row_of[old_rows[p]], row_of[new_rows[q]], count, scorer, known, (old_rows[p], new_rows[q], count))
        if body is not None:
            bodies[(p, q)] = body
        if score is not None and score >= SECTION_THRESHOLD:
            by_score[score].append(old_rank[p] * width + new_rank[q])
    old_at_rank = _inverse(old_rank)
    new_at_rank = _inverse(new_rank)
    result: list[tuple[Section | None, Section | None, float]] = []
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for score in sorted(by_score, reverse=True):
        for code in sorted(by_score[score]):
            p_rank, q_rank = divmod(code, width)
            p, q = old_at_rank[p_rank], new_at_rank[q_rank]
            if p in taken_old or q in taken_new:
                continue
            taken_old.add(p)
            taken_new.add(q)
            # -- a merge or split counts more pairs than measures, so the score (which ranks)
            #    can pass 1; what is shown is a similarity, at most 1 --
            result.append((old[p][0], new[q][0], round(min(score, 1.0), 4)))
    while clear := _clear_successors({(old[p][0].id, new[q][0].id): body for (p, q), body in bodies.items()
                                      if p not in taken_old and q not in taken_new}):
        for body, oid, nid in clear:
            taken_old.add(old_at[oid])
            taken_new.add(new_at[nid])
            result.append((sections_old[oid], sections_new[nid], round(body, 4)))
    result.extend((s, None, 0.0) for p, (s, _) in enumerate(old) if p not in taken_old)
    result.extend((None, s, 0.0) for q, (s, _) in enumerate(new) if q not in taken_new)
    return result


def _section_score(old_row: tuple, new_row: tuple, shared: int, scorer: Scorer, known: dict,
                   known_as: tuple[int, int, int]) -> tuple[float | None, float | None]:
    """Return (score, whole-text similarity) of two sections, given as (role, heading key,
    measure count, whole text) and the count of measures they share; score None across roles."""
    old_role, old_key, old_size, old_text = old_row
    new_role, new_key, new_size, new_text = new_row
    if old_role != new_role:
        found: tuple[float | None, float | None] = (None, None)
    else:
        heading = scorer.similarity(old_key, new_key)
        overlap = 2 * shared / max(old_size + new_size, 1)
        body = None
        if old_text and new_text:
            # -- few measures in common (all rewritten): the whole texts speak for the section --
            body = scorer.similarity(old_text, new_text)
            overlap = max(overlap, min(1.0, 2 * body))
        found = (0.5 * heading + 0.5 * overlap, body)
    known[known_as] = found
    return found


def _ranks(ids: list[str]) -> list[int]:
    """Return each id's place in the sorted ids."""
    ranks = [0] * len(ids)
    for rank, position in enumerate(sorted(range(len(ids)), key=ids.__getitem__)):
        ranks[position] = rank
    return ranks


def _inverse(ranks: list[int]) -> list[int]:
    """Return the position holding each rank."""
    positions = [0] * len(ranks)
    for position, rank in enumerate(ranks):
        positions[rank] = position
    return positions


def _one_text(texts: dict[str, str], text: str) -> str:
    return texts.setdefault(text, text)


#: A section whose heading and every paragraph were rewritten (a new government's first
#: report) still succeeds the one whose whole text is clearly its nearest: at least this similar…
CLEAR_BODY = 0.12
#: …and this many times as similar as the runner-up on both sides.
CLEAR_MARGIN = 1.3


def _clear_successors(bodies: dict[tuple[str, str], float]) -> list[tuple[float, str, str]]:
    """Return (similarity, old id, new id) of the sections each of which is the other's clear
    nearest by whole text among the sections still unpaired (a pairing may clear others)."""
    rows: dict[str, list[tuple[float, str]]] = defaultdict(list)
    cols: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (oid, nid), body in bodies.items():
        rows[oid].append((body, nid))
        cols[nid].append((body, oid))

    def clear(options: list[tuple[float, str]]) -> str | None:
        ranked = sorted(options, reverse=True)
        best = ranked[0][0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        return ranked[0][1] if best >= CLEAR_BODY and best >= CLEAR_MARGIN * runner_up else None

    return sorted((bodies[(oid, nid)], oid, nid) for oid, options in rows.items()
                  if (nid := clear(options)) is not None and clear(cols[nid]) == oid)


#: Inside two sections that succeed each other, leftover measures that are each other's
#: nearest pair from this similarity: a 政府工作报告 rewrites every paragraph of a policy area
#: (积极的财政政策要提质增效 → 提升积极的财政政策效能, 0.35 across the whole report's terms).
SECTION_MATCH_THRESHOLD = 0.18
#: The bar for the paragraphs of two parts without sections: a part holds more topics than a
#: section, and two of its paragraphs may share only the part's words (宣传活动…场).
PART_MATCH_THRESHOLD = 0.25


def align_within_sections(alignment: Alignment, sections: list[tuple[Section | None, Section | None, float]],
                          scorer: Scorer, threshold: float = SECTION_MATCH_THRESHOLD, sole: bool = True,
                          apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with the leftovers of each pair of succeeding sections paired where
    they are each other's nearest (method ``section``). The bar is lower than the report-wide
    fuzzy pass because the candidates are only the few leftovers of one policy area. A pair of
    parts without sections may stand for a pair of sections (only ``measures`` is read); ``sole``:
    two sections of one measure each pair their measures whatever the similarity."""
    old_free = {m.id: m for m in alignment.unmatched_old}
    new_free = {m.id: m for m in alignment.unmatched_new}
    added: list[Pair] = []
    for old_section, new_section, _ in sections:
        if old_section is None or new_section is None:
            continue
        olds = [m for m in old_section.measures if m.id in old_free]
        news = [m for m in new_section.measures if m.id in new_free]
        if sole and _sole_measures(old_section, new_section, old_free, new_free, apart):
            # -- each section is its one measure (（一）深化数字法院建设。上线…): the measures pair as
            #    the sections do, however rewritten; else the pair reads as renamed, new and dropped --
            old, new = old_free.pop(olds[0].id), new_free.pop(news[0].id)
            added.append(Pair(old, new, round(scorer.similarity(old.key, new.key), 4), "section", None,
                              scorer.shared_terms(old.key, new.key)))
            continue
        scores = {(a.id, b.id): scorer.similarity(a.key, b.key) for a in olds for b in news
                  if _compatible(a, b, apart)}
        # -- a heading over items (1.健全执法制度。 over its （1）（2）) is a few words: one term it
        #    shares with another (执法) is no evidence at this bar, unless the two say the same --
        bare_old, bare_new = {m.id for m in olds if m.bare}, {m.id for m in news if m.bare}
        scores = {(aid, bid): score for (aid, bid), score in scores.items()
                  if score >= MATCH_THRESHOLD or (aid not in bare_old and bid not in bare_new)}
        for (aid, bid), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
            if score < threshold:
                break
            if aid not in old_free or bid not in new_free:
                continue
            best_of_new = max((s for (a, b), s in scores.items() if b == bid and a in old_free), default=0.0)
            best_of_old = max((s for (a, b), s in scores.items() if a == aid and b in new_free), default=0.0)
            if score >= best_of_new and score >= best_of_old:
                old, new = old_free.pop(aid), new_free.pop(bid)
                added.append(Pair(old, new, round(score, 4), "section", None, scorer.shared_terms(old.key, new.key)))
    if not added:
        return alignment
    return Alignment(alignment.pairs + tuple(added), tuple(old_free.values()), tuple(new_free.values()))


#: Two sections' openings, heading with its lead on each side, pair from this similarity: they
#: need share a policy area's terms, however few (坚定实施扩大内需战略 / 着力扩大国内需求, 0.05);
#: openings sharing none (加大生态环境保护治理力度 / 坚决打好三大攻坚战, 0.0) tell of other things,
#: whatever the sections' measures share. Neither the leads alone (the same area at 0.001) nor the
#: sections' score (0.13 for a true pair, 0.21 for a false one) tells them apart.
LEAD_FLOOR = 0.03


def _heading_and_lead(section: Section, opening: Measure) -> str:
    """The section's heading and lead: the heading's measure holds both, a lead below it not."""
    return opening.key if opening.kind is MeasureKind.HEADING else section.key + opening.key


def pair_section_leads(alignment: Alignment, sections: list[tuple[Section | None, Section | None, float]],
                       scorer: Scorer, apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with the leads of succeeding sections paired (method ``section``) where
    one year writes the heading and its lead on one line (（五）大力实施乡村振兴战略。科学制定规划…,
    one measure) and the other puts the heading on a line of its own, its lead the paragraph
    below (（五）…乡村振兴 then 坚持农业农村优先发展…): the section's opening text on both sides,
    however few words they share, provided the two openings share something (``LEAD_FLOOR``).
    Only where both are still unmatched after the leftovers of the two sections paired by
    content (a lead is no better match than a paragraph that is)."""
    old_free = {m.id: m for m in alignment.unmatched_old}
    new_free = {m.id: m for m in alignment.unmatched_new}
    added: list[Pair] = []
    for old_section, new_section, _ in sections:
        if old_section is None or new_section is None or not old_section.measures or not new_section.measures:
            continue
        old, new = _opening(old_section), _opening(new_section)
        kinds = {old.kind, new.kind}
        if (kinds == {MeasureKind.HEADING, MeasureKind.PARAGRAPH} and old.id in old_free and new.id in new_free
                and _compatible(old, new, apart)
                and scorer.similarity(_heading_and_lead(old_section, old), _heading_and_lead(new_section, new))
                >= LEAD_FLOOR):
            del old_free[old.id], new_free[new.id]
            added.append(Pair(old, new, round(scorer.similarity(old.key, new.key), 4), "section", None,
                              scorer.shared_terms(old.key, new.key)))
    if not added:
        return alignment
    return Alignment(alignment.pairs + tuple(added), tuple(old_free.values()), tuple(new_free.values()))


#: Two paragraphs' lead phrases (加快财税体制改革 → 继续推进财税体制改革) name one policy area from
#: this similarity (over the report's terms; 深化农村改革 against 深化文化改革 scores below)…
TITLE_THRESHOLD = 0.5
#: …and their texts are at least this alike (a 政府工作报告 rewrites the body: 0.2–0.3).
TITLE_BODY_THRESHOLD = 0.15
#: A lead phrase longer than this is a sentence, not the name of a policy area.
TITLE_MAX = 20


def pair_policy_titles(alignment: Alignment, scorer: Scorer, apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with leftover paragraphs whose lead phrases name the same policy area
    paired (method ``title``), wherever each stands: a 政府工作报告 rewrites a policy's paragraph
    and may move it to another section (加快财税体制改革 in （一） → 继续推进财税体制改革 in （二）).
    A paragraph taken as the lesser half of a merge or split that is less alike than its title
    mate (深化金融体制改革 into 货币政策要保持稳健中性 at 14%, against 抓好金融体制改革) leaves it."""
    old_free = {m.id: m for m in alignment.unmatched_old}
    new_free = {m.id: m for m in alignment.unmatched_new}
    # -- halves of a merge or split may be taken back, if their mate is more alike --
    halves_old = {p.old.id: p for p in alignment.pairs if p.relation == "merged"}
    halves_new = {p.new.id: p for p in alignment.pairs if p.relation == "split"}
    olds = [m for m in (*old_free.values(), *(p.old for p in halves_old.values())) if _names_area(m)]
    news = [m for m in (*new_free.values(), *(p.new for p in halves_new.values())) if _names_area(m)]
    if not olds or not news:
        return alignment
    by_term: dict[str, list[int]] = defaultdict(list)
    for index, measure in enumerate(olds):
        for term in scorer.term_counts(_title_key(measure)):
            if term not in BOILERPLATE:
                by_term[term].append(index)
    candidates: list[tuple[float, float, str, str, int, int]] = []
    for j, new in enumerate(news):
        at = j * len(olds) // len(news)
        for i in set(itertools.chain.from_iterable(_near(by_term.get(term, []), at)
                                                   for term in scorer.term_counts(_title_key(new))
                                                   if term not in BOILERPLATE)):
            old = olds[i]
            if (old.id in halves_old and new.id in halves_new) or not _compatible(old, new, apart):
                continue
            title = scorer.similarity(_title_key(old), _title_key(new))
            if title < TITLE_THRESHOLD:
                continue
            body = scorer.similarity(old.key, new.key)
            held = max(halves_old[old.id].similarity if old.id in halves_old else 0.0,
                       halves_new[new.id].similarity if new.id in halves_new else 0.0)
            if body >= TITLE_BODY_THRESHOLD and body > held:
                candidates.append((-title, -body, old.id, new.id, i, j))
    pairs = list(alignment.pairs)
    added: list[Pair] = []
    taken_old: set[str] = set()
    taken_new: set[str] = set()
    for _, negative_body, old_id, new_id, i, j in sorted(candidates):
        if old_id in taken_old or new_id in taken_new:
            continue
        taken_old.add(old_id)
        taken_new.add(new_id)
        old, new = olds[i], news[j]
        added.append(Pair(old, new, round(-negative_body, 4), "title", None, scorer.shared_terms(old.key, new.key)))
    if not added:
        return alignment
    # -- a half taken back leaves its merge or split; its whole stays paired with its first half --
    given_up = {id(halves_old[oid]) for oid in taken_old if oid in halves_old} | {
        id(halves_new[nid]) for nid in taken_new if nid in halves_new}
    pairs = [p for p in pairs if id(p) not in given_up]
    return Alignment(tuple(pairs) + tuple(added), tuple(m for m in alignment.unmatched_old if m.id not in taken_old),
                     tuple(m for m in alignment.unmatched_new if m.id not in taken_new))


def _names_area(measure: Measure) -> bool:
    """Whether a measure opens on a short lead phrase with a body after it (加快财税体制改革。…)."""
    return 2 <= len(measure.title) <= TITLE_MAX and len(measure.text) > len(measure.title) + 1


#: A clause that only dates a paragraph (五年来，…; 过去一年，…; 2022年，…) before the area it names.
_DATING_CLAUSE = lazy_re.compile(
    r"^(?:回顾)?(?:刚刚过去的|过去|近|这)?的?(?:[一二两三四五六七八九十\d]+年(?:来|以来|间|中|里)?|去年|今年)$")


def _title_key(measure: Measure) -> str:
    """The policy area a paragraph opens on: its lead phrase's first clause, past a clause that
    only dates it (——全面推进乡村振兴，完善新型城镇化战略 names 乡村振兴, not 新型城镇化)."""
    clauses = [c for c in re.split(r"[,;:，；：]", norm_key(measure.title)) if c.strip("—- ")]
    while len(clauses) > 1 and _DATING_CLAUSE.match(clauses[0].strip("—- ")):
        clauses.pop(0)
    return clauses[0] if clauses else norm_key(measure.title)


def _opening(section: Section) -> Measure:
    """The section's first measure in reading order: its heading with the lead, or the lead."""
    return min(section.measures, key=lambda m: m.line)


def _sole_measures(old_section: Section, new_section: Section, old_free: dict, new_free: dict,
                   apart: Apart) -> bool:
    """Whether each of two paired sections holds one measure, both still unmatched and of one role."""
    if len(old_section.measures) != 1 or len(new_section.measures) != 1:
        return False
    old, new = old_section.measures[0], new_section.measures[0]
    return old.id in old_free and new.id in new_free and _compatible(old, new, apart)


def pair_review_shortcomings(alignment: Alignment, old_review: set[str], new_review: set[str],
                             scorer: Scorer) -> Alignment:
    """Return ``alignment`` with the shortcomings paragraph of last year's review paired with this
    year's (method ``role``), whatever their wording: a review turns to its problems once
    (我们也清醒看到…), and the two years' problems share few words (有效需求不足 → 民间投资意愿
    偏弱). Only where each review leaves exactly one such paragraph unmatched; ``old_review`` and
    ``new_review`` are the ids of the review (results) parts."""
    olds = [m for m in alignment.unmatched_old if m.role is Role.SHORTCOMINGS and m.part_id in old_review]
    news = [m for m in alignment.unmatched_new if m.role is Role.SHORTCOMINGS and m.part_id in new_review]
    if len(olds) != 1 or len(news) != 1:
        return alignment
    old, new = olds[0], news[0]
    pair = Pair(old, new, round(scorer.similarity(old.key, new.key), 4), "role", None,
                scorer.shared_terms(old.key, new.key))
    return Alignment(alignment.pairs + (pair,), tuple(m for m in alignment.unmatched_old if m is not old),
                     tuple(m for m in alignment.unmatched_new if m is not new))


def pair_parts_by_sections(part_pairs: list, section_pairs: list) -> list:
    """Pair the parts left unpaired whose sections succeed each other (三、2021年重点工作 →
    三、2022年政府工作任务: no heading words shared, but its sections go there): of one role, the most
    section pairs first, at least two and half the smaller part's sections."""
    old_left = [old for old, new in part_pairs if new is None and old is not None and old.sections]
    new_left = [new for old, new in part_pairs if old is None and new is not None and new.sections]
    if not old_left or not new_left:
        return part_pairs
    part_of_old = {section.id: part.id for part in old_left for section in part.sections}
    part_of_new = {section.id: part.id for part in new_left for section in part.sections}
    shared: dict[tuple[str, str], int] = {}
    for old_section, new_section, _ in section_pairs:
        if old_section is not None and new_section is not None:
            key = (part_of_old.get(old_section.id), part_of_new.get(new_section.id))
            if None not in key:
                shared[key] = shared.get(key, 0) + 1
    olds = {part.id: part for part in old_left}
    news = {part.id: part for part in new_left}
    joined: dict[str, str] = {}
    for (old_id, new_id), count in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        old, new = olds[old_id], news[new_id]
        if old_id in joined or new_id in joined.values() or old.role is not new.role:
            continue
        if count >= 2 and 2 * count >= min(len(old.sections), len(new.sections)):
            joined[old_id] = new_id
    if not joined:
        return part_pairs
    predecessor = {new_id: old_id for old_id, new_id in joined.items()}
    paired = []
    for old, new in part_pairs:
        if old is not None and new is None and old.id in joined:
            continue  # -- it now stands beside its successor --
        if old is None and new is not None and new.id in predecessor:
            old = olds[predecessor[new.id]]
        paired.append((old, new))
    return paired


__all__ = ["pair_parts_by_sections", "align_sections", "align_within_sections", "pair_review_shortcomings",
           "pair_policy_titles", "pair_section_leads"]
