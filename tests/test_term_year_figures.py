"""An end-of-term 政府工作报告 (过去五年工作回顾) tells last year inside the five years' sections
(2022年实施省级重点项目512个; 五年累计建成…980万亩，其中2022年新建215万亩): those figures are last
year's, paired with last year's report and checked against its plans; the years' totals are not."""

from __future__ import annotations

import json

import opencc
import pytest

from reportdiff import compare, render
from reportdiff.figures_extract import extract_figures

_S2T = opencc.OpenCC("s2t")

OLD = """2022年云岭省政府工作报告
一、2021年工作回顾
（一）经济运行稳中向好
实施省级重点项目486个，完成投资4120亿元。新建高标准农田210万亩。国控断面水质优良比例91.5%。城乡居民基础养老金最低标准提高到每人每月138元。新增学前教育学位6.8万个。
二、2022年工作安排
（一）全力稳住经济大盘
实施省级重点项目500个以上，完成年度投资4300亿元。新建高标准农田200万亩。新增学前教育学位5万个。
"""
NEW = """2023年云岭省政府工作报告
一、过去五年工作回顾
（一）综合实力跃上新台阶。五年实施省级重点项目2300个。2022年实施省级重点项目512个，完成投资4380亿元。
（二）乡村振兴扎实推进。五年累计建成高标准农田980万亩，其中2022年新建215万亩。国控断面水质优良比例达到93.2%。
（三）民生福祉持续增进。五年新增学前教育学位32万个，其中2022年新增5.6万个。城乡居民基础养老金最低标准提高到每人每月150元。
二、2023年重点工作
（一）着力扩大国内需求
实施省级重点项目520个以上，完成年度投资4500亿元。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_year_inside_the_term_s_sections_is_last_year_s(tmp_path, script) -> None:
    convert = _S2T.convert if script == "traditional" else (lambda text: text)
    (tmp_path / "old.txt").write_text(convert(OLD), encoding="utf-8")
    (tmp_path / "new.txt").write_text(convert(NEW), encoding="utf-8")
    data = json.loads(render(compare(str(tmp_path / "old.txt"), str(tmp_path / "new.txt")), "json"))
    pairs = {(m["old"]["raw"], m["new"]["raw"]) for m in data["metrics"] if m.get("old") and m.get("new")}
    folded = {(convert(old), convert(new)) for old, new in (
        ("486个", "512个"), ("4120亿元", "4380亿元"), ("210万亩", "215万亩"), ("91.5%", "93.2%"),
        ("138元", "150元"), ("6.8万个", "5.6万个"))}
    assert folded <= pairs, pairs
    # -- a one-year figure is never paired with the five years' total --
    assert not {p for p in pairs if p[1] in {convert("2300个"), convert("980万亩"), convert("32万个")}}, pairs
    projects = next(p for p in data["promises"] if convert("500个以上") in p["plan"]["text"])
    assert projects["status"] == "delivered"
    assert any("512" in (e.get("sentence") or e.get("text") or "") for e in projects["evidence"]), projects


@pytest.mark.parametrize("text, labels", [
    # -- …and 其中2022年新建 says what the part is: the year's additions (aspect new), no stock --
    #    (the total keeps its 累计: a total of the years, no year's additions) --
    ("五年累计建成高标准农田980万亩，其中2022年新建215万亩。", [("累计建成高标准农田", "cumulative"), ("高标准农田", "new")]),
    ("五年累計建成高標準農田980萬畝，其中2022年新建215萬畝。", [("累计建成高标准农田", "cumulative"), ("高标准农田", "new")]),
    ("五年实施省级重点项目2300个。", [("省级重点项目", "cumulative")]),
])
def test_a_year_s_part_of_the_years_total_is_named_by_it(text, labels) -> None:
    """其中2022年新建 names nothing: the year's part of what the total before it counts; 五年… is the
    years' span, no part of the name, while the total's 累计 is (累计建成高标准农田)."""
    assert [(f.label, f.aspect) for f in extract_figures(text)] == labels


PLANS = """2022年云岭省政府工作报告
一、2021年工作回顾
（一）创新动能加快集聚
新认定高新技术企业1380家，总数达到8650家。新建省级重点实验室12个。
（二）民生福祉不断增进
新增养老机构床位1.1万张。
二、2022年工作安排
（一）加快建设创新强省
新认定高新技术企业1500家以上。推动云岭实验室实体化运行，新建省级重点实验室10个。
（二）着力保障改善民生
建成省儿童医学中心。新增养老机构床位1万张。
"""
TERM = """2023年云岭省政府工作报告
一、过去五年工作回顾
刚刚过去的2022年，全省经济运行总体平稳。
（一）创新动能持续增强。高新技术企业总数由3900家增加到9860家。云岭实验室实体化运行，五年新建省级重点实验室48个。
（二）民生福祉持续增进。2022年新增养老机构床位1.3万张。省儿童医学中心主体工程完工。
二、2023年重点工作
（一）加快建设创新强省
新认定高新技术企业1600家以上。
（二）切实保障和改善民生
建成省儿童医学中心并投入使用。
"""


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_stock_a_total_of_the_years_or_a_topped_out_work_keeps_no_plan(tmp_path, script) -> None:
    """新认定…1500家 is not kept by 总数增加到9860家 (a stock), 新建…10个 not by 五年新建…48个 (the
    years' total), 建成…中心 not by 主体工程完工; 新增床位1万张 is kept by 2022年新增…1.3万张."""
    convert = _S2T.convert if script == "traditional" else (lambda text: text)
    (tmp_path / "old.txt").write_text(convert(PLANS), encoding="utf-8")
    (tmp_path / "new.txt").write_text(convert(TERM), encoding="utf-8")
    data = json.loads(render(compare(str(tmp_path / "old.txt"), str(tmp_path / "new.txt")), "json"))
    status = {}
    for promise in data["promises"]:
        for words in ("1500家以上", "重点实验室10个", "儿童医学中心", "床位1万张"):
            if convert(words) in promise["plan"]["text"]:
                status[words] = promise["status"]
    assert status == {"1500家以上": "not_reported", "重点实验室10个": "not_reported",
                      "儿童医学中心": "not_reported", "床位1万张": "delivered"}, data["promises"]
