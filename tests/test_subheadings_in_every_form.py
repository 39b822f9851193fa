"""A subheading on a line of its own (强化执法监督, or after a point's marker: 一是创新普法方式) over
its body titles the measure it opens, kept apart from the body by a space, in every form: a text
written a paragraph a line or hard-wrapped at a width, Word (plain or with the subheadings styled
as headings), a saved page, and pdftotext of the printed PDF. None is a section heading's tail
(（一）深化行政执法改革 / 推行行政执法…), a measure of its own, nor glued to its body (方式全年)."""

from __future__ import annotations

import textwrap

import docx
import opencc
import pytest

from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import compare, load_report

from published_forms import pdftotext, soffice_pdf, write_in_form

REPORT = """青禾县人民政府关于2024年度法治政府建设情况的报告
2024年，青禾县坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入学习贯彻习近平法治思想，扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：
一、2024年推进法治政府建设的主要举措和成效
（一）深化行政执法改革
规范执法程序
全年办理行政处罚案件860件，开展执法案卷评查两次，评查案卷120卷，发现问题全部整改到位，行政执法公示、执法全过程记录、重大执法决定法制审核制度全面落实，执法规范化水平明显提升。
强化执法监督
全年开展行政执法监督检查16次，纠正不规范执法行为23起，组织行政执法人员资格考试两次，新增持证执法人员86名，清理执法证件42件，执法队伍管理进一步规范。
（二）加强法治宣传教育
一是创新普法方式
全年开展“法律进万家”活动120场，覆盖群众3万人次，建成法治文化广场4个、法治文化长廊12条，打造“以案释法”短视频栏目，累计播放量突破50万次，群众法治意识明显增强。
二是压实普法责任
制定普法责任清单，落实“谁执法谁普法”责任制，组织32家单位开展年度普法履职评议，推动普法工作由部门“各自为战”向“协同作战”转变，形成齐抓共管的工作格局。
二、存在的不足
一是部分单位依法行政意识有待增强，运用法治思维和法治方式推动工作的能力还不够强。二是基层执法力量仍然薄弱，执法人员专业素质有待提升。
三、2025年工作安排
（一）提升依法决策水平
完善重大行政决策目录管理，推动决策事项全部纳入目录，严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序。
"""

SUBHEADINGS = ["规范执法程序", "强化执法监督", "创新普法方式", "压实普法责任"]
SECTIONS = ["深化行政执法改革", "加强法治宣传教育", "提升依法决策水平"]


def _convert(script: str):
    return opencc.OpenCC("s2t").convert if script == "traditional" else str


def _styled_docx(text: str, path) -> None:
    """Word with 一、 lines in 标题 1, （一） lines in 标题 2 and the subheadings in 标题 3."""
    document = docx.Document()
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if index and line.startswith(("一、", "二、", "三、")):
            document.add_paragraph(line, style="Heading 1")
        elif line.startswith("（"):
            document.add_paragraph(line, style="Heading 2")
        elif index and not line.endswith(("。", "：")):
            document.add_paragraph(line, style="Heading 3")
        else:
            document.add_paragraph(line)
    document.save(str(path))


def _write(text: str, tmp_path, form: str):
    if form == "wrapped":
        path = tmp_path / "wrapped.txt"
        path.write_text("\n".join(piece for line in text.splitlines() for piece in textwrap.wrap(line, 38)) + "\n",
                        encoding="utf-8")
        return path
    if form == "styled":
        path = tmp_path / "styled.docx"
        _styled_docx(text, path)
        return path
    return write_in_form(text, tmp_path / f"report.{form}", form)


def _check(report, convert) -> None:
    assert [s.title for s in report.sections] == [convert(title) for title in SECTIONS]
    measures = [m for m in report.measures if norm_key(m.title) in {norm_key(convert(s)) for s in SUBHEADINGS}]
    assert [norm_key(m.title) for m in measures] == [norm_key(convert(s)) for s in SUBHEADINGS]
    for measure in measures:
        # -- the body follows its subheading apart, as its own words (no 方式全年 in a redline) --
        assert measure.text.startswith(measure.title + "\u3000"), measure.text
    assert [m.marker for m in measures] == ["", "", convert("一是"), convert("二是")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "wrapped", "docx", "styled", "html"])
