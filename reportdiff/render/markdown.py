"""Markdown summary, for CI logs and pull-request comments."""

from __future__ import annotations

from ..models import Comparison, Op, Status
from .. import display, lazy_re
from ._common import (
    CLAUSE_MARKS, by_status, clause_marked, condensed, expression_line, expression_lists, heading_changes, headline,
    in_script, leads, safe, summary_counts,
)
from ..labels import labels
from ._revisions import DEL, INS
from .table_grid import table_caption, table_grid
from .table_redline import cell_segments
from ._warnings import warning_markdown

_SPECIAL = lazy_re.compile(r"([\\`*_{}\[\]<>#|~])")
#: How many new and dropped expressions the Markdown summary lists (the best first).
MARKDOWN_EXPRESSIONS = 40


def escape(text: str) -> str:
    """Escape Markdown and inline-HTML syntax (entities included) in report text."""
    return _SPECIAL.sub(r"\\\1", safe(text).replace("&", "&amp;")).replace("\n", " ")


def _redline(redlines, convert=None) -> str:
    """Deletions as ``<del>``, insertions as ``<ins>``.

    ``~~``/``**`` do not work here: CommonMark has no strikethrough at all, and both GFM and
    CommonMark refuse a delimiter run with punctuation inside and a letter outside
    (``库~~。推行~~``), which Chinese text produces at nearly every sentence end. Inline
    ``<del>``/``<ins>`` render in both (GitHub and GitLab keep these tags).
    """
    pieces = []
    for op, text in condensed(in_script(redlines, convert)):
        text = escape(text)
        pieces.append(f"<del>{text}</del>" if op is Op.DELETE else f"<ins>{text}</ins>" if op is Op.INSERT else text)
    return "".join(pieces)


def _changed_text(cell) -> str:
    """A text of both years (a ``GridCell``): as it is where alike, else redlined word by word
    with ``<del>``/``<ins>`` as the measures' redlines here and the page's cells are
    (1.1万人<ins>以上</ins>, not the whole cell struck and retyped)."""
    if not cell.changed:
        return escape(cell.new or cell.old)
    tags = {DEL: "del", INS: "ins"}
    return "".join(f"<{tags[kind]}>{escape(text)}</{tags[kind]}>" if kind in tags else escape(text)
                   for text, kind in cell_segments(cell.old, cell.new))


def _grid(rows) -> list[str]:
    """A table as a Markdown (GFM) table: changed cells redlined word by word, new rows inserted
    and dropped rows struck where they stood.

    GFM merges no cells: a merged cell's text is repeated down the rows it spans (each row reads
    whole, 行政复议 | 受理, as rows are keyed) and left blank across the columns it spans (a
    heading over two columns names the first); a cell it covers is marked as the merged cell is
    (a row added under a category both years merge does not insert the category)."""
    def cell(row, item) -> str:
        old, new = escape(item.old), escape(item.new)
        if row.status == "new":
            text = f"<ins>{new}</ins>" if new else ""
        elif row.status == "dropped":
            text = f"<del>{old}</del>" if old else ""
        else:
            text = _changed_text(item)
        return text.replace("|", "\\|")

    def shown(at: int, column: int) -> str:
        row = rows[at]
        if row.spans and row.spans[column] == (0, 0):
            # -- under a merged cell (it opens in a row above, in this column): as that one is --
            origin = next((rows[above] for above in range(at - 1, -1, -1) if rows[above].spans
                           and rows[above].spans[column][0] > at - above), None)
            return "" if origin is None else cell(origin, origin.cells[column])
        return cell(row, row.cells[column])

    width = max((len(row.cells) for row in rows), default=0)
    lines = ["| " + " | ".join([shown(at, column) for column in range(len(row.cells))] + [""] * (width - len(row.cells)))
             + " |" for at, row in enumerate(rows)]
    return lines[:1] + ["|" + " --- |" * width] + lines[1:] if lines else []


