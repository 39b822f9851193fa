"""Hard-wrapped reports keep their paragraph ends: a 政府工作报告's paragraphs open with no marker,
so where no blank line or indent is left, the reader tells a paragraph's last line from a wrapped
one by the wrap itself (``parse_wrap.join_wrapped``, benchmarks/wraps.py)."""

from __future__ import annotations

import re
import textwrap

import opencc
import pytest

from reportdiff.loaders import Paragraph
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.parse_wrap import exact_width

#: A city's work report whose paragraphs open with no marker (constructed).
REPORT = """青川市人民政府工作报告
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、过去一年工作回顾
过去一年，面对复杂多变的外部环境，全市上下团结奋斗，经济运行稳中有进，全年地区生产总值增长百分之五点二，城乡居民收入稳步提高。
产业结构持续优化。先进制造业集群加快壮大，新培育规模以上工业企业六十家，数字经济核心产业增加值占比提高一点五个百分点。
城乡面貌明显改善。完成老旧小区改造一百二十个，新建改建农村公路三百公里，城市更新项目全部如期开工。
民生保障更加有力。城镇新增就业四点二万人，新建普惠性幼儿园十八所，基本养老保险参保率稳定在百分之九十五以上，困难群众救助做到应保尽保。
二、今年工作安排
今年是全面完成规划目标任务的关键一年，要坚持稳中求进工作总基调，统筹发展和安全。
着力扩大有效需求。实施重大项目攻坚行动，全年完成固定资产投资增长百分之六以上，持续释放消费潜力。
着力建设现代化产业体系。推动传统产业改造升级，培育壮大新兴产业，加快建设数字青川。
着力保障和改善民生。落实就业优先政策，办好人民满意的教育，健全多层次医疗保障体系，守牢安全生产底线。
"""

_S2T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("convert", [str, _S2T], ids=["simplified", "traditional"])


def fold(text: str, width: int) -> str:
    """``text`` cut every ``width`` characters, as fold or a mail client wraps it: no blank line,
    no indent left between paragraphs."""
    return "\n".join(piece for line in text.splitlines() for piece in textwrap.wrap(line, width)) + "\n"


def _ends_short(width: int) -> bool:
    """Whether some paragraph of REPORT ends a character short of ``width`` and none ends at it: a
    paragraph ending right at the width is the same on the page as a line going on in the next."""
    lengths = [len(line) % width for line in REPORT.splitlines()]
    return width - 1 in lengths and 0 not in lengths


SHORT_WIDTHS = [width for width in range(20, 41) if _ends_short(width)]


def test_some_widths_leave_a_paragraph_a_character_short() -> None:
    assert len(SHORT_WIDTHS) >= 3


@SCRIPTS
@pytest.mark.parametrize("width", SHORT_WIDTHS)
def test_a_paragraph_ending_a_character_short_of_an_exact_wrap_ends_there(convert, width: int) -> None:
    flat = convert(REPORT)
    expected = [key(m.text) for m in parse_text(flat).measures]
    assert [key(m.text) for m in parse_text(fold(flat, width)).measures] == expected
    assert len(expected) == 8


def _lines(text: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(line, number) for number, line in enumerate(text.splitlines(), 1) if line)


@SCRIPTS
def test_an_exact_wrap_is_told_by_its_lines_cut_inside_words(convert) -> None:
    assert exact_width(_lines(fold(convert(REPORT), 23))) == 23
    assert exact_width(_lines(convert(REPORT))) is None  # -- a paragraph a line: no wrap --


@SCRIPTS
def test_a_page_carrying_characters_over_is_no_exact_wrap(convert) -> None:
    # -- a PDF viewer's copy: a line falls a character short where the next may not open on a mark
    #    (…增长百分之五点 / 二，城乡…); there a sentence's end a character short may go on --
    lines = fold(convert(REPORT), 23).splitlines()
    carried: list[str] = []
    for index, line in enumerate(lines):
        if carried and len(carried[-1]) == 23 and index % 3 == 0:
            carried[-1], line = carried[-1][:-1], carried[-1][-1] + line
        carried.append(line)
    assert carried != lines
    assert exact_width(_lines("\n".join(carried))) is None


