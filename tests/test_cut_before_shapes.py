"""A web page (or a Word file copied from one) cuts a sentence anywhere, also right before what
looks like a paragraph's own opening or a heading's end. Where the cut shows by the words on its
two sides, the halves are one paragraph or one heading in every form, as in the clean text:

- a rank before its ordinal (…营商环境评价位列全市 / 第一，连续三年…): 第一， opens no paragraph here;
- a heading cut after a word that cannot end one (…法治政府建设的 / 主要举措和成效; …举措及 / 成效);
- a heading cut before the noun its conjunction joins on (…主要举措 / 和成效) with a marked line after;
- a heading with its body on the line, cut before the tail of its words (（一）优化法治化 / 营商环境。我县…)
  where the report writes its headings so: the tail is a few words closed by 。, no sentence.

(The paragraph shapes these must not undo: test_paragraph_shapes.)"""

from __future__ import annotations

import opencc
import pytest

from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import compare, load_report

from published_forms import write_in_form

CLEAN = """云岭县人民政府关于2024年法治政府建设情况的报告
2024年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、2024年法治政府建设的主要举措和成效
（一）优化法治化营商环境。我县营商环境评价位列全市第一，连续三年保持领先。全年办理涉企行政许可2300件。
（二）推进严格规范公正文明执法。我们实现了执法方式的三个转变——从重处罚到重服务、从事后查处到事前预防。全年办理行政处罚案件1020件。
（三）加强普法宣传。全年开展“法律进机关、进乡村、进社区”活动120场，发放宣传资料3万份。
二、存在的不足
一是执法人员专业素质有待提升。二是基层法治力量薄弱。
三、2025年工作安排
（一）深化放管服改革。推动更多事项网上办理，全程网办率提高到98%。
（二）加强执法队伍建设。组织执法人员培训不少于40学时，案卷评查全覆盖。
"""

#: Where the page cut: (the words in CLEAN, as the clean text of the probe has them, cut in two).
CUTS = {
    "rank": ("位列全市第一，", "位列全市第一，", "位列全市\n第一，"),
    "rank_placed": ("位列全市第一，", "在全市排名第一，", "在全市排名\n第一，"),
    "rank_region": ("位列全市第一，", "获评全市第一，", "获评全市\n第一，"),
    "rank_won": ("位列全市第一，", "在全市考评中获得第一，", "在全市考评中获得\n第一，"),
    "heading_after_de": ("法治政府建设的主要举措和成效", "法治政府建设的主要举措和成效", "法治政府建设的\n主要举措和成效"),
    "heading_after_ji": ("主要举措和成效", "主要举措及成效", "主要举措及\n成效"),
    "heading_before_tail": ("优化法治化营商环境。", "优化法治化营商环境。", "优化法治化\n营商环境。"),
    "long_heading_before_tail": ("推进严格规范公正文明执法。", "推进严格规范公正文明执法。", "推进严格规范\n公正文明执法。"),
    "plan_heading_before_tail": ("深化放管服改革。", "深化放管服改革。", "深化放管服\n改革。"),
}


def _convert(script: str):
    return opencc.OpenCC("s2t").convert if script == "traditional" else str


def _outline(report) -> tuple:
    return ([p.title for p in report.parts], [s.title for s in report.sections], [m.text for m in report.measures])


def _read_alike(tmp_path, clean: str, cut: str, form: str) -> None:
    clean_path = write_in_form(clean, tmp_path / "clean.txt", "txt")
    cut_path = write_in_form(cut, tmp_path / f"cut.{form}", form)
    assert _outline(load_report(cut_path)) == _outline(load_report(clean_path))
    assert {m.status.value for m in compare(clean_path, cut_path).matches} == {"continued"}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
@pytest.mark.parametrize("cut", CUTS)
def test_a_cut_that_shows_by_its_words_joins_the_halves(tmp_path, cut: str, form: str, script: str) -> None:
    convert = _convert(script)
    words, clean_words, cut_words = CUTS[cut]
    clean = CLEAN.replace(words, clean_words, 1)
    _read_alike(tmp_path, convert(clean), convert(clean.replace(clean_words, cut_words, 1)), form)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
def test_a_heading_on_its_own_line_keeps_a_short_first_sentence_below_it(tmp_path, form: str, script: str) -> None:
    """Where no heading carries its body on its line, one that ends unfinished is whole: the
    short first sentence of the body below it (成效明显。) is no tail of it."""
    convert = _convert(script)
    own_lines = CLEAN.replace("环境。我县", "环境\n成效明显。我县").replace("执法。我们", "执法\n我们").replace(
        "宣传。全年", "宣传\n全年").replace("改革。推动", "改革\n推动").replace("建设。组织", "建设\n组织")
    report = load_report(write_in_form(convert(own_lines), tmp_path / f"own.{form}", form))
    assert convert("优化法治化营商环境") in [s.title for s in report.sections]
    assert convert("成效明显。我县营商环境评价位列全市第一，连续三年保持领先。全年办理涉企行政许可2300件。") in [
        m.text for m in report.measures]


