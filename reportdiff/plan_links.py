"""Which results a plan is linked to: candidates by index, then the best-covering ones.

``TargetIndex`` narrows the results a plan is scored against to those holding one of its
strong needles (quadratic otherwise); ``links`` takes the best, then further results only on
wording the earlier ones left uncovered. The features and the scoring they use are
:mod:`reportdiff.plan_matching`'s.
"""

from __future__ import annotations

from .plan_matching import ANCHOR_WEIGHT, DOMAIN, SATURATION, Body, Features, Matcher, concept_form_in, holds
from .text_index import Joins, Texts

#: Ranking bonus for evidence found in a result's title: the title names what the measure is about.
_TITLE_BONUS = 0.25


def shown_terms(part: Features, found: list[str], other: str | None = None) -> tuple[str, ...]:
    """Return the shared terms a reviewer reads as evidence, most specific first.

    With ``other`` (the key of the text ``part`` was matched against), a concept is shown by
    what the two texts write, never by its name, which may be in neither (大气污染防治 of 蓝天
    保卫战 and 优良天数): the form both hold (一件事), or the plan's form and the other's joined
    by ≈ (蓝天保卫战≈空气质量), a match of one concept in two wordings. A term held inside
    another shown term (一件事 in 高效办成一件事) is not shown again."""
    hits = set(found)
    ranked = sorted((t for t in part.terms if t in hits), key=lambda t: -part.weights[t])
    if other is None:
        return tuple(dict.fromkeys(t[1:] if t.startswith("@") else t for t in ranked))
    return written_forms(ranked, part.key, other)


def written_forms(terms, mine: str, other: str) -> tuple[str, ...]:
    """``terms`` in order, a concept (``@name``) shown by what the two texts write: the form both
    hold, or ``mine``'s and ``other``'s forms joined by ≈; dropped where either writes none of it.
    A word held inside another shown form is not shown again (优良 of 优良天数)."""
    shown: list[str] = []
    written: set[str] = set()
    for term in terms:
        if not term.startswith("@"):
            shown.append(term)
            continue
        form, theirs = concept_form_in(term[1:], mine), concept_form_in(term[1:], other)
        if form is None or theirs is None:
            continue
        if form == theirs or form in other:
            shown.append(form)
        elif theirs in mine:
            shown.append(theirs)
        else:
            shown.append(f"{form}≈{theirs}")
        written.add(shown[-1])
    # -- a word the form writes again (优良 of 优良天数), or a form inside a longer term --
    return tuple(dict.fromkeys(t for t in shown if not any(
        t != longer and t in longer and (t in written or longer in written) for longer in shown)))


#: What a word or bigram of a plan is to ``Matcher.anchored``: a domain term, an anchor word of
#: four characters or more, a shorter anchor word (two are needed), or no anchor at all.
_STRONG, _LONG, _SHORT, _WEAK = "strong", "long", "short", "weak"

Target = tuple[Features | Body, str]
"""A result as matched: its whole text (key and concepts), and the key of its title."""


