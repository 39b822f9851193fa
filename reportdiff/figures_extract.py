"""Extract quantities (figures) and the growth they are stated to show from measure text: each
figure's label, aspect and range, and the stated changes linked to it (``figure_scan`` finds
the numbers)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

import opencc

from . import lazy_re
from .figure_labels import (
    DELIMS,
    FALLING,
    GENERIC_NOUNS,
    LEAD_MARKER,
    LEAD_YEAR,
    STEP_VERBS,
    final_label,
    rate_label,
)
from .figure_subjects import (distribute, inside_list, link_respective, neighbour_label, ratio_label,
                              subjects_of_changes)
from .figure_fragments import share_of_noun
from .figure_names import object_of_verb
from .figure_scan import CN_NUMERAL, NUMERAL, cn_to_int, listed_units, parse_number, scan, start_of_number
from .figure_units import unit_name
from .figures_years import over_several_years, period_at, several_years_periods, since_a_record
from .normalize import arabic_years
from .normalize import key as _norm_key

_T2S = opencc.OpenCC("t2s")
# -- Width folding that keeps offsets one-to-one (NFKC would too, but also folds the
#    Chinese comma, which is a clause delimiter here). --
_WIDTH = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "％": "%", "﹪": "%", "／": "/"}
)

_WIDE = lazy_re.compile("[０-９．％﹪／]")
#: A target's bounds written before its figure (不少于4次, 不超过120个工作日): the figure's qualifier.
LOWER_BOUNDS = ("不少于", "不低于", "至少")
UPPER_BOUNDS = ("不超过", "不高于")
_CLAUSE_DELIMS = DELIMS - frozenset("、（()）〔〕［］[]")
#: What may stand before a range that names what follows it (有6.5%－7%的增速).
_NO_SUBJECT = frozenset(("", "有", "在", "约有", "其中"))

#: Verbs of a stated change in output (增产, 减产): named with the output's subject.
_OUTPUT_CHANGES = frozenset(("增产", "减产"))


def _strip_output(label: str) -> str:
    """粮食产量 → 粮食: 增产 says 产 already."""
    stripped = label.removesuffix("产量")
    return stripped if len(stripped) >= 2 else label


_CHANGE_RE = lazy_re.compile(
    # -- every character a stated change starts with (its basis or its verb), as in figure_scan._FIGURE_RE --
    r"(?=[同环较比与增上提扩翻减下降缩回压按可实名])"
    r"(?P<basis>同口径|按同口径|可比口径|按可比口径|同比|环比|较上年同期|较去年同期|比上年同期|比去年同期|较上年|较去年|比上年|比去年"
    r"|较上一年|较\d{4}年|比\d{4}年|与上年相比|与去年相比|与\d{4}年相比)?"
    r"(?(basis)[^，,。；;！？!?\n]{0,6}?)"
    # -- 实际增长 (at comparable prices) and 名义增长 (current prices): two rates of one indicator --
    r"(?P<terms>实际|名义)?"
    r"(?P<verb>增加|增长|上升|提升|提高|增多|扩大|翻番|增产|减少|下降|降低|缩短|下滑|回落|缩减|压减|减产"
    # -- 高/低 and 多/少 only after a basis (比去年预算低0.4个百分点, 比上年多150件): alone they are
    #    everywhere (高质量, 多渠道) --
    r"|减|增|降|(?(basis)[高低多少]|(?!)))"
    r"(?:了)?(?!至|到|为)"
)
#: The bases of a change over last year (同比, 比上年, 较去年同期): a growth rate on them is the
#: indicator's own for the year, as a bare 增长 is; not 环比, nor a change since a named year.
ONE_YEAR_BASES = frozenset(("同比", "同口径", "按同口径", "可比口径", "按可比口径", "较上年同期", "较去年同期", "比上年同期", "比去年同期", "较上年", "较去年",
                            "比上年", "比去年", "较上一年", "与上年相比", "与去年相比"))
# -- 年均增长5.2% over five years says nothing about last year's figure --
_AVERAGE = ("年均", "平均")

_NEW_ASPECT = lazy_re.compile(r"^(?:全年|全区|全市|全县|今年|本年|当年|去年|上年)?(?:新建|新增|净增|新设立?|新创建|新成立|新组建|新培育|新认定|新招录|新聘"
                              r"|新上线|新开通|新投用|新开工|新投产)")
#: An addition named after its subject (高新技术企业净增138家, 规模以上工业企业新增150家): what was
#: added, not the total.
_NET_ADDED = lazy_re.compile(r"(?:净增|新增)(?:加)?$")
#: An output named, then what it grew by (粮食产量再创新高，新增12.6亿斤), on the label.
_OUTPUT_GROWN = lazy_re.compile(r"(?:产量|产值)[^,;。]{0,8}(?:新增|增产)$")
_TOTAL_ASPECT = lazy_re.compile(r"(?:共有|现有|总数|累计|总量)")
#: The names of a stock (铁路营业里程, 汽车保有量, 贷款余额), unless the clause speaks of what was added
#: (新增高速铁路运营里程4100公里). 达到 is no such word: it states a level reached (村均达到12万元),
#: which promises read as a unit's level.
_STOCK_ASPECT = lazy_re.compile(r"(?:保有量|余额|(?:运营|营业|通车)里程)")
#: Words of a year's additions anywhere in a clause: such a clause names no stock.
_ADDITION_WORD = lazy_re.compile(r"新增|新建|净增|新开工|新投产|投产|当年|增加(?![到至])|增长(?![到至])")
#: What stands built or held, opening the clause (建成县级法治文化公园1个、村级法治文化广场46个): a stock,
#: never what was added in the year (新增村级法治文化广场12个).
_HELD_ASPECT = lazy_re.compile(r"^(?:全年|全区|全市|全县|全省|今年|本年)?(?:已|共|累计)?(?:建成|建有|拥有)")


@dataclass(frozen=True, slots=True)
class StatedChange:
    """A change the report states about a figure: 同比增加75%, 较去年提升."""

    direction: int
    """+1 for an increase, -1 for a decrease."""
    stated: Figure | None
    """The stated amount (75%, 3.2个百分点, 500件), or None for 较去年提升."""
    text: str
    """The original phrase, e.g. ``同比增加75%``."""
    start: int
    end: int
    basis: str | None
    """What it compares against (同比, 较上年 …), Simplified; None if unstated."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity found in a text."""

    raw: str
    """The original substring, approximate markers included: ``246余万元``."""
    start: int
    end: int
    value: float
    """In base units (万 and 亿 folded in); percentages keep the percent number."""
    unit: str
    """Normalised Simplified unit without multiplier: 件, 元, %, 百分点 …; "" if none."""
    approx: str | None
    """The approximate marker as written, Simplified: 余 多 近 约 超 超过 逾 左右 以上, and the
    bounds of a target (不少于 不低于 至少 不超过 不高于)."""
    label: str
    """What the number quantifies (Simplified comparison form): 受理案件, 解决率, 高校."""
    precision: float
    """Place value of the last written digit, in base units: 170.81万 → 100.0."""
    comparison: StatedChange | None = None
    """The change the text states for this figure, if any."""
    is_change: bool = False
    """True for the amount of a stated change (the 75% of 同比增加75%)."""
    change_of: int | None = None
    """For ``is_change`` figures: index, in the same tuple, of the figure they qualify."""
    aspect: str | None = None
    """``new`` for what was added this year (新建 36个), ``total`` for a stock (共有 2140个);
    the two are different quantities and never compared. ``average`` for a multi-year
    average (年均增长5.2%), ``from`` for the start of 从A增加到B, ``delta`` for an amount
    added to a level (补助标准再增加40元) and ``cumulative`` for a total over several years
    (五年来累计新增城镇就业335万人) are compared only with figures of the same aspect, as are
    ``listed`` values of subjects a 分别 list does not name apart (城乡居民…分别增长4.6%和6.5%).
    A phase of a project (临江港三期) is no figure at all."""
    lower: float | None = None
    """The lower end of a range whose first number has no unit of its own (3至5项, 3—5个):
    ``value`` is the upper end and ``raw`` the whole range as written."""
    cue: str | None = None
    """What the clause's words say of the quantity where no tag word gives its aspect, or beside
    one: ``flow`` for the year's own amount (全年销售12万辆, 全年累计受理1200件), ``stock`` for what
    stands held (累计建成3.1万个, 总数132家, 保有量46万辆), ``level`` for a level reached (达到2140家).
    A flow never pairs with a stock, nor a level with the year's additions (aspect ``new``)."""
    period: str | None = None
    """The several years a figure is stated for, where it is a total or an average of them (``cumulative``
    or ``average`` in a stretch on the years: 五年来累计新增城镇就业5200万人, “十四五”期间累计办理…):
    ``五年``, ``十四五``, ``2021—2025年`` (``figures_years.period_name``); None for a figure of one year,
    a level reached at the end of the years among them."""
    built: bool = False
    """True for what the clause says was built, finished or handed over (建成保障性住房3100套, 建成并投用
    5所幼儿园, 竣工, 交付), with no word of a stock held (累计, 共, 已, 现有): in a review, the year's
    completions (``built_in_the_year``). Its aspect stays ``total`` (建成…公园1个 may be all there is);
    a plan to build so many (新建…3000套) is met by it all the same."""


