"""A line that ends without punctuation is not always cut: a bold subheading is no tail of the
heading above it, list items after a line announcing them and a figure's caption take no line
after them, and a paragraph that lost its 。 does not run into one that opens by its own shape
(——…, 第一，…). Every form reads them alike (plain text, Word, a saved page): the same lines
are the same paragraphs."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare, load_report

from published_forms import write_in_form

LINES = [
    "青禾县人民政府关于2024年度法治政府建设情况的报告",
    "2024年，青禾县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：",
    "一、2024年推进法治政府建设的主要举措和成效",
    # -- a subheading right under a part heading (bold in the Word file it came from) --
    "加强组织领导",
    "县政府常务会议专题研究法治政府建设工作4次，制定年度工作要点，明确各部门责任分工，逐项抓好落实。",
    "（一）深化行政执法改革",
    "推行行政执法“三项制度”",
    # -- a paragraph that lost its 。, before paragraphs that open by their own shape --
    "全年办理行政处罚案件860件，开展执法案卷评查两次，评查案卷120卷，发现问题全部整改到位",
    "——执法监督持续加强。全年开展行政执法监督检查16次，纠正不规范执法行为23起",
    "第一，执法培训全面覆盖。全年组织执法人员集中培训3期，参训人员达到560人次。",
    "（二）深化法治宣传教育",
    # -- list items announced by the line before them, and a figure's caption --
    "全年深入开展“八五”普法“法律进万家”活动，主要包括：",
    "法律进机关",
    "法律进社区",
    "法律进学校",
    "全年共开展各类普法宣传活动120场，覆盖群众3万人次，群众法治意识明显增强。",
    "图1 2024年行政复议案件办理情况",
    "全年办理行政复议案件86件，同比增长12%，纠错率为8.1%。",
    "二、存在的不足",
    "一是部分单位依法行政意识有待增强。二是基层执法力量仍然薄弱。",
    "三、2025年工作安排",
    "提升依法决策水平",
    "完善重大行政决策目录管理，推动决策事项全部纳入目录，严格履行法定程序。",
]

#: What a wrong join glues together (read on the text with its line breaks removed).
#: (A subheading still runs into its body, 加强组织领导县政府…: a short line after a heading cannot be
#: told by its shape from the first piece of a sentence a web page cut, 今年是 / 全面建成…, which
#: every form must keep joined.)
GLUED = ["成效加强组织领导", "改革推行行政执法", "整改到位——", "23起第一", "法律进机关法律进社区", "法律进学校全年",
         "情况全年办理", "安排提升依法决策水平"]


def _convert(script: str):
    return opencc.OpenCC("s2t").convert if script == "traditional" else str


def _texts(report) -> list[str]:
    return ([p.title for p in report.parts] + [s.title for s in report.sections]
            + [m.text.replace("\n", "") for m in report.measures])


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
def test_unpunctuated_lines_that_are_whole_stay_apart(tmp_path, form: str, script: str) -> None:
    convert = _convert(script)
    report = load_report(write_in_form("\n".join(map(convert, LINES)) + "\n", tmp_path / f"county.{form}", form))
    texts = _texts(report)
    for glued in GLUED:
        assert not any(convert(glued) in text for text in texts), (glued, texts)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
def test_headings_keep_their_own_words_in_every_form(tmp_path, form: str, script: str) -> None:
    """A subheading under a heading is no tail of it, in plain text too."""
    convert = _convert(script)
    report = load_report(write_in_form("\n".join(map(convert, LINES)) + "\n", tmp_path / f"county.{form}", form))
    titles = [p.title for p in report.parts] + [s.title for s in report.sections]
    for title in ("2024年推进法治政府建设的主要举措和成效", "深化行政执法改革", "2025年工作安排"):
        assert convert(title) in titles, titles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["docx", "html"])
def test_the_same_lines_read_alike_in_text_and_in_word_or_a_page(tmp_path, form: str, script: str) -> None:
    convert = _convert(script)
    text = "\n".join(map(convert, LINES)) + "\n"
    plain, other = write_in_form(text, tmp_path / "county.txt", "txt"), write_in_form(text, tmp_path / f"county.{form}", form)
    assert [m.text for m in load_report(other).measures] == [m.text for m in load_report(plain).measures]
    assert {m.status.value for m in compare(plain, other).matches} == {"continued"}


def test_the_cli_compares_the_text_with_its_word_copy_as_all_continued(tmp_path, capsys) -> None:
    """What the user runs: ``reportdiff compare county.txt county.docx --format json``."""
    import json

    from reportdiff.cli import main

    text = "\n".join(LINES) + "\n"
    plain, word = write_in_form(text, tmp_path / "county.txt", "txt"), write_in_form(text, tmp_path / "county.docx", "docx")
    with pytest.raises(SystemExit) as exit_:
        main(["compare", str(plain), str(word), "--format", "json"])
    assert not exit_.value.code
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["continued"] > 0
    assert {key: count for key, count in summary.items() if key != "continued" and count} == {}
