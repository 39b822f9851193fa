"""Word redline: the new report as a .docx whose tracked changes lead back to the old report.

Accepting every change yields the new report's text, rejecting every change the old
report's (texts whose only differences are script or width show the new side plainly).

Layout decisions:

* Body: title, preamble, parts (Heading 1), sections (Heading 2) of the new report and one
  paragraph per measure. A measure with a word-level redline shows equal runs plain and
  edits as ``w:ins``/``w:del``; a renumbered marker is itself a small deletion+insertion so
  that rejecting all restores the old numbering.
* Old text with no place in the new order (dropped measures, the old side of moves, splits
  and merges) is written at its old place: right after the paragraph holding the old
  report's preceding measure of its section; the first of its old section (or a part's lead)
  right under the heading that section (or part) became, when that keeps the old order (else
  right before the section's next kept measure). This is what makes reject-all give the old
  order exactly.
* A moved measure is ``w:moveFrom`` at the old place and ``w:moveTo`` at the new place; the
  word-level edits are split between the two: the words the move dropped are ``w:del`` at
  the old place (beside the moved-from words), the words it added ``w:ins`` at the new
  place (beside the moved-to words); LibreOffice does not honour a ``w:del`` nested in a
  ``w:moveTo``, and this pairing resolves the same in Word and LibreOffice. Matched
  measures that kept their section but not their relative order are written as moves too.
  ``moves=False`` writes deletion + insertion instead.
* A table of both years is one table of tracked rows and cells where the new report has it;
  one that moved (its new place not between the old texts either side of its old one) is a
  move as a measure is: its rows deleted there and inserted here, their text ``w:moveFrom`` and
  ``w:moveTo``, each table a move range of its own name (``_docx_tables.place_moved_tables``).
* Points written in one input paragraph (一是…二是…) share one Word paragraph, each with its
  own comment; the paragraph mark is inserted or deleted only where one report lacks all of it.
* Splits and merges whose pieces stand next to each other keep their word-level redline:
  each piece is a paragraph of its own with its part of the cut redline, and the paragraph
  mark between pieces exists only in the report that has two paragraphs there. Other splits
  and merges are written as the old paragraph(s) deleted and the new one(s) inserted.
* Revision dates: the ``date`` argument (datetime or ISO 8601 text, or ``"now"``), else
  ``SOURCE_DATE_EPOCH``, else now. Output is byte-identical for identical inputs and date
  (fixed zip timestamps, core-property dates from the same date).
* Footer: ``— 1 —`` (a PAGE field) centred, as official documents print page numbers.
"""

from __future__ import annotations

import datetime as dt
import os
from itertools import zip_longest

from reportdiff import display
from reportdiff.models import Comparison, Status
from reportdiff.render import _revisions as rev
from reportdiff.render._docx_document import (
    heading_styles, new_document, page_number_footer, resolve_date, set_core_properties,
)
from reportdiff.render._docx_package import deterministic_zip, zip_parts
from reportdiff.render._docx_paragraphs import (
    initials, printed, revised_paragraph, run_in_paragraph, styled_paragraph, xml_safe,
)
from reportdiff.render._docx_summary_tables import table
from reportdiff.render._docx_table_xml import write_table
from reportdiff.render._common import expression_lists, level_notes, summary_counts
from reportdiff.render._docx_layout import Item, layout
from reportdiff.render._revisions import DEL, INS, MOVE_FROM, MOVE_TO
from reportdiff.labels import labels as shared_labels
from reportdiff.labels import warning_template
from reportdiff.report_warnings import warning_texts

COVER_STYLE = "reportdiff Cover"
"""Paragraph style of the optional cover page; tools reading the body can skip it."""
#: Write the default redline (no template, no cover) from the cached blank document with lxml
#: (``_docx_light``); False builds it with python-docx throughout, as tests do to compare the two.
LIGHT_WRITER = True
#: How many new and dropped expressions the cover page lists (the best first).
DOCX_EXPRESSIONS = 20

