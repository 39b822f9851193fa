"""Helpers shared by the text-like renderers (terminal, Markdown)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import display
from ..labels import labels
from ..models import Comparison, Match, Op, PartMatch, Redline, Report, SectionMatch, Status

#: Display order of statuses in every renderer: what a reviewer must look at first comes first.
STATUS_ORDER = (Status.NEW, Status.MODIFIED, Status.MOVED, Status.DROPPED, Status.CONTINUED)
#: Counts of measures that are no status of their own: splits and merges among the statuses.
RELATIONS = ("split", "merged")


def summary_counts(comparison: Comparison) -> list[tuple[str, int]]:
    """Return the counts every format shows, as ``(label key, count)`` in JSON ``summary``'s order:
    every status, then splits and merges where there are any (counted among the statuses, so a
    format may set them apart, never leave one out)."""
    return [(key, count) for key, count in comparison.summary.items() if count or key not in RELATIONS]


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


def expression_line(expression, side: str, label: dict[str, str], lang: str = "zh",
                    convert: Callable[[str], str] | None = None, report: Report | None = None) -> str:
    """Return one expression as a line: text, how often, where (``side`` is ``new`` or ``old``,
    ``report`` that side's report, whose measures tell a part's lead from a lone paragraph)."""
    count = expression.count_new if side == "new" else expression.count_old
    times = f" ×{count}" if count > 1 else ""
    place = display.placer(report, lang)
    where = "、".join(place(item) if item else label["preamble"] for item in expression.where[:3])
    more = "…" if len(expression.where) > 3 else ""
    text = convert(expression.text) if convert and side == "old" else expression.text
    return f"{text}{times}" + (f"  ({where}{more})" if where else "")


def by_status(comparison: Comparison) -> dict[Status, list[Match]]:
    """Return the matches grouped by status, in STATUS_ORDER, keeping display order inside."""
    grouped: dict[Status, list[Match]] = {status: [] for status in STATUS_ORDER}
    for match in comparison.matches:
        if not match.lead:  # -- a part's lead is shown apart (leads), not counted --
            grouped[match.status].append(match)
    return grouped


def leads(comparison: Comparison) -> list[Match]:
    """Return the parts' leads (导语) in display order: each part's framing paragraph, shown
    with its changes but outside the measure counts."""
    return [match for match in comparison.matches if match.lead]


# -- report text must not drive a terminal: control characters (ESC above all) show as � --
_CONTROLS = {code: "\ufffd" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0))}


#: Where the clause answering a plan starts and ends in a promise's line (plans.Promise.summary_line)
#: before it is escaped: two private-use characters that escaping and ``safe`` leave alone.
CLAUSE_MARKS = ("\ue000", "\ue001")


def clause_marked(line: str, open_mark: str, close_mark: str) -> str:
    """Return an escaped promise line with its ``CLAUSE_MARKS`` made the format's own marks."""
    return line.replace(CLAUSE_MARKS[0], open_mark).replace(CLAUSE_MARKS[1], close_mark)


def safe(text: str) -> str:
    """Return report text with control characters made visible as U+FFFD."""
    return text.translate(_CONTROLS)


def in_script(redlines: tuple[Redline, ...], convert: Callable[[str], str] | None) -> tuple[Redline, ...]:
    """Return a redline whose old text (deletions, old spellings) is in the new report's script.

    ``convert`` comes from ``display.script_converter``; None leaves the text as written.
    """
    if convert is None:
        return redlines
    return tuple(Redline(run.op, convert(run.text), convert(run.old_text) if run.old_text else None)
                 if run.op is Op.DELETE else
                 Redline(run.op, run.text, convert(run.old_text) if run.old_text else None)
                 for run in redlines)


