"""Wrapped text from any source parses like the text written one paragraph per line.

The rule is ``parse.join_wrapped``'s docstring; these tests wrap the bundled reports at
20–40 characters and check the pieces a wrapper breaks: titles, headings, markers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.normalize import key
from reportdiff.loaders.text import split_paragraphs
from reportdiff.parse import join_wrapped, parse_text
from reportdiff.pipeline import compare
from reportdiff.render._common import heading_changes

from conftest import ROOT

REPORTS = ["seeds/000_ed6269d44b6c061b.txt", "samples/haidian_2025_constructed.txt",
           "samples/yunze_sfj_2024_constructed.txt", "samples/yunze_sfj_2025_constructed.txt"]


def wrap(text: str, width: int) -> str:
    return "\n".join(line[i:i + width] for line in text.splitlines() for i in range(0, max(len(line), 1), width))


def assert_same_report(flat: str, wrapped: str) -> None:
    comparison = compare(flat, wrapped)
    assert {m.status.value for m in comparison.matches} == {"continued"}
    assert not heading_changes(comparison)
    assert key(comparison.old.title) == key(comparison.new.title)
    assert key(comparison.old.preamble) == key(comparison.new.preamble)


@pytest.mark.parametrize("width", [20, 22, 25, 28, 31, 34, 37, 40])
@pytest.mark.parametrize("report", REPORTS)
def test_wrapped_at_any_width_is_the_same_report(report: str, width: int) -> None:
    text = (ROOT / report).read_text(encoding="utf-8")
    assert_same_report(text, wrap(text, width))


def test_points_opening_wrapped_lines() -> None:
    text = (ROOT / REPORTS[2]).read_text(encoding="utf-8")
    assert_same_report(text, wrap(text, 29))


def test_title_wrapped_before_its_note_and_heading_tail_and_lone_markers() -> None:
    wrapped = "\n".join([
        "云泽市司法局2025年法治政府建设年度报告",
        "（测试用样本）",
        "2025年，本局坚持依法行政，现将有关情况报告如下：",
        "一、党政主要负责人履行推进法治建设第一责任",
        "人职责情况",
        "局党组书记认真履行第一责任人职责，把法治政府建设摆在全局工作重要位置。",
        "二、法治政府建设主要举措",
        "（一）",
        "健全依法行政制度体系",
        "1．",
        "完善规范性文件管理。全年审核文件12件。",
    ])
    report = parse_text(wrapped)
    assert report.title.replace("\n", "") == "云泽市司法局2025年法治政府建设年度报告（测试用样本）"
    assert [p.title for p in report.parts] == ["党政主要负责人履行推进法治建设第一责任人职责情况", "法治政府建设主要举措"]
    assert report.parts[1].sections[0].title == "健全依法行政制度体系"
    assert [m.text for m in report.measures][-1] == "完善规范性文件管理。全年审核文件12件。"


def test_first_line_of_wrapped_preamble_is_no_title() -> None:
    text = (ROOT / REPORTS[0]).read_text(encoding="utf-8")
    assert parse_text(wrap(text, 33)).title == ""


def test_one_paragraph_per_line_is_left_alone() -> None:
    text = (ROOT / REPORTS[1]).read_text(encoding="utf-8")
    paragraphs = split_paragraphs(text)
    assert join_wrapped(paragraphs) == paragraphs


def test_title_cut_after_a_title_word_is_joined_and_stops_before_the_preamble() -> None:
    report = parse_text("\n".join([
        "北京市某区人民政府关于2024年法治政府建设情况",
        "的报告",
        "2024年，某区坚持依法行政，各项工作取得积极成效。现将有关",
        "情况报告如下：",
        "一、主要举措及成效",
        "1．完善制度。全年审核文件12件。",
    ]))
    assert report.title.replace("\n", "") == "北京市某区人民政府关于2024年法治政府建设情况的报告"
    assert report.preamble.replace("\n", "").endswith("现将有关情况报告如下：")


REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


def test_real_reports_never_run_two_whole_paragraphs_together() -> None:
    if not REAL.is_dir():
        pytest.skip(f"real reports not present at {REAL}")
    for path in sorted(REAL.glob("*.txt")):
        for paragraph in join_wrapped(split_paragraphs(path.read_text(encoding="utf-8"))):
            lines = paragraph.text.split("\n")
            for before, after in zip(lines, lines[1:]):
                # -- a long line ending a sentence, then another long line: two paragraphs --
                assert not (len(before) >= 60 and before.endswith("。") and len(after) >= 60), (path.name, before[-20:])
