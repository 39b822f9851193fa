"""What an indicator is about, whatever its wording: 能耗强度 and 单位国内生产总值能耗 are one
topic, 二氧化碳 and 二氧化硫 two. Used by the targets table, figure pairing and promises.
"""

from __future__ import annotations

from functools import lru_cache

from . import lazy_re
from .normalize import key as _key

#: The names of one indicator, the economy's output: 国内生产总值, 地区生产总值, (全市)生产总值, GDP,
#: 经济总量; not as the unit of a ratio (单位GDP能耗, 单位地区生产总值…). On the Simplified key.
_GDP_NAME = lazy_re.compile(r"(?<!单位)(?<![国地内])(?<!地区)(?:全[国省市区县州旗])?(?:[国地]区?内?)?(?:生产总值|GDP)(?!能耗)|经济总量")


def one_gdp_name(label: str) -> str:
    """``label`` (a key) with each name of the economy's output written ``GDP``: 国内生产总值增长 and
    GDP增长 are one indicator."""
    return _GDP_NAME.sub("GDP", label)


#: Topics an indicator belongs to whatever its wording: 能耗强度 and 单位国内生产总值能耗,
#: 地区生产总值 and 国内生产总值. Matched on the Simplified comparison key.
_TOPICS = (
    # -- 单位GDP能耗, 单位地区生产总值二氧化碳排放: a ratio per unit of GDP is the numerator's
    #    (万元GDP用水量 too: per 10 000 yuan of output) --
    ("gdp", lazy_re.compile(rf"(?<!万元)(?:{_GDP_NAME.pattern})(?!用水|水耗)|经济增长")),
    ("jobs", lazy_re.compile(r"新增(?:城镇)?就业")),
    # -- the surveyed and the registered rate are two indicators (2018–2019 set both) --
    ("unemployment_surveyed", lazy_re.compile(r"调查失业率")),
    ("unemployment_registered", lazy_re.compile(r"登记失业率")),
    ("unemployment", lazy_re.compile(r"(?<!调查)(?<!登记)失业率")),
    ("prices", lazy_re.compile(r"居民消费价格|物价|CPI")),
    ("income", lazy_re.compile(r"居民收入|可支配收入")),
    # -- people settling in towns: 进城落户 in a plan, 农业转移人口在城镇落户 in a review --
    ("settlement", lazy_re.compile(r"进城落户|城镇落户|农业转移人口|成为城镇居民")),
    ("trade", lazy_re.compile(r"进出口|外贸")),
    ("payments", lazy_re.compile(r"国际收支")),
    ("grain", lazy_re.compile(r"粮食")),
    # -- 节能减排 and 能耗双控 targets are the energy target written as a task, and 减排 the pollutants' --
    ("energy", lazy_re.compile(r"能耗|能源消耗|节能减排")),
    # -- water used per unit of output (万元GDP用水量, 用水强度): never the energy intensity beside it --
    ("water", lazy_re.compile(r"用水量|用水强度|用水总量|水耗")),
    ("energy_use", lazy_re.compile(r"能源消费")),
    ("pollutants", lazy_re.compile(r"污染物|节能减排")),
    ("environment", lazy_re.compile(r"生态环境")),
    ("revenue", lazy_re.compile(r"一般公共预算收入|财政收入")),
    ("investment", lazy_re.compile(r"固定资产投资")),
    ("retail", lazy_re.compile(r"社会消费品零售总额")),
    # -- industry's output, a city's and a province's first target after GDP (规模以上工业增加值增长7%);
    #    not as the basis of a share (高技术制造业增加值占规上工业增加值比重) --
    ("industry", lazy_re.compile(r"(?<!占)(?<!占规上)(?<!占规模以上)(?:规模以上|规上)?工业增加值")),
    ("emissions", lazy_re.compile(r"二氧化碳|碳排放")),
    # -- the year's risk target, whichever risks it names (各类风险有序有效防控 → 金融财政风险有效防控) --
    ("risks", lazy_re.compile(r"风险")),
    # -- pollutants named one by one: alike in writing, never one indicator --
    ("sulfur_dioxide", lazy_re.compile(r"二氧化硫")),
    ("nitrogen_oxides", lazy_re.compile(r"氮氧化物")),
    ("chemical_oxygen_demand", lazy_re.compile(r"化学需氧量")),
    ("ammonia_nitrogen", lazy_re.compile(r"氨氮")),
)


@lru_cache(maxsize=16384)
def indicator_topics(indicator: str) -> frozenset[str]:
    """Return what an indicator is about whatever its wording (gdp, income …), on its key."""
    k = _key(indicator)
    return frozenset(name for name, pattern in _TOPICS if pattern.search(k))


def topic_span(key: str, topics: frozenset[str]) -> tuple[int, int] | None:
    """Return where ``key`` (a Simplified key) first names one of ``topics``, or None."""
    found = [match.span() for name, pattern in _TOPICS if name in topics and (match := pattern.search(key))]
    return min(found, default=None)


#: How an amount is measured, after the indicator's name (赤字规模, 进出口总额, 零售额): no part of
#: which indicator it is. 余额 (a balance), 份额, 限额, 差额 and 配额 are quantities of their own.
_MEASURE_WORD = lazy_re.compile(r"(?<=..)(?:总规模|规模|总额|总量|金额|数额|(?<![余份限差配])额)$")
#: A deficit is the budget's: 财政赤字 and 赤字规模, 财政赤字率 and 赤字率 name one indicator (中央财政
#: 赤字 and 地方财政赤字 name others: only the field word alone is implied).
_IMPLIED_FIELD = lazy_re.compile(r"^财政(?=赤字)")


@lru_cache(maxsize=16384)
def indicator_name(label: str) -> str:
    """Return the name ``label`` (a figure's label, on the key) gives its indicator, without the
    words that only say how it is measured or the field it is of: 赤字规模 and 财政赤字 are both
    赤字, 国内生产总值总量 is 国内生产总值; 中央财政赤字 stays itself."""
    name = _MEASURE_WORD.sub("", _key(label))
    return _IMPLIED_FIELD.sub("", name)


def other_indicators(a: str, b: str) -> bool:
    """True when two labels name two indicators, not one in two wordings: after their shared
    head they end on nouns of two characters or more that share none (中央财政赤字 and 中央财政
    资金), or words in the middle tell them apart (城镇调查失业率 and 城镇登记失业率). A label
    that only adds a setting before the same name (依托镇综治中心排查化解矛盾纠纷 and 排查化解矛盾纠纷)
    names the same indicator."""
    from .figure_names import other_qualifiers
    from .normalize import shared_ends

    a, b = indicator_name(a), indicator_name(b)
    if not a or not b or a == b or a.endswith(b) or b.endswith(a):
        return False
    head, tail = shared_ends(a, b)
    mine, theirs = a[head:len(a) - tail], b[head:len(b) - tail]
    if tail == 0 and head >= 2 and len(mine) >= 2 and len(theirs) >= 2 and not set(mine) & set(theirs):
        return True
    return other_qualifiers(a, b)


__all__ = ["indicator_name", "indicator_topics", "one_gdp_name", "other_indicators", "topic_span"]
