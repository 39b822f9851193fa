"""Two figures pair only when they are of one indicator: the subject of a contribution is part of
its name (消费对经济增长的贡献率 is no 对全球经济增长的贡献率), N年来最低 is framing and no
quantity, and a total over the years a paragraph reviews (过去五年，…。农村贫困人口减少1亿多) is no
figure of one year."""

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.pipeline import compare

_T = OpenCC("s2t").convert

_OLD = ("2025年澜江市人民政府工作报告\n一、2024年工作回顾\n"
        "全市地区生产总值增长5.6%，消费对经济增长的贡献率达到58.2%。去年全球贸易增速为5年来最低。\n"
        "2024年是“十四五”关键之年。过去五年，全市发展成就显著。农村低收入人口减少3.2万人，新建学校40所。\n"
        "二、2025年工作安排\n（一）扩大内需。新开工重大项目120个。\n")
_NEW = ("2026年澜江市人民政府工作报告\n一、2025年工作回顾\n"
        "全市地区生产总值增长5.4%，对全省经济增长的贡献率超过12%。我们面对的是全球贸易增速6年来最低的外部环境。"
        "农村低收入人口减少5600人，新建学校9所。\n"
        "二、2026年工作安排\n（一）扩大内需。新开工重大项目130个。\n")


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_figures_of_other_indicators_do_not_pair(script) -> None:
    comparison = compare(script(_OLD), script(_NEW))
    pairs = {(f.old.raw, f.new.raw) for f in comparison.figures if f.old and f.new}
    assert (script("58.2%"), script("超过12%")) not in pairs
    assert not {new for _, new in pairs} & {script("6年"), script("5600人"), script("9所")}, pairs
    assert (script("120个"), script("130个")) in pairs


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize("text", ["世界经济增速为7年来最低", "出口增速创10年以来新高", "降至30年来最低水平"])
def test_years_since_a_record_are_no_quantity(script, text: str) -> None:
    assert [f for f in extract_figures(script(text)) if f.unit == "年"] == []


def test_a_count_of_years_is_still_a_quantity() -> None:
    assert [f.raw for f in extract_figures("土地承包期再延长30年。连续5年保持增长。")] == ["30年", "5年"]


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_the_points_of_a_paragraph_turned_to_the_years_are_of_the_years(script) -> None:
    old = _OLD.replace("农村低收入人口减少3.2万人，新建学校40所。",
                       "一是民生持续改善。农村低收入人口减少3.2万人。二是教育加快发展。新建学校40所。")
    comparison = compare(script(old), script(_NEW))
    news = {f.new.raw for f in comparison.figures if f.old and f.new}
    assert not news & {script("5600人"), script("9所")}, news