# ---------------------------------------------------------------------------- extraction


# -- asked of the same text by several analyses (its figures, a plan's levels, a document's
#    title, a target's words): converted once --
@functools.lru_cache(maxsize=8192)
def aligned_key(text: str) -> str:
    """Simplified, width-folded text with exactly one character per original character, years
    in digits (二〇二四年 → 2024年, as the comparison key writes them)."""
    simplified = _T2S.convert(text)
    if len(simplified) != len(text):
        # -- a phrase conversion changed the length (rare): convert char by char instead --
        simplified = "".join(c if len(c := _T2S.convert(ch)) == 1 else ch for ch in text)
    if "年" in simplified:
        simplified = arabic_years(simplified)
    return simplified.translate(_WIDTH) if _WIDE.search(simplified) else simplified


def _phase(key: str, m: re.Match[str], number_start: int) -> bool:
    """True for a phase of a project (临江港三期, 滨水绿道二期工程, 2期项目, 二期、三期工程), not how
    many (举办培训班三期, 编发简报12期)."""
    if m["unit"] != "期" or _COUNT_VERB.search(key, 0, number_start):
        return False
    if _PHASE_OF.match(key, m.end("unit")):
        return True
    before = key[number_start - 1] if number_start else ""
    return m["cn"] is not None and bool(before) and before not in _CLAUSE_DELIMS


