"""Main targets without a figure, judged by the review's growth rates (a county's 政府工作报告).

The reports are written for the test in the shape of a county's, in both scripts: targets that an
indicator hold up (外贸进出口回稳向好, 一般公共预算收入稳步增长), one that two growths keep pace,
and one (生态环境质量持续向好) that no growth rate judges.
"""

from __future__ import annotations

import time

import pytest
from opencc import OpenCC

from reportdiff.pipeline import compare

OLD = """政府工作报告
——2023年1月10日在清河县第十八届人民代表大会第二次会议上
一、2022年工作回顾
过去一年，全县上下团结奋进，经济社会发展稳中有进。
（一）经济运行稳中有进。地区生产总值增长5.1%，一般公共预算收入增长3.2%。
（二）民生保障有力。城镇新增就业3200人，新建农村公路86公里。
二、2023年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入稳步增长；城镇新增就业3000人以上；外贸进出口回稳向好；生态环境质量持续向好；城乡居民收入增长与经济增长基本同步。
（一）抓好财政工作。压减一般支出，盘活存量资金。关停小散乱污，取缔非法码头。
（二）建设幸福清河。新建农村公路80公里以上。
"""
NEW = """政府工作报告
——2024年1月9日在清河县第十八届人民代表大会第三次会议上
一、2023年工作回顾
过去一年，全县上下攻坚克难，经济社会发展主要目标任务较好完成。
（一）经济运行回升向好。全县地区生产总值增长6.3%，一般公共预算收入增长4.1%。全县外贸进出口总额下降8.2%，其中出口增长2.1%。全体居民人均可支配收入增长5.9%，其中城镇居民增长4.8%。
（二）民生保障有力。城镇新增就业3350人，新建农村公路92公里。压减一般性支出12%，盘活存量资金1.2亿元。关停散乱污企业46家，取缔非法码头7处。
（三）生态建设加力。生态环境领域投资增长15.2%，实施污染治理项目12个。
二、2024年工作安排
（一）抓好财政工作。严控一般性支出。
"""
_T = OpenCC("s2t").convert


@pytest.fixture(scope="module", params=["simplified", "traditional"])
def promises(request) -> dict[str, tuple[str, tuple[str, ...]]]:
    old, new = (OLD, NEW) if request.param == "simplified" else (_T(OLD), _T(NEW))
    found = compare(old, new, expressions=False).promises
    return {OpenCC("t2s").convert(p.plan.text).rstrip("；。"): (p.status, tuple(t for e in p.evidence for t in e.shared_terms))
            for p in found}


def test_a_target_that_an_indicator_hold_up_is_met_by_a_rise_not_by_a_fall(promises) -> None:
    assert promises["一般公共预算收入稳步增长"] == ("delivered", ("一般公共预算收入增长4.1%",))
    assert promises["外贸进出口回稳向好"][0] == "not_reported"  # -- 下降8.2% --


def test_a_target_no_growth_rate_measures_is_not_judged_by_one_of_its_topic(promises) -> None:
    # -- 生态环境领域投资增长15.2% is investment, not the quality of the environment --
    status, terms = promises["生态环境质量持续向好"]
    assert not any("投资" in term for term in terms)


def test_growths_in_step_are_the_whole_population_s(promises) -> None:
    # -- 全体居民 5.9% against 6.3%, not 城镇居民 4.8% --
    assert promises["城乡居民收入增长与经济增长基本同步"] == (
        "delivered", ("全体居民人均可支配收入增长5.9%", "地区生产总值增长6.3%"))


def test_two_balanced_tasks_are_no_maxim(promises) -> None:
    assert promises["压减一般支出，盘活存量资金"][0] == "delivered"
    assert promises["关停小散乱污，取缔非法码头"][0] == "delivered"


def test_a_long_unpunctuated_plan_costs_no_backtracking() -> None:
    # -- a project table pasted as text: one 3,000-character run in last year's plans --
    row = "城北片区棚户区改造和配套道路工程总投资12亿元建设内容与规模新建安置房1200套 "
    old = OLD.replace("（一）抓好财政工作。", "附：2023年重点项目表 " + row * 75 + "\n（一）抓好财政工作。")
    start = time.process_time()
    compare(old, NEW, expressions=False)
    assert time.process_time() - start < 5


def test_rates_read_as_far_as_asked_are_those_of_a_whole_reading() -> None:
    """GrowthRates reads the results only as far as a look-up needs: the rate of every topic is
    the one a reading of all results gives (the first result giving one, the whole population's
    before a part's), whichever topic is asked first."""
    from reportdiff.figures_extract import extract_figures
    from reportdiff.growth_targets import GrowthRates, _FALL, _NOT_ONE_YEAR, _PART, _RISE
    from reportdiff.indicators import indicator_topics
    from reportdiff.models import Role
    from reportdiff.parse import split_sentences
    from reportdiff.pipeline import load_report
    from reportdiff.plans import role_measures

    results = role_measures(load_report(NEW), Role.RESULTS)
    read = []
    for place, measure in enumerate(results):
        for sentence in split_sentences(measure.text):
            for figure in extract_figures(sentence):
                sign = 1 if _RISE.search(figure.label) else -1 if _FALL.search(figure.label) else 0
                if figure.unit == "%" and sign and not _NOT_ONE_YEAR.search(figure.label) \
                        and (topics := indicator_topics(figure.label)):
                    read.append((place, bool(_PART.search(figure.label)), topics, sign * figure.value))
    asked = [frozenset({"trade"}), frozenset({"income"}), frozenset({"gdp"}), frozenset({"grain"}),
             frozenset({"revenue"})]
    for order in (asked, asked[::-1]):
        rates = GrowthRates(results, ())
        for topics in order:
            found = [(place, part, value) for place, part, known, value in read if topics & known]
            expected = min((item for item in found if item[0] == found[0][0]), key=lambda item: item[1])[2] \
                if found else None
            rate = rates.of(topics)
            assert (rate.value if rate else None) == expected, topics
    assert GrowthRates(results, ()).of(frozenset({"income"})).value == 5.9


@pytest.mark.parametrize("convert", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("result", "status"), [("增长3.6%", "delivered"), ("下降2.1%", "not_reported")])
def test_a_task_that_an_indicator_improve_is_judged_by_its_rate(convert, result: str, status: str) -> None:
    """外贸进出口稳中提质 among a section's tasks, not in the main targets, is still judged by the
    review's growth rate of foreign trade."""
    old = ("青山省2025年政府工作报告\n一、2024年工作回顾\n外贸进出口总额0.98万亿元，增长2.2%。\n二、2025年重点工作\n"
           "（一）扩大开放。推动中欧班列开行1200列以上，外贸进出口稳中提质。\n")
    new = (f"青山省2026年政府工作报告\n一、2025年工作回顾\n（一）扩大开放。中欧班列开行1268列。外贸进出口总额1.02万亿元，{result}。\n"
           "二、2026年重点工作\n（一）扩大开放。推动外贸优进优出。\n")
    promise = next(p for p in compare(convert(old), convert(new)).promises if convert("稳中提质") in p.plan.text)
    assert promise.status == status
    assert any(convert(result) in e.sentence for e in (*promise.evidence, *promise.short_of))
