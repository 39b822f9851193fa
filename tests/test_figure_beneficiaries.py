"""Coverage and beneficiaries are named by what covers or benefits (a scheme, a programme), and by
what is counted; never by the verb alone (覆盖, 惠及) nor by nothing (约6700万人受益). Simplified
and Traditional."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures import extract_figures
from reportdiff.normalize import key

_S2T = opencc.OpenCC("s2t")

CASES = [
    # -- the scheme before the verb, in the clause --
    ("全省城乡居民基本医疗保险覆盖4800万人。", ["城乡居民基本医疗保险覆盖人数"]),
    ("学生营养餐计划每年惠及120多万农村学生。", ["学生营养餐计划惠及农村学生"]),
    # -- the scheme in the clause before, in one sentence --
    ("全面建立困难残疾人生活补贴制度，惠及86万人。", ["困难残疾人生活补贴制度惠及人数"]),
    ("向低收入群众发放一次性生活补贴，约230万人受益。", ["一次性生活补贴受益人数"]),
    ("异地就医费用实现直接结算，惠及300多万人次。", ["直接结算惠及人次"]),
    ("改造城镇老旧小区1200个，惠及40多万家庭。", ["改造城镇老旧小区", "城镇老旧小区改造惠及家庭"]),
    ("城乡居民养老保险参保人数增加30万、覆盖2600万人。", ["城乡居民养老保险参保人数增加", "城乡居民养老保险覆盖人数"]),
    ("大病保险制度全面建立、已有50多万人次受益。", ["大病保险制度受益人次"]),
    # -- no scheme named: the verb and what is counted --
    ("覆盖1.2万人。", ["覆盖人数"]),
    ("其中约8万人受益。", ["受益人数"]),
    # -- a share of what is covered --
    ("城际铁路营业里程达到1200公里、覆盖90%以上的县城。", ["城际铁路营业里程", "城际铁路营业里程覆盖县城比例"]),
    # -- a rate named with 覆盖 is no count of people: left as it is --
    ("全省森林覆盖率达到62%。", ["森林覆盖率"]),
]


@pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "labels"), CASES)
def test_beneficiaries_are_named_by_the_scheme(text: str, labels: list[str], convert) -> None:
    assert [key(f.label) for f in extract_figures(convert(text))] == labels


@pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])
def test_a_household_is_no_unit_of_firms(convert) -> None:
    # -- 40多万家庭: households counted, not 家 (firms) --
    (figure,) = extract_figures(convert("惠及40多万家庭。"))
    assert figure.unit == "" and figure.value == 400000 and key(figure.label) == "惠及家庭"


@pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])
def test_a_level_of_the_scheme_is_no_part_of_its_name(convert) -> None:
    # -- the loan's amount per head rose; the loan benefits the students --
    labels = [key(f.label) for f in extract_figures(convert("生源地信用助学贷款每人每年最高额度提高2000元，惠及80多万在校生。"))]
    assert labels[1] == "生源地信用助学贷款惠及在校生"