#: What a phase of a work is followed by (二期工程, 二期、三期项目, 2期扩建).
_PHASE_OF = lazy_re.compile(r"(?:、(?:[一二三四五六七八九十]|\d{1,2})期)*(?:工程|项目|扩建|改扩建|改造|建设|主体|续建|厂房)")


#: Words just before a number of 期 that count them (举办培训班三期, 共开展两期).
_COUNT_VERB = lazy_re.compile(r"(?:举办|开展|开办|组织|培训|共|累计|办班|办|分)[^，,。；;]{0,6}$")


def _sentence_clause_start(key: str, pos: int, floor: int) -> int:
    """Like ``_clause_start`` but an enumeration comma (、) does not end the clause:
    新建行业性、专业性人民调解组织36个 is one clause about what was newly built."""
    i = pos
    while i > floor and key[i - 1] not in _CLAUSE_DELIMS:
        i -= 1
    return i


#: A clause saying a work was built, finished or handed over (建成, 建成并投用, 竣工, 交付, 投入使用).
_BUILT = lazy_re.compile(r"建成|竣工|(?<!主体)完工|投用|投入使用|交付")
#: …and what makes it a stock held, not the year's completions (累计建成, 已建成, 共建成, 建有).
_HELD = lazy_re.compile(r"累计|共有|现有|总数|总量|已|共|建有|拥有|主体|在建|开工")


def built_in_the_year(clause: str) -> bool:
    """True for the clause before a figure that says what was built, finished or handed over in
    the year (建成保障性住房, 建成并投用, 竣工交付), no stock held (累计建成, 已建成, 共建成): in a
    review, a plan to build so many (新建, 建设) is reported by it. Read on the Simplified key."""
    clause = LEAD_MARKER.sub("", LEAD_YEAR.sub("", clause))
    return _BUILT.search(clause) is not None and _HELD.search(clause) is None


