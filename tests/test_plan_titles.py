"""A point's title sentence, the signature block and an appended glossary are no plans of their own."""

import json

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare, load_report, plans
from reportdiff.render import render

_T = OpenCC("s2t").convert

_OLD = ("柳溪乡2025年法治政府建设情况报告\n一、2025年工作成效\n（一）严格规范执法\n"
        "一是规范执法程序。全年办理行政处罚案件88件。\n二、存在的不足\n一是普法形式比较单一。\n"
        "三、2026年工作安排\n2026年，我乡将重点做好以下工作：一是加强执法队伍建设。组织执法人员业务培训不少于5次。"
        "二是改进普法宣传。建成法治宣传长廊。\n{signature}")
_NEW = ("柳溪乡2026年法治政府建设情况报告\n一、2026年工作成效\n（一）严格规范执法\n"
        "一是规范执法程序。全年办理行政处罚案件95件。二是抓实执法培训。组织执法人员业务培训6次。"
        "三是丰富普法载体。建成法治宣传长廊1处。\n二、存在的不足\n一是执法人员专业背景不足。\n"
        "三、2027年工作安排\n2027年，我乡将重点做好以下工作：一是充实执法力量。通过公开招录充实法律专业人员。\n{signature}")
_SIGNATURES = ("", "\n柳溪乡人民政府\n{year}年1月16日\n", "\n柳溪乡人民政府{year}年1月16日\n",
               "\n中共柳溪乡委员会 柳溪乡人民政府\n二〇{short}年一月十六日\n", "\n{year}年1月16日\n")


def _pair(signature: str = "") -> tuple[str, str]:
    return (_OLD.format(signature=signature.format(year=2026, short="二六")),
            _NEW.format(signature=signature.format(year=2027, short="二七")))


@pytest.mark.parametrize("kind", [None, "government_work"])
@pytest.mark.parametrize("convert", [str, _T])
def test_a_points_title_sentence_names_its_task_and_is_no_promise(convert, kind) -> None:
    old, new = _pair()
    comparison = compare(convert(old), convert(new), kind=kind)
    tracked = {p.plan.id: p.status for p in comparison.promises}
    # -- 加强执法队伍建设。 and 改进普法宣传。 title the tasks the sentences after them carry out --
    assert tracked == {"三/一是#2": "delivered", "三/二是#2": "delivered"}
    report = load_report(convert(old), kind=kind)
    assert [s.text for s in report.plan_sentences] == [
        convert("组织执法人员业务培训不少于5次。"), convert("建成法治宣传长廊。")]
    # -- the title is still the measure's title, shown where the plan is placed --
    assert [m.title for m in report.measures if m.role.value == "plans" and m.marker] == [
        convert("加强执法队伍建设"), convert("改进普法宣传")]


@pytest.mark.parametrize("convert", [str, _T])
def test_a_title_alone_or_a_sentence_that_acts_stays_a_plan(convert) -> None:
    text = ("柳溪乡2025年法治政府建设情况报告\n一、2025年工作成效\n一是规范执法程序。全年办理案件88件。\n"
            "二、2026年工作安排\n一是开展规范性文件清理。二是健全执法协调机制，推动乡村两级执法联动。完善考核办法。"
            "三是全年组织法治培训5次。开展旁听庭审活动。四是新建乡法治文化公园。年内完成选址。\n")
    texts = [s.text for s in load_report(convert(text)).plan_sentences]
    # -- a point that is its title alone is the plan; a first sentence with a clause or a
    #    figure, or one that delivers something (新建…公园) rather than naming a goal, is a plan --
    assert texts == [convert(t) for t in ("开展规范性文件清理。", "健全执法协调机制，推动乡村两级执法联动。",
                                          "完善考核办法。", "全年组织法治培训5次。", "开展旁听庭审活动。",
                                          "新建乡法治文化公园。", "年内完成选址。")]


@pytest.mark.parametrize("convert", [str, _T])
def test_a_list_of_one_point_after_its_announcement_opens_on_its_title(convert) -> None:
    text = ("柳溪乡2025年法治政府建设情况报告\n一、2025年工作成效\n一是规范执法程序。全年办理案件88件。\n"
            "二、2026年工作安排\n2026年，我乡将重点做好以下工作：一是加强执法队伍建设。组织执法人员业务培训不少于5次。\n")
    assert [s.text for s in load_report(convert(text)).plan_sentences] == [convert("组织执法人员业务培训不少于5次。")]


_BUREAU = ("云岭县林业局{year}年工作总结和{next}年工作计划\n一、{year}年工作总结\n（一）发展林下经济\n"
           "1.壮大林下种植。\n（1）新增林下中药材种植{area}亩。\n（2）培育林下经济示范基地{bases}个。\n"
           "2.推进森林防火。全年未发生重大森林火灾。\n二、{next}年工作计划\n（一）发展林下经济\n"
           "1.壮大林下种植。\n（1）新增林下中药材种植{plan}亩以上。\n（2）新建林下经济示范基地2个。\n"
           "2.建设防火通道12公里。\n")


