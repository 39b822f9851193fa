"""Promises of a 政府工作报告 are tracked task by task: one plan sentence lists several tasks.

The reports here are written for the test (a city's 政府工作报告 of two years, in the shape of
real ones): a sentence of last year's plans bundles three tasks, of which this year's review
reports two.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from opencc import OpenCC

from reportdiff.display import place
from reportdiff.kinds import detect_kind, is_framing
from reportdiff.models import Measure, MeasureKind, PlanSentence, Role
from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.plan_matching import Matcher
from reportdiff.promise_clauses import framing, reports_a_clause, same_action, task_clauses
from reportdiff.promise_targets import target_met
from reportdiff.promise_objects import is_maxim
from reportdiff.promise_tasks import task_spans
from reportdiff.term_review import several_years_results

OLD = """\
政府工作报告
——2023年1月12日在临江市第十六届人民代表大会第三次会议上
一、2022年工作回顾
过去一年，我们坚持稳中求进工作总基调，全市经济运行总体平稳。
（一）扩大有效投资。新开工市政道路38公里，完成污水管网改造96公里。
（二）改善民生保障。新增公办幼儿园学位2400个，城乡居民医保财政补助标准提高到每人610元。
（三）深化营商环境改革。企业开办时间压缩至1个工作日，政务服务事项网上可办率达到98%。
（四）推进乡村振兴。粮食播种面积稳定在126万亩，新建高标准农田8.5万亩，农村生活污水治理率达到41%。
（五）加快产业升级。规模以上工业增加值增长6.2%，新认定国家级专精特新“小巨人”企业9家。
（六）保障交通出行。地铁2号线一期建成通车，新辟优化公交线路23条。
（七）繁荣文化事业。市图书馆新馆开馆运行，举办群众文化活动1200余场。
二、2023年主要工作任务
（一）推进城市更新。实施城市更新行动三年攻坚方案，改造城镇老旧小区126个，建设一批社区嵌入式养老服务中心。
（二）稳定就业岗位。落实援企稳岗政策，开展职业技能提升培训3万人次，确保零就业家庭动态清零。
（三）加强生态保护。推进长江岸线生态修复，完成滨江湿地公园二期建设。
（四）优化营商环境。深化“放管服”改革，推行涉企经营许可告知承诺制。
（五）全面推进乡村振兴。新建高标准农田8万亩，开展农村人居环境整治提升行动。
（六）推动产业转型升级。培育数字经济核心产业，支持企业智能化改造。
（七）完善交通网络。开工建设地铁3号线，打通城区断头路10条以上。
"""

NEW = """\
政府工作报告
——2024年1月10日在临江市第十六届人民代表大会第四次会议上
一、2023年工作回顾
过去一年，我们团结带领全市人民攻坚克难，经济社会发展主要目标任务圆满完成。
（一）城市更新扎实推进。改造城镇老旧小区131个，惠及居民4.2万户；建成社区嵌入式养老服务中心18家，新增养老床位900张。
（二）就业形势总体稳定。落实援企稳岗政策，发放稳岗返还资金1.6亿元；开展职业技能提升培训3.4万人次，零就业家庭保持动态清零。
（三）生态环境持续改善。完成长江岸线生态修复12公里，滨江湿地公园二期建成开放。
（四）营商环境持续优化。推行“一业一证”改革，涉企经营许可事项全部实现告知承诺。
（五）乡村振兴有力推进。新建高标准农田9.1万亩，粮食总产量达到52.3万吨。
（六）产业转型步伐加快。规模以上工业增加值增长7.1%，数字经济核心产业增加值占比提高到9.6%。
（七）交通网络更加完善。地铁3号线开工建设，城区断头路打通14条。
（八）文化事业蓬勃发展。市博物馆新馆建成开放，全民阅读活动覆盖全部街道。
二、2024年主要工作任务
（一）深化城市更新。实施城市更新行动三年攻坚方案，改造城镇老旧小区110个。
（二）促进高质量充分就业。扩大职业技能培训规模。
（三）持续优化营商环境。推进政务服务“一网通办”，实现高频事项“跨省通办”。
（四）建设宜居乡村。完成农村户厕改造1.2万户，推进美丽乡村示范村建设。
"""


@pytest.fixture(scope="module")
def comparison():
    return compare(OLD, NEW, expressions=False)


def test_the_reports_are_government_work_reports() -> None:
    assert detect_kind(OLD).name == detect_kind(NEW).name == "government_work"


def test_a_sentence_with_tasks_reported_and_not_is_split(comparison) -> None:
    tasks = [p for p in comparison.promises if p.plan.id.startswith("二/(一)#1.")]
    assert [p.plan.id for p in tasks] == ["二/(一)#1.1", "二/(一)#1.2", "二/(一)#1.3"]
    assert [p.status for p in tasks] == ["not_reported", "delivered", "delivered"]
    assert tasks[0].plan.text.startswith("实施城市更新行动三年攻坚方案")
    assert "131个" in tasks[1].evidence[0].sentence
    assert "养老服务中心" in tasks[2].evidence[0].sentence
    # -- the tasks together are the sentence, nothing lost --
    sentence = next(s for s in comparison.old.plan_sentences if s.id == "二/(一)#1")
    assert "".join(p.plan.text for p in tasks) == sentence.text


def test_a_sentence_whose_tasks_all_agree_stays_one_promise(comparison) -> None:
    ecology = [p for p in comparison.promises if p.plan.id.startswith("二/(三)#1")]
    assert [p.plan.id for p in ecology] == ["二/(三)#1"]
    assert ecology[0].status == "delivered"
    # -- the evidence of both tasks, each once --
    sentences = [item.sentence for item in ecology[0].evidence]
    assert any("岸线" in s for s in sentences) and len(sentences) == len(set(sentences))


def test_a_task_label_names_the_sentence_and_the_task() -> None:
    assert place("二/(一)#1.3") == "二、（一）第1句（第3项任务）"
    assert place("二/(一)#1.3", "en") == "二. (一), sentence 1 (task 3)"


def test_a_rule_of_law_report_keeps_sentences_whole() -> None:
    """A 法治 report's plan sentence is one measure with its aim and manner: never split."""
    old = OLD.replace("政府工作报告", "临江市2022年法治政府建设年度报告")
    new = NEW.replace("政府工作报告", "临江市2023年法治政府建设年度报告")
    promises = compare(old, new, expressions=False).promises
    assert promises and not any("." in p.plan.id.partition("#")[2] for p in promises)


