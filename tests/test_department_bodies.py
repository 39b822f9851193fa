"""Departments as bodies: a bureau's name keeps its 和 (林业和草原局, 住房和城乡建设局), and a
division of it (政策法规处) writing its own 工作总结和工作计划 is a body of its own beside the
bureau's 法治政府建设年度报告."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.bodies import core, named_body, same_body
from reportdiff.corpus.cache import ReportStore
from reportdiff.corpus.discover import discover
from reportdiff.pipeline import load_report

_T = opencc.OpenCC("s2t").convert
_S = opencc.OpenCC("t2s").convert

BUREAU = ("海川省住房和城乡建设厅{year}年法治政府建设年度报告\n{year}年，省住房和城乡建设厅深入学习贯彻习近平法治思想。\n"
          "一、{year}年推进法治政府建设的主要举措和成效\n1.规范行政执法。全年办理行政处罚案件{cases}件。\n"
          "二、存在的不足和原因\n执法力量不足。\n三、{plan}年推进法治政府建设的主要安排\n一是开展执法培训。培训执法人员300人次。\n")
DIVISION = ("海川省住房和城乡建设厅法规处{year}年工作总结和{plan}年工作计划\n一、{year}年工作总结\n"
            "（一）立法工作。完成《海川省物业管理条例》立法调研。\n二、存在的问题\n人员力量不足。\n"
            "三、{plan}年工作计划\n（一）推进立法。推动《海川省物业管理条例》提请审议。\n")


@pytest.mark.parametrize("convert", [str, _T])
def test_a_bureaus_name_keeps_its_and(convert) -> None:
    report = load_report(convert(BUREAU.format(year=2025, plan=2026, cases=120)))
    assert _S(named_body(report)) == "海川省住房和城乡建设厅"


@pytest.mark.parametrize("convert", [str, _T])
def test_a_division_is_no_bureau(convert) -> None:
    division = named_body(load_report(convert(DIVISION.format(year=2025, plan=2026))))
    bureau = named_body(load_report(convert(BUREAU.format(year=2025, plan=2026, cases=120))))
    assert _S(division) == "海川省住房和城乡建设厅法规处"
    assert _S(core(division)) == "海川省住房和城乡建设厅法规处"
    assert not same_body(division, bureau)
    # -- what a title adds after a bureau's name is still no division of it --
    assert same_body("海川省住房和城乡建设厅", "海川省住房和城乡建设厅推进")


def test_a_folder_of_a_bureau_and_its_division_holds_two_bodies(tmp_path) -> None:
    for year, cases in ((2024, 110), (2025, 120)):
        (tmp_path / f"bureau-{year}.txt").write_text(BUREAU.format(year=year, plan=year + 1, cases=cases), encoding="utf-8")
    (tmp_path / "division-2025.txt").write_text(_T(DIVISION.format(year=2025, plan=2026)), encoding="utf-8")
    corpus = discover(tmp_path, ReportStore(use_cache=False).load)
    bodies = {}
    for entry in corpus.entries:
        bodies.setdefault(_S(entry.body), []).append(entry.year)
    assert bodies == {"海川省住房和城乡建设厅": [2024, 2025], "海川省住房和城乡建设厅法规处": [2025]}, bodies


@pytest.mark.parametrize("convert", [str, _T])
def test_a_divisions_signature_is_no_measure(convert) -> None:
    """The 落款 of a division (…厅法规处 / the date) closes the report: no measure of its plans."""
    text = DIVISION.format(year=2025, plan=2026) + "海川省住房和城乡建设厅法规处\n2025年12月26日\n"
    report = load_report(convert(text))
    assert [m.title for m in report.measures if m.part_id == "三"] == [convert("推进立法")]
    assert not any(convert("法规处") in s.text for s in report.plan_sentences)
