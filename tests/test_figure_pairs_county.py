"""Figure pairs of a county's 法治政府建设年度报告: a flow and a stock of one thing are two
indicators, items of a counted list are what is counted, and a label names the indicator,
never a bare verb or 共 (issue 7). The reports are written for the test."""

import pytest
from opencc import OpenCC

from reportdiff.figure_similarity import label_similarity
from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert

_OLD = ("柳塘县2025年法治政府建设年度报告\n一、2025年法治政府建设工作情况\n"
        "1.深化政务服务改革。推行“一件事一次办”，上线不动产登记等15个“一件事”场景。"
        "全县41个县直部门和14个乡镇主要负责人全部在年终述职中述法。\n"
        "2.提升决策质量。制定并公布县政府2025年度重大行政决策事项目录，共7项。\n"
        "3.加强执法队伍建设。组建乡镇综合行政执法队14支，配备执法人员163名。\n"
        "4.推进普法。开展送法下乡、以案释法等活动74场次。\n"
        "5.建设法治文化阵地。命名第二批县级法治宣传教育基地6个，累计达到17个。\n")
_NEW = ("柳塘县2026年法治政府建设年度报告\n一、2026年法治政府建设工作情况\n"
        "1.深化政务服务改革。新上线“一件事”场景8个，累计达到23个。"
        "全县41个县直部门、14个乡镇和92个乡镇站所主要负责人全部述法。\n"
        "2.提升决策质量。制定并公布县政府2026年度重大行政决策事项目录，共9项。\n"
        "3.加强执法队伍建设。组织乡镇执法人员全员轮训2轮，培训执法人员171名。\n"
        "4.推进普法。开展送法下乡、以案释法等活动81场次。\n"
        "5.建设法治文化阵地。命名县级法治宣传教育基地5个，累计达到22个。\n")