@SCRIPTS
def test_a_sentence_ending_right_at_an_exact_wrap_goes_on(convert) -> None:
    # -- …on the next line, if it is one of the paragraph's (its sentences run on in the line) --
    flat = convert(REPORT.replace("集群加快壮大，", "集群加快壮大。"))
    width = len(convert("产业结构持续优化。先进制造业集群加快壮大。"))
    wrapped = fold(flat, width)
    assert convert("产业结构持续优化。先进制造业集群加快壮大。") in wrapped.splitlines()
    assert any(key(convert("加快壮大。新培育")) in key(m.text) for m in parse_text(wrapped).measures)


#: A work report whose section headings close with 。, alone on their line or before their body
#: (constructed).
CLOSED = """青川市人民政府工作报告
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、过去一年工作回顾
（一）稳定和扩大有效投资，保持经济运行在合理区间。
全年实施重点项目四百个，完成投资一千二百亿元，带动社会投资较快增长，工业投资增长百分之九。
（二）坚持创新引领发展，着力激发全社会创造力，整体创新能力显著提高。新建省级创新平台二十个，高新技术企业达到八百家。
（三）推进城乡融合发展，城乡面貌明显改善。
完成老旧小区改造一百二十个，新建改建农村公路三百公里，城乡居民收入差距继续缩小。
二、今年工作安排
（一）着力扩大国内需求，推动消费和投资良性循环。
实施重大项目攻坚行动，全年完成固定资产投资增长百分之六以上，持续释放消费潜力。
（二）着力建设现代化产业体系，增强发展新动能。推动传统产业改造升级，培育壮大新兴产业，加快建设数字青川。
"""


def _cut_headings(width: int) -> int:
    """How many of CLOSED's headings a wrap at ``width`` cuts before their 。."""
    return sum(1 for line in CLOSED.splitlines() if line.startswith("（") and line.index("。") >= width)


@SCRIPTS
@pytest.mark.parametrize("width", [20, 21, 22, 24])
def test_a_heading_closed_by_its_full_stop_goes_on_to_it_across_the_wrap(convert, width: int) -> None:
    flat = convert(CLOSED)
    assert _cut_headings(width) >= 2
    expected = parse_text(flat)
    found = parse_text(fold(flat, width))
    assert [key(s.title) for s in found.sections] == [key(s.title) for s in expected.sections]
    assert [key(m.text) for m in found.measures] == [key(m.text) for m in expected.measures]
    assert len(expected.sections) == 5


@SCRIPTS
def test_a_heading_left_open_near_the_width_keeps_its_body_apart(convert) -> None:
    # -- a heading of the same report without its 。, a few characters short of an exact wrap: not
    #    cut, so the line after it opens its body (…加快推进 / 一是…) --
    flat = convert(CLOSED.replace("（三）推进城乡融合发展，城乡面貌明显改善。", "（三）推进城乡融合发展"))
    expected = parse_text(flat)
    for width in (12, 13):
        found = parse_text(fold(flat, width))
        assert [key(s.title) for s in found.sections] == [key(s.title) for s in expected.sections]


#: A review whose paragraphs open on a dash lead, and an address closing it (constructed).
DASHES = """青川市人民政府工作报告
一、过去一年工作回顾
过去一年，全市经济社会发展取得新成效。
——经济运行稳中有进。地区生产总值增长百分之五点二，一般公共预算收入增长百分之四。
——改革开放持续深化。营商环境持续优化，新增市场主体三万户，进出口总额增长百分之八。
——民生保障更加有力。城镇新增就业四点二万人，新建普惠性幼儿园十八所。
这些成绩的取得，是全市人民团结奋斗的结果。
各位代表！
我们要坚定信心，真抓实干，奋力谱写青川高质量发展新篇章！
"""


@SCRIPTS
def test_a_dash_lead_or_an_address_after_a_full_stop_at_the_width_opens_a_paragraph(convert) -> None:
    flat = convert(DASHES)
    lines = flat.splitlines()
    expected = [key(m.text) for m in parse_text(flat).measures]
    checked = 0
    for width in range(12, 61):
        # -- only where those lines' paragraph above ends right at the width (a full stop there
        #    is as often a sentence's end inside a paragraph) --
        ends = {index for index, line in enumerate(lines) if len(line) % width == 0}
        if not any(index + 1 < len(lines) and lines[index + 1].startswith(("——", convert("各位"))) for index in ends):
            continue
        checked += 1
        assert [key(m.text) for m in parse_text(fold(flat, width)).measures] == expected, width
    assert checked >= 3