class TargetIndex:
    """Which targets contain a given needle, so a plan is scored only against candidates.

    ``Matcher.shared`` is zero unless the target holds at least one *strong* needle of
    the plan (a concept, a domain term, or a word weighted as an anchor), so the targets
    holding none can be skipped without changing any result. Without this, promise
    tracking compares every plan with every result: quadratic in the report size.
    """

    def __init__(self, targets: list[Target], most: int | None = None, texts: Texts | Joins | None = None) -> None:
        """``texts``: which targets contain a substring, when an index of their keys exists
        already (``Matcher.joins``); by default the targets' keys are indexed here."""
        self.targets = targets
        #: At most this many candidates a plan, those holding most of its strong wording
        #: (None: all). Long reviews hold a common strong word in dozens of sentences.
        self.most = most
        self._texts = texts if texts is not None else Texts([body.key for body, _ in targets])
        # -- of targets with the same text and title only the first is ever a candidate: a
        #    later twin scores the same (``links`` keeps the first of equal ranks) and, once
        #    the first is linked, finds only covered wording. Without this a report that
        #    repeats its measures costs quadratic time. --
        first: dict[tuple[str, str], int] = {}
        self._distinct = frozenset(first.setdefault((body.key, title), index)
                                   for index, (body, title) in enumerate(targets))
        self._twins = len(self._distinct) < len(targets)
        self._by_concept: dict[str, set[int]] = {}
        for index in sorted(self._distinct):
            for concept in targets[index][0].concepts:
                self._by_concept.setdefault(concept, set()).add(index)
        self._cache: dict[str, set[int] | frozenset[int]] = {}  # -- read, never changed --
        self._strength: dict[str, tuple[float, str]] = {}
        self._holding: dict[str, tuple[list[int], set[int], dict[int, list[str]]]] = {}
        self._scores: dict[str, tuple[_Anchors, dict[int, _Score]]] = {}

    def _containing(self, needle: str) -> set[int] | frozenset[int]:
        found = self._cache.get(needle)
        if found is None:
            found = self._texts.containing(needle)
            if self._twins:
                found &= self._distinct
            self._cache[needle] = found
        return found

    def holding(self, plan: Features, excluded: frozenset[int] = frozenset()) -> dict[int, list[str]]:
        """Return, for each candidate not ``excluded`` that a match can be anchored in, the
        features of ``plan`` it holds.

        Candidates are the targets holding a strong needle of the plan, at most ``most`` of
        them (those holding most of its strong wording), counted after the exclusion: an
        excluded target takes no place from another. Most candidates hold too little to anchor
        a match (one short word); their features are never looked for. What a target holds of
        a plan is kept, as a plan is looked up again with other targets excluded.
        """
        cached = self._holding.get(plan.key)
        if cached is None:
            hits, anchored = self._hits(plan)
            # -- most weight first, then reading order (sort is stable, also in reverse); a plan
            #    no candidate can anchor is done with --
            ranked = sorted(sorted(hits), key=hits.__getitem__, reverse=True) if anchored else []
            cached = self._holding[plan.key] = (ranked, anchored, {})
        ranked, anchored, held = cached
        if not anchored:
            return {}
        most = len(ranked) if self.most is None else self.most
        if not excluded:
            kept = [index for index in ranked[:most] if index in anchored]
        else:
            kept = []
            for index in ranked:
                if index in excluded:
                    continue
                if most <= 0:
                    break
                most -= 1
                if index in anchored:
                    kept.append(index)
        found: dict[int, list[str]] = {}
        for index in sorted(kept):
            features = held.get(index)
            if features is None:
                features = held[index] = Matcher.found(plan, self.targets[index][0])
            found[index] = features
        return found

    def scores(self, plan: Features) -> tuple[_Anchors, dict[int, _Score]]:
        """Return what anchors ``plan``, and the memo ``links`` keeps of its candidates: (anchored
        weight, weight in the title, features the title holds, rank) by target index."""
        found = self._scores.get(plan.key)
        if found is None:
            found = self._scores[plan.key] = (_Anchors(plan), {})
        return found

    def _hits(self, plan: Features) -> tuple[dict[int, float], set[int]]:
        """Return the targets holding at least one strong needle of ``plan``, with the weight
        of the strong needles each holds; and those of them a match with the plan is anchored in
        (``Matcher.anchored``: a concept or domain term, a long anchor word, or two anchor words)."""
        hits: dict[int, float] = {}
        get = hits.get
        anchored: set[int] = set()
        once: set[int] = set()  # -- targets holding one short anchor word so far --
        weights = plan.weights
        for feature, needle, concept in plan.needles:
            if concept:
                found = self._by_concept.get("@" + needle, ())
                anchored.update(found)
                if feature[0] != "@":
                    # -- a word looked for as the concept its form names is found as it stands
                    #    too (``Matcher.found``): the targets holding it are candidates as well --
                    literal = self._word_hits(feature, feature.lstrip("~"), weights[feature], anchored, once)
                    found = set(found).union(literal) if literal else found
            else:
                found = self._word_hits(feature, needle, weights[feature], anchored, once)
                if found is None:
                    continue
            weight = weights[feature]
            for index in found:
                hits[index] = get(index, 0.0) + weight
        return hits, anchored

    def _word_hits(self, feature: str, needle: str, weight: float, anchored: set[int],
                   once: set[int]) -> set[int] | frozenset[int] | None:
        """The targets holding a word or bigram feature (None for a weak one, which finds no
        candidate), ``anchored`` and ``once`` updated as ``_hits`` keeps them."""
        known = self._strength.get(feature)
        if known is None or known[0] != weight:
            # -- what a feature is depends on it and its weight alone --
            known = self._strength[feature] = (weight, (
                _STRONG if feature in DOMAIN else
                _WEAK if feature[0] == "~" or weight < ANCHOR_WEIGHT else
                _LONG if len(feature) >= 4 else _SHORT))
        strength = known[1]
        if strength is _WEAK:
            return None
        found = self._containing(needle)
        if strength is _SHORT:
            anchored.update(once.intersection(found))
            once.update(found)
        else:
            anchored.update(found)
        return found