def test_a_subheading_titles_its_body_in_every_form(tmp_path, form: str, script: str) -> None:
    convert = _convert(script)
    text = convert(REPORT)
    path = _write(text, tmp_path, form)
    _check(load_report(str(path)), convert)
    clean = write_in_form(text, tmp_path / "clean.txt", "txt")
    assert {m.status.value for m in compare(clean, path).matches} == {"continued"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_subheading_titles_its_body_in_pdftotext_of_the_printed_pdf(tmp_path, script: str) -> None:
    convert = _convert(script)
    source = write_in_form(convert(REPORT), tmp_path / "report.docx", "docx")
    printed = pdftotext(soffice_pdf(source, tmp_path), tmp_path / "report_pdf.txt")
    _check(load_report(str(printed)), convert)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
def test_a_short_line_opening_a_sentence_is_no_subheading(tmp_path, form: str, script: str) -> None:
    """A page that broke a sentence after its first words (今年是 / 全面建成…) left no subheading:
    the sentence is one, titled by its words up to its 。."""
    convert = _convert(script)
    text = convert(REPORT.replace("一是创新普法方式\n", "今年是\n全面开展普法工作的第三年。"))
    report = load_report(str(write_in_form(text, tmp_path / f"report.{form}", form)))
    measure = next(m for m in report.measures if m.text.startswith(convert("今年是")))
    assert measure.title == convert("今年是全面开展普法工作的第三年")
    assert "\u3000" not in measure.text


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_short_report_printed_to_pdf_keeps_its_subheadings_apart(tmp_path, script: str) -> None:
    """A street office's short review under unnumbered subheadings, printed to PDF: no line
    reaches the margin, so the margin is read where the one-line paragraphs end; a subheading
    after a sentence's end still opens a paragraph (no …学法4次。规范决策程序)."""
    from test_subheading_leads import SUBHEADINGS as STREET, _headed

    convert = _convert(script)
    text = _headed(convert=convert)
    source = write_in_form(text, tmp_path / "street.docx", "docx")
    printed, clean = load_report(str(soffice_pdf(source, tmp_path))), load_report(text)
    assert [m.title for m in printed.parts[0].measures] == [convert(s) for s in STREET]
    assert [norm_key(m.text) for m in printed.measures] == [norm_key(m.text) for m in clean.measures]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_whole_lines_word_styled_as_headings_stay_apart(tmp_path, script: str) -> None:
    """The unpunctuated lines of test_paragraph_shapes styled as Word headings (list items after
    a line ending in ：, a caption) read as the text does: a styled list item leads no body."""
    from test_paragraph_shapes import GLUED, LINES, _texts

    convert = _convert(script)
    text = "\n".join(map(convert, LINES)) + "\n"
    _styled_docx(text, tmp_path / "styled.docx")
    styled = load_report(str(tmp_path / "styled.docx"))
    texts = _texts(styled)
    for glued in GLUED:
        assert not any(convert(glued) in text for text in texts), (glued, texts)
    assert [norm_key(m.text) for m in styled.measures] == [norm_key(m.text) for m in load_report(text).measures]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_subheading_under_a_long_part_heading_in_pdftotext_is_no_tail_of_it(tmp_path, script: str) -> None:
    """A part heading in the body's size, well short of the width (a Word-numbered 一、 and its
    tab), was not wrapped: the subheading below it leads its body (加强组织领导 / 县政府…)."""
    from published_forms import build_published_docx

    from test_paragraph_shapes import LINES

    convert = _convert(script)
    text = "\n".join(map(convert, LINES)) + "\n"
    source = build_published_docx(text, tmp_path / "county.docx", title_lines=1)
    printed = load_report(str(pdftotext(soffice_pdf(source, tmp_path), tmp_path / "county_pdf.txt")))
    assert norm_key(printed.parts[0].title) == norm_key(convert("2024年推进法治政府建设的主要举措和成效"))
    assert norm_key(printed.parts[0].measures[0].title) == norm_key(convert("加强组织领导"))
