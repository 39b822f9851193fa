"""The Word redline puts dropped old text where a reviewer looks for it: measures of an old
section that lost every measure under that section's kept (or renamed) heading, and a part's
dropped opening paragraph (导语) right under the part heading — never at the end of the section
before, and without the kept heading deleted and inserted again around them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reportdiff.cli import cli
from reportdiff.pipeline import compare
from reportdiff.render._docx_layout import layout
from reportdiff.render._revisions import RevisionWriter
from reportdiff.render.docx import _labels, render_docx

from ooxml_revisions import DEFAULT_DATE, W, accept_all, document_xml, reject_all

_W = f"{{{W}}}"

# -- a district's 法治政府建设年度报告: in the new year 一、 has no lead any more, every measure
#    of （二） is gone while its heading stays (renamed 健全 → 完善) with a new measure, and 三、
#    loses its lead --
DISTRICT_OLD = """某区2023年法治政府建设年度报告
2023年，某区深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措及成效
一年来，区政府坚持把法治政府建设摆在全局工作的突出位置，统筹推进各项工作。
（一）依法全面履行政府职能
1.深化放管服改革。全年取消调整行政许可事项12项，政务服务事项网上可办率达到98%。
2.优化法治化营商环境。制定优化营商环境行动方案，清理涉企规范性文件36件。
（二）健全依法行政制度体系
1.加强规范性文件监督管理。审核区政府规范性文件8件，备案审查部门文件21件。
2.开展规章文件清理。集中清理现行有效文件143件，废止11件。
（三）推进严格规范公正文明执法
1.深化综合行政执法改革。组建街道综合执法队，下沉执法事项210项。
2.规范执法程序。全面推行行政执法三项制度，评查执法案卷300卷。
二、存在的不足
（一）法治意识有待提升
1.部分领导干部运用法治思维的能力还不够强。
（二）基层法治建设较为薄弱
1.街道法治力量配备不足，专业人员比例偏低。
三、下一步工作安排
持续深化法治政府建设，重点抓好以下工作。
（一）强化法治保障
1.推进重点领域立法调研，完善行政决策程序。
"""
DISTRICT_NEW = """某区2024年法治政府建设年度报告
2024年，某区深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措及成效
（一）依法全面履行政府职能
1.深化放管服改革。全年取消调整行政许可事项15项，政务服务事项网上可办率达到99%。
2.优化法治化营商环境。制定优化营商环境行动方案，清理涉企规范性文件40件。
（二）完善依法行政制度体系
1.建设合法性审查平台。上线区级合法性审查信息平台，在线审查文件56件。
（三）推进严格规范公正文明执法
1.深化综合行政执法改革。组建街道综合执法队，下沉执法事项260项。
2.规范执法程序。全面推行行政执法三项制度，评查执法案卷320卷。
二、存在的不足
（一）法治意识有待提升
1.部分领导干部运用法治思维的能力还不够强。
（二）基层法治建设较为薄弱
1.街道法治力量配备不足，专业人员比例偏低。
三、下一步工作安排
（一）强化法治保障
1.推进重点领域立法调研，完善行政决策程序。
"""

# -- the same bureau-style shape in Traditional script (a Hong Kong-style or Taiwan copy) --
BUREAU_OLD = """某縣司法局2023年法治政府建設年度報告
一、主要舉措及成效
（一）加強公共法律服務
1.建設公共法律服務站。新建村級服務站25個，辦理法律援助案件310件。
（二）推進普法宣傳
1.開展憲法宣傳週活動。舉辦普法講座40場，覆蓋群眾1.2萬人次。
2.推進法治鄉村建設。新增省級民主法治示範村3個。
（三）規範行政執法
1.開展執法案卷評查。評查案卷120卷，發現問題35個。
二、下一步工作安排
繼續圍繞中心、服務大局，抓好以下工作。
（一）深化法治宣傳
1.落實普法責任制，推動普法清單化管理。
"""
BUREAU_NEW = """某縣司法局2024年法治政府建設年度報告
一、主要舉措及成效
（一）加強公共法律服務
1.建設公共法律服務站。新建村級服務站30個，辦理法律援助案件350件。
（二）推進普法宣傳
（三）規範行政執法
1.開展執法案卷評查。評查案卷150卷，發現問題28個。
二、下一步工作安排
（一）深化法治宣傳
1.落實普法責任制，推動普法清單化管理。
"""

# -- a city's 政府工作报告: the work-plan part's opening paragraphs (the year's framing and its
#    targets) are gone, its sections carry their own bodies --
WORK_OLD = """政府工作报告
——2023年1月10日在某市第十六届人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2022年工作回顾
过去一年，面对复杂严峻的发展环境，全市上下攻坚克难，较好完成了全年目标任务。
（一）经济运行稳中向好。地区生产总值增长5.2%，一般公共预算收入增长6.1%。
（二）改革开放持续深化。完成市场主体登记2.3万户，进出口总额增长8.5%。
二、2023年工作安排
今年是全面贯彻落实党的二十大精神的开局之年。做好今年工作，要坚持稳中求进工作总基调。
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4万人以上。
（一）着力扩大有效需求。实施重大项目300个，完成投资1200亿元。
（二）加快建设现代化产业体系。培育专精特新企业50家，新增规上工业企业80家。
各位代表，新征程催人奋进，让我们团结一心、苦干实干，为全面建设社会主义现代化国家贡献力量！
"""
WORK_NEW = """政府工作报告
——2024年1月12日在某市第十六届人民代表大会第四次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，面对复杂严峻的发展环境，全市上下攻坚克难，较好完成了全年目标任务。
（一）经济运行回升向好。地区生产总值增长5.8%，一般公共预算收入增长7.0%。
（二）改革开放持续深化。完成市场主体登记2.6万户，进出口总额增长9.1%。
二、2024年工作安排
（一）着力扩大有效需求。实施重大项目320个，完成投资1300亿元。
（二）加快建设现代化产业体系。培育专精特新企业60家，新增规上工业企业90家。
各位代表，新征程催人奋进，让我们团结一心、苦干实干，为全面建设社会主义现代化国家贡献力量！
"""


def shown(data: bytes) -> list[tuple[str, str]]:
    """Each body paragraph as Word shows it with markup on: ("del", text) when all of it is
    deleted (moved away), ("ins", text) when all of it is inserted, else ("kept", text) — the
    text with deleted and inserted words both."""
    rows: list[tuple[str, str]] = []
    for paragraph in document_xml(data).find(f"{_W}body").iter(f"{_W}p"):
        kinds: set[str] = set()
        text = ""
        for node in paragraph.iter(f"{_W}t", f"{_W}delText"):
            wrapper = next((a for a in node.iterancestors() if a.tag in (f"{_W}ins", f"{_W}del", f"{_W}moveFrom",
                                                                           f"{_W}moveTo")), None)
            kinds.add("del" if wrapper is not None and wrapper.tag in (f"{_W}del", f"{_W}moveFrom")
                      else "ins" if wrapper is not None else "kept")
            text += node.text or ""
        if text:
            rows.append((kinds.pop() if len(kinds) == 1 else "kept", text))
    return rows


def index_of(rows: list[tuple[str, str]], start: str, kind: str | None = None) -> int:
    """Where the (only) paragraph starting with ``start`` (of ``kind``) stands."""
    found = [i for i, (k, text) in enumerate(rows) if text.startswith(start) and kind in (None, k)]
    assert len(found) == 1, (start, kind, rows)
    return found[0]


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("moves", [True, False])
def test_dropped_section_measures_stand_under_the_kept_heading(moves: bool) -> None:
    data = render_docx(compare(DISTRICT_OLD, DISTRICT_NEW), moves=moves)
    rows = shown(data)
    # -- （二）'s heading stays one paragraph (renamed word by word, not deleted and inserted
    #    again) and its two dropped measures follow it, then its new measure, then （三） --
    heading = index_of(rows, "（二）健全")
    assert rows[heading][0] == "kept" and "健全" in rows[heading][1] and "完善" in rows[heading][1]
    assert rows[heading + 1] == ("del", "1.加强规范性文件监督管理。审核区政府规范性文件8件，备案审查部门文件21件。")
    assert rows[heading + 2] == ("del", "2.开展规章文件清理。集中清理现行有效文件143件，废止11件。")
    assert rows[heading + 3][0] == "ins" and rows[heading + 3][1].startswith("1.建设合法性审查平台")
    assert rows[heading + 4] == ("kept", "（三）推进严格规范公正文明执法")
    # -- the section before ends with its own last measure --
    assert rows[heading - 1][1].startswith("2.优化法治化营商环境")
    assert accept_all(data) == lines(DISTRICT_NEW)
    assert reject_all(data) == lines(DISTRICT_OLD)


@pytest.mark.parametrize("moves", [True, False])
def test_dropped_part_leads_stand_right_under_their_part_headings(moves: bool) -> None:
    data = render_docx(compare(DISTRICT_OLD, DISTRICT_NEW), moves=moves)
    rows = shown(data)
    # -- the first part's lead (nothing of the old report before it) and the last part's lead
    #    (after the old 二、's last measure): each under its own part heading, before its （一） --
    first = index_of(rows, "一、主要举措及成效")
    assert rows[first][0] == "kept"
    assert rows[first + 1] == ("del", "一年来，区政府坚持把法治政府建设摆在全局工作的突出位置，统筹推进各项工作。")
    assert rows[first + 2] == ("kept", "（一）依法全面履行政府职能")
    last = index_of(rows, "三、下一步工作安排")
    assert rows[last][0] == "kept"
    assert rows[last + 1] == ("del", "持续深化法治政府建设，重点抓好以下工作。")
    assert rows[last + 2] == ("kept", "（一）强化法治保障")
    assert rows[last - 1][1].startswith("1.街道法治力量配备不足")


def test_work_report_plan_part_lead_is_deleted_under_its_heading() -> None:
    data = render_docx(compare(WORK_OLD, WORK_NEW))
    rows = shown(data)
    heading = index_of(rows, "二、")
    # -- the part heading's year is redlined in place (2023 → 2024), its two opening paragraphs
    #    deleted right under it, then its first section --
    assert rows[heading][0] == "kept" and "2023" in rows[heading][1] and "2024" in rows[heading][1]
    assert rows[heading + 1][0] == "del" and rows[heading + 1][1].startswith("今年是全面贯彻落实党的二十大精神")
    assert rows[heading + 2][0] == "del" and rows[heading + 2][1].startswith("今年经济社会发展的主要预期目标是")
    assert rows[heading + 3][1].startswith("（一）着力扩大有效需求")
    assert rows[heading - 1][1].startswith("（二）改革开放持续深化")
    assert accept_all(data) == lines(WORK_NEW)
    assert reject_all(data) == lines(WORK_OLD)


def test_traditional_script_bureau_report_keeps_the_same_order() -> None:
    data = render_docx(compare(BUREAU_OLD, BUREAU_NEW))
    rows = shown(data)
    heading = index_of(rows, "（二）推進普法宣傳")
    assert rows[heading][0] == "kept"
    assert [kind for kind, _ in rows[heading + 1:heading + 3]] == ["del", "del"]
    assert rows[heading + 1][1].startswith("1.開展憲法宣傳週活動")
    assert rows[heading + 2][1].startswith("2.推進法治鄉村建設")
    assert rows[heading + 3] == ("kept", "（三）規範行政執法")
    plan = index_of(rows, "二、下一步工作安排")
    assert rows[plan + 1] == ("del", "繼續圍繞中心、服務大局，抓好以下工作。")
    assert rows[plan + 2] == ("kept", "（一）深化法治宣傳")
    assert accept_all(data) == lines(BUREAU_NEW)
    assert reject_all(data) == lines(BUREAU_OLD)


def test_layout_places_old_text_under_the_heading_its_section_became() -> None:
    """The planned body itself (before any XML): each dropped measure's paragraph right after the
    heading whose block is its old section's new counterpart, or after the measure before it."""
    comparison = compare(DISTRICT_OLD, DISTRICT_NEW)
    items = layout(comparison, moves=True, labels=_labels("zh"), writer=RevisionWriter("t", DEFAULT_DATE))
    now = {m.old.id: m.new.id for m in (*comparison.sections, *comparison.parts) if m.old and m.new}
    order = [m.id for m in comparison.old.measures]
    dropped = [i for i, item in enumerate(items) if item.kind == "measure" and item.mode == "del"]
    assert len(dropped) == 4
    for i in dropped:
        old = items[i].match.old
        before = items[i - 1]
        if before.kind == "measure":  # -- right after its old predecessor, of the same old section --
            assert before.match.old.section_id == old.section_id
            assert order.index(before.match.old.id) == order.index(old.id) - 1
        else:
            assert before.block_id == now[old.section_id or old.part_id]


