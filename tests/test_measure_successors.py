"""A measure's successor: the item of the same lead phrase in the same section, its body
rewritten, wins over a weaker match in another section (a new item there on the same topic)."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.models import Status
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert

_OLD = """松原县2023年度法治政府建设情况报告
一、2023年推进法治政府建设的主要举措和成效
（一）健全行政执法制度
1.规范执法证件管理。全年组织执法人员资格考试2次，新办执法证件96个，注销执法证件31个。
2.加强行政执法监督。开展执法案卷评查，评查案卷210卷，发现问题58个，全部整改到位。
（二）规范行政复议工作
3.落实行政复议听证制度。对案情复杂的9件复议案件组织听证，邀请人大代表、律师参与，听证意见全部纳入决定书。
4.推进复议决定书网上公开。全年公开复议决定书44份，公开率100%。
二、2024年推进法治政府建设的主要安排
一是深化行政复议体制改革。
"""

_NEW = """松原县2024年度法治政府建设情况报告
一、2024年推进法治政府建设的主要举措和成效
（一）健全行政执法制度
1.规范执法证件管理。全年组织执法人员资格考试3次，新办执法证件104个，注销执法证件27个。
2.出台行政复议听证办法。制定《松原县行政复议听证办法》，明确案情复杂的复议案件组织听证的范围和程序。
3.加强行政执法监督。开展执法案卷评查，评查案卷236卷，发现问题41个，全部整改到位。
（二）规范行政复议工作
4.落实行政复议听证制度。围绕“征地补偿安置”“工伤认定”“房屋征收”等争议多发事项，全年举行听证会12场，邀请人大代表参与。
5.推进复议决定书网上公开。全年公开复议决定书51份，公开率100%。
二、2025年推进法治政府建设的主要安排
一是深化行政复议体制改革。
"""


@pytest.mark.parametrize("convert", [str, _T])
def test_the_same_lead_in_the_same_section_is_the_measure_s_successor(convert) -> None:
    comparison = compare(convert(_OLD), convert(_NEW))
    by_old = {m.old.id: m for m in comparison.matches if m.old is not None}
    hearing = by_old["一/(二)/3"]
    assert hearing.new is not None and hearing.new.id == "一/(二)/4"
    assert hearing.status is not Status.MOVED
    rule = next(m for m in comparison.matches if m.new is not None and m.new.id == "一/(一)/2")
    assert rule.status is Status.NEW
