"""Links a 政府工作报告's plan must not make to its review, by cause (reportdiff.plans).

Each cause holds for the kind of report, not for one text: grammar glued into a word by the
segmenter (对受 of 对受疫情…), and the others below. Text of our own, both scripts.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from conftest import city_report

from reportdiff.normalize import key as norm_key
from reportdiff.pipeline import load_report
from reportdiff.plan_evidence import same_people
from reportdiff.plan_matching import Matcher, word_bigrams
from reportdiff.plans import analyse_plans
from reportdiff.promise_objects import names_its_object
from reportdiff.segment import tokenize

_T = OpenCC("s2t").convert
SCRIPTS = pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])


def _cited(review: str, plans: str, script) -> dict[str, list[str]]:
    """Return the review sentences each plan sentence cites in a city's report of ``review`` and
    ``plans`` (conftest.city_report), by the plan's text."""
    analysis = analyse_plans(load_report(script(city_report(review, plans))))
    return {record.plan.text: [link.sentence for link in record.results] for record in analysis.plans}


@SCRIPTS
def test_grammar_glued_into_a_word_is_no_evidence(script) -> None:
    # -- jieba glues the preposition to the passive (对|受 → 对受) before what befell whom --
    assert "对受" in tokenize(norm_key(script("对受疫情影响严重的企业")))
    for token in ("对受", "为了", "更好", "而是"):
        assert word_bigrams(token) is None
    assert word_bigrams("受灾") is not None
    review = ("我们统筹疫情防控和经济发展。疫情防控取得重大成果。"
              "对受疫情影响严重的中小微企业实施阶段性贷款延期还本付息。"
              "对受灾群众及时给予救助。\n")
    plans = "继续加大对受疫情冲击较严重地区经济社会发展的支持力度。做好受灾群众救助工作。\n"
    cited = _cited(review, plans, script)
    # -- 疫情 alone, a word of three review sentences, is left: the loans are no help to a region --
    assert cited[script("继续加大对受疫情冲击较严重地区经济社会发展的支持力度。")] == []
    # -- a word that holds one of those characters is a word (受灾群众) --
    assert cited[script("做好受灾群众救助工作。")] == [script("对受灾群众及时给予救助。")]


#: (plan clause, evidence, whether the evidence names the clause's object), by cause.
NAMED = [
    # -- the plan names no kind (流向重点领域和薄弱环节), the evidence one of its own: another one --
    ("引导资金更多流向重点领域和薄弱环节", "加大农村义务教育薄弱环节建设力度", False),
    ("完善支持绿色发展的政策和金融工具", "分两期投放政策性开发性金融工具7400亿元", False),
    # -- …the kind the plan writes itself, the word alone, a place (农村|义务教育), who (农村|贫困人口) --
    ("加强义务教育薄弱环节建设", "加大农村义务教育薄弱环节建设力度", True),
    ("引导资金更多流向重点领域和薄弱环节", "着力补齐薄弱环节", True),
    ("推动义务教育优质均衡发展", "加大农村义务教育投入", True),
    ("增强集中连片特困地区和贫困人口发展能力", "农村贫困人口减少1442万人", True),
    # -- a preposition between two words turned round parts them (…增速快于一般工业) --
    ("扩大服务业和一般制造业开放", "高技术产业和装备制造业增速快于一般工业", False),
    # -- …an adverb or a joint does not --
    ("推动进出口回稳向好", "进出口逐步回稳", True),
    ("加大对贫困地区农村的支持", "向农村和贫困地区倾斜", True),
    # -- …but turned round, a noun of the plan's compound in front is a verb acting on the other
    #    word (全球发展倡议 / 发展全球伙伴关系) --
    ("推进落实全球发展倡议", "积极发展全球伙伴关系", False),
    ("推进落实全球发展倡议", "全球发展倡议得到积极响应", True),
    ("推动世界经济创新增长", "经济总量稳居世界第二位", False),
    ("推动世界经济创新增长", "为世界经济复苏作出积极贡献", True),
    # -- a kind the plan names (证券期货领域的…, 电信诈骗…) is no part of all kinds the evidence
    #    takes on (各类违法犯罪活动); the plan taking on all kinds, or the evidence the kind, is --
    ("严厉打击证券期货领域的违法犯罪活动", "依法打击各类违法犯罪活动", False),
    ("严厉打击电信诈骗违法犯罪", "依法打击各类违法犯罪活动", False),
    ("严厉打击各类违法犯罪活动", "依法打击各类违法犯罪活动，破获刑事案件300起", True),
    ("严厉打击证券期货领域的违法犯罪活动", "查处证券期货领域违法犯罪案件12件", True),
    # -- a word made into another by 化 (要素市场化: making a thing market-driven) is not the word;
    #    the plan writing it so itself (常态化疫情防控) reads it as written --
    ("培育数据要素市场", "推进要素市场化配置等改革", False),
    ("培育数据要素市场", "数据要素市场加快培育", True),
    ("继续做好常态化疫情防控", "落实常态化防控举措，有效处置局部聚集性疫情", True),
    # -- 发挥A对B的…作用: B is what A serves, not what the plan acts on --
    ("发挥民间投资对稳就业促转型的重要作用", "着力稳就业促转型防风险", False),
    ("发挥城市群对区域协调发展的带动作用", "推动区域协调发展", False),
    ("发挥民间投资对稳就业促转型的重要作用", "民间投资增长8.3%", True),
    # -- an area in a list (污染防治和环境保护) for a thing of it (…督察, …法) --
    ("加强环境保护督察", "抓好污染防治和环境保护，各项指标全面完成", False),
    ("新修订的环境保护法必须严格执行", "抓好污染防治和环境保护，各项指标全面完成", False),
    # -- …the thing named, a list going on to a head of all its items, a policy's orientation --
    ("加强环境保护督察", "开展环境保护督察，查处违法案件300件", True),
    ("加强环境保护督察", "环境保护、安全生产等领域督察有序推进", True),
    ("积极的财政政策取向不变", "坚持实施积极的财政政策和稳健的货币政策", True),
    # -- a subject and its verb either side of a modal (居民|能|消费) are no compound of a price --
    ("让居民能消费、愿消费", "居民消费价格上涨2.5%", False),
    ("扩大居民消费", "居民消费较快恢复", True),
]


