"""Labels that were a bare verb, empty or one character on real reports (fix22a item 4): a share
written before what it is a share of (71%的煤电机组…), a population (14亿多人口), an average
(失业率平均5.5%), a count changed from one level to another (许可证从60类减少到10类). Simplified
and Traditional."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures import extract_figures
from reportdiff.normalize import key

_S2T = opencc.OpenCC("s2t")

CASES = [
    # -- a share before 的 and its noun: named by the noun and what is said of it --
    ("推进重点行业节能减排，85%的燃煤锅炉完成超低排放改造。", [("85%", "燃煤锅炉完成超低排放改造")]),
    ("在60%左右的县市开展医共体试点。", [("60%左右", "县市开展医共体试点")]),
    ("从就业吸纳能力看，5%左右的增速可以实现比较充分的就业。", [("5%左右", "增速")]),
    ("有5%－5.5%的增速就能够实现比较充分的就业。", [("5%－5.5%", "增速")]),
    # -- a share with its subject before it is left as it is --
    ("全省森林覆盖率达到62%的较高水平。", [("62%", "森林覆盖率")]),
    # -- people: 人口, 人民币, 人才 are nouns after the number, not the unit 人 --
    ("一个有1亿多人口的大省，就业保持稳定。", [("1亿多人", "人口")]),
    ("全省90%以上的政务服务事项实现网上可办。", [("90%以上", "政务服务事项实现网上可办")]),
    ("引进高层次人才3000人，新增1.2万多人才。", [("3000人", "引进高层次人才"), ("1.2万多", "人才")]),
    # -- an average is no part of the name (平均 is not 平 and 均) --
    ("全年城镇调查失业率平均5.3%。", [("5.3%", "城镇调查失业率")]),
    # -- a count from one level to another: named by what is counted, not by the verb --
    ("工业产品生产许可证从38类减少到10类。", [("38类", "工业产品生产许可证"), ("10类", "工业产品生产许可证")]),
]


@pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_no_bare_labels(text: str, expected: list, convert) -> None:
    found = [(f.raw, key(f.label)) for f in extract_figures(convert(text))]
    assert found == [(convert(raw), label) for raw, label in expected]
