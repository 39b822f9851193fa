"""Figures of a province's 政府工作报告 as a new reader checks them (figlabel39): runs of a
transport service counted in 列/趟/班, 分别 lists of town and village, labels that name the
indicator and not the words around it, and size thresholds that belong to what is counted.
Constructed texts, Simplified and Traditional."""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures

_T = OpenCC("s2t").convert
_SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


def _found(text: str) -> list[tuple[str, str, str]]:
    """(as written, unit, label) of each figure of ``text``; labels and units are Simplified."""
    return [(f.raw, f.unit, f.label) for f in extract_figures(text) if not f.is_change]


@pytest.mark.parametrize("text, expected", [
    # -- trains and bus runs are counted as things are: the unit stays the unit --
    ("全年开行中欧班列1200列，新增公交线路20条、班次300趟。",
     [("1200列", "列", "中欧班列"), ("20条", "条", "公交线路"), ("300趟", "趟", "班次")]),
    ("开行1.2万列中欧班列，每周国际航班达到80班。", [("1.2万列", "列", "中欧班列"), ("80班", "班", "每周国际航班")]),
    ("新增城乡公交班次300班次。", [("300班次", "班次", "城乡公交班次")]),
    ("开行两趟旅游专列。", [("两趟", "趟", "旅游专列")]),
    # -- 列入, 班子 and 列车 are words, no unit --
    ("12个项目列入省级重点项目，村级领导班子3个。", [("12个", "个", "项目"), ("3个", "个", "村级领导班子")]),
])
@_SCRIPTS
def test_runs_of_a_transport_service_are_counted_in_their_units(script, text, expected) -> None:
    assert _found(script(text)) == [(script(raw), unit, label) for raw, unit, label in expected]


@pytest.mark.parametrize("text, expected", [
    # -- two 分别 lists of one subject list: the second clause names none, it is the same two --
    ("城镇和农村居民人均可支配收入分别增长5.1%和6.6%，分别达到52000元和23000元。",
     [("5.1%", "%", "城镇居民人均可支配收入增长"), ("6.6%", "%", "农村居民人均可支配收入增长"),
      ("52000元", "元", "城镇居民人均可支配收入"), ("23000元", "元", "农村居民人均可支配收入")]),
    ("城镇、农村常住居民人均可支配收入分别增长4.5%、6.2%，分别为4.8万元、2.1万元。",
     [("4.5%", "%", "城镇常住居民人均可支配收入增长"), ("6.2%", "%", "农村常住居民人均可支配收入增长"),
      ("4.8万元", "元", "城镇常住居民人均可支配收入"), ("2.1万元", "元", "农村常住居民人均可支配收入")]),
    # -- the whole and the town are named as the village after them --
    ("全体、城镇和农村居民人均可支配收入分别增长5.0%、4.2%和6.6%。",
     [("5.0%", "%", "全体居民人均可支配收入增长"), ("4.2%", "%", "城镇居民人均可支配收入增长"),
      ("6.6%", "%", "农村居民人均可支配收入增长")]),
    # -- a sentence further on names its own subjects --
    ("城镇和农村居民人均可支配收入分别增长5.1%和6.6%。城市和农村低保标准分别提高到每月800元和650元。",
     [("5.1%", "%", "城镇居民人均可支配收入增长"), ("6.6%", "%", "农村居民人均可支配收入增长"),
      ("800元", "元", "城市低保标准"), ("650元", "元", "农村低保标准")]),
])
@_SCRIPTS
def test_each_value_of_a_respective_list_has_its_own_subject(script, text, expected) -> None:
    assert _found(script(text)) == [(script(raw), unit, label) for raw, unit, label in expected]


@pytest.mark.parametrize("text, expected", [
    # -- a programme's name is kept whole: 和美 is no conjunction --
    ("建成和美乡村示范村120个。", [("120个", "个", "和美乡村示范村")]),
    ("新建和美乡村示范村120个、精品村30个。", [("120个", "个", "和美乡村示范村"), ("30个", "个", "精品村")]),
    ("和美乡村示范村和美丽乡村精品村分别达到120个、30个。",
     [("120个", "个", "和美乡村示范村"), ("30个", "个", "美丽乡村精品村")]),
    ("深入实施千万工程，打造千万工程示范片区15个。", [("15个", "个", "千万工程示范片区")]),
])
@_SCRIPTS
def test_a_named_programme_stays_whole_in_a_label(script, text, expected) -> None:
    assert _found(script(text)) == [(script(raw), unit, label) for raw, unit, label in expected]


def _report(year: int, review: str, plans: str) -> str:
    return (f"{year}年临海省人民政府工作报告\n一、{year - 1}年工作回顾\n{review}\n"
            f"二、{year}年重点工作\n{plans}\n")