def heading_changes(comparison: Comparison, lang: str = "zh") -> list[tuple[str, tuple[Redline, ...]]]:
    """Return (where, redline) for every changed part or section heading and the preamble.

    Measures are not all that changes: a reworded heading, a section added or removed,
    and the preamble are changes a reviewer must see too.
    """
    found: list[tuple[str, tuple[Redline, ...]]] = []
    if any(run.op is not Op.EQUAL for run in comparison.preamble):
        found.append((labels(lang)["preamble"], comparison.preamble))
    shifted_back = {(m.level, m.counterpart) for m in (*comparison.parts, *comparison.sections)
                    if m.level is not None and m.new is not None}
    for match in (*comparison.parts, *comparison.sections):
        if match.level is not None:
            # -- a block the other report writes a level up or down moved, neither deleted nor added:
            #    one line for the pair, at its new place when both sides are parts or sections --
            if match.new is None and match.old is not None and (match.level, match.old.id) in shifted_back:
                continue
            found.append((_shifted_where(match, lang, comparison), match.shifted))
            continue
        if isinstance(match, SectionMatch) and all(side is None or side.is_sentence() for side in (match.old, match.new)):
            continue  # -- a section that is one measure on its heading's line: its measure shows the change --
        # -- a section whose number changed says where it was (一、（七）（原一、（四））) even when
        #    its heading did not: moved up front, or pushed down by one added before it (the HTML
        #    heading's 原… alike); one moved that kept its number has nothing to say here --
        renumbered = (isinstance(match, SectionMatch) and match.old is not None and match.new is not None
                      and match.old.id != match.new.id)
        if renumbered or any(run.op is not Op.EQUAL for run in match.redlines):
            # -- a heading only the old report has goes by its old number (原二、), which the new
            #    report may give another part or section --
            where = _heading_place(match, lang)
            if renumbered:
                open_, close = _brackets(lang)
                where += f"{open_}{display.was(lang)}{display.place(match.old.id, lang)}{close}"
            found.append((where, match.redlines))
    return found


def _shifted_where(match: PartMatch | SectionMatch, lang: str, comparison: Comparison) -> str:
    """一、（一）（原第二部分调整为第一部分下的小节） at its new place, 原一、（三）（调整为…） at its old;
    a part folded into another names the receiver by its heading too (原二、（并入第一部分“…”）),
    as its own heading is all the line shows."""
    open_, close = _brackets(lang)
    note = display.level_note(match, lang, beside=True)
    if match.level == "part→part" and match.new is None:
        receiver = next((part.title for part in comparison.new.parts if part.id == match.counterpart), "")
        note += (f"“{receiver}”" if lang == "zh" else f" “{receiver}”") if receiver else ""
    return f"{_heading_place(match, lang)}{open_}{note}{close}"


def _brackets(lang: str) -> tuple[str, str]:
    return ("（", "）") if lang == "zh" else (" (", ")")


def _heading_place(match: PartMatch | SectionMatch, lang: str) -> str:
    """Where a part or section heading stands: its new place, or its old one (原二、) when only
    the old report has it."""
    return (display.place(match.new.id, lang) if match.new is not None
            else display.was(lang) + display.place(match.old.id, lang) if match.old is not None else "")


def level_notes(comparison: Comparison, lang: str = "zh") -> list[str]:
    """Return one sentence per part, section or item written at another level in the other report
    (原第二部分调整为第一部分下的小节一、（三）), once each although both sides record it."""
    notes = [display.level_note(match, lang) for match in (*comparison.parts, *comparison.sections)
             if match.level is not None]
    return list(dict.fromkeys(notes))


def headline(match: Match, convert: Callable[[str], str] | None = None) -> str:
    """Return the title of the measure (new side first; a dropped one's in the new script)."""
    if match.new is not None:
        return match.new.title
    title = match.old.title  # type: ignore[union-attr]
    return convert(title) if convert else title


__all__ = [
    "CLAUSE_MARKS", "RELATIONS", "STATUS_ORDER", "by_status", "clause_marked", "condensed", "heading_changes",
    "headline", "in_script", "leads", "level_notes", "safe", "summary_counts",
]
