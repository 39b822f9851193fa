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


_BARE_OLD = """某省交通运输厅2024年法治政府建设年度报告
一、主要举措和成效
（一）严格规范公正文明执法
1.健全执法制度。
（1）修订行政处罚裁量基准，细化裁量情形312项。
（2）推行包容审慎监管，对首次轻微违法行为依法不予处罚案件236件。
2.加强重点领域执法。全年查处道路运输违法案件4820件。治超检测货车126万车次。
二、下一步工作打算
1.深化综合执法改革。
"""

_BARE_NEW = """某省交通运输厅2025年法治政府建设年度报告
一、主要举措和成效
（一）严格规范公正文明执法
1.深化综合执法改革。全省交通运输执法综合管理信息平台上线运行。
2.加强重点领域执法。
（1）全年查处道路运输违法案件5160件。
（2）治超检测货车138万车次。
二、下一步工作打算
1.提升执法规范化水平。
"""


@pytest.mark.parametrize("convert", [str, _T])
def test_a_heading_over_items_is_no_successor_of_another_for_one_shared_word(tmp_path, convert) -> None:
    """1.健全执法制度。 over its (1)(2) items and 2.加强重点领域执法。 over its own share 执法 and
    nothing else: the leftovers of one section, or of one gap, they are no pair (audit30); the
    old heading is dropped, its items with it."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(convert(_BARE_OLD), encoding="utf-8")
    new.write_text(_BARE_NEW, encoding="utf-8")
    comparison = compare(old, new)
    statuses = {m.old.id: (m.status, m.new.id if m.new else None) for m in comparison.matches if m.old}
    assert statuses["一/(一)/1"] == (Status.DROPPED, None)
