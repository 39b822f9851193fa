"""A figure's label names its indicator whole (fix21b item 1): the subject is kept (单位国内生产总值
能耗, “三公”经费, the 两会's suggestions and proposals), a plan period or 首次/再次 is no part of it,
and a completed target is named by what it is a target of. Simplified and Traditional."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures import extract_figures
from reportdiff.normalize import key

_S2T = opencc.OpenCC("s2t")

CASES = [
    ("全年单位国内生产总值能耗降低3%，超额完成年度计划。", ["单位国内生产总值能耗降低"]),
    ("中央和地方各部门“三公”经费下降5%。", ["三公经费降低"]),
    ("一般性支出压减5%以上、“三公”经费再压减3%左右。", ["一般性支出压减", "三公经费压减"]),
    ("全年办理全国人大代表建议和全国政协委员提案8400余件。", ["两会建议提案"]),
    ("依法办理省人大代表建议和省政协委员提案612件，办结率100%。", ["两会建议提案", "办结率"]),
    ("认真办理“两会”建议提案503件。", ["两会建议提案"]),
    ("“十三五”时期建成高标准农田8亿亩。", ["高标准农田"]),
    # -- a total of the plan period keeps its 累计 (no one year's 减贫) --
    ("十三五期间累计减贫5500万人。", ["累计减贫"]),
    # -- the plan itself is what a figure may be of: only its span is trimmed --
    ("“十四五”规划目标任务完成率80%。", ["十四五规划目标任务完成率"]),
    ("全省地区生产总值首次突破5万亿元。", ["地区生产总值"]),
    ("再次实现粮食产量1.3万亿斤以上。", ["粮食产量"]),
    ("完成年度污染减排目标的112%。", ["污染减排目标"]),
    ("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降20%、12%、16%。",
     ["单位国内生产总值用水量降低", "单位国内生产总值能耗降低", "单位国内生产总值二氧化碳排放量降低"]),
    # -- a share is named by what it is the share of; an output's change by the output --
    ("全省数字经济核心产业增加值占地区生产总值的比重达到12%。", ["数字经济核心产业增加值比重"]),
    ("全省粮食产量702亿斤，增产12亿斤。", ["粮食产量", "粮食增产"]),
    # -- a total after a growth rate is the total of what grew --
    ("全省地区生产总值增长5.8%，总量突破5万亿元。", ["地区生产总值增长", "地区生产总值总量"]),
]


@pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "labels"), CASES)
def test_labels_keep_their_subject(text: str, labels: list[str], convert) -> None:
    assert [key(f.label) for f in extract_figures(convert(text))] == labels


@pytest.mark.parametrize("text, label", [
    ("2家企业获评省级专精特新中小企业。", "省级专精特新中小企业"),
    ("2家企業獲評省級專精特新中小企業。", "省级专精特新中小企业"),
    ("3家企业入选国家级绿色工厂。", "国家级绿色工厂"),
    ("12个乡镇获评省级平安乡镇。", "省级平安乡镇"),
    # -- a noun that says more than its kind keeps its own name --
    ("新增入驻企业23家。", "入驻企业"),
    ("56名干部参加年度法律知识考试。", "干部参加年度法律知识考试"),
])
def test_a_bare_noun_counted_is_named_by_the_honour_it_won(text, label) -> None:
    """A count written before a bare noun (2家企业获评…) is of the honour's holders: labelled 企业 it
    paired with any other count of 企业 (新增入驻企业23家 → 2家)."""
    from reportdiff.figures_extract import extract_figures

    assert [f.label for f in extract_figures(text)] == [label]


@pytest.mark.parametrize("text, label", [
    ("船员证书换发等8项高频事项实现“跨省通办”。", "跨省通办事项"),
    ("126个事项实现“一网通办”。", "一网通办事项"),
])
def test_items_are_named_by_the_scheme_they_joined(text, label) -> None:
    """8项高频事项实现“跨省通办” counts 跨省通办 items, as next year's 新增“跨省通办”事项4项 and
    总数达到12项 do: labelled 高频事项 it paired with none of them."""
    from reportdiff.figures_extract import extract_figures

    assert [f.label for f in extract_figures(text)] == [label]
