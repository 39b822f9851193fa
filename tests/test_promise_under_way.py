"""A plan to build a work that the review reports begun or topped out only (主体完工, 加快推进…建设),
or that the report itself says is not done yet (…尚未建成), is under way: shown 推进中 / under way
in every format, not 未达目标 / short of target, which is a figure's. A figure missed stays short of
target.

The reports are written for the test in the shape of a county 政府工作报告, both scripts.
"""

from __future__ import annotations

import io
import json

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare
from reportdiff.render import render

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _county(year: int, review: str, problems: str, plan: str) -> str:
    return (f"{year}年临溪县人民政府工作报告\n——{year}年1月16日在临溪县第十八届人民代表大会第{year - 2021}次会议上\n"
            f"各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、{year - 1}年工作回顾\n"
            f"（一）重大项目建设。{review}\n{problems}二、{year}年工作任务\n（一）扩大有效投资。{plan}\n")


OLD = _county(2025, "全年完成固定资产投资86亿元。", "",
              "建成滨江全民健身中心。建成城北污水处理厂。建成城乡供水一体化工程。地区生产总值增长7%左右。")
NEW = _county(2026, "滨江全民健身中心主体完工。加快推进城北污水处理厂建设。地区生产总值增长5.2%。",
              "在肯定成绩的同时，我们也清醒看到，发展中还存在一些困难和问题：城乡供水一体化工程尚未建成，"
              "群众饮水保障仍有短板；财政收支矛盾较为突出。\n",
              "建成城北污水处理厂。")


def _statuses(script) -> dict[str, str]:
    comparison = compare(script(OLD), script(NEW), expressions=False)
    return {p.plan.text: p.shown_status for p in comparison.promises}


@SCRIPTS
def test_works_begun_or_not_yet_built_are_under_way(script) -> None:
    assert _statuses(script) == {script("建成滨江全民健身中心。"): "under_way",
                                 script("建成城北污水处理厂。"): "under_way",
                                 script("建成城乡供水一体化工程。"): "under_way",
                                 # -- a figure missed is still short of its target --
                                 script("地区生产总值增长7%左右。"): "short_of"}


@SCRIPTS
def test_under_way_in_json_keeps_status_and_short_of(script) -> None:
    promises = json.loads(render(compare(script(OLD), script(NEW), expressions=False), "json"))["promises"]
    by_plan = {p["plan"]["text"]: p for p in promises}
    begun = by_plan[script("建成滨江全民健身中心。")]
    assert begun["status"] == "not_reported" and begun["under_way"] is True
    assert script("主体完工") in begun["short_of"][0]["sentence"]
    missed = by_plan[script("地区生产总值增长7%左右。")]
    assert missed["short_of"] and "under_way" not in missed


@SCRIPTS
@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_under_way_is_shown_in_every_format(script, fmt: str) -> None:
    comparison = compare(script(OLD), script(NEW), expressions=False)
    shown, english = render(comparison, fmt), render(comparison, fmt, lang="en")
    assert shown.count("推进中") >= 3 and "under way" in english
    # -- only the figure is short of target (in HTML: its filter, its badge, its result) --
    assert shown.count("未达目标") == (3 if fmt == "html" else 1)
    if fmt == "html":
        assert 'data-pfilter="under_way"' in shown and 'class="badge ps-under_way"' in shown


@SCRIPTS
def test_under_way_in_the_docx_summary_and_check(script, tmp_path) -> None:
    from click.testing import CliRunner
    from docx import Document

    from reportdiff.cli import cli

    (tmp_path / "2025.txt").write_text(script(OLD), encoding="utf-8")
    (tmp_path / "2026.txt").write_text(script(NEW), encoding="utf-8")
    out = tmp_path / "diff.docx"
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "2025.txt"), str(tmp_path / "2026.txt"),
                                      "-o", str(out), "--summary"])
    assert result.exit_code == 0, result.output
    document = Document(io.BytesIO(out.read_bytes()))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert cells.count("⋯ 推进中") >= 3, cells
    checked = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert checked.output.count("推进中") >= 3 and checked.output.count("未达成") == 1, checked.output


@SCRIPTS
def test_a_work_the_report_says_is_still_being_pushed_is_under_way(script) -> None:
    new = NEW.replace("城乡供水一体化工程尚未建成", "城乡供水一体化工程仍在推进")
    comparison = compare(script(OLD), script(new), expressions=False)
    [found] = [p for p in comparison.promises if p.plan.text == script("建成城乡供水一体化工程。")]
    assert found.shown_status == "under_way" and script("仍在推进") in found.short_of[0].sentence
