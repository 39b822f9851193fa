"""pdftotext of a printed report gives as many paragraphs, and the same measures, as its text:

- a first paragraph that is no title (a report opening on its preamble) is not read as one
  because a wrapped line of it ends on 报告 (…现将有关情况报告 / 如下：);
- where Word numbered the paragraphs (its automatic numbering, the number's tab taking room on the
  first line), pdftotext sets each number on a line of its own, and the first line after it,
  narrower than the rest, ending on 。 at its width (（二） / 提升…力量。 / 完善…), goes on in the next.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import load_report

from published_forms import build_published_docx, pdftotext, soffice_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

PREAMBLE = ("2024年，云泽市司法局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想和党的二十大精神，"
            "统筹推进法治政府建设各项工作，为建设更高水平的法治云泽提供有力保障。现将有关情况报告如下：")
BODY = """一、2024年法治政府建设工作情况
（一）优化法治化营商环境。推出涉企法律服务举措18条，全年走访企业620余家，出具法律意见书1100余份。
（二）规范行政执法行为。全年办理行政处罚案件860件，开展执法案卷评查两次，评查案卷120卷。
二、存在的不足
一是立法和合法性审查专业力量不足。二是行政执法规范化水平仍不均衡。
三、2025年工作安排
（一）提升合法性审查质效。推动县级司法行政机关充实审查力量，完善合法性审查一体化工作机制。
（二）加强行政执法监督。开展行政执法案卷网上评查，完善行政执法监督与法治督察衔接机制。"""


def _convert(script: str):
    return opencc.OpenCC("s2t").convert if script == "traditional" else str


def _wrap(text: str, width: int) -> list[str]:
    return [text[start:start + width] for start in range(0, len(text), width)]


def _cut_after_report(text: str) -> tuple[str, int]:
    """``text`` hard-wrapped at a width that ends a line of the preamble on 报告."""
    for width in range(24, 48):
        lines = _wrap(text, width)
        if any(line.endswith(("报告", "報告")) for line in lines[:-1]):
            return "\n".join(lines), width
    raise AssertionError("no width ends a line on 报告")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_preamble_line_ending_on_report_is_no_title(script: str) -> None:
    convert = _convert(script)
    preamble, width = _cut_after_report(convert(PREAMBLE))
    body = "\n".join(piece for line in convert(BODY).splitlines() for piece in _wrap(line, width))
    wrapped = load_report(preamble + "\n" + body + "\n")
    whole = load_report(convert(PREAMBLE) + "\n" + convert(BODY) + "\n")
    assert wrapped.title == whole.title == ""
    assert norm_key(wrapped.preamble) == norm_key(whole.preamble) == norm_key(convert(PREAMBLE))
    # -- one paragraph, as in the text written a paragraph a line (not …报告 / 如下：) --
    assert [b.kind.value for b in wrapped.blocks][:2] == ["preamble", "part"]
    assert [m.text for m in wrapped.measures] == [m.text for m in whole.measures]


@pytest.mark.parametrize(("sample", "script"), [
    ("yunze_sfj_2025_constructed", "traditional"), ("yunze_sfj_2025_constructed", "simplified"),
    ("yunze_sfj_2024_constructed", "simplified"), ("haidian_2025_constructed", "simplified")])
def test_pdftotext_of_a_word_numbered_report_reads_as_its_text(tmp_path, sample: str, script: str) -> None:
    text = (SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")
    text = opencc.OpenCC("s2t" if script == "traditional" else "t2s").convert(text)
    source = tmp_path / f"{sample}.txt"
    source.write_text(text, encoding="utf-8")
    printed = pdftotext(soffice_pdf(build_published_docx(text, tmp_path / f"{sample}.docx"), tmp_path),
                        tmp_path / f"{sample}_pdf.txt")
    clean, read = load_report(str(source)), load_report(str(printed))
    assert norm_key(read.title) == norm_key(clean.title) and norm_key(read.preamble) == norm_key(clean.preamble)
    assert [b.kind.value for b in read.blocks if b.kind.value != "other"] == [
        b.kind.value for b in clean.blocks if b.kind.value != "other"]
    assert [norm_key(m.text) for m in read.measures] == [norm_key(m.text) for m in clean.measures]


#: A paragraph ending on 。 right at the width, then a subheading over its body.
AT_WIDTH = """青禾县人民政府关于2024年度法治政府建设情况的报告
2024年，青禾县坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：
一、2024年推进法治政府建设的主要举措和成效
（一）深化行政执法改革
规范执法程序
全年办理行政处罚案件860件，开展执法案卷评查两次，评查案卷120卷，发现问题全部整改。
强化执法监督
全年开展行政执法监督检查16次，纠正不规范执法行为23起，组织行政执法人员资格考试两次，新增持证执法人员86名。
二、存在的不足
一是部分单位依法行政意识有待增强。二是基层执法力量仍然薄弱，执法人员专业素质有待提升，执法装备保障不足。
三、2025年工作安排
（一）提升依法决策水平。完善重大行政决策目录管理，推动决策事项全部纳入目录，严格履行法定程序。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_paragraph_ending_at_the_width_takes_no_subheading(script: str) -> None:
    """Its last line full, the paragraph goes on past 。 in a wrapped text, but not into a short
    line with no sentence and no end: a paragraph's last line ends on a mark."""
    convert = _convert(script)
    text = convert(AT_WIDTH)
    ending = convert("全年办理行政处罚案件860件，开展执法案卷评查两次，评查案卷120卷，发现问题全部整改。")
    width = len(ending) // 2
    assert len(ending) == 2 * width
    wrapped = "\n".join(piece for line in text.splitlines() for piece in _wrap(line, width))
    whole, read = load_report(text), load_report(wrapped)
    assert [norm_key(m.text) for m in read.measures] == [norm_key(m.text) for m in whole.measures]
    assert [m.title for m in read.measures][:2] == [convert("规范执法程序"), convert("强化执法监督")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_caption_after_a_paragraph_ending_at_the_width_stands_apart(script: str) -> None:
    convert = _convert(script)
    text = convert(AT_WIDTH.replace("强化执法监督\n", "图1 2024年行政执法监督情况\n"))
    ending = convert("全年办理行政处罚案件860件，开展执法案卷评查两次，评查案卷120卷，发现问题全部整改。")
    wrapped = "\n".join(piece for line in text.splitlines() for piece in _wrap(line, len(ending) // 2))
    whole, read = load_report(text), load_report(wrapped)
    assert [norm_key(m.text) for m in read.measures] == [norm_key(m.text) for m in whole.measures]
    assert convert("图1 2024年行政执法监督情况") in [m.text for m in read.measures]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_caption_printed_to_pdf_keeps_the_space_between_its_number_and_year(tmp_path, script: str) -> None:
    """图1 2024年…: the PDF reader keeps a space's gap between two runs of digits (not 图12024年),
    so the caption is read as one and stands apart from the paragraph after it, as in the text."""
    from test_paragraph_shapes import LINES

    from published_forms import write_in_form

    convert = _convert(script)
    text = "\n".join(map(convert, LINES)) + "\n"
    source = write_in_form(text, tmp_path / "county.docx", "docx")
    printed = load_report(str(soffice_pdf(source, tmp_path)))
    texts = [m.text for m in printed.measures]
    caption = convert("图1 2024年行政复议案件办理情况")
    assert caption in texts
    assert texts[texts.index(caption) + 1] == convert("全年办理行政复议案件86件，同比增长12%，纠错率为8.1%。")


#: Short numbered paragraphs one after another (（一） / 1. / 2.), the last item wrapping into a
#: line short enough to lie inside Word's number column.
NUMBER_COLUMN = """石渠区司法局2025年法治政府建设工作报告
2025年，区司法局深入学习贯彻习近平法治思想，法治政府建设取得新进展。现将有关情况报告如下。
一、工作举措和成效
（一）提升行政执法工作规范水平
1.开展案卷评查。组织行政执法案卷评查，评查案卷310卷，优秀率47%。
2.推进复议为民工作。区行政复议接待中心建成运行，全年办理行政复议案件147件。
二、存在的问题
一是镇街法治力量薄弱。
三、下一步工作安排
（一）深化执法监督。案卷评查覆盖全部执法部门。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_numbers_read_as_a_column_of_their_own_go_back_to_their_texts(tmp_path, script: str) -> None:
    """pdftotext reads Word's number column first where numbered paragraphs are short
    (（一） / 1. / 2. / 件。, then 提升… / 开展… / 推进…147): each number opens its own text again."""
    text = _convert(script)(NUMBER_COLUMN)
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    printed = pdftotext(soffice_pdf(build_published_docx(text, tmp_path / "report.docx"), tmp_path),
                        tmp_path / "report_pdf.txt")
    clean, read = load_report(str(source)), load_report(str(printed))
    assert [s.title for s in read.sections] == [s.title for s in clean.sections] == [
        _convert(script)("提升行政执法工作规范水平"), _convert(script)("深化执法监督")]
    assert [norm_key(m.text) for m in read.measures] == [norm_key(m.text) for m in clean.measures]


def test_the_number_column_is_put_back_only_where_its_shape_holds() -> None:
    """The column's shape as pdftotext writes it (numbers, a short tail, as many texts), and a
    text file with numbers alone whose texts do not follow as many lines: left as written."""
    from reportdiff.loaders.text import split_paragraphs

    column = "一、主要举措\n（一）\n1.\n2.\n件。\n\n推进执法\n\n规范行为。评查案卷260卷。\n加强复议工作。办理案件132\n\x0c"
    assert [p.text for p in split_paragraphs(column)] == [
        "一、主要举措", "（一）", "推进执法", "1.", "规范行为。评查案卷260卷。", "2.", "加强复议工作。办理案件132", "件。"]
    uneven = "一、主要举措\n（一）\n1.\n2.\n推进执法\n\x0c"
    assert [p.text for p in split_paragraphs(uneven)] == ["一、主要举措", "（一）", "1.", "2.", "推进执法"]
    running = "（一）\n1.\n推进执法\n规范行为，全年开展行政执法案卷评查工作两次，评查案卷260卷\n整改到位。\n\x0c"
    assert [p.text for p in split_paragraphs(running)][:3] == ["（一）", "1.", "推进执法"]  # -- a full line goes on --
    plain = column.replace("\x0c", "")  # -- no form feed: no pdftotext, read as written --
    assert [p.text for p in split_paragraphs(plain)][1:4] == ["（一）", "1.", "2."]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_header_in_two_halves_leaves_every_page(tmp_path, script: str) -> None:
    """A running header set left and right (海淀区人民政府 ⇥ 2025年…年度报告): on a page opening with a
    Word-numbered section pdftotext reads the number between the halves (海淀区人民政府 / （三） /
    2025年…), and the second half still leaves the page — not read as the section's title."""
    import docx

    convert = _convert(script)
    text = convert((SAMPLES / "yunze_sfj_2025_constructed.txt").read_text(encoding="utf-8"))
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    path = build_published_docx(text, tmp_path / "report.docx", title_lines=1)
    document = docx.Document(str(path))
    document.sections[0].header.paragraphs[0].text = convert("云泽市司法局\t\t2025年法治政府建设年度报告")
    document.save(str(path))
    printed = pdftotext(soffice_pdf(path, tmp_path), tmp_path / "report_pdf.txt")
    clean, read = load_report(str(source)), load_report(str(printed))
    assert [s.title for s in read.sections] == [s.title for s in clean.sections]
    assert [norm_key(m.text) for m in read.measures] == [norm_key(m.text) for m in clean.measures]
