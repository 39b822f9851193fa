"""The terminal summary printed when no output file is given."""

from __future__ import annotations

from ..models import Comparison, Op, Status
from .. import display
from ._common import (
    CLAUSE_MARKS, RELATIONS, by_status, clause_marked, condensed, expression_line, expression_lists, heading_changes,
    headline, in_script, leads, safe, summary_counts,
)
from ..labels import labels

_ANSI = {Op.DELETE: ("\x1b[31;9m", "\x1b[0m"), Op.INSERT: ("\x1b[32;4m", "\x1b[0m")}
_PLAIN = {Op.DELETE: ("[-", "-]"), Op.INSERT: ("{+", "+}")}
#: How many new and dropped expressions the terminal shows (the best first).
TEXT_EXPRESSIONS = 20

def render_text(comparison: Comparison, *, lang: str = "zh", color: bool = False, **_: object) -> str:
    """Return a readable summary: counts, then every change with a condensed redline.

    Without colour, deletions and insertions are marked like ``git diff --word-diff``:
    ``[-old-]{+new+}``.
    """
    label = labels(lang)
    marks = _ANSI if color else _PLAIN
    old, new = comparison.old, comparison.new
    convert, keyed = display.script_converters(old, new)
    lines = [safe(f"{display.report_name(old)} → {display.report_name(new)}")]
    # -- splits and merges are counted among the statuses: set apart in brackets --
    counts = summary_counts(comparison)
    statuses = "  ".join(f"{label[key]} {count}" for key, count in counts if key not in RELATIONS)
    extra = "  ".join(f"{label[key]} {count}" for key, count in counts if key in RELATIONS)
    lines.append(statuses + (f"  ({extra})" if extra else ""))
    # -- the targets table comes first: it is what a reader of a 政府工作报告 looks for first --
    if comparison.targets:
        lines += ["", f"== {label['targets']} ({len(comparison.targets)}) =="]
        lines += [safe(target.summary_line(lang, convert)) for target in comparison.targets]
    for name, shown, more in expression_lists(comparison, TEXT_EXPRESSIONS):
        side = "new" if name == "expressions_new" else "old"
        lines += ["", f"== {label[name]} ({len(shown) + more}) =="]
        lines += [safe(expression_line(expression, side, label, lang, convert, getattr(comparison, side))) for expression in shown]
        if more:
            lines.append(label["more"].format(n=more))
    headings = heading_changes(comparison, lang)
    if headings:
        lines += ["", f"== {label['headings']} ({len(headings)}) =="]
        for where, redlines in headings:
            pieces = [f"{marks.get(op, ('', ''))[0]}{safe(text)}{marks.get(op, ('', ''))[1]}"
                      for op, text in condensed(in_script(redlines, convert))]
            lines.append(f"{safe(where)}  {''.join(pieces)}")
    part_leads = leads(comparison)
    if part_leads:
        lines += ["", f"== {label['lead']} ({len(part_leads)}) =="]
        for match in part_leads:
            lines.append(safe(f"{display.match_label(match, lang)}  {headline(match, convert)}  [{label[match.status.value]}]"))
            if match.old is not None and match.new is not None and match.status is not Status.CONTINUED:
                lines.append("    " + "".join(f"{marks.get(op, ('', ''))[0]}{safe(text)}{marks.get(op, ('', ''))[1]}"
                                              for op, text in condensed(in_script(match.redlines, convert))))
    for status, matches in by_status(comparison).items():
        if status is Status.CONTINUED or not matches:
            continue
        lines.append("")
        lines.append(f"== {label[status.value]} ({len(matches)}) ==")
        for match in matches:
            similarity = display.similarity(match, lang)
            similarity = f"  {similarity}" if similarity else ""
            relation = f"  [{label[match.relation]}]" if match.relation else ""
            lines.append(safe(f"{display.match_label(match, lang)}  {headline(match, convert)}{similarity}{relation}"))
            if status is Status.MOVED and match.old and match.new:
                old_title = convert(match.old.section_title) if convert else match.old.section_title
                lines.append(safe(f"    {old_title} → {match.new.section_title}"))
            if status in (Status.MODIFIED, Status.MOVED):
                pieces = []
                for op, text in condensed(in_script(match.redlines, convert)):
                    start, end = marks.get(op, ("", ""))
                    pieces.append(f"{start}{safe(text)}{end}")
                lines.append("    " + "".join(pieces))
            lines += [safe(f"    ↪ {line}") for line in display.sentence_move_lines(match, lang, convert)]
    # -- figures that moved, or whose stated growth was checked; unchanged ones are noise here,
    #    and so is a target row shown above --
    listed = display.beside_targets(comparison.figures, comparison.targets)
    paired = [f for f in listed
              if f.old is not None and f.new is not None and (f.change != 0 or f.claim_check is not None)]
    if paired:
        lines += ["", f"== {label['figures']} ({len(paired)}) =="]
        lines += [safe(display.figure_line(figure, lang, convert, keyed)) for figure in paired]
    if len(listed) > len(paired):
        # -- the terminal keeps to what moved, but says that the other formats list more --
        lines += ["", label["figures_one_sided"].format(n=len(listed) - len(paired))]
    changed_tables = [line for table in comparison.tables if table.changed for line in table.lines(lang)]
    if changed_tables:
        lines += ["", f"== {label['tables']} ({len(changed_tables)}) =="]
        lines += [safe(line) for line in changed_tables]
    if comparison.promises:
        delivered = sum(1 for p in comparison.promises if p.status == "delivered")
        lines += ["", f"== {label['promises']} ({label['delivered']} {delivered}/{len(comparison.promises)}) =="]
        # -- the clause of an evidence sentence answering the plan: bold and underlined, or in 【】 --
        clause = ("\x1b[1;4m", "\x1b[0m") if color else ("【", "】")
        lines += [clause_marked(safe(promise.summary_line(lang, convert, CLAUSE_MARKS)), *clause)
                  for promise in comparison.promises]
    return "\n".join(lines) + "\n"


__all__ = ["render_text"]
