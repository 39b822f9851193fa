"""The shared words a plan's link shows are words both texts write: a concept matched (大气污染防治
of 蓝天保卫战 and 空气质量, 政务服务 of 一件事) is shown by its forms there, never by its name, which
may be in neither text; and the plans page marks them on both sides (<mark class="shared">), even
where the redline takes the rewrite as a whole."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from reportdiff.cli import cli
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.plans import analyse_plans
from reportdiff.render.plans_render import render_plans_html

_T = OpenCC("s2t")

_REPORT = """东川市生态环境局2025年工作总结和2026年工作计划

一、2025年工作总结

（一）大气环境持续改善。一是空气质量稳步提升，完成钢铁企业超低排放改造3家。二是全年优良天数比例达到88.1%，同比上升2个百分点。

（二）政务服务提质增效。一是推进环评审批“一件事”集成改革，审批时限压缩40%。二是开展执法帮扶企业120家次。

二、2026年工作计划

一是坚决打好蓝天保卫战，推进钢铁企业超低排放改造。二是持续深入治理扬尘，优良天数比例保持在88%以上。三是深化环评审批“一件事”改革。四是开展美丽东川建设规划编制。
"""


def _text(script: str) -> str:
    return _T.convert(_REPORT) if script == "t" else _REPORT


def _links(analysis) -> dict[str, object]:
    return {record.plan.id: link for record in analysis.plans for link in record.results}


@pytest.mark.parametrize("script", ["s", "t"])
def test_shown_words_are_written_by_both_texts(script) -> None:
    analysis = analyse_plans(parse_text(_text(script)))
    links = _links(analysis)
    assert set(links) == {"二/一是#1", "二/二是#1", "二/三是#1"}
    plans = {record.plan.id: record.plan for record in analysis.plans}
    for plan_id, link in links.items():
        plan, result = key(plans[plan_id].text), key(link.sentence)
        for term in link.shared_terms:
            mine, _, theirs = term.partition("≈")
            # -- a word of both, or a concept's two forms, each in its own text --
            assert mine in plan and (theirs or mine) in result, (plan_id, term)
        # -- no concept's name, which neither text writes --
        assert not {"大气污染防治", "政务服务"} & set(link.shared_terms)
    # -- the battle named in the plan and the air quality the result measures: one concept, two forms --
    assert "蓝天保卫战≈空气质量" in links["二/一是#1"].shared_terms
    # -- the form both write is shown once, not again inside a longer word (优良 of 优良天数) --
    assert "优良天数" in links["二/二是#1"].shared_terms
    assert "优良" not in links["二/二是#1"].shared_terms


@pytest.mark.parametrize("script", ["s", "t"])
def test_the_plans_page_marks_the_shared_words(script) -> None:
    analysis = analyse_plans(parse_text(_text(script)))
    html = render_plans_html(analysis)
    write = (lambda text: _T.convert(text)) if script == "t" else (lambda text: text)
    for number, record in enumerate(analysis.plans, 1):
        card = html.split(f'id="plan-{number}"', 1)[1].split("</section>", 1)[0]
        if not record.results:
            assert "<mark" not in card
            continue
        plan_marks = [unescape(m) for m in re.findall(r'<p class="text"[^>]*>.*?</p>', card, re.S)]
        result_marks = [unescape(m) for m in re.findall(r'<p class="rtext">.*?</p>', card, re.S)]
        # -- the marked runs still spell the plan and the result sentence exactly --
        assert re.sub(r"<[^>]+>", "", plan_marks[0]) == record.plan.text
        marked_plan = "".join(re.findall(r'<mark class="shared">(.*?)</mark>', plan_marks[0]))
        marked_result = "".join(re.findall(r'<mark class="shared">(.*?)</mark>', result_marks[0]))
        for term in record.results[0].shared_terms:
            mine, _, theirs = term.partition("≈")
            assert key(write(mine)) in key(marked_plan) and key(write(theirs or mine)) in key(marked_result), term
    # -- the rewrite the redline takes whole still shows 优良天数 marked on both sides --
    card = html.split('id="plan-2"', 1)[1].split("</section>", 1)[0]
    assert card.count(f'<mark class="shared">{write("优良天数比例")}</mark>') == 2
    # -- a concept's two forms, each marked on its own side --
    card = html.split('id="plan-1"', 1)[1].split("</section>", 1)[0]
    assert f'<mark class="shared">{write("蓝天保卫战")}</mark>' in card
    assert f'<mark class="shared">{write("空气质量")}</mark>' in card


def test_plans_json_lists_the_written_words(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(_REPORT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["plans", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    terms = {p["plan"]["id"]: r["shared_terms"] for p in document["plans"] for r in p["results"]}
    assert "政务服务" not in terms["二/三是#1"] and "一件事" in terms["二/三是#1"]
    assert "大气污染防治" not in terms["二/一是#1"]
