"""A part's lead (导语) of a 政府工作报告: shown as the part's lead, not counted as a measure."""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest

from reportdiff.parse import parse_text
from reportdiff.pipeline import compare
from reportdiff.render.json import render_json
from reportdiff.render.markdown import render_markdown
from reportdiff.render.text import render_text
from reportdiff.render.html import render_html

OLD = """政府工作报告
——2024年3月5日在市第十六届人民代表大会第四次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，我们坚持稳中求进工作总基调，全市经济回升向好，较好完成了市十六届人大三次会议确定的目标任务。
（一）全力稳住经济大盘。地区生产总值增长5.1%，新开工重大项目120个。
（二）持续改善民生。城镇新增就业5.2万人，新建改建农村公路300公里。
二、2024年政府工作任务
今年是实施“十四五”规划的关键一年，做好政府工作，要坚持稳中求进，推动高质量发展。
（一）扩大有效投资。新开工重大项目130个以上。
（二）办好民生实事。新建养老服务中心20个。
"""

NEW = """政府工作报告
——2025年3月4日在市第十六届人民代表大会第五次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，面对外部压力加大、内部困难增多的复杂局面，我们迎难而上，全市经济稳中有进。
（一）全力稳住经济大盘。地区生产总值增长5.3%，新开工重大项目132个。
（二）持续改善民生。城镇新增就业5.4万人，建成养老服务中心21个。
二、2025年政府工作任务
今年是“十四五”规划收官之年，做好政府工作，要坚持稳中求进，统筹发展和安全。
（一）扩大有效投资。新开工重大项目140个以上。
（二）办好民生实事。新建社区食堂30个。
"""

def summary_total(comparison) -> int:
    return sum(comparison.summary[s] for s in ("new", "continued", "modified", "moved", "dropped"))


_T = opencc.OpenCC("s2t").convert


@pytest.mark.parametrize("script", ["s", "t"])
def test_a_part_opens_on_its_lead(script: str) -> None:
    text = NEW if script == "s" else _T(NEW)
    report = parse_text(text, "2025.txt")
    leads = [m.id for m in report.measures if m.lead]
    assert leads == ["一/¶1", "二/¶1"]
    # -- the sections' measures are none --
    assert not any(m.lead for m in report.measures if m.section_id)


@pytest.mark.parametrize("script", ["s", "t"])
def test_leads_are_shown_not_counted(script: str) -> None:
    old, new = (OLD, NEW) if script == "s" else (_T(OLD), _T(NEW))
    comparison = compare(old, new)
    leads = [m for m in comparison.matches if m.lead]
    # -- the review's lead rewritten (过去一年… each other's only near leftover: paired) and the
    #    plans' paired: neither counted --
    assert sorted((m.old.id if m.old else "", m.new.id if m.new else "") for m in leads) == [
        ("一/¶1", "一/¶1"), ("二/¶1", "二/¶1")]
    counted = [m for m in comparison.matches if not m.lead]
    assert summary_total(comparison) == len(counted) == 4
    summary = comparison.summary
    assert sum(summary[s] for s in ("new", "continued", "modified", "moved", "dropped")) == len(counted)
    data = json.loads(render_json(comparison))
    marked = [m for m in data["measures"] if m.get("lead")]
    assert len(marked) == 2 and all((m["new"] or m["old"]).get("lead") for m in marked)
    assert all(not m.get("lead") for m in data["measures"] if m not in marked)
    for rendered in (render_text(comparison), render_markdown(comparison), render_html(comparison)):
        assert "导语" in rendered
    english = render_text(comparison, lang="en")
    assert "== Lead (2) ==" in english


def test_a_rule_of_law_report_keeps_its_paragraphs_as_measures_but_the_lead_into_numbered_work() -> None:
    # -- a 法治 part's paragraph before its （一） leads into it (test_heading_leads.py); the
    #    shortcomings part's one paragraph and a part of paragraphs only are measures --
    text = ("某区2024年法治政府建设年度报告\n一、2024年法治政府建设主要举措及成效\n"
            "全区全面推进依法行政，制定行政规范性文件5件。\n（一）加强组织领导。召开常务会议学法4次。\n"
            "二、存在的不足\n执法队伍专业化水平有待提高。\n三、2025年工作安排\n完善规范性文件管理制度。\n"
            "开展以案释法活动10场次。\n")
    report = parse_text(text, "2024.txt")
    assert [m.id for m in report.measures if m.lead] == ["一/¶1"]


_REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.mark.skipif(not _REAL.is_dir(), reason="../shared/real is absent")
def test_real_pair_counts_drop_by_the_leads_only() -> None:
    old, new = (_REAL / f"guowuyuan-zfgzbg-{year}-s.txt" for year in (2016, 2017))
    comparison = compare(old, new)
    leads = [m for m in comparison.matches if m.lead]
    # -- every part of both reports opens on a lead --
    assert {m.new.id for m in leads if m.new} == {"一/¶1", "二/¶1", "三/¶1"}
    assert sum(comparison.summary[s] for s in ("new", "continued", "modified", "moved", "dropped")) \
        == len(comparison.matches) - len(leads)
