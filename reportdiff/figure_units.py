"""Compound units (微克/立方米, 毫克/升, 吨/日, 元/吨, 立方米/秒): one unit, never a unit and a
label. Reports on the environment, water and energy state concentrations, capacities and prices
per unit; a figure read as 31微克 with the label /立方米 pairs with nothing."""

from __future__ import annotations

import re

#: What a compound unit measures: a mass, a volume, money, energy or a count (longest first).
_NUMERATORS = ("吨标准煤", "千瓦时", "立方米", "平方米", "微克", "毫克", "千克", "公斤", "人次", "标箱",
               "克", "吨", "元", "升", "度", "辆")
#: What it is measured per: a volume, a time, a mass, a person or an area (longest first).
_DENOMINATORS = ("立方米", "平方米", "万元", "小时", "公斤", "千克", "标准煤", "升", "日", "天", "年",
                 "月", "秒", "吨", "人", "亩", "户")
#: The same units in Latin letters, as environment bulletins write them, and their Chinese names.
_LATIN = {
    "μg/m³": "微克/立方米", "µg/m³": "微克/立方米", "μg/m3": "微克/立方米", "µg/m3": "微克/立方米",
    "ug/m³": "微克/立方米", "ug/m3": "微克/立方米", "mg/m³": "毫克/立方米", "mg/m3": "毫克/立方米",
    "mg/L": "毫克/升", "mg/l": "毫克/升", "μg/L": "微克/升", "µg/L": "微克/升", "m³/s": "立方米/秒",
    "m3/s": "立方米/秒", "t/d": "吨/日",
}
#: A compound unit as the figure pattern reads it: ``/`` (full width folded) or 每 between the parts.
COMPOUND_UNIT_RE = (
    "(?:" + "|".join(map(re.escape, sorted(_LATIN, key=len, reverse=True))) + ")"
    "|(?:" + "|".join(map(re.escape, _NUMERATORS)) + ")(?:/|每)(?:" + "|".join(map(re.escape, _DENOMINATORS)) + ")"
)
#: Single units the unit list reads as a shorter one (分贝 is no 分).
SIMPLE_UNITS = ("分贝",)
#: Runs a transport service makes, counted as things are (开行中欧班列1200列, 新增班次300趟, 每周航班
#: 80班, 300班次): units, never the first character of a label. Each with what it must not start
#: (列入, 列为, 列车; 班子, 班级, 班列): words of their own.
RUN_UNITS = {"班次": "", "趟": "", "列": "(?![入为出席支举明车])", "班": "(?![子级组长主车列])"}


def unit_name(unit: str) -> str:
    """The unit as figures pair by it: 微克每立方米 and μg/m³ are 微克/立方米."""
    if unit in _LATIN:
        return _LATIN[unit]
    return unit.replace("每", "/") if "每" in unit else unit


__all__ = ["COMPOUND_UNIT_RE", "RUN_UNITS", "SIMPLE_UNITS", "unit_name"]