@SCRIPTS
@pytest.mark.parametrize(("plan", "evidence", "named"), NAMED)
def test_evidence_names_the_plans_object(script, plan: str, evidence: str, named: bool) -> None:
    clause, found = norm_key(script(plan)), norm_key(script(evidence))
    matcher = Matcher([clause, found, norm_key(script("新建城市快速路18公里。"))])
    assert names_its_object(clause, matcher.features(clause).terms, found, False) is named


@SCRIPTS
def test_a_link_on_another_kind_of_the_word_is_not_shown(script) -> None:
    review = ("加大农村义务教育薄弱环节建设力度，学生营养改善计划惠及3000名学生。"
              "分两期投放政策性开发性金融工具70亿元，为重大项目建设补充资本金。\n")
    plans = "引导资金更多流向重点领域和薄弱环节。完善支持绿色发展的政策和金融工具。\n"
    cited = _cited(review, plans, script)
    assert cited[script("引导资金更多流向重点领域和薄弱环节。")] == []
    assert cited[script("完善支持绿色发展的政策和金融工具。")] == []


@SCRIPTS
def test_the_same_task_for_other_people_is_other_work(script) -> None:
    def same(plan: str, evidence: str, shared: list[str]) -> bool:
        return same_people(norm_key(script(plan)), norm_key(script(evidence)), [norm_key(script(w)) for w in shared])

    assert not same("容纳更多的农民工就近就业创业", "重点解决高校毕业生和就业困难群体的就业创业问题", ["就业", "创业"])
    # -- people both name, or a clause of the plan naming none, contradict nothing --
    assert same("促进青年特别是高校毕业生就业", "做好高校毕业生、退役军人、农民工等群体就业工作", ["毕业生", "就业"])
    assert same("做好下岗职工再就业工作，对城镇就业困难人员提供托底帮扶", "重点解决高校毕业生和就业困难群体的就业问题",
                ["困难", "就业"])
    assert same("扩大就业创业", "重点解决高校毕业生的就业创业问题", ["就业", "创业"])
    review = "重点解决高校毕业生和就业困难群体的就业创业问题，新增城镇就业1300万人。\n"
    plans = "鼓励农民工返乡就业创业。做好高校毕业生就业创业工作。\n"
    cited = _cited(review, plans, script)
    assert cited[script("鼓励农民工返乡就业创业。")] == []
    assert cited[script("做好高校毕业生就业创业工作。")] == [script(review.strip())]

def _law_report(review: str, plans: str) -> str:
    """A district's 法治政府建设 report whose work holds ``review`` and whose plans hold ``plans``."""
    return (f"青原区2025年法治政府建设情况报告\n一、2025年工作成效\n（一）严格规范执法\n{review}\n"
            f"二、2026年工作安排\n2026年，我区将重点做好以下工作：\n{plans}\n")


def _cited_in(text: str, script) -> dict[str, list[str]]:
    analysis = analyse_plans(load_report(script(text)))
    return {record.plan.text: [link.sentence for link in record.results] for record in analysis.plans}


@SCRIPTS
@pytest.mark.parametrize("report", [city_report, _law_report], ids=["government_work", "rule_of_law"])
def test_what_other_work_brought_about_continues_no_plan(script, report) -> None:
    # -- the effect a review names after the work (…，有力维护了公共安全) is no work on it --
    review = ("强化社会治安综合治理，依法打击各类违法犯罪活动，有力维护了公共安全。"
              "加强安全生产监管，事故总量继续下降。\n")
    plans = "抓好安全生产和公共安全，加强防灾减灾能力建设。\n"
    cited = _cited_in(report(review, plans), script)[script("抓好安全生产和公共安全，加强防灾减灾能力建设。")]
    assert script("强化社会治安综合治理，依法打击各类违法犯罪活动，有力维护了公共安全。") not in cited
    # -- …while work on it, in the same words, is --
    review = "强化社会治安综合治理，开展公共安全隐患排查整治，依法打击各类违法犯罪活动。\n"
    assert _cited_in(report(review, plans), script)[script("抓好安全生产和公共安全，加强防灾减灾能力建设。")] == [
        script("强化社会治安综合治理，开展公共安全隐患排查整治，依法打击各类违法犯罪活动。")]


@SCRIPTS
@pytest.mark.parametrize("report", [city_report, _law_report], ids=["government_work", "rule_of_law"])
def test_fields_another_subject_achieved_in_continue_no_plan(script, report) -> None:
    # -- a list of fields closed by 等领域 and an achievement says where the research went on,
    #    not what was done on 资源勘探 --
    review = "关键核心技术攻关取得重要进展，载人航天、资源勘探、能源工程等领域实现新突破。\n"
    plans = "加快油气、矿产等资源勘探开发。\n"
    assert _cited_in(report(review, plans), script)[script("加快油气、矿产等资源勘探开发。")] == []
    # -- …while the fields' own reform, or a deed done there, is work on them --
    for review in ("国有企业、农村、投融资等领域改革有序推进。\n", "在国有企业、农村、投融资等领域开展专项审计。\n"):
        cited = _cited_in(report(review, "大力推进国有企业改革。\n"), script)[script("大力推进国有企业改革。")]
        assert cited == [script(review.strip())]
