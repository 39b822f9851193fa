"""A report's table in the Word redline is a Word table whose rows and cells carry the changes.

A row only last year's table has is a deleted row (``w:trPr/w:del``, its runs ``w:del``), a row
only this year's an inserted row, a row of both keeps its place with its changed words revised
inside the cells. The property: for any two tables, accepting every revision (rows marked
deleted dropped, deleted runs dropped, inserted ones kept) gives the new table row by row, and
rejecting gives the old one. The constructed pair (a county's 主要预期目标 table one year on: a
cell changed, a row dropped, a row added, an indicator reworded) is kept as a golden in both
scripts, and LibreOffice's own Accept All / Reject All must agree with ours.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from ooxml_revisions import DEFAULT_DATE, W, _GONE, _NS, accept_all, document_xml, libreoffice_resolve, \
    reject_all, table_rows, uno_python
from reportdiff.models import Table
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render import render
from reportdiff.render._docx_light import blank_document
from reportdiff.render._docx_table_xml import write_table
from reportdiff.render._revisions import RevisionWriter
from reportdiff.render.table_redline import revised_rows, table_rows as plain_rows

from test_target_tables import TABLE_2025

GOLDEN = Path(__file__).resolve().parent / "golden"
TO_TRADITIONAL = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", ["simplified", "traditional"])
# -- the next year's report: 固定资产投资增长 dropped, 城镇调查失业率 reworded, a revenue row added --
TABLE_2026 = """云泽县2026年政府工作报告
一、2025年工作回顾
全县地区生产总值增长6.1%。
二、2026年主要预期目标
全县主要预期目标如下：
项目\t上年预期目标\t上年实际完成\t本年预期目标
地区生产总值增长\t6%左右\t6.1%\t5.5%左右
城镇新增就业\t1.1万人以上\t1.15万人\t1.1万人以上
城镇调查失业率控制\t5.5%以内\t5.4%\t5.5%以内
居民人均可支配收入增长\t与经济增长同步\t5.9%\t与经济增长同步
一般公共预算收入增长\t—\t—\t3%
三、2026年重点任务
（一）抓项目扩投资。
1.推进县级重点项目140个以上。
"""
# -- cells as tables hold them: indicators (two alike but for a word), figures, words, empty --
_CELLS = ["地区生产总值增长", "地区生产总值增速", "城镇新增就业", "固定资产投资增长", "项目", "指标", "2025年目标",
          "2026年目标", "6%左右", "6.5%", "1.1万人以上", "1.25万人", "与经济增长同步", "—", ""]
_ROWS = st.lists(st.lists(st.sampled_from(_CELLS), min_size=1, max_size=4).map(tuple), max_size=7)


def _table(rows) -> Table:
    return Table("表1", tuple(rows), 1)


def _written(old: Table | None, new: Table | None):
    """The ``w:tbl`` the redline writes for ``old`` against ``new``."""
    document = blank_document()
    write_table(document, revised_rows(old, new), RevisionWriter("reportdiff", DEFAULT_DATE))
    return document.element.find(f"{{{W}}}body/{{{W}}}tbl")


def _lines(table: Table | None) -> list[str]:
    return [" | ".join(row) for row in plain_rows(table)]


@settings(max_examples=300, deadline=None)
@given(_ROWS, _ROWS)
def test_accepting_every_revision_gives_the_new_table_and_rejecting_the_old(old_rows, new_rows) -> None:
    old, new = _table(old_rows), _table(new_rows)
    written = _written(old, new)
    if written is None:
        assert not plain_rows(old) and not plain_rows(new)
        return
    assert table_rows(written, _GONE["accept"]) == _lines(new)
    assert table_rows(written, _GONE["reject"]) == _lines(old)
    for tr in written.findall("w:tr", _NS):
        mark = tr.find("w:trPr/w:ins", _NS)
        mark = mark if mark is not None else tr.find("w:trPr/w:del", _NS)
        if mark is not None:
            # -- a row that comes or goes: every run of it under the same revision, as Word writes it --
            assert mark.get(f"{{{W}}}author") == "reportdiff" and mark.get(f"{{{W}}}date")
            assert all(run.getparent().tag == mark.tag for run in tr.iter(f"{{{W}}}r"))


@settings(max_examples=150, deadline=None)
@given(_ROWS, _ROWS)
def test_a_table_in_the_other_script_differs_only_where_its_words_do(old_rows, new_rows) -> None:
    """This year in 繁體, last year in 简体: Accept All gives the new table exactly; Reject All
    gives the old one as read (the cells alike but for the script stay the new year's text,
    as everywhere in the redline, and are no change)."""
    old, new = _table(old_rows), _table([tuple(TO_TRADITIONAL(cell) for cell in row) for row in new_rows])
    written = _written(old, new)
    if written is None:
        return
    assert table_rows(written, _GONE["accept"]) == _lines(new)
    assert [key(line) for line in table_rows(written, _GONE["reject"])] == [key(line) for line in _lines(old)]
    same = [row for row in revised_rows(old, new) if row.mode == "plain" and not row.changed]
    assert all(kind is None for row in same for cell in row.cells for _, kind in cell)


def test_one_year_only_tables_are_all_rows_inserted_or_all_deleted() -> None:
    rows = [("项目", "2025年目标"), ("地区生产总值增长", "6%")]
    assert [row.mode for row in revised_rows(None, _table(rows))] == ["ins", "ins"]
    assert [row.mode for row in revised_rows(_table(rows), None)] == ["del", "del"]
    assert [row.head for row in revised_rows(None, _table(rows))] == [True, False]


def test_rows_pair_by_indicator_then_reworded_in_place() -> None:
    old = _table([("项目", "目标"), ("地区生产总值增长", "6%"), ("固定资产投资增长", "8%"), ("城镇调查失业率", "5.5%以内")])
    new = _table([("项目", "目标"), ("城镇调查失业率控制", "5.5%以内"), ("地区生产总值增长", "5.5%"),
                  ("一般公共预算收入增长", "3%")])
    shown = [(row.mode, row.text("old"), row.text("new")) for row in revised_rows(old, new)]
    # -- found by its indicator though it moved up a row; each year's rows stay in their order --
    assert ("plain", ("地区生产总值增长", "6%"), ("地区生产总值增长", "5.5%")) in shown
    assert [o for mode, o, _ in shown if mode != "ins"] == list(old.rows)
    assert [n for mode, _, n in shown if mode != "del"] == list(new.rows)
    # -- a reworded indicator between two paired rows is one row: its cells redlined in place --
    old = _table([("项目", "目标"), ("地区生产总值增长", "6%"), ("城镇调查失业率", "5.5%以内"), ("居民收入增长", "同步")])
    new = _table([("项目", "目标"), ("地区生产总值增长", "6%"), ("城镇调查失业率控制", "5.5%以内"), ("居民收入增长", "同步")])
    rows = revised_rows(old, new)
    assert [row.mode for row in rows] == ["plain"] * 4
    assert rows[2].cells[0] == (("城镇调查失业率", None), ("控制", "ins"))
    # -- a row of another width is never paired: deleted, then inserted --
    new = _table([("项目", "目标"), ("地区生产总值增长", "6%", "6.1%"), ("城镇调查失业率", "5.5%以内"), ("居民收入增长", "同步")])
    assert [row.mode for row in revised_rows(old, new)] == ["plain", "del", "ins", "plain", "plain"]


def _pair(script: str):
    convert = TO_TRADITIONAL if script == "traditional" else str
    return compare(parse_text(convert(TABLE_2025), "2025.txt"), parse_text(convert(TABLE_2026), "2026.txt"))


def _shown(docx: bytes) -> str:
    """The body's table and the paragraph right above it as a reader of the redline sees them:
    ``[-deleted-]``, ``{+inserted+}``; a row marked ``-`` is a deleted row, ``+`` an inserted one,
    ``#`` a header row (bold, shaded)."""
    body = document_xml(docx).find("w:body", _NS)
    blocks = [block for block in body if block.tag in (f"{{{W}}}p", f"{{{W}}}tbl")]
    at = next(i for i, block in enumerate(blocks) if block.tag == f"{{{W}}}tbl")
    lines = [_runs(blocks[at - 1])]
    for tr in blocks[at].findall("w:tr", _NS):
        mark = "-" if tr.find("w:trPr/w:del", _NS) is not None else "+" if tr.find("w:trPr/w:ins", _NS) is not None else " "
        head = "#" if tr.find("w:tc/w:tcPr/w:shd", _NS) is not None else " "
        lines.append(f"{mark}{head} " + " | ".join(_runs(p) for p in tr.iterfind("w:tc/w:p", _NS)))
    return "\n".join(lines) + "\n"


