"""The terminal summary printed when no output file is given."""

from __future__ import annotations

from ..models import Comparison, Op, Status
from ._common import by_status, condensed, headline, measure_ids
from ..labels import labels

_ANSI = {Op.DELETE: ("\x1b[31;9m", "\x1b[0m"), Op.INSERT: ("\x1b[32;4m", "\x1b[0m")}
_PLAIN = {Op.DELETE: ("[-", "-]"), Op.INSERT: ("{+", "+}")}
# -- report text must not drive the terminal: control characters (ESC above all) show as � --
_CONTROLS = {code: "\ufffd" for code in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0))}


def _safe(text: str) -> str:
    return text.translate(_CONTROLS)


def render_text(comparison: Comparison, *, lang: str = "zh", color: bool = False, **_: object) -> str:
    """Return a readable summary: counts, then every change with a condensed redline.

    Without colour, deletions and insertions are marked like ``git diff --word-diff``:
    ``[-old-]{+new+}``.
    """
    label = labels(lang)
    marks = _ANSI if color else _PLAIN
    old, new = comparison.old, comparison.new
    lines = [_safe(f"{old.source} ({old.year or '?'}) → {new.source} ({new.year or '?'})")]
    summary = comparison.summary
    counts = "  ".join(f"{label[s.value]} {summary[s.value]}" for s in Status)
    extra = "  ".join(f"{label[k]} {summary[k]}" for k in ("split", "merged") if summary[k])
    lines.append(counts + (f"  ({extra})" if extra else ""))
    for status, matches in by_status(comparison).items():
        if status is Status.CONTINUED or not matches:
            continue
        lines.append("")
        lines.append(f"== {label[status.value]} ({len(matches)}) ==")
        for match in matches:
            similarity = f"  {label['similarity']} {match.similarity:.2f}" if match.old and match.new else ""
            relation = f"  [{label[match.relation]}]" if match.relation else ""
            lines.append(_safe(f"{measure_ids(match)}  {headline(match)}{similarity}{relation}"))
            if status is Status.MOVED and match.old and match.new:
                lines.append(_safe(f"    {match.old.section_title} → {match.new.section_title}"))
            if status in (Status.MODIFIED, Status.MOVED):
                pieces = []
                for op, text in condensed(match.redlines):
                    start, end = marks.get(op, ("", ""))
                    pieces.append(f"{start}{_safe(text)}{end}")
                lines.append("    " + "".join(pieces))
    paired = [f for f in comparison.figures if f.old is not None and f.new is not None]
    if paired:
        lines += ["", f"== {label['figures']} ({len(paired)}) =="]
        lines += [_safe(figure.summary_line(lang)) for figure in paired]
    if comparison.promises:
        delivered = sum(1 for p in comparison.promises if p.status == "delivered")
        lines += ["", f"== {label['promises']} ({label['delivered']} {delivered}/{len(comparison.promises)}) =="]
        lines += [_safe(promise.summary_line(lang)) for promise in comparison.promises]
    return "\n".join(lines) + "\n"


__all__ = ["render_text"]
