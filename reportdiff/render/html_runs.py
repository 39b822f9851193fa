"""A measure's redline as the runs of text the HTML page writes: equal, inserted, deleted; the
lead phrase in bold; old text in the new report's script with its original kept."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Measure, MeasureKind, Op, Redline
from .html_page import escape
from .html_rows import Convert
from .pictographs import undecorated_texts

# -- a lead phrase longer than this is a whole sentence, not a title worth setting in bold --
_LEAD_MAX = 40


@dataclass(frozen=True, slots=True)
class Run:
    """One piece of redlined text as the template writes it."""

    op: str
    """``equal``, ``insert`` or ``delete``."""
    text: str
    lead: bool = False
    """Part of the measure's lead phrase (set in bold)."""
    orig: str | None = None
    """The old text as written where ``text`` shows it in the new report's script (the switch shows it)."""


def runs_html(items: tuple[Run, ...] | list[Run]) -> str:
    """Return redlined runs as the page writes them (markup, not escaped again): insertions in
    <ins>, deletions in <del>, the lead phrase in bold, and old text shown in the new report's
    script followed by its original (.og, which the script switch shows). The runs are most
    of the page."""
    out: list[str] = []
    add = out.append
    for run in _undecorated(items):
        text = escape(run.text)
        if run.op != "insert" and run.orig:
            text = f'<span class="cv">{text}</span><span class="og">{escape(run.orig)}</span>'
        if run.op == "insert":
            add(f'<ins class="lead">{text}</ins>' if run.lead else f"<ins>{text}</ins>")
        elif run.op == "delete":
            add(f'<del class="lead">{text}</del>' if run.lead else f"<del>{text}</del>")
        elif run.lead:
            add(f'<b class="lead">{text}</b>')
        else:
            add(text)
    return "".join(out)


_KINDS = {"equal": None, "delete": "del", "insert": "ins"}


def _undecorated(items: tuple[Run, ...] | list[Run]) -> list[Run]:
    """The runs of one paragraph without the pictographs opening it (📢1月14日…: see
    ``pictographs``); a pictograph inside the words stays, drawn by the browser's emoji font."""
    if not any(run.text[:1] >= "\u2000" for run in items[:3]):
        return list(items)  # -- nearly every paragraph: nothing to look at --
    texts = undecorated_texts([(run.text, _KINDS.get(run.op)) for run in items])
    return [run if text == run.text else Run(run.op, text, run.lead, run.orig[len(run.text) - len(text):] if run.orig else None)
            for run, text in zip(items, texts) if text]


def old_run(op: str, text: str, convert: Convert) -> Run:
    """A run of old text, in the new report's script when ``convert`` is given (original kept)."""
    if convert is None:
        return Run(op, text)
    shown = convert(text)
    return Run(op, shown, orig=text if shown != text else None)


def side_runs(redlines: tuple[Redline, ...], side: str, convert: Convert = None) -> list[Run]:
    """Return the runs one view shows: ``inline`` (both), ``old`` or ``new``."""
    runs: list[Run] = []
    for run in redlines:
        if run.op is Op.EQUAL:
            if side == "old":
                runs.append(old_run("equal", run.old_text if run.old_text is not None else run.text, convert))
            else:
                runs.append(Run("equal", run.text))
        elif run.op is Op.DELETE and side != "new":
            runs.append(old_run("delete", run.text, convert))
        elif run.op is Op.INSERT and side != "old":
            runs.append(Run("insert", run.text))
    return runs


def with_lead(runs: list[Run], bold: bool, counted: tuple[str, ...]) -> tuple[Run, ...]:
    """Mark the runs up to the first 。 of the ``counted`` ops as the lead phrase."""
    if not bold:
        return tuple(runs)
    marked: list[Run] = []
    in_lead = True
    for run in runs:
        if not in_lead:
            marked.append(run)
            continue
        stop = run.text.find("。") if run.op in counted else -1
        if stop < 0:
            marked.append(Run(run.op, run.text, True, run.orig))
            continue
        # -- conversion keeps the length (one character for one), so the original splits alike --
        head_orig = run.orig[: stop + 1] if run.orig else None
        tail_orig = run.orig[stop + 1 :] if run.orig else None
        marked.append(Run(run.op, run.text[: stop + 1], True, head_orig if head_orig != run.text[: stop + 1] else None))
        if stop + 1 < len(run.text):
            rest = run.text[stop + 1 :]
            marked.append(Run(run.op, rest, orig=tail_orig if tail_orig != rest else None))
        in_lead = False
    return tuple(marked)


def has_lead(measure: Measure | None) -> bool:
    if measure is None or measure.kind is MeasureKind.PARAGRAPH:
        return False
    return 0 < len(measure.title) <= _LEAD_MAX and len(measure.title) < len(measure.text)


def views(redlines: tuple[Redline, ...], old: Measure | None, new: Measure | None, convert: Convert) -> tuple[
        tuple[Run, ...], tuple[Run, ...], tuple[Run, ...]]:
    lead_new, lead_old = has_lead(new), has_lead(old)
    inline = with_lead(side_runs(redlines, "inline", convert), lead_new if new else lead_old,
                        ("equal", "insert") if new else ("delete",))
    old_runs = with_lead(side_runs(redlines, "old", convert), lead_old, ("equal", "delete")) if old else ()
    new_runs = with_lead(side_runs(redlines, "new"), lead_new, ("equal", "insert")) if new else ()
    return inline, old_runs, new_runs


def plain_runs(redlines: tuple[Redline, ...], convert: Convert = None) -> tuple[Run, ...]:
    return tuple(side_runs(redlines, "inline", convert))


def changed(redlines: tuple[Redline, ...]) -> bool:
    return any(run.op is not Op.EQUAL for run in redlines)


__all__ = ["Run", "changed", "plain_runs", "runs_html", "side_runs", "views"]
