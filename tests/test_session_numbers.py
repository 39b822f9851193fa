"""The session of a people's congress a report speaks of (县十六届人大三次会议): no figure, and
next year's session is no change of content, as the report's own year is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.diff import Op, redline
from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

WORK = ("县长 王 立 群\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "一、{review}年工作回顾\n"
        "过去一年，较好完成了县十六届人大{held}次会议确定的目标任务。全县完成固定资产投资82.5亿元。\n"
        "二、{plan}年主要任务\n"
        "（一）扎实推进乡村振兴。新建高标准农田2万亩。\n")


def _work_report(year: int, session: str, held: str) -> str:
    return (f"政府工作报告\n{year}年1月{10 + year % 10}日在柳川县第十六届人民代表大会第{session}次会议上\n"
            + WORK.format(review=year - 1, plan=year, held=held))


@pytest.mark.parametrize("text", [
    "较好完成了县十六届人大三次会议确定的目标任务。",
    "較好完成了縣十六屆人大三次會議確定的目標任務。",
    "市十五届人大常委会第二十次会议审议通过。",
    "区七届人大五次全体会议召开。",
])
def test_a_session_is_no_figure(text):
    assert extract_figures(text) == ()


def test_a_count_of_meetings_is_a_figure():
    assert [f.value for f in extract_figures("全年召开常务会议18次。")] == [18]


@pytest.mark.parametrize("traditional", [False, True])
def test_next_session_is_no_change_of_content(traditional):
    import opencc

    old = "较好完成了县十六届人大二次会议确定的目标任务。"
    new = "较好完成了县十六届人大三次会议确定的目标任务。"
    if traditional:
        old, new = (opencc.OpenCC("s2t").convert(t) for t in (old, new))
    runs = redline(old, new, {"2022": "2023"})
    assert [run.op for run in runs] == [Op.EQUAL]
    # -- without the report's year moving on, the session is compared as written --
    assert any(run.op is Op.INSERT for run in redline(old, new))


def test_compare_shows_no_session_figure(tmp_path: Path):
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text(_work_report(2023, "三", "二"), encoding="utf-8")
    new.write_text(_work_report(2024, "四", "三"), encoding="utf-8")
    comparison = compare(old, new)
    assert not [f for f in comparison.figures if "会议" in (f.label or "") or f.unit == "次"]
    review = next(m for m in comparison.matches if m.new is not None and "会议确定" in m.new.text)
    assert not any(run.op is not Op.EQUAL and "次" in run.text for run in review.redlines)
