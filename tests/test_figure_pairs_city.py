"""Figure pairs of a city's 政府工作报告 at a five-year plan's turn: goals of a later year, phases
of a project, quoted names, enumerations and undivided 分别 lists (issue 7 E)."""

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert

_OLD = ("2025年临江市人民政府工作报告\n一、过去一年工作回顾\n"
        "过去一年，城乡居民人均可支配收入分别增长4.9%和6.7%。\n"
        "一是产业转型步伐加快。新能源电池产业链产值突破1200亿元。新增国家级专精特新“小巨人”企业12家、省级专精特新企业138家。"
        "临江港综合码头二期建成投产。\n"
        "二是民生保障扎实有力。新建改扩建中小学、幼儿园24所。\n"
        "二、2025年重点工作\n（一）推动产业转型升级。实施新能源电池产业倍增计划，产业链产值突破1500亿元。"
        "新增规模以上工业企业150家。新增国家级专精特新“小巨人”企业10家。推动临江港三期开工建设。\n"
        "（二）保障和改善民生。新建改扩建中小学、幼儿园20所。\n")
_NEW = ("2026年临江市人民政府工作报告\n一、过去一年工作回顾\n"
        "过去一年，城乡居民人均可支配收入增长5.6%。\n"
        "一是产业转型成效明显。新能源电池产业链产值达到1460亿元，新增规模以上工业企业163家。"
        "新增国家级专精特新“小巨人”企业11家。临江港三期开工建设。\n"
        "二是民生福祉持续增进。新建改扩建中小学、幼儿园21所。\n"
        "二、“十五五”时期奋斗目标\n“十五五”时期，力争到2030年新能源电池产业链产值突破3000亿元。\n"
        "三、2026年重点工作\n（一）建设现代化产业体系。产业链产值突破1700亿元。新增规模以上工业企业150家。推动临江港三期建成投用。\n")


def _pairs(comparison) -> set[tuple[str, str, str, str]]:
    return {(f.kind, f.label, f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new}


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_city_figures_pair_by_what_they_count(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    pairs = _pairs(comparison)
    raws = {(old, new) for _, _, old, new in pairs}
    plan_results = {(old, new) for kind, _, old, new in pairs if kind == "plan_result"}
    # -- last year's plan against this year's result, short of it --
    assert (script("突破1500亿元"), script("1460亿元")) in plan_results
    missed = next(p for p in comparison.promises if script("1500亿元") in p.plan.text)
    assert missed.shown_status == "short_of"
    # -- a goal for 2030 pairs with no figure of one year --
    assert not any(new == script("突破3000亿元") for _, new in raws)
    # -- 小巨人 firms are no 规模以上工业企业; phases are no quantity, the same phase pairs --
    assert (script("12家"), script("150家")) not in raws
    assert (script("12家"), script("11家")) in raws and (script("10家"), script("11家")) in plan_results
    # -- a phase names its work, it is no figure (fix21c): the plan to start it is kept by the
    #    review's words --
    assert not any(f.unit == "期" for f in comparison.figures)
    started = next(p for p in comparison.promises if script("临江港三期开工建设") in p.plan.text)
    assert started.status == "delivered"
    # -- labels are Simplified whatever the script: the count is of both items listed --
    assert "新建改扩建中小学、幼儿园" in {f.label for f in comparison.figures if f.new}
    # -- an urban and a rural rate are no combined rate --
    assert (script("4.9%"), script("5.6%")) not in raws and (script("6.7%"), script("5.6%")) not in raws


@pytest.mark.parametrize("text, expected", [
    # -- the second item is introduced by the same 新增: an addition too (issue 7, stock against new) --
    ("新增国家级专精特新“小巨人”企业12家、省级专精特新企业138家。", [("12家", "小巨人企业", "new"), ("138家", "省级专精特新企业", "new")]),
    ("新建改扩建中小学、幼儿园24所，新增学位2.1万个。", [("24所", "新建改扩建中小学、幼儿园", "new"), ("2.1万个", "学位", "new")]),
    # -- a rate is most often of the last item alone --
    ("推进农村承包地“三权”分置改革、确权面积超过80%。", [("超过80%", "确权面积", None)]),
    ("临江港三期开工建设，青溪河滨水绿道二期工程建成开放。", []),
    ("举办培训班三期。", [("三期", "举办培训班", None)]),
    ("城乡居民人均可支配收入分别增长4.6%和6.5%。",
     [("4.6%", "城乡居民人均可支配收入分别增长", "listed"), ("6.5%", "城乡居民人均可支配收入分别增长", "listed")]),
])
def test_labels_and_aspects(text: str, expected: list) -> None:
    assert [(f.raw, f.label, f.aspect) for f in extract_figures(text)] == expected
