"""Promises, plans and figures on 法治政府建设 reports of districts and townships."""

import pytest
from opencc import OpenCC

from reportdiff.display import figure_change
from reportdiff.figures import FigureChange
from reportdiff.figure_similarity import label_similarity
from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare, plans

_T = OpenCC("s2t").convert

_OLD = ("临溪区2024年法治政府建设年度报告\n一、2024年推进法治政府建设的主要举措和成效\n"
        "（一）完善决策程序。将7项事项纳入年度重大行政决策事项目录。\n二、存在的不足和原因\n"
        "重大行政决策后评估制度落实不够。\n四、2025年推进法治政府建设的主要安排\n"
        "一是健全重大行政决策后评估制度，选取{plan}重大行政决策开展后评估。二是开展规范性文件清理。\n")
_NEW = ("临溪区2025年法治政府建设年度报告\n一、2025年推进法治政府建设的主要举措和成效\n"
        "（一）开展重大行政决策后评估。选取老旧小区综合整治等{done}重大行政决策开展后评估，形成评估报告4份。\n"
        "二、存在的不足和原因\n规范性文件清理不够及时。\n四、2026年推进法治政府建设的主要安排\n"
        "一是开展规范性文件集中清理。二是推进法治人才队伍建设。\n")


def _promise(comparison, words: str):
    return next(p for p in comparison.promises if words in p.plan.text)


@pytest.mark.parametrize("plan", ["3至5项", "3—5项", "3到5项", "3-5项", "三至五项"])
@pytest.mark.parametrize("done,met", [("4项", True), ("3项", True), ("6项", True), ("2项", False)])
@pytest.mark.parametrize("convert", [str, _T])
def test_a_range_target_is_met_by_any_result_from_its_lower_end(plan, done, met, convert) -> None:
    comparison = compare(convert(_OLD.format(plan=plan)), convert(_NEW.format(done=done)))
    promise = _promise(comparison, convert("后评估制度"))
    assert (promise.status == "delivered") is met
    assert bool(promise.short_of) is not met
    pair = next(f for f in comparison.figures if f.kind == "plan_result")
    # -- the range as written, and no distance from its top --
    assert pair.old.raw == convert(plan) and pair.change is None and figure_change(pair) == ""
    # -- 7项事项纳入…重大行政决策事项目录 are other things than the 4 decisions evaluated --
    assert [f for f in comparison.figures if f.old and f.new] == [pair]


def test_a_range_is_one_figure_with_its_lower_end_and_its_own_label() -> None:
    (figure,) = extract_figures("全年开展法治培训3～5次")
    assert (figure.raw, figure.value, figure.lower, figure.label) == ("3～5次", 5.0, 3.0, "开展法治培训")
    # -- a range of percentages each with its unit is one figure too (6%－6.5%: a 政府工作报告
    #    target), years are no range --
    assert [(f.raw, f.lower, f.value) for f in extract_figures("经济增长6%－6.5%")] == [("6%－6.5%", 6.0, 6.5)]
    assert extract_figures("实施2023-2025年行动计划") == ()
    assert [f.lower for f in extract_figures("第3至5项")] == [None]


def test_a_change_in_points_is_given_in_points_only() -> None:
    old, new = extract_figures("复议纠错率0.8个百分点"), extract_figures("复议纠错率0.7个百分点")
    pair = FigureChange(label="复议纠错率", unit="百分点", old=old[0], new=new[0], old_measure="a",
                        new_measure="b", change=-0.1, relative_change=-0.125)
    assert figure_change(pair) == "-0.1个百分点"


def test_evidence_sentences_ending_in_a_semicolon_are_joined_once() -> None:
    old = ("柳塘镇2024年法治政府建设工作报告\n一、2024年工作情况\n1.加强执法队伍建设。\n"
           "二、2025年工作安排\n一是加强执法队伍建设，新增持证执法人员不少于4名，组织执法人员参加业务培训2次以上。\n")
    new = ("柳塘镇2025年法治政府建设工作报告\n一、2025年工作情况\n"
           "1.加强执法队伍建设。新增持证执法人员5名，持证执法人员达到11名；组织执法人员参加业务培训3次。\n"
           "二、2026年工作安排\n一是深化综合行政执法改革。\n")
    for convert in (str, _T):
        promise = _promise(compare(convert(old), convert(new)), convert("持证执法人员"))
        line = promise.summary_line()
        assert promise.status == "delivered" and "；;" not in line and ";;" not in line


_TOWN = ("柳塘镇{year}年法治政府建设工作情况报告\n一、主要工作及成效\n1.深化法治宣传。{done}\n"
         "二、存在的问题\n部分村干部依法办事意识有待提高。\n三、下一步工作打算\n"
         "下一步，柳塘镇将重点做好以下工作：{plans}\n")


