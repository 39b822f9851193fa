"""Hard-wrapped reports read as written at every width where a line's end falls on a point, a
figure or a quoted heading: points set as leads on lines of their own (一是…。 / its body) open
their paragraphs after a sentence ended right at the width, points running inside a paragraph
stay there, a figure cut by the width (…M / 2、…) is no numbered item, and an indented heading
ending on a closing quote keeps its flush tail (``parse_wrap.join_wrapped``, benchmarks/wraps.py)."""

from __future__ import annotations

import textwrap

import opencc
import pytest

from reportdiff.loaders import Paragraph
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.parse_wrap import exact_width, join_wrapped, points_opening_paragraphs, split_at_marked_lines, wrap_width

_S2T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("convert", [str, _S2T], ids=["simplified", "traditional"])

#: A county's work report setting the year's work as points on lines of their own over their
#: bodies, as 政府工作报告 do (constructed). At width 30 the opening paragraph and 一是's body
#: end right at the width (60 characters each): 一是 and 二是 follow a sentence ended at the width.
LEADS = """青川县人民政府工作报告
一、过去一年工作回顾
过去一年，面对复杂严峻的形势，我们坚持稳中求进工作总基调，统筹发展和安全，着力稳就业、稳物价、稳预期，主要做了以下工作。
一是稳定宏观经济大盘，经济运行保持在合理区间。
全年新增减税降费和缓税缓费超过二十亿元，新增专项债券额度全部用于在建项目，带动有效投资较快增长，工业用电量增长百分之七。
二是深化重点领域改革，营商环境持续改善。
推进政务服务一网通办，企业开办时间压缩到一个工作日，新增经营主体三万户，民间投资增长百分之五。
三是加强生态环境保护，绿色发展取得新进展。
细颗粒物平均浓度下降百分之四，城市建成区黑臭水体全部消除，新增造林面积两万亩，县城污水处理率达到百分之九十八。
二、今年工作安排
今年要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力扩大有效需求，推动经济实现质的有效提升和量的合理增长。
着力扩大有效需求。实施重大项目攻坚行动，全年完成固定资产投资增长百分之六以上，持续释放消费潜力，办好各类促消费活动。
着力保障和改善民生。落实就业优先政策，办好人民满意的教育，健全多层次医疗保障体系，守牢安全生产底线，兜牢民生底线。
着力推进乡村全面振兴。稳定粮食播种面积，新建高标准农田五万亩，发展特色种养业和农产品加工业，持续增加农民收入，建设宜居宜业的和美乡村。
着力加强政府自身建设。坚持依法行政，自觉接受人大法律监督和政协民主监督，深化政务公开，持续改进工作作风，切实减轻基层负担。
"""

#: A bureau's report whose points run inside their paragraph (constructed): at width 30 二是 opens
#: a line after 一是's sentence ended right at the width, and goes on in the same paragraph.
INLINE = """青川县司法局2024年法治政府建设年度报告
一、主要举措和成效
（一）加强组织领导。
一是健全领导工作机制，局党组每季度专题研究法治政府建设工作。二是压实工作责任，将法治建设纳入年度绩效考核。三是强化督促检查。
（二）规范行政执法。
全年办理行政执法案件一百二十件，案卷评查合格率达到百分之百，执法人员持证上岗率保持在百分之百，群众满意度明显提升。
（三）深化普法宣传。
开展送法进乡村活动六十场次，发放宣传资料两万余份，培育农村学法用法示范户三百户，群众法治意识显著增强，基层治理水平稳步提高。
二、存在的不足
基层执法力量依然薄弱，执法人员专业素质有待进一步提高，部分执法人员对新修订法律法规掌握不够全面。
"""


def fold(text: str, width: int) -> str:
    """``text`` cut every ``width`` characters, as fold or a mail client wraps it."""
    return "\n".join(piece for line in text.splitlines() for piece in textwrap.wrap(line, width)) + "\n"


def _measures(text: str) -> list[str]:
    return [key(m.text) for m in parse_text(text).measures]


def _lines(text: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(line, number) for number, line in enumerate(text.splitlines(), 1) if line)


def test_the_constructed_widths_put_a_point_after_a_sentence_ended_at_the_width() -> None:
    lines = fold(LEADS, 30).splitlines()
    assert lines[lines.index("一是稳定宏观经济大盘，经济运行保持在合理区间。") - 1].endswith("主要做了以下工作。")
    assert len(lines[lines.index("二是深化重点领域改革，营商环境持续改善。") - 1]) == 30
    inline = fold(INLINE, 30).splitlines()
    assert any(line.startswith("二是压实工作责任") for line in inline)


