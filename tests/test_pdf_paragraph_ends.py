"""Where a PDF's paragraphs end when its layout gives no gap and no indent (found by a probe:
Word → LibreOffice PDFs of full-length reports read other than their text).

- A point marker is never cut at a line end: ``…。十`` / ``一是…`` is 十一是, and a line that opens
  with the next point of a run (五是 after 四是 in the same paragraph) goes on with it.
- In justified text a line that ends short of the column's right edge was not stretched: it is
  its paragraph's last line, though no more words would have fitted after it.
- A page that ends a line early after a sentence's end (the next paragraph kept off it by orphan
  control) ends the paragraph there.

The documents are built of rows of exactly twenty characters in a column twenty characters wide,
so the wrap falls where the test says; each test checks its premise on the PDF's lines first.
"""

from __future__ import annotations

from pathlib import Path

import docx
import opencc
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from reportdiff.loaders import load
from reportdiff.loaders.pdf import _lines, _page_lines, _paragraphs
from reportdiff.pipeline import load_report

from published_forms import soffice_pdf

WIDTH, SIZE = 20, 16
TITLE = "云溪县2024年法治政府建设情况报告"
PART = "一、主要工作"
#: A section paragraph of twelve points, set row by row: 五是 and 六是 open rows, 十 ends one and
#: 一是 opens the next, and its last row fills the column.
POINTS = ["（一）推进依法行政。一是健全制度体系。二",
          "是规范执法行为，开展案卷评查。三是深化复",
          "议改革。四是加强审查，审查文件一百余件。",
          "五是推进政务公开，主动公开信息三万余条。",
          "六是提升执法能力。七是强化监督。八是开展",
          "专项整治。九是推进普法。十是培育人才。十",
          "一是推行柔性执法，制定免罚轻罚清单四份。",
          "十二是推进综合查一次，减少入企检查次数。"]
#: The paragraph after it: no marker, no indent.
CASE = ["在条例起草过程中，司法局会同有关部门深入", "调研论证，召开论证会八场。"]
NEXT = "（二）严格规范公正文明执法。全年办理行政执法案件一千二百件。"
_S2T = opencc.OpenCC("s2t").convert


def _script(rows: list[str], script: str) -> list[str]:
    return [_S2T(row) for row in rows] if script == "traditional" else rows


