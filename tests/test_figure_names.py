"""A figure's label is its indicator's name: not cut at a gloss in brackets (细颗粒物（PM2.5）平均
浓度), without the basis it is counted on (由每人每年), the adverb after it (逐项) or a verb alone
(审结) when the sentence names what is counted."""

import pytest
from opencc import OpenCC

from reportdiff.figures_extract import extract_figures
from reportdiff.normalize import key

_T = OpenCC("s2t").convert


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "labels"), [
    ("全市细颗粒物（PM2.5）平均浓度下降6.3%。", ["细颗粒物平均浓度降低"]),
    ("地级及以上城市细颗粒物（PM2.5）平均浓度下降6.3%。", ["细颗粒物平均浓度降低"]),
    ("城乡居民医保财政补助由每人每年640元提高到670元。", ["城乡居民医保财政补助", "城乡居民医保财政补助"]),
    ("对列入年度目录的5项重大行政决策事项逐项开展合法性审查。", ["重大行政决策事项"]),
    ("全年受理行政复议案件820件，同比增长6.2%，审结790件。", ["受理行政复议案件", "受理行政复议案件增长", "行政复议案件审结"]),
    # -- a noun explained by its parenthetical keeps it; a verb alone with nothing before stays --
    ("民主法治示范村（社区）23个。", ["民主法治示范村"]),
    ("全年审结790件。", ["审结"]),
    # -- a level it fell to: the verb goes whole (下降到), not leaving 下 --
    ("全市细颗粒物（PM2.5）平均浓度下降到31微克/立方米。", ["细颗粒物平均浓度"]),
    ("农村贫困发生率下降到0.6%。", ["农村贫困发生率"]),
])
def test_a_label_is_the_indicators_name(script, text: str, labels: list[str]) -> None:
    assert [key(f.label) for f in extract_figures(script(text))] == labels
