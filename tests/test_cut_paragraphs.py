"""A report copied from a web page into Word, or printed from such a file, keeps the page's
line breaks as paragraph ends: a sentence cut mid-word (…交出一份人 / 民满意的答卷), sometimes
with a paragraph holding only an invisible character between the halves. None of it is a
difference: every form reads as the clean text does (issue 7, text hygiene)."""

from __future__ import annotations

import shutil

import opencc
import pytest

from reportdiff.loaders import load
from reportdiff.pipeline import compare, load_report

from published_forms import soffice_pdf, write_in_form

CLEAN = """青禾县人民政府关于2024年度法治政府建设情况的报告
2024年，青禾县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：
一、2024年推进法治政府建设的主要举措和成效
（一）健全依法决策机制。全年提请县政府常务会议审议重大行政决策事项12件，全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，群众满意度达到96.5%。
（二）深化行政执法改革。推行行政执法“三项制度”，全年办理行政处罚案件860件，开展执法案卷评查两次，评查案卷120卷，发现问题全部整改到位。
二、存在的不足
一是部分单位依法行政意识有待增强。二是基层执法力量仍然薄弱。
三、2025年工作安排
（一）提升依法决策水平。完善重大行政决策目录管理，推动决策事项全部纳入目录。
（二）加强执法队伍建设。全年组织执法人员培训不少于40学时，提升办案能力。
"""

#: The same text as a web page broke it: the first measure cut mid-word with an invisible line
#: between the halves, the second cut after a comma; a zero-width space before the title.
CUT = (CLEAN.replace("青禾县人民政府关于", "\u200b青禾县人民政府关于", 1)
       .replace("群众满意", "群众满\n\u200b\n意", 1)
       .replace("开展执法案卷评查两次，", "开展执法案卷评查两次，\n", 1))


def _traditional(text: str) -> str:
    return opencc.OpenCC("s2t").convert(text)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_report_cut_mid_sentence_reads_as_its_clean_text(tmp_path, form: str, script: str) -> None:
    clean_text, cut_text = (CLEAN, CUT) if script == "simplified" else (_traditional(CLEAN), _traditional(CUT))
    clean = write_in_form(clean_text, tmp_path / "clean.txt", "txt")
    cut = write_in_form(cut_text, tmp_path / f"cut.{form}", form)
    assert not any("\u200b" in p.text or not p.text.strip() for p in load(cut).paragraphs)
    read, expected = load_report(cut), load_report(clean)
    assert read.title == expected.title
    assert [(m.id, m.text) for m in read.measures] == [(m.id, m.text) for m in expected.measures]
    comparison = compare(clean, cut)
    assert {m.status.value for m in comparison.matches} == {"continued"}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_pdf_printed_from_a_cut_word_file_reads_as_its_clean_text(tmp_path) -> None:
    cut = soffice_pdf(write_in_form(CUT, tmp_path / "cut.docx", "docx"), tmp_path)
    clean = write_in_form(CLEAN, tmp_path / "clean.txt", "txt")
    assert [m.text for m in load_report(cut).measures] == [m.text for m in load_report(clean).measures]


def test_a_heading_without_punctuation_is_not_joined_to_its_body(tmp_path) -> None:
    """What stays apart: a part or section heading ends without punctuation by nature."""
    text = CLEAN.replace("（一）健全依法决策机制。", "（一）健全依法决策机制\n", 1)
    report = load_report(write_in_form(text, tmp_path / "headed.docx", "docx"))
    assert any(s.title == "健全依法决策机制" for part in report.parts for s in part.sections)


# ---------------------------------------------------------------- what is no cut (a review's cases)

