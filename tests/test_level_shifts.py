"""Parts, sections and items that change level between the years (level_shifts.py): last year's
part 二 written as a section of this year's part 一, a （一） block written as a 1. item, and the
reverse. Paired, the block is no longer dropped on one side and new on the other, and the measures
under it are aligned as usual (continued or modified), not dropped and new."""

from __future__ import annotations

import json
import re

import opencc
import pytest

from reportdiff.level_shifts import heading_similarity
from reportdiff.models import Status
from reportdiff.pipeline import compare
from reportdiff.render import render

_T = opencc.OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

_HEAD = "{year}年青禾区法治政府建设年度报告\n{year}年，青禾区坚持以习近平法治思想为指导，扎实推进法治政府建设。\n"
_RESULTS = """（一）深化行政执法体制改革
1.推进综合行政执法改革。整合街道执法力量，组建综合执法队12支，实现一支队伍管执法。
2.规范涉企行政检查。推行“综合查一次”，涉企检查频次同比下降三成。
（二）提升行政复议质效
1.畅通复议申请渠道。在全区街镇设立行政复议受理点，全年受理复议案件326件。
2.加强复议监督。制发行政复议意见书和建议书15份，督促行政机关整改。
"""
_PUBLICITY = [
    "1.落实“谁执法谁普法”普法责任制。制定区级普法责任清单，明确42家单位普法任务。",
    "2.开展宪法宣传周活动。组织宪法进机关、进社区、进学校活动130余场，覆盖群众5万人次。",
    "3.建设法治文化阵地。新建法治文化公园2个、法治宣传长廊8处。",
]
_PLANS = """四、下一步工作打算
（一）持续推进严格规范公正文明执法。
（二）深化法治宣传教育，推动法治文化建设。
"""


