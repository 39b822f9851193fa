"""A table's caption in a text report (表1  2024年行政复议案件情况, 表2<tab>…) is the table's caption,
not a row of it nor a measure; a table continued after a page break (续表 / 續表) is one table with
the part before the break, its repeated header row once, and 续表 names no table of its own.

The reports are written for the test (a district justice bureau's 法治政府建设年度报告, as text
copied out of a PDF: cells two spaces or a tab apart), in both scripts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli
from reportdiff.loaders.text import split_paragraphs
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_REPORT = """青川区司法局{year}年法治政府建设年度报告
一、{year}年推进法治政府建设的主要举措和成效
（一）发挥行政复议化解行政争议主渠道作用。
1.全面贯彻新修订的行政复议法，全年行政复议案件情况见下表。
{caption1}
类别  {before}年  {year}年
收到申请  {a}  {b}
受理  {c}  {d}
{more}
（二）严格规范公正文明执法。
1.开展行政执法案卷评查，评查案卷{e}卷。
{caption2}
项目\t{before}年\t{year}年
行政处罚\t300\t{f}
行政许可\t500\t520
二、存在的不足和原因
基层执法力量不足，执法人员专业化水平有待提高。
三、{next}年推进法治政府建设的主要安排
持续深化行政复议体制改革，提升案件办理质量。
"""


def _report(year: int, *, caption1: str = "表1  {year}年行政复议案件情况", caption2: str = "表2\t{year}年行政执法情况",
            more: str = "", **figures: str) -> str:
    values = {"a": "412", "b": "468", "c": "365", "d": "421", "e": "120", "f": "320"} | figures
    fill = {"year": year, "before": year - 1, "next": year + 1}
    return _REPORT.format(caption1=caption1.format(**fill), caption2=caption2.format(**fill),
                          more=more.format(**fill), **fill, **values)


#: The rows after a page break: 续表, the header again, then two more rows.
_CONTINUED = "续表\n类别  {before}年  {year}年\n纠错  31  37\n调解和解  12  15"


# -- the loader --

@SCRIPTS
@pytest.mark.parametrize("caption", ["表1  2024年行政复议案件情况", "表1\t2024年行政复议案件情况",
                                     "表1\u3000\u30002024年行政复议案件情况", "附表1  2024年行政复议案件情况"])
def test_a_caption_line_is_no_row_of_the_table_below(script, caption: str) -> None:
    paragraphs = split_paragraphs(script(f"{caption}\n类别  2023年  2024年\n受理  365  421\n纠错  31  37\n"))
    assert [p.table is None for p in paragraphs] == [True, False]
    assert paragraphs[0].text == script(caption)
    assert paragraphs[1].table[0] == tuple(script("类别 2023年 2024年").split())


@SCRIPTS
def test_a_row_numbered_as_a_table_with_figures_stays_a_row(script) -> None:
    """A table listing tables (表1 | 12 | 15) is rows: a caption names, it counts nothing."""
    paragraphs = split_paragraphs(script("名称  2023年  2024年\n表1  12  15\n表2  30  28\n"))
    assert len(paragraphs) == 1 and len(paragraphs[0].table) == 3


# -- the parser --

@SCRIPTS
@pytest.mark.parametrize("caption", ["表1  {year}年行政复议案件情况", "表1\t{year}年行政复议案件情况"])
def test_the_caption_line_is_the_tables_caption_not_a_measure(script, caption: str) -> None:
    report = parse_text(script(_report(2024, caption1=caption)), "2024.txt")
    first, second = report.tables
    assert " ".join(first.caption.split()) == script("表1 2024年行政复议案件情况")
    assert " ".join(second.caption.split()) == script("表2 2024年行政执法情况")
    assert first.rows[0] == tuple(script("类别 2023年 2024年").split())
    assert not any(script("表1") in m.text or script("表2") in m.text for m in report.measures)


@SCRIPTS
@pytest.mark.parametrize("mark", ["续表", "续表1", "（续表）", "表1（续）", "续表1  {year}年行政复议案件情况"])
def test_a_continued_table_is_one_table_with_its_header_once(script, mark: str) -> None:
    more = _CONTINUED.replace("续表", mark, 1)
    report = parse_text(script(_report(2024, more=more)), "2024.txt")
    assert len(report.tables) == 2
    first = report.tables[0]
    assert [row[0] for row in first.rows] == [script(label) for label in ("类别", "收到申请", "受理", "纠错", "调解和解")]
    assert " ".join(first.caption.split()) == script("表1 2024年行政复议案件情况")
    assert report.tables[1].caption.startswith(script("表2"))
    # -- 续表 is no measure, and nothing of the input vanishes from the outline --
    assert not any(script("续表") in m.text or script("表1") in m.text for m in report.measures)
    outline = "".join(block.text for block in report.blocks)
    assert script(mark.format(year=2024)).replace(" ", "") in outline.replace(" ", "")


@SCRIPTS
def test_a_continued_table_across_a_page_break_of_pdftotext(script) -> None:
    """pdftotext's form feed between the pages, the page number at the foot of the first."""
    text = _report(2024, more="\x0c" + _CONTINUED)
    report = parse_text(script(text), "2024.txt")
    assert [row[0] for row in report.tables[0].rows][-2:] == [script("纠错"), script("调解和解")]


