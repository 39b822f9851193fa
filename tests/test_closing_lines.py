"""The lines that close a report after its last measure (the body's name and the date under it)
are paired like any other block in the Word redline: a signature both reports have stays plain
(in 繁體 against 简体 too), the date is redlined, and a plan item new at the end of the last part
is inserted before the signature, not after it.

The reports are written for the test: a township's 法治政府建设年度报告 of two years, the older
one in 繁體.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC
from ooxml_revisions import W, document_xml, resolve

from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.render.docx import render_docx

#: The report of a year: its review's figures, its shortcomings and next year's plans vary.
_REPORT = """\
青石乡{year}年法治政府建设年度报告
{year}年，青石乡坚持以习近平法治思想为指导，{verb}推进法治政府建设，现将有关情况报告如下。
一、主要工作
1.加强党的领导。召开党委会专题研究法治建设工作{meetings}次，组织乡村干部集中学法{studies}次。
2.推进依法决策。重大行政决策全部经过合法性审查，审查合同和规范性文件{reviews}件。
3.化解矛盾纠纷。排查调处矛盾纠纷{disputes}起，调解成功率{settled}。
二、存在的不足
{shortcomings}
三、{plan_year}年工作打算
1.健全依法决策机制。继续落实合法性审查制度，重大行政决策合法性审查率保持100%。
{plans}
{closing}"""

OLD = _REPORT.format(year=2024, verb="扎实", meetings=3, studies=4, reviews=32, disputes=146, settled="98.6%",
                     shortcomings="一是法治宣传形式较为单一；二是执法人员专业能力有待提升。", plan_year=2025,
                     plans="2.提高执法规范化水平。推动综合行政执法队执法人员全部持证上岗。\n"
                           "3.加强法治宣传教育。开展法治宣传活动不少于20场次。", closing="{closing}")
NEW = _REPORT.format(year=2025, verb="持续", meetings=4, studies=5, reviews=38, disputes=163, settled="98.8%",
                     shortcomings="一是基层法治力量仍然薄弱；二是法治宣传的针对性有待增强。", plan_year=2026,
                     plans="2.推动执法提质增效。推动执法人员全部持证上岗，严格规范涉企行政检查。\n"
                           "3.启动“九五”普法。谋划实施“九五”普法规划，开展法治宣传活动不少于25场次。\n"
                           "4.深化矛盾纠纷源头化解。推进乡综治中心规范化建设，矛盾纠纷调解成功率保持在98%以上。",
                     closing="青石乡人民政府\n2026年1月16日\n")

SIGNED = "青石乡人民政府\n2025年1月20日\n"
#: The old report's closing has a line the new one lacks (公开方式), after its signature.
PUBLISHED = SIGNED + "（此件公开发布）\n"
TRADITIONAL = OpenCC("s2t").convert


def _paragraphs(data: bytes) -> list:
    return list(document_xml(data).iter(f"{{{W}}}p"))


def _revised(paragraph) -> bool:
    return any(node.tag in {f"{{{W}}}{tag}" for tag in ("ins", "del", "moveFrom", "moveTo")} for node in paragraph.iter())


@pytest.mark.parametrize("closing", [SIGNED, PUBLISHED], ids=["signed", "with_a_line_dropped"])
@pytest.mark.parametrize("script", [str, TRADITIONAL], ids=["simplified", "traditional"])
def test_the_closing_lines_pair_and_the_new_item_goes_before_them(script, closing) -> None:
    comparison = compare(script(OLD.format(closing=closing)), NEW)
    data = render_docx(comparison)
    for mode, report in (("accept", comparison.new), ("reject", comparison.old)):
        # -- each report's text, in order (run-in points are blocks of one paragraph) --
        assert "".join(key(t) for _, t in resolve(data, mode)) == "".join(key(b.text) for b in report.blocks), mode
    texts = ["".join(node.text or "" for node in p.iter(f"{{{W}}}t", f"{{{W}}}delText")) for p in _paragraphs(data)]
    signature = [p for p, text in zip(_paragraphs(data), texts) if key(text) == key("青石乡人民政府")]
    assert len(signature) == 1 and not _revised(signature[0]), texts
    # -- the date one paragraph, redlined: 2025年1月20日 → 2026年1月16日 --
    dates = [text for text in texts if "1月" in text and "日" in text and len(text) < 20]
    assert dates == ["20252026年1月2016日"], dates
    new_item = next(i for i, text in enumerate(texts) if text.startswith("4.深化矛盾纠纷源头化解"))
    assert new_item < texts.index(next(t for t in texts if key(t) == key("青石乡人民政府")))
    if closing is PUBLISHED:
        # -- the old report's note under its date, deleted last --
        assert key(texts[-1]) == key("（此件公开发布）") and _revised(_paragraphs(data)[-1])
