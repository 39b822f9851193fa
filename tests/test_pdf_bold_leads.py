"""A PDF's bold lead phrases (**依法决策。**严格执行…) title their measures as the Word reader's do
(found by a probe: a county report saved from Word as PDF lost its items, which became paragraphs
第1段… where the .docx had 第1项…)."""

from __future__ import annotations

from pathlib import Path

import docx
import opencc
import pytest

from reportdiff.loaders.pdf import _lines, _paragraphs
from reportdiff.pipeline import load_report

from published_forms import soffice_pdf

_S2T = opencc.OpenCC("s2t").convert
#: Two measures opening on a bold phrase, a third line with none, and a heading all bold.
LEADS = [("依法决策。", "严格执行重大行政决策程序，全年审查重大决策事项12件。"),
         ("规范执法。", "开展行政执法案卷评查，评查案卷150卷。"),
         ("", "全年办理行政复议案件86件。")]


def _row(text: str, bold: int, x0: float, bottom: float, size: float = 10.0) -> list[dict]:
    """A row of characters, the first ``bold`` of them in a bold face."""
    return [{"text": c, "x0": x0 + i * size, "x1": x0 + (i + 1) * size, "top": bottom - size, "bottom": bottom,
             "size": size, "fontname": "AAAAAA+NotoSerifCJK-Bold" if i < bold else "BAAAAA+NotoSerifCJK-Regular"}
            for i, c in enumerate(text)]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_bold_phrase_opening_a_paragraph_is_its_lead(script: str) -> None:
    convert = _S2T if script == "traditional" else str
    rows = [(convert("（一）推进依法行政"), 99), *((convert(lead + body), len(lead)) for lead, body in LEADS)]
    lines = [line for n, (text, bold) in enumerate(rows) for line in _lines(_row(text, bold, 70, 100 + 30 * n), 1)[0]]
    found = [(paragraph.text, paragraph.lead) for paragraph in _paragraphs(lines, [])]
    assert found == [(convert("（一）推进依法行政"), ""), *((convert(lead + body), convert(lead)) for lead, body in LEADS)]


def test_a_bold_phrase_wrapped_onto_a_second_line_is_whole() -> None:
    """The lead runs on while a line is bold to its end; a bold phrase not closed by 。 or ： is none."""
    first, second = "深入推进严格规范公正文明执法，全面落实行政", "执法三项制度。开展案卷评查150卷。"
    lines = [line for n, (text, bold) in enumerate([(first, len(first)), (second, 7)])
             for line in _lines(_row(text, bold, 50, 100 + 14 * n), 1)[0]]
    (paragraph,) = _paragraphs(lines, [])
    assert paragraph.lead == first + "执法三项制度。"
    (unclosed,) = _paragraphs(_lines(_row("强化监督检查全年检查30次。", 4, 50, 100), 1)[0], [])
    assert unclosed.lead == ""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_word_report_saved_as_pdf_keeps_its_lead_phrase_items(tmp_path: Path, script: str) -> None:
    convert = _S2T if script == "traditional" else str
    document = docx.Document()
    for text in ("柳川县2024年法治政府建设年度报告", "一、2024年法治政府建设主要举措和成效", "（一）推进依法行政"):
        document.add_paragraph(convert(text))
    for lead, body in LEADS[:2]:
        paragraph = document.add_paragraph()
        paragraph.add_run(convert(lead)).bold = True
        paragraph.add_run(convert(body))
    for text in ("二、存在的不足", "基层执法力量仍然薄弱。", "三、2025年工作计划", "（一）加强执法监督。开展执法检查。"):
        document.add_paragraph(convert(text))
    source = tmp_path / "liuchuan_2024.docx"
    document.save(source)
    pdf = soffice_pdf(source, tmp_path)
    saved, printed = load_report(source), load_report(pdf)
    assert [(m.id, m.title) for m in printed.measures] == [(m.id, m.title) for m in saved.measures]
    assert [m.title for m in printed.measures][:2] == [convert("依法决策"), convert("规范执法")]
