"""Evidence of a promise names what the task acts on (its object), not only its common words.

The reports here are written for the test (a city's 政府工作报告 of two years): last year's
plans name objects (超低排放改造, 通关时间, 房地产税, 健康城市行动) of which this year's review
reports some and passes over others while it tells of other tasks in the same common words
(水泥、玻璃行业去产能, 企业开办时间, 房地产市场, 健康发展).
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.plan_matching import Matcher
from reportdiff.promise_objects import compound_pairs, names_an_object, names_its_object

OLD = """\
政府工作报告
——2023年1月12日在临江市第十六届人民代表大会第三次会议上
一、2022年工作回顾
过去一年，我们坚持稳中求进工作总基调，全市经济运行总体平稳。
（一）扩大有效投资。新开工市政道路38公里，完成污水管网改造96公里。
（二）改善民生保障。新增公办幼儿园学位2400个，城乡居民医保财政补助标准提高到每人610元。
二、2023年主要工作任务
（一）推动绿色转型。推动水泥等行业超低排放改造。加快推进沿江化工企业搬迁改造。
（二）稳定外贸外资。扩大出口信用保险覆盖面，口岸整体通关时间再压缩三分之一。
（三）深化财税改革。健全地方税收征管体系，稳妥推进房地产税改革试点。
（四）增进民生福祉。持续推进健康城市行动，新建社区卫生服务中心6个。
"""

NEW = """\
政府工作报告
——2024年1月10日在临江市第十六届人民代表大会第四次会议上
一、2023年工作回顾
过去一年，我们团结带领全市人民攻坚克难，经济社会发展主要目标任务圆满完成。
（一）产业结构持续优化。推进水泥、玻璃行业市场化去产能，沿江化工企业搬迁改造全面完成。
（二）营商环境持续改善。企业开办时间大幅压缩，工业产品生产许可证种类压减三分之一以上。口岸货物通关时间压缩一半以上。
（三）防范化解风险有力有效。稳妥处置地方金融风险，改革完善房地产市场调控机制。
（四）民生事业全面进步。支持民营医疗机构健康发展，新建社区卫生服务中心7个。
二、2024年主要工作任务
（一）深化城市更新。改造城镇老旧小区110个。
"""

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _promises(script) -> list:
    return list(compare(script(OLD), script(NEW), expressions=False).promises)


def _holding(promises: list, fragment: str) -> list:
    return [p for p in promises if fragment in p.plan.text]


@SCRIPTS
def test_a_review_of_another_object_in_the_plans_common_words_delivers_nothing(script) -> None:
    promises = _promises(script)
    for plan in ("超低排放改造", "房地产税改革试点", "健康城市行动"):
        assert [p.status for p in _holding(promises, script(plan))] == ["not_reported"], plan


@SCRIPTS
def test_the_sentence_naming_the_object_is_the_evidence(script) -> None:
    promises = _promises(script)
    found = _holding(promises, script("整体通关时间"))
    assert [p.status for p in found] == ["delivered"]
    assert [key(e.sentence) for e in found[0].evidence] == [key(script("口岸货物通关时间压缩一半以上。"))]
    assert [p.status for p in _holding(promises, script("化工企业搬迁改造"))] == ["delivered"]


def test_the_pairs_of_a_compound_are_its_neighbouring_words() -> None:
    pairs = compound_pairs(key("推动钢铁等行业超低排放改造。"))
    assert ("超低", "排放", True) in pairs and ("排放", "改造", True) in pairs
    # -- 等 ends a compound: the items of its list go with what follows, named as written --
    assert ("钢铁", "行业", True) not in pairs and ("钢铁", "行业", False) in pairs


@pytest.mark.parametrize(("clause", "evidence", "named"), [
    # -- the pair stands apart by a few characters, or in the other order --
    ("减少农村贫困人口1000万以上,", "贫困人口减少6800多万。", True),
    ("进出口回稳向好,", "跨境电商综合试验区扩围,进出口逐步回稳。", True),
    # -- a word between two others may be left out; a list's items go with what follows 等 --
    ("继续推动西部地区崛起,", "推进西部崛起、东北振兴。", True),
    ("落实华北等老工业基地振兴举措,", "推进华北振兴,出台一批改革举措。", True),
    # -- a list in the evidence: its first item and its head, but not two of its items --
    ("巩固碧水保卫战成果,", "全面开展碧水、蓝天、净土保卫战。", True),
    ("加强健康教育,", "深入实施产业、教育、健康等帮扶。", False),
    # -- a long word as its own compound, not inside another --
    ("推进社会体制改革。", "深化科技管理体制改革。", False),
    ("推进社会体制改革。", "社会体制改革稳步推进。", True),
    # -- a clause that only says which way a figure went names no object --
    ("增长9.6%。", "促进区域城乡协调发展,新的增长极加快形成。", False),
    # -- a clause of one word writes no compound: coverage alone judges it --
    ("深化供给侧结构性改革。", "供给侧结构性改革持续深化。", True),
])
def test_evidence_names_the_object(clause: str, evidence: str, named: bool) -> None:
    from reportdiff.segment import tokenize
    from reportdiff.plan_matching import word_bigrams
    terms = tuple(t for t in tokenize(key(clause)) if word_bigrams(t) is not None)
    assert names_its_object(key(clause), terms, key(evidence), False) is named


@SCRIPTS
def test_a_task_on_a_quoted_name_is_reported_by_another_action_on_it(script) -> None:
    from types import SimpleNamespace

    from reportdiff.promise_objects import acts_on_quoted, quoted_object
    from reportdiff.promises import quoted_evidence

    assert quoted_object(key(script("驰而不息整治“四风”，"))) == "四风"
    # -- a quoted name that qualifies another object (示范基地, 改革) is not the object --
    assert quoted_object(key(script("建设一批“双创”示范基地，"))) is None
    assert quoted_object(key(script("深化“放管服”改革，"))) is None
    assert acts_on_quoted("四风", key(script("坚定不移纠正“四风”。")))
    assert not acts_on_quoted("四风", key(script("“四风”问题仍然突出。")))
    sentences = [script(s) for s in ("全年查处违纪案件120件。", "持之以恒纠治“四风”，基层负担明显减轻。")]
    windows = [(SimpleNamespace(id="一/(八)"), [(text, key(text)) for text in sentences])]
    found = quoted_evidence(key(script("驰而不息整治“四风”，特别是力戒形式主义。")), windows, frozenset())
    assert [item.sentence for item in found] == [sentences[1]]


@SCRIPTS
def test_a_quoted_name_reported_begun_after_it(script) -> None:
    """A review tells of a named scheme launched with the verb after the name (“跨省通办”上线):
    the plan to launch it (适时启动“跨省通办”) is reported; a name only described is not."""
    from types import SimpleNamespace

    from reportdiff.promise_objects import acts_on_quoted
    from reportdiff.promises import quoted_evidence

    assert acts_on_quoted("跨省通办", key(script("“跨省通办”正式上线，办事更加便利。")))
    assert acts_on_quoted("沪港通", key(script("人民币汇率保持稳定。“沪港通”开启。")))
    assert not acts_on_quoted("跨省通办", key(script("“跨省通办”事项仍然偏少。")))
    assert not acts_on_quoted("跨省通办", key(script("“跨省通办”的办件量增长三成。")))
    sentences = [script(s) for s in ("人民币汇率保持基本稳定。", "“跨省通办”上线运行。")]
    windows = [(SimpleNamespace(id="一/¶6"), [(text, key(text)) for text in sentences])]
    found = quoted_evidence(key(script("适时启动“跨省通办”。")), windows, frozenset())
    assert [item.sentence for item in found] == [sentences[1]]


@SCRIPTS
@pytest.mark.parametrize(("clause", "evidence", "named"), [
    # -- a long word after a verb in the evidence stands as its own compound (完成|国企改革),
    #    whatever the plan wrote before it (市属国资) --
    ("深化市属国资国企改革,", "完成国企改革攻坚任务,推动国企聚焦主业。", True),
    # -- …but not after another word of a compound (科技管理|体制改革 for 社会体制改革) --
    ("推进社会体制改革。", "完成科技管理体制改革。", False),
    ("推进社会体制改革。", "深化人才发展体制改革,拓宽人才引进绿色通道。", False),
    # -- …nor where the plan's long word is itself a modifier (城乡|经济社会|融合发展) --
    ("推进城乡经济社会融合发展,", "推动经济社会持续健康发展。", False),
    ("提高基本公共卫生服务经费补助标准,", "加大公共卫生体系建设力度。", False),
    ("落实金融等行业改革开放举措,", "加大改革开放力度,发展动力继续增强。", False),
    # -- a word the plan writes alone as its object (发挥|进出口|对…) is named by the evidence
    #    acting on it alone (推动|进出口), not by another compound holding it --
    ("继续发挥进出口对全市经济的支撑作用。", "推动进出口稳中提质,外贸企业新增120家。", True),
    ("继续发挥进出口对全市经济的支撑作用。", "支持进出口银行扩大信贷投放。", False),
    ("继续发挥进出口对全市经济的支撑作用。", "稳定农产品进出口。", False),
    # -- …nor by the word after a mark or 把, where no verb acts on it --
    ("重点支持制造业,", "把制造业作为发展实体经济的重点,保持制造业比重基本稳定。", False),
    ("促进贸易平衡发展和本地产业加快升级。", "新签和升级3个友好城市协议。", False),
    # -- a verb that is as often a noun is no verb after a word (社会治理|格局, 经济增长|格局),
    #    and a clause's subject is not written alone (市级|对区县…) --
    ("打造共建共治共享社会治理格局。", "正在重塑经济增长格局,深刻改变生产方式。", False),
    ("市级对区县转移支付增长8%,", "健全市级统筹、区县落实的工作机制。", False),
    # -- an item of a list goes with the list's head (外资准入), a figure with the indicator
    #    before it (建设投资): neither is written alone --
    ("放宽服务业、制造业、采矿业外资准入。", "推动制造业加快转型升级。", False),
    ("完成城际铁路建设投资80亿元。", "加大投资力度,促进消费持续恢复。", False),
    ("推动水泥等行业超低排放改造。", "推进水泥、玻璃行业市场化去产能。", False),
    # -- the evidence's word heading another object's compound is not its own (支出结构) --
    ("今年全市财政支出120亿元,", "优化财政支出结构,保障重点领域支出。", False),
    # -- a long word before the pair names the object on its own (黄河流域|生态保护): the pair
    #    written without it anywhere names another --
    ("推进淮河流域生态保护和高质量发展,", "持续推进生态保护修复重大工程。", False),
    ("推进淮河流域生态保护,", "淮河流域生态保护取得新进展。", True),
    # -- a generic word and its head (重大|工程) parted by the evidence's own word (重大|生态|工程)
    #    name another object --
    ("加快实施交通发展重大工程,", "实施一批重大生态工程。", False),
    ("加快实施交通发展重大工程,", "重大工程建设加快推进。", True),
    # -- two words the plan writes apart are read in its order: turned round without a joint
    #    (财政|科研|经费 for 经费|人均|财政) they are another compound --
    ("居民医保经费人均财政补助标准再提高30元,", "改革完善市级财政科研经费管理。", False),
    ("支持中部地区崛起,", "推动中部崛起取得新进展。", True),
    # -- the same word inside the plan's own compound (房地产税) is not named by the word alone --
    ("稳妥推进房地产税改革试点。", "促进房地产市场平稳健康发展。", False),
    # -- a 法治政府建设 report's wording is still named as before --
    ("建立行政执法监督机制。", "出台《临江区行政执法监督办法》,开展执法案卷评查2次。", True),
    ("完善规范性文件备案审查。", "全年备案审查规范性文件14件。", True),
    ("深化示范创建。", "对照示范创建指标体系开展自查,新增省级示范村1个。", True),
    ("加强法治宣传教育。", "深入开展法治宣传教育,举办法治讲座35场。", True),
])
def test_a_word_standing_as_its_own_compound(script, clause: str, evidence: str, named: bool) -> None:
    from reportdiff.plan_matching import word_bigrams
    from reportdiff.segment import tokenize
    clause_key, evidence_key = key(script(clause)), key(script(evidence))
    terms = tuple(t for t in tokenize(clause_key) if word_bigrams(t) is not None)
    assert names_its_object(clause_key, terms, evidence_key, False) is named


@SCRIPTS
@pytest.mark.parametrize(("clause", "evidence", "named"), [
    # -- a word naming who or where says whose the object is: the evidence writing it before
    #    another head (城镇居民|医保 for 城镇居民|收入) names another object --
    ("多渠道增加城镇居民收入。", "城镇居民医保人均财政补助提高到640元。", False),
    ("惠民项目要向偏远地区倾斜。", "改善偏远地区中小学办学条件。", False),
    ("落实外资企业国民待遇。", "及时解决外资企业用地需求。", False),
    # -- …nor who is told to do a task with an object of its own (引导金融机构增加…贷款) --
    ("引导金融机构增加科技型企业贷款。", "全市新引进金融机构8家。", False),
    # -- …not where it ends its compound there, goes on to the plan's own words, or the plan's
    #    compound goes on to generic words only --
    ("多渠道增加城镇居民收入。", "城镇居民人均可支配收入增长5.2%。", True),
    ("提高贫困人口收入水平。", "农村贫困人口减少1.2万人。", True),
    ("教育投入向偏远地区倾斜。", "改善偏远地区义务教育办学条件。", True),
    ("做好外资企业服务工作。", "及时解决外资企业用地需求。", True),
    ("支持民营企业发展壮大。", "促进民营企业健康发展。", True),
])
def test_who_is_no_object(script, clause: str, evidence: str, named: bool) -> None:
    _assert_named(clause, evidence, named, script)


@SCRIPTS
@pytest.mark.parametrize(("clause", "evidence", "named"), [
    # -- per unit of output (单位地区生产总值能耗) the output is a ratio's denominator: the
    #    output's own growth is another indicator --
    ("单位地区生产总值能耗下降3%,", "全年地区生产总值增长5.5%。", False),
    ("单位国内生产总值二氧化碳排放继续下降,", "国内生产总值达到120万亿元。", False),
    ("单位地区生产总值能耗下降3%,", "单位地区生产总值能耗下降3.2%。", True),
    ("地区生产总值增长5%左右,", "全年地区生产总值增长5.5%。", True),
    # -- …nor the whole a share is taken of (占全社会研发经费比重), unless the evidence reports a share --
    ("提高基础研究经费占全社会研发经费比重。", "企业研发经费增长15.5%。", False),
    ("提高服务业增加值占地区生产总值比重。", "服务业增加值占地区生产总值比重达到55%。", True),
])
def test_the_denominator_of_a_ratio_is_no_object(script, clause: str, evidence: str, named: bool) -> None:
    _assert_named(clause, evidence, named, script)


def _assert_named(clause: str, evidence: str, named: bool, script) -> None:
    from reportdiff.plan_matching import word_bigrams
    from reportdiff.segment import tokenize
    clause_key, evidence_key = key(script(clause)), key(script(evidence))
    terms = tuple(t for t in tokenize(clause_key) if word_bigrams(t) is not None)
    assert names_its_object(clause_key, terms, evidence_key, False) is named


PLANS_REPORT = """\
政府工作报告
——2024年1月10日在临江市第十六届人民代表大会第四次会议上
一、2023年工作回顾
过去一年，我们团结带领全市人民攻坚克难，经济社会发展主要目标任务圆满完成。
（一）改革开放持续深化。完成国企改革攻坚任务，推动国企聚焦主责主业、提质增效。
（二）外贸外资稳中有进。推动进出口稳中提质，有力支撑全市稳增长。
（三）科技创新能力提升。深化科技管理体制改革，新增高新技术企业86家。
二、2024年主要工作任务
（一）深化改革开放。深化市属国资国企改革，提高国企核心竞争力。继续发挥进出口对全市经济的支撑作用。
（二）推进社会治理。推进社会体制改革，健全基层治理体系。
"""


@SCRIPTS
def test_a_plan_continues_the_result_naming_its_object_after_a_verb(script) -> None:
    from reportdiff.pipeline import plans

    records = {record.plan.text: record for record in plans(script(PLANS_REPORT)).plans}
    reform = records[script("深化市属国资国企改革，提高国企核心竞争力。")]
    assert reform.status == "continues"
    assert any(script("完成国企改革攻坚任务") in link.measure.text for link in reform.results)
    trade = records[script("继续发挥进出口对全市经济的支撑作用。")]
    assert trade.status == "continues"
    assert any(script("推动进出口稳中提质") in link.measure.text for link in trade.results)
    assert records[script("推进社会体制改革，健全基层治理体系。")].status == "new"


@SCRIPTS
@pytest.mark.parametrize(("clause", "evidence", "named"), [
    # -- a verb's complement (处理|好, 汇聚|起) or the 有 of a mis-cut 有效 (有|效应|对) is no
    #    word of an object: evidence sharing it with the verb names nothing the plan acts on --
    ("处理好园区开发和生态保护的关系,", "处理好城市更新和历史文化保护的关系。", False),
    ("有效应对外部需求收缩,", "有效应对各类自然灾害。", False),
    ("汇聚起全市人民共建家园的磅礴力量。", "汇聚起推动发展的强大动力。", False),
    # -- …nor a word of stance before the noun (强大|力量: the 力量 of any closing clause) --
    ("汇聚起全市人民共建家园的强大力量。", "汇聚起推动发展的强大力量。", False),
    # -- the object's own words still name it --
    ("处理好园区开发和生态保护的关系,", "统筹推进园区开发和生态保护。", True),
])
def test_a_complement_or_a_miscut_names_no_object(script, clause: str, evidence: str, named: bool) -> None:
    from reportdiff.plan_matching import word_bigrams
    from reportdiff.segment import tokenize
    clause_key = key(script(clause))
    terms = tuple(t for t in tokenize(clause_key) if word_bigrams(t) is not None)
    assert names_its_object(clause_key, terms, key(script(evidence)), False) is named
    assert not any("好" in pair[:2] or "有" in pair[:2] or "起" in pair[:2] for pair in compound_pairs(clause_key))


@SCRIPTS
@pytest.mark.parametrize(("plan", "other", "own"), [
    # -- 运用经济、法律、技术、安全等手段 says how the capacity is cut, not what: 安全 of it names
    #    no 安全生产 --
    ("淘汰落后产能，运用经济、法律、技术、安全等手段，严格控制新增产能。", "加强安全生产监管，事故数量继续下降。",
     "严格控制新增产能，淘汰落后产能120万吨。"),
    # -- 在…等方面 says in which respects the reward is given: its 财政沉淀资金 names no
    #    财政存量资金 put to use --
    ("对成效明显的地方，在建设资金安排、财政沉淀资金统筹使用等方面，加大奖励支持力度。",
     "盘活财政存量资金，统筹用于民生支出。", "对成效明显的地方加大奖励支持力度，奖励资金3亿元。"),
    # -- …a deed done in those fields, in one clause, acts on them --
    ("在食品药品、安全生产等领域开展专项执法行动。", "", "加强安全生产执法，查处案件120件。"),
])
def test_the_means_of_a_task_and_where_it_is_done_are_no_object(script, plan: str, other: str, own: str) -> None:
    plan, own = key(script(plan)), key(script(own))
    other = key(script(other)) if other else ""
    matcher = Matcher([plan, own, key(script("建成县第二人民医院。"))] + [other] * bool(other))
    assert other == "" or not names_an_object(matcher, plan, matcher.body([other]))
    assert names_an_object(matcher, plan, matcher.body([own]))