# -- words only this renderer uses; status names and the rest come from reportdiff.labels --
_EXTRA = {
    "zh": {"moved_away": "移出", "sep": " · ", "list": "、", "cover": "比较摘要", "count": "数量", "status": "状态", "unit": "单位",
           "failed_checks": "与数据不符的增减表述", "check": "核对", "levels": "层级调整",
           "last_plan": "上年计划", "this_result": "本年报告",
           "one_sided": "另有 {n} 项数据仅一年的报告列出，未列入本表。",
           "row_new": "整行新增", "row_dropped": "整行删除", "table_new": "整表新增", "table_dropped": "整表删除",
           "script_docx_note": "两份报告字形不同（繁体/简体）：修订保留各自原文，字形差异不标为修改。"},
    "en": {"moved_away": "moved away", "sep": " · ", "list": ", ", "cover": "Comparison summary", "count": "count", "status": "status",
           "unit": "unit", "failed_checks": "Stated changes the figures do not bear out", "check": "check",
           "levels": "Level changes", "last_plan": "last year's plan", "this_result": "this year's report",
           "one_sided": "{n} more figures appear in one report only and are not listed here.",
           "row_new": "row added", "row_dropped": "row dropped", "table_new": "table added",
           "table_dropped": "table dropped",
           "script_docx_note": "The reports differ in script (Traditional/Simplified): revisions keep each report's own "
                               "text and script differences are not marked."},
}
# -- a paragraph that only one side has: its mark and comment marker come and go with it --
_WHOLE = {"ins": INS, "del": DEL, "moveFrom": MOVE_FROM, "moveTo": MOVE_TO}


def _labels(lang: str) -> dict:
    words: dict = {**shared_labels(lang), **_EXTRA[lang]}
    words.update({status: words[status.value] for status in Status})
    # -- comments write 原一、（一）第2项 and 现…; English puts a space after the word --
    words.update({"lang": lang, "was": display.was(lang), "now": "现" if lang == "zh" else "now "})
    return words


def render_docx(
    comparison: Comparison,
    *,
    author: str = "reportdiff",
    date: dt.datetime | str | None = None,
    moves: bool = True,
    summary: bool = False,
    template: str | os.PathLike[str] | None = None,
    lang: str = "zh",
) -> bytes:
    """Return the bytes of a .docx redlining ``comparison.old`` into ``comparison.new``."""
    labels = _labels(lang)
    when = resolve_date(date)
    # -- the default redline needs neither python-docx's styles nor its tables: the cached
    #    blank document with lxml writes the same parts several times faster --
    light = LIGHT_WRITER and template is None and not summary
    if light:
        from reportdiff.render._docx_light import blank_document

        document = blank_document()
    else:
        document = new_document(template)
    writer = rev.RevisionWriter(author, when, first_id=rev.max_annotation_id([document.element]) + 1)
    set_core_properties(document, title=comparison.new.title or "",
                        subject=f"reportdiff: {comparison.old.source} → {comparison.new.source}",
                        author=author, when=when, lang=lang)
    # -- what a reader must know first (the reports swapped, tracked changes read as accepted…) --
    warnings = warning_texts(comparison.all_warnings, lang, file_names=True)
    if summary:
        _write_cover(document, comparison, labels, lang, warnings)
    if not light:
        page_number_footer(document)  # -- the blank document has it already --
    styles = document.heading_styles if light else heading_styles(document)
    first = len(document.paragraphs)
    for item in layout(comparison, moves=moves, labels=labels, writer=writer):
        _write_item(document, item, writer, author, when, styles)
    if display.script_converter(comparison.old, comparison.new) is not None and len(document.paragraphs) > first:
        # -- the revisions keep each report's own text (Reject All gives the old report back);
        #    the reader is told why 萬 and 万 are not marked as changes --
        _note(document, document.paragraphs[first], labels["script_docx_note"], author, when)
    if warnings and not summary and len(document.paragraphs) > first:
        # -- the body holds the report and nothing else (product.md): without a cover page the
        #    warnings go in a comment on its first paragraph, where Word shows it beside the text --
        _note(document, document.paragraphs[first],
              xml_safe("\n".join([warning_template("heading", lang) + labels["colon"], *warnings])), author, when)
    return zip_parts(document.parts(), document.deflated) if light else deterministic_zip(document)