def test_the_review_of_the_plans_year_is_evidence_before_a_review_of_five_years() -> None:
    """At the end of a term the review tells of five years too: last year's plans are
    looked for first in what is said of last year."""
    five_years = ("过去五年，我们建设社区嵌入式养老服务中心56家，改造城镇老旧小区480个，"
                  "完成长江岸线生态修复40公里。\n")
    new = NEW.replace("过去一年，我们团结带领", five_years + "过去一年，我们团结带领")
    promises = {p.plan.id: p for p in compare(OLD, new, expressions=False).promises}
    care = promises["二/(一)#1.3"]
    assert care.status == "delivered"
    assert [item.sentence for item in care.evidence] == ["建成社区嵌入式养老服务中心18家，新增养老床位900张。"]


def test_a_clause_that_only_frames_is_no_task() -> None:
    old = OLD.replace("落实援企稳岗政策，", "稳就业是保民生的关键，落实援企稳岗政策，")
    promise = next(p for p in compare(old, NEW, expressions=False).promises if p.plan.id.startswith("二/(二)#1"))
    assert promise.status == "delivered" and "稳就业是保民生的关键" not in promise.plan.text


def test_the_general_requirements_are_framing() -> None:
    """做好政府工作，要在…领导下，以…为指导，全面贯彻…精神 frames the plans (issue 7)."""
    assert is_framing("做好政府工作，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。")
    assert is_framing("以新时代中国特色社会主义思想为指导")
    assert is_framing("全面贯彻党的二十大精神")
    assert not is_framing("做好安全生产工作。")
    assert not is_framing("全面贯彻实施新修订的行政复议法")


# ---------------------------------------------------------------- tasks are stretches of the sentence


