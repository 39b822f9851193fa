"""Why readers' expressions rank beyond 40: three re-rankings measured on every reader's keys.

Every labelled list is ranked in full (expressions.LIMIT lifted) with each listed expression's
score, and three questions are asked of it (issue 7 item 6, brief expr30):

* spread — do readers' picks stand in other sections than the first 40 (the top crowding into
  a few)? Prints labels and first 40 by part and by section, then re-ranks greedily with a
  penalty for the k-th pick from the same section (or from it beyond a few);
* salience — are picks the year's themes, the span's new core used across many sections
  (高质量发展, 营商环境)? The core is each shortest run of tokens the other report lacks; its
  salience the number of sections using it. Prints the label rate by salience, then re-ranks
  with a graded lift; and the same for a new compound of two old content words (compounds);
* form — do picks end in a standing name or concept (…体系, …格局, …战略) and one-off tasks in
  something else? Prints the label rate by the span's last and first token, in the first 40
  and from 40 to 400, then re-ranks with a lift for concept heads, a cut for a field's routine
  work (…建设, …改革), and a lift for the part that sets the year's line.

A re-ranking here permutes the listed expressions and keeps their score; it does not re-run
the one-per-phrase choice, which only a change inside expressions.py would. Nothing here is
used by the package.

Also printed first (gap): how far below the 40th listed the labels beyond 40 score.

    python benchmarks/expression_ranks.py [gap|spread|salience|compounds|form]
"""

from __future__ import annotations

import collections
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import test_expressions as keys  # noqa: E402
from reportdiff import expression_words as words  # noqa: E402
from reportdiff import expressions  # noqa: E402
from reportdiff.expression_units import bare  # noqa: E402

FIRST = 40
# -- what is no content word of a compound: a policy verb, an adverb, a function word --
_NOT_CONTENT = frozenset(words.POLICY_VERBS) | frozenset(words.ADVERBS) | frozenset(words.FUNCTION_WORDS)
GROUPS = {"first reader": keys.PAIRS, "blind": keys.BLIND_PAIRS, "held out": keys.HELD_OUT_PAIRS,
          "later": keys.LATER_PAIRS}


class Listing:
    """One labelled list ranked in full: its expressions, their scores and spans, the labels."""

    def __init__(self, group: str, name: str, side: str, labels: list[str], items: tuple, spans: list,
                 own, other) -> None:
        self.group, self.name, self.side, self.labels = group, name, side, labels
        self.items, self.spans, self.own, self.other = items, spans, own, other
        texts = keys._texts(items)
        # -- an expression is a pick when it shows a label (the tests' own test) --
        self.picked = [any(keys._found(label, [text]) for label in labels) for text in texts]
        self.texts = texts

    def shown(self, order: list[int]) -> int:
        """Return how many labels the first 40 of ``order`` (indices into the items) show."""
        listed = [self.texts[i] for i in order[:FIRST]]
        return sum(keys._found(label, listed) for label in self.labels)


def listings() -> list[Listing]:
    """Rank every keyed pair in full, keeping each listed expression's score and span."""
    captured: list = []
    fold, candidates = expressions.names.fold, expressions._candidates

    def sides(own, other, new_is_own, terms):
        captured.append((own, other))
        return candidates(own, other, new_is_own, terms)

    def scored(chosen, units, named):
        found = fold(chosen, units, named)
        # -- one text may stand in several units: the listed one is the best scored --
        by_text = {}
        for c in sorted(found, key=lambda c: c.score):
            by_text[units[c.unit].norm.span(c.start, c.end)] = c
        captured.append(by_text)
        return found

    limit, expressions.LIMIT = expressions.LIMIT, 10_000
    expressions.names.fold, expressions._candidates = scored, sides
    result = []
    try:
        for group, names in GROUPS.items():
            for name in names:
                captured.clear()
                answer, found = keys._real_pair(name)
                # -- _absent reads the new report first, then the old one --
                for side, (own, other), by_text in zip(("new", "dropped"), captured[0::2], captured[1::2]):
                    items = getattr(found, side)
                    spans = [by_text[item.text] for item in items]
                    labels = [item["text"] for item in answer["expressions"][side]]
                    result.append(Listing(group, name, side, labels, items, spans, own, other))
    finally:
        expressions.LIMIT = limit
        expressions.names.fold, expressions._candidates = fold, candidates
    return result


def measure(lists: list[Listing], order: Callable[[Listing], list[int]], label: str) -> None:
    """Print the labels shown in the first 40 by group when each list is re-ranked by ``order``."""
    counts: dict[str, list[int]] = {group: [0, 0] for group in GROUPS}
    for listing in lists:
        counts[listing.group][0] += listing.shown(order(listing))
        counts[listing.group][1] += len(listing.labels)
    right, total = sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())
    print(f"  {label:<28} " + "  ".join(f"{g} {a}/{b}" for g, (a, b) in counts.items()) + f"  all {right}/{total}")


