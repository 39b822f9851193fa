"""Word output of ``reportdiff plans``: each plan sentence as tracked changes against the result it continues."""

from __future__ import annotations

# -- Layout: title, a reading note, then three Heading 1 parts.
#    * Plans, one Heading 2 per plan section. Each plan sentence is one paragraph: a continuing
#      plan is the result sentence it continues (its best link) redlined into the plan, so that
#      Accept All gives the plan sentence and Reject All the result sentence; a new plan is a
#      wholly inserted paragraph (gone on Reject All). A comment on each gives the plan id,
#      status, the result ids, similarity and shared terms.
#    * Results no plan carries on: each a deleted paragraph (gone on Accept All) with a comment.
#    * Shortcomings: plain paragraphs, a comment naming the answering plan ids or 无对应安排.
#    Typography, dates and the fixed zip are those of the compare output (render/_docx_document.py, _docx_paragraphs.py, _docx_package.py). --

import datetime as dt
import os
from functools import partial
from pathlib import Path

from reportdiff import display
from reportdiff.models import Measure, Op, Report
from reportdiff.plans import PlanRecord, PlansAnalysis, ResultLink
from reportdiff.render import _revisions as rev
from reportdiff.render._docx_document import (
    heading_styles, new_document, page_number_footer, resolve_date, set_core_properties,
)
from reportdiff.render._docx_package import deterministic_zip
from reportdiff.render._docx_paragraphs import Segment, revised_paragraph, styled_paragraph, xml_safe
from reportdiff.render._revisions import DEL, INS
from reportdiff.labels import labels as shared_labels
from reportdiff.labels import warning_template
from reportdiff.report_warnings import warning_texts

from .. import lazy_re

#: A section's step in a block id where parts are 第一部分: 一 (maybe 一~2, 一#3), never a 一是 point.
_SHIFTED_SECTION = lazy_re.compile(r"[一二三四五六七八九十]+(?:$|[~#])")

# -- words only this renderer uses; the rest come from reportdiff.labels --
_EXTRA = {
    "zh": {
        "sep": " · ", "list": "、", "colon": "：", "semi": "；", "comma": "，", "open": "（", "close": "）",
        "not_carried_heading": "未延续的举措",
        "new_note": "本年举措中未见对应内容",
        "redline_base": "修订对照",
        "reading_note": "本文档以修订方式呈现：接受全部修订得到下一年工作安排原文，拒绝全部修订得到其所延续的本年举措；"
                        "批注注明延续关系、相似度和匹配依据。",
        "none": "（无）",
        "other_blocks": "其他安排",
    },
    "en": {
        "sep": " · ", "list": ", ", "colon": ": ", "semi": "; ", "comma": ", ", "open": " (", "close": ")",
        "not_carried_heading": "Results not carried forward",
        "new_note": "no result of this year carries it",
        "redline_base": "redlined against",
        "reading_note": "Tracked changes: Accept All gives next year's plans as written, Reject All the results "
                        "they continue; comments give the link, similarity and shared terms.",
        "none": "(none)",
        "other_blocks": "Other plans",
    },
}


def render_plans_docx(
    analysis: PlansAnalysis,
    *,
    author: str = "reportdiff",
    date: dt.datetime | str | None = None,
    template: str | os.PathLike[str] | None = None,
    lang: str = "zh",
    report: Report | None = None,
) -> bytes:
    """Return the bytes of a .docx setting each plan of ``analysis`` against the result it continues.

    ``report`` (the report ``analysis`` was made from) is optional: when given, the plans
    part and its sections are headed with the report's own headings, otherwise with ids.
    """
    words = {**shared_labels(lang), **_EXTRA[lang], "lang": lang}
    when = resolve_date(date)
    document = new_document(template)
    writer = rev.RevisionWriter(author, when, first_id=rev.max_annotation_id([document.element]) + 1)
    title = _title(analysis, words, lang, report)
    set_core_properties(document, title=title, subject=f"reportdiff plans: {analysis.source}", author=author,
                        when=when, lang=lang)
    page_number_footer(document)
    styles = heading_styles(document)
    headings = report_headings(report) if report is not None else {}
    write = partial(revised_paragraph, document, writer=writer, author=author, when=when)

    styled_paragraph(document, title, styles["Title"])
    document.add_paragraph(f"{words['reading_note']}{_counts(analysis, words)}")
    # -- no plans part found, tracked changes read as accepted…: said before the plans they explain --
    for text in warning_texts(analysis.warnings, lang, file_names=True):
        said = document.add_paragraph()
        said.add_run(f"{warning_template('heading', lang)}{words['colon']}").bold = True
        said.add_run(xml_safe(text))
    _write_plans(document, analysis, words, headings, styles, write)
    _write_not_carried(document, analysis, words, styles, write)
    _write_shortcomings(document, analysis, words, headings, styles, write)
    return deterministic_zip(document)