class _Anchors:
    """What anchors a match of one plan (see ``Matcher.anchored``), looked up as sets.

    ``Matcher.anchored`` asks the same questions of the same plan for every candidate and
    every round of ``links``; here they are answered once a plan, when first asked (a plan
    with one round never asks: its candidates are anchored in all they hold).
    """

    __slots__ = ("weights", "_anchor", "_sets", "_ranked", "_terms")

    def __init__(self, plan: Features, anchor: float = ANCHOR_WEIGHT) -> None:
        self.weights = plan.weights
        self._anchor = anchor
        self._terms = plan.terms
        self._sets: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
        self._ranked: list[str] | None = None

    @property
    def strong(self) -> frozenset[str]:
        """The plan's concepts and domain terms."""
        return self._anchoring()[0]

    @property
    def anchors(self) -> frozenset[str]:
        """The plan's words weighing at least an anchor."""
        return self._anchoring()[1]

    @property
    def long(self) -> frozenset[str]:
        """The plan's anchor words of four characters or more."""
        return self._anchoring()[2]

    def _anchoring(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        if self._sets is None:
            weights, anchor = self.weights, self._anchor
            strong = frozenset(f for f in weights if f.startswith("@") or f in DOMAIN)
            anchors = frozenset(f for f in weights if not f.startswith("~") and weights[f] >= anchor)
            self._sets = (strong, anchors, frozenset(f for f in anchors if len(f) >= 4))
        return self._sets

    @staticmethod
    def in_title(title: str, held: list[str]) -> frozenset[str]:
        """Return the features of ``held`` that ``title`` holds."""
        return frozenset(f for f in held if holds(title, f)) if title else frozenset()

    def shown(self, found: list[str]) -> tuple[str, ...]:
        """``shown_terms(plan, found)``: the plan's terms sorted once (sort is stable, so sorting the
        terms ``found`` holds keeps the order they have among all)."""
        if self._ranked is None:
            weights = self.weights
            self._ranked = sorted(self._terms, key=lambda t: -weights[t])
        hits = set(found)
        return tuple(dict.fromkeys(t[1:] if t.startswith("@") else t for t in self._ranked if t in hits))

    def total(self, found: list[str]) -> float:
        """Return the weight of ``found``, summed in its order as ``anchored`` sums."""
        return sum(map(self.weights.__getitem__, found))

    def weight(self, found: list[str]) -> float:
        """Return the weight of ``found`` as ``Matcher.anchored`` gives it (0 when not anchored)."""
        strong, anchors, long = self._anchoring()
        if strong.isdisjoint(found):
            held = anchors.intersection(found)
            if len(held) < 2 and long.isdisjoint(held):
                return 0.0
        # -- summed in ``found``'s order, as ``anchored`` sums: the same float to the last bit --
        return sum(map(self.weights.__getitem__, found))


def links(plan: Features, targets: TargetIndex, threshold: float,
          excluded: frozenset[int] = frozenset(),
          demoted: frozenset[int] = frozenset()) -> list[tuple[int, float, tuple[str, ...]]]:
    """Return (target index, score, shared terms) for every target the plan is linked to.

    The score is the shared weight over the plan's weight, the latter capped at
    SATURATION: a long plan sentence needs only so much evidence, not a share of all
    its words. The best target is linked first; a further target is linked only on the
    plan's wording that earlier links did not already cover, so one plan links two
    results only when it really bundles two measures. Among equal evidence, the result
    whose title holds it wins (行政复议 in the title of a 行政复议 measure beats a passing
    mention in a legal-adviser measure). Targets in ``excluded`` are never linked; a target in
    ``demoted`` (a review of five years beside last year's) is linked first only when no other
    holds as much of the plan (a tie: the same score, saturation counted).
    """
    denominator = min(plan.total, SATURATION)
    if denominator <= 0:
        return []
    # -- what each candidate holds of the plan, looked up once (``TargetIndex.holding``) --
    holding = targets.holding(plan, excluded)
    if not holding:
        return []
    anchors, scores = targets.scores(plan)
    weights = plan.weights
    # -- the first round: each candidate's weight, title weight and rank hold for every call
    #    with this plan (a candidate is anchored in all it holds); the first best rank wins --
    candidates: list[tuple[float, int, list[str], _Score]] = []
    best: tuple[float, float, int, list[str]] | None = None
    for index, held in holding.items():
        score = scores.get(index)
        if score is None:
            score = scores[index] = _first_round(anchors, weights, targets.targets[index][1], held)
        if score[0] <= 0:
            continue  # -- not anchored on all it holds, so not on a part of it either --
        candidates.append((score[3], index, held, score))
        if best is None or score[3] > best[0]:
            best = (score[3], score[0], index, held)
    if best is not None and best[2] in demoted:
        best = _undemoted(best, candidates, demoted, denominator)
    linked: list[tuple[int, float, tuple[str, ...]]] = []
    ordered: list[tuple[float, int, list[str], _Score]] | None = None
    while best is not None and best[1] / denominator >= threshold:
        _, weight, index, found = best
        linked.append((index, round(min(scores[index][0] / denominator, 1.0), 4), anchors.shown(holding[index])))
        if ordered is None:
            # -- later rounds weigh what earlier links left uncovered: never more than the first
            #    round's weight and rank (a part of the same positive weights, summed in order) --
            ordered = sorted(candidates, key=lambda candidate: (-candidate[0], candidate[1]))
            covered = frozenset(found)
        else:
            covered = covered | frozenset(found)
        ordered = [candidate for candidate in ordered if candidate[1] != index]
        # -- a round links only a candidate whose weight passes the threshold: when none could,
        #    whichever ranks first is not linked --
        if all(score[0] / denominator < threshold for _, _, _, score in ordered):
            break
        best = None
        for rank_bound, index, held, score in ordered:
            if best is not None and (rank_bound < best[0] or rank_bound == best[0] and index > best[2]):
                break  # -- this and every later candidate ranks below the best, or ties it after it --
            found = [f for f in held if f not in covered]
            weight = anchors.weight(found)
            if weight <= 0:
                continue
            in_title_features = score[2]
            in_title = sum(weights[f] for f in found if f in in_title_features)
            rank = weight + _TITLE_BONUS * in_title
            # -- the first best rank in reading order, as the first round takes it --
            if best is None or rank > best[0] or rank == best[0] and index < best[2]:
                best = (rank, weight, index, found)
    return linked


def _undemoted(best: tuple[float, float, int, list[str]], candidates: list[tuple[float, int, list[str], _Score]],
               demoted: frozenset[int], denominator: float) -> tuple[float, float, int, list[str]]:
    """Return the best-ranked candidate outside ``demoted`` that scores as ``best`` does, else ``best``."""
    score = min(best[1] / denominator, 1.0)
    tied = [(rank, index, held, weight) for rank, index, held, (weight, _, _, _) in candidates
            if index not in demoted and min(weight / denominator, 1.0) >= score]
    if not tied:
        return best
    rank, index, held, weight = max(tied, key=lambda candidate: (candidate[0], -candidate[1]))
    return rank, weight, index, held


_Score = tuple[float, float, frozenset[str], float]
"""A candidate's first round with a plan: its weight, its weight in the title, the features the
title holds, and its rank (weight and title bonus)."""


def _first_round(anchors: _Anchors, weights: dict[str, float], title: str, held: list[str]) -> _Score:
    weight = anchors.total(held)
    if weight > 0:
        in_title_features = anchors.in_title(title, held)
        in_title = sum(weights[f] for f in held if f in in_title_features)
    else:
        in_title_features, in_title = frozenset(), 0.0
    return weight, in_title, in_title_features, weight + _TITLE_BONUS * in_title

__all__ = ["Target", "TargetIndex", "links", "shown_terms", "written_forms"]