@pytest.mark.parametrize("sentence", [
    "考虑到疫情影响，经济增速是综合性指标，实施老旧小区改造，加强社区服务设施建设。",
    "因财政收入恢复性增长，财政支出总规模比去年增加，重点支持保就业保民生保市场主体。",
    "这件事一举多得，今年退耕还林还草1500万亩以上，务必抓好。",
    "推进数字政府建设，实施乡村振兴战略，实现城乡居民收入稳步增长，完成老旧小区改造12个。",
])
def test_every_task_is_one_stretch_of_its_sentence(sentence: str) -> None:
    """Task texts are the report's own text: a clause cut out of the middle would splice two."""
    plan = PlanSentence("二/(一)#1", "二/(一)", 1, sentence, key(sentence))
    matcher = Matcher([key(part) for part in NEW.splitlines()] + [plan.key])
    spans = task_spans(matcher, plan)
    assert spans == sorted(spans) and all(0 <= a < b <= len(sentence) for a, b in spans)
    assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:]))


def test_tasks_are_the_same_in_either_script() -> None:


    simplified = "推进数字政府建设，实施乡村振兴战略，实现城乡居民收入稳步增长，完成老旧小区改造12个。"
    traditional = OpenCC("s2t").convert(simplified)
    matcher = Matcher([key(part) for part in NEW.splitlines()] + [key(simplified)])
    spans = [task_spans(matcher, PlanSentence("x#1", "x", 1, text, key(text))) for text in (simplified, traditional)]
    assert spans[0] == spans[1] and len(spans[0]) >= 2


def test_a_cause_or_purpose_clause_is_no_task(comparison) -> None:
    old = OLD.replace("落实援企稳岗政策，", "因就业压力加大，落实援企稳岗政策，")
    promises = compare(old, NEW, expressions=False).promises
    assert not any(p.plan.text.startswith("因就业压力加大") and p.plan.id.endswith(".1") and
                   p.plan.text.rstrip("，") == "因就业压力加大" for p in promises)


def test_a_purpose_clause_shows_no_task_done_and_a_means_clause_is_a_task() -> None:
    """A result sharing only a plan's purpose (防范化解…风险) does not report the plan; 以…为重点
    推进… and 使用…资金 are tasks, not purposes."""
    plan = "淘汰煤电产能500万千瓦以上，以防范化解煤电产能过剩风险。"
    corpus = [key(part) for part in NEW.splitlines()]
    clauses = task_clauses(Matcher([*corpus, key(plan)]), key(plan))
    assert [c.key for c in clauses] == [key("淘汰煤电产能500万千瓦以上，")]
    text = "以疏解中心城区功能为重点推进新城建设，高标准建设滨江新区。"
    sentence = PlanSentence("二/(一)#1", "二/(一)", 1, text, key(text))
    assert len(task_spans(Matcher([*corpus, sentence.key]), sentence)) == 2
    funds = key("使用20亿元就业补助资金支持技能培训。")
    assert [c.key for c in task_clauses(Matcher([*corpus, funds]), funds)] == [funds]


def test_a_named_task_of_work_is_no_framing() -> None:

    assert not is_framing("做好防汛工作，要落实防汛责任，加固城区堤防10公里。")
    assert is_framing("做好今年工作，总的要求是：坚持稳中求进。")
    assert is_framing("让我们更加紧密地团结在党中央周围，奋力谱写新篇章！")
    # -- the assessment before the targets, an exhortation to everyone, a target explained --
    assert is_framing("综合分析国内外形势，我们要做好应对更加复杂局面的充分准备。")
    assert is_framing("节约用水人人有责，贵在行动、成在坚持。")
    assert is_framing("今年的增长预期目标，符合经济规律和客观实际。")
    assert not is_framing("综合治理城区内涝，新建雨水管网20公里。")
    # -- tasks that only share a formula's words (a district's 法治 report) --
    assert not is_framing("落实普法责任制，营造全社会尊法学法守法用法、人人有责的浓厚氛围。")
    assert not is_framing("综合考虑群众需求和财力状况，再办好十件民生实事。")
    assert not is_framing("建立符合客观规律的行政执法评议考核机制。")
    assert is_framing("是中国特色农业现代化的必由之路")  # -- a clause that only assesses --
    assert is_framing("再创历史新高，") and not is_framing("粮食产量再创历史新高。")  # -- only rates --
    # -- the sentence that only announces the targets listed one a line after it --
    assert is_framing("今年全省经济社会发展的主要预期目标是：")
    assert not is_framing("今年发展主要预期目标是：国内生产总值增长5%左右；")