@pytest.mark.parametrize("convert", [str, _T])
def test_an_item_heading_its_sub_items_is_no_plan(convert) -> None:
    old = convert(_BUREAU.format(year=2024, next=2025, area=1200, bases=3, plan=1500))
    new = convert(_BUREAU.format(year=2025, next=2026, area=1600, bases=2, plan=1800))
    assert [s.text for s in load_report(old).plan_sentences] == [
        convert(t) for t in ("新增林下中药材种植1500亩以上。", "新建林下经济示范基地2个。", "建设防火通道12公里。")]
    statuses = [p.status for p in compare(old, new).promises]
    assert statuses == ["delivered", "delivered", "not_reported"]


@pytest.mark.parametrize("signature", _SIGNATURES[1:])
@pytest.mark.parametrize("convert", [str, _T])
def test_the_signature_block_is_no_measure_plan_or_figure(convert, signature) -> None:
    old, new = (convert(text) for text in _pair(signature))
    comparison = compare(old, new)
    body, date = convert("柳溪乡人民政府"), "1月16日"
    for report in (comparison.old, comparison.new):
        assert not any(body in m.text or date in m.text or "十六日" in m.text for m in report.measures)
        assert not any(body in s.text or date in s.text for s in report.plan_sentences)
        # -- nothing vanishes: the outline keeps it, as its last blocks, of no part --
        ids = [b.id for b in report.blocks]
        tail = report.blocks[len(ids) - ids[::-1].index(next(i for i in ids[::-1] if i)):]
        year = report.year + 1
        expected = convert(signature.format(year=year, short="二六" if year == 2026 else "二七"))
        assert "".join(b.text for b in tail) == expected.replace("\n", "")
        assert {b.kind.value for b in tail} == {"other"}
    assert {p.status for p in comparison.promises} == {"delivered"}
    assert not any(date in (f.old.raw if f.old else f.new.raw) for f in comparison.figures)
    assert not any(date in e.text for e in comparison.expressions.new + comparison.expressions.dropped)
    data = json.loads(render(comparison, "json"))
    assert not any(date in json.dumps(row, ensure_ascii=False) for row in data["promises"] + data["measures"])
    analysis = plans(new)
    assert not any(body in r.plan.text or date in r.plan.text for r in analysis.plans)


def test_a_closing_sentence_with_a_date_stays_the_reports_text() -> None:
    text = ("柳溪乡2025年法治政府建设情况报告\n一、2025年工作成效\n一是规范执法程序。全年办理案件88件。\n"
            "二、2026年工作安排\n一是开展规范性文件清理。\n2026年1月16日前完成年度法治培训计划的制定。\n")
    assert [s.text for s in load_report(text).plan_sentences][-1] == "2026年1月16日前完成年度法治培训计划的制定。"


_CITY = ("某市2025年政府工作报告\n一、2024年工作回顾\n（一）项目建设提速。实施市级重点项目312个。\n"
         "二、2025年重点工作\n（一）着力扩大内需\n1.扩大有效投资。实施市级重点项目300个以上，开工建设青川机场改扩建工程。\n"
         "2.促进消费提质扩容。举办消费季活动20场。\n3.推动制造业高端化智能化绿色化。新培育专精特新企业40家。\n"
         "4.持续打好污染防治攻坚战。PM2.5平均浓度控制在28微克/立方米以内。\n5.加快建设青川机场。年内完成主体工程。\n")


@pytest.mark.parametrize("convert", [str, _T])
def test_a_government_work_items_title_sentence_is_no_promise(convert) -> None:
    """1.扩大有效投资。… in a city's 政府工作报告: the aim the item's sentences carry out, as a heading is;
    5.加快建设青川机场。 names a project to deliver and stays a plan."""
    texts = [s.text for s in load_report(convert(_CITY)).plan_sentences]
    for title in ("扩大有效投资。", "促进消费提质扩容。", "推动制造业高端化智能化绿色化。", "持续打好污染防治攻坚战。"):
        assert convert(title) not in texts
    assert convert("加快建设青川机场。") in texts and convert("举办消费季活动20场。") in texts


_GLOSSARY = ("某县{year}年政府工作报告\n一、{last}年工作回顾\n全年新签约亿元以上项目42个。落实“三保”要求。\n"
             "二、{year}年重点工作\n（一）扩大有效投资。全年新签约亿元以上项目40个，积极争取“两重”“两新”资金支持。\n"
             "附件\n名词解释\n1.“两重”“两新”：“两重”指国家重大战略实施和重点领域安全能力建设。\n"
             "2.“三保”：指保基本民生、保工资、保运转。\n")