def report_headings(report: Report) -> dict[str, str]:
    """Heading text (marker and title) of every part and section of ``report``, by id."""
    found: dict[str, str] = {}
    for part in report.parts:
        found[part.id] = f"{part.marker}{part.title}"
        for section in part.sections:
            found[section.id] = f"{section.marker}{section.title}"
    return found


# ---------------------------------------------------------------- the three parts


def _write_plans(document, analysis: PlansAnalysis, words: dict, headings: dict, styles: dict, write) -> None:
    part_id = analysis.plans[0].plan.block_id.split("/")[0] if analysis.plans else ""
    styled_paragraph(document, headings.get(part_id) or words["plans"], styles["Heading 1"])
    if not analysis.plans:
        document.add_paragraph(words["none"])
        return
    group: str | None = None
    seen_section = False
    records = analysis.plans
    for position, record in enumerate(records):
        section = _section_of(record.plan.block_id)
        if section != group:
            # -- a plan section gets its heading; blocks straight under the part (its lead
            #    paragraph) stand under Heading 1, unless they follow a section --
            if section is not None:
                styled_paragraph(document, headings.get(section) or section, styles["Heading 2"])
                seen_section = True
            elif seen_section:
                styled_paragraph(document, words["other_blocks"], styles["Heading 2"])
            group = section
        if record.results:
            segments = plan_segments(record)
            following = records[position + 1] if position + 1 < len(records) else None
            if following is not None and not following.results and _section_of(following.plan.block_id) == section:
                segments = end_apart(segments)  # no heading between this paragraph and an inserted one
            write(segments, comment=_plan_comment(record, words))
        else:
            write([(record.plan.text, INS)], comment=_plan_comment(record, words), whole=INS)


def _write_not_carried(document, analysis: PlansAnalysis, words: dict, styles: dict, write) -> None:
    styled_paragraph(document, words["not_carried_heading"], styles["Heading 1"])
    if not analysis.not_carried:
        document.add_paragraph(words["none"])
        return
    document.add_paragraph(words["not_carried_note"])
    for item in analysis.not_carried:
        measure = item.measure
        note = words["sep"].join(x for x in (_place(measure.id, words), words["not_carried"], measure.section_title) if x)
        write(_measure_segments(measure, DEL), comment=note, whole=DEL)


def _write_shortcomings(document, analysis: PlansAnalysis, words: dict, headings: dict, styles: dict,
                        write) -> None:
    part_id = analysis.shortcomings[0].measure.part_id if analysis.shortcomings else ""
    styled_paragraph(document, headings.get(part_id) or words["shortcomings"], styles["Heading 1"])
    if not analysis.shortcomings:
        document.add_paragraph(words["none"])
        return
    group: str | None = None
    for item in analysis.shortcomings:
        measure = item.measure
        if measure.section_id is not None and measure.section_id != group:
            text = headings.get(measure.section_id) or measure.section_title or measure.section_id
            styled_paragraph(document, text, styles["Heading 2"])
            group = measure.section_id
        answered = words["list"].join(_place(plan.id, words) for plan in item.answered_by)
        note = f"{words['answered_by']} {answered}" if answered else words["no_answer"]
        write(_measure_segments(measure, None), comment=words["sep"].join((_place(measure.id, words), note)))


# ---------------------------------------------------------------- runs and comments


def best_link(record: PlanRecord) -> ResultLink:
    """The link a continuing plan is redlined against: highest similarity, the first on ties."""
    return max(record.results, key=lambda link: link.similarity)