def _pairs(comparison) -> set[tuple[str, str, str]]:
    return {(f.label, f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_county_figures_pair_by_what_they_count(script) -> None:
    pairs = _pairs(compare(script(_OLD), script(_NEW)))
    raws = {(old, new) for _, old, new in pairs}
    # -- 15 brought online last year is the stock 23 counts, not this year's 8 added --
    assert (script("15个"), script("23个")) in raws and (script("15个"), script("8个")) not in raws
    # -- every township of the county (14个乡镇…全部述法) is the county's frame, no indicator: it
    #    pairs neither with the same count next year nor with the 92 stations of townships --
    assert (script("14个"), script("14个")) not in raws and (script("14个"), script("92个")) not in raws
    assert (script("41个"), script("41个")) not in raws
    # -- the law-enforcement staff on hand are not those trained this year --
    assert (script("163名"), script("171名")) not in raws
    # -- a stock named by the batch before it pairs with next year's stock, the batch with the batch --
    assert (script("17个"), script("22个")) in raws and (script("6个"), script("5个")) in raws
    labels = {label for label, _, _ in pairs}
    assert "重大行政决策事项目录" in labels and "以案释法等活动" in labels
    assert not labels & {"共", "达到", "活动"}


@pytest.mark.parametrize("text, expected", [
    ("新上线“一件事”场景8个，累计达到23个。", [("8个", "一件事场景", "new"), ("23个", "一件事场景", "total")]),
    # -- the stock is of all that were named, of every batch --
    ("命名第二批市级法治宣传教育基地5个，累计达到31个。", [("5个", "命名市级法治宣传教育基地", None), ("31个", "市级法治宣传教育基地", "total")]),
    ("力争营业收入增长9%，达到45亿元以上。", [("9%", "营业收入增长", None), ("45亿元以上", "营业收入", None)]),
    ("全县41个县直部门、14个乡镇和92个乡镇站所主要负责人全部述法。",
     [("41个", "县直部门", None), ("14个", "乡镇", None), ("92个", "乡镇站所", None)]),
    # -- 总数 after an addition keeps naming the total of what was added (no bare label) --
    ("新增高新技术企业210家，总数达到1530家。", [("210家", "高新技术企业", "new"), ("1530家", "高新技术企业总数", "total")]),
    # -- a count whose noun follows it keeps it (实现 is no bare label) --
    ("实现3000万左右农业转移人口落户。", [("3000万左右", "农业转移人口落户", None)]),
])
def test_labels_name_the_indicator(text: str, expected: list) -> None:
    assert [(f.raw, f.label, f.aspect) for f in extract_figures(text)] == expected
    assert [(f.raw, f.label, f.aspect) for f in extract_figures(_T(text))] == [(_T(raw), label, aspect) for raw, label, aspect in expected]


@pytest.mark.parametrize("a, b", [
    ("配备执法人员", "培训执法人员"),  # -- a stock and a flow of one thing --
    ("省级示范村", "市级示范村"),  # -- two levels of government --
    ("县级法治文化公园", "村级法治文化公园"),
])
def test_labels_of_two_indicators_are_not_alike(a: str, b: str) -> None:
    assert label_similarity(a, b) == 0.0


def test_one_level_spelled_out_is_still_alike() -> None:
    assert label_similarity("省级示范村", "省级民主法治示范村") >= 0.75


# -- a label names the indicator: never a classifier noun alone (领域, 乡镇) nor a verb glued on
#    (领域推行), and a rate is of what the clause before counted (issue 7, second audit) --


@pytest.mark.parametrize("text, expected", [
    # -- the fields counted are those where the system is in force --
    ("在交通运输、文化旅游等6个领域推行“包容审慎”监管清单制度。", [("6个", "推行包容审慎监管清单制度领域")]),
    ("在9个乡镇设立公共法律服务工作站。", [("9个", "设立公共法律服务工作站乡镇")]),
    # -- 将…拓展至…等N个领域: the fields of what was extended --
    ("将移动执法应用拓展至食品安全、特种设备等15个领域。", [("15个", "移动执法应用领域")]),
    # -- a rate after a count is the counted object's (评查…案卷…卷, 办理…案件…件) --
    # -- 卷 counts the files (a unit since fix22a): the rate after is still the files' --
    ("评查行政处罚案卷210卷，优秀率达到91%。", [("210卷", "评查行政处罚案卷"), ("91%", "行政处罚案卷优秀率")]),
    # -- …not a count of a verb (月均受理): what it counts is unsaid there --
    ("月均受理3.5万件，解决率96.2%。", [("3.5万件", "月均受理"), ("96.2%", "解决率")]),
    # -- …nor when a second act stands before the object (排查化解…): the rate is the act's --
    ("排查化解矛盾纠纷510件，化解率97.5%。", [("510件", "排查化解矛盾纠纷"), ("97.5%", "化解率")]),
    ("全年办理行政复议案件64件，纠错率10.9%。", [("64件", "办理行政复议案件"), ("10.9%", "行政复议案件纠错率")]),
])
def test_labels_are_no_fragments(text: str, expected: list) -> None:
    for script in (str, _T):
        assert [(f.raw, f.label) for f in extract_figures(script(text))] == [(script(raw), label) for raw, label in expected]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_units_of_the_body_are_no_indicator(script) -> None:
    def law(year: int, line: str) -> str:
        return (f"松溪县{year}年法治政府建设年度报告\n一、{year}年法治政府建设工作情况\n1.压实责任。{line}\n")
    old = law(2025, "全县27个县直部门和9个乡镇主要负责人全部述法。在9个乡镇设立公共法律服务工作站。")
    new = law(2026, "全县27个县直部门、9个乡镇和40个乡镇站所主要负责人全部述法。在9个乡镇设立公共法律服务工作站。")
    pairs = _pairs(compare(script(old), script(new)))
    # -- a count named by the unit alone is the body's units (every department, every township) --
    assert not [p for p in pairs if p[0] in ("县直部门", "乡镇")]
    # -- a count of the townships where something was done is an indicator, and pairs --
    assert ("设立公共法律服务工作站乡镇", script("9个"), script("9个")) in pairs



@pytest.mark.parametrize("text, aspects", [
    # -- what was built, with the level of the parks before it, is what stands: a stock --
    ("建成县级法治文化公园2个、村级法治文化广场53个。", ["total", "total"]),
    # -- an item of a list takes the list's verb: both added this year --
    ("新增高标准农田800万亩、高效节水灌溉面积300万亩。", ["new", "new"]),
    ("全年新培育“法律明白人”420名。", ["new"]),
])
def test_stocks_and_additions_are_told_apart(text: str, aspects: list) -> None:
    for script in (str, _T):
        assert [f.aspect for f in extract_figures(script(text))] == aspects


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_a_stock_pairs_with_no_addition(script) -> None:
    def law(year: int, line: str) -> str:
        return (f"松溪县{year}年法治政府建设年度报告\n一、{year}年法治政府建设工作情况\n1.推进普法。{line}\n")
    old = law(2025, "建成县级法治文化公园2个、村级法治文化广场53个，新培育“法律明白人”380名。")
    new = law(2026, "新增村级法治文化广场9个，新培育“法律明白人”420名。")
    raws = {(old_raw, new_raw) for _, old_raw, new_raw in _pairs(compare(script(old), script(new)))}
    assert (script("53个"), script("9个")) not in raws
    # -- two additions pair --
    assert (script("380名"), script("420名")) in raws