@pytest.mark.parametrize("convert", [str, _T])
def test_an_appended_glossary_is_no_measure_plan_or_expression(convert) -> None:
    """附件 / 名词解释 after a county's report explains its words: kept in the outline, out of the
    last part's measures, plans and new expressions."""
    old = convert(_GLOSSARY.format(year=2025, last=2024).split("附件")[0])
    new = convert(_GLOSSARY.format(year=2026, last=2025))
    report = load_report(new)
    assert not any(convert("名词解释") in m.text or convert("指保基本民生") in m.text for m in report.measures)
    assert not any(convert("指") + "保" in s.text for s in report.plan_sentences)
    outline = [b.text for b in report.blocks]
    assert convert("名词解释") in outline and convert("2.“三保”：指保基本民生、保工资、保运转。") in outline
    comparison = compare(old, new)
    assert not any(convert("名词解释") in e.text or convert("保运转") in e.text for e in comparison.expressions.new)
    assert not any(m.new is not None and convert("附件") == m.new.text for m in comparison.matches)


@pytest.mark.parametrize("convert", [str, _T])
def test_titles_of_supervision_and_enforcement_points_are_no_plans(convert) -> None:
    """深化包容审慎监管。 titles its point as 提升执法规范化水平。 does: neither is a plan, in
    ``plans`` as in the promises."""
    old = ("江州市某局2024年法治政府建设年度报告\n一、2024年推进法治政府建设的主要举措和成效\n（一）规范执法\n"
           "1.推行包容审慎监管。全年适用“首违不罚”办理案件327件。\n二、2025年推进法治政府建设的主要安排\n"
           "一是提升执法规范化水平。修订行政处罚自由裁量权基准。\n二是深化包容审慎监管。扩大“首违不罚”清单适用范围。\n"
           "三是深化综合执法。组建综合执法队伍。\n")
    new = ("江州市某局2025年法治政府建设年度报告\n一、2025年推进法治政府建设的主要举措和成效\n（一）规范执法\n"
           "1.推行包容审慎监管。修订行政处罚自由裁量权基准，全年适用“首违不罚”办理案件402件。\n"
           "二、2026年推进法治政府建设的主要安排\n一是推进智慧监管。建设执法办案平台。\n")
    titles = [convert(t) for t in ("提升执法规范化水平。", "深化包容审慎监管。", "深化综合执法。")]
    assert not set(titles) & {s.text for s in load_report(convert(old)).plan_sentences}
    assert not set(titles) & {p.plan.text for p in compare(convert(old), convert(new)).promises}


@pytest.mark.parametrize("convert", [str, _T])
def test_the_goals_of_a_plan_period_opening_the_plans_are_no_plans_of_the_year(convert) -> None:
    """A province opens 二、“十五五”时期主要目标任务和2026年工作安排 on the plan period's goals
    (年均增长5%左右，到2030年…; 纲要草案提请大会审查): they frame the year's plans; the 2026
    targets after them are plans."""
    text = ("青山省2026年政府工作报告\n一、2025年工作回顾\n全省地区生产总值增长5.4%。\n"
            "二、“十五五”时期主要目标任务和2026年工作安排\n"
            "“十五五”时期是基本实现现代化的关键时期。省政府编制了《青山省第十五个五年规划纲要（草案）》，提请大会审查。"
            "“十五五”时期的主要目标是：地区生产总值年均增长5%左右；常住人口城镇化率达到68%。\n"
            "2026年主要预期目标是：地区生产总值增长5%左右；常住人口城镇化率提高到65.8%。\n"
            "（一）扩大内需。新建5G基站2万个。\n")
    sentences = load_report(convert(text)).plan_sentences
    framing = {s.text for s in sentences if s.framing}
    assert any(convert("年均增长5%左右") in s for s in framing)
    assert any(convert("城镇化率达到68%") in s for s in framing)
    assert any(convert("提请大会审查") in s for s in framing)
    kept = [s.text for s in sentences if not s.framing]
    assert any(convert("2026年主要预期目标是") in s for s in kept)
    assert any(convert("65.8%") in s for s in kept) and any(convert("新建5G基站") in s for s in kept)


@pytest.mark.parametrize("convert", [str, _T])
def test_an_appended_task_list_stays_the_plans(convert) -> None:
    """按照附件所列任务抓好落实 / 附件 / 重点任务清单 / 1.…: the list is the plans, not a glossary."""
    text = ("某县司法局2025年法治政府建设年度报告\n一、2025年工作成效\n（一）加强合法性审核\n全年审核规范性文件9件。\n"
            "二、存在的不足\n审核力量不足。\n三、2026年工作安排\n2026年，我局将按照附件所列任务抓好落实。\n附件\n"
            "2026年法治政府建设重点任务清单\n1.建设行政执法监督平台。\n2.开展行政复议案件质量评查。\n3.完成公共法律服务中心标准化建设。\n")
    texts = [s.text for s in load_report(convert(text)).plan_sentences]
    assert convert("建设行政执法监督平台。") in texts and convert("完成公共法律服务中心标准化建设。") in texts