def test_a_document_named_by_its_title_is_reported_by_name() -> None:
    plan = "制定实施《临江市教育现代化2035》。"
    review = "教育现代化水平明显提高，制定了全市教育事业发展规划。"
    corpus = [key(part) for part in NEW.splitlines()] + [key(plan), key(review)]
    matcher = Matcher(corpus)
    clauses = task_clauses(matcher, key(plan))
    assert clauses and not reports_a_clause(clauses, matcher.features(key(review)))
    named = "印发实施《临江市教育现代化2035》，全市教育事业加快发展。"
    assert reports_a_clause(clauses, Matcher([*corpus, key(named)]).features(key(named)))


def test_the_review_of_several_years_is_found_by_its_opening() -> None:

    def measure(identifier: str, text: str) -> Measure:
        return Measure(identifier, MeasureKind.PARAGRAPH, "", text, text, key(text), "一", None, "", Role.RESULTS, 1)

    results = (measure("一/¶1", "第十二届全国人民代表大会第一次会议以来的五年，是极不平凡的五年。"),
               measure("一/¶2", "五年来，经济实力跃上新台阶。"),
               measure("一/¶3", "过去一年，经济运行稳中向好。"),
               measure("一/¶4", "三年行动计划全面完成，新建学校12所。"))
    assert several_years_results(results) == {"一/¶1", "一/¶2"}


def test_a_planned_cut_is_not_a_ceiling() -> None:
    """能耗降低3%左右 is a cut of at least about 3%: a cut of 2.7% falls short, 3.1% meets it."""
    def change(label: str, plan: float, result: float, approx: str | None = "左右"):
        return SimpleNamespace(label=label, old=SimpleNamespace(value=plan, approx=approx),
                               new=SimpleNamespace(value=result))

    assert not target_met(change("单位国内生产总值能耗", 3.0, 2.7))
    assert target_met(change("单位国内生产总值能耗", 3.0, 3.1))
    assert target_met(change("居民消费价格涨幅", 3.0, 2.0))
    assert not target_met(change("城镇调查失业率", 5.5, 6.1, "以内"))


def test_a_capped_level_and_a_cut_amount_are_met_in_their_direction() -> None:
    """控制在40立方米 is met by 36; 化解债务500亿元 and 死亡人数下降5% are cuts: more is better,
    though 债务 and 死亡 are indicators where less is better; a bare figure must be reached."""
    def change(label: str, plan: float, result: float):
        return SimpleNamespace(label=label, old=SimpleNamespace(value=plan, approx=None),
                               new=SimpleNamespace(value=result))

    assert target_met(change("万元地区生产总值用水量", 40, 36), "用水量控制在")
    assert not target_met(change("万元地区生产总值用水量", 40, 42), "用水量控制在")
    assert target_met(change("企业开办时间压缩", 1, 0.5), "时间压缩至")
    assert target_met(change("化解存量隐性债务", 500, 620))
    assert not target_met(change("化解存量隐性债务", 500, 450))
    assert target_met(change("生产安全事故死亡人数降低", 5, 12))
    assert not target_met(change("研发经费投入强度", 2.25, 2.24), "强度提高到")


def test_a_main_target_whose_figure_is_not_followed_is_not_reported() -> None:
    """The review reports the surveyed unemployment rate, not the registered one: sharing 城镇
    and 失业率 is no evidence that 城镇登记失业率4.5%以内 was met."""
    targets = ("二、2023年主要工作任务\n今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业3万人以上，"
               "城镇调查失业率5.5%以内，城镇登记失业率4.5%以内；居民消费价格涨幅3%左右。\n")
    old = OLD.replace("二、2023年主要工作任务\n", targets)
    new = NEW.replace("过去一年，我们团结带领全市人民攻坚克难，经济社会发展主要目标任务圆满完成。",
                      "过去一年，全市地区生产总值增长6.3%，城镇新增就业3.2万人，城镇调查失业率5.1%，"
                      "居民消费价格上涨0.8%。")
    promises = compare(old, new, expressions=False).promises
    registered = [p for p in promises if "登记失业率" in p.plan.text]
    surveyed = [p for p in promises if "调查失业率" in p.plan.text]
    assert registered and registered[0].status == "not_reported"
    assert surveyed and surveyed[0].status == "delivered" and "5.1%" in surveyed[0].evidence[0].sentence


