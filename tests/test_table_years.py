"""A statistics table with a column per year (项目 | 2024年 | 2025年 | 同比增减, the next year
项目 | 2025年 | 2026年 | 同比增减): cells paired by their column's year, the caption (表1 …) no
measure, and the Word redline's Reject All giving the old table back."""

from __future__ import annotations

from pathlib import Path

import docx
import opencc
import pytest

from ooxml_revisions import accept_all, reject_all
from reportdiff.models import Table
from reportdiff.pipeline import compare, load_report, plans
from reportdiff.render import render
from reportdiff.tables import compare_tables

# -- own wording: a township's enforcement figures, last year's and this year's --
ROWS = {2025: [["项目", "2024年", "2025年", "同比增减"], ["行政处罚案件（件）", "96", "118", "+22.9%"],
               ["行政复议（件）", "4", "3", "-25.0%"]],
        2026: [["项目", "2025年", "2026年", "同比增减"], ["行政处罚案件（件）", "118", "131", "+11.0%"],
               ["行政复议（件）", "3", "3", "0"]]}


def _convert(script: str):
    return opencc.OpenCC("s2t").convert if script == "t" else (lambda text: text)


@pytest.mark.parametrize("script", ["s", "t"])
def test_year_columns_are_paired_by_their_year(script: str) -> None:
    convert = _convert(script)
    old, new = ([[convert(cell) for cell in row] for row in ROWS[year]] for year in (2025, 2026))
    change = compare_tables((Table("表1", tuple(map(tuple, old)), 1),), (Table("表1", tuple(map(tuple, new)), 1),))[0]
    cases = {row.label: {cell.column: (cell.old, cell.new) for cell in row.cells} for row in change.rows}
    # -- 2025 against 2025 (118 = 118: restated alike, no change); 2026, new this year, against
    #    last year's latest, 2025 (118 → 131: the change on the year); 2024 left the table --
    assert cases[convert("行政处罚案件（件）")] == {"2025→2026年": ("118", "131"), convert("同比增减"): ("+22.9%", "+11.0%")}
    assert cases[convert("行政复议（件）")] == {convert("同比增减"): ("-25.0%", "0")}


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_one_year_table_moves_on_a_year(script: str) -> None:
    """指标 | 2023年 | 增长（%） one year, 指标 | 2024年 | 增长（%） the next (a township's main figures,
    each report its own year): the year column is the same column, its figures compared."""
    convert = _convert(script)
    old = (("指标", "2023年", "增长（%）"), ("地区生产总值（亿元）", "38.6", "6.2"), ("固定资产投资（亿元）", "12.4", "8.3"))
    new = (("指标", "2024年", "增长（%）"), ("地区生产总值（亿元）", "41.2", "6.5"), ("固定资产投资（亿元）", "13.1", "5.6"))
    old, new = (tuple(tuple(convert(cell) for cell in row) for row in rows) for rows in (old, new))
    change = compare_tables((Table("表1", old, 1),), (Table("表1", new, 1),))[0]
    cases = {row.label: [(cell.old, cell.new) for cell in row.cells] for row in change.rows}
    assert cases[convert("地区生产总值（亿元）")] == [("38.6", "41.2"), ("6.2", "6.5")]
    assert cases[convert("固定资产投资（亿元）")] == [("12.4", "13.1"), ("8.3", "5.6")]


def test_columns_without_years_are_still_paired_by_position() -> None:
    old = (("项目", "本年制发件数", "现行有效件数"), ("规章", "3", "9"))
    new = (("项目", "本年新制发件数", "现行有效件数"), ("规章", "4", "9"))
    change = compare_tables((Table("表1", old, 1),), (Table("表1", new, 1),))[0]
    assert [(c.column, c.old, c.new) for row in change.rows for c in row.cells] == [("本年新制发件数", "3", "4")]


def _report(path: Path, year: int, script: str) -> Path:
    convert = _convert(script)
    document = docx.Document()
    lines = [f"柳溪镇{year}年法治政府建设年度报告", "一、主要举措和成效",
             f"（一）规范行政执法。全年办理行政处罚案件{ROWS[year][1][2]}件，提升行政执法质量。",
             f"表1  {year - 1}—{year}年柳溪镇行政执法案件统计"]
    for line in lines:
        document.add_paragraph(convert(line))
    table = document.add_table(rows=len(ROWS[year]), cols=4)
    for r, row in enumerate(ROWS[year]):
        for c, cell in enumerate(row):
            table.cell(r, c).text = convert(cell)
    for line in ["（二）加强执法监督。开展执法案卷评查。", "二、下一步工作计划", "一是提升行政执法质量。二是开展执法人员轮训。"]:
        document.add_paragraph(convert(line))
    document.save(path)
    return path


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_caption_is_no_measure_and_no_result_of_a_plan(tmp_path: Path, script: str) -> None:
    report = load_report(_report(tmp_path / "2026.docx", 2026, script))
    assert not any("表1" in measure.text for measure in report.measures)
    caption = next(block for block in report.blocks if block.text.startswith("表1"))
    assert caption.kind.value == "other" and report.tables
    analysis = plans(report)
    assert not any("表1" in link.measure.text for record in analysis.plans for link in record.results)


