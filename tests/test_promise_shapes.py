"""Promises on shapes of real 法治政府建设 and 政府工作报告 pages: a plan sentence of two tasks
of which one is done, a named regulation reported passed beside a sentence that only cites it.

The reports are written for the test in the shape of those reports, both scripts.
"""

from __future__ import annotations

import pytest
from opencc import OpenCC

from reportdiff.normalize import key
from reportdiff.pipeline import compare

SCRIPTS = pytest.mark.parametrize("script", [str, OpenCC("s2t").convert], ids=["simplified", "traditional"])


def _township(year: int, review: str, plan: str) -> str:
    return (f"青石镇人民政府{year}年法治政府建设年度报告\n一、{year}年推进法治政府建设的主要举措和成效\n"
            f"（一）法治宣传教育\n{review}\n二、{year + 1}年推进法治政府建设的主要安排\n{plan}\n")


def _promises(script, old: str, new: str, words: str) -> list:
    comparison = compare(script(old), script(new), expressions=False)
    return [p for p in comparison.promises if key(script(words)) in key(p.plan.text)]


@SCRIPTS
def test_a_plan_of_two_deeds_one_done_is_not_kept_whole(script) -> None:
    old = _township(2023, "1.建设法治文化长廊。全镇建成法治文化长廊2处。",
                    "1.拓展普法阵地。开设“青石说法”广播专栏，创建省级民主法治示范村1个。")
    new = _township(2024, "1.开设“青石说法”广播专栏，播出节目52期，收听群众逾万人次。",
                    "1.创建省级民主法治示范村1个，新建法治书屋3个。")
    (opened,) = _promises(script, old, new, "说法”广播专栏")
    (village,) = _promises(script, old, new, "民主法治示范村")
    # -- each task judged: the programme is on air, the model village is planned again --
    assert opened.status == "delivered" and "播出节目" in key(opened.evidence[0].sentence)
    assert village.status == "not_reported" and village.evidence == ()
    assert village.replanned is not None and "示范村" in key(village.replanned.text)
    assert village.shown_status == "replanned" and opened.plan.id != village.plan.id


def _bureau(year: int, review: str, plan: str) -> str:
    return (f"长川市生态环境局{year}年法治政府建设工作报告\n一、{year}年总体情况\n全年空气质量优良天数比例为8{year % 10}.5%。\n"
            f"二、主要做法及成效\n{review}\n三、{year + 1}年工作思路\n{plan}\n")


_CITED = "二是以《长川市噪声污染防治条例》施行为契机，开展条例宣传进社区、进工地活动15场。"
_PASSED = "一是推动地方立法。《长川市噪声污染防治条例》经市人大常委会审议通过，于2024年9月1日起施行。"


@SCRIPTS
@pytest.mark.parametrize("review", [_PASSED, _PASSED + _CITED, _CITED.replace("二是", "一是") + _PASSED.replace("一是", "二是")],
                         ids=["passed", "passed-then-cited", "cited-then-passed"])
def test_a_regulation_reported_passed_beside_a_sentence_citing_it_is_kept(script, review) -> None:
    old = _bureau(2023, "一是开展专项执法。", "一是推动《长川市噪声污染防治条例》出台实施。")
    new = _bureau(2024, review, "一是做好《长川市噪声污染防治条例》实施评估。")
    (promise,) = _promises(script, old, new, "噪声污染防治条例》出台")
    assert promise.status == "delivered"
    assert "审议通过" in key(promise.evidence[0].sentence)


@SCRIPTS
def test_a_regulation_only_cited_is_no_regulation_passed(script) -> None:
    old = _bureau(2023, "一是开展专项执法。", "一是推动《长川市噪声污染防治条例》出台实施。")
    new = _bureau(2024, "一是以《长川市噪声污染防治条例》宣传为抓手，开展普法活动15场。", "一是加强执法。")
    (promise,) = _promises(script, old, new, "噪声污染防治条例》出台")
    assert promise.status == "not_reported"


def _county(year: int, review: str, targets: str, tasks: str) -> str:
    return (f"政府工作报告\n{year}年1月10日在青禾县第十八届人民代表大会第{year - 2021}次会议上\n县长 周 明\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n过去一年，县政府坚持稳中求进。{review}\n"
            f"——过去一年，我们着力提升城乡品质。1.改造城镇老旧小区12个，完成供水管网改造30公里。\n"
            f"二、{year}年主要任务\n今年全县经济社会发展的主要预期目标是：{targets}\n"
            f"（一）建设宜居县城\n1.{tasks}\n")


_TARGETS = "地区生产总值增长6%左右，固定资产投资增长10%，城乡居民人均可支配收入分别增长6%和7.5%。"


@SCRIPTS
@pytest.mark.parametrize("urban,rural,met", [("5.1", "7.8", False), ("6.2", "7.9", True), ("6.3", "7.1", False)],
                         ids=["urban-short", "both-met", "rural-short"])