#: Three years of a province's reports: the town's and the village's income given apart in one
#: list, both rates written alike in 2026.
_INCOME = {
    2025: _report(2025, "过去一年，全省地区生产总值增长5.3%。城镇和农村居民人均可支配收入分别增长5.1%和6.6%，"
                        "分别达到52000元和23000元。",
                  "（一）增进民生福祉。城乡居民收入与经济增长同步。"),
    2026: _report(2026, "过去一年，全省地区生产总值增长5.6%。城镇和农村居民人均可支配收入分别增长5.2%和5.2%，"
                        "分别达到54700元和24200元。",
                  "（一）增进民生福祉。城乡居民收入与经济增长同步。"),
    2027: _report(2027, "过去一年，全省地区生产总值增长5.4%。城镇居民人均可支配收入达到57000元，增长4.2%；"
                        "农村居民人均可支配收入达到25900元，增长7.0%。",
                  "（一）增进民生福祉。城乡居民收入与经济增长同步。"),
}


@_SCRIPTS
def test_the_timeline_keeps_the_town_and_the_village_apart(script, tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from reportdiff.cli import cli

    for year, text in _INCOME.items():
        (tmp_path / f"linhai_{year}.txt").write_text(script(text), encoding="utf-8")
    result = CliRunner().invoke(cli, ["timeline", str(tmp_path), "--no-cache", "--format", "json"])
    assert result.exit_code == 0, result.output
    (body,) = json.loads(result.stdout)["bodies"]
    rows = {(row["label"], row["unit"]): {int(year): value["raw"] for year, value in row["values"].items()}
            for row in body["figures"]}
    shown = {(label, unit): values for (label, unit), values in rows.items() if "可支配收入" in label}
    # -- JSON keeps labels as keys (Simplified) --
    town, village = "城镇居民人均可支配收入", "农村居民人均可支配收入"
    assert shown == {
        (town + "增长", "%"): {2025: "5.1%", 2026: "5.2%", 2027: "4.2%"},
        (village + "增长", "%"): {2025: "6.6%", 2026: "5.2%", 2027: "7.0%"},
        (town, "元"): {2025: "52000元", 2026: "54700元", 2027: "57000元"},
        (village, "元"): {2025: "23000元", 2026: "24200元", 2027: "25900元"},
    }


@pytest.mark.parametrize("text, expected", [
    # -- a level reached as a step: the verb and 台阶 are no part of the indicator --
    ("全省地区生产总值迈上1万亿元台阶，增长5.3%。",
     [("1万亿元", "元", "地区生产总值"), ("5.3%", "%", "地区生产总值增长")]),
    ("地区生产总值跨上6000亿元新台阶。", [("6000亿元", "元", "地区生产总值")]),
    # -- a circle named by the time to reach it: the time is its name, the circles are counted --
    ("建成15分钟便民生活圈80个，10分钟健身圈覆盖率达到90%。",
     [("80个", "个", "15分钟便民生活圈"), ("90%", "%", "10分钟健身圈覆盖率")]),
    ("审批时限压缩至15分钟，构建1小时经济圈。", [("15分钟", "分钟", "审批时限压缩")]),
    # -- an aside in brackets is no part of the name, before the number or between noun and verb --
    ("新建养老服务设施（含日间照料中心）120个。", [("120个", "个", "养老服务设施")]),
    ("城镇新增就业〔含灵活就业〕12万人。", [("12万人", "人", "城镇新增就业")]),
    ("规模以上工业增加值（可比价）增长6.1%。", [("6.1%", "%", "规模以上工业增加值增长")]),
    ("一般公共预算收入（全口径）完成820亿元。", [("820亿元", "元", "一般公共预算收入")]),
    ("【民生实事】新建公办幼儿园25所，高新技术企业［含科技型中小企业］达到3200家。",
     [("25所", "所", "公办幼儿园"), ("3200家", "家", "高新技术企业")]),
])
@_SCRIPTS
def test_a_label_is_the_indicators_name(script, text, expected) -> None:
    assert _found(script(text)) == [(script(raw), unit, label) for raw, unit, label in expected]


@pytest.mark.parametrize("text, expected", [
    # -- a size bracket is part of what is counted, never a figure of its own --
    ("新开工亿元以上项目320个。", [("320个", "个", "新开工亿元以上项目", "new")]),
    ("新开工1亿元以上项目320个。", [("320个", "个", "新开工1亿元以上项目", "new")]),
    ("推进10亿元以上重大产业项目建设，全年新开工85个。", [("85个", "个", "新开工", "new")]),
    ("营业收入500万元及以上的企业达到1200家。", [("1200家", "家", "营业收入500万元及以上的企业", None)]),
    ("关停30万千瓦以下煤电机组12台。", [("12台", "台", "关停30万千瓦以下煤电机组", None)]),
    # -- 新增 after what is added: the added firms, as 新增规模以上工业企业150家 --
    ("规模以上工业企业新增150家。", [("150家", "家", "规模以上工业企业", "new")]),
    ("新增规模以上工业企业150家。", [("150家", "家", "规模以上工业企业", "new")]),
    # -- a level or a count with 以上 is a figure (a bound of what is reached or counted) --
    ("粮食产量稳定在1.3万亿斤以上水平。", [("1.3万亿斤以上", "斤", "粮食产量", None)]),
    ("完成投资500亿元以上，全年开工项目1200个。", [("500亿元以上", "元", "投资", None), ("1200个", "个", "开工项目", None)]),
    ("完成1000万人以上农村劳动力转移就业任务。", [("1000万人以上", "人", "农村劳动力转移就业任务", None)]),
    # -- money or capacity after its amount is what the amount is of --
    ("每年安排1亿元以上资金支持科技创新。", [("1亿元以上", "元", "资金支持科技创新", None)]),
])
@_SCRIPTS
def test_a_threshold_belongs_to_what_is_counted(script, text, expected) -> None:
    found = [(f.raw, f.unit, f.label, f.aspect) for f in extract_figures(script(text))]
    assert found == [(script(raw), unit, label, aspect) for raw, unit, label, aspect in expected]


@pytest.mark.parametrize("a, b, alike", [
    ("亿元以上项目", "项目", False),
    ("新开工亿元以上项目", "新开工项目", False),
    ("亿元以上项目", "500万元以上项目", False),
    ("规模以上工业企业", "工业企业", False),
    ("亿元以上项目", "1亿元以上项目", True),
    ("规上工业企业", "规模以上工业企业", True),
    ("500万元及以上项目", "500万元以上项目", True),
    # -- the town's, the village's and all residents' income are three indicators --
    ("城镇居民人均可支配收入", "居民人均可支配收入", False),
    ("城镇居民人均可支配收入增长", "全体居民人均可支配收入增长", False),
    ("全体居民人均可支配收入", "居民人均可支配收入", True),
    ("城镇常住居民人均可支配收入", "城镇居民人均可支配收入", True),
])
def test_labels_of_other_sizes_or_residents_name_other_indicators(a, b, alike) -> None:
    from reportdiff.figure_similarity import label_similarity

    assert (label_similarity(a, b) >= 0.75) is alike


_OLD = _report(2025, "过去一年，全省地区生产总值迈上1万亿元台阶，增长5.3%。城镇和农村居民人均可支配收入分别增长5.1%和6.6%，"
                     "分别达到52000元和23000元。\n"
                     "一是扩大有效投资。新开工1亿元以上项目320个，规模以上工业企业新增150家。\n"
                     "二是畅通开放通道。全年开行中欧班列1200列，新增公交线路20条、班次300趟。\n"
                     "三是推进乡村振兴。建成和美乡村示范村120个。建成15分钟便民生活圈80个。"
                     "新建养老服务设施（含日间照料中心）120个。",
               "（一）扩大有效投资。新开工亿元以上项目300个。\n（二）增进民生福祉。新建和美乡村示范村100个。")
_NEW = _report(2026, "过去一年，全省地区生产总值达到1.05万亿元，增长5.6%。城镇居民人均可支配收入达到54500元，增长4.8%；"
                     "农村居民人均可支配收入达到24600元，增长7.0%。\n"
                     "一是扩大有效投资。新开工项目1200个，新增规模以上工业企业170家。\n"
                     "二是畅通开放通道。全年开行中欧班列1350列，新增公交线路24条、班次360趟。\n"
                     "三是推进乡村振兴。建成和美乡村示范村135个。建成15分钟便民生活圈95个。"
                     "新建养老服务设施（含日间照料中心）140个。",
               "（一）扩大有效投资。新开工亿元以上项目350个。\n（二）增进民生福祉。新建和美乡村示范村120个。")


@_SCRIPTS
def test_compare_pairs_each_figure_with_last_years_same_indicator(script, tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from reportdiff.cli import cli

    old, new = tmp_path / "linhai_2025.txt", tmp_path / "linhai_2026.txt"
    old.write_text(script(_OLD), encoding="utf-8")
    new.write_text(script(_NEW), encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)["metrics"]
    pairs = {(m["label"], m["old"]["raw"] if m["old"] else None, m["new"]["raw"] if m["new"] else None)
             for m in metrics}
    raws = {(old_raw, new_raw) for _, old_raw, new_raw in pairs}
    for label, old_raw, new_raw in [
        ("地区生产总值", "1万亿元", "1.05万亿元"),
        ("城镇居民人均可支配收入", "52000元", "54500元"),
        ("农村居民人均可支配收入", "23000元", "24600元"),
        ("中欧班列", "1200列", "1350列"),
        ("班次", "300趟", "360趟"),
        ("和美乡村示范村", "120个", "135个"),
        ("15分钟便民生活圈", "80个", "95个"),
        ("养老服务设施", "120个", "140个"),
        ("规模以上工业企业", "150家", "170家"),
    ]:
        assert (label, script(old_raw), script(new_raw)) in pairs, label
    # -- the town's and the village's rates each with their own --
    assert (script("5.1%"), script("4.8%")) in raws and (script("6.6%"), script("7.0%")) in raws
    # -- projects of a size are no projects at large; the size is no figure, nor the circle's time --
    assert (script("320个"), script("1200个")) not in raws
    assert (script("320个"), None) in raws and (None, script("1200个")) in raws
    assert not any(m["unit"] in ("分钟",) or m["label"] == "" for m in metrics)
    assert not any(script("1亿元") in (old_raw, new_raw) for old_raw, new_raw in raws)
    # -- last year's plan of sized projects is judged by this year's plan of the same size --
    assert (script("300个"), script("350个")) in raws
