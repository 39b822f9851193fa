"""A list of （一） lines each one whole sentence with nothing under it (a 法治 report's plans:
（一）加快推进…修订，完成…10件以上。 / （二）开展…评估。) is a list of measures written with section
markers: each a measure carrying its body on its line, counted, listed and shown as one; the
plans' lead before them is the part's lead. One such line among sections with bodies stays a
heading."""

from __future__ import annotations

import json

import opencc
import pytest
from click.testing import CliRunner

from reportdiff.cli import cli
from reportdiff.models import BlockKind, MeasureKind, Role
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render.text import render_text

OLD = """某省水利厅2024年法治政府建设年度报告

一、2024年推进法治政府建设的主要举措和成效

（一）完善水利法规制度。全年审核规范性文件26件，清理废止规范性文件9件。

（二）严格水行政执法。全年查处水事违法案件412件。

二、党政主要负责人履行推进法治建设第一责任人职责情况

厅主要负责同志认真履行第一责任人职责，主持召开党组会议专题研究法治工作3次。

三、2025年工作打算

2025年，省水利厅将坚持依法治水，重点做好以下工作：

（一）推动《河道管理条例》修订，完成地方标准制修订8项以上。

（二）开展河湖执法专项行动，培训水行政执法人员1500人次。

（三）建设水利法治文化示范点。
"""

NEW = """某省水利厅2025年法治政府建设年度报告

一、2025年推进法治政府建设的主要举措和成效

（一）完善水利法规制度。全年审核规范性文件31件，清理废止规范性文件6件。

（二）严格水行政执法。全年查处水事违法案件455件，开展河湖执法专项行动。

二、党政主要负责人履行推进法治建设第一责任人职责情况

厅主要负责同志认真履行第一责任人职责，主持召开党组会议专题研究法治工作4次。

三、2026年工作打算

2026年，省水利厅将以“十五五”开局为契机，重点做好以下工作：

（一）推动《河道管理条例》修订出台，完成地方标准制修订10项以上。

（二）建设水利法治文化示范点。

（三）出台水行政处罚裁量基准。
"""

_T = opencc.OpenCC("s2t").convert


def _text(text: str, script: str) -> str:
    return text if script == "s" else _T(text)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_list_of_one_sentence_sections_is_a_list_of_measures(script: str) -> None:
    report = parse_text(_text(OLD, script), "2024.txt")
    plans = next(part for part in report.parts if part.role is Role.PLANS)
    assert [section.id for section in plans.sections] == ["三/(一)", "三/(二)", "三/(三)"]
    for section in plans.sections:
        assert [(m.id, m.kind, m.role) for m in section.measures] == [(section.id, MeasureKind.HEADING, Role.PLANS)]
        assert section.is_sentence()
        # -- its line is a measure in the outline, no heading --
        assert [b.kind for b in report.blocks if b.id == section.id] == [BlockKind.MEASURE]
    assert plans.sections[2].measures[0].text == _text("建设水利法治文化示范点。", script)
    # -- the plans' opening paragraph now leads into numbered work: the part's lead --
    assert [m.id for m in report.measures if m.lead] == ["三/¶1"]
    # -- each line is a plan sentence --
    assert [p.id for p in report.plan_sentences if p.id.startswith("三/(")] == ["三/(一)#1", "三/(二)#1", "三/(三)#1"]
    # -- the review's sections, titled and with bodies, are unchanged --
    review = report.parts[0]
    assert [section.title for section in review.sections] == [_text("完善水利法规制度", script), _text("严格水行政执法", script)]
    assert not any(section.is_sentence() for section in review.sections)


@pytest.mark.parametrize("script", ["s", "t"])
def test_one_sentence_section_alone_among_sections_with_bodies_stays_a_heading(script: str) -> None:
    text = _text("""某市2025年法治政府建设年度报告

一、2026年工作打算

（一）深化法治宣传教育。

1.开展“九五”普法启动工作。

2.建设法治文化阵地5个。

（二）提升执法规范化水平

1.开展执法案卷评查。
""", script)
    report = parse_text(text, "2025.txt")
    first = report.parts[0].sections[0]
    assert [m.id for m in first.measures] == ["一/(一)/1", "一/(一)/2"]
    assert [b.kind for b in report.blocks if b.id == "一/(一)"] == [BlockKind.SECTION]


@pytest.mark.parametrize("script", ["s", "t"])
def test_new_and_dropped_plans_are_counted_and_listed(script: str) -> None:
    comparison = compare(parse_text(_text(OLD, script), "2024.txt"), parse_text(_text(NEW, script), "2025.txt"))
    by_status = {(m.status.value, (m.new or m.old).id) for m in comparison.matches}
    assert ("new", "三/(三)") in by_status  # 出台水行政处罚裁量基准
    assert ("dropped", "三/(二)") in by_status  # 开展河湖执法专项行动…
    assert comparison.summary["new"] == 1 and comparison.summary["dropped"] == 1
    # -- the renumbered plan (（三）→（二）) is the same measure --
    assert any(m.old is not None and m.new is not None and m.old.id == "三/(三)" and m.new.id == "三/(二)"
               for m in comparison.matches)
    # -- the lead is shown as the lead, not counted among the changes --
    lead = next(m for m in comparison.matches if m.new is not None and m.new.id == "三/¶1")
    assert lead.lead
    text = render_text(comparison)
    # -- the plans are no headings: their changes are said once, as measures --
    headings = text.split("== 标题与导语", 1)[1].split("\n\n", 1)[0] if "== 标题与导语" in text else ""
    assert "三、（" not in headings
    assert _text("出台水行政处罚裁量基准", script) in text.split("== 新增", 1)[1].split("\n\n", 1)[0]


