"""An address alone on its line (各位代表！, 各位委员：, 同志们！) turns a 政府工作报告 from one
stretch to the next: it is no measure, so a report that addresses the congress once more than
last year shows no new measure for it, and the paragraphs around it keep their printed numbers."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.models import BlockKind
from reportdiff.parse import parse_text
from reportdiff.pipeline import compare

OLD = """政府工作报告
——2024年3月5日在市第十六届人民代表大会第四次会议上
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，我们坚持稳中求进工作总基调，全市经济回升向好。
（一）全力稳住经济大盘。地区生产总值增长5.1%，新开工重大项目120个。
（二）持续改善民生。城镇新增就业5.2万人，新建改建农村公路300公里。
各位代表！
成绩来之不易。这是全市人民团结奋斗的结果。
二、2024年政府工作任务
（一）扩大有效投资。新开工重大项目130个以上。
（二）办好民生实事。新建养老服务中心20个。
各位代表！
让我们团结一心，为全面建设社会主义现代化城市而努力奋斗！
"""

#: The same report with one address more (before the plans' last section) and one said otherwise.
NEW = (OLD.replace("（二）办好民生实事。", "同志们！\n（二）办好民生实事。", 1)
       .replace("各位代表！\n成绩", "各位代表:\n成绩", 1))


def _script(text: str, script: str) -> str:
    return opencc.OpenCC("s2t").convert(text) if script == "traditional" else text


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_address_alone_is_no_measure(script: str) -> None:
    report = parse_text(_script(OLD, script))
    assert not any(m.text.startswith(("各位代表", "同志们")) for m in report.measures)
    # -- kept in the outline, where it stood --
    addresses = [b for b in report.blocks if b.text == "各位代表！"]
    assert len(addresses) == 2 and all(b.kind is BlockKind.OTHER for b in addresses)
    # -- the paragraph after it keeps its printed number: the address is the review's third paragraph --
    assert [m.id for m in report.measures if m.text.startswith(_script("成绩来之不易", script))] == ["一/¶3"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_address_more_or_said_otherwise_is_no_change(script: str) -> None:
    comparison = compare(_script(OLD, script), _script(NEW, script))
    assert {m.status.value for m in comparison.matches} == {"continued"}


def test_a_sentence_that_opens_with_the_address_stays_a_measure() -> None:
    report = parse_text(OLD.replace("各位代表！\n让我们", "各位代表！让我们", 1))
    assert any(m.text.startswith("各位代表！让我们") for m in report.measures)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_word_redline_gives_back_each_reports_addresses(script: str) -> None:
    """Addresses are no measures, yet Accept All gives the new report's text with its addresses,
    Reject All the old one's: an address only one report has is inserted or deleted where it
    stood, one both have stays plain."""
    from ooxml_revisions import resolve

    from reportdiff.normalize import key
    from reportdiff.render.docx import render_docx

    comparison = compare(_script(OLD, script), _script(NEW, script))
    data = render_docx(comparison)
    for mode, report in (("accept", comparison.new), ("reject", comparison.old)):
        assert [key(t) for _, t in resolve(data, mode) if t.strip()] == [key(b.text) for b in report.blocks], mode


@pytest.mark.parametrize("line", ["各位代表、同志们！", "各位代表，同志们：", "各位政协委员：", "各位代表和同志們！"])
def test_an_address_to_several_is_an_address(line: str) -> None:
    report = parse_text(OLD.replace("各位代表！\n成绩", f"{line}\n成绩", 1))
    assert not any(m.text == line for m in report.measures)
