"""Figure labels that were a bare verb, a function word or a fragment on the real State Council
reports (labels24), each class in our own wording, Simplified and Traditional.

Found over the six successive real pairs (compare --format json, metrics[].label), with what the
label should be after reading the sentence:

- ``底企业数量`` (去年底企业数量超过…万户) → 企业数量; ``末居民储蓄存款余额增长`` (去年末…) →
  居民储蓄存款余额增长: 去年 was trimmed and left 底/末 of the time of year.
- ``前``, ``前2.5个百分点``, ``相当于`` (…每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个
  百分点): N年前 is a time, no amount, and the figures after it are what the step was worth then;
  ``现在国内生产总值每增长`` (每增长1个百分点) is the step itself. No figures at all.
- ``亿元`` (新增4万多亿元, 共减轻…负担3万多亿元): 万多亿 is one multiplier, the label is read before.
- ``五年增加``, ``十年增加``, ``年均增长``, ``平均每天新增`` (各类市场主体达到…户，五年增加70%以上;
  …贷款余额从…增加到…、年均增长24%; 新登记企业增长…，平均每天新增…户): a change with no
  subject is the change of the figure's subject before it in the sentence.
- ``对新增`` (对新增2万亿元中央财政资金建立直达机制): a preposition and an act name nothing; the
  noun after the number does (中央财政资金).
- ``市场两种资源``, ``积极性``, ``大局`` (两个市场两种资源, 两个积极性, 两个大局), ``数增长`` (两位数增长),
  ``产业`` (三次产业): 两/三 there is part of a set phrase, no amount.
- ``''`` (水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里): the unit written on the
  last item is every item's; each is named by its subject.
- ``部分`` (年应纳税所得额100万元至300万元部分): a range of amounts is one figure, as a range of rates is.
- ``用于`` (用于1500万人次以上的职工技能提升和转岗转业培训) → that training; ``低于`` (M2增长11.3%，低于
  13%左右的预期目标) → M2增长目标: the object after the number names it.
- ``要完成`` (今年要完成1000万以上农村贫困人口脱贫任务) → 农村贫困人口脱贫任务; ``要完成铁路投资``,
  ``要再压减钢铁产能`` → 铁路投资, 压减钢铁产能 (as the other years write them).
- ``淘汰关停不达标的`` (不达标的30万千瓦以下煤电机组): a bracket of size describes the units, no figure.
"""

from __future__ import annotations

import opencc
import pytest

from reportdiff.figures import extract_figures
from reportdiff.normalize import key

_S2T = opencc.OpenCC("s2t")

CASES = [
    # -- the time of year after 去年/今年 is trimmed whole --
    ("去年底全省企业数量超过300万户。", [("超过300万户", "企业数量")]),
    ("去年末城乡居民存款余额增长6.5%。", [("6.5%", "城乡居民存款余额增长")]),
    # -- a time some years ago, and what the step was worth then: no figures of this year --
    ("如今地区生产总值每增长1个百分点带来的增量，相当于8年前的1.6个百分点。", []),
    ("当前税收每增加1元，相当于十年前的2元。", []),
    # -- 万多亿 is one multiplier: 3万多亿元 is three trillion and more --
    ("全年共减轻企业负担3万多亿元。", [("3万多亿元", "减轻企业负担")]),
    # -- a change with no subject of its own is the change of the figure before it --
    ("全市市场主体达到120万户，五年增加60%以上。", [("120万户", "市场主体"), ("60%以上", "市场主体五年增加")]),
    ("涉农贷款余额从2万亿元增加到5万亿元、年均增长20%。",
     [("2万亿元", "涉农贷款余额"), ("5万亿元", "涉农贷款余额"), ("20%", "涉农贷款余额年均增长")]),
    ("全年新登记企业增长12%，平均每天新增8000户。", [("12%", "新登记企业增长"), ("8000户", "新登记企业平均每天新增")]),
    # -- a preposition before an act names nothing: the noun after the number does --
    ("对新增5000亿元省级财政资金建立直达机制。", [("5000亿元", "省级财政资金")]),
    # -- 两/三 inside a set phrase is no amount --
    ("统筹利用两个市场两种资源，稳住外贸基本盘。", []),
    ("调动中央和地方两个积极性。", []),
    ("统筹国内国际两个大局。", []),
    ("规上企业研发投入保持两位数增长。", []),
    ("推动三次产业协同发展。", []),
    # -- the unit on the last item of a 分别 list is every item's --
    ("水土流失、沙化土地面积分别减少5.2万、1.8万平方公里。",
     [("5.2万", "水土流失土地面积减少"), ("1.8万平方公里", "沙化土地面积减少")]),
    # -- a range of amounts is one figure --
    ("对年应纳税所得额100万元至300万元的部分减半征收。", [("100万元至300万元", "对年应纳税所得额")]),
    # -- a verb whose object follows the number (用于, 低于) names it by that object --
    ("安排资金50亿元，用于200万人次以上的农民工技能培训。", [("50亿元", "资金"), ("200万人次以上", "农民工技能培训")]),
    ("居民消费价格上涨2.1%，低于3%左右的预期目标。", [("2.1%", "居民消费价格涨幅"), ("3%左右", "居民消费价格涨幅目标")]),
    # -- the plan's 要 with its verb names nothing: the object does --
    ("今年要完成500万以上农村人口搬迁任务。", [("500万以上", "农村人口搬迁任务")]),
    ("今年要完成铁路投资8000亿元，要再压减粗钢产能300万吨。", [("8000亿元", "铁路投资"), ("300万吨", "压减粗钢产能")]),
    # -- a bracket of size before the units it describes is no figure --
    ("淘汰关停不达标的20万千瓦以下燃煤机组。", []),
]


@pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])
@pytest.mark.parametrize("text", ["全省高新技术企业的60%以上集中在开发区。", "规上工业企业的80%以上实现数字化改造。"])
def test_a_share_after_de_is_a_figure(text: str, convert) -> None:
    """…的60%以上 before a noun is a share of the whole, not a bracket of size (found in review)."""
    (share,) = extract_figures(convert(text))
    assert share.raw == convert(text[text.index("的") + 1:text.index("以上") + 2])
    assert not share.label.endswith("的")  # -- the enterprises', named by them --


@pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_labels_name_the_indicator(text: str, expected: list, convert) -> None:
    found = [(f.raw, key(f.label)) for f in extract_figures(convert(text)) if not f.is_change]
    assert found == [(convert(raw), label) for raw, label in expected]


@pytest.mark.parametrize("convert", [lambda s: s, _S2T.convert], ids=["simplified", "traditional"])
def test_values_of_the_new_shapes(convert) -> None:
    (trillions,) = extract_figures(convert("全年共减轻企业负担3万多亿元。"))
    assert (trillions.value, trillions.approx) == (3e12, "多")
    first, last = extract_figures(convert("水土流失、沙化土地面积分别减少5.2万、1.8万平方公里。"))
    assert (first.value, first.unit, last.unit) == (52000.0, "平方公里", "平方公里")
    (span,) = extract_figures(convert("对年应纳税所得额100万元至300万元的部分减半征收。"))
    assert (span.lower, span.value, span.unit) == (1e6, 3e6, "元")