def test_respective_income_targets_are_judged_each_against_its_rate(script, urban, rural, met) -> None:
    old = _county(2024, "全县地区生产总值增长5.8%；固定资产投资增长9.1%。", _TARGETS, "改造城镇老旧小区10个。")
    new = _county(2025, f"全县地区生产总值增长6.1%；固定资产投资增长10.6%；城乡居民人均可支配收入分别达到45200元和24800元，"
                        f"分别增长{urban}%和{rural}%。",
                  "地区生产总值增长6%左右，城乡居民人均可支配收入增长与经济增长同步。", "改造城镇老旧小区8个。")
    (promise,) = _promises(script, old, new, "人均可支配收入分别增长")
    assert promise.status == ("delivered" if met else "not_reported")
    # -- met, all the sentence's targets are: one promise with each target's result sentence --
    evidence = promise.evidence if met else promise.short_of
    assert any(f"{urban}%" in item.sentence and f"{rural}%" in item.sentence for item in evidence)
    assert promise.shown_status == ("delivered" if met else "short_of")
    # -- the targets sentence of this year sets no income rate: no restating of this target --
    assert promise.replanned is None


def _county_works(year: int, works: str, tasks: str) -> str:
    return (f"政府工作报告\n{year}年1月10日在青禾县第十八届人民代表大会第{year - 2021}次会议上\n县长 周 明\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n过去一年，县政府坚持稳中求进，全县地区生产总值增长5.8%。\n"
            f"——过去一年，我们着力提升城乡品质。{works}\n"
            f"二、{year}年主要任务\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
            f"（一）建设宜居县城\n{tasks}\n")


_WORKS_PLAN = "1.改造城镇老旧小区12个。2.建成滨河西路和县全民健身中心。"


@SCRIPTS
@pytest.mark.parametrize("progress", ["主体完工", "开工建设", "主体结构封顶"], ids=["shell-done", "begun", "topped-out"])
def test_a_work_begun_or_topped_out_is_not_a_work_built(script, progress) -> None:
    old = _county_works(2024, "1.改造城镇老旧小区10个。", _WORKS_PLAN)
    new = _county_works(2025, f"1.改造城镇老旧小区12个。2.滨河西路建成通车，县全民健身中心{progress}。",
                        "1.建成县全民健身中心并投入使用。2.改造城镇老旧小区8个。")
    (promise,) = _promises(script, old, new, "全民健身中心")
    # -- not kept; the sentence telling how far it got is shown, and the plan that restates it --
    assert promise.status == "not_reported" and promise.evidence == ()
    assert [key(script(progress)) in key(item.sentence) for item in promise.short_of] == [True]
    assert promise.replanned is not None and "投入使用" in key(promise.replanned.text)
    # -- text and Markdown show both: how far it got, and the plan of this year --
    line = promise.summary_line()
    # -- begun, not built: under way (⋯), never the ✗ of a plan not delivered --
    assert line.startswith("[⋯ ") and " ✗ " not in line
    assert "主体" in key(line) or progress == "开工建设"
    assert " ⟳ " in line and key(promise.replanned.text) in key(line)


@SCRIPTS
def test_works_built_are_kept(script) -> None:
    old = _county_works(2024, "1.改造城镇老旧小区10个。", _WORKS_PLAN)
    new = _county_works(2025, "1.改造城镇老旧小区12个。2.滨河西路建成通车，县全民健身中心竣工并投入使用。",
                        "1.建成县第二水厂。2.改造城镇老旧小区8个。")
    (promise,) = _promises(script, old, new, "全民健身中心")
    assert promise.status == "delivered" and "竣工" in key(promise.evidence[0].sentence)


@SCRIPTS
def test_a_named_reform_reported_by_its_result_is_kept(script) -> None:
    old = _county_works(2024, "1.改造城镇老旧小区10个。",
                        "1.改造城镇老旧小区12个。2.建成产业园标准厂房15万平方米，推动“标准地”出让改革扩面提质。")
    new = _county_works(2025, "1.改造城镇老旧小区12个。2.建成产业园标准厂房16万平方米，“标准地”出让改革覆盖全部新增工业用地。",
                        "1.改造城镇老旧小区8个。")
    (promise,) = _promises(script, old, new, "标准地")
    assert promise.status == "delivered"
    assert any("覆盖全部新增工业用地" in key(item.sentence) for item in promise.evidence)


@SCRIPTS
def test_a_named_reform_only_named_again_is_not_kept(script) -> None:
    old = _county_works(2024, "1.改造城镇老旧小区10个。",
                        "1.改造城镇老旧小区12个。2.建成产业园标准厂房15万平方米，推动“标准地”出让改革扩面提质。")
    new = _county_works(2025, "1.改造城镇老旧小区12个。2.建成产业园标准厂房16万平方米。3.研究“标准地”出让改革的配套办法。",
                        "1.改造城镇老旧小区8个。")
    (promise,) = _promises(script, old, new, "标准地")
    assert promise.status == "not_reported"
