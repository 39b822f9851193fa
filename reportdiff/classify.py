"""Turn an alignment into classified matches with word-level redlines.

Status rules (product.md):

    continued   matched and the texts are equal after normalisation
    modified    matched and the text changed
    moved       matched, but under a different section than the one its old
                section aligned to (takes precedence over modified; the redline
                still shows any edits)
    new         only in the new report
    dropped     only in the old report

A year that names the report's own year is no change: 2024年 in the 2024 report against
2025年 in the 2025 report (the year it reviews in a results part, the year it plans in a
plans part) redlines as equal and the match says so (``Match.relative_years``).

Matches are ordered as the new report reads; a dropped measure sits right after the
measure that preceded it in the old report, so every renderer can show it at its old
place without re-deriving anything.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from . import lazy_re
from .align import Alignment, Pair
from .diff import RedlineMemo, cut_after, is_unchanged, redline, whole, year_relative
from .models import Match, Op, Part, PartMatch, Redline, Report, Role, Section, SectionMatch, Status
from .normalize import key as norm_key


def years_between(old: Report, new: Report, role: Role | None) -> dict[str, str]:
    """Return the old report's own years mapped to the new report's (``{"2024": "2025"}``).

    A plans part speaks of the year it plans, every other part of the year it reviews;
    the year in the report's name counts everywhere. Nothing maps where a year is unknown.
    """
    own = (old.plan_year, new.plan_year) if role is Role.PLANS else (old.review_year, new.review_year)
    years: dict[str, str] = {}
    for before, after in (own, (old.year, new.year)):
        if before and after and before != after:
            years.setdefault(str(before), str(after))
    return years


def _moved(pair: Pair, section_map: dict[str, str | None], unmoved: dict | None = None) -> bool:
    old_section, new_section = pair.old.section_id, pair.new.section_id
    if old_section is None or new_section is None:
        # -- a level missing on one side is a change of nesting, not a move --
        return False
    if unmoved and new_section in unmoved.get(pair.old.id, ()):
        return False  # -- its block changed level and it went along (``level_shifts``) --
    return section_map.get(old_section) != new_section


def _cut(runs: tuple[Redline, ...], cut: int, side: str) -> tuple[tuple[Redline, ...], tuple[Redline, ...]]:
    """Split a redline where the ``side`` ("old" or "new") text reaches offset ``cut``.

    Used for splits and merges: one redline of the joined texts, cut at the join, so that
    the two halves together still turn the old text into the new one.
    """
    halves: tuple[list[Redline], list[Redline]] = ([], [])
    position = 0
    for run in runs:
        consumes = run.op is Op.EQUAL or run.op is (Op.INSERT if side == "new" else Op.DELETE)
        if not consumes:
            halves[0 if position <= cut else 1].append(run)
            continue
        shown = run.old_text if side == "old" and run.old_text is not None else run.text
        end = position + len(shown)
        if end <= cut or position >= cut:
            halves[0 if end <= cut else 1].append(run)
        elif run.op is Op.EQUAL and run.old_text is not None and len(run.old_text) != len(run.text):
            halves[0].append(run)  # -- widths differ inside the run: keep it whole --
        else:
            offset = cut - position
            old_head = run.old_text[:offset] if run.old_text is not None else None
            old_tail = run.old_text[offset:] if run.old_text is not None else None
            halves[0].append(Redline(run.op, run.text[:offset], old_head))
            halves[1].append(Redline(run.op, run.text[offset:], old_tail))
        position = end
    return tuple(halves[0]), tuple(halves[1])


#: Where a sentence (or a clause of a list of results) ends.
_SENTENCE_ENDS = "。；;！!？?"


def _at_sentence_end(head: tuple[Redline, ...], tail: tuple[Redline, ...],
                     loose: Op) -> tuple[tuple[Redline, ...], tuple[Redline, ...]]:
    """Move the cut between two halves of a split or merge to a sentence end of the side whose
    texts were joined, where the other side's edits at the cut allow it.

    A merge is cut where the first old measure's text ends; the new text inserted there may
    belong to either half (…示范村”[-2个。-] | {+1个；+}12个村…): the half up to the inserted
    sentence end is the first measure's (…示范村”[-2个。-]{+1个；+} | 12个村…). A split the same
    way with deleted old text. ``loose`` is that op (INSERT for a merge, DELETE for a split)."""
    def shown(runs) -> str:
        return "".join(run.text for run in runs if run.op is Op.EQUAL or run.op is loose)

    if not head or not tail or shown(head).rstrip()[-1:] in tuple(_SENTENCE_ENDS):
        return head, tail
    # -- the edits on both sides of the cut, up to the nearest equal text --
    lead = 0
    while lead < len(tail) and tail[lead].op is not Op.EQUAL:
        lead += 1
    for index, run in enumerate(tail[:lead]):
        end = next((i for i, ch in enumerate(run.text) if ch in _SENTENCE_ENDS), None)
        if run.op is loose and end is not None:
            # -- the other side's edits stay where they are: an insertion and a deletion side
            #    by side read the same in either order --
            before = tail[:index]
            moved = (*(r for r in before if r.op is loose), Redline(loose, run.text[:end + 1]))
            rest = (Redline(loose, run.text[end + 1:]),) if run.text[end + 1:] else ()
            return (*head, *moved), (*(r for r in before if r.op is not loose), *rest, *tail[index + 1:])
    trail = len(head)
    while trail > 0 and head[trail - 1].op is not Op.EQUAL:
        trail -= 1
    for index in range(len(head) - 1, trail - 1, -1):
        run = head[index]
        end = max((i for i, ch in enumerate(run.text) if ch in _SENTENCE_ENDS), default=None)
        if run.op is loose and end is not None and run.text[end + 1:]:
            after = head[index + 1:]
            kept = (*head[:index], Redline(loose, run.text[:end + 1]), *(r for r in after if r.op is not loose))
            return kept, (Redline(loose, run.text[end + 1:]), *(r for r in after if r.op is loose), *tail)
    return head, tail


def _redlines(pairs: tuple[Pair, ...], years, redline=redline,
              reading: tuple[dict[str, int], dict[str, int]] | None = None) -> dict[tuple[str, str], tuple[Redline, ...]]:
    """Return the redline of every pair; split and merged groups share one cut redline.

    ``years(role)`` gives the year mapping of a part role (see :func:`years_between`);
    ``redline`` may be a :class:`~reportdiff.diff.RedlineMemo`; ``reading`` the place of each
    old and new measure in its report (ids → index), which orders the pieces of a group when
    they share a line (一是…二是… points written in one paragraph); by line without it."""
    old_at, new_at = reading or ({}, {})

    def in_reading_order(pieces: list[Pair], split: bool) -> list[Pair]:
        if split:
            return sorted(pieces, key=lambda p: (p.new.line, new_at.get(p.new.id, 0)))
        return sorted(pieces, key=lambda p: (p.old.line, old_at.get(p.old.id, 0)))

    result: dict[tuple[str, str], tuple[Redline, ...]] = {}
    groups: dict[tuple[str, str], list[Pair]] = {}
    # -- the one-to-one pair of each old and new measure (the first, as a search in order finds) --
    primary_of_old: dict[str, Pair] = {}
    primary_of_new: dict[str, Pair] = {}
    for pair in pairs:
        if pair.relation == "split":
            groups.setdefault(("split", pair.old.id), []).append(pair)
        elif pair.relation == "merged":
            groups.setdefault(("merged", pair.new.id), []).append(pair)
        elif pair.relation is None:
            primary_of_old.setdefault(pair.old.id, pair)
            primary_of_new.setdefault(pair.new.id, pair)
    for (relation, member_id), members in groups.items():
        condensed = any(p.method == "condensed" for p in members)
        primary = (primary_of_old if relation == "split" else primary_of_new).get(member_id)
        if primary is None:
            # Folding a part's levels can leave a merge with no one-to-one pair (two openings
            # glued into one paragraph): the first piece in reading order stands in; the joined
            # text, and so the cut, is the same.
            primary, *members = in_reading_order(members, relation == "split")
        pieces = in_reading_order([primary, *members], relation == "split")
        if condensed:
            result.update(_condensed_redlines(pieces, primary, relation, years, redline))
            continue
        # -- the pieces in reading order (two, or more: three paragraphs glued into one), the
        #    whole redlined against them joined, then cut where each piece ends --
        cut: dict[tuple[str, str], tuple[Redline, ...]] = {}
        if relation == "split":
            runs = redline(primary.old.text, "".join(p.new.text for p in pieces), years(primary.new.role))
            side, loose, length = "new", Op.DELETE, (lambda p: len(p.new.text))
        else:
            runs = redline("".join(p.old.text for p in pieces), primary.new.text, years(primary.new.role))
            side, loose, length = "old", Op.INSERT, (lambda p: len(p.old.text))
        rest = runs
        for piece in pieces[:-1]:
            head, rest = _at_sentence_end(*_cut(rest, length(piece), side), loose)
            cut[(piece.old.id, piece.new.id)] = head
        cut[(pieces[-1].old.id, pieces[-1].new.id)] = rest
        # -- a joined redline of much changed text can drop a piece's kept words (a short
        #    equality between long edits is folded into them): a piece then reads as deleted
        #    and its words as inserted in the next. Cut at clause ends instead when that keeps
        #    more words --
        if not all(map(_keeps_words, cut.values())):
            by_clauses = _condensed_redlines(pieces, primary, relation, years, redline)
            if sum(map(_kept, by_clauses.values())) > sum(map(_kept, cut.values())):
                cut = by_clauses
        result.update(cut)
    for pair in pairs:
        if (pair.old.id, pair.new.id) not in result:
            result[(pair.old.id, pair.new.id)] = redline(pair.old.text, pair.new.text, years(pair.new.role))
    return result


def _keeps_words(runs: tuple[Redline, ...]) -> bool:
    """Whether a piece's redline keeps any word (an equal run beyond punctuation)."""
    return _kept(runs) > 0