def plan_segments(record: PlanRecord) -> list[Segment]:
    """(text, revision kind) runs turning the best link's result sentence into the plan sentence.

    Equal runs are plain, inserted runs ``w:ins``, deleted runs ``w:del``. Redlines that do
    not spell both sentences exactly are replaced by the whole sentence deleted and the plan
    inserted: Accept All must give the plan and Reject All the result sentence, always.
    """
    link = best_link(record)
    base = link.sentence or link.measure.text
    segments: list[Segment] = []
    for run in link.redlines:
        op = Op(run.op)
        if op is Op.EQUAL and run.old_text is not None and run.old_text != run.text:
            # -- the same words in another script or width: each side keeps its own spelling --
            segments += [(run.old_text, DEL), (run.text, INS)]
        else:
            segments.append((run.text, {Op.EQUAL: None, Op.INSERT: INS, Op.DELETE: DEL}[op]))
    segments = [(text, kind) for text, kind in segments if text]
    accepted = "".join(text for text, kind in segments if kind != DEL)
    rejected = "".join(text for text, kind in segments if kind != INS)
    if accepted != record.plan.text or rejected != base:
        segments = [(text, kind) for text, kind in ((base, DEL), (record.plan.text, INS)) if text]
    return segments


def end_apart(segments: list[Segment]) -> list[Segment]:
    """Runs that end on a deletion rather than an insertion, resolving to the same two texts.

    LibreOffice joins an insertion that ends a paragraph with a wholly inserted paragraph
    right after it (same author and date) and Reject All then removes the paragraph mark
    between them, merging two result sentences. Word keeps the mark either way.
    """
    if len(segments) < 2 or segments[-1][1] != INS:
        return segments
    *head, (before, before_kind), (added, _) = segments
    if before_kind == DEL:
        return [*head, (added, INS), (before, DEL)]
    if before_kind is None and before:
        # -- a pure append: the last shared character is deleted and inserted again with it --
        kept = [(before[:-1], None)] if before[:-1] else []
        return [*head, *kept, (before[-1] + added, INS), (before[-1], DEL)]
    return segments


def _measure_segments(measure: Measure, kind: str | None) -> list[Segment]:
    return [(text, kind) for text in (measure.marker, measure.text) if text]


def _place(identifier: str, words: dict) -> str:
    """A measure's or plan sentence's human label (四、（一）第2句); ids stay in JSON."""
    return display.place(identifier, words["lang"])


def _plan_comment(record: PlanRecord, words: dict) -> str:
    sep = words["sep"]
    if not record.results:
        return sep.join((_place(record.plan.id, words), words["new"], words["new_note"]))
    links = [
        f"{words['continues_from']} {_place(link.measure.id, words)}{words['open']}{words['similarity']} "
        f"{display.percent(link.similarity, changed=True)}"
        f"{words['semi']}{words['shared_terms']}{words['colon']}{words['list'].join(link.shared_terms)}"
        f"{words['close']}"
        for link in record.results
    ]
    parts = [_place(record.plan.id, words), words["continues"], *links]
    if len(record.results) > 1:
        parts.append(f"{words['redline_base']} {_place(best_link(record).measure.id, words)}")
    return sep.join(parts)


def _title(analysis: PlansAnalysis, words: dict, lang: str, report: Report | None = None) -> str:
    if report is not None and report.title:
        # -- the report's own title already names the body and the year --
        return f"{report.title}：{words['plans_title']}" if lang == "zh" else f"{words['plans_title']}: {report.title}"
    source = analysis.source
    name = source if source.startswith("<") else Path(source).stem
    if lang == "zh":
        return f"{name}{f'（{analysis.year}年）' if analysis.year else ''}{words['plans_title']}"
    return f"{words['plans_title']}: {name}{f' ({analysis.year})' if analysis.year else ''}"


def _counts(analysis: PlansAnalysis, words: dict) -> str:
    continuing = sum(1 for record in analysis.plans if record.results)
    parts = [f"{words['continues']} {continuing}", f"{words['new']} {sum(1 for r in analysis.plans if r.status == 'new')}",
             f"{words['not_carried']} {len(analysis.not_carried)}"]
    return words["open"] + words["comma"].join(parts) + words["close"]


def _section_of(block_id: str) -> str | None:
    """The plan section a block belongs to (``四/(一)`` for ``四/(一)#…`` or ``四/(一)/2``; ``第二部分/一``
    where parts are 第一部分 over 一、 sections), None at part level."""
    pieces = block_id.split("/")
    if len(pieces) >= 2 and (pieces[1].startswith("(") or _SHIFTED_SECTION.match(pieces[1])):
        return "/".join(pieces[:2])
    return None


__all__ = ["best_link", "end_apart", "plan_segments", "render_plans_docx", "report_headings"]
