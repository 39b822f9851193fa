"""Units, labels and stated changes in the forms 政府工作报告 write them (short constructed phrases)."""

from __future__ import annotations

import pytest

from reportdiff.figures import FigureChange, check_claim, compare_figures, extract_figures
from reportdiff.models import Measure, MeasureKind, Role
from reportdiff.normalize import key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # -- a multiplier before a unit of weight, money, power or length: the unit stays whole --
        ("粮食产量保持在1.3万亿斤以上", ("1.3万亿斤以上", 1.3e12, "斤", "以上", "粮食产量")),
        ("外汇储备稳定在3万亿美元以上", ("3万亿美元以上", 3e12, "美元", "以上", "外汇储备")),
        ("实际使用外资1160亿美元", ("1160亿美元", 1.16e11, "美元", None, "实际使用外资")),
        ("煤炭产量4.5亿吨", ("4.5亿吨", 4.5e8, "吨", None, "煤炭产量")),
        ("可再生能源发电装机规模突破10亿千瓦", ("突破10亿千瓦", 1e9, "千瓦", "突破", "可再生能源发电装机规模")),
        ("改建农村公路125万公里", ("125万公里", 1.25e6, "公里", None, "改建农村公路")),
        ("节约能源1.2万吨标准煤", ("1.2万吨标准煤", 1.2e4, "吨标准煤", None, "节约能源")),
        ("高标准农田面积4.56亿亩", ("4.56亿亩", 4.56e8, "亩", None, "高标准农田面积")),
        # -- transport counts its checks and calls in vehicle- and ship-times (audit30) --
        ("治超检测货车138万车次", ("138万车次", 1.38e6, "车次", None, "治超检测货车")),
        ("进出港船舶1.2万艘次", ("1.2万艘次", 1.2e4, "艘次", None, "进出港船舶")),
        # -- …and vehicles and machines checked as times, not as vehicles (review39 #6) --
        ("开展柴油货车尾气路检路查1.2万辆次", ("1.2万辆次", 1.2e4, "辆次", None, "开展柴油货车尾气路检路查")),
        ("检查车辆12000辆次", ("12000辆次", 12000, "辆次", None, "检查车辆")),
        ("检测特种设备860台次", ("860台次", 860, "台次", None, "检测特种设备")),
        # -- bounds a target is set with --
        ("城镇调查失业率全年控制在5.5%以内", ("5.5%以内", 5.5, "%", "以内", "城镇调查失业率")),
        ("国内生产总值从不到70万亿元增加到", ("不到70万亿元", 7e13, "元", "不到", "国内生产总值")),
    ],
)
def test_units_are_kept_whole(text: str, expected: tuple) -> None:
    f = extract_figures(text)[0]
    assert (f.raw, f.value, f.unit, f.approx, f.label) == expected


def test_a_zero_width_space_inside_a_figure_is_no_break() -> None:
    level, growth = extract_figures("国内生产总值达到74.4\u200b万亿元，增长6.7%")
    assert (level.raw, level.value, level.unit, level.label) == ("74.4\u200b万亿元", 7.44e13, "元", "国内生产总值")
    assert level.comparison is not None and growth.label == "国内生产总值增长"


@pytest.mark.parametrize(
    "text",
    ["出席联合国成立75周年系列高级别会议", "庆祝中国共产党成立一百周年", "将3岁以下婴幼儿照护费用纳入扣除"],
)
def test_anniversaries_and_age_brackets_are_no_quantities(text: str) -> None:
    assert extract_figures(text) == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("城镇调查失业率平均为5.1%", "城镇调查失业率"),
        ("今年赤字率拟按3.2%左右安排", "赤字率"),
        ("今年拟安排地方政府专项债券3.65万亿元", "地方政府专项债券"),
        ("中央预算内投资安排6100亿元", "中央预算内投资"),
        ("年末全国城镇调查失业率降到5.2%", "城镇调查失业率"),
        ("将2.8万亿元中央财政资金纳入直达机制", "中央财政资金"),
        ("坚决守住18亿亩耕地红线", "耕地红线"),
        # -- one name per rate of change: 上涨 and 涨幅, 增长 and 增幅 --
        ("居民消费价格上涨2.5%", "居民消费价格涨幅"),
        ("居民消费价格涨幅3%左右", "居民消费价格涨幅"),
        ("大型商业银行普惠小微企业贷款增幅超过40%", "大型商业银行普惠小微企业贷款增长"),
        ("全年国内生产总值增长2.3%", "国内生产总值增长"),
    ],
)
def test_labels_name_the_indicator(text: str, label: str) -> None:
    assert extract_figures(text)[0].label == key(label)