@pytest.mark.parametrize("sentence", [
    "集众智汇众力，一定能跑出中国创新“加速度”。",
    "中国改革发展的一切成就，都是干出来的。",
    "上述主要预期目标，考虑了决胜全面建成小康社会需要。",
    "让我们携手奋进，共创美好未来！",
    # -- the closing couplet: states of mind, no task --
    "新征程已经开启，新蓝图催人奋进。",
    "号角已经吹响，使命催人奋进。",
    "奋斗创造历史，实干成就未来。",
    # -- a call to a state of mind before the year's line, no task of its own --
    "我们要坚定信心，攻坚克难，巩固恢复性增长基础，努力保持经济社会持续健康发展。",
    "全市上下要振奋精神、迎难而上，确保完成全年目标任务。",
    "必须坚定信心、砥砺前行，推动高质量发展取得新成效。",
    "要担当作为，实干苦干，不断创造人民期待的发展业绩。",
])
@pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_exhortations_and_explanations_are_framing(sentence: str, script) -> None:
    sentence = script(sentence)

    assert is_framing(sentence)


@pytest.mark.parametrize("sentence", [
    "新建5G基站已经开启建设，完成投资2亿元。", "蓝图已经绘就，推进规划实施。",
    # -- a state of mind before a task that names its object --
    "要坚定信心，实施新一轮技术改造升级工程。", "我们要迎难而上，出台稳就业十条措施。",
    "坚定信心，建成区域医疗中心2个。",
    # -- tasks that name their object after the call (found by review) --
    "要担当作为，加快青石中学迁建，秋季学期投入使用。", "攻坚克难，完成茶叶加工园标准厂房主体工程。",
    "我们要攻坚克难，全力推进综合行政执法改革，确保年底前完成乡镇执法队伍整合。",
    "要担当作为，加快推进区行政争议调解中心改扩建。", "要攻坚克难，推动文旅融合发展。",
])
def test_a_task_beside_a_couplet_is_no_framing(sentence: str) -> None:
    assert not is_framing(sentence)


def test_the_announcement_of_the_sections_is_framing() -> None:
    assert is_framing("今年要重点做好八个方面工作。")
    assert not is_framing("做好防汛工作。")


@pytest.mark.parametrize(("plan", "evidence", "reported"), [
    ("全面实行股票发行注册制", "推进股票发行注册制改革", False),
    ("全面实行行政许可事项清单管理", "将行政许可事项全部纳入清单管理", True),
    ("出台实施粤港澳大湾区发展规划纲要", "粤港澳大湾区规划建设迈出实质性步伐", False),
    ("制定跨境服务贸易负面清单", "推出跨境服务贸易负面清单并印发实施", True),
    ("设立金融稳定保障基金", "发挥存款保险制度作用", False),
    ("加强知识产权保护", "强化知识产权保护", True),
    # -- a law or rule is made when it is passed or takes effect --
    ("制定出台《青山省数据条例》", "《青山省数据条例》经省人大常委会审议通过，自2025年7月1日起施行", True),
    ("出台《青山市物业管理办法》", "《青山市物业管理办法》正式施行", True),
])
def test_an_action_of_kind_is_reported_in_kind(plan: str, evidence: str, reported: bool) -> None:
    """Issuing a document, rolling a reform out everywhere, setting something up or abolishing
    it is reported only by a review that says so; other tasks by their words."""
    assert same_action(key(plan), key(evidence)) is reported


@pytest.mark.parametrize(("sentence", "maxim"), [
    ("为政之道，民生为本。", True),
    ("上下同欲者胜。", True),
    ("奋斗才能赢得未来。", True),
    ("加强知识产权保护。", False),
    ("进出口回稳向好。", False),
    ("粮食产量1.3万亿斤。", False),
    # -- a couplet of two clauses of one length (对仗) is a maxim however long --
    ("同心凝聚力量，实干开创未来。", True),
    ("困难不容低估，信心不可动摇。", True),
    ("对违规排放的，必须依法惩治。", False),  # -- it obliges: a task --
    ("生态环境质量持续改善，主要污染物排放量继续下降。", False),
    ("民生为本，实干为要，久久为功。", False),  # -- three clauses: not a couplet --
])
def test_a_short_sentence_that_neither_acts_nor_sets_a_figure_is_a_maxim(sentence: str, maxim: bool) -> None:
    assert is_maxim(key(sentence)) is maxim