def test_cli_json_lists_the_plans_as_measures(tmp_path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(_T(NEW), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    measures = {(m["status"], (m["new"] or m["old"])["id"]): m for m in data["measures"]}
    assert ("new", "三/(三)") in measures and ("dropped", "三/(二)") in measures
    assert measures[("new", "三/(三)")]["new"]["kind"] == "heading"
    lead = next(m for m in data["measures"] if (m["new"] or {}).get("id") == "三/¶1")
    assert lead["lead"] is True
    assert data["summary"]["new"] == 1 and data["summary"]["dropped"] == 1


COUNTY = """云岭县政府工作报告
——{year}年1月12日在云岭县第十八届人民代表大会第{n}次会议上
各位代表：
一、{last}年工作回顾
过去一年，我们坚持稳中求进工作总基调，全县经济社会保持平稳健康发展。
（一）产业发展提质增效。新增规上工业企业{firms}家。
二、{year}年工作安排
{year}年是{what}，全县经济社会发展的主要预期目标是：地区生产总值增长{gdp}左右。
重点抓好以下工作：
（一）做强工业经济。新增规上工业企业30家以上。
（二）建设宜居县城。完成老旧小区改造{estates}个。
"""


def _county(year: int, script: str) -> str:
    values = {2025: dict(what="“十四五”规划收官之年", gdp="6%", firms=28, estates=20, n="五"),
              2026: dict(what="“十五五”规划开局之年", gdp="5.5%", firms=31, estates=24, n="六")}[year]
    return _text(COUNTY.format(year=year, last=year - 1, **values), script)


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_line_that_only_announces_the_list_is_no_measure(script: str) -> None:
    report = parse_text(_county(2026, script), "2026.txt")
    announcing = _text("重点抓好以下工作：", script)
    assert not any(announcing in m.text for m in report.measures)
    assert not any(announcing in p.text for p in report.plan_sentences)
    # -- kept in the outline where it stood; the part's lead is the paragraph above it --
    assert any(b.kind is BlockKind.OTHER and b.text == announcing for b in report.blocks)
    assert [m.id for m in report.measures if m.lead] == ["一/¶1", "二/¶1"]
    assert [m.id for m in report.parts[1].all_measures()] == ["二/¶1", "二/(一)", "二/(二)"]
    comparison = compare(parse_text(_county(2025, script), "2025.txt"), report)
    # -- neither continued nor modified: nothing of it is counted --
    assert not any(announcing in (m.new or m.old).text for m in comparison.matches)
    assert comparison.summary["continued"] == 1  # （一）做强工业经济… only


def test_place_tells_a_lead_from_a_lone_paragraph() -> None:
    from reportdiff import display

    assert display.place("三/¶1") == "三、导语"  # -- by its id alone: a part's opening paragraph --
    assert display.place("三/¶1", lead=True) == "三、导语"
    assert display.place("三/¶1", lead=False) == "三、第1段"
    assert display.place("三/¶1", "en", lead=False) == "三. para. 1"
    assert display.place("三/¶2", lead=False) == "三、第2段"


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_parts_only_paragraph_is_its_first_paragraph_not_its_lead(script: str) -> None:
    comparison = compare(parse_text(_text(OLD, script), "2024.txt"), parse_text(_text(NEW, script), "2025.txt"))
    text = render_text(comparison)
    # -- the leadership part is one paragraph: 第1段, a measure counted as modified --
    assert "二、导语" not in text
    modified = text.split("== 修改", 1)[1].split("\n\n", 1)[0]
    assert "\n二、第1段  " in modified
    # -- the plans' opening paragraph does lead into its numbered work --
    assert "\n三、导语  " in text.split("== 导语", 1)[1].split("\n\n", 1)[0]
    # -- the same label beside the figures and expressions found in it --
    from reportdiff.render.html import render_html

    html = render_html(comparison)
    assert "二、导语" not in html and "二、第1段" in html


@pytest.mark.parametrize("script", ["s", "t"])
def test_an_announcing_line_that_opens_the_part_is_its_lead(script: str) -> None:
    """Opening the plans part, 2025年，…重点做好以下工作： is the part's lead, paired with next
    year's lead however reworded, neither counted nor new."""
    old = OLD.replace("2025年，省水利厅将坚持依法治水，重点做好以下工作：", "2025年，省水利厅将重点做好以下工作：")
    old_report = parse_text(_text(old, script), "2024.txt")
    assert [m.id for m in old_report.measures if m.lead] == ["三/¶1"]
    comparison = compare(old_report, parse_text(_text(NEW, script), "2025.txt"))
    lead = next(m for m in comparison.matches if m.new is not None and m.new.id == "三/¶1")
    assert lead.old is not None and lead.old.id == "三/¶1" and lead.old.lead and lead.new.lead
    assert comparison.summary["new"] == 1 and comparison.summary["dropped"] == 1
