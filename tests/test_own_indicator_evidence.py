"""A target is delivered only by evidence on its own indicator: a province's energy target
(单位GDP能耗降低2.5%左右) is not met by the GDP growth rate, and its grain target (粮食产量稳定在
700亿斤以上) is not judged by the amount the harvest grew (新增12.6亿斤), which is no output.

The reports are our own, in the shape of a province's 政府工作报告 (targets as a sentence one
year, as a table of indicators another)."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.indicators import indicator_topics
from reportdiff.pipeline import compare

from conftest import province_head

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])

TABLE_2024 = province_head("青原省", "2024年1月22日", "二") + """一、2023年工作回顾
2023年，全省地区生产总值增长5.9%，粮食产量702.4亿斤。
二、2024年主要目标和重点工作
今年全省经济社会发展的主要预期目标如下：
指标\t2024年目标
地区生产总值增长\t5.5%左右
城镇新增就业\t60万人以上
粮食产量\t700亿斤以上
单位GDP能耗降低\t2.5%左右
（一）扎实推进乡村全面振兴。新建高标准农田180万亩。
"""
SENTENCE_2024 = province_head("青原省", "2024年1月22日", "二") + """一、2023年工作回顾
2023年，全省地区生产总值增长5.9%，粮食产量702.4亿斤。
二、2024年主要目标和重点工作
今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业60万人以上；粮食产量稳定在700亿斤以上；单位GDP能耗降低2.5%左右。
（一）扎实推进乡村全面振兴。新建高标准农田180万亩。
"""
REVIEW_2025 = province_head("青原省", "2025年1月20日", "三") + """一、2024年工作回顾
2024年，全省地区生产总值增长5.6%，城镇新增就业63.2万人。粮食产量再创新高，新增12.6亿斤。
（一）乡村振兴扎实推进。新建高标准农田186万亩。
二、2025年主要目标和重点工作
（一）推进乡村全面振兴。新建高标准农田150万亩。
"""


def _promises(old: str, new: str) -> dict[str, object]:
    return {p.plan.text.rstrip("；;。"): p for p in compare(old, new, expressions=False).promises}


def test_energy_per_unit_of_gdp_is_no_gdp() -> None:
    assert indicator_topics("单位GDP能耗降低") == {"energy"}
    assert indicator_topics("单位地区生产总值能耗") == {"energy"}
    assert indicator_topics("单位国内生产总值二氧化碳排放") == {"emissions"}
    assert indicator_topics("GDP增长") == {"gdp"}


@SCRIPTS
@pytest.mark.parametrize("old", [TABLE_2024, SENTENCE_2024], ids=["table", "sentence"])
def test_a_target_is_judged_by_its_own_indicator_only(script, old: str) -> None:
    promises = _promises(script(old), script(REVIEW_2025))
    energy = next(p for text, p in promises.items() if script("能耗") in text)
    assert energy.status == "not_reported" and not energy.short_of, [e.sentence for e in energy.evidence]
    grain = next(p for text, p in promises.items() if script("粮食产量") in text)
    # -- 新增12.6亿斤 is how much the harvest grew: no output to set against 700亿斤 --
    assert grain.status == "not_reported", [e.sentence for e in grain.evidence]
    assert not grain.short_of, [e.sentence for e in grain.short_of]
    # -- the targets the review reports are met as before --
    gdp = next(p for text, p in promises.items() if script("地区生产总值增长5.5%") in text)
    assert gdp.status == "delivered"


@SCRIPTS
def test_the_harvests_growth_pairs_with_no_output(script) -> None:
    figures = compare(script(SENTENCE_2024), script(REVIEW_2025), expressions=False).figures
    held = [f for f in figures if f.old is not None and f.new is not None and f.new.raw == script("12.6亿斤")]
    assert not held, [(f.old.raw, f.new.raw, f.kind) for f in held]
