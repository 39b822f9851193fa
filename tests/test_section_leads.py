"""One year writes a section's heading and its lead text on one line (（一）heading。lead…), the other
puts the heading on a line of its own and the lead below it. Where the sections pair, the lead
pairs with the lead: the section is renamed, never renamed and dropped at once."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.models import Status
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert

ONE_LINE = """{year}年江川市人民政府工作报告
一、{last}年工作回顾
全市地区生产总值增长5.2%，城镇新增就业4.1万人。
二、{year}年重点工作
（一）大力实施乡村振兴战略。科学编制村庄规划，健全城乡融合发展体制机制，让农业成为有奔头的产业。
推进农业结构调整。新建高标准农田5万亩，发展特色种植3万亩。
深化农村改革。完成农村集体产权制度改革，扩大宅基地制度改革试点。
（二）加快建设创新型城市。围绕产业链部署创新链，全社会研发投入增长10%以上。
强化企业创新主体地位。新增高新技术企业120家，建设省级研发平台15个。
"""

OWN_LINE = """{year}年江川市人民政府工作报告
一、{last}年工作回顾
全市地区生产总值增长5.0%，城镇新增就业4.3万人。
二、{year}年重点工作
（一）扎实推进乡村振兴
坚持农业农村优先发展，统筹抓好粮食生产和农民增收，守住不发生规模性返贫底线。
推进农业结构调整。新建高标准农田4万亩，发展特色种植3.5万亩。
深化农村改革。稳妥推进宅基地制度改革试点，发展新型农村集体经济。
（二）加快建设创新型城市
坚持创新在现代化建设全局中的核心地位，全社会研发投入增长8%以上。
强化企业创新主体地位。新增高新技术企业150家，建设省级研发平台12个。
"""


def _texts(old: str, new: str, script) -> tuple[str, str]:
    return (script(old.format(year=2027, last=2026)), script(new.format(year=2028, last=2027)))


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("old, new", [(ONE_LINE, OWN_LINE), (OWN_LINE, ONE_LINE)], ids=["to_own_line", "to_one_line"])
def test_the_lead_on_the_headings_line_pairs_with_the_lead_below_it(old: str, new: str, script) -> None:
    comparison = compare(*_texts(old, new, script))
    sections = {(s.old.id if s.old else None, s.new.id if s.new else None) for s in comparison.sections}
    assert {("二/(一)", "二/(一)"), ("二/(二)", "二/(二)")} <= sections
    plans = [m for m in comparison.matches if (m.old or m.new).part_id == "二"]
    # -- nothing of the plans is new or dropped: the leads pair with each other --
    assert not [m for m in plans if m.status in (Status.NEW, Status.DROPPED)], \
        [(m.status, (m.old or m.new).id) for m in plans]
    one_line = "old" if old is ONE_LINE else "new"
    leads = {getattr(m, one_line).id: getattr(m, "new" if one_line == "old" else "old").id
             for m in plans if m.old and m.new}
    assert leads["二/(一)"] == "二/(一)/¶1" and leads["二/(二)"] == "二/(二)/¶1"


# -- sections paired by their measures whose openings tell of different things: the leads stay apart --

ONE_LINE_OTHER = """{year}年江川市人民政府工作报告
一、{last}年工作回顾
全市地区生产总值增长5.2%，城镇新增就业4.1万人。
二、{year}年重点工作
（一）加大生态环境保护治理力度。加快改善空气质量，是人民群众的迫切愿望。
打好蓝天保卫战。细颗粒物平均浓度下降5%，淘汰燃煤小锅炉120台。
加强水污染防治。完成黑臭水体整治15条，新建污水管网80公里。
"""

OWN_LINE_OTHER = """{year}年江川市人民政府工作报告
一、{last}年工作回顾
全市地区生产总值增长5.0%，城镇新增就业4.3万人。
二、{year}年重点工作
（一）坚决打好三大攻坚战
要围绕完成年度攻坚任务，明确各方责任，推动重大风险防范化解、精准脱贫取得扎实进展。
打好蓝天保卫战。细颗粒物平均浓度下降4%，淘汰燃煤小锅炉90台。
加强水污染防治。完成黑臭水体整治12条，新建污水管网60公里。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("old, new", [(ONE_LINE_OTHER, OWN_LINE_OTHER), (OWN_LINE_OTHER, ONE_LINE_OTHER)],
                         ids=["to_own_line", "to_one_line"])
def test_leads_sharing_nothing_stay_new_and_dropped(old: str, new: str, script) -> None:
    comparison = compare(*_texts(old, new, script))
    sections = {(s.old.id if s.old else None, s.new.id if s.new else None) for s in comparison.sections}
    assert ("二/(一)", "二/(一)") in sections
    one_line = "old" if old is ONE_LINE_OTHER else "new"
    lead = {"二/(一)"} if one_line == "old" else {"二/(一)/¶1"}
    paired = {m.old.id for m in comparison.matches if m.old and m.new}
    assert not lead & paired, [(m.status, m.old.id, m.new.id) for m in comparison.matches if m.old and m.new]
    statuses = {m.status for m in comparison.matches if (m.old or m.new).part_id == "二" and not (m.old and m.new)}
    assert statuses == {Status.NEW, Status.DROPPED}