def _kept(runs) -> int:
    """Return how many characters a redline keeps, punctuation aside."""
    return sum(len(_PUNCTUATION.sub("", run.text)) for run in runs if run.op is Op.EQUAL)


_PUNCTUATION = lazy_re.compile(r"[\s，。；：、！？,.;:!?“”‘’（）()《》—…-]")


#: Where a clause ends: the units a condensed paragraph is cut into among its pieces.
_CLAUSE_ENDS = frozenset("。；;！!？?，,：:")
#: What a cut inside a sentence costs, in shared character pairs (about two words a piece must
#: gain by it): a piece's run reads best as whole sentences, so the cut falls at a sentence end
#: unless a clause cut clearly hands each piece its own words; at a semicolon it costs half.
_CLAUSE_CUT_COST = {"；": 2, ";": 2, "，": 4, ",": 4, "：": 4, ":": 4}
#: What an empty run costs: each piece was merged for words of the paragraph it carries, and a
#: card of nothing but its deletion would say it left nothing there; a clause cut is cheaper.
_EMPTY_RUN_COST = 8


def _condensed_redlines(pieces: list[Pair], primary: Pair, relation: str, years,
                        redline=redline) -> dict[tuple[str, str], tuple[Redline, ...]]:
    """Redline each piece of a section condensed into one paragraph (or one written out) against
    the run of the paragraph's clauses that it holds (``_shares``), in reading order: the words
    mostly changed, so one redline of the joined pieces cut at their ends would hand one piece's
    sentence to the next (消费's 多渠道增加城乡居民收入 to 投资). The runs, read in order, are the
    whole paragraph, so both sides still spell their reports. The paragraph's heading sentence
    (着力扩大国内需求。) opens the first piece's run: both open the section. ``pieces`` are in
    reading order, ``primary`` among them."""
    split = relation == "split"
    whole = primary.old if split else primary.new
    texts = [(p.new if split else p.old).text for p in pieces]
    lead = len(whole.title) if whole.title and whole.text.startswith(whole.title) else 0
    shares = _shares(whole.text, texts, lead)
    found = {}
    for pair, text, share in zip(pieces, texts, shares):
        old_text, new_text = (share, text) if split else (text, share)
        found[(pair.old.id, pair.new.id)] = redline(old_text, new_text, years(primary.new.role))
    return found


