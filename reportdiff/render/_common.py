"""Helpers shared by the text-like renderers (terminal, Markdown)."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Comparison, Match, Op, Redline, Status

#: Display order of statuses in every renderer: what a reviewer must look at first comes first.
STATUS_ORDER = (Status.NEW, Status.MODIFIED, Status.MOVED, Status.DROPPED, Status.CONTINUED)


def condensed(redlines: tuple[Redline, ...], context: int = 12) -> Iterator[tuple[Op, str]]:
    """Yield the runs of a redline with long unchanged stretches cut down to ``context`` chars."""
    last = len(redlines) - 1
    for index, run in enumerate(redlines):
        if run.op is not Op.EQUAL:
            yield run.op, run.text
            continue
        text = run.text
        head = index > 0  # -- keep the end of text that follows a change --
        tail = index < last  # -- keep the start of text that precedes a change --
        if head and tail and len(text) > 2 * context + 1:
            yield Op.EQUAL, text[:context] + "…" + text[-context:]
        elif head and not tail and len(text) > context:
            yield Op.EQUAL, text[:context] + "…"
        elif tail and not head and len(text) > context:
            yield Op.EQUAL, "…" + text[-context:]
        elif not head and not tail and len(text) > 2 * context:
            yield Op.EQUAL, text[: 2 * context] + "…"
        else:
            yield Op.EQUAL, text


def expression_lists(comparison: Comparison, limit: int) -> list[tuple[str, list, int]]:
    """Return ``(label key, first expressions, how many more)`` for the new and the dropped list.

    Lists that are empty are left out; with no expressions analysed the result is empty.
    """
    found = comparison.expressions
    if found is None:
        return []
    lists = [("expressions_new", found.new), ("expressions_dropped", found.dropped)]
    return [(name, list(items[:limit]), max(0, len(items) - limit)) for name, items in lists if items]


def expression_line(expression, side: str, label: dict[str, str]) -> str:
    """Return one expression as a line: text, how often, where (``side`` is ``new`` or ``old``)."""
    count = expression.count_new if side == "new" else expression.count_old
    times = f" ×{count}" if count > 1 else ""
    where = "、".join(item or label["preamble"] for item in expression.where[:3])
    more = "…" if len(expression.where) > 3 else ""
    return f"{expression.text}{times}" + (f"  ({where}{more})" if where else "")


def by_status(comparison: Comparison) -> dict[Status, list[Match]]:
    """Return the matches grouped by status, in STATUS_ORDER, keeping display order inside."""
    grouped: dict[Status, list[Match]] = {status: [] for status in STATUS_ORDER}
    for match in comparison.matches:
        grouped[match.status].append(match)
    return grouped


# -- report text must not drive a terminal: control characters (ESC above all) show as � --
_CONTROLS = {code: "\ufffd" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0))}


def safe(text: str) -> str:
    """Return report text with control characters made visible as U+FFFD."""
    return text.translate(_CONTROLS)


def similarity_text(match: Match) -> str:
    """Return a match's similarity for people: two decimals, never 1.00 for a changed text.

    Rounding would show a measure whose figures all changed (0.997) as 1.00 next to a
    redline full of edits; only an unchanged text shows 1.00.
    """
    value = match.similarity
    if match.status is not Status.CONTINUED:
        value = min(value, 0.99)
    return f"{value:.2f}"


def heading_changes(comparison: Comparison) -> list[tuple[str, tuple[Redline, ...]]]:
    """Return (where, redline) for every changed part or section heading and the preamble.

    Measures are not all that changes: a reworded heading, a section added or removed,
    and the preamble are changes a reviewer must see too.
    """
    found: list[tuple[str, tuple[Redline, ...]]] = []
    if any(run.op is not Op.EQUAL for run in comparison.preamble):
        found.append(("¶", comparison.preamble))
    for match in (*comparison.parts, *comparison.sections):
        if any(run.op is not Op.EQUAL for run in match.redlines):
            side = match.new or match.old
            found.append((side.id if side is not None else "", match.redlines))
    return found


def measure_ids(match: Match) -> str:
    """Return ``old → new`` ids (or the one side that exists)."""
    if match.old and match.new:
        return match.new.id if match.old.id == match.new.id else f"{match.old.id} → {match.new.id}"
    return (match.new or match.old).id  # type: ignore[union-attr]


def headline(match: Match) -> str:
    """Return the title of the measure (new side first)."""
    return (match.new or match.old).title  # type: ignore[union-attr]


__all__ = [
    "STATUS_ORDER", "by_status", "condensed", "heading_changes", "headline", "measure_ids", "safe", "similarity_text",
]