@SCRIPTS
def test_points_set_as_leads_open_their_paragraphs_after_a_sentence_ended_at_the_width(convert) -> None:
    flat = convert(LEADS)
    expected = _measures(flat)
    assert any(m.startswith(key(convert("稳定宏观经济大盘"))) for m in expected)
    assert _measures(fold(flat, 30)) == expected


@SCRIPTS
def test_the_series_tells_which_points_open_paragraphs(convert) -> None:
    lines = _lines(fold(convert(LEADS), 30))
    widths = wrap_width(lines)
    exact = exact_width(lines)
    assert exact == 30
    opening = {lines[index].text[:2] for index in points_opening_paragraphs(lines, widths, exact)}
    # -- 三是 certainly opens (the line above ends short of the width): it tells 二是, which tells 一是 --
    assert opening == {convert("一是"), convert("二是")}


@SCRIPTS
def test_points_running_inside_a_paragraph_stay_in_it(convert) -> None:
    flat = convert(INLINE)
    lines = _lines(fold(flat, 30))
    assert not points_opening_paragraphs(lines, wrap_width(lines), exact_width(lines))
    assert _measures(fold(flat, 30)) == _measures(flat)


#: A paragraph whose code M2 the wrap cuts at width 22 (M ends the line, 2、 opens the next:
#: the shape of a numbered item).
FIGURE = ("稳健的货币政策要松紧适度，保持货币总量适度、节奏平稳。管好货币供给总闸门，保持广义货币M2、信贷和社会融资规模合理增长，"
          "提高直接融资比重，引导资金更多投向小微企业和农业农村。")


@SCRIPTS
def test_a_code_cut_by_the_width_is_no_numbered_item(convert) -> None:
    text = LEADS.replace("着力保障和改善民生。落实就业优先政策，", FIGURE + "\n着力保障和改善民生。落实就业优先政策，")
    flat = convert(text)
    wrapped = fold(flat, 22)
    assert any(line.startswith("2、") for line in wrapped.splitlines())
    assert _measures(wrapped) == _measures(flat)


def test_a_line_break_inside_a_figure_splits_no_item() -> None:
    joined = (Paragraph("管好货币供给总闸门，保持广义货币M\n2、信贷和社会融资规模合理增长。", 1),
              Paragraph("一、完成招标\n2、开工建设", 2))
    assert [p.text for p in split_at_marked_lines(joined)] == [
        "管好货币供给总闸门，保持广义货币M2、信贷和社会融资规模合理增长。", "一、完成招标", "2、开工建设"]


def indented_fold(text: str, width: int) -> str:
    """``text`` wrapped at ``width``, each paragraph's first line opening on two full-width spaces."""
    return "\n".join(piece for line in text.splitlines()
                     for piece in textwrap.wrap(line, width, initial_indent="\u3000\u3000")) + "\n"


@SCRIPTS
def test_an_indented_heading_ending_on_a_closing_quote_keeps_its_flush_tail(convert) -> None:
    # -- at width 21 the part heading's first line (its indent counted) ends on ” --
    flat = convert(LEADS.replace("二、今年工作安排", "二、“十四五”时期发展成就和“十五五”时期主要目标任务"))
    wrapped = indented_fold(flat, 21)
    assert any(line.rstrip().endswith("”") and line.startswith("\u3000\u3000二、") for line in wrapped.splitlines())
    expected = parse_text(flat)
    found = parse_text(wrapped)
    assert [key(p.title) for p in found.parts] == [key(p.title) for p in expected.parts]
    assert [key(m.text) for m in found.measures] == [key(m.text) for m in expected.measures]


@SCRIPTS
def test_a_line_cut_inside_a_word_at_an_exact_width_leads_no_body(convert) -> None:
    # -- a point's lead alone on its line, then a body whose first line, cut at the width, has a
    #    subheading's shape (…，推进要素市场化配置): it is the body's first line, no lead of it --
    lines = _lines(convert("\n".join([
        "三是深化改革扩大开放，持续改善营商环境。",
        "加强市场体系基础制度建设，推进要素市场化配置",
        "等改革。继续压减涉企审批手续和办理时限，更多",
        *fold(LEADS, 22).splitlines()[3:20],
    ])))
    assert exact_width(lines) == 22
    joined = join_wrapped(lines)
    body = next(p for p in joined if p.text.startswith(convert("加强市场")))
    assert body.lead == ""
