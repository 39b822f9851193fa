"""Evidence sharing only the head of a plan's object, under another word, reports another object.

A plan acts on a compound (短缺药品保供稳价机制, 良好服务生态): a review sentence writing the same
head with another word where the plan writes the one telling its object (大宗商品保供稳价,
良好网络生态) reports another task. Where nothing contradicts it (做好保供稳价工作) the head is
still evidence. The inputs are written for the test.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import compare
from reportdiff.plan_matching import word_bigrams
from reportdiff.promise_objects import names_its_object
from reportdiff.promise_sentences import held_terms, reporting_sentences
from reportdiff.segment import tokenize

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


@SCRIPTS
@pytest.mark.parametrize(("clause", "evidence", "named"), [
    # -- another word before the shared pair: another object --
    ("完善农资保供稳价机制,", "加强煤炭保供稳价,着力缓解供应紧张。", False),
    # -- the pair alone, or with the plan's own word: the plan's object --
    ("完善农资保供稳价机制,", "做好保供稳价工作,市场运行平稳。", True),
    ("完善农资保供稳价机制,", "农资保供稳价机制不断完善。", True),
    # -- a specific word in place of the generic one between the pair and the compound's head --
    ("营造良好服务生态。", "营造良好文旅生态。", False),
    ("营造良好服务生态。", "营造良好服务生态,新增商圈5个。", True),
    # -- a specific word the pair skips, worded otherwise, may be the same object --
    ("完善专项费用扣除办法,", "落实专项附加扣除政策。", True),
    # -- a word of scope (整体) tells no object from another --
    ("口岸整体通关时间再压缩三分之一,", "口岸货物通关时间压缩一半以上。", True),    # -- a verb written as a compound's word (专项|整治 of 专项整治三年行动) tells the object, as a
    #    noun does; acting on it (完成|三年行动) it does not --
    ("开展燃气安全专项整治三年行动,", "完成养老托育三年行动任务。", False),
    ("开展燃气安全专项整治三年行动,", "燃气安全专项整治三年行动圆满收官。", True),
    # -- jieba writes another word and the pair's own as one token (财政资金): another object --
    ("补助资金全部直达农户,", "建立财政资金直达机制。", False),
    ("补助资金全部直达农户,", "补助资金直达农户账户。", True),
    # -- a long word the pair skips (台湾同胞 of 增进台湾同胞福祉) names an object on its own:
    #    another in its place (增进民生福祉) is another object --
    ("完善增进困难职工福祉的制度,", "在发展中不断增进民生福祉。", False),
    ("完善增进困难职工福祉的制度,", "出台增进困难职工福祉的新举措。", True),
    # -- the telling word before words both write (外贸|新|业态|新|模式): read past them; another
    #    word there, generic too (新产业新业态), is another object --
    ("加快发展外贸新业态新模式,", "发展消费新业态新模式,网络零售额增长8%。", False),
    ("加快发展外贸新业态新模式,", "新产业新业态新模式增加值占比达到15%。", False),
    ("加快发展外贸新业态新模式,", "培育外贸新业态新模式,新设跨境电商综试区3个。", True),
    # -- past shared words only a modifier tells: a verb before them (提高 / 上调) does not --
    ("适当提高退休人员基本养老金,", "上调退休人员基本养老金。", True),
    # -- a word saying where before a single character tells no object (重点地区 / 重点城市) --
    ("重点地区细颗粒物浓度继续下降,", "重点城市细颗粒物平均浓度下降5%。", True),
])
def test_a_head_under_another_word_is_another_object(script, clause: str, evidence: str, named: bool) -> None:
    clause_key, evidence_key = key(script(clause)), key(script(evidence))
    terms = tuple(t for t in tokenize(clause_key) if word_bigrams(t) is not None)
    assert names_its_object(clause_key, terms, evidence_key, False) is named


OLD = """\
政府工作报告
——2023年1月12日在临川市第十六届人民代表大会第三次会议上
一、2022年工作回顾
过去一年，我们坚持稳中求进工作总基调，全市经济运行总体平稳。
（一）扩大有效投资。新开工市政道路38公里。
二、2023年主要工作任务
（一）稳定就业。要坚持就业优先方针，实施更加积极的就业扶持政策。
（二）保障供应。完善农资保供稳价机制，做好春耕备耕服务。
"""

NEW = """\
政府工作报告
——2024年1月10日在临川市第十六届人民代表大会第四次会议上
一、2023年工作回顾
过去一年，我们团结带领全市人民攻坚克难，经济社会发展主要目标任务圆满完成。
（一）民生事业全面进步。实施积极的就业扶持政策，城镇新增就业2.1万人。坚持教育优先方针，新建中小学校6所。
（二）市场运行平稳。加强煤炭保供稳价，着力缓解电力供应紧张。
二、2024年主要工作任务
（一）深化城市更新。改造城镇老旧小区110个。
"""


def _holding(promises, fragment: str) -> list:
    return [p for p in promises if fragment in p.plan.text]


@SCRIPTS
def test_the_evidence_sentence_is_the_one_naming_the_object(script) -> None:
    promises = compare(script(OLD), script(NEW), expressions=False).promises
    # -- 教育优先方针 beside the policy's sentence is another object: no evidence of 就业优先方针 --
    assert [p.status for p in _holding(promises, script("就业优先方针"))] == ["not_reported"]
    found = _holding(promises, script("就业扶持政策"))
    assert [p.status for p in found] == ["delivered"]
    evidence = found[0].evidence
    assert [key(e.sentence) for e in evidence] == [key(script("实施积极的就业扶持政策,城镇新增就业2.1万人。"))]
    # -- the terms shown are the sentence's own --
    assert evidence[0].shared_terms and all(key(term) in key(evidence[0].sentence) for term in evidence[0].shared_terms)


def test_a_window_shows_the_sentence_reporting_alone_and_its_terms() -> None:
    pair = [("坚持教育优先发展。", "坚持教育优先发展。"), ("实施积极的就业政策。", "实施积极的就业政策。")]
    assert reporting_sentences(pair, lambda k: "就业" in k) == pair[1:]
    # -- neither alone (the task in one sentence, what was done in the next): the window --
    assert reporting_sentences(pair, lambda k: False) == pair
    assert held_terms(("优先", "就业"), "实施积极的就业政策。") == ("就业",)
    # -- a concept is held in any of its forms --
    assert held_terms(("营改增",), "全面推开营业税改征增值税试点。") == ("营改增",)


@SCRIPTS
def test_the_same_head_of_another_object_delivers_nothing(script) -> None:
    promises = compare(script(OLD), script(NEW), expressions=False).promises
    assert [p.status for p in _holding(promises, script("农资保供稳价"))] == ["not_reported"]