def _shares(whole: str, pieces: list[str], lead: int = 0) -> list[str]:
    """Cut ``whole`` at clause ends into one run per piece (a run may be empty), so that each run
    shares the most words with its piece: the character pairs of the run's key found in the
    piece's, summed over the pieces, less what each cut inside a sentence costs
    (``_CLAUSE_CUT_COST``) and each empty run (``_EMPTY_RUN_COST``), at their most (dynamic
    programming over the cuts). The first ``lead`` characters (the heading's sentence) stay in the
    first run. Returned in the order of ``pieces``; ``_ordered_shares`` says in which order the
    runs stand in ``whole``."""
    order, runs = _ordered_shares(whole, pieces, lead)
    found = [""] * len(pieces)
    for k, run in zip(order, runs):
        found[k] = run
    return found


def _ordered_shares(whole: str, pieces: list[str], lead: int = 0) -> tuple[list[int], list[str]]:
    """The order of the pieces whose runs, read in that order, are ``whole``, and those runs.

    The runs follow one another in the order of the pieces, unless another order (``_orders``)
    hands the pieces more of their own words (character pairs no other piece holds) and shares
    no less: a condensed paragraph need not keep its pieces' order (住房 said first in 民生's
    paragraph, though fourth of the old section), and in the old order a piece said early is
    handed a later piece's sentence (制造业 the 物流 sentence none of them holds). A piece that
    holds nothing of the paragraph stays in its place: moved, it would take any words to avoid
    an empty run.
    """
    units = cut_after(whole, _CLAUSE_ENDS)
    piece_pairs = [_char_pairs(norm_key(text)) for text in pieces]
    unit_pairs = [_char_pairs(norm_key(unit)) for unit in units]
    own_pairs = [mine - set().union(*(theirs for other, theirs in enumerate(piece_pairs) if other != k))
                 for k, mine in enumerate(piece_pairs)]
    scores: dict[tuple[int, int, int], int] = {}

    def ranked(order: list[int]) -> tuple[float, int, list[int]]:
        total, cuts = _cut_runs(units, piece_pairs, order, lead, scores)
        own = sum(len(_char_pairs(norm_key("".join(units[cuts[at]:cuts[at + 1]]))) & own_pairs[k])
                  for at, k in enumerate(order))
        return total, own, cuts

    given = list(range(len(pieces)))
    floor, best_own, best_cuts = ranked(given)
    best_total, best_order = floor, given
    for order in _orders(unit_pairs, piece_pairs)[1:]:
        total, own, cuts = ranked(order)
        if total >= floor and (own, total) > (best_own, best_total):
            best_total, best_own, best_cuts, best_order = total, own, cuts, order
    return best_order, ["".join(units[best_cuts[at]:best_cuts[at + 1]]) for at in range(len(best_order))]


