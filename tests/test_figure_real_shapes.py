"""Figures in the shapes of real local reports (issue 7, second probe): concentrations and other
compound units whole."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "raw", "value", "unit"), [
    ("全市PM2.5平均浓度为31微克/立方米，", "31微克/立方米", 31.0, "微克/立方米"),
    ("PM2.5年均浓度降至29微克每立方米。", "29微克每立方米", 29.0, "微克/立方米"),
    ("臭氧浓度为152微克／立方米。", "152微克／立方米", 152.0, "微克/立方米"),
    ("PM10平均浓度为48μg/m³。", "48μg/m³", 48.0, "微克/立方米"),
    ("出水化学需氧量浓度为18mg/L。", "18mg/L", 18.0, "毫克/升"),
    ("断面氨氮平均浓度0.42毫克/升。", "0.42毫克/升", 0.42, "毫克/升"),
    ("污水处理能力达到12万吨/日。", "12万吨/日", 120000.0, "吨/日"),
    ("居民生活用水价格3.2元/吨。", "3.2元/吨", 3.2, "元/吨"),
    ("单位地区生产总值能耗0.45吨标准煤/万元。", "0.45吨标准煤/万元", 0.45, "吨标准煤/万元"),
    ("引调水流量120立方米/秒。", "120立方米/秒", 120.0, "立方米/秒"),
    ("全年发电量12.5万千瓦时。", "12.5万千瓦时", 125000.0, "千瓦时"),
    ("城市区域昼间噪声平均等效声级54.3分贝。", "54.3分贝", 54.3, "分贝"),
])
def test_a_compound_unit_is_one_unit(script, text: str, raw: str, value: float, unit: str) -> None:
    (figure,) = extract_figures(script(text))
    assert (figure.raw, figure.value, figure.unit) == (script(raw), value, unit)
    # -- PM2.5, PM10 and CO2 name a pollutant: their digits are no figure and stay in the label --
    assert "/" not in figure.label and "每" not in figure.label


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_concentrations_pair_across_the_years(script) -> None:
    old = ("安澜市生态环境局2023年法治政府建设工作报告\n一、2023年总体情况\n"
           "全年全市PM2.5平均浓度为31微克/立方米，地表水国控断面化学需氧量平均浓度为16毫克/升。\n"
           "二、2024年工作思路\n一是推动扬尘污染防治立法。\n")
    new = ("安澜市生态环境局2024年法治政府建设工作报告\n一、2024年总体情况\n"
           "全年全市PM2.5平均浓度为28微克/立方米，地表水国控断面化学需氧量平均浓度为15毫克/升。\n"
           "二、2025年工作思路\n一是做好条例实施评估。\n")
    records = {(f.unit, f.old.raw, f.new.raw, f.change_text()) for f in compare(script(old), script(new)).figures
               if f.old and f.new}
    assert ("微克/立方米", script("31微克/立方米"), script("28微克/立方米"), "-3微克/立方米（-9.7%）") in records
    assert ("毫克/升", script("16毫克/升"), script("15毫克/升"), "-1毫克/升（-6.2%）") in records