#: A Word file of a county's report whose paragraphs end unpunctuated by nature: a bold
#: subheading under a bold part heading, list items, a figure caption, a styled section heading
#: followed by a bold lead line. (tag: H1/H2 Word heading styles, B bold)
_UNPUNCTUATED = [
    ("", "青禾县人民政府关于2024年度法治政府建设情况的报告"),
    ("", "2024年，青禾县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。现将有关情况报告如下："),
    ("B", "一、2024年推进法治政府建设的主要举措和成效"),
    ("B", "加强组织领导"),
    ("", "县政府常务会议专题研究法治政府建设工作4次，制定年度工作要点，明确责任分工。"),
    ("H2", "（一）深化行政执法改革"),
    ("B", "推行行政执法“三项制度”"),
    ("", "全年办理行政处罚案件860件，开展执法案卷评查两次。"),
    ("", "全年开展“八五”普法“法律进万家”活动，主要包括："),
    ("", "法律进机关"),
    ("", "法律进社区"),
    ("", "法律进学校"),
    ("", "全年共开展宣传活动120场，覆盖群众3万人次。"),
    ("", "图1 2024年行政复议案件办理情况"),
    ("", "全年办理行政复议案件86件，同比增长12%。"),
    ("B", "二、存在的不足"),
    ("", "一是部分单位依法行政意识有待增强。二是基层执法力量仍然薄弱。"),
    ("B", "三、2025年工作安排"),
    ("B", "提升依法决策水平"),
    ("", "完善重大行政决策目录管理，推动决策事项全部纳入目录。"),
]


def _word_file(path, paragraphs, convert=str):
    import docx

    document = docx.Document()
    for tag, text in paragraphs:
        if tag == "H2":
            document.add_paragraph(convert(text), style="Heading 2")
        else:
            document.add_paragraph().add_run(convert(text)).bold = tag == "B"
    document.save(str(path))
    return path


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_heading_takes_no_subheading_after_it(tmp_path, script: str) -> None:
    """A part or section heading (bold, or a Word heading style) followed by a bold subheading
    keeps its own words: no line was wrapped, so the subheading is no tail of it."""
    convert = _traditional if script == "traditional" else str
    report = load_report(_word_file(tmp_path / "county.docx", _UNPUNCTUATED, convert))
    titles = [p.title for p in report.parts] + [s.title for s in report.sections]
    assert convert("2024年推进法治政府建设的主要举措和成效") in titles
    assert convert("深化行政执法改革") in titles
    assert convert("2025年工作安排") in titles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_word_file_of_unpunctuated_lines_reads_as_its_text(tmp_path, script: str) -> None:
    """List items, captions and subheadings without punctuation: the Word file reads as the same
    lines in a text file do, every measure continued (one reading for every form)."""
    convert = _traditional if script == "traditional" else str
    kept = [text for _, text in _UNPUNCTUATED]
    text = write_in_form("\n".join(convert(line) for line in kept) + "\n", tmp_path / "county.txt", "txt")
    word = _word_file(tmp_path / "county.docx", [("", line) for line in kept], convert)
    assert {m.status.value for m in compare(text, word).matches} == {"continued"}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_bold_heading_opening_a_page_is_no_line_carried_over(tmp_path) -> None:
    """Paragraphs open indented; a page ends on a full line closing a sentence, and the next page
    opens with a bold heading at the margin (a page break before it): the heading opens a
    paragraph of its own, it is no line widow control carried over."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(12)

    def paragraph(text: str, *, indent: bool = True, bold: bool = False, new_page: bool = False) -> None:
        p = document.add_paragraph()
        p.add_run(text).bold = bold
        if indent:
            p.paragraph_format.first_line_indent = Pt(24)
        p.paragraph_format.page_break_before = new_page

    paragraph("青禾县人民政府关于2024年度法治政府建设情况的报告", indent=False)
    paragraph("2024年，青禾县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。现将有关情况报告如下：")
    paragraph("一、2024年推进法治政府建设的主要举措和成效", indent=False, bold=True)
    paragraph("（一）深化行政执法改革。推行行政执法三项制度，全年办理行政处罚案件八百六十件，开展执法案卷评查两次，"
              "评查案卷一百二十卷，发现问题已全部整改。")
    paragraph("加强法治宣传教育", indent=False, bold=True, new_page=True)
    for number in range(1, 6):
        paragraph(f"第{number}项，全年开展专项普法活动{number + 2}十场，覆盖群众{number + 1}万人次，组织培训{number}次，"
                  f"参考率和合格率均达到{90 + number}%，推动各项工作取得实效。")
    paragraph("二、存在的不足", indent=False, bold=True)
    paragraph("一是部分单位依法行政意识有待增强。二是基层执法力量仍然薄弱。")
    document.save(str(tmp_path / "paged.docx"))
    report = load_report(soffice_pdf(tmp_path / "paged.docx", tmp_path))
    assert any(m.text.endswith("发现问题已全部整改。") for m in report.measures), [m.text for m in report.measures]