def _orders(unit_pairs: list[set[str]], piece_pairs: list[set[str]]) -> list[list[int]]:
    """The orders of the pieces to try: the given order first, the order their words stand in
    (``_content_order``), and those one swap of two neighbours that each own words away from it
    (two pieces whose words interleave: 企业创新's 核心技术攻关 and 科技成果转化 around 数字化转型)."""
    given = list(range(len(piece_pairs)))
    content, owners = _content_order(unit_pairs, piece_pairs)
    found = [given]
    for at in range(-1, len(content) - 1):
        order = list(content)
        if at >= 0:
            if order[at] not in owners or order[at + 1] not in owners:
                continue
            order[at], order[at + 1] = order[at + 1], order[at]
        if order not in found:
            found.append(order)
    return found


def _content_order(unit_pairs: list[set[str]], piece_pairs: list[set[str]]) -> tuple[list[int], set[int]]:
    """The pieces in the order their words stand in the paragraph, and the pieces that own words:
    each unit belongs to the piece sharing clearly most of its character pairs, and a piece
    stands at the middle unit of those it owns; a piece owning none (the old section's framing
    line) keeps its place after the piece before it."""
    owned: dict[int, list[int]] = {}
    for at, pairs in enumerate(unit_pairs):
        shared = sorted(((len(pairs & mine), k) for k, mine in enumerate(piece_pairs)), reverse=True)
        if shared[0][0] > 0 and (len(shared) == 1 or shared[0][0] > shared[1][0]):
            owned.setdefault(shared[0][1], []).append(at)
    places: list[float] = []
    for k in range(len(piece_pairs)):
        units = owned.get(k)
        if units:
            places.append((units[(len(units) - 1) // 2] + units[len(units) // 2]) / 2)
        else:
            places.append(places[-1] if places else -1.0)
    return sorted(range(len(piece_pairs)), key=lambda k: (places[k], k)), set(owned)


def _cut_runs(units: list[str], piece_pairs: list[set[str]], order: list[int], lead: int,
              scores: dict[tuple[int, int, int], int]) -> tuple[float, list[int]]:
    """The best total and the cuts (``len(order) + 1`` unit indices) of ``_shares`` for the
    pieces in ``order``; ``scores`` keeps each piece's score of each run across orders."""
    n = len(units)
    # -- the units the first run must hold: those the lead's characters reach into --
    held, length = 0, 0
    while held < n and length < lead:
        length += len(units[held])
        held += 1
    # -- the cost of cutting after unit i-1: nothing at a sentence end or the paragraph's ends --
    cost = [0] * (n + 1)
    for i in range(1, n):
        cost[i] = _CLAUSE_CUT_COST.get(units[i - 1].rstrip()[-1:], 0)

    def score(at: int, low: int, high: int) -> int:
        k = order[at]
        found = scores.get((k, low, high))
        if found is None:
            found = scores[(k, low, high)] = len(_char_pairs(norm_key("".join(units[low:high]))) & piece_pairs[k])
        return found

    def cut_cost(k: int, j: int) -> float:
        # -- inside a sentence, the cut reads best before a clause that is more the next piece's --
        if not cost[j] or k + 1 == len(order):
            return cost[j]
        return cost[j] + (0.5 if score(k + 1, j, j + 1) <= score(k, j, j + 1) else 0)

    # -- best[k][j]: the best total of pieces 0..k-1 holding units 0..j-1; back: where piece k-1 began --
    best = [[None] * (n + 1) for _ in range(len(order) + 1)]
    back = [[0] * (n + 1) for _ in range(len(order) + 1)]
    best[0][0] = 0
    for k in range(1, len(order) + 1):
        for j in range(held if k == 1 else 0, n + 1):
            for i in range(j + 1):
                if best[k - 1][i] is None:
                    continue
                total = best[k - 1][i] + score(k - 1, i, j) - cut_cost(k - 1, j) - (_EMPTY_RUN_COST if i == j else 0)
                if best[k][j] is None or total > best[k][j]:
                    best[k][j], back[k][j] = total, i
    cuts = [n]
    for k in range(len(order), 0, -1):
        cuts.append(back[k][cuts[-1]])
    cuts.reverse()
    return best[len(order)][n], cuts


def _char_pairs(key: str) -> set[str]:
    return {key[at:at + 2] for at in range(len(key) - 1)}


def classify(
    old: Report,
    new: Report,
    alignment: Alignment,
    section_pairs: list[tuple[Section | None, Section | None, float]],
    unmoved: dict[str, frozenset[str | None]] | None = None,
) -> tuple[tuple[Match, ...], tuple[SectionMatch, ...]]:
    """Return every measure's Match in display order, and the section matches; ``unmoved`` gives,
    per old measure of a block that changed level, the new sections it is not moved to."""
    section_map = {so.id: (sn.id if sn else None) for so, sn, _ in section_pairs if so is not None}
    # -- by side: an old and a new measure may bear the same id (三/(九)/¶1 on both sides) --
    split_old = {p.old.id for p in alignment.pairs if p.relation == "split"}
    merged_new = {p.new.id for p in alignment.pairs if p.relation == "merged"}
    # -- one memo for the comparison: repeated paragraphs and headings are redlined once --
    memo = RedlineMemo()
    reading = ({m.id: i for i, m in enumerate(old.measures)}, {m.id: i for i, m in enumerate(new.measures)})
    redlines = _redlines(alignment.pairs, lambda role: years_between(old, new, role), memo, reading)

    def group_of(pair: Pair) -> tuple[str, str] | None:
        return ("split", pair.old.id) if pair.old.id in split_old else (
            ("merged", pair.new.id) if pair.new.id in merged_new else None)

    # -- a split or merge whose pieces read word for word as before is the same text cut
    #    elsewhere (a wrapped copy's paragraph ends): continued, its relation still said --
    changed = {group_of(pair) for pair in alignment.pairs if not is_unchanged(redlines[(pair.old.id, pair.new.id)])} - {None}
    matches_by_new: dict[str, list[Match]] = {}
    for pair in alignment.pairs:
        runs = redlines[(pair.old.id, pair.new.id)]
        if _moved(pair, section_map, unmoved):
            status = Status.MOVED
        elif is_unchanged(runs) and group_of(pair) not in changed:
            status = Status.CONTINUED
        else:
            status = Status.MODIFIED
        relation = pair.relation
        if relation is None and (pair.old.id in split_old or pair.new.id in merged_new):
            relation = "split" if pair.old.id in split_old else "merged"
        match = Match(status, pair.old, pair.new, pair.similarity, runs, pair.method, relation, pair.shared_terms,
                      year_relative(runs, years_between(old, new, pair.new.role)))
        matches_by_new.setdefault(pair.new.id, []).append(match)

    ordered: list[tuple[float, int, Match]] = []
    new_position = {m.id: index for index, m in enumerate(new.measures)}
    for measure in new.measures:
        for rank, match in enumerate(sorted(matches_by_new.get(measure.id, []), key=lambda m: m.old.line)):
            ordered.append((new_position[measure.id] + rank * 0.01, 0, match))
        if measure.id not in matches_by_new:
            ordered.append((new_position[measure.id], 0, Match(Status.NEW, None, measure, 0.0,
                                                                whole(Op.INSERT, measure.text), "none")))
    ordered.extend(_dropped_positions(old, alignment, new_position))
    ordered.sort(key=lambda item: (item[0], item[1]))
    # -- reading order: sections of the new report as they stand, then those only the old had --
    ordered_pairs = sorted(section_pairs, key=lambda pair: (0, pair[1].line, 0) if pair[1] else (1, 0, pair[0].line))
    sections = _with_moves(tuple(_section_match(so, sn, score, memo) for so, sn, score in ordered_pairs))
    return tuple(match for _, _, match in ordered), sections


#: Up to this many paired sections the run kept in place is chosen by displacement too (quadratic).
_MOVES_BY_DISPLACEMENT = 400


def _with_moves(sections: tuple[SectionMatch, ...]) -> tuple[SectionMatch, ...]:
    """Mark the sections that changed their place: read in the old order, the paired sections
    whose new places rise make the longest run that kept its order; the others moved. Among runs
    as long, the one whose sections stand nearest their old ranks stays: a section still at its
    rank stays put, one brought from the back to the front moved (（三）→（一）, not （二）→（二）).
    A section added or dropped renumbers those after it but moves none."""
    paired = sorted((m for m in sections if m.old is not None and m.new is not None), key=lambda m: m.old.line)
    if len(paired) <= _MOVES_BY_DISPLACEMENT:
        kept = _kept_nearest(paired)
    else:
        kept = _kept_longest(paired)
    return tuple(replace(m, moved=True) if m.old is not None and m.new is not None and id(m) not in kept else m
                 for m in sections)


def _kept_nearest(paired: list[SectionMatch]) -> set[int]:
    """Return the ids of the longest run of rising new places, the nearest its old ranks of those
    as long (sum of |old rank − new rank|), as ``paired`` (in old order) reads."""
    rank = {id(m): r for r, m in enumerate(sorted(paired, key=lambda m: m.new.line))}
    best: list[tuple[int, int]] = []  # -- (length, −displacement) of the best run ending at each --
    back: list[int | None] = []
    for index, match in enumerate(paired):
        here = (1, -abs(index - rank[id(match)]))
        best_here, link = here, None
        for before in range(index):
            if paired[before].new.line < match.new.line:
                length, displacement = best[before]
                candidate = (length + 1, displacement + here[1])
                if candidate > best_here:
                    best_here, link = candidate, before
        best.append(best_here)
        back.append(link)
    kept: set[int] = set()
    step = max(range(len(paired)), key=lambda i: (best[i], -i), default=None)
    while step is not None:
        kept.add(id(paired[step]))
        step = back[step]
    return kept


def _kept_longest(paired: list[SectionMatch]) -> set[int]:
    """Return the ids of a longest run of rising new places (patience sorting, with back links)."""
    tails: list[int] = []
    tail_lines: list[int] = []
    back: list[int | None] = []
    for index, match in enumerate(paired):
        at = bisect_left(tail_lines, match.new.line)
        back.append(tails[at - 1] if at else None)
        if at == len(tails):
            tails.append(index)
            tail_lines.append(match.new.line)
        else:
            tails[at] = index
            tail_lines[at] = match.new.line
    kept: set[int] = set()
    step = tails[-1] if tails else None
    while step is not None:
        kept.add(id(paired[step]))
        step = back[step]
    return kept


def _dropped_positions(
    old: Report, alignment: Alignment, new_position: dict[str, int]
) -> list[tuple[float, int, Match]]:
    """Place each dropped measure right after the new place of its nearest matched predecessor."""
    new_of_old: dict[str, str] = {}
    for pair in alignment.pairs:
        new_of_old.setdefault(pair.old.id, pair.new.id)
    dropped = {m.id for m in alignment.unmatched_old}
    placed: list[tuple[float, int, Match]] = []
    anchor = -1.0
    for index, measure in enumerate(old.measures):
        if measure.id in new_of_old:
            anchor = float(new_position[new_of_old[measure.id]])
            continue
        if measure.id in dropped:
            match = Match(Status.DROPPED, measure, None, 0.0, whole(Op.DELETE, measure.text), "none")
            # -- 0.5 puts it after the anchor (and its split partners) but before the next measure --
            placed.append((anchor + 0.5, index, match))
    return placed


def _section_match(old: Section | None, new: Section | None, score: float, redline=redline) -> SectionMatch:
    if old is not None and new is not None:
        return SectionMatch(old, new, score, redline(old.title, new.title))
    if new is not None:
        return SectionMatch(None, new, 0.0, whole(Op.INSERT, new.title))
    assert old is not None
    return SectionMatch(old, None, 0.0, whole(Op.DELETE, old.title))


def part_matches(pairs: list[tuple[Part | None, Part | None]], years=None) -> tuple[PartMatch, ...]:
    """Return part matches with the redline of their headings (``years(role)`` as in classify)."""
    result = []
    for old, new in pairs:
        if old is not None and new is not None:
            runs = redline(old.title, new.title, years(new.role) if years else None)
        else:
            runs = whole(Op.INSERT, new.title) if new else whole(Op.DELETE, old.title)  # type: ignore[union-attr]
        result.append(PartMatch(old, new, runs))
    return tuple(result)


__all__ = ["classify", "part_matches", "years_between"]
