"""A part the next report folds into another (二、存在的不足 said in the review's last paragraph,
三、加强政府自身建设 as a paragraph or a section of the tasks) is merged there, not dropped: its
points are found in the paragraph that now holds them, the part is marked merged into that part
(原第二部分并入第一部分) in every output, and a part whose content is gone stays dropped. Both scripts."""

from __future__ import annotations

import json

import opencc
import pytest

from reportdiff.models import Status
from reportdiff.pipeline import compare
from reportdiff.render import render

_T = opencc.OpenCC("s2t").convert

_SHORTCOMINGS = "一是基层执法人员法律知识更新还不够及时；二是执法装备配备和信息化建设还不均衡；三是行政复议纠错率仍然偏高。\n"


def _department(year: int, shortcomings_part: bool) -> str:
    review = (f"青州市生态环境局{year}年法治政府建设年度报告\n一、{year}年推进法治政府建设的主要举措和成效\n"
              f"（一）严格规范公正文明执法。全年查处环境违法案件612件，罚没款4350万元。组织执法人员培训1500人次。\n"
              f"（二）强化行政权力制约监督。办理人大代表建议28件、政协提案31件。主动公开政府信息1820条。\n")
    plans = (f"{'三' if shortcomings_part else '二'}、{year + 1}年推进法治政府建设的主要安排\n"
             "（一）提升执法规范化水平。推行非现场执法，推广移动执法终端。\n（二）加强执法队伍建设。组织执法人员培训不少于1600人次。\n")
    if shortcomings_part:
        return review + "二、存在的不足\n" + _SHORTCOMINGS + plans
    return (review + "同时也要看到，我局法治政府建设还存在一些不足：基层执法人员法律知识更新还不够及时，"
            "执法装备配备和信息化建设还不均衡，行政复议纠错率仍然偏高。\n" + plans)


_SELF = ("三、加强政府自身建设\n新征程上，我们要以更高标准加强政府自身建设。\n"
         "一是坚持依法行政，自觉接受市人大及其常委会的法律监督、工作监督和市政协的民主监督，认真办理人大代表建议和政协提案。\n"
         "二是坚持廉洁从政，持之以恒落实中央八项规定精神，坚持过紧日子，把有限的财力用在发展紧要处、民生急需上。\n"
         "三是坚持真抓实干，大兴调查研究之风，以钉钉子精神抓好工作落实。\n")
# -- the three points said as one paragraph's sentences, each shorter than it was --
_FOLDED = "。".join((
    "坚持依法行政，自觉接受市人大及其常委会的法律监督、工作监督和市政协的民主监督",
    "坚持廉洁从政，持之以恒落实中央八项规定及其实施细则精神，坚持政府过紧日子",
    "坚持真抓实干，以钉钉子精神抓好工作落实",
)) + "。\n"


def _city(year: int, tail: str) -> str:
    return (f"{year}年临川市人民政府工作报告\n一、{year - 1}年工作回顾\n"
            "（一）着力扩大有效投资。全年实施市级重点项目260个，完成投资1120亿元。\n"
            "（二）着力保障改善民生。城镇新增就业4.6万人。新建改扩建中小学、幼儿园18所。\n"
            f"二、{year}年工作安排\n（一）着力扩大有效需求。实施市级重点项目250个，完成投资1150亿元以上。\n"
            "（二）着力保障和改善民生。城镇新增就业4.5万人以上。新建改扩建中小学、幼儿园15所。\n" + tail)


def _folds(comparison) -> dict[str, tuple[str | None, str | None]]:
    return {m.old.id: (m.level, m.counterpart) for m in comparison.parts if m.old is not None and m.new is None}