@SCRIPTS
def test_a_heading_carrying_its_body_goes_on_after_its_full_stop_at_the_width(convert) -> None:
    # -- the report's headings carry their body on their line: one whose 。 falls right at the
    #    width goes on with its body in the next line (where the report sets others alone on their
    #    line, that one may be alone too: test_a_heading_closed_by_its_full_stop…) --
    flat = convert(re.sub(r"^(（[一二三]）.*。)\n", r"\1", CLOSED, flags=re.M))
    heading = convert("（二）坚持创新引领发展，着力激发全社会创造力，整体创新能力显著提高。")
    expected = parse_text(flat)
    found = parse_text(fold(flat, len(heading)))
    assert heading in fold(flat, len(heading)).splitlines()
    assert [key(m.text) for m in found.measures] == [key(m.text) for m in expected.measures]


@SCRIPTS
def test_a_line_opening_on_a_full_stop_goes_on(convert) -> None:
    # -- fold cuts before a mark too: …“三去一降一补” / 。 --
    flat = convert("\n".join([
        "青川市人民政府工作报告",
        "一、过去一年工作回顾",
        "（一）以改革办法深入推进“三去一降一补”。",
        "要在巩固成果基础上，针对新情况新问题，完善政策措施，全年完成各项任务。",
        "稳健的货币政策要松紧适度，保持货币供应量和社会融资规模合理增长，维护流动性合理稳定。",
        "积极的财政政策要提质增效，优化支出结构，加大对科技创新、民生保障等重点领域的投入力度。",
        "二、今年工作安排",
        "今年要着力扩大有效需求，推动经济运行持续向好，全年完成固定资产投资增长百分之六以上。",
    ]))
    lines = fold(flat, 20).splitlines()
    assert "。" in lines
    expected = parse_text(flat)
    found = parse_text(fold(flat, 20))
    assert [key(s.title) for s in found.sections] == [key(s.title) for s in expected.sections]
    assert [key(m.text) for m in found.measures] == [key(m.text) for m in expected.measures]