def _by_score(listing: Listing, lift: Callable[[int], float]) -> list[int]:
    """The list re-ranked by score plus ``lift(i)``; ties keep the listing's order."""
    return sorted(range(len(listing.items)), key=lambda i: (-(listing.spans[i].score + lift(i)), i))


def section(where: str) -> str:
    """Return the part and section of a unit id (三/(二)/¶3 → 三/(二); 二/一是 → 二)."""
    parts = where.split("/")
    return "/".join(parts[:2]) if len(parts) > 1 and parts[1].startswith("(") else parts[0]


def spread(lists: list[Listing]) -> None:
    print("spread: labels (where their best listing stands) against the first 40, by part")
    for listing in lists:
        label_parts: collections.Counter[str] = collections.Counter()
        label_sections: collections.Counter[str] = collections.Counter()
        for label in listing.labels:
            best = next((i for i, text in enumerate(listing.texts) if keys._found(label, [text])), None)
            if best is not None:
                label_parts[listing.items[best].where[0].split("/")[0]] += 1
                label_sections[section(listing.items[best].where[0])] += 1
        top = [item.where[0] for item in listing.items[:FIRST]]
        top_sections = collections.Counter(map(section, top))
        print(f"  {listing.name} {listing.side}: labels {dict(sorted(label_parts.items()))} "
              f"first 40 {dict(sorted(collections.Counter(w.split('/')[0] for w in top).items()))}; "
              f"sections {len(label_sections)} / {len(top_sections)}, most in one "
              f"{max(label_sections.values(), default=0)} / {max(top_sections.values(), default=0)}")
    measure(lists, lambda listing: list(range(len(listing.items))), "as listed")
    for cap in (0, 3, 8):
        for penalty in (0.1, 0.5, 1.0):
            measure(lists, lambda listing: _diverse(listing, penalty, cap), f"section penalty {penalty} from {cap + 1}")


def _diverse(listing: Listing, penalty: float, cap: int) -> list[int]:
    """Greedy re-ranking of the first 400: each pick from a section beyond ``cap`` costs ``penalty``."""
    left = list(range(min(len(listing.items), 400)))
    taken: collections.Counter[str] = collections.Counter()
    order = []
    while left and len(order) < FIRST:
        best = max(left, key=lambda i: (listing.spans[i].score
                                        - penalty * max(0, taken[section(listing.items[i].where[0])] - cap), -i))
        order.append(best)
        left.remove(best)
        taken[section(listing.items[best].where[0])] += 1
    return order


def _cores(listing: Listing, index: int) -> list[str]:
    """Return the span's new cores: each shortest run of its tokens the other report lacks."""
    span = listing.spans[index]
    unit = listing.own.units[span.unit]
    tokens = [i for i, offset in enumerate(unit.offsets[:-1]) if span.start <= offset < span.end]
    at = unit.moffsets
    runs = []
    for first in tokens:
        for last in range(first + 1, tokens[-1] + 2):
            core = unit.key[at[first]:at[last]]
            if len(bare(core)) >= 2 and not listing.other.has(core):
                runs.append((first, last, core))
                break
    return [core for first, last, core in runs
            if not any(first <= f and l <= last and (f, l) != (first, last) for f, l, _ in runs)]


def _salience(listing: Listing) -> list[int]:
    """The most sections any new core of each listed expression stands in."""
    return [max((len({section(w) for w in listing.own.where(core)}) for core in _cores(listing, i)), default=0)
            for i in range(len(listing.items))]


def salience(lists: list[Listing]) -> None:
    print("salience: label rate by the sections the new core stands in (capped at 4)")
    values = {id(listing): _salience(listing) for listing in lists}
    for group in GROUPS:
        top: collections.Counter[int] = collections.Counter()
        rates: dict[int, list[int]] = collections.defaultdict(lambda: [0, 0])
        for listing in (x for x in lists if x.group == group):
            for i, value in enumerate(values[id(listing)][:600]):
                if i < FIRST:
                    top[min(value, 4)] += 1
                else:
                    rates[min(value, 4)][0] += listing.picked[i]
                    rates[min(value, 4)][1] += 1
        print(f"  {group:<12} first 40 {dict(sorted(top.items()))}; picked 40–600: "
              + ", ".join(f"{v}: {a}/{b} {a / b:.1%}" for v, (a, b) in sorted(rates.items())))
    for cap in (1, 3):
        for weight in (0.25, 0.5, 1.0):
            measure(lists, lambda listing: _by_score(
                listing, lambda i: weight * min(max(values[id(listing)][i] - 1, 0), cap)),
                f"lift {weight} × sections−1 ≤ {cap}")


def _tokens(listing: Listing, index: int) -> list[str]:
    span = listing.spans[index]
    unit = listing.own.units[span.unit]
    return [t for t, o in zip(unit.tokens, unit.offsets) if span.start <= o < span.end]


