"""A ratio to plan or share is its amount's (为预算的100.6%), and a 分别 list of changes gives each
amount before it its own change (受理…件，结案…件，同比分别上升3.4%和5.1%).

The texts are written for the test in the shape of budget and court reports (预算执行情况的报告,
法院工作报告): one sentence per year, both scripts.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from conftest import budget_report as _budget

from reportdiff.figures import extract_figures
from reportdiff.normalize import key
from reportdiff.pipeline import compare

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
def test_a_ratio_to_plan_is_named_by_its_amount_and_passes_the_growth_on(script) -> None:
    figs = extract_figures(script("全区一般公共预算收入88.5亿元，为预算的102.3%，增长6.1%。"))
    amount, ratio, growth = figs
    assert key(ratio.label) == "一般公共预算收入完成预算" and not ratio.is_change
    assert growth.is_change and growth.change_of == 0 and key(growth.label) == "一般公共预算收入增长"
    assert amount.comparison is not None and amount.comparison.stated == growth
    assert ratio.comparison is None


@SCRIPTS
def test_a_share_of_a_whole_is_named_by_its_amount(script) -> None:
    figs = extract_figures(script("教育支出31.2亿元，占一般公共预算支出的18.4%，增长5%。"))
    assert [key(f.label) for f in figs[:2]] == ["教育支出", "教育支出占比"]
    assert figs[2].change_of == 0


@SCRIPTS
def test_points_after_a_ratio_are_the_ratio_s_own(script) -> None:
    figs = extract_figures(script("税收收入52亿元，完成年初预算的98.5%，比上年提高2个百分点。"))
    assert key(figs[1].label) == "税收收入完成预算" and figs[1].comparison is not None
    assert figs[0].comparison is None


@SCRIPTS
def test_a_budget_line_checks_its_growth_against_the_amount(script) -> None:
    old = _budget(2025, "全区一般公共预算收入83.4亿元，为预算的100.9%，增长3.2%。", "收入预期增长5%左右。")
    new = _budget(2026, "全区一般公共预算收入88.5亿元，为预算的102.3%，增长6.1%。", "收入预期增长5%左右。")
    changes = compare(script(old), script(new), expressions=False).figures
    assert not any("为预算" in key(f.label) for f in changes)
    [income] = [f for f in changes if key(f.label) == "一般公共预算收入"]
    assert income.claim is not None and income.claim_check == "consistent"
    assert not any(f.claim_check == "inconsistent" for f in changes)


@SCRIPTS
def test_respective_changes_go_to_the_amounts_in_order(script) -> None:
    figs = extract_figures(script("全年受理案件52310件，审结案件48906件，同比分别上升2.8%和7.4%。"))
    accepted, closed, first, second = figs
    assert (first.change_of, second.change_of) == (0, 1) and first.is_change and second.is_change
    assert accepted.comparison.stated == first and closed.comparison.stated == second
    assert key(closed.comparison.text) == "同比上升7.4%"
    assert first.aspect is None and second.aspect is None


@SCRIPTS
def test_respective_changes_without_a_basis_name_each_subject(script) -> None:
    figs = extract_figures(script("办理提案610件，办复580件，分别增长3%、4%。"))
    assert [key(f.label) for f in figs if f.is_change] == ["办理提案增长", "办复增长"]


def test_subjects_without_amounts_stay_an_undivided_list() -> None:
    figs = extract_figures("城乡居民人均可支配收入分别增长4.6%和6.5%。")
    assert [f.aspect for f in figs] == ["listed", "listed"]


@SCRIPTS
def test_respective_changes_check_consistent_and_leave_no_stray_row(script) -> None:
    def court(year: int, cases: str) -> str:
        return (f"平湖市人民法院工作报告\n——{year}年1月9日在平湖市第九届人民代表大会第三次会议上\n"
                f"一、{year - 1}年主要工作\n{cases}\n二、{year}年工作安排\n（一）深化司法改革。推进审判体系现代化。\n")
    old = court(2025, "全年受理案件50884件，审结案件45532件，同比分别上升4.1%和3.9%。")
    new = court(2026, "全年受理案件52310件，审结案件48906件，同比分别上升2.8%和7.4%。")
    changes = compare(script(old), script(new), expressions=False).figures
    checks = {key(f.label): f.claim_check for f in changes if f.claim is not None}
    assert checks == {"受理案件": "consistent", "审结案件": "consistent"}
    assert not any("分别" in key(f.label) or "同比" in key(f.label) for f in changes)



@SCRIPTS
def test_a_side_act_or_target_named_alone_takes_its_indicator(script) -> None:
    budget = extract_figures(script("全区社会保险基金预算收入46.2亿元，为预算的100.8%；支出44.9亿元，为预算的98.1%。"))
    assert [key(f.label) for f in budget] == ["社会保险基金预算收入", "社会保险基金预算收入完成预算",
                                              "社会保险基金预算支出", "社会保险基金预算支出完成预算"]
    plan = extract_figures(script("一般公共预算收入预期增长5%左右，安排87.6亿元。"))
    assert [key(f.label) for f in plan] == ["一般公共预算收入预期增长", "一般公共预算收入"]
    targets = extract_figures(script("固定资产投资增长4.4%，计划目标为6%。城镇新增就业3.2万人，计划目标为3万人以上。"))
    assert [key(f.label) for f in targets] == ["固定资产投资增长", "固定资产投资增长目标", "城镇新增就业", "城镇新增就业目标"]


@SCRIPTS
def test_honoured_collectives_and_persons_are_named_so(script) -> None:
    figs = extract_figures(script("4个集体、11名个人受到省级以上表彰。"))
    assert [key(f.label) for f in figs] == ["受表彰集体", "受表彰个人"]


def test_a_side_is_not_borrowed_across_sentences() -> None:
    figs = extract_figures("全区社会保险基金预算收入46.2亿元。支出44.9亿元。")
    assert figs[1].label == "支出"


# -- a 分别 list may change direction inside (分别增长12%、下降5%) or sign a value (分别增长6%、-2%):
#    each value is its own subject's, in order, with its own direction --


@SCRIPTS
def test_respective_changes_of_mixed_directions_each_keep_their_own(script) -> None:
    figs = extract_figures(script("全年收到投诉举报240件、办结事项60件，同比分别增长20%、下降25%。"))
    complaints, done, up, down = figs
    assert (up.change_of, down.change_of) == (0, 1) and up.is_change and down.is_change
    assert complaints.comparison.direction == 1 and done.comparison.direction == -1
    assert key(done.comparison.text) == "同比下降25%"
    assert done.comparison.stated == down and complaints.comparison.stated == up


@SCRIPTS
def test_mixed_respective_changes_check_consistent(script) -> None:
    def law(year: int, line: str) -> str:
        return (f"平湖市{year - 1}年法治政府建设年度报告\n一、主要工作和成效\n（一）化解行政争议。{line}\n"
                f"二、{year}年工作安排\n（一）化解行政争议。推进复议体制改革。\n")
    old = law(2025, "全市收到投诉举报200件、办结事项80件。")
    new = law(2026, "全市收到投诉举报240件、办结事项60件，同比分别增长20%、下降25%。")
    changes = compare(script(old), script(new), expressions=False).figures
    checks = {key(f.label): f.claim_check for f in changes if f.claim is not None}
    assert checks == {"收到投诉举报": "consistent", "办结事项": "consistent"}
    assert not any(key(f.label) in ("下降", "降低") for f in changes)


@SCRIPTS
def test_rates_of_listed_subjects_with_mixed_directions_are_each_subject_s(script) -> None:
    figs = extract_figures(script("种植业、养殖业、加工业产值分别增长2.5%、下降3.0%、8.0%。"))
    assert [key(f.label) for f in figs] == ["种植业产值增长", "养殖业产值增长", "加工业产值增长"]
    assert [f.value for f in figs] == [2.5, -3.0, 8.0] and not any(f.is_change for f in figs)
    assert key(figs[1].raw) == "下降3.0%"


@SCRIPTS
def test_a_signed_value_of_a_listed_rate_is_negative(script) -> None:
    figs = extract_figures(script("基础设施投资、房地产投资分别增长7%、-4.5%。"))
    assert [key(f.label) for f in figs] == ["基础设施投资增长", "房地产投资增长"]
    assert [f.value for f in figs] == [7.0, -4.5]


@SCRIPTS
def test_a_bare_number_ending_a_respective_list_keeps_the_values_in_order(script) -> None:
    # -- 分别增长12.5%、0: the 0 is the second amount's, the 12.5% the first one's --
    figs = extract_figures(script("其中出口、进口分别为450亿元、300亿元，分别增长12.5%、0。"))
    exports, imports, rate = figs
    assert exports.comparison is not None and exports.comparison.stated == rate and rate.change_of == 0
    assert imports.comparison is None


# -- a 分别 list of subjects sharing one tail (A和B人均财政补助分别再提高40元和8元): each amount is
#    its own subject's, the shared tail distributed (issue 7) --


@SCRIPTS
def test_amounts_added_to_listed_subjects_are_each_subject_s(script) -> None:
    figs = extract_figures(script("城乡居民医保和基本公共卫生服务经费人均财政补助标准分别再提高40元和8元。"))
    assert [key(f.label) for f in figs] == ["城乡居民医保人均财政补助标准增加",
                                            "基本公共卫生服务经费人均财政补助标准增加"]
    assert [f.aspect for f in figs] == ["delta", "delta"]
    two = extract_figures(script("职工医保和居民医保人均报销限额分别提高600元和300元。"))
    assert [key(f.label) for f in two] == ["职工医保人均报销限额增加", "居民医保人均报销限额增加"]


@SCRIPTS
def test_amounts_of_listed_subjects_pair_subject_by_subject(script) -> None:
    def plan(year: int, line: str) -> str:
        return (f"平湖市人民政府工作报告\n——{year}年1月9日在平湖市第九届人民代表大会第三次会议上\n"
                f"一、{year - 1}年工作回顾\n（一）民生保障。办好民生实事。\n二、{year}年主要工作\n（一）民生保障。{line}\n")
    old = plan(2025, "城乡居民医保人均财政补助标准再提高30元。")
    new = plan(2026, "城乡居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元。")
    pairs = {(key(f.label), f.old.raw if f.old else None, f.new.raw if f.new else None)
             for f in compare(script(old), script(new), expressions=False).figures}
    assert ("城乡居民医保人均财政补助标准增加", script("30元"), script("30元")) in pairs
    assert ("基本公共卫生服务经费人均财政补助标准增加", None, script("5元")) in pairs
