"""规模以上工业增加值 (规上工业增加值) is an indicator of its own, as 固定资产投资 is: a city's targets
table row 规模以上工业增加值增长7% shows last year's result where the review states it, and a
share of it (高技术制造业增加值占规上工业增加值比重) is no figure of it. Simplified and Traditional."""

from __future__ import annotations

import opencc
import pytest

from reportdiff.indicators import indicator_topics
from reportdiff.targets import compare_targets, parse_targets

_S2T = opencc.OpenCC("s2t")
SCRIPTS = pytest.mark.parametrize("script", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])


@SCRIPTS
def test_industrial_output_is_its_own_topic(script) -> None:
    for name in ("规模以上工业增加值增长", "规上工业增加值增长", "全市工业增加值"):
        assert indicator_topics(script(name)) == {"industry"}
    for name in ("高技术制造业增加值占规上工业增加值比重", "战略性新兴产业增加值占规模以上工业增加值的比重"):
        assert "industry" not in indicator_topics(script(name))


@SCRIPTS
def test_targets_pair_industry_with_industry(script) -> None:
    old = parse_targets(script("地区生产总值增长5.5%左右；规模以上工业增加值增长7%；固定资产投资增长5%"))
    new = parse_targets(script("地区生产总值增长5%以上；固定资产投资增长3%；规上工业增加值增长6.5%"))
    rows = {row.new.indicator: row.old.indicator for row in compare_targets(old, new) if row.old and row.new}
    assert rows[script("规上工业增加值增长")] == script("规模以上工业增加值增长")
