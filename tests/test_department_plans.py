"""A county bureau's 工作总结和工作计划 (kind ``other``): a plan sentence setting a figure in each
clause is a task a clause (the review may meet one and miss the other); a work to be built that
the review reports tendered and under construction is not built; a plan item wrapped by the
width just before its 。 is one sentence, not a heading and a stray line. In either script."""

from __future__ import annotations

import re

import pytest
from opencc import OpenCC

from reportdiff import compare
from reportdiff.parse import parse_text

SCRIPTS = pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
_T2S = OpenCC("t2s").convert

OLD = """某县市场监督管理局2024年工作总结和2025年工作计划
一、2024年工作开展情况
（一）推进质量强县
1.加强知识产权工作。新增有效发明专利96件，新增注册商标1480件。
（二）强化特种设备监管
1.开展隐患排查。检验特种设备2310台（套），排查整治隐患126处。
二、存在的问题
一是监管力量不足。
三、2025年工作计划
（一）推进质量强县。新增有效发明专利100件，力争新增地理标志证明商标1件。
（二）防范特种设备安全风险。建成特种设备智慧监管平台。
"""
NEW = """某县市场监督管理局2025年工作总结和2026年工作计划
一、2025年工作开展情况
（一）推进质量强县
1.加强知识产权工作。新增有效发明专利88件，新增注册商标1520件。“某县山茶油”地理标志证明商标获得核准注册。
（二）强化特种设备监管
1.开展隐患排查。检验特种设备2420台（套），排查整治隐患118处。特种设备智慧监管平台完成招标，正在建设。
二、存在的问题
一是监管力量依然薄弱。
三、2026年工作计划
（一）加强知识产权保护。新增有效发明专利100件。
（二）建成特种设备智慧监管平台并投入使用。
"""


def _promises(convert):
    comparison = compare(parse_text(convert(OLD), "2024.txt"), parse_text(convert(NEW), "2025.txt"),
                         expressions=False)
    assert comparison.old.kind == "other"
    return comparison.promises


@SCRIPTS
def test_each_clause_setting_a_figure_is_a_task_of_its_own(convert) -> None:
    promises = {_T2S(p.plan.text): p for p in _promises(convert)}
    patents = promises["新增有效发明专利100件，"]
    assert patents.status == "not_reported" and [_T2S(e.sentence) for e in patents.short_of] == [
        "新增有效发明专利88件，新增注册商标1520件。"]
    trademark = promises["力争新增地理标志证明商标1件。"]
    assert trademark.status == "delivered"
    assert [_T2S(e.sentence) for e in trademark.evidence] == ["“某县山茶油”地理标志证明商标获得核准注册。"]


@SCRIPTS
def test_a_work_tendered_and_under_construction_is_not_built(convert) -> None:
    platform = next(p for p in _promises(convert) if "智慧监管平台" in _T2S(p.plan.text))
    assert platform.status == "not_reported" and platform.under_way
    assert [_T2S(e.sentence) for e in platform.short_of] == ["特种设备智慧监管平台完成招标，正在建设。"]
    assert platform.replanned is not None and "投入使用" in _T2S(platform.replanned.text)


# -- the plans as pdftotext gives them: each line at the width, （三）'s cut one character before its 。 --
WRAPPED = """某县市场监督管理局2025年工作总结和2026年工作计划
一、2025年工作开展情况
（一）营商环境持续优化
1.深化商事制度改革。全年新登记经营主体4385户，同比增长6.3%，全县实有经营主体达
到4.05万户，推进“个转企”92户，企业开办、变更、注销实现全程网办。
二、存在的问题
一是基层监管力量依然薄弱，监管所人员年龄结构偏大，专业技术人员短缺问题突出。
三、2026年工作计划
（一）激发经营主体活力。全年新登记经营主体4400户以上，开展个体工商户分型分类精
准帮扶。
（二）筑牢食品安全防线。完成食品安全监督抽检2000批次以上，推进食品小作坊提升改
造30家。
（三）建成特种设备智慧监管平台并投入使用，实现电梯、气瓶等重点设备全程追
溯。
（四）提升执法效能。查办各类违法案件不少于320件，开展民生领域“铁拳”行动，保
持高压态势。
"""


@SCRIPTS
@pytest.mark.parametrize("wrapped", [True, False], ids=["wrapped", "a-paragraph-a-line"])
def test_a_plan_cut_just_before_its_end_is_one_sentence(convert, wrapped) -> None:
    # -- a paragraph a line (copied out of the PDF into Word), the cut kept --
    text = WRAPPED if wrapped else re.sub(r"(?<=[^。\n])\n(?![（一二三四五六七八九十\d溯])", "", WRAPPED)
    report = parse_text(convert(text), "2025.txt")
    texts = [_T2S(b.text) for b in report.blocks]
    assert "（三）建成特种设备智慧监管平台并投入使用，实现电梯、气瓶等重点设备全程追溯。" in texts
    assert "溯。" not in texts
    plans = [_T2S(p.text) for p in report.plan_sentences]
    assert any(p.startswith("建成特种设备智慧监管平台") and "全程追溯" in p for p in plans)
