"""A phase of a work (二期工程, 地铁3号线二期) names it, it is no count of 期; a work begun (开工建设)
or topped out (主体完工) is work done, delivering a plan to start it or to build it, not one to
have it built (建成)."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.kinds import reports_done
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize("text", ["建成南湖污水处理厂二期工程。", "开工建设城市轨道交通3号线二期。",
                                  "推进港区二期、三期项目建设。", "实施滨江公园二期改造。"])
def test_a_phase_is_no_count(script, text: str) -> None:
    assert not [f for f in extract_figures(script(text)) if f.unit == "期"]


@SCRIPTS
@pytest.mark.parametrize(("text", "value"), [("举办法治培训班三期。", 3), ("编发法治简报12期。", 12)])
def test_sessions_and_issues_are_still_counts(script, text: str, value: int) -> None:
    assert [f.value for f in extract_figures(script(text)) if f.unit == "期"] == [value]


@SCRIPTS
def test_works_begun_or_topped_out_are_work_done(script) -> None:
    assert reports_done(script("城南学校开工建设，县人民医院新院区主体完工。"))
    assert reports_done(script("开工建设南湖污水处理厂二期工程。"))
    assert not reports_done(script("明年开工建设南湖污水处理厂二期工程。"))


def _city(year: int, review: str, plan: str) -> str:
    return (f"{year}年澄江县人民政府工作报告\n——{year}年1月15日在澄江县第十八届人民代表大会第{year - 2021}次会议上\n"
            f"各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n一、{year - 1}年工作回顾\n"
            f"（一）重大项目建设。{review}\n二、{year}年工作任务\n（一）扩大有效投资。{plan}\n")


@SCRIPTS
def test_a_phase_built_or_begun_against_the_plan(script) -> None:
    old = _city(2025, "全年完成固定资产投资86亿元。",
                "建成南湖污水处理厂二期工程。开工城东物流园三期工程。建设滨江体育馆二期。")
    new = _city(2026, "南湖污水处理厂二期工程主体完工。城东物流园三期工程开工建设。滨江体育馆二期主体完工。",
                "建成南湖污水处理厂二期工程。")
    comparison = compare(script(old), script(new), expressions=False)
    status = {p.plan.text: p.shown_status for p in comparison.promises}
    # -- topped out is under way, not built, and this year's plan builds it again --
    assert status == {script("建成南湖污水处理厂二期工程。"): "under_way",
                      script("开工城东物流园三期工程。"): "delivered",
                      script("建设滨江体育馆二期。"): "delivered"}
    built = next(p for p in comparison.promises if p.shown_status == "under_way")
    assert built.replanned is not None and built.replanned.text == script("建成南湖污水处理厂二期工程。")
    assert not any(f.unit == "期" for f in comparison.figures)
