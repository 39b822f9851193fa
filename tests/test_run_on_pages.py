"""A whole report on one line (a page copied from a document site, its line breaks lost): the
paragraphs are found again at the markers that open them after a sentence's end."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.models import Role
from reportdiff.pipeline import compare, load_report

_T = OpenCC("s2t").convert

_OLD = ("云山县2023年度法治政府建设情况报告2023年,云山县坚持以习近平法治思想为指导,扎实推进依法行政。"
        "一、强化组织领导,压实法治责任(一)健全工作机制。县政府常务会议全年专题研究法治政府建设4次。"
        "(二)抓好学法用法。举办领导干部法治培训班2期,培训干部320人次。"
        "二、规范行政执法,提升执法质效一是开展执法案卷评查,评查案卷150卷。二是组织执法人员轮训,轮训860人次。"
        "三、存在的不足执法人员专业素质有待提高。"
        "四、2024年工作安排一是建成县行政复议服务中心。二是实现执法证件电子化。")
_NEW = ("云山县2024年度法治政府建设情况报告2024年,云山县坚持以习近平法治思想为指导,扎实推进依法行政。"
        "一、强化组织领导,压实法治责任(一)健全工作机制。县政府常务会议全年专题研究法治政府建设5次。"
        "(二)抓好学法用法。举办领导干部法治培训班3期,培训干部410人次。"
        "二、规范行政执法,提升执法质效一是建成县行政复议服务中心,全年接待群众120人次。二是实现执法证件电子化。"
        "三、存在的不足基层执法力量薄弱。"
        "四、2025年工作安排一是推进执法规范化建设。")


def _page(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("convert", [str, _T])
def test_a_report_on_one_line_has_its_parts_and_sections(convert, tmp_path) -> None:
    report = load_report(_page(tmp_path, "2023.txt", convert(_OLD)))
    assert [p.id for p in report.parts] == ["一", "二", "三", "四"]
    assert [s.id for s in report.parts[0].sections] == ["一/(一)", "一/(二)"]
    assert report.parts[3].role is Role.PLANS
    assert report.title == convert("云山县2023年度法治政府建设情况报告")
    assert report.year == 2023


@pytest.mark.parametrize("convert", [str, _T])
def test_two_one_line_reports_compare(convert, tmp_path) -> None:
    comparison = compare(_page(tmp_path, "2023.txt", convert(_OLD)), _page(tmp_path, "2024.txt", convert(_NEW)))
    assert {p.status for p in comparison.promises} >= {"delivered"}


def test_a_sentence_that_names_a_numbered_list_inline_is_no_run_on_page() -> None:
    """A report written a paragraph a line keeps its paragraphs as written."""
    text = ("某县2023年度法治政府建设情况报告\n一、主要举措和成效\n全年审查合同45份。一、二级执法人员培训全覆盖。\n"
            "二、2024年工作安排\n一是建成法律服务站。\n")
    report = load_report(text)
    assert [p.id for p in report.parts] == ["一", "二"]


_INLINE = """某县2024年法治政府建设年度报告
一、2024年主要举措和成效
（一）规范行政执法
1.开展案卷评查，评查案卷150卷。2.组织执法培训，培训执法人员860人次。3.推行说理式执法，增长2.5%。
二、2025年工作安排
一是建成法律服务站。
"""


@pytest.mark.parametrize("convert", [str, _T])
def test_items_numbered_inline_on_one_line_are_items(convert) -> None:
    section = load_report(convert(_INLINE)).parts[0].sections[0]
    assert [m.id for m in section.measures] == ["一/(一)/1", "一/(一)/2", "一/(一)/3"]
    assert section.measures[2].text == convert("推行说理式执法，增长2.5%。")


def test_a_number_out_of_turn_stays_in_its_sentence() -> None:
    text = _INLINE.replace("2.组织执法培训", "3.组织执法培训").replace("3.推行", "4.推行")
    section = load_report(text).parts[0].sections[0]
    assert [m.id for m in section.measures] == ["一/(一)/1"]


@pytest.mark.parametrize("convert", [str, _T])
def test_inline_items_run_on_from_the_section_before_and_after_a_heading(convert) -> None:
    text = ("某县2024年政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长6%。\n二、2024年工作安排\n"
            "（一）扩大有效投资\n1.安排重点项目130个。2.建成快速通道一期。\n"
            "（二）发展先进制造业\n3.新引进亿元以上项目25个。4.培育专精特新企业8家。\n"
            "（三）推进乡村振兴。5.新建高标准农田1.5万亩。6.改造农村公路90公里。\n")
    sections = load_report(convert(text)).parts[1].sections
    assert [[m.id for m in s.measures] for s in sections] == [
        ["二/(一)/1", "二/(一)/2"], ["二/(二)/3", "二/(二)/4"], ["二/(三)/5", "二/(三)/6"]]
