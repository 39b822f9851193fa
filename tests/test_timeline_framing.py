"""A timeline's measures table: the report's frame (今年是…关键一年, 过去一年取得的成绩，是…的结果,
做好今年工作意义重大, the closing couplet) runs through every year, rewritten each time, and is no
measure: folded below the measures and flagged, whatever its run."""

from __future__ import annotations

import json

import opencc
import pytest
from click.testing import CliRunner

from reportdiff.cli import cli

_YEARS = {
    2022: ("今年是“十四五”承上启下的关键一年，做好今年工作意义重大。", "奋斗创造历史，实干成就未来。",
           "12万", "8", "3200", "46", "县委坚强领导"),
    2023: ("今年是全面贯彻党的二十大精神的开局之年，做好政府工作意义重大。", "奋斗铸就辉煌，实干赢得未来。",
           "10万", "10", "3000", "50", "县委正确领导"),
    2024: ("今年是实现“十四五”规划目标任务的关键一年，做好今年工作意义十分重大。", "使命重在担当，实干铸就辉煌。",
           "11万", "9", "3100", "55", "县委统揽全局"),
}


def _report(year: int) -> str:
    opening, closing, area, projects, jobs, roads, lead = _YEARS[year]
    return (f"青川县{year}年政府工作报告\n"
            f"一、{year - 1}年工作回顾\n"
            "（一）产业发展提速。全年新建标准厂房" + area + "平方米，引进工业项目" + projects + "个，"
            "规模以上工业增加值增长7%。\n"
            "（二）民生保障有力。新增城镇就业" + jobs + "人，改造农村公路" + roads + "公里，"
            "新建社区养老服务站6个。\n"
            f"过去一年取得的成绩，是{lead}的结果，是全县人民团结奋斗的结果。"
            "在此，我代表县人民政府，向全县人民表示诚挚感谢！\n"
            f"二、{year}年工作任务\n"
            f"{opening}\n"
            "（一）推动产业升级。新建标准厂房10万平方米，引进工业项目10个，培育规模以上工业企业5家。\n"
            "（二）办好民生实事。新增城镇就业3000人，改造农村公路50公里，新建社区食堂4个。\n"
            f"{closing}\n")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_reports_frame_is_folded_below_the_measures(tmp_path, script) -> None:
    convert = opencc.OpenCC("s2t").convert if script == "traditional" else str
    folder = tmp_path / "reports"
    folder.mkdir()
    for year in _YEARS:
        (folder / f"qingchuan-{year}.txt").write_text(convert(_report(year)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["timeline", str(folder), "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.output
    (body,) = json.loads(result.stdout)["bodies"]
    rows = {lineage["titles"][0]: lineage for lineage in body["measures"]}

    def row(opening: str) -> dict:
        (found,) = [lineage for title, lineage in rows.items() if title.startswith(convert(opening))]
        return found

    frames = [row("今年是"), row("过去一年取得的成绩"), row("奋斗创造历史")]
    measures = [row("产业发展提速"), row("民生保障有力"), row("推动产业升级"), row("办好民生实事")]
    assert all(len(lineage["years"]) == 3 for lineage in frames), frames
    assert all(lineage["framing"] and lineage["folded"] for lineage in frames)
    assert not any(lineage["framing"] or lineage["folded"] for lineage in measures)
    order = [lineage["titles"][0] for lineage in body["measures"]]
    assert max(order.index(m["titles"][0]) for m in measures) < min(order.index(f["titles"][0]) for f in frames)


@pytest.mark.parametrize(("sentences", "plans", "framing"), [
    (["今年是“十五五”开局之年。", "做好今年工作意义重大。"], True, True),
    (["过去一年取得的成绩，是市委坚强领导的结果。", "在此，我代表市人民政府，向全市人民表示衷心感谢！"], False, True),
    (["一年来，我们主要做了以下工作："], False, True),
    # -- a review item opening on the year is a result: 作出…贡献 frames plans only --
    (["过去一年，国防和军队建设取得显著成效。", "军队改革扎实推进。", "成功举办国际赛事，为促进友谊作出重要贡献。"], False, False),
    (["新建标准厂房10万平方米。", "引进工业项目10个。"], True, False),
])
def test_a_measure_frames_when_half_its_sentences_do(sentences, plans, framing) -> None:
    from reportdiff.corpus.timeline import _framing
    from reportdiff.models import Measure, MeasureKind, Role

    measure = Measure(id="一/¶1", kind=MeasureKind.PARAGRAPH, marker="", title=sentences[0], text="".join(sentences),
                      key="", part_id="一", section_id=None, section_title="",
                      role=Role.PLANS if plans else Role.RESULTS, line=1)
    assert _framing([measure]) is framing