def test_figures_of_one_indicator_share_its_label() -> None:
    start, end = extract_figures("国内生产总值从不到70万亿元增加到超过100万亿元")
    assert start.label == end.label == "国内生产总值"
    # -- the 从 side is where it started, the 到 side a level reached (no addition of a year) --
    assert start.aspect == "from" and end.aspect == "total"
    starts = extract_figures("加计扣除比例分别从50%、75%提高至100%")
    assert [f.aspect for f in starts] == ["from", "from", "total"]
    first, second = extract_figures("人均财政补助标准分别再增加30元和5元")
    assert first.label == second.label == "人均财政补助标准增加"
    # -- an amount added to a level is no level: 再提高40元 never pairs with 由420元提高到450元 --
    assert first.aspect == second.aspect == "delta"
    assert extract_figures("补助标准再提高40元")[0].label == "补助标准增加"
    transfer, growth = extract_figures("中央对地方转移支付规模近9.8万亿元，增长18%")[-2:]
    assert transfer.label == "中央对地方转移支付规模" and growth.label == "中央对地方转移支付增长"


def test_a_bare_growth_rate_is_a_figure_and_an_average_is_its_own_kind() -> None:
    (gdp,) = extract_figures("全年国内生产总值增长2.3%，宏观调控积累了新的经验")
    assert not gdp.is_change and gdp.label == "国内生产总值增长"
    level, average = extract_figures("国内生产总值增加到121万亿元，五年年均增长5.2%")
    assert level.comparison is None and average.aspect == "average"


@pytest.mark.parametrize(
    ("text", "phrase", "direction", "stated"),
    [
        ("今年赤字率拟按2.6%安排，比去年预算低0.4个百分点", "比去年预算低0.4个百分点", -1, (0.4, "百分点")),
        ("今年赤字率拟按2.8%安排，比去年预算高0.2个百分点", "比去年预算高0.2个百分点", 1, (0.2, "百分点")),
        ("粮食产量1.37万亿斤，增产74亿斤", "增产74亿斤", 1, (7.4e9, "斤")),
        ("空气质量优良天数比例达86.5%、上升4个百分点", "上升4个百分点", 1, (4.0, "百分点")),
    ],
)
def test_changes_stated_in_points_and_amounts(text: str, phrase: str, direction: int, stated: tuple) -> None:
    base = extract_figures(text)[0]
    assert base.comparison is not None and base.comparison.text == phrase
    assert base.comparison.direction == direction
    assert (base.comparison.stated.value, base.comparison.stated.unit) == stated


def test_a_change_in_points_is_checked_against_last_years_rate() -> None:
    old = extract_figures("城镇调查失业率5.2%")[0]
    new = extract_figures("城镇调查失业率5.0%，比上年下降0.2个百分点")[0]
    assert check_claim(old, new, new.comparison) == ("consistent", -0.2)
    wrong = extract_figures("城镇调查失业率5.0%，比上年下降1个百分点")[0]
    assert check_claim(old, wrong, wrong.comparison)[0] == "inconsistent"


def _measure(mid: str, text: str) -> Measure:
    return Measure(mid, MeasureKind.PARAGRAPH, "", text[:10], text, key(text), mid.split("/")[0], None, "", Role.OTHER, 1)


