"""The Word summary (--summary) holds every item in its structure: a table's new and dropped
rows, and a table only one year has, are rows of the tables' table beside the changed cells; the
count of figures only one report states (另有 N 项数据…) is the last row of the figures table,
one cell across it. None of them is a loose paragraph under a table (plans36). Reports of our own,
saved as web pages with real tables, both scripts."""

from __future__ import annotations

import io

import pytest
from docx import Document
from opencc import OpenCC

from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render.docx import COVER_STYLE

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("convert", [str, _T], ids=["simplified", "traditional"])
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_PAGE = "<html><head><meta charset='utf-8'><title>{title}</title></head><body>\n{body}\n</body></html>"


def _table(rows: list[tuple[str, ...]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def _report(year: int, enforcement: list[tuple[str, str]], second: tuple[str, list[tuple[str, str]]],
            figures: str) -> str:
    caption, rows = second
    body = [f"<p>青原区{year}年法治政府建设年度报告</p>", "<p>一、主要举措及成效</p>",
            f"<p>（一）加强行政执法。{figures}</p>",
            f"<p>表1  {year}年行政执法情况</p>", _table([("项目", f"{year}年"), *enforcement]),
            "<p>（二）推进政务公开。主动公开政府信息2100条。</p>",
            f"<p>{caption}</p>", _table([("项目", "件数"), *rows]),
            "<p>二、存在的不足</p>", "<p>执法队伍专业化水平仍需提升。</p>",
            f"<p>三、{year + 1}年工作安排</p>", "<p>（一）继续加强行政执法，开展执法人员培训3期。</p>"]
    return _PAGE.format(title=f"青原区{year}年法治政府建设年度报告", body="\n".join(body))


OLD = _report(2024, [("行政处罚", "1200"), ("行政许可", "3400"), ("行政强制", "15")],
              ("表2  2024年行政复议情况", [("收到申请", "40"), ("纠错", "3")]),
              "全年共办理行政处罚案件1200件，罚没款12.6万元。")
NEW = _report(2025, [("行政处罚", "1350"), ("行政强制", "15"), ("行政检查", "880")],
              ("表3  2025年普法情况", [("宣讲", "60"), ("培训", "12")]),
              "全年共办理行政处罚案件1350件，罚没款15.2万元，培训执法人员420人次。")


def _comparison(tmp_path, convert):
    paths = []
    for name, page in (("2024.html", OLD), ("2025.html", convert(NEW))):
        path = tmp_path / name
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    return compare(*paths)


def _cover(comparison, lang: str = "zh"):
    document = Document(io.BytesIO(render(comparison, "docx", summary=True, lang=lang)))
    paragraphs = [p.text for p in document.paragraphs if p.style.name == COVER_STYLE and p.text]
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    return document, paragraphs, rows


@SCRIPTS
def test_new_and_dropped_rows_and_tables_are_rows_of_the_tables_table(convert, tmp_path) -> None:
    comparison = _comparison(tmp_path, convert)
    statuses = sorted((row.label, row.status) for change in comparison.tables for row in change.rows
                      if row.status != "changed")
    assert (convert("行政检查"), "new") in statuses and ("行政许可", "dropped") in statuses
    _, paragraphs, rows = _cover(comparison)
    # -- no line of the tables' changes stands as a paragraph of its own --
    assert not any("×" in text or "行政" in text for text in paragraphs), paragraphs
    assert ["表1 → 表1", convert("行政检查"), "整行新增", "", "880"] in rows
    assert ["表1 → 表1", "行政许可", "整行删除", "3400", ""] in rows
    assert [convert("表3"), convert("表3 2025年普法情况"), "整表新增", "", "3 × 2"] in rows
    assert ["表2", "表2 2024年行政复议情况", "整表删除", "3 × 2", ""] in rows
    # -- the changed cell beside them, in the table's order --
    changed = ["表1 → 表1", convert("行政处罚"), convert("2025年"), "1200", "1350"]
    assert rows.index(changed) < rows.index(["表1 → 表1", convert("行政检查"), "整行新增", "", "880"])


@SCRIPTS
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_figures_of_one_report_are_counted_in_the_figures_table(convert, lang, tmp_path) -> None:
    comparison = _comparison(tmp_path, convert)
    document, paragraphs, rows = _cover(comparison, lang)
    note = "另有" if lang == "zh" else "more figures appear in one report only"
    assert not any(note in text for text in paragraphs), paragraphs
    figures = next(table for table in document.tables
                   if any(cell.text.startswith(convert("罚没款")) for cell in table.columns[0].cells))
    last = figures.rows[-1]
    # -- one cell across the row, the note alone in it (no blank lines from the merged cells) --
    assert note in last.cells[0].text and len({id(cell._tc) for cell in last.cells}) == 1
    assert last._tr.xpath("./w:tc/w:tcPr/w:gridSpan/@w:val") == [str(len(figures.columns))]
    assert len(last.cells[0].paragraphs) == 1
    # -- the figures of both years are rows above it (last year's in this year's script) --
    assert any(row[0] == convert("罚没款") and row[1] == convert("12.6万元") for row in rows)
