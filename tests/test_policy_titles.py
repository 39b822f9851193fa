"""A 政府工作报告 rewrites a policy area's paragraph every year and may move it to another section,
but its opening still names the area (加快医药卫生体制改革 → 继续推进医药卫生体制改革): such a
paragraph pairs with its predecessor, not read as one new and one dropped, nor left merged into
a paragraph of another area it shares few words with."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.models import Status
from reportdiff.pipeline import compare

_T = opencc.OpenCC("s2t").convert

OLD = """2027年江川市人民政府工作报告
一、2026年工作回顾
全市地区生产总值增长5.2%，一般公共预算收入增长6.1%。
二、2027年重点工作
（一）深化重点领域改革。坚持问题导向，推动改革落地见效。
加快医药卫生体制改革。推进公立医院综合改革，完善分级诊疗制度，扩大家庭医生签约服务覆盖面。
深化国有企业改革。完成市属国企混合所有制改革，健全现代企业制度。
（二）保障和改善民生。坚持尽力而为、量力而行。
稳定扩大就业。城镇新增就业4万人，开发公益性岗位2000个。
发展公平优质教育。新建改扩建中小学12所，新增学位1.5万个。
"""

NEW = """2028年江川市人民政府工作报告
一、2027年工作回顾
全市地区生产总值增长5.0%，一般公共预算收入增长5.8%。
二、2028年重点工作
（一）深化重点领域改革。坚持问题导向，推动改革落地见效。
深化国有企业改革。完成市属国企混合所有制改革，健全现代企业制度。
（二）保障和改善民生。坚持尽力而为、量力而行。
稳定扩大就业。城镇新增就业4万人，开发公益性岗位2000个。
发展公平优质教育。新建改扩建中小学10所，新增学位1.2万个。
继续推进医药卫生体制改革。推动优质医疗资源扩容下沉，建设紧密型县域医共体，提高基层诊疗能力。
"""


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_paragraph_naming_the_same_policy_area_pairs_across_sections(script) -> None:
    comparison = compare(script(OLD), script(NEW))
    health = [m for m in comparison.matches
              if any(side is not None and script("医药卫生体制改革") in side.title for side in (m.old, m.new))]
    assert [(m.status, m.old.id, m.new.id) for m in health if m.old and m.new] == [
        (Status.MOVED, "二/(一)/¶1", "二/(二)/¶3")], [(m.status, (m.old or m.new).id) for m in health]
    assert not [m for m in health if m.status in (Status.NEW, Status.DROPPED)]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_titles_alike_in_words_only_do_not_pair(script) -> None:
    """深化国有企业改革 and 深化农村改革 share 深化…改革, no policy area."""
    old = OLD.replace("加快医药卫生体制改革。", "深化农村改革。")
    new = NEW.replace("继续推进医药卫生体制改革。", "深化文化改革。")
    comparison = compare(script(old), script(new))
    opened = [m for m in comparison.matches if m.old is not None and m.old.title == script("深化农村改革")]
    assert [m.status for m in opened] == [Status.DROPPED]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_area_named_second_is_not_the_paragraphs_own(script) -> None:
    """——健全养老体系，加快医药卫生体制改革 opens on elderly care: it names health reform only
    after it, and is no successor by its title to 加快医药卫生体制改革. Its body is all health
    reform, so it pairs in the last pass, as the one leftover nearest by content (``mutual``)."""
    new = NEW.replace("继续推进医药卫生体制改革。", "——健全养老体系，加快医药卫生体制改革。")
    comparison = compare(script(OLD), script(new))
    health = [m for m in comparison.matches if m.old is not None and m.old.id == "二/(一)/¶1"]
    assert [(m.status, m.method) for m in health] == [(Status.MOVED, "mutual")]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_area_named_first_pairs_whatever_follows_it(script) -> None:
    new = NEW.replace("继续推进医药卫生体制改革。", "——继续推进医药卫生体制改革，提升质效。")
    comparison = compare(script(OLD), script(new))
    health = [m for m in comparison.matches if m.old is not None and m.old.id == "二/(一)/¶1"]
    assert [(m.status, m.new.id) for m in health] == [(Status.MOVED, "二/(二)/¶3")]