def test_percentages_change_in_points_and_plans_meet_their_results() -> None:
    old = [_measure("一/¶1", "城镇新增就业1186万人，失业率5.2%。"),
           _measure("三/¶1", "今年赤字率拟按3.2%左右安排。新开工改造城镇老旧小区5.3万个。")]
    new = [_measure("一/¶1", "城镇新增就业1269万人，失业率5.1%。新开工改造城镇老旧小区5.6万个。"),
           _measure("三/¶1", "今年赤字率拟按2.8%左右安排。")]
    sides = {"一/¶1": "review", "三/¶1": "plan"}
    records = compare_figures(old, new, [(old[0], new[0]), (old[1], new[1])], old_sides=sides, new_sides=sides)
    by = {(r.kind, r.label): r for r in records if r.old and r.new}
    deficit = by[("year", "赤字率")]
    assert deficit.relative_change is None and deficit.change_text() == "-0.4个百分点"
    assert by[("year", "失业率")].change_text("en") == "-0.1 pp"
    done = by[("plan_result", "新开工改造城镇老旧小区")]
    assert (done.old.raw, done.new.raw, done.old_measure, done.new_measure) == ("5.3万个", "5.6万个", "三/¶1", "一/¶1")
    assert done.to_json()["kind"] == "plan_result" and "kind" not in deficit.to_json()
    assert isinstance(done, FigureChange) and done.summary_line().endswith("上年计划→本年实绩")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # -- the subjects listed before 分别 share what follows the last of them --
        ("基础设施、制造业投资分别增长9.4%、9.1%", ["基础设施投资增长", "制造业投资增长"]),
        ("高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%",
         ["高技术制造业增加值年均增长", "装备制造业增加值年均增长"]),
        ("二氧化硫、氮氧化物排放量分别下降5.6%和4%", ["二氧化硫排放量降低", "氮氧化物排放量降低"]),
        ("進口、出口通關時間分別壓減67%、92%", ["进口通关时间压减", "出口通关时间压减"]),
        # -- the verb before the list is no subject --
        ("受理行政复议和行政诉讼案件分别为86件、41件", ["行政复议案件", "行政诉讼案件"]),
        # -- one figure for two subjects: no list to share out --
        ("化学需氧量、氨氮排放量分别下降2%", None),
    ],
)
def test_figures_listed_after_fenbie_are_named_by_their_own_subjects(text: str, labels) -> None:
    figures = extract_figures(text)
    if labels is None:
        assert len(figures) == 1
    else:
        assert [f.label for f in figures] == [key(label) for label in labels]


def test_a_label_read_after_the_number_stops_at_the_next_figure() -> None:
    tranches, amount = extract_figures("分两期投放政策性开发性金融工具7400亿元")
    assert tranches.raw == "两期" and tranches.label == amount.label == "投放政策性开发性金融工具"
    # -- a digit inside a name is no figure: 4A级, 5G --
    assert extract_figures("新增2家国家4A级旅游景区")[0].label == key("国家4A级旅游景区")


def test_subjects_ending_alike_are_whole_names_after_fenbie() -> None:
    firms = extract_figures("规上工业企业、国家级专精特新小巨人企业分别达到1200家、35家")
    assert [f.label for f in firms] == [key("规上工业企业"), key("国家级专精特新小巨人企业")]


def test_two_known_indicators_never_pair_however_alike_their_names() -> None:
    from reportdiff.figure_similarity import label_similarity

    assert label_similarity(key("二氧化碳排放量降低"), key("二氧化硫排放量降低")) == 0.0
    assert label_similarity(key("化学需氧量排放量降低"), key("氨氮排放量降低")) == 0.0
    assert label_similarity(key("单位国内生产总值能耗降低"), key("能耗降低")) > 0.5


@pytest.mark.parametrize(("text", "label", "approx"), [
    ("组织执法人员培训不少于4次", "组织执法人员培训", "不少于"),
    ("组织执法人员培训不少於4次", "组织执法人员培训", "不少于"),
    ("审批时间压缩到不超过120个工作日", "审批时间压缩", "不超过"),
    ("抽查比例不低于5%", "抽查比例", "不低于"),
    ("每年开展法治培训至少2次", "每年开展法治培训", "至少"),
])
def test_a_target_s_bound_is_the_figure_s_not_its_label(text: str, label: str, approx: str) -> None:
    """不少于/不低于/至少 and 不超过/不高于 bound a target: the label names the indicator alone
    (…培训, not …培训不少于) and 不超过 is no 超过 (more than)."""
    figure = extract_figures(text)[0]
    assert (figure.label, figure.approx) == (key(label), approx)


def test_a_planned_minimum_is_met_by_a_result_above_it() -> None:
    from reportdiff.pipeline import compare, load_report

    old = load_report("某局2024年法治政府建设年度报告\n一、主要举措和成效\n（一）加强培训。组织执法人员培训2次。\n"
                      "二、2025年工作安排\n（一）加强培训。组织执法人员培训不少于4次。\n")
    new = load_report("某局2025年法治政府建设年度报告\n一、主要举措和成效\n（一）加强培训。组织执法人员培训5次。\n"
                      "二、2026年工作安排\n（一）建设示范点。\n")
    assert [p.status for p in compare(old, new).promises] == ["delivered"]