def indented_fold(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` characters, each paragraph's first line opening on two
    full-width spaces (counted in the width), as a typed document saved hard-wrapped keeps them."""
    return "\n".join(piece for line in text.splitlines()
                     for piece in textwrap.wrap(line, width, initial_indent="\u3000\u3000")) + "\n"


@SCRIPTS
@pytest.mark.parametrize("width", range(20, 41))
def test_an_indent_opens_a_paragraph_whatever_ends_the_line_above(convert, width: int) -> None:
    # -- every width, paragraphs ending right at the width too (REPORT); and headings cut before
    #    their 。 where the text shows an exact wrap (CLOSED is short: at some widths too few of
    #    its lines are cut inside a word to tell one) --
    for text in (REPORT, CLOSED) if width in (20, 21, 22, 24) else (REPORT,):
        flat = convert(text)
        expected = parse_text(flat)
        found = parse_text(indented_fold(flat, width))
        assert [key(s.title) for s in found.sections] == [key(s.title) for s in expected.sections]
        assert [key(m.text) for m in found.measures] == [key(m.text) for m in expected.measures]


@SCRIPTS
def test_an_indent_on_every_line_tells_no_paragraph(convert) -> None:
    # -- a text indented as a whole (quoted in a mail): its lines read as flush ones --
    flat = convert(REPORT)
    width = SHORT_WIDTHS[0]
    wrapped = fold(flat, width)
    indented = "".join("\u3000\u3000" + line + "\n" for line in wrapped.splitlines())
    assert [key(m.text) for m in parse_text(indented).measures] == [key(m.text) for m in parse_text(wrapped).measures]


@SCRIPTS
@pytest.mark.parametrize("width", [20, 21, 22])
def test_a_long_heading_indented_keeps_its_wrapped_tail(convert, width: int) -> None:
    # -- the heading's first line holds fewer characters than its tail's line (the indent took
    #    two): its tail is still no longer than the line with its indent --
    flat = convert(REPORT.replace("二、今年工作安排", "二、区政府主要负责同志履行推进法治建设第一责任人职责，加强法治政府建设有关情况"))
    expected = parse_text(flat)
    found = parse_text(indented_fold(flat, width))
    assert [key(p.title) for p in found.parts] == [key(p.title) for p in expected.parts]
    assert [key(m.text) for m in found.measures] == [key(m.text) for m in expected.measures]


#: A review whose last result paragraph fills one line, before the paragraph that turns from it
#: (constructed): the turn is put in by each case below.
TURNING = """青川市人民政府工作报告
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、过去一年工作回顾
过去一年，面对复杂多变的外部环境，全市上下团结奋斗，经济运行稳中有进，全年地区生产总值增长百分之五点二，城乡居民收入稳步提高。
产业结构持续优化。先进制造业集群加快壮大，新培育规模以上工业企业六十家，数字经济核心产业增加值占比提高一点五个百分点。
城乡面貌明显改善。完成老旧小区改造一百二十个，新建改建农村公路三百公里，城市更新项目全部如期开工，群众居住条件持续改善。
民生保障更加有力。城镇新增就业四点二万人，困难群众救助做到应保尽保！
{turn}
二、今年工作安排
今年是全面完成规划目标任务的关键一年，要坚持稳中求进工作总基调，统筹发展和安全，持续推动经济实现质的有效提升和量的合理增长，确保完成全年目标任务。
着力扩大有效需求。实施重大项目攻坚行动，全年完成固定资产投资增长百分之六以上，持续释放消费潜力，促进消费和投资良性循环，办好各类促消费活动，培育壮大消费新业态新模式。
着力保障和改善民生。落实就业优先政策，办好人民满意的教育，健全多层次医疗保障体系，守牢安全生产底线，扎实推进共同富裕，让发展成果更多更公平惠及全市人民。
"""
#: The width at which the paragraph before the turn ends right at the width (its one line).
TURN_WIDTH = len("民生保障更加有力。城镇新增就业四点二万人，困难群众救助做到应保尽保！")


@SCRIPTS
@pytest.mark.parametrize("turn", [
    # -- to the problems, in its first sentence or after a short saying --
    "在肯定成绩的同时，我们也清醒看到，发展不平衡不充分问题仍然突出，部分企业生产经营困难，一些民生领域还有短板。",
    "居安更须思危。我们也要看到，发展不平衡不充分问题仍然突出，部分企业生产经营困难，一些民生领域还有短板。",
    "同时也要看到，全市经济恢复基础尚不牢固，部分企业生产经营困难，一些民生领域还有短板，政府自身建设仍需加强。",
])
def test_a_paragraph_ending_right_at_an_exact_wrap_ends_before_a_turn(convert, turn: str) -> None:
    flat = convert(TURNING.format(turn=turn))
    wrapped = fold(flat, TURN_WIDTH)
    assert exact_width(_lines(wrapped)) == TURN_WIDTH
    assert convert("民生保障更加有力。城镇新增就业四点二万人，困难群众救助做到应保尽保！") in wrapped.splitlines()
    expected = [key(m.text) for m in parse_text(flat).measures]
    assert [key(m.text) for m in parse_text(wrapped).measures] == expected
    # -- the paragraph before the turn ends where the unwrapped one does --
    assert any(key(m.text).endswith(key(convert("做到应保尽保！"))) for m in parse_text(wrapped).measures)


@SCRIPTS
@pytest.mark.parametrize("going_on", [
    # -- a sentence inside the paragraph naming problems it solved, or the year, turns nowhere --
    "着力解决群众反映强烈的困难和问题，全年办结民生实事二十件，群众满意度明显提升，各项保障政策落实落细。",
    "今年以来，全市困难群众救助标准再次提高，救助范围进一步扩大，救助资金全部足额发放到位，群众普遍满意。",
    # -- a term's report opens sentences on its years inside a paragraph, and any on the year ahead --
    "五年来，全市经济总量跨上新台阶，城乡面貌发生深刻变化，人民群众获得感幸福感安全感不断增强，各项事业全面进步。",
    "新的一年，我们将坚持问题导向，着力破解发展难题，持续改善营商环境，推动各项工作再上新台阶，不辜负人民期待。",
])
def test_a_sentence_ending_right_at_an_exact_wrap_goes_on_into_a_sentence_that_turns_nowhere(convert, going_on: str) -> None:
    text = TURNING.replace("做到应保尽保！\n{turn}", "做到应保尽保！" + going_on)
    flat = convert(text)
    wrapped = fold(flat, TURN_WIDTH)
    assert convert("民生保障更加有力。城镇新增就业四点二万人，困难群众救助做到应保尽保！") in wrapped.splitlines()
    assert [key(m.text) for m in parse_text(wrapped).measures] == [key(m.text) for m in parse_text(flat).measures]
