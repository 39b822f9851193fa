"""PDFs as users bring them: a report printed in two columns, one of short paragraphs (most of
its lines the indented first lines of one- or two-line paragraphs), and one printed by
Chromium (whose fonts map ideographs to radical code points). Each must read as the same
report as its source, in Simplified and in Traditional script."""

from __future__ import annotations

import copy
import html
import logging
import subprocess
from pathlib import Path

import docx
import opencc
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from reportdiff.loaders import load
from reportdiff.loaders.pdf import _lines
from reportdiff.models import BlockKind
from reportdiff.normalize import key
from reportdiff.pipeline import compare, load_report
from reportdiff.render._common import heading_changes

from browser import FLAGS, needs_chromium
from published_forms import _page_field, build_published_docx, soffice_pdf

#: A constructed report (not an official text) whose measures are one or two lines long, so
#: that a wrapped line's continuation is the rarest line start on the page.
REPORT = """云溪县司法局2024年法治政府建设年度报告
2024年，县司法局坚持以习近平新时代中国特色社会主义思想为指导，全面落实法治政府建设各项任务，现将有关情况报告如下。
一、2024年法治政府建设主要举措和成效
（一）深入推进依法行政
1.完善重大行政决策程序。全年审查重大行政决策事项18件，合法性审查率达到100%。
2.加强规范性文件管理。备案审查规范性文件26件。
3.推进行政复议体制改革。受理行政复议案件312件，同比增长12.5%，纠错率为8.3%。
（二）严格规范公正文明执法
1.开展执法案卷评查。评查案卷420卷，发现问题56个。
2.推行包容审慎监管。制定免罚轻罚清单3份，涉及事项128项。
3.加强执法人员培训。组织培训班12期，培训执法人员1560人次。
（三）提升公共法律服务水平
1.建设公共法律服务站点。新建村（社区）法律服务站点45个，实现全覆盖。
2.深化法律援助工作。办理法律援助案件1280件，挽回经济损失2360万元。
3.推进人民调解。调解矛盾纠纷5620件，调解成功率达到98.6%。
（四）加强普法宣传教育
1.落实普法责任制。制定普法责任清单42份。
2.培育农村学法用法示范户。新培育示范户380户，累计达到2150户。
3.开展宪法宣传周活动。举办宣传活动260场，覆盖群众12万人次。
二、存在的问题
一是行政执法规范化水平有待提升；二是基层法治力量较为薄弱；三是普法针对性不够强。
三、2025年工作计划
（一）持续完善依法行政制度体系。重大行政决策合法性审查率保持100%。
（二）全面提升行政执法质量。评查执法案卷不少于450卷。
（三）优化公共法律服务供给。办理法律援助案件1300件以上。
（四）深化法治宣传教育。培育农村学法用法示范户400户。"""

SCRIPTS = {"simplified": REPORT, "traditional": opencc.OpenCC("s2t").convert(REPORT)}


def _official(text: str, path: Path) -> Path:
    """The report as a published .docx in the body size of official documents (三号, 16 pt),
    a few pages long."""
    build_published_docx(text, path, title_lines=1)
    document = docx.Document(str(path))
    document.styles["Normal"].font.size = Pt(16)
    document.save(str(path))
    return path