def _aspect(clause: str) -> str | None:
    """Return ``new``, ``total`` or ``average`` when the clause says which kind of quantity follows."""
    clause = LEAD_MARKER.sub("", LEAD_YEAR.sub("", clause))
    if clause.startswith("其中"):
        clause = LEAD_YEAR.sub("", clause[2:])  # -- 其中2023年新建215万亩: the part says its own aspect --
    if "年均" in clause:
        return "average"  # 城镇新增就业年均1270多万人: over several years, not last year's figure
    if _NEW_ASPECT.search(clause) or _NET_ADDED.search(clause):
        return "new"
    if _TOTAL_ASPECT.search(clause) or _HELD_ASPECT.search(clause):
        return "total"
    if _STOCK_ASPECT.search(clause) and not _ADDITION_WORD.search(clause):
        return "total"
    return None


#: The year of the report named before a figure (全年, 当年, 今年, 去年…): the year's own amount;
#: not the base of a change (比上年, 较去年).
_YEAR_WORD = lazy_re.compile(r"全年|当年|本年|今年|(?<![比较])(?:去年|上年)")
#: What stands held, however long built up (累计建成, 共有, 总数, 保有量, 余额, 营业里程).
_STOCK_WORD = lazy_re.compile(r"累计|共有|现有|总数|保有量|余额|(?:运营|营业|通车)里程|建成|建有|拥有")
#: A stock the year's words do not make a flow (今年末贷款余额).
_STOCK_NAME = lazy_re.compile(r"保有量|余额|(?:运营|营业|通车)里程|年末|年底")
#: A level reached (企业达到2140家, 总数突破3万个, 迈上1万亿元台阶).
_LEVEL_WORD = lazy_re.compile(r"达到|突破|增加到|增长到|提高到|增至|达$|" + "|".join(STEP_VERBS))


def _cue(clause: str) -> str | None:
    """Return ``flow``, ``stock`` or ``level`` as the clause's words say (see ``Figure.cue``);
    None where they say none. A clause of the year's additions (新增, 投产) names no stock or level."""
    if _YEAR_WORD.search(clause) and not _STOCK_NAME.search(clause):
        return "flow"  # -- 全年累计受理1200件: what the year counted, no stock however 累计 reads --
    if _ADDITION_WORD.search(clause):
        return None
    if _STOCK_WORD.search(clause):
        return "stock"
    if _LEVEL_WORD.search(clause):
        return "level"
    return None


def _is_rate_or_change(unit: str, item: str) -> bool:
    """True for a list item that states a rate or a change (、增长46.7%, 、提高0.2个百分点,
    、比上年增加1500个): no amount of the stock or the additions the list names."""
    return unit in ("%", "百分点") or _CHANGE_RE.match(item.lstrip("、")) is not None


#: A bare number and a range sign just before a figure: the figure is the top of a range (3至5项).
_RANGE_LOWER = lazy_re.compile(rf"(?<![第\d.])(?P<lower>\d+(?:\.\d+)?|{CN_NUMERAL})(?:至|到|-|－|—|–|～|~)$")


#: A verb of change just before an amount: 增加1500亿元至3.8万亿元 is the change and the level, no range.
_AMOUNT_CHANGED = lazy_re.compile(r"(?:增加|增长|减少|下降|提高|扩大|压减|降低|缩减)了?$")

#: What joins the two ends of a range each written with its unit (5%—5.5%, 3%至4%).
_RANGE_SIGNS = frozenset(("至", "到", "-", "－", "—", "–", "～", "~"))


def _range_of(key: str, figures: list[Figure], start: int, unit: str, value: float) -> Figure | None:
    """Return the figure just before the one at ``start`` when the two are the ends of one
    range (5%—5.5%, 100万元至300万元): the first lower, bare, and only a range sign between."""
    if not figures:
        return None
    before = figures[-1]
    if before.unit != unit or before.lower is not None or before.approx or before.is_change \
            or key[before.end : start] not in _RANGE_SIGNS or not 0 <= before.value < value:
        return None
    if unit != "%" and _AMOUNT_CHANGED.search(key, max(0, before.start - 3), before.start):
        return None  # -- 增加1500亿元至3.8万亿元: the amount added, then the level reached --
    return before