@SCRIPTS
def test_a_table_going_on_under_its_repeated_header_after_a_page_break_is_one_table(script) -> None:
    """No 续表 line: the next page opens on the table's header row again (Word repeats it), the
    page number between them page furniture."""
    rest = "\n— 1 —\n\x0c类别  {before}年  {year}年\n纠错  31  37\n调解和解  12  15"
    report = parse_text(script(_report(2024, more=rest) + "\n— 2 —\n"), "2024.txt")
    first, second = report.tables
    assert [row[0] for row in first.rows] == [script(label) for label in ("类别", "收到申请", "受理", "纠错", "调解和解")]
    assert " ".join(first.caption.split()) == script("表1 2024年行政复议案件情况")
    assert " ".join(second.caption.split()) == script("表2 2024年行政执法情况")


@SCRIPTS
def test_two_word_tables_one_under_the_other_with_one_header_are_one_table(script, tmp_path: Path) -> None:
    import docx

    from reportdiff.pipeline import load_report

    document = docx.Document()
    for line in ("青川区司法局2024年法治政府建设年度报告", "一、2024年推进法治政府建设的主要举措和成效",
                 "1.全面贯彻新修订的行政复议法，全年行政复议案件情况见下表。", "表1  2024年行政复议案件情况"):
        document.add_paragraph(script(line))
    for rows in ([["类别", "2023年", "2024年"], ["受理", "365", "421"]], [["类别", "2023年", "2024年"], ["纠错", "31", "37"]],
                 [["项目", "2023年", "2024年"], ["行政处罚", "300", "320"]]):
        table = document.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = script(cell)
    document.add_paragraph(script("二、存在的不足和原因"))
    document.add_paragraph(script("基层执法力量不足，执法人员专业化水平有待提高。"))
    path = tmp_path / "2024.docx"
    document.save(path)
    report = load_report(path)
    # -- the second repeats the first's header: the same table; the third heads its own --
    assert [[row[0] for row in table.rows] for table in report.tables] == [
        [script("类别"), script("受理"), script("纠错")], [script("项目"), script("行政处罚")]]


def test_a_continued_mark_with_prose_above_joins_nothing() -> None:
    """续表 joins the table right before it: with a paragraph between, the tables stay apart."""
    report = parse_text(_report(2024, more="2.推进行政复议规范化建设，办案质量稳步提升。\n" + _CONTINUED), "2024.txt")
    assert len(report.tables) == 3 and len(report.tables[0].rows) == 3
    assert any("规范化建设" in m.text for m in report.measures)


# -- through compare and the outputs --

def _pair(script, old_caption: str = "表1  {year}年行政复议案件情况", new_caption: str = "表1  {year}年行政复议案件情况"):
    old = parse_text(script(_report(2024, caption1=old_caption)), "2024.txt")
    new = parse_text(script(_report(2025, caption1=new_caption, b="503", d="455", f="350")), "2025.txt")
    return compare(old, new)


@SCRIPTS
def test_a_changed_caption_is_a_small_redline_not_a_new_measure(script) -> None:
    comparison = _pair(script)
    assert not any(script("表1") in (m.new or m.old).text for m in comparison.matches)
    table = comparison.tables[0]
    assert " ".join(table.caption.split()) == script("表1 2025年行政复议案件情况")
    shown = render(comparison, "md")
    caption = next(line for line in shown.splitlines() if script("案件情况") in line and "<del>" in line)
    # -- the year alone struck and inserted, the words around it once --
    assert "".join(re.findall(r"<del>(.*?)</del>", caption)) in ("2024", "2024年")
    assert "".join(re.findall(r"<ins>(.*?)</ins>", caption)) in ("2025", "2025年")
    page = render(comparison, "html")
    found = re.findall(r'<p class="table-caption">(.*?)</p>', page)
    assert len(found) == 2 and "<del>" in found[0] and script("行政复议案件情况") in found[0]
    data = json.loads(render(comparison, "json"))
    assert " ".join(data["tables"][0]["caption"].split()) == script("表1 2025年行政复议案件情况")
    assert " ".join(data["tables"][0]["old_caption"].split()) == script("表1 2024年行政复议案件情况")
    assert "old_caption" not in data["tables"][1] or data["tables"][1]["old_caption"] != data["tables"][1]["caption"]


@SCRIPTS
def test_the_cli_shows_the_caption_above_the_table(tmp_path: Path, script) -> None:
    old, new = tmp_path / "2024.txt", tmp_path / "2025.txt"
    old.write_text(script(_report(2024, more=_CONTINUED.format(before=2023, year=2024))), encoding="utf-8")
    new.write_text(script(_report(2025, more=_CONTINUED.format(before=2024, year=2025), b="503")), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "md"])
    assert result.exit_code == 0, result.output
    shown = result.output
    at = shown.index("**表1 → 表1**")
    block = shown[at:shown.index("**表2 → 表2**")]
    assert script("行政复议案件情况") in block.split("\n| ")[0]
    # -- one table: the rows after 续表 in it, its header once, 续表 no table of its own --
    assert block.count(script("类别")) == 1 and script("调解和解") in block
    assert "**表3" not in shown