@pytest.mark.xfail(strict=True, reason="a dash inside a sentence (…三个转变 / ——从重处罚…) cannot be told from a "
                   "dash lead after a line that lost its 。 by the words either side: left for the lead")
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
def test_a_cut_right_before_a_dash_inside_a_sentence(tmp_path, form: str) -> None:
    _read_alike(tmp_path, CLEAN, CLEAN.replace("三个转变——", "三个转变\n——", 1), form)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
def test_a_heading_cut_before_its_joined_noun(tmp_path, form: str, script: str) -> None:
    """A heading cut before the noun its conjunction joins on (…主要举措 / 和成效), a marked line
    after the tail: one heading, as a subheading over nothing is none."""
    convert = _convert(script)
    cut = CLEAN.replace("主要举措和成效", "主要举措\n和成效", 1)
    _read_alike(tmp_path, convert(CLEAN), convert(cut), form)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["txt", "docx", "html"])
def test_a_subheading_opening_on_he_over_its_body_is_no_heading_tail(tmp_path, form: str, script: str) -> None:
    """和 opens a subheading too (和美乡村建设 / its body): over a body, it leads that body."""
    convert = _convert(script)
    text = CLEAN.replace("（一）优化法治化营商环境。", "和美乡村建设\n", 1)
    report = load_report(write_in_form(convert(text), tmp_path / f"he.{form}", form))
    assert convert("2024年法治政府建设的主要举措和成效") in [p.title for p in report.parts]
    assert report.measures[0].title == convert("和美乡村建设")


def test_the_cli_compares_the_clean_text_with_the_cut_page_as_all_continued(tmp_path, capsys) -> None:
    """What the user runs: ``reportdiff compare clean.txt cut.html --format json``."""
    import json

    from reportdiff.cli import main

    cut = CLEAN.replace("位列全市第一，", "位列全市\n第一，", 1).replace("法治政府建设的主要举措", "法治政府建设的\n主要举措", 1)
    clean_path = write_in_form(CLEAN, tmp_path / "clean.txt", "txt")
    cut_path = write_in_form(cut, tmp_path / "cut.html", "html")
    with pytest.raises(SystemExit) as exit_:
        main(["compare", str(clean_path), str(cut_path), "--format", "json"])
    assert not exit_.value.code
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["continued"] > 0
    assert {name: count for name, count in summary.items() if name != "continued" and count} == {}


#: The page's cuts in the report's headings, kept through Word's numbering and its printing.
HEADING_CUTS = (("优化法治化营商环境。", "优化法治化\n营商环境。"), ("加强普法宣传。", "加强普法\n宣传。"))


def _cut_headings(text: str) -> str:
    for whole, cut in HEADING_CUTS:
        text = text.replace(whole, cut, 1)
    return text


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_headings_cut_by_a_page_in_a_word_numbered_file_are_whole(tmp_path, script: str) -> None:
    """The cut page pasted into Word with its numbering and heading styles ((一) on a 标题 2
    paragraph holding 优化法治化, the tail and body in the next): one heading, as in the text."""
    from published_forms import build_published_docx

    convert = _convert(script)
    clean_path = write_in_form(convert(CLEAN), tmp_path / "clean.txt", "txt")
    word = build_published_docx(convert(_cut_headings(CLEAN)), tmp_path / "cut.docx")
    assert _outline(load_report(word)) == _outline(load_report(clean_path))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_headings_cut_by_a_page_read_whole_in_pdftotext_of_its_word_file(tmp_path, script: str) -> None:
    """…and printed to PDF, where pdftotext sets each number on a line of its own ((一) /
    优化法治化 / 营商环境。我县…)."""
    from published_forms import build_published_docx, pdftotext, soffice_pdf

    convert = _convert(script)
    word = build_published_docx(convert(_cut_headings(CLEAN)), tmp_path / "cut.docx")
    printed = load_report(str(pdftotext(soffice_pdf(word, tmp_path), tmp_path / "cut_pdf.txt")))
    titles = [norm_key(s.title) for s in printed.sections]
    for whole, _cut in HEADING_CUTS:
        assert norm_key(convert(whole.rstrip("。"))) in titles, titles