def _clause_before(key: str, floor: int, start: int) -> str:
    """The words of the clause before ``start`` (from ``floor``), as a label reads them."""
    return _norm_key(re.split(r"[,，;；:：。、]", key[floor:start])[-1]).strip()


def _range_lower(key: str, m: re.Match[str], value: Decimal, floor: int) -> tuple[int, float] | None:
    """Return where a range ending with the figure ``m`` starts and its lower end, or None."""
    number_start = start_of_number(m)
    if m["pre"] or m["pct"] is not None or m["mult"] or m["unit"] in (None, "年"):
        return None
    found = _RANGE_LOWER.search(key, max(floor, number_start - 8), number_start)
    if found is None:
        return None
    text = found["lower"]
    lower = Decimal(text) if text[0].isdigit() else cn_to_int(text)
    if lower is None or not 0 < lower < value:
        return None
    return found.start(), float(lower)



# -- one text is read by several analyses (a result's sentence by figures, promises, targets and
#    growth checks; a plan by each of its checks): the same text always gives the same figures,
#    all frozen, so each distinct text is read once (``__wrapped__`` reads it afresh) --
@functools.lru_cache(maxsize=8192)
def extract_figures(text: str) -> tuple[Figure, ...]:
    """Return every figure in ``text`` in reading order.

    A figure is a number (Arabic, full-width or Chinese numerals) with a unit (件 人次 %
    万元 …), a multiplier (170.81万) or written as 百分之N. Not figures: years and dates
    (2024年, 12月, 3日), ordinals (第一批, 第3), list markers (1. 1、 (1) 一是), bare
    numbers, anything inside quotes or book-title marks (“两会”, “十四五”, 《…2024年…》),
    a lone 一 (一批, 一体化, 一件事, 一起), Chinese numerals before units they form words
    with (十分, 三年行动), five-year-plan names (十四五) and set phrases (八项规定).

    Stated changes (同比增加75%, 较上年下降3.2个百分点, 较去年提升) become a
    ``StatedChange`` on the figure they directly follow (only delimiters between); the
    stated amount is a figure too, marked ``is_change`` with ``change_of`` pointing back.
    Traditional and Simplified script, full and half width give the same figures.
    """
    key = aligned_key(text)
    # -- most texts asked (a plan's clauses, a result's sentences) state no figure at all --
    if NUMERAL.search(key) is None:
        return ()
    matches = scan(key)
    figures: list[Figure] = []
    floors: list[int] = []  # -- where each figure's clause may start --
    ratios: set[int] = set()  # -- indices of ratios to plan or shares (为预算的100.6%) --
    floor = 0
    for m, listed in zip(matches, listed_units(key, matches)):
        parsed = parse_number(m)
        if parsed is None:
            continue
        value, precision, inner = parsed
        unit = "%" if m["pct"] is not None else unit_name(m["unit"] or listed or "")
        if unit == "个百分点":
            unit = "百分点"  # the 个 is a classifier, as in 3个 → 个
        if unit == "年" and since_a_record(key, m.end()):
            continue  # -- 增速7年来最低: how long since, framing, no quantity --
        if _phase(key, m, start_of_number(m)):
            continue  # -- 临江港三期, 二期工程: a phase names the work, it counts nothing --
        approx = m["pre"] or inner or m["suf"]
        previous = figures[-1] if figures and figures[-1].unit == unit else None
        label, previous_is_from, implied_aspect = final_label(key, m, floor, previous,
                                                               figures[-1] if figures else None)
        # -- 受理…案件1652件，…，审结1587件: the cases, named by the count before in the sentence --
        label = object_of_verb(label, [(f.label, f.unit) for f in figures if "。" not in key[f.end : m.start()]], unit)
        if previous_is_from and previous is not None:
            # -- 分别从50%、75%提高至100%: every start of the enumeration is a 从 side --
            i = len(figures) - 1
            while True:
                figures[i] = replace(figures[i], aspect="from")
                if (i == 0 or figures[i - 1].unit != unit
                        or key[figures[i - 1].end : figures[i].start] not in ("、", "和")):
                    break
                i -= 1
        clause_aspect = _aspect(key[_sentence_clause_start(key, m.start(), floor) : m.start()])
        part_of = key[_sentence_clause_start(key, m.start(), floor) : m.start()]
        cue = _cue(part_of)
        if clause_aspect is None and cue is None and figures and key.startswith("、", figures[-1].end) \
                and floor == figures[-1].end and not _is_rate_or_change(unit, part_of) \
                and (figures[-1].aspect in ("new", "total") or figures[-1].cue is not None):
            # -- 新增高标准农田8000万亩、高效节水灌溉面积2000万亩: an item takes the list's verb --
            clause_aspect, cue = figures[-1].aspect, figures[-1].cue
        if clause_aspect is None and previous is not None and previous.aspect in ("new", "total") \
                and part_of.startswith("其中") and not _ADDITION_WORD.search(part_of) \
                and "。" not in key[previous.end : m.start()]:
            # -- 铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里: a part of a stock is a stock,
            #    a part of the year's additions an addition --
            clause_aspect = previous.aspect
        if label.startswith("的") and figures and (at := key.rfind(label, figures[-1].end, m.start())) >= 0:
            # -- 50万元以上的村达到312个: the villages are named by the figure before (的村 names none) --
            label = _norm_key(key[figures[-1].start : at + len(label)])
        if unit == "%" and (named := ratio_label(key, figures, m.start(), label)) is not None:
            label = named  # -- 为预算的100.6%: the ratio of the amount before it, named by its subject --
            ratios.add(len(figures))
        elif (named := neighbour_label(key, figures, m.end(), label)) is not None:
            label = named  # -- 收入528.3亿元；支出496.7亿元: the 支出 of the same budget --
        start, lower = _range_lower(key, m, value, floor) or (m.start(), None)
        if lower is None and (ranged := _range_of(key, figures, m.start(), unit, float(value))) is not None:
            # -- 增长5%—5.5%: one figure, the first number its lower end and its label the range's --
            # -- a label read after the lower end (增长5%至6%: 至6%) is the range's own inside --
            # -- 有6.5%－7%的增速: a lower end named by nothing takes the label read after the range --
            named = ranged.label if ranged.label in key[: ranged.start] else (
                label if label in key[: ranged.start] else _clause_before(key, floors[-1], ranged.start))
            if _clause_before(key, floors[-1], ranged.start) in _NO_SUBJECT and (share := share_of_noun(key, m.end())):
                named = _norm_key(share)
            figures[-1] = replace(ranged, raw=text[ranged.start : m.end()], end=m.end(), value=float(value),
                                  approx=approx, precision=float(precision), lower=ranged.value,
                                  label=named or ranged.label)
            floor = m.end()
            continue
        aspect = implied_aspect or clause_aspect or ("total" if previous_is_from and previous is not None else None)
        if aspect == "new" and _OUTPUT_GROWN.search(label):
            aspect = "delta"  # -- 粮食产量再创新高，新增12.6亿斤: what the output grew by, no output --
        if lower is not None:
            # -- 培训3至5次: the label before the range ends where the range starts --
            label = re.sub(rf"(?:\d+(?:\.\d+)?|{CN_NUMERAL})[至到\-－—–～~]?$", "", label) or label
        figures.append(
            Figure(
                raw=text[start : m.end()],
                start=start,
                end=m.end(),
                value=float(value),
                unit=unit,
                approx=approx,
                label=label,
                precision=float(precision),
                # -- the 到 side of 从A增加到B is a level reached, no addition --
                aspect=aspect,
                lower=lower,
                cue=cue,
                built=built_in_the_year(part_of),
            )
        )
        floors.append(floor)
        floor = m.end()
    if not figures:
        return ()  # -- a stated change attaches to a figure: none to look for --
    if periods := several_years_periods(key):
        # -- 五年来…累计新增城镇就业335万人: a total of the years, compared only with such totals,
        #    named with its 累计 and told with its period, as an average over them is --
        spans = [(first, last) for first, last, _ in periods]
        figures = [_of_the_years(key, figure, period_at(figure.start, periods), figures[i - 1].end if i else 0)
                   if figure.aspect not in ("from", "average", "delta") and over_several_years(key, figure.start, spans)
                   else replace(figure, period=period_at(figure.start, periods)) if figure.aspect == "average"
                   else figure for i, figure in enumerate(figures)]
    figures = subjects_of_changes(key, distribute(text, key, figures, floors))
    return tuple(_link_changes(text, key, figures, frozenset(ratios)))