# -- a qualitative target kept by two rates: 居民收入增长与经济增长基本同步 --
_PACE_OLD = """\
政府工作报告
——2023年1月12日在临江市第十六届人民代表大会第三次会议上
一、2022年工作回顾
过去一年，全市经济运行总体平稳，地区生产总值增长4.8%。
（一）扩大有效投资。新开工市政道路38公里。
二、2023年主要工作任务
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业5万人以上；居民收入增长与经济增长基本同步；单位地区生产总值能耗降低2%左右。
（一）推进城市更新。改造城镇老旧小区126个。
"""
_PACE_NEW = """\
政府工作报告
——2024年1月10日在临江市第十六届人民代表大会第四次会议上
一、2023年工作回顾
过去一年，消费对经济增长贡献率达到60%。全市地区生产总值增长6.3%，城镇新增就业5.4万人。
（一）民生持续改善。全体居民人均可支配收入实际增长{income}，城乡居民收入比缩小到2.01。
（二）城市更新扎实推进。改造城镇老旧小区131个。
二、2024年主要工作任务
（一）深化城市更新。改造城镇老旧小区110个。
"""


@pytest.mark.parametrize(("income", "status"), [("5.9%", "delivered"), ("3.9%", "not_reported")])
def test_a_target_of_two_growths_in_step_is_judged_by_both_rates(income, status) -> None:
    comparison = compare(_PACE_OLD, _PACE_NEW.format(income=income), expressions=False)
    [promise] = [p for p in comparison.promises if "同步" in p.plan.text]
    # -- 6.3% against income: a point apart is in step; 2.4 points behind is not (the 60% is
    #    a share in growth, no growth) --
    assert promise.status == status
    if status == "delivered":
        assert promise.evidence[0].sentence.startswith("全体居民人均可支配收入实际增长5.9%")
        # -- the reader is shown the two rates compared --
        assert promise.evidence[0].shared_terms == ("全体居民人均可支配收入实际增长5.9%", "地区生产总值增长6.3%")


def test_a_five_year_average_does_not_judge_one_year_in_step() -> None:
    five_years = _PACE_NEW.replace(
        "（一）民生持续改善。全体居民人均可支配收入实际增长{income}，城乡居民收入比缩小到2.01。\n", "").replace(
        "二、2024年主要工作任务",
        "过去五年，全市居民人均可支配收入年均增长1.2%，居民收入增长与经济增长基本同步。\n二、2024年主要工作任务")
    comparison = compare(_PACE_OLD, five_years, expressions=False)
    [promise] = [p for p in comparison.promises if "同步" in p.plan.text]
    # -- no one-year income rate: not judged by rates (the 1.2% average would fail it) --
    assert not any("年均" in label for e in promise.evidence for label in e.shared_terms)


@pytest.mark.parametrize(("trade", "status"), [("增长4.6%", "delivered"), ("下降2.1%", "not_reported")])
def test_a_target_that_an_indicator_improve_is_judged_by_its_growth(trade: str, status: str) -> None:
    """进出口回稳向好 names no figure: the review's growth of 进出口 meets it, a fall does not."""
    old = _PACE_OLD.replace("居民收入增长与经济增长基本同步；", "进出口回稳向好；")
    new = _PACE_NEW.format(income="5.9%").replace("城镇新增就业5.4万人。", f"城镇新增就业5.4万人，进出口{trade}。")
    [promise] = [p for p in compare(old, new, expressions=False).promises if "进出口" in p.plan.text]
    assert promise.status == status
    if status == "delivered":
        assert promise.evidence[0].shared_terms == ("进出口增长4.6%",)


