"""The standing affairs of state a government work report closes on weigh less as expressions
(expression_affairs), in either script; the year's policy around them is listed first."""

from __future__ import annotations

import opencc
import pytest

from reportdiff import expression_affairs as affairs
from reportdiff.expressions import compare_expressions
from reportdiff.normalize import key
from reportdiff.pipeline import load_report

# -- constructed: each report's plans hold the year's policy and the closing paragraphs on the
#    armed forces, Hong Kong and Macao, Taiwan and foreign affairs, reworded from year to year --
OLD = """2030年政府工作报告
一、2029年工作回顾
过去一年，我们坚持稳中求进，经济运行总体平稳。
二、2030年工作任务
（一）扩大国内需求。积极的财政政策要更加积极有为，实施城乡冷链物流骨干网建设行动。
（二）推动产业升级。实施中小企业数字化转型提速行动，培育一批先进制造业集群。
我们要坚持党对人民军队的绝对领导，深入推进练兵备战，巩固提高国防动员能力。
我们要全面准确贯彻“一国两制”方针，支持香港、澳门更好融入国家发展大局。
我们要坚持一个中国原则，推动两岸关系和平发展，团结广大台湾同胞。
我们要坚持独立自主的和平外交政策，深化全球伙伴关系网络。
"""

NEW = """2031年政府工作报告
一、2030年工作回顾
过去一年，我们坚持稳中求进，经济运行总体平稳。
二、2031年工作任务
（一）扩大国内需求。积极的财政政策要加力增效，实施县域商业体系提档升级行动。
（二）推动产业升级。实施“数智赋能”行动，培育一批先进制造业集群。
我们要坚持党对人民军队的绝对领导，统筹推进各方向军事训练，健全边海空防协同机制。
我们要全面准确贯彻“一国两制”方针，支持香港、澳门拓展国际交往空间。
我们要坚持一个中国原则，深化两岸各领域交流合作，增进台湾同胞民生福祉。
我们要坚持独立自主的和平外交政策，拓展全方位对外合作格局。
"""


def test_the_closing_fields_are_told_by_their_own_words() -> None:
    assert affairs.standing(key("巩固提高国防动员能力，深入推进练兵备战"))
    assert affairs.standing(key("支持香港、澳门更好融入国家发展大局"))
    assert affairs.standing(key("推动两岸关系和平发展，团结广大台湾同胞"))
    assert affairs.standing(key("坚持独立自主的和平外交政策"))
    # -- the year's policy is no such field: 军民 alone is an industry, 周边 a place --
    assert not affairs.standing(key("积极的财政政策要加力增效，实施县域商业体系提档升级行动"))
    assert not affairs.standing(key("推进军民融合产业发展，整治学校周边环境"))
    # -- a regional paragraph names Hong Kong and Macao as partners: an economic theme --
    assert not affairs.standing(key("深入实施区域协调发展战略，推进粤港澳大湾区建设，深化内地同香港、澳门互利合作"))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_years_policy_ranks_above_the_reworded_closing_paragraphs(script: str) -> None:
    old, new = OLD, NEW
    if script == "traditional":
        convert = opencc.OpenCC("s2t")
        old, new = convert.convert(OLD), convert.convert(NEW)
    found = compare_expressions(load_report(old), load_report(new))
    for side, closing_words, policy_words in (
            ("new", ("军事训练", "边海空防", "国际交往", "两岸各领域", "台湾同胞民生", "全方位对外"),
             ("加力增效", "县域商业体系", "数智赋能")),
            ("dropped", ("全球伙伴关系", "练兵备战", "国防动员", "两岸关系和平", "融入国家发展大局", "团结广大台湾"),
             ("更加积极有为", "冷链物流", "数字化转型提速"))):
        listed = [key(item.text) for item in getattr(found, side)]
        closing = [i for i, text in enumerate(listed) if any(word in text for word in closing_words)]
        policy = [i for i, text in enumerate(listed) if any(word in text for word in policy_words)]
        # -- the closing paragraphs' new wording is still listed, below the year's policy --
        assert len(closing) >= 4 and len(policy) >= 2, (side, listed)
        assert max(policy) < min(closing), (side, listed)
