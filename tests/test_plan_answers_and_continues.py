"""A plan that answers a shortcoming can continue a result as well: 完成剩余7处…改造提升工程
goes on from 完成…改造提升工程23处 and takes up …改造提升工程推进较慢. The shortcoming repeating
the result's words must not make those words look common to the plan's result links
(plans.analyse_plans weighs the links over the results and the plans)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli
from reportdiff.parse import parse_text
from reportdiff.plans import analyse_plans

_T = OpenCC("s2t")

_REPORT = """青山县水利局2025年工作总结和2026年工作计划

一、2025年工作总结

（一）水利基础设施不断完善。一是新建小型水库除险加固项目6座。二是完成农村供水管网改造提升工程23处。三是治理水土流失面积12平方公里。

（二）河湖管理持续加强。一是开展河道采砂专项整治行动。二是清理河道垃圾1.2万吨。

二、存在问题

{problems}

三、2026年工作计划

一是新建高效节水灌溉面积2万亩。二是完成剩余7处农村供水管网改造提升工程。三是开展幸福河湖创建。
"""
_PROBLEMS = "一是农村供水管网改造提升工程推进较慢。二是河湖管护人员力量不足。"
_OTHER_PROBLEMS = "一是水旱灾害防御能力仍需增强。二是河湖管护人员力量不足。"


def _text(script: str, problems: str = _PROBLEMS) -> str:
    text = _REPORT.format(problems=problems)
    return _T.convert(text) if script == "t" else text


def _record(analysis, words: str):
    return next(r for r in analysis.plans if words in r.plan.text)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_plan_answering_a_shortcoming_still_continues_its_result(script) -> None:
    analysis = analyse_plans(parse_text(_text(script)))
    plan = _record(analysis, _T.convert("剩余7处") if script == "t" else "剩余7处")
    assert plan.status == "continues"
    assert [link.measure.id for link in plan.results] == ["一/(一)/二是"]
    # -- …and it answers the shortcoming all the same: both links kept --
    answer = next(s for s in analysis.shortcomings if s.measure.id == "二/一是")
    assert [p.id for p in answer.answered_by] == [plan.plan.id]
    # -- the result it continues is no result left behind --
    assert "一/(一)/二是" not in {n.measure.id for n in analysis.not_carried}


@pytest.mark.parametrize("script", ["s", "t"])
def test_the_same_link_with_or_without_the_shortcoming(script) -> None:
    # -- the control: the problems name other work, so nothing but the result holds the words --
    with_problem = analyse_plans(parse_text(_text(script)))
    without = analyse_plans(parse_text(_text(script, _OTHER_PROBLEMS)))
    words = _T.convert("剩余7处") if script == "t" else "剩余7处"
    linked = [(link.measure.id, link.similarity) for link in _record(with_problem, words).results]
    assert linked and linked == [(link.measure.id, link.similarity) for link in _record(without, words).results]
    # -- an unrelated plan stays new, and answers nothing --
    new = _record(with_problem, _T.convert("幸福河湖") if script == "t" else "幸福河湖")
    assert new.status == "new" and not new.results


def test_plans_json_through_the_cli(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(_text("s"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["plans", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    plan = next(p for p in document["plans"] if p["plan"]["id"] == "三/二是#1")
    assert plan["status"] == "continues"
    assert [r["id"] for r in plan["results"]] == ["一/(一)/二是"]
    answered = {s["id"]: s["answered_by"] for s in document["shortcomings"]}
    assert answered["二/一是"] == ["三/二是#1"]