def test_cli_docx_keeps_dropped_measures_under_their_heading(tmp_path) -> None:
    old, new, out = tmp_path / "2023.txt", tmp_path / "2024.txt", tmp_path / "x.docx"
    old.write_text(DISTRICT_OLD, encoding="utf-8")
    new.write_text(DISTRICT_NEW, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "docx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = shown(out.read_bytes())
    heading = index_of(rows, "（二）健全")
    assert [kind for kind, _ in rows[heading:heading + 4]] == ["kept", "del", "del", "ins"]
    # -- no heading of the old report is deleted: every one of them stayed in place --
    assert not [text for kind, text in rows if kind == "del" and text[:2] in ("一、", "二、", "三、", "（一", "（二", "（三")]


# -- a bureau whose （二） opens with another first measure: the old one is dropped, the new one
#    inserted, the second kept --
OPENING_OLD = """某市司法局2023年法治政府建设年度报告
一、主要举措及成效
（一）加强行政复议工作
1.畅通复议渠道。全年收到行政复议申请420件，受理385件。
（二）推进公共法律服务
1.建设乡镇公共法律服务工作站。全市建成工作站96个，实现全覆盖。
2.深化法律援助。办理法律援助案件2100件，挽回经济损失3200万元。
二、存在的不足
1.基层法律服务人员队伍结构有待优化。
"""
OPENING_NEW = """某市司法局2024年法治政府建设年度报告
一、主要举措及成效
（一）加强行政复议工作
1.畅通复议渠道。全年收到行政复议申请460件，受理402件。
（二）推进公共法律服务
1.推行公证服务“一次办”。公证事项办理时限压缩40%。
2.深化法律援助。办理法律援助案件2350件，挽回经济损失3500万元。
二、存在的不足
1.基层法律服务人员队伍结构有待优化。
"""


@pytest.mark.parametrize("moves", [True, False])
def test_dropped_opening_measure_is_deleted_before_the_new_one_is_inserted(moves: bool) -> None:
    data = render_docx(compare(OPENING_OLD, OPENING_NEW), moves=moves)
    rows = shown(data)
    heading = index_of(rows, "（二）推进公共法律服务")
    # -- the old first measure at its old place, right under the heading, then the new one --
    assert rows[heading + 1] == ("del", "1.建设乡镇公共法律服务工作站。全市建成工作站96个，实现全覆盖。")
    assert rows[heading + 2][0] == "ins" and rows[heading + 2][1].startswith("1.推行公证服务")
    assert rows[heading + 3][1].startswith("2.深化法律援助")
    assert accept_all(data) == lines(OPENING_NEW)
    assert reject_all(data) == lines(OPENING_OLD)
