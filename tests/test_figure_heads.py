"""Two figures counting different units of one programme word (示范村 and 示范片区, 试点县 and
试点村) are two indicators, however alike the words before them (audit27: a county's 创建省级美丽
乡村示范村5个 was paired with next year's 建设和美乡村示范片区3个, "-2个")."""

import pytest
from opencc import OpenCC

from reportdiff.figure_similarity import label_similarity
from reportdiff.normalize import key
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("a", "b", "same"), [
    ("省级美丽乡村示范村", "建设和美乡村示范片区", False),
    ("数字乡村试点县", "数字乡村试点村", False),
    ("美丽乡村示范村", "省级美丽乡村示范村", True),
    ("乡村振兴示范村", "乡村振兴示范村庄", True),
])
def test_units_of_a_programme_word(script, a: str, b: str, same: bool) -> None:
    assert (label_similarity(key(script(a)), key(script(b))) >= 0.5) is same


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_plan_of_villages_is_not_paired_with_a_plan_of_areas(script) -> None:
    def report(year: int, plan: str) -> str:
        return script(f"政府工作报告\n一、{year - 1}年工作回顾\n（一）乡村振兴全面推进。一是建成高标准农田3.1万亩。\n"
                      f"二、{year}年重点工作\n（一）推进乡村全面振兴。一是建成高标准农田3万亩。二是{plan}。\n")

    comparison = compare(report(2025, "创建省级美丽乡村示范村5个"), report(2026, "建设和美乡村示范片区3个"))
    paired = [(f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new and f.unit == "个"]
    assert paired == [], paired


def test_what_was_done_to_documents_pairs_in_either_order() -> None:
    """规范性文件修改5件 (a list after 共清理规范性文件46件) and next year's 修改规范性文件6件 are one
    figure: the verb before the object one year, after it the other; 清理 is another deed."""
    assert label_similarity("规范性文件修改", "修改规范性文件") > label_similarity("清理规范性文件", "修改规范性文件")
    old = ("某局2023年法治政府建设年度报告\n一、2023年主要举措及成效\n"
           "（一）完善制度体系。开展规范性文件集中清理，共清理规范性文件46件，废止9件，修改5件。\n")
    new = ("某局2024年法治政府建设年度报告\n一、2024年主要举措及成效\n"
           "（一）完善制度体系。开展政策措施清理，修改规范性文件6件。\n")
    pairs = {(f.old.raw, f.new.raw) for f in compare(old, new).figures if f.old and f.new}
    assert ("5件", "6件") in pairs and ("46件", "6件") not in pairs