def test_a_range_target_holds_both_its_bounds() -> None:
    """复议纠错率不低于5%、不高于8%: 9% keeps the lower bound and breaks the upper one."""
    from reportdiff.pipeline import compare, load_report

    def report(year: int, body: str) -> str:
        return (f"某局{year}年法治政府建设年度报告\n一、主要举措和成效\n（一）规范执法。{body}\n"
                f"二、{year + 1}年工作安排\n（一）提升复议质量。复议纠错率不低于5%、不高于8%。\n")

    old = load_report(report(2024, "复议纠错率6%。"))
    assert [p.status for p in compare(old, load_report(report(2025, "复议纠错率7%。"))).promises] == ["delivered"]
    over = compare(old, load_report(report(2025, "复议纠错率9%。"))).promises
    assert [(p.status, bool(p.short_of)) for p in over] == [("not_reported", True)]


@pytest.mark.parametrize("convert", [str, __import__("opencc").OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_a_growth_that_cannot_be_checked_says_so(convert) -> None:
    # -- last year's figure is the budget (支出安排…), this year's growth is on last year's actual
    #    spending: the stated growth is neither consistent nor inconsistent, and the line says so --
    old = [_measure("三/¶1", convert("一般公共预算支出安排386亿元。"))]
    new = [_measure("一/¶1", convert("一般公共预算支出超过402亿元，增长6.5%。"))]
    (record,) = [r for r in compare_figures(old, new, [(old[0], new[0])], old_sides={"三/¶1": "plan"})
                 if r.old and r.new]
    assert record.claim is not None and record.claim_check is None
    assert record.summary_line().endswith(convert("增长6.5%") + "：不可核对")
    assert record.summary_line("en").endswith(convert("增长6.5%") + ": not checkable")
    # -- a checked claim keeps its verdict; a figure of one year alone has nothing to check against --
    (alone,) = compare_figures([], new, [])[:1]
    assert alone.old is None and "不可核对" not in alone.summary_line()


@pytest.mark.parametrize("text", ["完成剩余4座乡镇污水处理设施提标改造", "完成剩餘4座鄉鎮污水處理設施提標改造"])
def test_what_is_left_of_a_whole_is_its_own_count(text: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.label == "剩余乡镇污水处理设施提标改造" and figure.value == 4


@pytest.mark.parametrize("convert", [str, __import__("opencc").OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_a_remainder_planned_is_no_change_of_last_years_whole(convert) -> None:
    """The plans of 2025 (15座) against those of 2026 (剩余4座): no figure goes 15座 → 4座; last
    year's plan is measured against the result (11座) instead."""
    from reportdiff.pipeline import compare

    def report(year: int, result: str, plan: str) -> str:
        return (f"临江市生态环境局{year - 1}年工作总结和{year}年工作计划\n一、{year - 1}年工作总结\n"
                f"一是{result}\n二、{year}年工作计划\n一是{plan}\n")

    old = report(2025, "完成乡镇污水处理设施提标改造8座。", "推进乡镇污水处理设施提标改造15座。")
    new = report(2026, "完成乡镇污水处理设施提标改造11座。", "完成剩余4座乡镇污水处理设施提标改造。")
    comparison = compare(convert(old), convert(new), expressions=False)
    pairs = {(f.old.raw, f.new.raw) for f in comparison.figures if f.old is not None and f.new is not None}
    assert (convert("15座"), convert("4座")) not in pairs
    assert (convert("15座"), convert("11座")) in pairs


@pytest.mark.parametrize("convert", [str, __import__("opencc").OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_a_rate_stated_after_its_level_is_no_figure_of_one_year_only(convert) -> None:
    """同比下降6.3% after 查处违法案件11.8万件 is checked beside the level's row; the other year states
    no rate of it, so it is no row of this year's figures alone. A rate both years state still pairs."""
    from reportdiff.pipeline import compare

    def report(year: int, body: str) -> str:
        return (f"某部{year}年法治政府建设年度报告\n一、{year}年推进法治政府建设的主要举措和成效\n（一）规范执法行为。{body}\n"
                f"二、{year + 1}年工作打算\n一是持续规范执法行为。\n")

    old = report(2024, "全年查处违法案件12.6万件，罚没款4.6亿元，同比增长3%。")
    new = report(2025, "全年查处违法案件11.8万件，同比下降6.3%，罚没款3.9亿元，同比下降15%。")
    figures = compare(convert(old), convert(new), expressions=False).figures
    alone = {(f.old or f.new).raw for f in figures if f.old is None or f.new is None}
    assert convert("6.3%") not in alone
    level = next(f for f in figures if f.new is not None and f.new.raw == convert("11.8万件"))
    assert level.old is not None and level.claim is not None
    rates = {(f.old.raw, f.new.raw) for f in figures if f.old is not None and f.new is not None and f.unit == "%"}
    assert ("3%", "15%") in rates  # -- 罚没款's growth both years: compared --