def _old_with_part() -> str:
    """Old: 法治宣传教育 is part 二 of its own."""
    return (_HEAD.format(year=2024) + "一、主要举措及成效\n" + _RESULTS
            + "二、法治宣传教育工作\n" + "\n".join(_PUBLICITY) + "\n"
            + "三、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS)


def _new_with_section() -> str:
    """New: the same work, rewritten, is section （一） of part 一; part 二 is now the shortcomings."""
    reworded = [
        "1.普法责任落到实处。各执法单位对照任务逐项述职，年终考评结果向社会公开。",
        "2.办好宪法宣传周。围绕宪法精神举办主题讲座和知识竞赛，线上线下参与群众突破8万人次。",
        "3.打造法治文化阵地。街镇普遍建成法治广场，公园和长廊成为群众身边的普法课堂。",
    ]
    return (_HEAD.format(year=2025) + "一、主要举措及成效\n"
            + "（一）法治宣传教育工作\n" + "\n".join(reworded) + "\n"
            + _RESULTS.replace("（二）", "（三）").replace("（一）", "（二）")
            + "二、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS.replace("四、", "三、"))


@SCRIPTS
def test_an_old_part_written_as_a_section_is_paired_with_it(script) -> None:
    comparison = compare(script(_old_with_part()), script(_new_with_section()))
    parts = {(p.old.id if p.old else None, p.new.id if p.new else None): p for p in comparison.parts}
    part = parts[("二", None)]
    assert (part.level, part.counterpart) == ("part→section", "一/(一)")
    section = next(s for s in comparison.sections if s.new is not None and s.new.id == "一/(一)")
    assert section.old is None
    assert (section.level, section.counterpart) == ("part→section", "二")
    # -- the measures under it are aligned, none dropped or new --
    under = [m for m in comparison.matches if (m.old and m.old.part_id == "二" and m.old.role.value == "results")
             or (m.new and m.new.section_id == "一/(一)")]
    assert len(under) == 3
    assert {m.status for m in under} <= {Status.CONTINUED, Status.MODIFIED}, [m.status for m in under]


@SCRIPTS
def test_a_section_written_as_a_part_is_paired_the_other_way(script) -> None:
    comparison = compare(script(_new_with_section().replace("2025", "2024")),
                         script(_old_with_part().replace("2024", "2025")))
    part = next(p for p in comparison.parts if p.new is not None and p.new.id == "二" and p.old is None)
    assert (part.level, part.counterpart) == ("section→part", "一/(一)")
    section = next(s for s in comparison.sections if s.old is not None and s.old.id == "一/(一)")
    assert (section.new, section.level, section.counterpart) == (None, "section→part", "二")
    statuses = [m.status for m in comparison.matches if m.old and m.old.section_id == "一/(一)"]
    assert statuses and all(s in (Status.CONTINUED, Status.MODIFIED) for s in statuses), statuses


def _with_section_block() -> str:
    return (_HEAD.format(year=2024) + "一、主要举措及成效\n" + _RESULTS
            + "（三）加强行政规范性文件管理\n严格落实合法性审核制度，全年审核行政规范性文件28件。\n"
            + "二、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS.replace("四、", "三、"))


def _with_item() -> str:
    """The （三） block is now item 3. of section （二）."""
    results = _RESULTS.replace(
        "2.加强复议监督。制发行政复议意见书和建议书15份，督促行政机关整改。\n",
        "2.加强复议监督。制发行政复议意见书和建议书15份，督促行政机关整改。\n"
        "3.加强行政规范性文件管理。严格落实合法性审核制度，全年审核行政规范性文件31件。\n")
    return (_HEAD.format(year=2025) + "一、主要举措及成效\n" + results
            + "二、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS.replace("四、", "三、"))


@SCRIPTS
def test_a_section_written_as_an_item_is_paired_with_it(script) -> None:
    comparison = compare(script(_with_section_block()), script(_with_item()))
    section = next(s for s in comparison.sections if s.old is not None and s.old.id == "一/(三)")
    assert (section.new, section.level, section.counterpart) == (None, "section→item", "一/(二)/3")
    match = next(m for m in comparison.matches if m.new is not None and m.new.id == "一/(二)/3")
    assert match.old is not None and match.status is Status.MODIFIED  # -- not moved: its block went there --


@SCRIPTS
def test_an_item_written_as_a_section_is_paired_with_it(script) -> None:
    comparison = compare(script(_with_item().replace("2025", "2024")),
                         script(_with_section_block().replace("2024", "2025")))
    section = next(s for s in comparison.sections if s.new is not None and s.new.id == "一/(三)")
    assert (section.old, section.level, section.counterpart) == (None, "item→section", "一/(二)/3")
    match = next(m for m in comparison.matches if m.old is not None and m.old.id == "一/(二)/3")
    assert match.new is not None and match.status is Status.MODIFIED  # -- not moved: its block went there --


@SCRIPTS
def test_an_item_moved_to_a_new_section_is_no_level_change(script) -> None:
    """An item that stays an item under a section new this year moved; the section is new."""
    old = _old_with_part()
    new = (_HEAD.format(year=2025) + "一、主要举措及成效\n" + _RESULTS.replace(
        "2.规范涉企行政检查。推行“综合查一次”，涉企检查频次同比下降三成。\n", "")
        + "（三）优化法治化营商环境\n1.规范涉企行政检查。推行“综合查一次”，涉企检查频次同比下降四成。\n"
        + "2.开展民营企业法治体检。走访企业200家，提出法律意见300余条。\n"
        + "二、法治宣传教育工作\n" + "\n".join(_PUBLICITY) + "\n"
        + "三、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS)
    comparison = compare(script(old), script(new))
    assert all(s.level is None for s in comparison.sections), [(s.old, s.new, s.level) for s in comparison.sections]
    assert all(p.level is None for p in comparison.parts)


@SCRIPTS
def test_json_carries_the_level_and_the_counterpart(script) -> None:
    document = json.loads(render(compare(script(_old_with_part()), script(_new_with_section())), "json"))
    part = next(p for p in document["parts"] if p["old"] and p["old"]["id"] == "二" and p["new"] is None)
    assert (part["level"], part["counterpart"]) == ("part→section", "一/(一)")
    section = next(s for s in document["sections"] if s["new"] and s["new"]["id"] == "一/(一)")
    assert (section["level"], section["counterpart"]) == ("part→section", "二")
    # -- and what a reader is told, in the language asked for --
    assert (part["note"], section["note"]) == ("原第二部分调整为第一部分下的小节一、（一）",) * 2
    english = json.loads(render(compare(script(_old_with_part()), script(_new_with_section())), "json", lang="en"))
    assert {s["note"] for s in english["sections"] if "note" in s} == {"old part 二 became a section of part 一 (一. (一))"}
    # -- only where a level changed --
    assert all("level" not in s for s in document["sections"] if s is not section)


@SCRIPTS
def test_html_shows_the_shifted_part_as_moved_not_struck(script) -> None:
    """The old part written as a section this year stands (holding what was dropped from it)
    with its heading in the moved style and the tag saying where it went, not struck in red."""
    old = _old_with_part().replace(
        "3.建设法治文化阵地。", "4.开展青少年模拟法庭比赛。全年举办比赛十场，覆盖中小学生三千人。\n3.建设法治文化阵地。")
    html = render(compare(script(old), script(_new_with_section())), "html")
    head = re.search(r'<section class="part([^"]*)" id="old-p-二">\n<h2>(.*?)</h2>', html)
    assert head is not None and head.group(1) == " shifted", head
    assert "<del>" not in head.group(2) and 'class="tag st-moved level"' in head.group(2), head.group(2)
    toc = re.search(r'<li class="toc-part([^"]*)"><a href="#old-p-二">(.*?)</a>', html)
    assert toc is not None and toc.group(1) == " shifted" and "<del>" not in toc.group(2), toc


def test_heading_similarity_sets_the_years_aside() -> None:
    assert heading_similarity("2024年法治宣传教育工作", "法治宣传教育工作") == 1.0
    assert heading_similarity(_T("加強行政規範性文件管理"), "加强行政规范性文件管理") == 1.0
    assert heading_similarity("加强", "加强") == 0.0  # -- too short to tell --
    assert heading_similarity("法治宣传教育工作", "深化行政执法体制改革") < 0.5


@SCRIPTS
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_the_terminal_and_markdown_say_what_the_block_became(script, fmt: str) -> None:
    comparison = compare(script(_old_with_part()), script(_new_with_section()))
    shown = render(comparison, fmt)
    # -- beside the new section, where it came from: one line for the pair, as for a moved
    #    block, not the old part deleted and the new section added --
    assert "一、（一）（原第二部分调整为第一部分下的小节）" in shown
    assert "原二、（调整为第一部分下的小节一、（一））" not in shown
    english = render(comparison, fmt, lang="en")
    assert "(old part 二 became a section of part 一)" in english
    assert "(became a section of part 一 (一. (一)))" not in english
    # -- its heading redlined against the old part's: 法治宣传教育工作 both years --
    line = next(line for line in shown.splitlines() if "原第二部分调整为第一部分下的小节" in line)
    assert not any(mark in line for mark in ("[-", "{+", "<del>", "<ins>")), line


@SCRIPTS
def test_an_item_that_became_a_section_is_named_by_its_old_place(script) -> None:
    comparison = compare(script(_with_item().replace("2025", "2024")),
                         script(_with_section_block().replace("2024", "2025")))
    assert "一、（三）（原一、（二）第3项调整为小节）" in render(comparison, "text")
    assert "一、（二）第3项调整为一、（三）" not in render(comparison, "text")
    reverse = compare(script(_with_section_block()), script(_with_item()))
    assert "原一、（三）（调整为一、（二）第3项）" in render(reverse, "md")
    assert "(became 一. (二) item 3)" in render(reverse, "text", lang="en")


AUDIT19 = __import__("pathlib").Path(__file__).resolve().parent / "data" / "audit19"


def test_a_ministrys_parts_that_became_sections_of_one_review_part() -> None:
    """The ministry's 2023 report (saved page, Simplified) writes its results as parts 二–四; its 2024
    report (Traditional) as sections （二）–（四） of one part 一 (主要举措和成效): each such part is that
    section, and no measure changes status for it. Its part 一 深入学习贯彻… too: the 2024 section
    （一） of that heading, although the section 一、（一） 强化理论学习 shares its first measure (its
    sections are that section's 一是/二是 points)."""
    comparison = compare(AUDIT19 / "qxsw-2023.html", AUDIT19 / "qxsw-2024.html")
    shifted = {(p.old.id, p.counterpart) for p in comparison.parts if p.level == "part→section"}
    assert shifted == {("一", "一/(一)"), ("二", "一/(二)"), ("三", "一/(三)"), ("四", "一/(四)")}
    back = {(s.new.id, s.counterpart) for s in comparison.sections if s.level == "part→section"}
    assert back == {("一/(一)", "一"), ("一/(二)", "二"), ("一/(三)", "三"), ("一/(四)", "四")}
    points = {(s.old.id, s.counterpart) for s in comparison.sections if s.level == "section→item"}
    assert points == {("一/(一)", "一/(一)/一是"), ("一/(二)", "一/(一)/二是")}
    statuses = {m.old.id: m.status for m in comparison.matches if m.old and m.old.part_id == "一"}
    assert statuses == {"一/(一)": Status.MODIFIED, "一/(二)": Status.MODIFIED}, statuses


def _old_with_theme_part() -> str:
    """Old: the theme of the year is part 一 of its own, its two sections headings with their body."""
    return (_HEAD.format(year=2024) + "一、深入学习贯彻习近平法治思想，加强党对法治政府建设的领导\n"
            + "（一）强化理论学习。区政府常务会议专题学法6次，举办领导干部法治讲座4场。\n"
            + "（二）健全工作机制。印发年度法治政府建设工作要点，明确重点任务26项。\n"
            + "二、推进严格规范公正文明执法\n" + _RESULTS.split("（二）")[0]
            + "三、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS)


def _new_with_theme_section() -> str:
    """New: the theme is section （一） of one results part, its sections written as 一是/二是 points."""
    return (_HEAD.format(year=2025) + "一、2025年推进法治政府建设的主要举措和成效\n"
            + "（一）深入学习贯彻习近平法治思想，加强党对法治政府建设的领导\n"
            + "一是强化理论学习。区政府常务会议专题学法8次，举办领导干部法治讲座5场。"
            + "二是健全工作机制。印发年度法治政府建设工作要点，明确重点任务30项。\n"
            + _RESULTS.split("（二）")[0].replace("（一）", "（二）")
            + "二、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS.replace("四、", "三、"))


@SCRIPTS
def test_a_section_paired_by_its_measures_yields_to_the_part_of_its_heading(script) -> None:
    """The old part 一 is the new section 一、（一） (the same heading), not its old section （一）
    强化理论学习 that shares the first measure: the part changed level, and its sections became
    the section's points, their measures modified where they went, not moved."""
    comparison = compare(script(_old_with_theme_part()), script(_new_with_theme_section()))
    part = next(p for p in comparison.parts if p.old is not None and p.old.id == "一")
    assert (part.new, part.level, part.counterpart) == (None, "part→section", "一/(一)")
    levels = {(s.old.id if s.old else None, s.new.id if s.new else None): (s.level, s.counterpart)
              for s in comparison.sections if s.level}
    assert levels[(None, "一/(一)")] == ("part→section", "一")
    assert levels[("一/(一)", None)] == ("section→item", "一/(一)/一是")
    assert levels[("一/(二)", None)] == ("section→item", "一/(一)/二是")
    statuses = {m.old.id: m.status for m in comparison.matches if m.old and m.old.part_id == "一"}
    assert statuses == {"一/(一)": Status.MODIFIED, "一/(二)": Status.MODIFIED}, statuses


def _old_with_sectioned_part() -> str:
    """Old: part 二 法治宣传教育 has two sections of its own."""
    return (_HEAD.format(year=2024) + "一、主要举措及成效\n" + _RESULTS
            + "二、深入开展法治宣传教育\n"
            + "（一）压实普法责任\n制定区级普法责任清单，明确42家单位普法任务。\n"
            + "（二）建设法治文化阵地\n新建法治文化公园2个、法治宣传长廊8处。\n"
            + "三、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS)


def _new_with_nested_items() -> str:
    """New: part 二 is section （三） of part 一, and its two sections are that section's items."""
    return (_HEAD.format(year=2025) + "一、主要举措及成效\n" + _RESULTS
            + "（三）深入开展法治宣传教育\n"
            + "1.压实普法责任。更新区级普法责任清单，46家单位按清单开展普法。\n"
            + "2.建设法治文化阵地。法治文化公园增至3个，街镇普遍建成法治广场。\n"
            + "二、存在的不足\n基层执法人员法治素养有待提升。\n" + _PLANS.replace("四、", "三、"))


@SCRIPTS
def test_the_sections_of_a_part_that_became_a_section_become_its_items(script) -> None:
    comparison = compare(script(_old_with_sectioned_part()), script(_new_with_nested_items()))
    levels = {(s.old.id if s.old else None, s.new.id if s.new else None): (s.level, s.counterpart)
              for s in comparison.sections if s.level}
    assert levels == {(None, "一/(三)"): ("part→section", "二"),
                      ("二/(一)", None): ("section→item", "一/(三)/1"),
                      ("二/(二)", None): ("section→item", "一/(三)/2")}
    statuses = {m.old.id: m.status for m in comparison.matches if m.old and m.old.part_id == "二"}
    assert statuses and all(s is Status.MODIFIED for s in statuses.values()), statuses