def render_markdown(comparison: Comparison, *, lang: str = "zh", **_: object) -> str:
    """Return a Markdown summary: counts table, then each change with a condensed redline."""
    label = labels(lang)
    old, new = comparison.old, comparison.new
    convert, keyed = display.script_converters(old, new)
    counts = summary_counts(comparison)
    out = [
        f"# {label['title']}{label['colon']}{escape(display.report_name(old))} → {escape(display.report_name(new))}",
        "",
        # -- what the reader must know first (swapped years, tracked changes…), before any count --
        *warning_markdown(comparison.all_warnings, lang, escape, file_names=True),
        "| " + " | ".join(label[key] for key, _ in counts) + " |",
        "|" + "---:|" * len(counts),
        "| " + " | ".join(str(count) for _, count in counts) + " |",
    ]
    if comparison.targets:
        # -- last year's result between the two targets, where the review states any --
        results = any(target.result for target in comparison.targets)
        heads = (label["label"], label["old_target"], *((label["target_result"],) if results else ()),
                 label["new_target"], label["change"])
        out += ["", f"## {label['targets']} ({len(comparison.targets)})", "",
                "| " + " | ".join(heads) + " |", "|---" * (len(heads) - 1) + "|---:|"]
        for target in comparison.targets:
            indicator, _ = target.shown(convert)
            cells = (indicator, target.shown_olds(lang, convert) or "—", *((target.result or "—",) if results else ()),
                     target.new.text if target.new else "—", target.change_text(lang))
            out.append("| " + " | ".join(escape(cell) for cell in cells) + " |")
    for name, shown, more in expression_lists(comparison, MARKDOWN_EXPRESSIONS):
        side = "new" if name == "expressions_new" else "old"
        out += ["", f"## {label[name]} ({len(shown) + more})", ""]
        out += [f"- {escape(expression_line(expression, side, label, lang, convert, getattr(comparison, side)))}" for expression in shown]
        if more:
            out.append(f"- {label['more'].format(n=more)}")
    headings = heading_changes(comparison, lang)
    if headings:
        out += ["", f"## {label['headings']} ({len(headings)})", ""]
        for where, redlines in headings:
            out.append(f"- **{escape(where)}** {_redline(redlines, convert)}")
    part_leads = leads(comparison)
    if part_leads:
        out += ["", f"## {label['lead']} ({len(part_leads)})", ""]
        for match in part_leads:
            out.append(f"- **{escape(display.match_label(match, lang))}** {escape(headline(match, convert))}"
                       f" · {label[match.status.value]}")
            if match.old is not None and match.new is not None and match.status is not Status.CONTINUED:
                out.append(f"  > {_redline(match.redlines, convert)}")
    for status, matches in by_status(comparison).items():
        if status is Status.CONTINUED or not matches:
            continue
        out += ["", f"## {label[status.value]} ({len(matches)})", ""]
        for match in matches:
            similarity = display.similarity(match, lang)
            similarity = f" · {similarity}" if similarity else ""
            relation = f" · {label[match.relation]}" if match.relation else ""
            out.append(f"- **{escape(display.match_label(match, lang))}** {escape(headline(match, convert))}"
                       f"{similarity}{relation}")
            if status in (Status.MODIFIED, Status.MOVED):
                out.append(f"  > {_redline(match.redlines, convert)}")
            out += [f"  - ↪ {escape(line)}" for line in display.sentence_move_lines(match, lang, convert)]
    changed_tables = [line for table in comparison.tables if table.changed for line in table.lines(lang)]
    if comparison.tables:
        out += ["", f"## {label['tables']} ({len(changed_tables)})", ""]
        out += [f"- {escape(line)}" for line in changed_tables]
        for table in comparison.tables:
            # -- every table whole: nothing a reviewer wrote is left out of the page --
            out += ["", f"**{escape(table.ids)}**", ""]
            caption = table_caption(table)
            if caption.old or caption.new:
                # -- the line naming the table right above it, as in the report --
                out += [_changed_text(caption), ""]
            out += _grid(table_grid(table))
    if comparison.figures:
        out += ["", f"## {label['figures']}", ""]
        out += [f"- {escape(display.figure_line(figure, lang, convert, keyed))}"
                for figure in display.beside_targets(comparison.figures, comparison.targets)]
    if comparison.promises:
        out += ["", f"## {label['promises']}", ""]
        # -- the clause answering a plan in bold (``**`` fails beside Chinese punctuation) --
        out += [clause_marked(f"- {escape(promise.summary_line(lang, convert, CLAUSE_MARKS))}", "<b>", "</b>")
                for promise in comparison.promises]
    return "\n".join(out) + "\n"


__all__ = ["escape", "render_markdown"]