def _typed(text: str, path: Path) -> Path:
    """The report as many offices type it: markers typed (not Word numbering), every paragraph
    indented two characters, 三号 body, a running header and a ``— N —`` footer."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(16)
    section = document.sections[0]
    section.header.paragraphs[0].text = "云溪县司法局文件"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(section.footer.paragraphs[0])
    for index, line in enumerate(text.splitlines()):
        paragraph = document.add_paragraph(line)
        if index == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.runs[0].font.size = Pt(22)
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
    document.save(str(path))
    return path


def _in_two_columns(path: Path, *, title_across: bool) -> Path:
    """Set the .docx body in two columns; with ``title_across`` its title keeps the full width
    (a one-column section ends after it, as offices set a title over columned text)."""
    document = docx.Document(str(path))
    body = document.sections[-1]._sectPr
    one_column = copy.deepcopy(body)
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "425")
    body.append(columns)
    if title_across:
        continuous = OxmlElement("w:type")
        continuous.set(qn("w:val"), "continuous")
        body.find(qn("w:pgSz")).addprevious(continuous)
        document.paragraphs[0]._p.get_or_add_pPr().append(one_column)
    document.save(str(path))
    return path


def _same_report(first: Path, second: Path) -> None:
    comparison = compare(first, second)
    assert {m.status.value for m in comparison.matches} == {"continued"}
    assert len(comparison.matches) == len(comparison.old.measures) == len(comparison.new.measures)
    assert not heading_changes(comparison)
    assert key(comparison.old.title) == key(comparison.new.title)
    assert key(comparison.old.preamble) == key(comparison.new.preamble)
    assert [p.title for p in comparison.old.parts] == [p.title for p in comparison.new.parts]


@pytest.mark.parametrize(("script", "title_across"), [("simplified", True), ("traditional", False)])
def test_two_column_pdf_reads_each_column_in_order(tmp_path, script: str, title_across: bool) -> None:
    text = SCRIPTS[script]
    source = _in_two_columns(_official(text, tmp_path / "report.docx"), title_across=title_across)
    pdf = soffice_pdf(source, tmp_path)
    document = load(pdf)
    assert document.warnings == ()
    assert document.paragraphs[0].text == text.splitlines()[0]  # -- a title wrapped in a column is one --
    report = load_report(pdf)
    assert report.title == text.splitlines()[0]
    assert len(report.parts) == 3
    _same_report(source, pdf)


@pytest.mark.parametrize("script", SCRIPTS)
def test_short_paragraphs_keep_their_wrapped_lines(tmp_path, script: str) -> None:
    text = SCRIPTS[script]
    source = _typed(text, tmp_path / "report.docx")
    pdf = soffice_pdf(source, tmp_path)
    paragraphs = [key(p.text) for p in load(pdf).paragraphs]
    # -- every paragraph of the PDF is a whole paragraph of the source, none a wrapped line's tail --
    source_paragraphs = {key(p.text) for p in load(source).paragraphs}
    assert all(any(paragraph in whole for whole in source_paragraphs) for paragraph in paragraphs)
    assert len(paragraphs) == len(text.splitlines())
    assert not [b for b in load_report(pdf).blocks if b.kind is BlockKind.OTHER]
    _same_report(source, pdf)


def _article(title: str, paragraphs: list[str]) -> str:
    """The report as a page of its own (as a body posts it, or a reader saves it) in the body
    size of official documents, its paragraphs indented two characters."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>'
            "body{font-size:16pt;line-height:1.8;margin:0 1cm} p{text-indent:2em;margin:0}"
            f"h1{{text-align:center;font-size:22pt}}</style></head><body><h1>{html.escape(title)}</h1>"
            f"{body}</body></html>")


@needs_chromium
@pytest.mark.parametrize("script", SCRIPTS)
def test_chromium_pdf_reads_as_its_page_without_noise(tmp_path, capfd, script: str) -> None:
    lines = SCRIPTS[script].splitlines()
    page, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    page.write_text(_article(lines[0], lines[1:]), encoding="utf-8")
    subprocess.run(["chromium", *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}",
                    page.as_uri()], capture_output=True, timeout=120, check=False)
    assert pdf.exists(), "chromium printed no PDF"
    capfd.readouterr()
    level = logging.getLogger("pdfminer").level
    report = load_report(pdf)
    assert "FontBBox" not in capfd.readouterr().err  # -- pdfminer's per-glyph warnings stay quiet --
    assert logging.getLogger("pdfminer").level == level  # -- and only while the PDF is read --
    text = "".join(block.text for block in report.blocks)
    assert not [c for c in text if "\u2e80" <= c <= "\u2fdf"]
    assert [p.title for p in report.parts] == [line[2:] for line in lines if line[1:2] == "、"]
    _same_report(page, pdf)


def _row(text: str, x0: float, bottom: float, size: float = 10.0) -> list[dict]:
    """Characters of one line set from ``x0`` on baseline ``bottom``, one character a size wide."""
    return [{"text": c, "x0": x0 + i * size, "x1": x0 + (i + 1) * size, "top": bottom - size,
             "bottom": bottom, "size": size} for i, c in enumerate(text)]


def test_a_page_whose_columns_cannot_be_told_says_so() -> None:
    # -- two columns of prose, but every other row a line across the page: no band of three
    #    rows in columns, so the lines are read across and the page is reported --
    chars = []
    for n in range(8):
        bottom = 100 + 14 * n
        if n % 2:
            chars += _row("全宽的一行文字跨过了两栏之间的空白处，从左边的页边一直写到右边的页边为止", 50, bottom)
        else:
            chars += _row("左栏的正文一行写满到栏边", 50, bottom) + _row("右栏的正文一行写满到栏边", 330, bottom)
    lines, told, _gutter = _lines(chars, 1)
    assert not told and [line.column for line in lines] == [0] * 8


def test_a_borderless_table_is_no_pair_of_columns() -> None:
    # -- short cells side by side: read across the page, row by row, and no warning --
    chars = []
    for n, (label, value) in enumerate([("地区生产总值", "增长5.5%"), ("一般公共预算收入", "增长6%"),
                                        ("城镇新增就业", "1.2万人"), ("居民收入", "增长6.5%")]):
        chars += _row(label, 50, 100 + 14 * n) + _row(value, 330, 100 + 14 * n)
    lines, told, _gutter = _lines(chars, 1)
    assert told and [line.text for line in lines][0] == "地区生产总值 增长5.5%"


