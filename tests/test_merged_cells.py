"""Merged table cells (Word's gridSpan and vMerge, a page's colspan and rowspan) read honestly and shown.

A merged cell's text stands in its first cell and the cells it covers are empty, so no column
shifts; the table keeps where its merges are (``Table.merged``). A category spanning rows
(行政复议 over 受理 and 审结) is the label of each row it spans, so a row is keyed and compared by
what it says, and the same words merged one year and written in each row the next are no change.
The page draws the merges where they still hold on the grid of the two years.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from ooxml_revisions import DEFAULT_DATE, W, _GONE, _NS, accept_all, document_xml, libreoffice_resolve, reject_all, \
    table_rows, uno_python
from merged_tables import REVIEW_2024, REVIEW_2025, TARGETS_2025, TARGETS_2026, disclosure_report, review_page, \
    targets_docx
from reportdiff.loaders import load
from reportdiff.models import Table
from reportdiff.parse import parse
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render._docx_light import blank_document
from reportdiff.render._docx_table_xml import write_table
from reportdiff.render._revisions import RevisionWriter
from reportdiff.render.table_grid import table_grid
from reportdiff.render.table_redline import revised_rows
from reportdiff.tables import pair_rows

TO_SIMPLIFIED = OpenCC("t2s").convert
SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _report(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
    return parse(load(path))


def _spans(report: dict) -> set[tuple[int, int, int, int]]:
    return {(r, c, down, across) for (r, c), (down, across) in report["spans"].items()}


@SCRIPTS
def test_a_pages_rowspan_and_colspan_leave_the_columns_in_place(convert, tmp_path) -> None:
    (table,) = _report(tmp_path, "2024.html", review_page(REVIEW_2024, convert)).tables
    assert [tuple(TO_SIMPLIFIED(cell) for cell in row) for row in table.rows] == [tuple(r) for r in REVIEW_2024["rows"]]
    assert set(table.merged) == _spans(REVIEW_2024)
    # -- the category spanning three rows is the label of each of them --
    assert [TO_SIMPLIFIED(row[0]) for row in table.filled_rows[2:]] == ["行政复议"] * 3 + ["行政应诉"] * 2


@SCRIPTS
def test_a_word_tables_grid_span_and_vertical_merge_leave_the_columns_in_place(convert, tmp_path) -> None:
    (table,) = _report(tmp_path, "2025.docx", targets_docx(TARGETS_2025, convert)).tables
    assert [tuple(TO_SIMPLIFIED(cell) for cell in row) for row in table.rows] == [tuple(r) for r in TARGETS_2025["rows"]]
    assert set(table.merged) == _spans(TARGETS_2025)
    assert TO_SIMPLIFIED(table.filled_rows[1][0]) == "指标" and TO_SIMPLIFIED(table.filled_rows[1][3]) == "2025年目标"


@SCRIPTS
def test_rows_under_a_category_spanning_rows_pair_by_their_own_name(convert, tmp_path) -> None:
    old = _report(tmp_path, "2024.html", review_page(REVIEW_2024))
    new = _report(tmp_path, "2025.html", review_page(REVIEW_2025, convert))
    (change,) = compare(old, new).tables
    shown = [(pair.status, old.tables[0].rows[pair.old][1] if pair.old is not None else None,
              TO_SIMPLIFIED(new.tables[0].rows[pair.new][1]) if pair.new is not None else None) for pair in change.pairs]
    assert shown == [
        ("equal", "项目", "项目"), ("changed", "", ""),
        ("changed", "收到复议申请", "收到复议申请"), ("changed", "受理", "受理"), ("new", None, "调解和解"),
        ("changed", "纠错", "纠错"), ("changed", "一审应诉", "一审应诉"),
        # -- 败诉 and 负责人出庭应诉 share only the category the merged cell gives them: two rows --
        ("dropped", "败诉", None), ("new", None, "负责人出庭应诉"),
    ]
    # -- the year columns moved on: 2024年 against 2024年 (421 both years, restated alike), and
    #    this year's 2025年 against last year's latest, 2024年: the change on the year --
    accepted = [row for row in change.rows if TO_SIMPLIFIED(row.label) == "行政复议 受理"]
    assert [(TO_SIMPLIFIED(c.column), c.old, c.new) for c in accepted[0].cells] == [("案件数（件）2024→2025年", "421", "455")]


def test_a_category_merged_one_year_and_written_in_each_row_the_next_is_no_change(tmp_path) -> None:
    unmerged = dict(REVIEW_2024, spans={(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2)},
                    rows=[[row[0] or ("行政复议" if 2 <= r <= 4 else "行政应诉" if r > 4 else ""), *row[1:]]
                          for r, row in enumerate(REVIEW_2024["rows"])])
    (change,) = compare(_report(tmp_path, "a.html", review_page(REVIEW_2024)),
                        _report(tmp_path, "b.html", review_page(unmerged))).tables
    assert [pair.status for pair in change.pairs] == ["equal"] * 7 and not change.rows


@SCRIPTS
def test_the_page_draws_the_merges_that_hold_in_both_years(convert, tmp_path) -> None:
    comparison = compare(_report(tmp_path, "2024.html", review_page(REVIEW_2024)),
                         _report(tmp_path, "2025.html", review_page(REVIEW_2025, convert)))
    page = render(comparison, "html")
    assert f'<th rowspan="2">{convert("类别")}</th>' in page and f'<th colspan="2">{convert("案件数（件）")}</th>' in page
    # -- 行政复议 over four rows this year (a new row among them); 行政应诉's two rows have last
    #    year's dropped row between them: each row says it, no merge --
    assert f'<td rowspan="4">{convert("行政复议")}</td>' in page
    assert page.count(f'<td>{convert("行政应诉")}</td>') == 1 and f'rowspan="2">{convert("行政应诉")}' not in page
    rows = table_grid(comparison.tables[0])
    assert all(len(row.cells) == 4 for row in rows)
    assert sum(span == (0, 0) for row in rows for span in row.spans) == 2 + 1 + 3  # -- covered cells --


@SCRIPTS
def test_a_merged_header_names_the_columns_under_it_by_their_year(convert, tmp_path) -> None:
    comparison = compare(_report(tmp_path, "2025.docx", targets_docx(TARGETS_2025)),
                         _report(tmp_path, "2026.docx", targets_docx(TARGETS_2026, convert)))
    (change,) = comparison.tables
    gdp = next(row for row in change.rows if TO_SIMPLIFIED(row.label) == "地区生产总值增长")
    # -- 2025年 over 目标: last year's 2025年目标 column, the same target (6%左右) both years;
    #    this year's 2026年目标 against last year's latest target, 2025年目标 --
    assert [(TO_SIMPLIFIED(c.column), c.old, c.new) for c in gdp.cells] == [
        ("2025年预计完成", "", "6.1%"), ("2025→2026年目标", "6%左右", convert("5.5%左右"))]
    assert [pair.status for pair in change.pairs][-1] == "new"
    page = render(comparison, "html")
    assert f'<th rowspan="2">{convert("指标")}</th>' in page
    assert '<th colspan="2"><del>2024</del><ins>2025</ins>年</th>' in page
    data = json.loads(render(comparison, "json"))
    assert data["tables"][0]["pairs"][:3] == [{"old": 1, "new": 1, "status": "changed", "head": True},
                                             {"old": 2, "new": 2, "status": "changed", "head": True},
                                             {"old": 3, "new": 3, "status": "changed", "head": False}]


def _grid_lines(table) -> list[str]:
    return [" | ".join(row) for row in table.rows]


@SCRIPTS
@pytest.mark.parametrize("pair", ["targets", "review"])
def test_the_word_redline_merges_cells_as_the_input_and_resolves_to_each_table(pair, convert, tmp_path) -> None:
    if pair == "targets":
        old = _report(tmp_path, "2025.docx", targets_docx(TARGETS_2025))
        new = _report(tmp_path, "2026.docx", targets_docx(TARGETS_2026, convert))
    else:
        old = _report(tmp_path, "2024.html", review_page(REVIEW_2024))
        new = _report(tmp_path, "2025.html", review_page(REVIEW_2025, convert))
    docx = render(compare(old, new), "docx")
    (table,) = document_xml(docx).find("w:body", _NS).findall("w:tbl", _NS)
    # -- the header as the input merged it: 指标/类别 down two rows, a heading across two columns --
    first = table.find("w:tr", _NS)
    assert first.find("w:tc/w:tcPr/w:vMerge", _NS).get(f"{{{W}}}val") == "restart"
    assert [span.get(f"{{{W}}}val") for span in first.findall("w:tc/w:tcPr/w:gridSpan", _NS)] == ["2"]
    assert table_rows(table, _GONE["accept"], grid=True) == _grid_lines(new.tables[0])
    assert [TO_SIMPLIFIED(line) for line in table_rows(table, _GONE["reject"], grid=True)] == _grid_lines(old.tables[0])


def test_libreoffice_resolves_a_merged_table_as_we_do(tmp_path) -> None:
    if uno_python() is None:
        pytest.skip("no Python with LibreOffice's uno module")
    docx = render(compare(_report(tmp_path, "2025.docx", targets_docx(TARGETS_2025)),
                          _report(tmp_path, "2026.docx", targets_docx(TARGETS_2026))), "docx")
    resolved = libreoffice_resolve(docx, tmp_path)
    # -- LibreOffice names no cell where a vertical merge goes on: read ours alike --
    assert resolved["accept"] == accept_all(docx, covered=False)
    assert resolved["reject"] == reject_all(docx, covered=False)


# -- property: any two tables with merged cells, the Word redline resolves to each table, and
#    the one row pairing takes every row of each year once, in its order --
_CELLS = ["地区生产总值增长", "城镇新增就业", "行政复议", "受理", "指标", "2025年", "6%左右", "1.1万人以上", "—", ""]


@st.composite
def _merged_table(draw) -> Table:
    width = draw(st.integers(2, 4))
    rows = [list(draw(st.lists(st.sampled_from(_CELLS), min_size=width, max_size=width))) for _ in range(draw(st.integers(1, 6)))]
    taken: set[tuple[int, int]] = set()
    merged = []
    for _ in range(draw(st.integers(0, 3))):
        r, c = draw(st.integers(0, len(rows) - 1)), draw(st.integers(0, width - 1))
        down, across = draw(st.integers(1, len(rows) - r)), draw(st.integers(1, width - c))
        cells = {(r + i, c + j) for i in range(down) for j in range(across)}
        if (down, across) == (1, 1) or cells & taken:
            continue
        taken |= cells
        merged.append((r, c, down, across))
        for i, j in cells - {(r, c)}:
            rows[i][j] = ""
    assume(all(any(row) for row in rows))
    return Table("表1", tuple(tuple(row) for row in rows), 1, merged=tuple(merged))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), _merged_table()), st.one_of(st.none(), _merged_table()))
def test_merged_tables_resolve_to_each_year_and_pair_every_row_once(old, new) -> None:
    assume(old is not None or new is not None)
    pairs = pair_rows(old, new)
    for side, table in (("old", old), ("new", new)):
        taken = [getattr(pair, side) for pair in pairs if getattr(pair, side) is not None]
        assert taken == list(range(len(table.rows) if table else 0))
    document = blank_document()
    write_table(document, revised_rows(old, new, pairs), RevisionWriter("reportdiff", DEFAULT_DATE))
    written = document.element.find(f"{{{W}}}body/{{{W}}}tbl")
    assert table_rows(written, _GONE["accept"], grid=True) == (_grid_lines(new) if new else [])
    assert table_rows(written, _GONE["reject"], grid=True) == (_grid_lines(old) if old else [])
    # -- a merged cell of the redline covers only cells empty in both years --
    for row in revised_rows(old, new, pairs):
        for cell, (down, _) in zip(row.cells, row.spans or ()):
            assert down > 0 or not cell


@SCRIPTS
def test_the_statutory_appeals_table_names_each_count_by_its_headings(convert, tmp_path) -> None:
    old = disclosure_report(2024, ["3", "1", "0", "0", "4", "2", "0", "1", "0", "3", "0", "0", "0", "0", "0"])
    new = disclosure_report(2025, ["5", "1", "1", "0", "7", "2", "1", "0", "1", "4", "1", "0", "0", "0", "1"])
    comparison = compare(_report(tmp_path, "2024.html", review_page(old)),
                         _report(tmp_path, "2025.html", review_page(new, convert)))
    (change,) = comparison.tables
    assert [pair.status for pair in change.pairs] == ["equal", "equal", "equal", "changed"]
    # -- the one row of counts has no label: its cells named by the headings above them --
    (row,) = change.rows
    assert row.label == "" and [(TO_SIMPLIFIED(c.column), c.old, c.new) for c in row.cells] == [
        ("行政复议结果维持", "3", "5"), ("行政复议其他结果", "0", "1"), ("行政复议总计", "4", "7"),
        ("行政诉讼未经复议直接起诉结果纠正", "0", "1"), ("行政诉讼未经复议直接起诉其他结果", "1", "0"),
        ("行政诉讼未经复议直接起诉尚未审结", "0", "1"), ("行政诉讼未经复议直接起诉总计", "3", "4"),
        ("行政诉讼复议后起诉结果维持", "0", "1"), ("行政诉讼复议后起诉总计", "0", "1")]
    assert TO_SIMPLIFIED(change.lines()[0]) == ("表1 → 表1 行政复议结果维持：3 → 5; 行政复议其他结果：0 → 1; 行政复议总计：4 → 7; "
                                                     "行政诉讼未经复议直接起诉结果纠正：0 → 1; 行政诉讼未经复议直接起诉其他结果：1 → 0; "
                                                     "行政诉讼未经复议直接起诉尚未审结：0 → 1; 行政诉讼未经复议直接起诉总计：3 → 4; "
                                                     "行政诉讼复议后起诉结果维持：0 → 1; 行政诉讼复议后起诉总计：0 → 1")
    page = render(comparison, "html")
    for head, span in (("行政复议", 'colspan="5"'), ("行政诉讼", 'colspan="10"'), ("结果维持", 'rowspan="2"'),
                       ("未经复议直接起诉", 'colspan="5"'), ("复议后起诉", 'colspan="5"')):
        assert f"<th {span}>{convert(head)}</th>" in page
    assert "<td><del>3</del><ins>5</ins></td>" in page