def _runs(paragraph) -> str:
    out = []
    for node in paragraph.iter(f"{{{W}}}t", f"{{{W}}}delText"):
        wrapper = node.getparent().getparent().tag
        text = node.text or ""
        out.append(f"[-{text}-]" if wrapper == f"{{{W}}}del" else f"{{+{text}+}}" if wrapper == f"{{{W}}}ins" else text)
    return "".join(out)


@SCRIPTS
def test_golden_table_redline(script: str) -> None:
    docx = render(_pair(script), "docx")
    shown = _shown(docx)
    golden = GOLDEN / f"table_redline_{script}.txt"
    if os.environ.get("REPORTDIFF_UPDATE_GOLDEN"):
        golden.write_text(shown, encoding="utf-8", newline="")
    assert golden.exists(), f"run with REPORTDIFF_UPDATE_GOLDEN=1 to create {golden.name}"
    assert shown == golden.read_text(encoding="utf-8"), "set REPORTDIFF_UPDATE_GOLDEN=1 after a deliberate change"
    # -- and the whole body resolves to each report, the table row by row --
    convert = TO_TRADITIONAL if script == "traditional" else str
    accepted, rejected = accept_all(docx), reject_all(docx)
    assert convert("一般公共预算收入增长 | — | — | 3%") in accepted and convert("固定资产投资增长 | 8% | 3.2% | 6%") in rejected
    assert [line for line in accepted if " | " in line] == _lines(_pair(script).new.tables[0])
    assert [line for line in rejected if " | " in line] == _lines(_pair(script).old.tables[0])


@SCRIPTS
def test_libreoffice_accepts_and_rejects_the_table_as_we_do(script: str, tmp_path: Path) -> None:
    if uno_python() is None:
        pytest.skip("no Python with LibreOffice's uno module")
    docx = render(_pair(script), "docx")
    resolved = libreoffice_resolve(docx, tmp_path)
    assert resolved["accept"] == accept_all(docx)
    assert resolved["reject"] == reject_all(docx)
