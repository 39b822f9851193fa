"""A short line naming the table right below it (2025年主要预期目标, 主要指标完成情况) is that
table's caption, not a measure (fix21b item 7), in Word and HTML input, Simplified and
Traditional; so is a line leading into it with a colon (…目标如下：), which stays prose where no
table follows; a heading's marker line stays prose."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from opencc import OpenCC

from reportdiff.pipeline import load_report

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

ROWS = [["指标", "2024年完成", "2025年目标"], ["地区生产总值增长（%）", "5.6", "5.5左右"],
        ["城镇新增就业（万人）", "6.3", "6以上"], ["粮食产量（万吨）", "120", "120以上"]]
BEFORE = ["滨江市2025年政府工作报告", "一、2024年工作回顾", "全市地区生产总值增长5.6%，城镇新增就业6.3万人。",
          "二、2025年主要目标和重点工作", "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。"]
AFTER = ["（一）壮大实体经济。新建标准厂房60万平方米。"]


def _docx(path: Path, script, name: str) -> Path:
    document = docx.Document()
    for line in BEFORE + [name]:
        document.add_paragraph(script(line))
    table = document.add_table(rows=len(ROWS), cols=3)
    for r, row in enumerate(ROWS):
        for c, cell in enumerate(row):
            table.cell(r, c).text = script(cell)
    for line in AFTER:
        document.add_paragraph(script(line))
    document.save(path)
    return path


def _html(path: Path, script, name: str) -> Path:
    rows = "".join("<tr>" + "".join(f"<td>{script(cell)}</td>" for cell in row) + "</tr>" for row in ROWS)
    body = "".join(f"<p>{script(line)}</p>" for line in BEFORE + [name])
    body += f"<table>{rows}</table>" + "".join(f"<p>{script(line)}</p>" for line in AFTER)
    path.write_text(f"<html><head><meta charset='utf-8'><title>{script(BEFORE[0])}</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    return path


@SCRIPTS
@pytest.mark.parametrize("write", [_docx, _html], ids=["docx", "html"])
@pytest.mark.parametrize("name", ["2025年主要预期目标", "表1 主要指标完成情况和预期目标", "主要指标完成情况"])
def test_a_line_naming_the_table_below_is_its_caption(tmp_path: Path, script, write, name: str) -> None:
    report = load_report(write(tmp_path / f"report.{write.__name__[1:]}", script, name))
    assert report.tables and report.tables[0].caption.replace("  ", " ") == script(name)
    assert not any(script(name) in measure.text for measure in report.measures)


@SCRIPTS
@pytest.mark.parametrize("write", [_docx, _html], ids=["docx", "html"])
def test_a_line_leading_into_the_table_is_part_of_it(tmp_path: Path, script, write) -> None:
    """…如下： over a table introduces it: it goes with the table (its caption), no measure of its
    own that a year without the table would list as dropped."""
    lead = "今年全市主要指标安排如下："
    report = load_report(write(tmp_path / f"report.{write.__name__[1:]}", script, lead))
    assert report.tables and script(lead) in report.tables[0].caption
    assert not any(script(lead) in measure.text for measure in report.measures)


@SCRIPTS
@pytest.mark.parametrize("write", [_docx, _html], ids=["docx", "html"])
def test_a_line_ending_in_a_colon_with_no_table_below_stays_prose(tmp_path: Path, script, write) -> None:
    lead = "今年全市主要指标安排如下："
    path = write(tmp_path / f"report.{write.__name__[1:]}", script, lead)
    if write is _docx:
        document = docx.Document(str(path))
        body = document.element.body
        body.remove(document.tables[0]._tbl)
        document.save(str(path))
    else:
        text = path.read_text(encoding="utf-8")
        path.write_text(text[:text.index("<table>")] + text[text.index("</table>") + 8:], encoding="utf-8")
    report = load_report(path)
    assert any(script(lead) in measure.text for measure in report.measures)


def test_a_lead_in_caption_ends_its_tables_line_once() -> None:
    """The tables list names a dropped table by its caption: a lead-in's colon is not doubled
    (…完成情况如下：: 删除)."""
    from reportdiff.models import Table
    from reportdiff.tables import TableChange

    table = Table("表1", (("指标", "完成情况"), ("新登记经营主体（户）", "4126")), 19, "2024年主要指标完成情况如下：")
    assert TableChange(table, None, ()).lines() == ["2024年主要指标完成情况如下：删除 (2 × 2)"]
