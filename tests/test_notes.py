"""Footnotes and endnotes: read from where each format keeps them (a .docx's notes part, a
.doc's note text, a PDF's page foot) and kept after the report's body as outline blocks of kind
``note``: nothing a reviewer wrote vanishes, and a note is no measure, plan or expression. The
body's reference mark cuts no word."""

from __future__ import annotations

import opencc
import pytest

from footnoted import footnoted_docx
from reportdiff.loaders import load
from reportdiff.models import BlockKind, Status
from reportdiff.pipeline import compare, load_report
from reportdiff.render.json import render_json

_S2T = opencc.OpenCC("s2t").convert

REPORT = """柳溪街道2025年法治政府建设情况报告
一、2025年主要举措和成效
（一）深化综合行政执法改革
一是推行“综合查一次”。全年开展联合检查58家次，减少入企检查频次两成。二是落实“首违不罚”清单。对轻微违法行为不予处罚31起。
（二）加强基层法治宣传
一是开展“法治夜校”活动。全年举办24期，参加群众1900余人次。
二、存在的不足
一是执法人员法律素养有待提升。
三、2026年工作安排
一是扩大“综合查一次”覆盖面。二是办好“法治夜校”。
"""
NOTES = [("“综合查一次”", "“综合查一次”指对同一企业的多项检查由一个部门牵头一次完成。"),
         ("“法治夜校”", "“法治夜校”是街道在社区开设的群众学法课堂，每月两期。")]


def _notes(report) -> list[str]:
    return [block.text for block in report.blocks if block.kind is BlockKind.NOTE]


@pytest.mark.parametrize("script", ["s", "t"])
def test_docx_footnotes_are_kept_after_the_body_and_cut_no_word(tmp_path, script: str) -> None:
    convert = _S2T if script == "t" else str
    text = convert(REPORT)
    notes = [(convert(phrase), convert(note)) for phrase, note in NOTES]
    noted = load_report(footnoted_docx(text, notes, tmp_path / "noted.docx"))
    plain = load_report(text)
    assert _notes(noted) == [f"{number} {note}" for number, (_phrase, note) in enumerate(notes, 1)]
    assert noted.blocks[-2:] == tuple(block for block in noted.blocks if block.kind is BlockKind.NOTE)
    assert [(m.id, m.text) for m in noted.measures] == [(m.id, m.text) for m in plain.measures]
    assert [p.text for p in noted.plan_sentences] == [p.text for p in plain.plan_sentences]
    result = compare(plain, noted)
    assert {match.status for match in result.matches} == {Status.CONTINUED}
    assert result.expressions is not None and not result.expressions.new
    assert '"kind": "note"' in render_json(result)


def test_a_changed_footnote_is_no_changed_measure(tmp_path) -> None:
    old = footnoted_docx(REPORT, NOTES, tmp_path / "old.docx")
    new = footnoted_docx(REPORT, [NOTES[0], (NOTES[1][0], "“法治夜校”每月开课三期。")], tmp_path / "new.docx")
    result = compare(old, new)
    assert {match.status for match in result.matches} == {Status.CONTINUED}
    assert _notes(result.new)[1] == "2 “法治夜校”每月开课三期。"


def test_doc_footnotes_are_read_as_in_docx(tmp_path) -> None:
    from test_loaders_doc import _soffice

    source = footnoted_docx(REPORT, NOTES, tmp_path / "noted.docx")
    (doc,) = _soffice([source], tmp_path / "doc", "doc")
    from_doc, from_docx = load(doc), load(source)
    assert [(p.text, p.note) for p in from_doc.paragraphs] == [(p.text, p.note) for p in from_docx.paragraphs]
    assert _notes(load_report(doc)) == _notes(load_report(source))


