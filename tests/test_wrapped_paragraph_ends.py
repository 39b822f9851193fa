"""Hard-wrapped reports keep their paragraph ends: a 政府工作报告's paragraphs open with no marker,
so where no blank line or indent is left, the reader tells a paragraph's last line from a wrapped
one by the wrap itself (``parse_wrap.join_wrapped``, benchmarks/wraps.py)."""

from __future__ import annotations

import textwrap

import opencc
import pytest

from reportdiff.loaders import Paragraph
from reportdiff.normalize import key
from reportdiff.parse import parse_text
from reportdiff.parse_wrap import exact_width, join_wrapped

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