@pytest.mark.parametrize("convert", [str, _T])
def test_a_city_reports_item_titles_name_aims_and_are_no_promises(convert) -> None:
    """1.全力扩大有效投资。实施重点项目420个。: the title names the aim (found by a probe: six such titles
    of one city report judged 未见报告); the sentences after it are the plans. 建设…中心大楼 delivers
    something of its own and stays one."""
    text = ("云川市2025年政府工作报告\n一、2024年工作回顾\n全市地区生产总值增长5.8%。\n二、2025年重点工作\n（一）扩大内需\n"
            "1.全力扩大有效投资。实施市级重点项目420个。\n2.大力提振消费。举办消费季活动50场。\n"
            "3.稳住外贸外资基本盘。新增外贸企业100家。\n4.强化科技创新引领。设立天使投资基金。\n"
            "5.稳定和扩大就业。城镇新增就业5万人。\n6.建设宜居城市。改造老旧小区120个。\n"
            "7.建设市民服务中心大楼。年内完成主体工程。\n")
    texts = [s.text for s in load_report(convert(text)).plan_sentences]
    assert texts == [convert(t) for t in ("实施市级重点项目420个。", "举办消费季活动50场。", "新增外贸企业100家。",
                                          "设立天使投资基金。", "城镇新增就业5万人。", "改造老旧小区120个。",
                                          "建设市民服务中心大楼。", "年内完成主体工程。")]



@pytest.mark.parametrize("convert", [str, _T])
def test_titles_naming_a_bureaus_fields_of_law_work_are_no_plans(convert) -> None:
    """A department's 法治政府建设 plans title their points by its fields of law work (地方立法,
    政务公开, 行政应诉, 行政复议, 普法, 队伍素质), as 深化综合执法。 does: the sentences after them
    are the plans; the titles no promise a review answers in their words."""
    old = ("海川省水利厅2024年法治政府建设年度报告\n一、2024年推进法治政府建设的主要举措和成效\n（一）完善制度体系\n"
           "1.推进水利立法。完成《海川省河道管理条例》立法调研。\n二、2025年推进法治政府建设的主要安排\n"
           "一是加快水利地方立法。推动《海川省河道管理条例》提请省人大常委会审议。二是提升执法队伍素质。"
           "新增持证执法人员不少于80名。三是规范行政应诉。行政机关负责人出庭应诉率达到100%。四是深化政务公开。"
           "编制水利领域基层政务公开标准目录。五是加强行政复议。依法办结行政复议案件。六是创新法治宣传普法。开展“水法宣传周”活动。\n")
    new = ("海川省水利厅2025年法治政府建设年度报告\n一、2025年推进法治政府建设的主要举措和成效\n（一）完善制度体系\n"
           "1.推进水利立法。《海川省河道管理条例》经省人大常委会审议通过。新增持证执法人员92名。\n"
           "二、2026年推进法治政府建设的主要安排\n一是加强执法监督。建设水行政执法监督平台。\n")
    titles = [convert(t) for t in ("加快水利地方立法。", "提升执法队伍素质。", "规范行政应诉。", "深化政务公开。",
                                   "加强行政复议。", "创新法治宣传普法。")]
    assert not set(titles) & {s.text for s in load_report(convert(old)).plan_sentences}
    promises = compare(convert(old), convert(new)).promises
    assert not set(titles) & {p.plan.text for p in promises}
    assert {p.plan.text: p.status for p in promises}[convert("新增持证执法人员不少于80名。")] == "delivered"


@pytest.mark.parametrize("convert", [str, _T])
def test_a_townships_item_titles_over_their_tasks_are_no_plans(convert) -> None:
    """A township whose parts are （一）（二）（三） titles its plan items 1.加强法治培训。 /
    2.规范执法行为。 over the sentences that carry them out: those are the plans."""
    text = ("石桥镇2025年法治政府建设工作情况报告\n（一）2025年法治政府建设工作开展情况\n"
            "1.推进综合执法。全年办理行政处罚案件76件。\n（二）存在的问题\n一是村干部法治意识有待增强。\n"
            "（三）2026年工作计划\n1.加强法治培训。组织镇村干部法治培训不少于4次。\n2.规范执法行为。开展执法案卷评查2次。\n")
    assert [s.text for s in load_report(convert(text)).plan_sentences] == [
        convert("组织镇村干部法治培训不少于4次。"), convert("开展执法案卷评查2次。")]
