"""The rows of the HTML page's summary tables: targets, figures, promises, new and dropped expressions.

Each is a ``Row`` the template reads by attribute, every value formatted by ``display`` (rendering
never re-parses); ``html.py`` builds the redline body and the page around them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .. import display
from ..models import Comparison

Convert = Callable[[str], str] | None


class Row(dict):
    """A dict whose keys the template reads as attributes (``t.title``, ``f.label``).

    jinja's ``x.name`` tries ``getattr`` first and looks ``x["name"]`` up only after the
    AttributeError. The dict is its own attribute dict, so that ``getattr`` finds a key at
    once, in C (a page reads thousands; a ``__getattr__`` ran Python code for each). A key
    that is also a dict method name (none is) would read as the key, not the method.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.__dict__ = self


# -- the page names the same places many times (cards, promises, figures, expressions) --
place = lru_cache(maxsize=8192)(display.place)


def figure_row(figure: Any, words: dict[str, str], lang: str, convert: Convert, keyed: Convert = None,
               placed: Callable[[str], str] | None = None) -> dict[str, Any]:
    """Return one figure row (a figure_record.FigureChange), every value formatted by ``display``;
    ``placed`` labels the new report's ids (``display.placer``)."""
    old = figure.old.raw if figure.old else ""
    changed = figure.change is not None and figure.change != 0
    change, relative = display.figure_change_parts(figure, lang)
    verdict = display.claim_verdict(figure, lang)
    # -- a figure stated for several years says so beside its value (（五年累计）), in the report's script --
    periods = [(keyed or str)(display.figure_period(side, lang)) if lang == "zh" else display.figure_period(side, lang)
               for side in (figure.old, figure.new)]
    return Row({
        "label": keyed(figure.label or figure.unit) if keyed else figure.label or figure.unit,
        "kind_label": words["plan_result"] if figure.kind == "plan_result" else "",
        "old": convert(old) if convert else old,
        "new": figure.new.raw if figure.new else "",
        "old_period": periods[0],
        "new_period": periods[1],
        "measure": figure.new_measure or "",
        "measure_label": (placed or (lambda where: place(where, lang)))(figure.new_measure) if figure.new_measure else "",
        # -- a rate's change is in points (the change column); a relative change of a rate misleads --
        "change": (keyed or str)(change),
        "relative": relative,
        "claim": figure.claim.text if figure.claim is not None else "",
        "check": figure.claim_check or "",
        "verdict": verdict,
        "changed": changed,
        "group": "paired" if figure.old is not None and figure.new is not None else
                 "old_only" if figure.new is None else "new_only",
    })


def figure_groups(figures: tuple, words: dict[str, str], lang: str, convert: Convert,
                   keyed: Convert = None, placed: Callable[[str], str] | None = None) -> list[dict[str, Any]]:
    """Return the figures table in groups: pairs first, then figures only one year has."""
    rows = [figure_row(figure, words, lang, convert, keyed, placed) for figure in figures]
    groups = []
    for key in ("paired", "new_only", "old_only"):
        members = [row for row in rows if row["group"] == key]
        if members:
            groups.append(Row(key=key, label=words[f"fig_{key}"], rows=members))
    return groups


def target_row(row: Any, lang: str, convert: Convert | None = None) -> dict[str, str]:
    """Return one row of the targets table (a targets.TargetChange), last year's in the new
    report's script with ``convert``."""
    indicator, olds = row.shown(convert)
    return Row({
        "indicator": indicator,
        "old": row.shown_olds(lang, convert),
        "old_lines": list(olds),
        "result": row.result or "",
        "new": row.new.text if row.new else "",
        "change": row.change_text(lang),
        "state": "new" if row.old is None else "dropped" if row.new is None else "modified" if row.reworded else "continued",
    })


def _shifted(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    """A clause's span in a sentence moved to the sentence's place after a lead of ``by`` characters."""
    return None if span is None else (span[0] + by, span[1] + by)


def promise_row(promise: Any, words: dict[str, str], lang: str, convert: Convert, keyed: Convert = None) -> dict[str, Any]:
    """Return what the template shows of one of last year's plans (a plans.Promise)."""
    status = promise.shown_status
    return Row({
        "status": status,
        "status_label": display.promise_status(status, lang),
        "plan_id": promise.plan.id,
        "plan_label": place(promise.plan.id, lang),
        "plan_text": display.plan_text(promise.plan, convert),
        # -- each measure once, though it gives two sentences or a sentence and a shortfall --
        "links": list(dict.fromkeys((item.measure.id, place(item.measure.id, lang))
                                    for item in promise.evidence + promise.short_of)),
        # -- the sentence that shows the plan delivered, with the terms it was matched on, and the
        #    span of the clause answering the plan (marked in the page) --
        "extra": [(place(item.measure.id, lang),
                   f"{item.sentence}{words['lparen']}{words['shared_terms']}{words['colon']}"
                   f"{words['sep'].join(map(keyed or str, item.shared_terms))}{words['rparen']}", item.clause)
                  for item in promise.evidence]
        # -- the result that falls short of a target: what the reader compares the plan with (of a
        #    list done in part, the part done) --
        + [(place(item.measure.id, lang), f"{lead}{words['colon']}{item.sentence}",
            _shifted(item.clause, len(lead) + len(words["colon"])))
           for item in promise.short_of
           for lead in [words['partly_done' if promise.partly else 'under_way_said' if promise.under_way
                              else 'short_of']]],
        "replanned": (place(promise.replanned.id, lang), promise.replanned.text)
        if promise.replanned is not None else None,
    })


#: How many new and dropped expressions the page shows at once; the rest fold away.
HTML_EXPRESSIONS = 40


def expression_lists(comparison: Comparison, words: dict[str, str], lang: str, convert: Convert) -> list[dict]:
    """Return the new and the dropped expressions as the template shows them."""
    found = comparison.expressions
    if found is None:
        return []
    lists = []
    for key, side, items in (("expressions_new", "new", found.new), ("expressions_dropped", "old", found.dropped)):
        if not items:
            continue
        placed = display.placer(getattr(comparison, side), lang)
        rows = [Row(text=convert(item.text) if convert and side == "old" else item.text,
                     count=item.count_new if side == "new" else item.count_old,
                     where=[(where, placed(where)) for where in item.where]) for item in items]
        lists.append(Row(key=key, side=side, label=words[key], total=len(rows),
                          shown=rows[:HTML_EXPRESSIONS], folded=rows[HTML_EXPRESSIONS:],
                          more=words["more"].format(n=len(rows) - HTML_EXPRESSIONS)))
    return lists


__all__ = ["Convert", "Row", "expression_lists", "figure_groups", "place", "promise_row", "target_row"]
