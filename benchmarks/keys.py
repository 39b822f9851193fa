"""Print how the answer keys in tests/real_keys/ are met (accuracy figures, not tests).

    python benchmarks/keys.py                 # promises, expressions, figures, successors, plans
    python benchmarks/keys.py expressions     # one group: promises, expressions, figures, successors, plans
    python benchmarks/keys.py expressions -v  # …with each key's labels missing from the first 40

The scoring is the tests' own (tests/test_real_reports.py, tests/test_expressions.py,
tests/test_real_figures.py, tests/test_real_plan_links.py), imported rather than copied, so a figure printed here is the one
the floors in those tests hold. Needs ../shared/real beside the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import test_expressions as expressions_keys  # noqa: E402
import test_real_figures as figure_keys  # noqa: E402
import test_real_plan_links as plan_keys  # noqa: E402
import test_real_reports as report_keys  # noqa: E402

FIRST = 40


def _line(label: str, right: int, total: int) -> None:
    print(f"  {label:<50} {right:>4}/{total:<4} {right / total:6.1%}")


def promises() -> None:
    print("promises (framing untracked; delivered with the keyed evidence; or not reported)")
    right = total = 0
    for name in report_keys.PAIRS + report_keys.PROMISE_KEYS:
        good, keyed = report_keys._promises_right(name)
        _line(name, good, keyed)
        right, total = right + good, total + keyed
    _line("all", right, total)


def expressions(verbose: bool = False) -> None:
    print(f"expressions (labels shown among the first {FIRST} listed)")
    groups = {
        "first reader": expressions_keys.PAIRS,
        "blind": expressions_keys.BLIND_PAIRS,
        "held out": expressions_keys.HELD_OUT_PAIRS,
        "later": expressions_keys.LATER_PAIRS,
    }
    right = total = 0
    for group, names in groups.items():
        group_right = group_total = 0
        for name in names:
            answer, found = expressions_keys._real_pair(name)
            for side in ("new", "dropped"):
                listed = expressions_keys._texts(getattr(found, side))[:FIRST]
                labels = [item["text"] for item in answer["expressions"][side]]
                shown = [label for label in labels if expressions_keys._found(label, listed)]
                _line(f"{name} {side}", len(shown), len(labels))
                if verbose:
                    missing = [label for label in labels if label not in shown]
                    print("      missing: " + " / ".join(missing))
                group_right, group_total = group_right + len(shown), group_total + len(labels)
        _line(f"= {group}", group_right, group_total)
        right, total = right + group_right, total + group_total
    _line("all readers", right, total)
    agreement()


def agreement() -> None:
    """How far two careful readers agree: one reader's labels shown by the other's list (the
    tests' own test, _found), on the same pair; the second readers never saw the first one's
    key. The bar of 70% of a reader's labels among the tool's first 40 reads against this."""
    print("two readers of one pair (each reader's labels shown by the other reader's list)")
    right = total = 0
    for name in expressions_keys.BLIND_PAIRS + expressions_keys.LATER_PAIRS:
        if not name.startswith("second_reader/"):
            continue
        keys = [_read_key(name.removeprefix("second_reader/")), _read_key(name)]
        pair_right = pair_total = 0
        for side in ("new", "dropped"):
            for one, other in ((keys[0], keys[1]), (keys[1], keys[0])):
                labels = [item["text"] for item in one["expressions"][side]]
                listed = [expressions_keys.key(item["text"]) for item in other["expressions"][side]]
                pair_right += sum(expressions_keys._found(label, listed) for label in labels)
                pair_total += len(labels)
        _line(f"{name.removeprefix('second_reader/')} (both readers, both sides)", pair_right, pair_total)
        right, total = right + pair_right, total + pair_total
    _line("= one reader's labels in another's list", right, total)


def _read_key(name: str) -> dict:
    return json.loads((expressions_keys.KEYS / name).read_text(encoding="utf-8"))


def figures() -> None:
    print("figure pairs (found with the keyed values)")
    for old, new in figure_keys.KEYED:
        comparison = figure_keys._compare(old, new)
        pairs = figure_keys._key(old, new)["pairs"]
        found = sum(figure_keys._found(comparison, pair) is not None for pair in pairs)
        _line(f"{old}-{new}", found, len(pairs))


def plans() -> None:
    print("plans links (precision of the keyed links shown; recall of the right ones)")
    right = shown = keyed = 0
    for year in plan_keys.YEARS:
        found = plan_keys.score(year)
        _line(f"{year} precision", found.right, found.right + found.wrong)
        _line(f"{year} recall", found.right, found.keyed_right)
        right, shown, keyed = right + found.right, shown + found.right + found.wrong, keyed + found.keyed_right
    _line("all precision", right, shown)
    _line("all recall", right, keyed)


def successors() -> None:
    print("section successors")
    for name in report_keys.PAIRS:
        right = report_keys._successors_right(name)
        _line(name, sum(ok for _, ok in right), len(right))


GROUPS = {"promises": promises, "expressions": expressions, "figures": figures, "successors": successors,
          "plans": plans}


def main(argv: list[str]) -> None:
    if not report_keys.REAL.is_dir():
        sys.exit(f"real reports not found at {report_keys.REAL}")
    verbose = "-v" in argv
    names = [a for a in argv if a != "-v"] or list(GROUPS)
    for name in names:
        if name == "expressions":
            expressions(verbose)
        else:
            GROUPS[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