def _narrow_docx(paragraphs: list[str], path: Path, *, justified: bool) -> Path:
    """One paragraph per item, 16 pt, a column exactly twenty ideographs wide (and a little),
    no indent, no space between paragraphs, single spacing."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(SIZE)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    spacing = normal.paragraph_format
    spacing.space_after, spacing.space_before, spacing.line_spacing = Pt(0), Pt(0), 1.0
    section = document.sections[0]
    section.page_width = Pt(SIZE * WIDTH + 8 + 2 * 66)
    section.left_margin = section.right_margin = Pt(66)
    for text in paragraphs:
        paragraph = document.add_paragraph(text)
        if justified and text != paragraphs[0]:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.save(str(path))
    return path


def _pdf_rows(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as document:
        chars = [[c for c in page.chars if c["text"].strip()] for page in document.pages]
    pages, _unclear = _page_lines(chars)
    return [line.text for page in pages for line in page]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("justified", [True, False])
def test_a_point_marker_cut_at_a_line_end_and_a_flush_paragraph_end(tmp_path, script: str, justified: bool) -> None:
    points, case = _script(POINTS, script), _script(CASE, script)
    title, part, following = _script([TITLE, PART, NEXT], script)
    assert all(len(row) == WIDTH for row in [*points, case[0]])
    paragraphs = [title, part, "".join(points), "".join(case), following]
    source = _narrow_docx(paragraphs, tmp_path / "report.docx", justified=justified)
    pdf = soffice_pdf(source, tmp_path)
    # -- the premise: the PDF wraps the rows where they were cut --
    assert _pdf_rows(pdf)[2:2 + len(points) + len(case)] == [*points, *case]
    read = [p.text for p in load(pdf).paragraphs]
    section = next(text for text in read if text.startswith(points[0][:3]))
    # -- 十 / 一是 is 十一是, and 五是 六是 十二是 opening rows go on with their run (ragged, the
    #    flush end of the last row tells nothing: the next paragraph may run on) --
    assert section.startswith("".join(points)) and "十一是" in section
    if justified:
        # -- the last row filled the column but was not stretched to its edge: the paragraph ends --
        assert read == paragraphs
        report, saved = load_report(pdf), load_report(source)
        assert [m.text for m in report.measures] == [m.text for m in saved.measures]
        assert [(m.id, m.marker) for m in report.measures] == [(m.id, m.marker) for m in saved.measures]


def _row(text: str, x0: float, bottom: float, size: float = 10.0) -> list[dict]:
    return [{"text": c, "x0": x0 + i * size, "x1": x0 + (i + 1) * size, "top": bottom - size,
             "bottom": bottom, "size": size} for i, c in enumerate(text)]


def _page(rows: list[str], page: int, first: float = 100.0) -> list:
    """Rows of a ragged (left-aligned) page from the left margin, 14 pt apart."""
    return [line for n, text in enumerate(rows) for line in _lines(_row(text, 50, first + 14 * n), page)[0]]


FULL = "全面推进法治政府建设，完善依法行政制度体系"  # -- 21 units: the column's width --


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_page_that_ends_a_line_early_after_a_sentence_ends_the_paragraph(script: str) -> None:
    convert = _S2T if script == "traditional" else (lambda text: text)
    full, end = convert(FULL), convert("全面推进法治政府建设，完善依法行政制度体。")
    opening, close = convert("在条例起草过程中，司法局会同有关部门深入调"), convert("研论证。")
    # -- page 1 fills to its foot (40 rows); page 2 stops two rows short with a sentence's end
    #    (the next paragraph's first line kept off by orphan control); page 3 opens a paragraph --
    first = _page([full] * 39 + [close], 1)
    second = _page([opening] + [full] * 36 + [end], 2)
    third = _page([opening, close], 3)
    texts = [p.text for p in _paragraphs(first + second + third, [])]
    assert len(texts) == 3 and texts[1].endswith(end) and texts[2] == opening + close
    # -- a figure (or footnotes, or a table) drawn below page 2's text filled its foot --
    texts = [p.text for p in _paragraphs(first + second + third, [], {2: second[-1].bottom + 40})]
    assert len(texts) == 2 and texts[1].endswith(opening + close)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_page_full_to_its_foot_runs_on_though_its_last_line_ends_a_sentence(script: str) -> None:
    convert = _S2T if script == "traditional" else (lambda text: text)
    full, end = convert(FULL), convert("全面推进法治政府建设，完善依法行政制度体。")
    opening = convert("在条例起草过程中，司法局会同有关部门深入调")
    # -- a page that ends a row early mid-sentence (widow control) runs on too --
    first = _page([opening] + [full] * 38 + [end], 1)
    second = _page([full] * 37 + [convert("完善依法行政制度体系，全面推进法治政府建")], 2)
    third = _page([full, convert("研论证。")], 3)
    (text,) = [p.text for p in _paragraphs(first + second + third, [])]
    assert text.endswith(convert("研论证。"))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_line_opening_with_figures_joined_by_a_comma_runs_on(script: str) -> None:
    """LibreOffice keeps 10.6%、7.9%， whole (it wrapped a State Council report's 年均分别增长 /
    10.6%、7.9%，… so): the line before ends seven characters short, not because its paragraph did."""
    convert = _S2T if script == "traditional" else (lambda text: text)
    texts = [(convert("过去五年，我国经济结构持续进一步优化升级，高技术制造业和装备制造业增加值年均"), 74),  # -- 38: indented --
             (convert("较快增长，其中高技术制造业和装备制造业两项指标增加值年均分别增长"), 50),  # -- 32 of 40 --
             ("10.6%、7.9%，" + convert("数字经济不断壮大，新产业新业态新模式增加值占国内生产总值的"), 50),
             (convert("比重达到百分之十七以上。"), 50)]
    lines = [line for n, (text, x0) in enumerate(texts) for line in _lines(_row(text, x0, 100 + 18 * n, 12.0), 1)[0]]
    assert lines[0].x1 == lines[2].x1 and lines[0].x1 - lines[1].x1 > 7 * 12
    (paragraph,) = _paragraphs(lines, [])
    assert convert("年均分别增长") + "10.6%、7.9%，" in paragraph.text


def test_the_speaker_line_under_an_occasion_line_that_fills_the_width_stands_apart() -> None:
    """A city's 政府工作报告 printed in a 14 pt title block: the occasion line (——…会议上) fills the
    width, the speaker's line is centred under it. A wrapping title would read so too, but the
    occasion line ends there: the speaker is a line of his own, as in the text (audit30)."""
    from reportdiff.loaders.pdf import Line
    from reportdiff.loaders.pdf_paragraphs import paragraphs

    def line(text, x0, x1, top, size):
        return Line(1, text, x0, x1, top, top + size, size, size, baseline=top + size)

    body = "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列"
    lines = [line("政府工作报告", 240.1, 372.1, 71.6, 22.0),
             line("——2026年1月14日在杉江市第十六届人民代表大会第六次会议上", 93.0, 519.3, 111.1, 14.0),
             line("杉江市人民政府市长 周立新", 215.1, 397.1, 139.8, 14.0),
             line("各位代表：", 122.1, 177.1, 168.6, 11.0)]
    top = 193.3
    for n in range(6):  # -- paragraphs of two lines: indented first line to the margin, then a short one --
        lines += [line(body, 122.1, 518.1, top, 11.0), line("席人员提出意见。", 90.1, 178.1, top + 14.7, 11.0)]
        top += 39.6
    texts = [p.text for p in paragraphs(lines, [])]
    assert texts[1:3] == ["——2026年1月14日在杉江市第十六届人民代表大会第六次会议上", "杉江市人民政府市长 周立新"]
