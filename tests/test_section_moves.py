"""A section that changed its place says where it came from (二、（一）（原二、（三））) in every
output; the sections taken as staying put are those of the longest run that kept its order and,
among such runs, the one that keeps them nearest their old places (a section still at its old
number is no move while one brought from the back to the front is)."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.pipeline import compare
from reportdiff.render import render

_T = opencc.OpenCC("s2t").convert

_SECTIONS = {
    "A": "（{n}）推进产业升级\n新增规模以上工业企业80家，建设省级技术创新中心3个。\n",
    "B": "（{n}）深化改革开放\n完成市属国企混合所有制改革，进出口总额增长6%。\n",
    "C": "（{n}）保障和改善民生\n城镇新增就业4万人，新建改扩建中小学12所。\n",
    "D": "（{n}）加强生态环境保护\n完成造林绿化2万亩，空气质量优良天数比例达到88%。\n",
}
_NUMERALS = "一二三四"


def _report(year: int, order: str) -> str:
    body = "".join(_SECTIONS[name].format(n=_NUMERALS[i]) for i, name in enumerate(order))
    return f"{year}年江川市人民政府工作报告\n一、{year - 1}年工作回顾\n全市地区生产总值增长5.2%。\n二、{year}年重点工作\n{body}"


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_sections_brought_forward_are_the_moved_ones(script) -> None:
    comparison = compare(script(_report(2027, "ABCD")), script(_report(2028, "CBAD")))
    moved = {(s.old.id, s.new.id): s.moved for s in comparison.sections
             if s.old and s.new and s.old.id.startswith("二/")}
    assert moved == {("二/(三)", "二/(一)"): True, ("二/(二)", "二/(二)"): False, ("二/(一)", "二/(三)"): True,
                     ("二/(四)", "二/(四)"): False}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_every_moved_section_says_where_it_came_from(script, fmt: str) -> None:
    comparison = compare(script(_report(2027, "ABCD")), script(_report(2028, "CBAD")))
    shown = render(comparison, fmt)
    for place in ("二、（三）", "二、（一）"):
        assert script(f"原{place}") in shown, (fmt, place)
    # -- the section that kept its place is no move --
    assert script("原二、（二）") not in shown