def _dropped(comparison) -> list[str]:
    return [m.old.id for m in comparison.matches if m.status is Status.DROPPED]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_shortcomings_part_folded_into_the_review_is_merged_there(script) -> None:
    comparison = compare(script(_department(2024, True)), script(_department(2025, False)))
    assert _folds(comparison) == {"二": ("part→part", "一")}
    # -- its three points are in the paragraph that now says them --
    into = {m.old.id: m.new.id for m in comparison.matches if m.old and m.new and m.old.part_id == "二"}
    assert into == {"二/一是": "一/¶1", "二/二是": "一/¶1", "二/三是": "一/¶1"}
    assert "原第二部分并入第一部分" in render(comparison, "html")  # -- labels are the reader's language, not the report's script --
    assert "并入第一部分" in render(comparison, "text")
    parts = json.loads(render(comparison, "json"))["parts"]
    assert [p["note"] for p in parts if p.get("level")] == ["原第二部分并入第一部分"]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_self_building_part_folded_into_the_tasks_is_found_there(script) -> None:
    paragraph = compare(script(_city(2025, _SELF)), script(_city(2026, "做好今年工作，必须以更高标准加强政府自身建设。" + _FOLDED)))
    assert _folds(paragraph) == {"三": ("part→part", "二")}
    assert _dropped(paragraph) == []
    section = compare(script(_city(2025, _SELF)), script(_city(2026, "（三）着力加强政府自身建设。" + _FOLDED)))
    assert _folds(section) == {"三": ("part→section", "二/(三)")}
    # -- 三是 lost a clause (大兴调查研究之风) on the way: still found in the section --
    assert _dropped(section) == []


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_part_whose_content_is_gone_stays_dropped(script) -> None:
    comparison = compare(script(_city(2025, _SELF)), script(_city(2026, "")))
    assert _folds(comparison) == {"三": (None, None)}
    assert set(_dropped(comparison)) == {"三/¶1", "三/一是", "三/二是", "三/三是"}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_a_folded_part_names_its_receiver_in_text_and_markdown(script, fmt) -> None:
    # -- the old heading is struck alone (it is no rewording of the receiver's heading) and the
    #    line names the part it went into, by number and heading, as HTML and JSON do --
    comparison = compare(script(_city(2025, _SELF)), script(_city(2026, "做好今年工作，必须以更高标准加强政府自身建设。" + _FOLDED)))
    line = next(line for line in render(comparison, fmt).splitlines() if "并入" in line)
    assert "并入第二部分“" + script("2026年工作安排") + "”" in line
    assert script("加强政府自身建设") in line
    assert "2026年工作安排" not in line.replace("并入第二部分“" + script("2026年工作安排") + "”", "")
    assert ("{+" not in line) if fmt == "text" else ("<ins>" not in line)
    english = next(line for line in render(comparison, fmt, lang="en").splitlines() if "merged into" in line)
    assert "merged into part 二 “2026年工作安排”" in english


def test_a_last_part_is_not_folded_by_the_closing_call_alone() -> None:
    """Last year's 三、加强政府自身建设 held its lead and the report's closing call (各位代表，…而努力
    奋斗！); this year's report has no such part and closes after its tasks. The closing call
    pairs with this year's, but the part is dropped, not merged into the tasks."""
    old = ("政府工作报告\n一、2023年工作回顾\n（一）项目建设扎实推进。实施重点项目86个。\n"
           "二、2024年工作安排\n（一）扩大有效投资。实施重点项目90个以上。\n"
           "三、加强政府自身建设\n我们将坚持依法行政，自觉接受县人大及其常委会的法律监督和工作监督。\n"
           "各位代表，新的征程催人奋进。让我们在县委的坚强领导下，为谱写高质量发展新篇章而努力奋斗！\n")
    new = ("政府工作报告\n一、2024年工作回顾\n（一）项目建设提速增效。实施重点项目93个。\n"
           "二、2025年工作安排\n（一）扩大有效需求。实施重点项目95个以上。\n"
           "各位代表，奋斗创造历史，实干成就未来。让我们在县委的坚强领导下，为加快建设现代化美丽家园而努力奋斗！\n")
    comparison = compare(old, new)
    assert _folds(comparison) == {"三": (None, None)}
    assert "三/¶1" in _dropped(comparison)