def _note(document, paragraph, text: str, author: str, when: dt.datetime) -> None:
    runs = [run for run in paragraph.runs if run.text] or [paragraph.add_run("")]
    note = document.add_comment(runs[0], text=text, author=author, initials=initials(author))
    rev.set_comment_date(note, when)


def _write_item(document, item: Item, writer: rev.RevisionWriter, author: str, when: dt.datetime,
                styles: dict) -> None:
    if item.kind in ("title", "h1", "h2"):
        style = styles[{"title": "Title", "h1": "Heading 1", "h2": "Heading 2"}[item.kind]]
        if not item.segments:
            styled_paragraph(document, item.text, style)
            return
        p = revised_paragraph(document, item.segments, writer=writer, author=author, when=when,
                              comment=item.comment, whole=_WHOLE.get(item.mode))
        rev.set_paragraph_style(p, style.style_id)
        return
    if item.kind == "table":
        write_table(document, item.rows, writer,
                    move=(item.mode, item.move_name) if item.mode in ("moveFrom", "moveTo") else None)
        return
    if item.kind == "run_in":
        parts = [(part.segments, part.comment, _WHOLE.get(part.mode),
                  (part.mode, part.move_name) if part.mode in ("moveFrom", "moveTo") else None) for part in item.parts]
        p = run_in_paragraph(document, parts, writer=writer, author=author, when=when, whole=_WHOLE.get(item.mode))
        outline = next((part.outline for part in item.parts if part.outline is not None), None)
        if outline is not None:
            rev.set_outline_level(p, outline)
        return
    if item.kind not in ("measure", "preamble_redline") and not item.segments:
        document.add_paragraph(printed(item.text))
        return
    p = revised_paragraph(document, item.segments, writer=writer, author=author, when=when,
                          comment=item.comment, whole=_WHOLE.get(item.mode))
    if item.mode in ("moveFrom", "moveTo"):
        writer.move_range(p, item.mode, item.move_name)
    if item.outline is not None:
        rev.set_outline_level(p, item.outline)


# ---------------------------------------------------------------- cover