@pytest.mark.parametrize("convert", [str, _T])
def test_a_plan_repeated_word_for_word_in_a_short_report_is_replanned(convert) -> None:
    plans = "一是开展规范性文件集中清理。二是建设数字法治平台，制定法治人才培养方案。三是推进法治人才队伍建设。"
    old = _TOWN.format(year=2024, done="开展法治宣传活动12场。", plans=plans)
    new = _TOWN.format(year=2025, done="开展法治宣传活动15场。", plans=plans)
    comparison = compare(convert(old), convert(new))
    for words in ("数字法治平台", "法治人才队伍"):
        promise = _promise(comparison, convert(words))
        assert promise.status == "not_reported" and promise.replanned is not None
        assert convert(words) in promise.replanned.text


@pytest.mark.parametrize("convert", [str, _T])
def test_a_delivered_plan_is_found_in_a_short_report(convert) -> None:
    old = _TOWN.format(year=2024, done='柳塘村成功创建省级"民主法治示范村"。',
                       plans='一是推进"民主法治示范村"创建，力争再创建1个市级示范村。二是开展村干部法治培训。')
    new = _TOWN.format(year=2025, done='培养"法律明白人"120名；石门村创建为市级"民主法治示范村"。',
                       plans="一是推进智慧执法。")
    comparison = compare(convert(old), convert(new))
    village = _promise(comparison, convert("示范村"))
    assert village.status == "delivered" and convert("石门村") in village.evidence[0].sentence
    # -- a plan the short review says nothing of stays unreported --
    assert _promise(comparison, convert("村干部法治培训")).status == "not_reported"


_PLANS_REPORT = ("柳塘镇2025年法治政府建设工作情况报告\n一、2025年工作情况\n"
                 "1.规范行政执法。全年办理行政执法案件36件。\n"
                 '2.深化法治宣传。培养"法律明白人"120名，开展送法下乡活动20场。\n'
                 "二、存在的问题\n2025年，全镇法治政府建设取得新进展，但仍存在一些不足：一是数字化执法手段运用不够，"
                 "执法办案信息化水平不高；二是基层法治宣传形式较为单一，针对性不强。\n"
                 "三、2026年工作打算\n下一步，柳塘镇将重点做好以下工作：一是推进智慧执法，配备移动执法终端10台，"
                 '实现执法办案网上流转。二是深化"法律明白人"培养工程，新培养"法律明白人"50名。'
                 '三是创新普法形式，打造"柳塘法治夜话"品牌栏目。\n')


@pytest.mark.parametrize("convert", [str, _T])
def test_plans_link_a_short_report_and_answer_its_shortcomings(convert) -> None:
    analysis = plans(convert(_PLANS_REPORT))
    by_words = {record.plan.text[:6]: record for record in analysis.plans}
    assert by_words[convert('深化"法律明')].status == "continues"
    # -- the lead-in announcing the list is no shortcoming --
    assert all(not record.measure.text.rstrip().endswith(("：", ":")) for record in analysis.shortcomings)
    answers = {record.measure.text[:4]: [plan.text[:4] for plan in record.answered_by] for record in analysis.shortcomings}
    assert answers[convert("数字化执")] == [convert("推进智慧")]
    assert convert("创新普法") in answers[convert("基层法治")]


@pytest.mark.parametrize("convert", [str, _T])
def test_figure_labels_end_on_words_and_name_something(convert) -> None:
    def labels(text: str) -> list[str]:
        return [f.label for f in extract_figures(convert(text))]

    # -- cut between words, never inside 处罚 --
    (cut, _) = labels("全年对1876家经营主体适用不予处罚或从轻减轻处罚，涉及金额1020余万元")
    assert len(cut) <= 16 and not cut.endswith("处")
    assert labels("新建和改造提升高标准农田13.2万亩") == ["改造提升高标准农田"]
    assert labels("村级集体经济收入全部超过10万元，50万元以上的村达到312个")[-1] == "50万元以上的村"
    assert labels("将公园绿地提升、学前教育资源布局等6项事项纳入年度重大行政决策事项目录") == ["事项纳入年度重大行政决策事项目录"]


@pytest.mark.parametrize("convert", [str, _T])
def test_an_addition_told_from_a_stock_is_not_paired_with_an_unqualified_figure(convert) -> None:
    old = ("临溪区2024年法治政府建设年度报告\n一、主要举措和成效\n"
           '（一）优化营商环境。上线企业信息变更、开办餐饮店等"一件事"场景23个，平均减少跑动次数76%。\n'
           "四、2025年主要安排\n一是深化改革。\n")
    new = ("临溪区2025年法治政府建设年度报告\n一、主要举措和成效\n"
           '（一）优化营商环境。新增"一件事"场景18个，累计达到41个，平均减少跑动次数80%。\n'
           "四、2026年主要安排\n一是深化改革。\n")
    pairs = {(f.old.raw, f.new.raw) for f in compare(convert(old), convert(new)).figures if f.old and f.new}
    assert (convert("23个"), convert("18个")) not in pairs
    assert (convert("76%"), convert("80%")) in pairs