def _long_report() -> str:
    """A report long enough to run over several pages, its paragraphs crossing page breaks."""
    places = "东村 西村 南村 北村 河湾村 桥头村 山前村 林场社区".split()
    lines = ["柳溪街道2025年法治政府建设情况报告", "一、2025年主要举措和成效"]
    for number, place in enumerate(places, 1):
        lines.append(f"（{'一二三四五六七八'[number - 1]}）推进{place}依法治理")
        lines.append(
            f"一是推行“综合查一次”。{place}全年开展联合检查{40 + number}家次，减少入企检查频次{number}成，"
            f"对{10 + number}户经营主体实行“首违不罚”，发放行政指导书{20 + number}份，回访企业{30 + number}家。"
            f"二是开展“法治夜校”活动。{place}举办{number + 3}期，参加群众{number * 110}余人次，"
            f"解答法律咨询{number * 17}件，印发以案释法材料{number * 230}份，组织旁听庭审{number}次。"
            f"三是化解矛盾纠纷。{place}调处纠纷{number * 21}件，调解成功率{90 + number * 0.5}%，"
            f"引导群众通过法律途径解决诉求{number * 9}件，回访当事人{number * 13}人次。")
    lines += ["二、存在的不足", "一是执法人员法律素养有待提升。", "三、2026年工作安排",
              "一是扩大“综合查一次”覆盖面。二是办好“法治夜校”。"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("script", ["s", "t"])
def test_pdf_footnotes_leave_the_body_and_paragraphs_run_on_over_the_page(tmp_path, script: str) -> None:
    from published_forms import soffice_pdf
    from reportdiff.normalize import key

    convert = _S2T if script == "t" else str
    notes = [(convert(phrase), convert(note)) for phrase, note in NOTES]
    source = footnoted_docx(convert(_long_report()), notes, tmp_path / "noted.docx")
    pdf = soffice_pdf(source, tmp_path)
    printed, written = load(pdf), load(source)
    assert [key(p.text) for p in printed.paragraphs if p.note] == [key(p.text) for p in written.paragraphs if p.note]
    assert [key(p.text) for p in printed.paragraphs if not p.note] == [key(p.text) for p in written.paragraphs
                                                                       if not p.note]
    result = compare(source, pdf)
    assert {match.status for match in result.matches} == {Status.CONTINUED}
    assert len(_notes(result.new)) == 2


def test_a_line_cut_before_dated_quotes_runs_on() -> None:
    # -- a line breaker keeps 合“3·15”“4·15”“12·4” whole (digits glued by the middle dot, quotes
    #    by the words beside them): the line before ends early and still runs on into it --
    from test_loaders_pdf import _row
    from reportdiff.loaders.pdf import _lines, _paragraphs

    chars = (_row("一是落实普法责任制开展宣传活动年内十二场次覆盖群众三千人次", 50, 100)
             + _row("一是落实普法责任制。结", 50, 114)
             + _row("合“3·15”“4·15”“12·4”等重要节点开展主题宣传活动23场次。", 50, 128))
    lines, _told, _gutter = _lines(chars, 1)
    assert [p.text for p in _paragraphs(lines, [])][1:] == [
        "一是落实普法责任制。结合“3·15”“4·15”“12·4”等重要节点开展主题宣传活动23场次。"]


@pytest.mark.parametrize("script", ["s", "t"])
def test_pdftotext_footnotes_leave_the_body_and_their_marks_the_words(tmp_path, script: str) -> None:
    """pdftotext writes a page's notes at its foot among the body's lines (…依法治理 / 1 “综合查一次”指…
    / 一是推行…) and each mark as a digit glued to its word (“综合查一次”1。): read as the Word file."""
    from published_forms import pdftotext, soffice_pdf
    from reportdiff.normalize import key
    from reportdiff.pipeline import load_report

    convert = _S2T if script == "t" else str
    notes = [(convert(phrase), convert(note)) for phrase, note in NOTES]
    source = footnoted_docx(convert(_long_report()), notes, tmp_path / "noted.docx")
    printed = pdftotext(soffice_pdf(source, tmp_path), tmp_path / "noted.txt")
    assert [p.text for p in load(printed).paragraphs if p.note] == [p.text for p in load(source).paragraphs if p.note]
    read, written = load_report(printed), load_report(source)
    assert [key(m.text) for m in read.measures] == [key(m.text) for m in written.measures]
    assert len(_notes(read)) == 2


def test_a_figure_opening_a_line_at_a_page_foot_is_no_note() -> None:
    """pdftotext spaces a figure apart (检查 46 家次): a line opening on one is the body's, and a
    number glued to a word is a mark only where a note of that number stands at the page's foot."""
    from reportdiff.loaders.text import split_paragraphs

    first = "一、主要举措\n一是推行“综合查一次”。全年开展联合检查\n1 家次，减少入企检查频次6成。\n— 1 —\n\x0c"
    second = "二是开展“法治夜校”活动。举办8期，参加群众880余人次。\n二、存在的不足\n— 2 —\n\x0c"
    paragraphs = split_paragraphs(first + second)
    assert "1 家次，减少入企检查频次6成。" in [p.text for p in paragraphs] and not any(p.note for p in paragraphs)