def _compound_uses(listing: Listing, index: int) -> int:
    """How often the span's most used new compound stands in its report: two adjacent content
    words, each in the other report, joined nowhere in it (高质量|发展, 经济|体系); 0 when none."""
    span = listing.spans[index]
    unit = listing.own.units[span.unit]
    tokens = [i for i, offset in enumerate(unit.offsets[:-1]) if span.start <= offset < span.end]
    at, uses = unit.moffsets, 0
    for first in tokens[:-1]:
        pair = unit.masked[first:first + 2]
        if any(token in _NOT_CONTENT or len(token) < 2 for token in pair):
            continue
        core = unit.key[at[first]:at[first + 2]]
        if not listing.other.has(core) and all(map(listing.other.has, pair)):
            uses = max(uses, listing.own.count(core))
    return uses


def compounds(lists: list[Listing]) -> None:
    print("compounds: label rate by the uses of a new compound of old words (capped at 3)")
    values = {id(listing): [_compound_uses(listing, i) for i in range(len(listing.items))] for listing in lists}
    for group in GROUPS:
        rates: dict[tuple[str, int], list[int]] = collections.defaultdict(lambda: [0, 0])
        for listing in (x for x in lists if x.group == group):
            for i, value in enumerate(values[id(listing)][:600]):
                row = rates["1–40" if i < FIRST else "41–600", min(value, 3)]
                row[0] += listing.picked[i]
                row[1] += 1
        print(f"  {group:<12} " + ", ".join(f"{where} {v}: {a}/{b}" for (where, v), (a, b) in sorted(rates.items())))
    for weight in (-1.0, -0.5, 0.5, 1.0, 2.0):
        for least in (1, 2):
            measure(lists, lambda listing: _by_score(listing, lambda i: weight * (values[id(listing)][i] >= least)),
                    f"compound used {least}+ {weight:+}")


def form(lists: list[Listing]) -> None:
    print("form: label rate by the span's last and first token (first 40; 40–400), seen 12 times or more")
    for name, pick in (("last", -1), ("first", 0)):
        rates: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
        for listing in lists:
            for i in range(min(400, len(listing.items))):
                row = rates[_tokens(listing, i)[pick]]
                row[0 if i < FIRST else 2] += listing.picked[i]
                row[1 if i < FIRST else 3] += 1
        print(f"  by {name} token")
        for token, (a, b, c, d) in sorted(rates.items(), key=lambda kv: -(kv[1][1] + kv[1][3])):
            if b + d >= 12:
                print(f"    {token:<6} {a:>3}/{b:<3}  {c:>3}/{d:<4} {c / max(d, 1):6.1%}")
    ends = {id(listing): [_tokens(listing, i)[-1] for i in range(len(listing.items))] for listing in lists}
    # -- a concept or standing name (…体系, …格局) up; a field's routine work (…建设, …改革) down --
    for name, heads, lifts in (("concept heads", {"体系", "格局", "新格局", "模式"}, (0.5, 1.0)),
                               ("routine heads", {"建设", "改革", "机制", "制度", "政策"}, (-0.5, -1.0))):
        for lift in lifts:
            measure(lists, lambda listing: _by_score(listing, lambda i: lift * (ends[id(listing)][i] in heads)),
                    f"{name} {lift:+}")
    # -- the part that sets the year's line (总体要求和政策取向: 二 before the tasks in 三) --
    for lift in (0.25, 0.5, 1.0):
        measure(lists, lambda listing: _by_score(listing, lambda i: lift * _framing(listing, i)), f"framing part {lift:+}")


def _framing(listing: Listing, index: int) -> bool:
    parts = {unit.id.split("/")[0] for unit in listing.own.units}
    return listing.items[index].where[0].split("/")[0] == "二" and "三" in parts


def gap(lists: list[Listing]) -> None:
    print("gap: how far the labels beyond 40 score below the 40th listed (what a new signal must add)")
    for group in GROUPS:
        short: list[float] = []
        unlisted = 0
        for listing in (x for x in lists if x.group == group):
            cut = listing.spans[FIRST - 1].score
            for label in listing.labels:
                best = next((i for i, text in enumerate(listing.texts) if keys._found(label, [text])), None)
                if best is None:
                    unlisted += 1
                elif best >= FIRST:
                    short.append(cut - listing.spans[best].score)
        print(f"  {group:<12} beyond 40 {len(short)}, never listed {unlisted}; short by median "
              f"{statistics.median(short):.2f}, ≤0.5 {sum(x <= 0.5 for x in short)}, ≤1 {sum(x <= 1 for x in short)}, "
              f"≤2 {sum(x <= 2 for x in short)}, >4 {sum(x > 4 for x in short)}")


def main(argv: list[str]) -> None:
    if not keys.REAL.is_dir():
        sys.exit(f"real reports not found at {keys.REAL}")
    lists = listings()
    steps = {"gap": gap, "spread": spread, "salience": salience, "compounds": compounds, "form": form}
    for name in argv or list(steps):
        steps[name](lists)


if __name__ == "__main__":
    main(sys.argv[1:])