def test_a_page_whose_layout_is_unclear_is_named_in_a_warning(tmp_path, monkeypatch) -> None:
    from reportdiff.loaders import pdf as reader

    pdf = soffice_pdf(_typed(REPORT, tmp_path / "report.docx"), tmp_path)
    assert load(pdf).warnings == ()
    read = reader._lines
    monkeypatch.setattr(reader, "_lines", lambda chars, page, known=None: (read(chars, page, known)[0], page != 1, None))
    (warning,) = load(pdf).warnings
    assert (warning.code, warning.values) == ("pdf_columns", {"source": str(pdf), "pages": (1,)})
    assert warning.text("en").startswith(f"{pdf}: page(s) 1 may be set in columns") and "第 1 页" in warning.text("zh")
    assert load_report(pdf).warnings == (warning,)


def test_a_last_page_with_a_line_or_two_in_its_right_column_is_read_in_columns() -> None:
    from reportdiff.loaders.pdf import _page_lines

    left, right = "左栏的正文一行写满到栏边", "右栏的正文一行写满到栏边"
    first = [c for n in range(4) for c in _row(f"{left}{n}", 50, 100 + 14 * n) + _row(f"{right}{n}", 330, 100 + 14 * n)]
    # -- the last page: four lines on the left, the text's last line at the top of the right --
    last = [c for n in range(4) for c in _row(f"{left}{n + 4}", 50, 100 + 14 * n)] + _row("右栏末行。", 330, 100)
    (page_one, page_two), unclear = _page_lines([first, last])
    assert unclear == []
    assert [line.text for line in page_one] == [f"{left}{n}" for n in range(4)] + [f"{right}{n}" for n in range(4)]
    assert [line.text for line in page_two] == [f"{left}{n + 4}" for n in range(4)] + ["右栏末行。"]
    assert [line.column for line in page_two] == [1, 1, 1, 1, 2]


@pytest.mark.parametrize("quote", ['"', "'"])
def test_a_line_broken_before_a_straight_quote_runs_on(quote: str) -> None:
    """A browser never breaks beside a straight quote (二是建 / 設"數字法治臨溪"平臺, as Chromium
    printed a district's page): the line before ends two characters short of the margin because
    設"數 is one piece, not because the paragraph ended there."""
    from reportdiff.loaders.pdf import _paragraphs

    texts = [("2026年，全區將堅持以習近平法治思想為指導，鞏固示範創建成果，重點抓好以下", 74),  # -- 38: indented --
             ("工作：一是推進法治人才隊伍建設，制定法治人才培養三年行動計劃，培養區級法治骨幹人", 50),  # -- 40 --
             ("才100名，組織專題培訓班3期，全面提升執法人員的能力素質和業務水平。二是建", 50),  # -- 38 --
             (f"設{quote}數字法治臨溪{quote}平臺，實現行政執法數據全量匯聚。", 50)]
    lines = [line for n, (text, x0) in enumerate(texts) for line in _lines(_row(text, x0, 100 + 18 * n, 12.0), 1)[0]]
    assert lines[0].x1 == lines[1].x1 and lines[1].x1 - lines[2].x1 >= 24
    (paragraph,) = _paragraphs(lines, [])
    assert f"二是建設{quote}數字" in paragraph.text


@needs_chromium
@pytest.mark.parametrize("script", SCRIPTS)
def test_a_printed_government_page_has_the_report_s_title_and_years(tmp_path, script: str) -> None:
    """A district's page printed from the browser carries its menu, breadcrumb and info line on
    top: the report's title and years are still the page's, not the menu's."""
    from published_forms import government_page

    lines = SCRIPTS[script].splitlines()
    page, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    page.write_text(government_page(lines[0], lines[1:]), encoding="utf-8")
    subprocess.run(["chromium", *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}",
                    page.as_uri()], capture_output=True, timeout=120, check=False)
    assert pdf.exists(), "chromium printed no PDF"
    printed, saved = load_report(pdf), load_report(page)
    assert key(printed.title) == key(saved.title) == key(lines[0])
    assert (printed.year, printed.review_year, printed.plan_year) == (saved.year, saved.review_year, saved.plan_year)
    assert [p.title for p in printed.parts] == [p.title for p in saved.parts]


def test_a_line_of_radicals_reads_as_ideographs_before_the_layout_looks_at_it() -> None:
    """A Chromium-printed PDF gives ⼆、 for 二、: the line the layout judges must hold 二、, or a part
    heading is glued to the paragraph before it (found in review)."""
    from reportdiff.loaders.pdf import _line
    from reportdiff.loaders.pdf_paragraphs import MARKER as _MARKER

    row = [{"text": ch, "x0": 10.0 * i, "x1": 10.0 * i + 9.5, "top": 0.0, "bottom": 10.0, "size": 10.0}
           for i, ch in enumerate("⼆、存在的问题")]
    line = _line(row, 1)
    assert line.text == "二、存在的问题" and _MARKER.match(line.text)
