"""A heading right above a table stays the heading the report gives it, in every form that keeps
the table (Word, a saved page): where a report numbers no part, 2024年工作回顾 over the table of
the year's figures heads the review as it does in the text, not the table's caption; a line
naming the table in the part it stands in (2024年主要指标完成情况) is the table's caption."""

from __future__ import annotations

import html

import docx
import opencc
import pytest

from reportdiff.pipeline import load_report

from published_forms import government_page

TABLE = [["指标", "目标", "完成"], ["地区生产总值增长", "5.5%", "5.8%"], ["一般公共预算收入增长", "5%", "6.1%"],
         ["城镇调查失业率", "5.5%以内", "5.2%"]]

#: A county's report that numbers no part: its parts are lines naming their role; ``{table}``
#: stands where the table does, right under the review's heading or under a line naming it.
REPORT = """云溪县人民政府工作报告
各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。
2024年工作回顾
{named}{table}
（一）坚持稳中求进，经济实力持续增强。全年地区生产总值增长5.8%，一般公共预算收入增长6.1%。
（二）坚持改革创新，发展活力不断释放。新增市场主体3200户，营商环境持续优化。
2025年工作安排
（一）全力稳增长。地区生产总值增长5.5%左右，一般公共预算收入增长5%。
（二）持续优化营商环境。新增市场主体3000户以上。
"""
NAMED = "2024年主要指标完成情况\n"


def _convert(script: str):
    return opencc.OpenCC("s2t").convert if script == "traditional" else str


def _write(text: str, path, form: str, convert) -> None:
    """``text`` with the table where ``{table}`` stands, as a Word file or a saved page."""
    lines = [line for line in convert(text).splitlines() if line.strip()]
    rows = [[convert(cell) for cell in row] for row in TABLE]
    if form == "docx":
        document = docx.Document()
        for line in lines:
            if line == "{table}":
                table = document.add_table(rows=len(rows), cols=len(rows[0]))
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
            else:
                document.add_paragraph(line)
        document.save(str(path))
        return
    grid = "<table border=1>" + "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows) + "</table>"
    page = government_page(lines[0], lines[1:]).replace('<p style="text-indent:2em">{table}</p>', grid)
    path.write_text(page, encoding="utf-8")


def _outline(report) -> tuple:
    return ([(p.title, p.role) for p in report.parts], [s.title for s in report.sections],
            [m.text for m in report.measures])


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_part_heading_over_a_table_heads_its_part(tmp_path, form: str, script: str) -> None:
    convert = _convert(script)
    path = tmp_path / f"county.{form}"
    _write(REPORT.format(named="", table="{table}"), path, form, convert)
    report = load_report(str(path))
    text = load_report(convert(REPORT.format(named="", table="").replace("\n\n", "\n")))
    assert _outline(report) == _outline(text)
    assert [p.title for p in report.parts] == [convert("2024年工作回顾"), convert("2025年工作安排")]
    assert len(report.tables) == 1 and report.tables[0].caption == ""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_line_naming_the_table_in_its_part_is_its_caption(tmp_path, form: str, script: str) -> None:
    convert = _convert(script)
    path = tmp_path / f"county.{form}"
    _write(REPORT.format(named=NAMED, table="{table}"), path, form, convert)
    report = load_report(str(path))
    assert [p.title for p in report.parts] == [convert("2024年工作回顾"), convert("2025年工作安排")]
    assert [t.caption for t in report.tables] == [convert(NAMED.strip())]
    assert not any(convert(NAMED.strip()) in m.text for m in report.measures)
