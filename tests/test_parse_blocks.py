"""Paragraphs an editor broke into short lines (a WeChat copy: a sentence or a clause a line, a
blank line between paragraphs) read as the paragraphs they are; texts written a paragraph a line,
hard-wrapped text and blocks of headings or titles are left as they were."""

from __future__ import annotations

import opencc
import pytest

from reportdiff import compare
from reportdiff.loaders import Paragraph
from reportdiff.loaders.text import read_bytes
from reportdiff.parse import parse
from reportdiff.parse_blocks import join_broken_blocks
from reportdiff.normalize import key

CLEAN = """政府工作报告
——2026年1月20日在白川市第九届人民代表大会第六次会议上
各位代表：
一、2025年工作回顾
2025年，全市地区生产总值完成1455.2亿元，增长5.2%；一般公共预算收入完成96.1亿元，增长3.1%。
（一）产业体系加快构建。新增规模以上工业企业83家，总数达到1598家。新认定高新技术企业80家。全社会研发经费投入强度达到2.12%。
（二）有效需求持续扩大。实施市级重大项目186个，完成投资472亿元。白川北站主体完工。打造夜间消费集聚区3个。
（三）民生事业全面进步。城镇新增就业3.9万人，新建改扩建中小学、幼儿园12所。新增养老床位620张。
二、2026年重点任务
（一）大力发展新质生产力。新增规模以上工业企业80家以上，新认定高新技术企业90家以上。
（二）坚定实施扩大内需战略。实施市级重大项目160个以上。
"""


def _short_lines(paragraph: str) -> str:
    # -- a line a sentence, a long sentence cut at its first comma: as the editor breaks it --
    lines = []
    for sentence in paragraph.replace("。", "。\n").replace("；", "；\n").split("\n"):
        if len(sentence) > 24 and "，" in sentence[:-1]:
            cut = sentence.index("，") + 1
            lines += [sentence[:cut], sentence[cut:]]
        elif sentence:
            lines.append(sentence)
    return "\n".join(lines)


def _wechat(text: str) -> str:
    return "\n\n".join(_short_lines(line) if len(line) > 30 else line for line in text.splitlines()) + "\n"


def _report(text: str, name: str = "r.txt"):
    return parse(read_bytes(text.encode("utf-8"), name))


def _measures(text: str) -> list[tuple[str, str]]:
    return [(m.id, key(m.text)) for m in _report(text).measures]


@pytest.mark.parametrize("script", ["s2s", "s2tw"])
def test_a_wechat_copy_in_short_lines_reads_as_its_paragraphs(script) -> None:
    text = opencc.OpenCC(f"{script}.json").convert(CLEAN) if script != "s2s" else CLEAN
    copied = _wechat(text)
    assert copied.count("\n") > 2 * text.count("\n")
    assert _measures(copied) == _measures(text)
    comparison = compare(_report(text, "a.txt"), _report(copied, "b.txt"))
    assert {match.status.value for match in comparison.matches} == {"continued"}


def _paragraphs(*blocks: list[str]) -> tuple[Paragraph, ...]:
    """Paragraphs on the lines they would have, a blank line after each block."""
    out, line = [], 1
    for block in blocks:
        for text in block:
            out.append(Paragraph(text, line))
            line += 1
        line += 1
    return tuple(out)


BROKEN = ["新增规模以上工业企业83家，", "总数达到1598家。", "新认定高新技术企业80家。"]


def test_blocks_of_short_lines_are_joined() -> None:
    paragraphs = _paragraphs(["一、2025年工作回顾"], BROKEN, BROKEN[1:], BROKEN[::-1], BROKEN)
    joined = join_broken_blocks(paragraphs)
    # -- (where the habit shows, a block of two lines is one paragraph too) --
    assert [p.text for p in joined] == ["一、2025年工作回顾", "".join(BROKEN), "".join(BROKEN[1:]),
                                        "".join(BROKEN[::-1]), "".join(BROKEN)]
    assert [p.line for p in joined] == [1, 3, 7, 10, 14]


def test_fewer_than_three_blocks_show_no_habit() -> None:
    paragraphs = _paragraphs(["一、2025年工作回顾"], BROKEN, BROKEN)
    assert join_broken_blocks(paragraphs) == paragraphs


def test_headings_over_a_one_line_lead_show_no_habit() -> None:
    """A report that sets each section's heading over its one-line lead, a blank line after them,
    writes two paragraphs there: blocks of two lines show no editor breaking paragraphs."""
    heading = [["（二）着力稳市场主体保就业，加大宏观政策实施力度。", "完善减负纾困等政策，夯实经济稳定运行的基础。"],
               ["（四）深入实施创新驱动发展战略，巩固壮大实体经济根基。", "推进科技创新，促进产业优化升级。"],
               ["（六）大力抓好农业生产，促进乡村全面振兴。", "完善和强化农业支持政策，促进农民增收。"]]
    paragraphs = _paragraphs(*heading)
    assert join_broken_blocks(paragraphs) == paragraphs


@pytest.mark.parametrize("block", [
    # -- headings and items: each opens a paragraph of its own --
    ["一、2025年工作回顾", "（一）产业体系加快构建。", "1.新增规模以上工业企业83家。"],
    ["（一）大力发展新质生产力。", "一是新增规模以上工业企业80家以上；", "二是新认定高新技术企业90家以上。"],
    # -- a title's lines end on no mark --
    ["政府工作报告", "——2026年1月20日在白川市第九届人民代表大会第六次会议上", "白川市人民政府市长　林川"],
    # -- paragraphs written a line each: longer than an editor's line --
    ["2025年，全市地区生产总值完成1455.2亿元，增长5.2%；一般公共预算收入完成96.1亿元，增长3.1%，民生支出占比78%。",
     "新增规模以上工业企业83家。"],
    # -- lines of one page's width are a wrap's, though each happens to end on a mark --
    ["全市地区生产总值稳步增长，一般公共预算收入持续提高。", "新增规模以上工业企业八十余家，新认定高新技术企业九十家。",
     "实施市级重大项目一百八十余个，白川北站枢纽主体完工。", "城镇新增就业。"],
])
def test_blocks_that_are_no_broken_paragraph_stay(block) -> None:
    paragraphs = _paragraphs(block, BROKEN, BROKEN, BROKEN)
    assert [p.text for p in join_broken_blocks(paragraphs)][:len(block)] == block


def test_a_text_without_blank_lines_is_unchanged() -> None:
    paragraphs = tuple(Paragraph(text, line) for line, text in enumerate(BROKEN * 4, 1))
    assert join_broken_blocks(paragraphs) == paragraphs


def test_a_markdown_lists_items_stay_apart() -> None:
    """In a Markdown file the lines of a block are its list's items (their bullets stripped):
    each stays a paragraph of its own."""
    lines = ["一、2025年工作回顾", "", "- 新增规模以上工业企业83家，", "- 总数达到1598家。", "- 新认定高新技术企业80家。", ""]
    text = "\n".join(lines * 4) + "\n二、2026年重点任务\n\n1.新增规模以上工业企业80家以上。\n"
    texts = [p.text for p in parse(read_bytes(text.encode("utf-8"), "r.md")).blocks]
    assert texts.count("新认定高新技术企业80家。") == 4
    # -- the same lines without bullets in a text file: an editor's short lines, joined --
    joined = [p.text for p in parse(read_bytes(text.replace("- ", "").encode("utf-8"), "r.txt")).blocks]
    assert joined.count("新增规模以上工业企业83家，总数达到1598家。新认定高新技术企业80家。") == 4