@pytest.mark.parametrize("script", ["s", "t"])
def test_reject_all_gives_the_old_table_and_caption(tmp_path: Path, script: str) -> None:
    comparison = compare(load_report(_report(tmp_path / "2025.docx", 2025, script)),
                         load_report(_report(tmp_path / "2026.docx", 2026, script)))
    assert not any("表1" in (m.old or m.new).text for m in comparison.matches)
    redline = render(comparison, "docx")
    convert = _convert(script)
    rejected, accepted = "\n".join(reject_all(redline)), "\n".join(accept_all(redline))
    assert convert("2024—2025年柳溪镇") in rejected and convert("2025—2026年柳溪镇") not in rejected
    assert convert("2025—2026年柳溪镇") in accepted and convert("2024—2025年柳溪镇") not in accepted
    # -- (Accept All and Reject All read a Word table one line a row, its cells apart by " | ") --
    assert "96 | 118 | +22.9%" in rejected and "118 | 131 | +11.0%" in accepted
    assert "118 | 131" not in rejected


def test_a_table_only_the_old_report_has_comes_back_on_reject_all(tmp_path: Path) -> None:
    old = load_report(_report(tmp_path / "2025.docx", 2025, "s"))
    document = docx.Document()
    for line in ["柳溪镇2026年法治政府建设年度报告", "一、主要举措和成效", "（一）规范行政执法。全年办理行政处罚案件131件，提升行政执法质量。",
                 "（二）加强执法监督。开展执法案卷评查。", "二、下一步工作计划", "一是提升行政执法质量。二是开展执法人员轮训。"]:
        document.add_paragraph(line)
    document.save(tmp_path / "2026.docx")
    redline = render(compare(old, load_report(tmp_path / "2026.docx")), "docx")
    rejected, accepted = reject_all(redline), accept_all(redline)
    at = next(i for i, text in enumerate(rejected) if text.startswith("表1"))
    # -- the caption and table stand deleted where they stood: after the measure before them --
    assert rejected[at - 1].startswith("（一）规范行政执法") and rejected[at + 1].startswith("项目 | 2024年")
    assert "行政处罚案件（件） | 96 | 118 | +22.9%" in rejected[at + 2:at + 4]
    assert not any(text.startswith("表1") or "项目" in text for text in accepted)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_changed_table_is_named_by_its_caption(tmp_path: Path, script: str) -> None:
    convert = _convert(script)
    comparison = compare(load_report(_report(tmp_path / "2025.docx", 2025, script)),
                         load_report(_report(tmp_path / "2026.docx", 2026, script)))
    line = convert("表1 2025—2026年柳溪镇行政执法案件统计 · 行政处罚案件（件） · 2025→2026年：118 → 131")
    assert line in render(comparison, "text")
    assert comparison.tables[0].to_json()["caption"] == convert("表1  2025—2026年柳溪镇行政执法案件统计")


def test_a_unit_line_is_part_of_the_caption_not_its_name() -> None:
    from reportdiff.loaders import Paragraph, RawDocument, table_paragraph
    from reportdiff.parse import parse

    lines = ["柳溪镇2026年法治政府建设年度报告", "一、主要举措和成效", "（一）规范行政执法。全年办理案件131件。",
             "表2  行政执法案件统计", "（单位：件）"]
    paragraphs = [Paragraph(text, number) for number, text in enumerate(lines, 1)]
    paragraphs.append(table_paragraph([["项目", "2026年"], ["行政处罚案件", "131"]], 6))
    paragraphs += [Paragraph("二、下一步工作计划", 7), Paragraph("一是开展执法人员轮训。", 8)]
    report = parse(RawDocument("<test>", tuple(paragraphs)))
    assert report.tables[0].caption == "表2  行政执法案件统计"
    assert [m.text for m in report.measures] == ["规范行政执法。全年办理案件131件。", "开展执法人员轮训。"]
    assert [b.kind.value for b in report.blocks if b.line in (4, 5)] == ["other", "other"]