def _write_cover(document, comparison: Comparison, labels: dict, lang: str, warnings: list[str]) -> None:
    """Optional cover page: the warnings, counts, changed figures, last year's plans and changed table
    cells, in its own style, ending in a page break."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    styles = document.styles
    try:
        cover = styles[COVER_STYLE]
    except KeyError:
        cover = styles.add_style(COVER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        cover.base_style = styles["Normal"]
        cover.paragraph_format.first_line_indent = Pt(0)
        cover.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        rev.set_first_line_chars(cover, 0)
    heading = document.add_paragraph(labels["cover"], style=cover)
    heading.runs[0].bold = True
    heading.runs[0].font.size = Pt(22)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for side, report in (("old_report", comparison.old), ("new_report", comparison.new)):
        document.add_paragraph(f"{labels[side]}{labels['colon']}{display.report_name(report)}", style=cover)
    if warnings:
        # -- before any count: swapped or unrelated reports change how every figure below reads --
        _caption(document, warning_template("heading", lang), cover)
        for text in warnings:
            document.add_paragraph(xml_safe(f"• {text}"), style=cover)
    if comparison.targets:
        # -- the main targets first: what a reader of a 政府工作报告 compares before anything --
        _caption(document, labels["targets"], cover)
        results = any(row.result for row in comparison.targets)
        header = (labels["label"], labels["old_target"], *((labels["target_result"],) if results else ()),
                  labels["new_target"], labels["change"])
        # -- last year's targets one a line where this year's one continues two --
        convert = display.script_converters(comparison.old, comparison.new)[0]
        rows = [(*_target_cells(row, convert), *((row.result or "",) if results else ()),
                 row.new.text if row.new else "", row.change_text(lang)) for row in comparison.targets]
        table(document, [header, *rows], cover)
    counts = summary_counts(comparison)
    _caption(document, labels["summary"], cover)
    table(document, [tuple(labels[key] for key, _ in counts), tuple(str(count) for _, count in counts)], cover)
    notes = level_notes(comparison, lang)
    if notes:
        # -- a part now a section (or back): its measures are compared there, not dropped and new --
        _caption(document, labels["levels"], cover)
        for note in notes:
            # -- an item of a list, as the warnings above are --
            document.add_paragraph(xml_safe(f"• {note}"), style=cover)
    convert, keyed = display.script_converters(comparison.old, comparison.new)
    keyed = keyed or (lambda text: text)  # -- labels in the report's script --
    changed = [figure for figure in display.beside_targets(comparison.figures, comparison.targets)
               if _figure_changed(figure.to_json())]
    failed = [figure for figure in changed if figure.claim_check == "inconsistent"]
    if failed:
        # -- a stated growth the figures do not bear out is what a clerk must check first --
        _caption(document, labels["failed_checks"], cover)
        header = (labels["label"], labels["claim"], labels["change"], labels["check"])
        table(document, [header, *[(keyed(f.label), f.claim.text, display.figure_change(f, lang), display.claim_verdict(f, lang))
                                   for f in failed]], cover)
    paired = [figure for figure in changed if figure.old is not None and figure.new is not None]
    one_sided = len(changed) - len(paired)
    if paired or one_sided:
        _caption(document, labels["figures"], cover)
        header = (labels["label"], labels["old"], labels["new_side"], labels["change"])
        # -- a figure only one year states is no change to read in a table of changes: counted in
        #    the table's last row, as the expressions table counts those it leaves out --
        table(document, [header, *[_figure_row(figure, lang, convert, keyed) for figure in paired]], cover,
              note=labels["one_sided"].format(n=one_sided) if one_sided else "")
    if comparison.promises:
        _promises(document, comparison, labels, lang, convert, cover)
    lists = expression_lists(comparison, DOCX_EXPRESSIONS)
    if lists:
        # -- one column per list: expressions hold 、 themselves, so they are never run together --
        _caption(document, labels["expressions"], cover)
        header = tuple(f"{labels[name]}（{len(shown) + more}）" for name, shown, more in lists)
        columns = [[xml_safe(convert(item.text) if convert and name == "expressions_dropped" else item.text)
                    for item in shown] + ([labels["more"].format(n=more)] if more else [])
                   for name, shown, more in lists]
        table(document, [header, *zip_longest(*columns, fillvalue="")], cover)
    cells = [row for change in comparison.tables for row in _table_rows(change, labels)]
    if cells:
        # -- tables compared row by row, each in its order: a changed cell old → new, a new or
        #    dropped row with its cells, a table only one year has with its size --
        _caption(document, labels["tables"], cover)
        header = ("", labels["table_row"], labels["table_column"], labels["old"], labels["new_side"])
        table(document, [header, *cells], cover)
    document.add_paragraph(style=cover).add_run().add_break(WD_BREAK.PAGE)


def _table_rows(change, labels: dict) -> list[tuple[str, ...]]:
    """The summary's rows for one table pair (表 | 行 | 列 | 上年 | 本年): one a changed cell, one
    a new or dropped row (its cells under the year that has it), one a table only one year has."""
    if not (change.old and change.new):
        table_ = change.new or change.old
        size = f"{len(table_.rows)} × {max(len(cells) for cells in table_.rows)}"
        status = "table_new" if change.old is None else "table_dropped"
        sides = ("", size) if change.old is None else (size, "")
        return [(change.ids, " ".join(change.caption.split()).rstrip(":："), labels[status], *sides)]
    rows: list[tuple[str, ...]] = []
    for row in change.rows:
        if row.status == "changed":
            rows.extend((change.ids, row.where, cell.column, cell.old, cell.new) for cell in row.cells)
            continue
        # -- the row's cells but its label, which the 行 column shows --
        shown = " | ".join(cell for cell in row.row if cell and cell not in (row.label, row.group))
        sides = ("", shown) if row.status == "new" else (shown, "")
        rows.append((change.ids, row.where, labels[f"row_{row.status}"], *sides))
    return rows


def _target_cells(row, convert) -> tuple[str, str]:
    """The indicator and last year's target(s), one a line, in the new report's script."""
    indicator, olds = row.shown(convert)
    return indicator, "\n".join(olds)


def _promises(document, comparison: Comparison, labels: dict, lang: str, convert, style) -> None:
    """Last year's plans: how many of each status, then those met in part or short of a target
    beside the result that tells it (the others are the whole plan, or nothing, to read)."""
    counts = {status: 0 for status in display.PROMISE_ORDER}
    for promise in comparison.promises:
        counts[promise.shown_status] = counts.get(promise.shown_status, 0) + 1
    shown = [status for status, n in counts.items() if n]
    _caption(document, labels["promises"], style)
    table(document, [tuple(display.promise_status(status, lang) for status in shown),
                     tuple(str(counts[status]) for status in shown)], style)
    short = [promise for promise in comparison.promises if promise.short_of]
    if short:
        header = (labels["status"], labels["last_plan"], labels["this_result"])
        places = [f"{display.place(promise.short_of[0].measure.id, lang)} " for promise in short]
        # -- the clause of the result that answers the plan, bold and underlined in its cell --
        marks = {(row, 2): (len(at) + span[0], len(at) + span[1])
                 for row, (at, promise) in enumerate(zip(places, short), 1)
                 if (span := promise.short_of[0].clause) is not None}
        table(document, [header, *[(display.promise_status(promise.shown_status, lang),
                                    f"{display.place(promise.plan.id, lang)} "
                                    f"{display.plan_text(promise.plan, convert)}",
                                    f"{at}{promise.short_of[0].sentence}")
                                   for at, promise in zip(places, short)]], style, marks)


def _figure_changed(data: dict) -> bool:
    """Changed figures only: a moved value, a side missing, or a growth claim that disagrees."""
    change = data.get("change")
    if data.get("old") is None or data.get("new") is None or data.get("claim_check") == "inconsistent":
        return True
    return change is None or change != 0


def _figure_row(figure, lang: str, convert, keyed) -> tuple[str, ...]:
    label = keyed(figure.label)
    if figure.kind == "plan_result":
        label += f"（{shared_labels(lang)['plan_result']}）" if lang == "zh" else f" ({shared_labels(lang)['plan_result']})"
    old = figure.old.raw if figure.old else ""
    change = display.figure_change(figure, lang)
    def period(side) -> str:  # -- （五年累计） beside a figure of several years, in the report's script --
        return keyed(display.figure_period(side, lang)) if lang == "zh" else display.figure_period(side, lang)

    return (label, (convert(old) if convert else old) + (period(figure.old) if figure.old else ""),
            figure.new.raw + period(figure.new) if figure.new else "",
            keyed(change) if lang == "zh" else change)


def _caption(document, text: str, style) -> None:
    """A bold caption above one table of the summary page."""
    from docx.shared import Pt

    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(xml_safe(text))
    run.bold = True
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.keep_with_next = True


__all__ = ["COVER_STYLE", "render_docx"]
