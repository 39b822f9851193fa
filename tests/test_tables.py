"""Tables, in .docx and printed to PDF: read as rows of cells, compared row by row with each
changed cell one change, shown old → new in every format."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from reportdiff.models import Table
from reportdiff.pipeline import compare, load_report
from reportdiff.render import render
from reportdiff.tables import compare_tables

from published_forms import build_disclosure_docx, disclosure_table, soffice_pdf

CHANGES = ["第二十条第（一）项 · 行政规范性文件 · 本年制发件数：3 → 4",
           "第二十条第（五）项 · 行政许可 · 本年处理决定数量：1200 → 1350"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("tables")
    built = {"old.docx": build_disclosure_docx(folder / "old.docx", year=2023, changed=False),
             "new.docx": build_disclosure_docx(folder / "new.docx", year=2024, changed=True)}
    return built | {"folder": folder}


def _pdf(reports, name: str):
    key = name.replace(".docx", ".pdf")
    if key not in reports:
        reports[key] = soffice_pdf(reports[name], reports["folder"])
    return reports[key]


def test_docx_table_is_rows_of_cells_in_the_outline(reports) -> None:
    report = load_report(reports["old.docx"])
    assert [list(row) for row in report.tables[0].rows] == disclosure_table(changed=False)
    kinds = [block.kind.value for block in report.blocks]
    assert kinds.index("table") == kinds.index("part") + 3  # -- after 二、主动公开… as in the input --


def test_pdf_table_has_the_same_rows_and_cells_as_the_docx(reports) -> None:
    for name in ("old.docx", "new.docx"):
        from_pdf = load_report(_pdf(reports, name))
        assert from_pdf.tables[0].rows == load_report(reports[name]).tables[0].rows
        assert not any(block.kind.value != "table" and "1200" in block.text for block in from_pdf.blocks)


@pytest.mark.parametrize(("old", "new"), [("old.docx", "new.docx"), ("old.docx", "new.pdf"), ("old.pdf", "new.pdf")])
def test_each_changed_cell_is_one_change(reports, old: str, new: str) -> None:
    paths = [reports[n] if n.endswith(".docx") else _pdf(reports, n.replace(".pdf", ".docx")) for n in (old, new)]
    comparison = compare(*paths)
    [table] = comparison.tables
    assert table.lines() == [f"表1 → 表1 {line}" for line in CHANGES]
    assert comparison.changed


def test_every_format_shows_the_cells_old_and_new(reports) -> None:
    comparison = compare(reports["old.docx"], reports["new.docx"])
    document = json.loads(render(comparison, "json"))
    cells = [(row["label"], cell["column"], cell["old"], cell["new"])
             for table in document["tables"] for row in table["rows"] for cell in row["cells"]]
    assert cells == [("行政规范性文件", "本年制发件数", "3", "4"), ("行政许可", "本年处理决定数量", "1200", "1350")]
    for fmt in ("text", "md", "html"):
        shown = render(comparison, fmt)
        assert all(line.split(" · ")[-1] in shown for line in CHANGES), fmt
    cover = render(comparison, "docx", summary=True)
    body = zipfile.ZipFile(io.BytesIO(cover)).read("word/document.xml").decode("utf-8")
    assert "本年处理决定数量" in body and ">1200<" in body and ">1350<" in body


def test_rows_are_keyed_by_label_not_position() -> None:
    old = Table("表1", (("指标", "数值"), ("复议案件", "12"), ("诉讼案件", "30")), 1)
    new = Table("表1", (("指标", "数值"), ("应诉案件", "5"), ("诉讼案件", "31"), ("复议案件", "12")), 1)
    [change] = compare_tables((old,), (new,))
    assert [(row.label, row.status, [(c.old, c.new) for c in row.cells]) for row in change.rows] == [
        ("应诉案件", "new", []), ("诉讼案件", "changed", [("30", "31")])]


def test_unrelated_tables_are_not_paired() -> None:
    old = Table("表1", (("指标", "数值"), ("复议案件", "12")), 1)
    new = Table("表1", (("项目", "金额"), ("办案经费", "30万元")), 1)
    changes = compare_tables((old,), (new,))
    assert [(c.old and c.old.id, c.new and c.new.id) for c in changes] == [(None, "表1"), ("表1", None)]


def _disclosure_page(changed: bool, year: int) -> str:
    from published_forms import DISCLOSURE_AFTER, DISCLOSURE_TEXT, government_page

    rows = []
    for row in disclosure_table(changed):
        filled = [cell for cell in row if cell]
        if len(filled) == 1:
            rows.append(f'<tr><td colspan="4">{row[0]}</td></tr>')
        elif row[2] == "" and row[1]:
            rows.append(f'<tr><td>{row[0]}</td><td colspan="3">{row[1]}</td></tr>')
        else:
            rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    lines = DISCLOSURE_TEXT.format(year=year).splitlines()
    page = government_page(lines[0], [*lines[1:], "@@TABLE@@", *DISCLOSURE_AFTER.splitlines()])
    return page.replace('<p style="text-indent:2em">@@TABLE@@</p>', f"<table border='1'>{''.join(rows)}</table>")


def test_saved_page_table_has_the_same_rows_as_the_docx(reports, tmp_path) -> None:
    for name, changed, year in (("old", False, 2023), ("new", True, 2024)):
        page = tmp_path / f"{name}.html"
        page.write_text(_disclosure_page(changed, year), encoding="utf-8")
        assert load_report(page).tables[0].rows == load_report(reports[f"{name}.docx"]).tables[0].rows
    [table] = compare(reports["old.docx"], tmp_path / "new.html").tables
    assert table.lines() == [f"表1 → 表1 {line}" for line in CHANGES]
