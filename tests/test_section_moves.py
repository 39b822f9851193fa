"""A section that changed its place says where it came from (二、（一）（原二、（三））) in every
output; the sections taken as staying put are those of the longest run that kept its order and,
among such runs, the one that keeps them nearest their old places (a section still at its old
number is no move while one brought from the back to the front is)."""

from __future__ import annotations

import re

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
    "E": "（{n}）提升城市治理水平\n完成老旧小区改造60个，新增公共停车位5000个。\n",
}
_NUMERALS = "一二三四五"


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


def _heading_marks(shown: str, fmt: str, new: str, old: str) -> bool:
    """Whether the heading of section ``new`` says it was ``old`` (not a measure's label)."""
    if fmt == "html":
        return re.search(f'<h3><span class="smarker">{re.escape(new[-3:])}</span>[^<]*'
                         f'<span class="oldid">原{re.escape(old)}</span></h3>', shown) is not None
    return f"{new}（原{old}）" in shown


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_a_section_renumbered_by_one_added_before_it_says_where_it_came_from(script, fmt: str) -> None:
    # -- a section added at the front moves every other one down a number, in order: no move,
    #    yet a reader looking for last year's 二、（一） must be told it is now 二、（二） --
    comparison = compare(script(_report(2027, "ABCD")), script(_report(2028, "EABCD")))
    assert not any(s.moved for s in comparison.sections)
    shown = render(comparison, fmt)
    for old, new in (("二、（一）", "二、（二）"), ("二、（二）", "二、（三）"), ("二、（三）", "二、（四）"),
                     ("二、（四）", "二、（五）")):
        assert _heading_marks(shown, fmt, script(new), script(old)), (fmt, new)
    # -- the added section has no earlier number --
    assert script("二、（一）（原") not in shown


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_a_moved_section_that_kept_its_number_is_not_marked(script, fmt: str) -> None:
    # -- E stays 二、（三） while the sections around it trade places: it left the run that kept
    #    its order (moved in JSON), but its number is last year's and （原二、（三）） says nothing --
    comparison = compare(script(_report(2027, "ABECD")), script(_report(2028, "CDEAB")))
    kept = [s for s in comparison.sections if s.old and s.new and s.old.id == s.new.id]
    assert [(s.new.id, s.moved) for s in kept] == [("二/(三)", True)]
    shown = render(comparison, fmt)
    assert script("二、（三）（原二、（三））") not in shown
    assert _heading_marks(shown, fmt, script("二、（一）"), script("二、（四）"))
    assert _heading_marks(shown, fmt, script("二、（五）"), script("二、（二）"))
