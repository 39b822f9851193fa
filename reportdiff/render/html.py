"""HTML redline: one self-contained, offline, printable page (its markup in ``html_page.py``,
its body of measure cards in ``html_body.py``, their redlined runs in ``html_runs.py``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..models import Comparison, Report
from .. import display
from .html_body import Card, PartView, build_body
from .html_page import write_page
from .html_rows import Convert, Row, expression_lists, figure_groups, promise_row, target_row
from .html_runs import changed, plain_runs, runs_html, side_runs
from ._common import RELATIONS, summary_counts
from .table_grid import table_caption, table_grid, table_places
from ..labels import labels
from ._warnings import warning_notice_html

def _label_table(lang: str) -> dict[str, str]:
    return Row(labels(lang))  # -- raises ValueError for an unknown language --


def _report_info(report: Report) -> dict[str, Any]:
    # -- named by its body and year (title or text); the file name is shown small below --
    return Row(label=display.report_name(report), title=report.title, source=report.source, year=report.year)


def _preamble(comparison: Comparison, convert: Convert) -> dict[str, Any] | None:
    old, new = comparison.old.preamble, comparison.new.preamble
    if not old and not new:
        return None
    runs = comparison.preamble
    return Row({"inline": plain_runs(runs, convert), "changed": changed(runs),
                 "old": tuple(side_runs(runs, "old", convert)) if old else (),
                 "new": tuple(side_runs(runs, "new")) if new else ()})


def _changes(body: list[PartView]) -> list[Card]:
    """Return every card a reviewer walks through (all but the continued), in page order."""
    return [card for part in body for group in part.groups for card in group.cards if card.walked]


def render_html(comparison: Comparison, *, lang: str = "zh") -> str:
    """Return the comparison as one self-contained HTML page (inline CSS and JS, no links out).

    ``lang`` picks the interface language (``zh`` or ``en``). When the reports are in
    different scripts, old text is shown in the new report's script, with a switch to show
    it as written. The same comparison always renders the same bytes.
    """
    words = _label_table(lang)
    # -- old text, and labels and matched words, in the new report's script --
    convert, keyed = display.script_converters(comparison.old, comparison.new)
    body = build_body(comparison, words, lang, convert, keyed)
    counts = summary_counts(comparison)
    statuses = [Row(key=key, label=words[key], count=count) for key, count in counts if key not in RELATIONS]
    relations = [Row(key=key, label=words[key], count=count) for key, count in counts if key in RELATIONS]
    preamble = _preamble(comparison, convert)
    promises = [promise_row(item, words, lang, convert, keyed) for item in comparison.promises]
    return write_page(
        html_lang="zh-Hans" if lang == "zh" else lang,
        t=words,
        old=_report_info(comparison.old),
        new=_report_info(comparison.new),
        statuses=statuses,
        relations=relations,
        # -- a part's lead is shown but not counted: the total is what the chips add up to --
        total=sum(row.count for row in statuses),
        parts=body,
        changes=_changes(body),
        converted=convert is not None,
        preamble=preamble,
        targets=[target_row(item, lang, convert) for item in comparison.targets],
        figure_groups=figure_groups(display.beside_targets(comparison.figures, comparison.targets), words, lang,
                                    convert, keyed, display.placer(comparison.new, lang)),
        promises=promises,
        # -- one filter per status shown, in the order every format lists them, mark and word --
        promise_filters=[(key, display.promise_status(key, lang), n) for key in display.PROMISE_ORDER
                         if (n := Counter(row["status"] for row in promises)[key])],
        expressions=expression_lists(comparison, words, lang, convert),
        # -- every table whole, cells changed marked, under the lines that list its changes --
        tables=[(table.ids, table.lines(lang) if table.changed else [], table_caption(table), table_grid(table))
                for table in comparison.tables],
        table_places=table_places(comparison),
        # -- the masthead names each report and its path: the notice names files only --
        notice=warning_notice_html(comparison.all_warnings, lang, file_names=True),
        runs=runs_html,
        known_anchors={card.new_id for part in body for group in part.groups for card in group.cards
                       if card.new_id},
    )


__all__ = ["render_html"]
