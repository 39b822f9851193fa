"""Measures headed by a bold lead phrase in Word (**依法决策。**严格执行…): titled by it."""

from __future__ import annotations

import io

import docx
import opencc
import pytest

from reportdiff.loaders.docx import read_bytes
from reportdiff.models import MeasureKind
from reportdiff.normalize import key as norm_key
from reportdiff.parse import parse
from reportdiff.pipeline import compare

#: (bold lead, body) of each paragraph; a None lead is a plain paragraph.
STREET = [
    (None, "东湖街道{year}年法治政府建设工作报告"),
    (None, "{year}年，东湖街道深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下："),
    (None, "一、主要工作及成效"),
    ("健全工作机制。", "街道党工委专题研究法治建设工作5次，班子成员年终述法全覆盖。"),
    ("依法决策。", "重大事项全部经法律顾问合法性审查，出具审查意见40份。"),
    ("基层治理。", "建成矛盾纠纷调处中心，全年受理矛盾纠纷{disputes}件。建成“法治驿站”{built}个。"),
    (None, "二、存在的不足"),
    (None, "一是社区干部依法办事能力有待提升；二是执法力量不足。"),
    (None, "三、{plan_year}年工作计划"),
    ("压实法治责任。", "组织班子成员集中学法不少于4次。"),
    ("规范执法。", "开展综合执法人员业务培训不少于3次。"),
    ("源头治理。", "建设“法治驿站”8个，推动矛盾纠纷就地化解。"),
]


def _docx(year: int, script: str, built: int = 0, bold: bool = True) -> bytes:
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    document = docx.Document()
    for lead, body in STREET:
        paragraph = document.add_paragraph()
        if lead is not None:
            paragraph.add_run(convert(lead)).bold = bold
        paragraph.add_run(convert(body.format(year=year, plan_year=year + 1, disputes=1000 + year - 2025, built=built)))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _report(year: int, script: str, built: int = 0, bold: bool = True):
    return parse(read_bytes(_docx(year, script, built, bold), f"street-{year}.docx"))


@pytest.mark.parametrize("script", ["s", "t"])
def test_bold_lead_phrases_title_measures(script: str) -> None:
    convert = opencc.OpenCC("s2t").convert if script == "t" else str
    report = _report(2025, script)
    assert [(m.id, m.kind, m.title) for m in report.parts[0].measures] == [
        ("一/1", MeasureKind.ITEM, convert("健全工作机制")), ("一/2", MeasureKind.ITEM, convert("依法决策")),
        ("一/3", MeasureKind.ITEM, convert("基层治理"))]
    # -- the title sentence is no promise of its own: one plan a measure --
    assert [norm_key(p.text) for p in report.plan_sentences] == [norm_key(convert(t)) for t in (
        "组织班子成员集中学法不少于4次。", "开展综合执法人员业务培训不少于3次。", "建设“法治驿站”8个，推动矛盾纠纷就地化解。")]
    promises = compare(report, _report(2026, script, built=8)).promises
    assert len(promises) == 3
    # -- the evidence is a result, never the old title sentence itself --
    assert all(norm_key(item.sentence) != norm_key(convert("基层治理。")) for p in promises for item in p.evidence)
    delivered = [norm_key(p.plan.text) for p in promises if p.status == "delivered"]
    assert norm_key(convert("建设“法治驿站”8个，推动矛盾纠纷就地化解。")) in delivered


@pytest.mark.parametrize("script", ["s", "t"])
def test_without_bold_the_paragraphs_stay_paragraphs(script: str) -> None:
    """The same words not set bold are paragraphs opening on a sentence, as a 政府工作报告's are."""
    report = _report(2025, script, bold=False)
    assert not any(m.kind is MeasureKind.ITEM for m in report.parts[0].measures)