@pytest.mark.parametrize("convert", [str, _T])
def test_two_kinds_of_one_compound_noun_are_not_paired(convert) -> None:
    old = ("临溪区2024年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导。"
           '以创建"全国法治政府建设示范区"为抓手，梳理形成创建任务清单96项，全部按期完成。\n'
           "四、2025年主要安排\n一是深化示范创建。\n")
    new = ("临溪区2025年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导。"
           '对照示范创建指标体系开展"回头看"，形成巩固提升任务清单48项。\n'
           "四、2026年主要安排\n一是巩固示范创建成果。\n")
    assert not [f for f in compare(convert(old), convert(new)).figures if f.old and f.new]
    # -- the same list spelled out more one year is still one list --
    assert label_similarity("改造城镇老旧小区", "新开工改造城镇老旧小区") >= 0.75


@pytest.mark.parametrize("convert", [str, _T])
def test_evidence_cites_the_sentence_that_shows_delivery_not_the_items_title(convert) -> None:
    """A result item whose first sentence is only its title (①推进“智慧司法”。) and whose next
    sentence tells what was done: the evidence cites what was done, the sentence sharing the
    plan's words (上线…小程序), and the JSON keeps its fields."""
    old = ("石门县司法局2024年法治政府建设工作报告\n一、2024年工作情况\n（一）提升审核质量\n"
           "1.加强合法性审核。全年审核规范性文件12件。\n二、2025年工作安排\n"
           "一是加强统筹协调，开展示范创建。二是深化“智慧司法”建设，推广“掌上法律服务”小程序。\n")
    new = ("石门县司法局2025年法治政府建设工作报告\n一、2025年工作情况\n（一）推进数字法治\n"
           "①推进“智慧司法”。上线“掌上法律服务”小程序，累计提供在线咨询8600余人次。\n"
           "（二）提升审核质量\n1.加强合法性审核。全年审核规范性文件15件。\n二、2026年工作安排\n"
           "一是完善执法监督机制。二是推进法治人才队伍建设。\n")
    comparison = compare(convert(old), convert(new))
    promise = _promise(comparison, convert("智慧司法"))
    assert promise.status == "delivered"
    (evidence,) = promise.evidence
    assert evidence.sentence.startswith(convert("上线")), evidence.sentence
    assert set(evidence.to_json()) >= {"sentence"}


@pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_a_campaign_is_not_kept_by_another_campaign_of_the_same_field(convert) -> None:
    """开展行政执法质效提升专项行动，建立执法监督员制度 shares only 行政执法 and 专项 (专项评查) with
    the review: the field and the kind of campaign, no task of the plan."""
    old = ("某局2024年法治政府建设年度报告\n一、2024年推进法治政府建设的主要举措和成效\n（一）规范执法\n"
           "1.规范执法程序。全面落实行政执法三项制度，法制审核重大执法决定138件。\n"
           "二、2025年推进法治政府建设的主要安排\n一是加强执法监督。开展行政执法质效提升专项行动，建立执法监督员制度，聘请社会监督员20名。\n")
    new = ("某局2025年法治政府建设年度报告\n一、2025年推进法治政府建设的主要举措和成效\n（一）规范执法\n"
           "1.规范执法程序。全面落实行政执法三项制度，法制审核重大执法决定151件。开展基层所执法文书专项评查，共评查案卷426卷。\n"
           "二、2026年推进法治政府建设的主要安排\n一是推进智慧监管。建设执法办案平台。\n")
    statuses = {p.plan.text: p.status for p in compare(convert(old), convert(new)).promises}
    assert statuses and all(status == "not_reported" for status in statuses.values())
    # -- the same campaign reported is still kept --
    done = new.replace("开展基层所执法文书专项评查，共评查案卷426卷。", "开展行政执法质效提升专项行动，聘请社会监督员20名。")
    assert any(p.status == "delivered" for p in compare(convert(old), convert(done)).promises)


@pytest.mark.parametrize("convert", [str, _T])
def test_an_items_title_that_is_the_delivery_stays_the_evidence(convert) -> None:
    """1.建成行政执法监督平台。同时加强行政执法人员培训… : the title itself says the plan was done; the
    sentence after it shares only 行政执法 and is about something else."""
    old = ("某县司法局2024年法治政府建设年度报告\n一、2024年工作情况\n（一）规范执法\n1.规范执法程序。全年办理案件88件。\n"
           "二、2025年工作安排\n一是建成行政执法监督平台。\n")
    new = ("某县司法局2025年法治政府建设年度报告\n一、2025年工作情况\n（一）规范执法\n"
           "1.建成行政执法监督平台。同时加强行政执法人员培训，组织培训2期。\n二、2026年工作安排\n一是深化执法监督。\n")
    promise = _promise(compare(convert(old), convert(new)), convert("监督平台"))
    assert promise.status == "delivered"
    assert [e.sentence for e in promise.evidence] == [convert("建成行政执法监督平台。")]