#: What may stand between 累计 and a total's figure after its name (累计…达到, 累计…超过).
_TOTAL_TAIL = lazy_re.compile(r"(?:达到|达|为|超过|超|突破|近|约|共计|共)+$")
#: The most words after 累计 a total's label takes (a label's length, ``figure_labels``).
_TOTAL_WORDS = 16


def _of_the_years(key: str, figure: Figure, period: str | None, floor: int) -> Figure:
    """A figure totalled over the years (aspect ``cumulative``) with its ``period``; its label keeps
    the 累计 that opens its words after the figure before (``floor``): 累计新增城镇就业5200万人 →
    累计新增城镇就业, not 城镇就业, the name of one year's additions; a total, never a yearly change."""
    clause = _sentence_clause_start(key, figure.start, floor)
    at = key.rfind("累计", clause, figure.start)
    label = figure.label
    if at >= 0:
        words = _TOTAL_TAIL.sub("", _norm_key(key[at + 2 : figure.start]))
        # -- the label read those words, or them with what stood before 累计 (年至2025年累计调处…) --
        if label and (label in words or label.endswith(words)) and 2 <= len(words) <= _TOTAL_WORDS:
            label = "累计" + words
    return replace(figure, aspect="cumulative", period=period, label=label)


#: How far words may stand between a count and its change against last year (其中…, …进行合法性审查，),
#: and what ends that stretch: a sentence, a semicolon, another number.
_OBJECT_GAP = 30
_GAP_STOPS = lazy_re.compile(r"[。；;！？!?\n\d]")