@pytest.mark.parametrize(("opening", "one_year"), [
    ("刚刚过去的2017年，经济社会发展主要目标任务全面完成", True), ("过去一年，全市经济运行总体平稳", True),
    ("刚刚过去的一年，我们攻坚克难", True), ("2022年，全县地区生产总值增长6.3%", True),
    ("2018年以来，累计城镇新增就业1.6万人", False), ("2018年至2022年，累计完成投资", False),
    ("2022年底，全县户籍人口", False), ("去年以来，我们坚持", False),
])
def test_a_paragraph_of_one_year_inside_a_review_of_five(opening: str, one_year: bool) -> None:
    from reportdiff.kinds import ONE_YEAR_OPENING

    assert (ONE_YEAR_OPENING.match(key(opening)) is not None) is one_year


def test_framing_kept_by_text_is_is_framing() -> None:
    """promises asks whether a clause frames as a task and again as a clause: the answer kept
    in a memo is the one is_framing gives, for framing and promising clauses alike."""
    texts = ["2025年是“十四五”规划收官之年", "各位代表", "今年赤字率拟按3%左右安排", "扩大有效投资",
             "这相当于再造一个中等城市"]
    memo: dict[str, bool] = {}
    first = [framing(text, memo) for text in texts]
    assert first == [is_framing(text) for text in texts] == [framing(text) for text in texts]
    assert memo == dict(zip(texts, first)) and any(first) and not all(first)
    assert [framing(text, memo) for text in texts] == first


@pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
def test_a_named_rule_passed_delivers_its_making(script) -> None:
    """制定出台《…条例》 is kept when the review says the 条例 was passed and took effect."""
    old = ("青山省2025年政府工作报告\n一、2024年工作回顾\n全省经济平稳运行。\n二、2025年重点工作\n"
           "（一）深化改革。制定出台《青山省数据条例》。\n")
    new = ("青山省2026年政府工作报告\n一、2025年工作回顾\n"
           "（一）深化改革。《青山省数据条例》经省人大常委会审议通过，自2025年7月1日起施行。\n"
           "二、2026年重点工作\n（一）深化改革。推进数据要素市场化配置。\n")
    promise = next(p for p in compare(script(old), script(new)).promises if script("数据条例") in p.plan.text)
    assert promise.status == "delivered"


@pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert])
def test_a_manner_clause_is_no_task_and_no_part_of_one(convert) -> None:
    """按照…的原则 says how the next task is done: its list of aims (分类推进、精准施策) is no task
    cut off from the verb after it, and its words are no evidence of the task (a review sharing
    only 精准施策 does not report the work on debt risks)."""
    text = convert("继续按照统筹兼顾、分类推进、精准施策、标本兼治的原则，做好地方政府债务风险防范化解工作。")
    corpus = [key(part) for part in NEW.splitlines()]
    sentence = PlanSentence("二/(一)#1", "二/(一)", 1, text, key(text))
    assert task_spans(Matcher([*corpus, sentence.key]), sentence) == [(text.index("，") + 1, len(text))]


@pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert])
def test_a_change_told_after_a_figure_is_no_task(convert) -> None:
    """…增加约120亿元、规模达到860亿元，增长16%、为近年最大增幅: the growth of the figure before
    it, with no subject or task of its own."""
    text = convert("市对区县转移支付增加约120亿元、规模达到860亿元，增长16%、为近年最大增幅，"
                   "实施老旧小区改造，完成老旧小区改造12个。")
    corpus = [key(part) for part in NEW.splitlines()]
    sentence = PlanSentence("二/(一)#1", "二/(一)", 1, text, key(text))
    spans = task_spans(Matcher([*corpus, sentence.key]), sentence)
    at = text.index(convert("增长16%"))
    assert [a for a, b in spans if a <= at < b] == [0]
    assert not any(text[a:b].startswith(convert("增长16%")) for a, b in spans)


@pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert])
def test_a_date_clause_goes_with_the_task_after_it(convert) -> None:
    """…，从7月1日起，将…扩大到…: the date is when the next task starts, not the tail of the one
    before it."""
    text = convert("全面推行居住证制度，从7月1日起，将积分落户范围扩大到全市所有区县，加快农业转移人口市民化。")
    corpus = [key(part) for part in NEW.splitlines()]
    sentence = PlanSentence("二/(一)#1", "二/(一)", 1, text, key(text))
    spans = task_spans(Matcher([*corpus, sentence.key]), sentence)
    assert [text[a:b] for a, b in spans][:2] == [convert("全面推行居住证制度，"),
                                                 convert("从7月1日起，将积分落户范围扩大到全市所有区县，")]