def _link_changes(text: str, key: str, figures: list[Figure], ratios: frozenset[int] = frozenset()) -> list[Figure]:
    """Find stated changes and attach each to the figure it directly follows; a ratio to plan
    or share between (收入640.6亿元，为预算的100.6%，增长4.6%) is passed over to its subject."""
    by_start = {f.start: i for i, f in enumerate(figures)}
    for m in _CHANGE_RE.finditer(key):
        after = m.end()
        stated_idx = by_start.get(after)
        if m["basis"] is None and (
            stated_idx is None or len(m["verb"]) == 1 or key[m.start() - 1 : m.start()] == "新"
        ):
            continue  # a bare 增加 with no number is a verb; 新增300户 is a count
        if key.endswith(_AVERAGE, 0, m.start()):
            continue  # an average rate is a figure of its own, not last year's change
        direction = -1 if m["verb"] in FALLING else 1
        target = None
        # -- 比上年提高2个百分点 after 为预算的98.5% is the ratio's own change; a growth rate is its subject's --
        passed = ratios if stated_idx is None or figures[stated_idx].unit != "百分点" else frozenset()
        for i in range(len(figures) - 1, -1, -1):
            f = figures[i]
            if f.end <= m.start() and not f.is_change and i not in passed:
                gap = key[figures[i + 1].end if i + 1 in passed else f.end : m.start()]
                # -- 赤字率拟按2.6%安排，比去年预算低0.4个百分点: the plan's verb stands between --
                gap = gap[2:] if gap.startswith("安排") else gap
                gap = gap.removesuffix("分别")  # -- 受理100件，结案90件，分别增长3%、4% --
                if all(ch in "，,、 \u3000" for ch in gap):
                    target = i
                elif m["basis"] in ONE_YEAR_BASES and f.unit != "%" and len(gap) <= _OBJECT_GAP \
                        and not _GAP_STOPS.search(gap) and gap.rstrip(" \u3000").endswith(("，", ",")):
                    # -- 对38件重大行政决策…进行合法性审查，同比增长18.8%: the count of the clause
                    #    before, its object and act between, is what grew against last year (a change opening
                    #    its clause: 结案率同比提升… is the rate's own) --
                    target = i
                break
        if target is None and stated_idx is not None and (target := _level_after(key, figures, stated_idx)) is not None:
            # -- 赤字规模比上年增加…，达到…: the level is the indicator's, not its basis's; 专项债券增加…至…:
            #    named by the subject before the change where the link word is all it has --
            label = figures[target].label
            basis = _norm_key(m["basis"] or "")
            if basis and label.endswith(basis) and len(label) > len(basis):
                label = label.removesuffix(basis)
            elif len(label) < 2 or _TO_LEVEL.fullmatch(label):
                label = _clause_before(key, figures[stated_idx - 1].end if stated_idx else 0, m.start()) or label
            figures[target] = replace(figures[target], label=label)
        if target is None and m["basis"] is None:
            continue  # 全年国内生产总值增长2.3%: the growth rate is the figure itself
        if m["basis"] is None and stated_idx is not None and inside_list(key, figures, target, stated_idx):
            continue  # -- 分别增长3.3%、下降1.0%: the list's values, each its subject's rate --
        stated = None
        end = after
        if stated_idx is not None:
            s = figures[stated_idx]
            label = _norm_key(key[m.start() : after].rstrip("了"))
            if (m["basis"] is None or m["basis"] in ONE_YEAR_BASES) and s.unit == "%" and target is not None:
                # -- 国内生产总值达到114万亿元，增长8.1%: the growth rate of that indicator, stated
                #    against last year or not (同比增长5.6%, 比上年增长6.6%) --
                noun = figures[target].label
                # -- 零售总额, 进出口总额: 总额 is the indicator's own name, its rate keeps it; so is
                #    a generic noun after two characters only (赔偿金额增加, not 赔偿增加) --
                for generic in GENERIC_NOUNS - {"总额"}:
                    noun = noun.removesuffix(generic) if len(noun) > len(generic) + 2 else noun
                label = rate_label(noun + (m["terms"] or "") + m["verb"])
            elif m["basis"] is None and target is not None and s.unit == figures[target].unit \
                    and m["verb"] in _OUTPUT_CHANGES:
                # -- 粮食产量1.37万亿斤，增产74亿斤: the grain's added output, not 增产 alone --
                label = _strip_output(figures[target].label) + m["verb"]
            elif (m["basis"] is None or m["basis"] in ONE_YEAR_BASES) and s.unit == "百分点" \
                    and target is not None and figures[target].unit == "%":
                # -- 优良天数比例达86.5%、上升4个百分点: the points the rate rose by, named by the rate --
                verb = m["verb"] if len(m["verb"]) > 1 else ("提高" if direction > 0 else "降低")
                label = figures[target].label + verb  # -- 比去年预算低: 赤字率降低 --
            stated = replace(s, is_change=True, change_of=target, label=label)
            figures[stated_idx] = stated
            end = s.end
        if target is None:
            continue
        if stated_idx is not None and link_respective(text, key, figures, m, after, stated_idx, target, ratios,
                                                      direction):
            continue
        change = StatedChange(
            direction=direction,
            stated=stated,
            text=text[m.start() : end],
            start=m.start(),
            end=end,
            basis=m["basis"],
        )
        figures[target] = replace(figures[target], comparison=change)
    return figures


#: What leads from a stated change to the level it brought (比上年增加1.6万亿元，达到5.66万亿元).
_TO_LEVEL = lazy_re.compile(r"[，,]?(?:达到|达|至|到|为|增至|升至|降至|降到|减至|共计?|累计达到?)")


def _level_after(key: str, figures: list[Figure], stated_idx: int) -> int | None:
    """The figure just after a stated change that gives the level it brought, when nothing stands
    before the change to take it (比上年增加1.6万亿元，达到5.66万亿元; 同比增长12.5%，达到1350件)."""
    after = stated_idx + 1
    if after >= len(figures):
        return None
    stated, level = figures[stated_idx], figures[after]
    if level.is_change or level.comparison is not None or _TO_LEVEL.fullmatch(key, stated.end, level.start) is None:
        return None
    fits = stated.unit == level.unit or stated.unit == "%" or (stated.unit == "百分点" and level.unit == "%")
    return after if fits else None


__all__ = [
    "LOWER_BOUNDS", "ONE_YEAR_BASES", "UPPER_BOUNDS", "Figure", "StatedChange", "aligned_key", "built_in_the_year",
    "extract_figures"]
