"""Scanning a comparison key for figures: the pattern of a number with its unit (or multiplier,
or 百分之), the context rules that make a number no figure, and the number's value."""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from . import lazy_re
from .figure_labels import QUOTES
from .figure_numerals import COMPOUND_TAIL, compound_tail
from .figure_units import COMPOUND_UNIT_RE, RUN_UNITS, SIMPLE_UNITS

_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
CN_NUMERAL = r"[零〇一二两三四五六七八九十百千万亿]+"
#: Every figure holds a digit or a Chinese numeral (_AR, CN_NUMERAL): a key with neither holds none.
NUMERAL = lazy_re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")
# -- Longest first so that 件次 wins over 件 and 个百分点 over 个. --
_UNITS = sorted(
    """个百分点 百分点 个工作日 工作日 个月 平方公里 平方米 立方米 公里 千米 公顷 人次 件次 户次 家次 场次 辆次 台次
    批次 架次 车次 艘次 航次 课时 学时 小时 分钟 美元 港元 欧元 日元 元 件 份 人 所 个 项 次 家 起 分 % ‰ 户 场 条 篇
    期 名 例 支 类 批 部 本 套 座 处 台 辆 艘 宗 笔 张 位 轮 节 册 卷 种 亩 吨标准煤 标准煤 吨 公斤 千克 斤
    千瓦时 千瓦 千伏 兆瓦 标箱 间 米 天 周 岁 年 倍""".split() + list(SIMPLE_UNITS) + list(RUN_UNITS),
    key=len,
    reverse=True,
)
# -- a compound unit first: 吨/日 is one unit, not 吨 and a label /日 --
#: Units that also start a noun (2900多万家庭, 10万家长): no unit then; the noun is what is counted.
#: 卷 and 种 count volumes and kinds (图书50卷, 17种抗癌药), never the words they start (卷入, 种植户).
_WORD_STARTS = {"家": "(?![庭长属])", "卷": "(?![入烟宗本])", "种": "(?![植养粮苗子])",
                # -- 100亿人民币, 3万人才: the noun, not 人 and a label 民币 (人口 stays 人: people) --
                "人": "(?![才民员])",
                # -- 12部门联合印发: departments, not 12部 and a label 门印发 --
                "部": "(?![门委署])", **{unit: ahead for unit, ahead in RUN_UNITS.items() if ahead}}
_UNIT_RE = COMPOUND_UNIT_RE + "|" + "|".join(re.escape(unit) + _WORD_STARTS.get(unit, "") for unit in _UNITS)
#: Units of an amount, not of a span of time (5年过渡期, 2030年前 are no amounts), longest first.
AMOUNT_UNITS = tuple(unit for unit in _UNITS
                     if unit not in {"年", "个月", "天", "周", "岁", "小时", "分钟", "工作日", "个工作日", "课时", "学时"})
# -- A number needs a unit, a multiplier (31.2万) or 百分之 to be a figure; the lookaheads
#    keep bare numbers (list markers, dates, codes) from matching at all. --
_FIGURE_RE = lazy_re.compile(
    # -- the first lookahead names every character a figure can start with (a prefix word, a
    #    digit, a Chinese numeral, 百分之): the same matches, but a position that starts none
    #    fails at one class test instead of trying every alternative --
    rf"""(?=[超多突不约近逾至\d零〇一二两三四五六七八九十百千万亿])
    (?P<pre>不少于|不低于|不超过|不高于|至少|超过|多达|突破|不到|不足|(?<![节制契条预公签大])约|近|超|逾)?
    (?:百分之(?P<pct>{_AR}|{CN_NUMERAL})
      |(?P<ar>{_AR})(?P<ar_mid>余|多)?\u200b?(?:(?P<mult>千万|百万|万亿|万[多余]亿|万|亿|千(?![瓦米克伏]))(?:{COMPOUND_TAIL})?(?P<ar_post>余|多)?
                                          |(?=\u200b?(?:{_UNIT_RE})))
      |(?P<cn>{CN_NUMERAL})(?P<cn_mid>余|多)?(?={_UNIT_RE}))
    (?:\u200b?(?P<unit>{_UNIT_RE}))?
    (?P<suf>左右|以上|以内|以下)?""",
    re.X,
)
# -- \u200b: zero-width spaces left inside figures by web pages (74.4\u200b万亿元) are no break --
# -- 3万多亿元: trillions and more, the marker inside the multiplier --
_MULT = {"千万": 10**7, "百万": 10**6, "万亿": 10**12, "万多亿": 10**12, "万余亿": 10**12, "万": 10**4, "亿": 10**8,
         "千": 10**3}
# -- Chinese numerals only count things; 十分 (very), 三年行动, 百米 are words. --
_CN_UNITS = frozenset(
    """个 项 次 件 所 家 名 人 场 条 篇 期 例 支 类 批 部 本 套 座 处 台 辆 宗 笔 张 位 轮 节
    册 卷 户 份 起 人次 件次 户次 场次 批次 个月 天 周 小时 倍 列 趟 班次""".split()
)
_SET_PHRASES = lazy_re.compile(
    "八项规定|三项制度|四个意识|四个自信|四个全面|两个维护|两个确立|两个结合|两个毫不动摇|"
    "三重一大|三会一课|五位一体|三位一体|两学一做|一岗双责|三个务必|十[一二三四五六七八九]五|"
    # -- 两 and 三 of a formulation, no amount: 两个市场两种资源, 两个积极性, 两位数增长, 三次产业 --
    "两个市场|两种资源|两个积极性|两个大局|两位数|三次产业"
)
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "亿": 10**8}

_QUOTE_CHARS = lazy_re.compile(r'[“”「」『』《》‘’〈〉"。\n]')  # what _quoted_spans reacts to


def _quoted_spans(key: str) -> list[tuple[int, int]]:
    """Disjoint spans inside quotes or book-title marks (names, slogans, titles), sorted."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    ascii_open: int | None = None
    for m in _QUOTE_CHARS.finditer(key):
        ch, i = m.group(), m.start()
        if ch in QUOTES:
            stack.append((QUOTES[ch], i))
        elif stack and ch == stack[-1][0]:
            spans.append((stack.pop()[1], i))
        elif ch == '"':
            if ascii_open is None:
                ascii_open = i
            else:
                spans.append((ascii_open, i))
                ascii_open = None
        elif ch in "。\n":
            stack.clear()  # an unclosed quote must not swallow the rest of the text
    # -- nested quotes lie inside their outer span: keep disjoint outer spans for bisect --
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_left(spans, (pos,)) - 1  # the last span starting before pos
    return i >= 0 and pos < spans[i][1]


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese numeral, or None if it is not a well-formed one (一三, 二〇二四)."""
    total = section = 0
    digit: int | None = None
    for ch in s:
        if ch in "零〇":
            if digit is not None:
                return None  # 三〇, 二〇二四: digit strings are years and codes, not counts
        elif ch in _DIGITS:
            if digit is not None:
                return None
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        else:
            total = (total + section + (digit or 0)) * _BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def _precision(number: str) -> Decimal:
    if "." in number:
        return Decimal(1).scaleb(-len(number.split(".")[1]))
    return Decimal(1)


def parse_number(m: re.Match[str]) -> tuple[Decimal, Decimal, str | None] | None:
    """Value, precision and inner approx marker of a figure match, or None to skip it."""
    unit = m["unit"]
    if m["pct"] is not None:
        text = m["pct"]
        if text[0].isdigit():
            return Decimal(text.replace(",", "")), _precision(text), None
        n = cn_to_int(text)
        return (Decimal(n), Decimal(1), None) if n is not None else None
    if m["ar"] is not None:
        number = m["ar"].replace(",", "")
        mult = m["mult"]
        scale = Decimal(_MULT[mult]) if mult else Decimal(1)
        if m["tail"] is not None:
            # -- 1万6千多户: the lower places belong to the figure; any other use of them is none --
            lower = compound_tail(m, mult)
            if lower is None:
                return None
            return Decimal(number) * scale + lower[0], lower[1], m["ar_mid"] or m["tail_mid"] or m["ar_post"]
        inner = mult[1] if mult in ("万多亿", "万余亿") else None
        return Decimal(number) * scale, _precision(number) * scale, m["ar_mid"] or m["ar_post"] or inner
    text = m["cn"]
    if unit not in _CN_UNITS or text == "一" or all(ch in "百千万亿" for ch in text):
        return None
    n = cn_to_int(text)
    if not n:
        return None  # 零件 is a machine part, not zero items
    return Decimal(n), Decimal(1), m["cn_mid"]


#: A noun right after a bracket of size and a count of it in the same clause (10亿元以上项目2个).
_BRACKET = lazy_re.compile(r"(?!的)[\u4e00-\u9fff]{1,8}?\d")
#: A time some years ago right before a number (5年前1.5个百分点, 十年前的2元): what it was then.
_AGO = lazy_re.compile(r"(?:\d{1,2}|[二三四五六七八九十]{1,2})年前的?$")
#: The step of a rule (每增长1个百分点, 每增加1元): a unit of the reckoning, no figure.
_STEP = lazy_re.compile(r"每(?:增长|增加|提高|下降|降低|减少)$")
#: A noun right after a bracket of size (的30万千瓦以下|煤电机组): what the bracket describes.
_NOUN_AFTER = lazy_re.compile(r"[\u4e00-\u9fff](?<![的，。；、])")
#: A circle named by the time it takes to reach (15分钟便民生活圈, 1小时经济圈, 两小时交通圈): the time
#: is part of its name, no quantity.
_REACH_CIRCLE = lazy_re.compile(r"[\u4e00-\u9fff]{0,8}?圈")
#: Units a size is measured in (money, power, weight): X以上 in one before a noun is a size bracket
#: of what is counted (亿元以上项目, 500万元以上的企业, 30万千瓦以下煤电机组), no figure. A count
#: (1000万人以上农村贫困人口) is one: the noun is what it counts.
_SIZE_UNITS = frozenset(("元", "美元", "港元", "欧元", "日元", "千瓦", "兆瓦", "千伏", "吨"))
#: What a bracket of size stands before as a noun (…以上项目, …以上的企业), not what a level is said
#: to be (1.3万亿斤以上水平, 1100万人以上目标任务), nor the money or capacity the amount itself is
#: (安排1亿元以上资金, 100万千瓦以上装机: the amount of it).
_SIZED_NOUN = lazy_re.compile(r"(?:及以[上下])?的?(?!目标|任务|水平|规模|增长|增速|左右|预期|资金|经费|投资|投入|补助|补贴"
                              r"|奖励|奖补|贷款|融资|收入|税|费|资产|基金|债|装机|产能|能力|容量)[\u4e00-\u9fff]")
#: Units of a share: a share of a whole is a figure wherever it stands.
_SHARES = frozenset("%％‰成")
#: What a congress's session is: 十六届人大三次会议, 七届人大五次全体会议.
_SESSION_OF = ("会议", "全体会议")


def _skip(key: str, m: re.Match[str], number_start: int, spans: list[tuple[int, int]]) -> bool:
    """Context rules that make a well-formed number not a figure."""
    if _in_spans(number_start, spans):
        return True
    before = key[number_start - 1] if number_start else ""
    unit = m["unit"]
    if before == "第" or (before == "前" and unit in ("名", "位")):
        return True  # ordinal or ranking
    if unit == "年" and (m["ar"] is None or len(m["ar"]) >= 3):
        return True  # a year, not a duration
    if unit == "年" and key.startswith("前", m.end("unit")):
        return True  # 5年前: a time some years ago, no amount
    if _AGO.search(key, max(number_start - 8, 0), number_start) or _STEP.search(key, max(number_start - 4, 0), number_start):
        return True  # 相当于5年前1.5个百分点, 每增长1个百分点: a value then, or the step of a rule, not this year's
    if unit == "次" and key.startswith(_SESSION_OF, m.end("unit")) and "届" in key[max(number_start - 12, 0):number_start]:
        return True  # 县十六届人大三次会议: a session's ordinal (as 第三次会议), no count
    if unit == "分" and before in ("时", "点", ":"):
        return True  # clock time
    if unit == "周" and key.startswith("年", m.end("unit")):
        return True  # 75周年: an anniversary names an occasion, it is no quantity
    if unit in ("分钟", "小时") and m["suf"] is None and _REACH_CIRCLE.match(key, m.end()):
        return True  # 建成15分钟便民生活圈80个: the circles are counted, 15分钟 names them
    if unit in ("岁", "年") and key.startswith(("以下", "以上"), m.end("unit")):
        return True  # 3岁以下婴幼儿, 60岁以上老人: an age bracket describes a group
    if unit in _SIZE_UNITS and (m["suf"] in ("以上", "以下") or key.startswith(("及以上", "及以下"), m.end())) \
            and _SIZED_NOUN.match(key, m.end()):
        return True  # 引进5000万元以上产业项目, 营业收入500万元及以上的企业: the size of what is counted
    if m["suf"] in ("以上", "以下") and _BRACKET.match(key, m.end()):
        return True  # 其中10亿元以上项目2个: a bracket of size names what the next figure counts
    if (m["suf"] in ("以上", "以下") and before == "的" and unit not in _SHARES and m["mult"] != "成"
            and _NOUN_AFTER.match(key, m.end())):
        # -- 不达标的30万千瓦以下煤电机组: a bracket of size describes the units named after it; a
        #    share (全省高新技术企业的60%以上集中在…) is a figure --
        return True
    if m["cn"] is not None and _SET_PHRASES.match(key, number_start):
        return True
    if m["ar"] is not None and before.isascii() and before.isalpha():
        return True  # model names and codes: G20, 5G are never counts
    return False


def start_of_number(m: re.Match[str]) -> int:
    """Where the number of a figure match starts (its 百分之 included), after any prefix word."""
    if m["pct"] is not None:
        return m.start("pct") - len("百分之")
    return m.start("ar") if m["ar"] is not None else m.start("cn")


#: Where a clause ends: a 分别 list's unit is looked for no further back.
_CLAUSE_END = lazy_re.compile(r"[，,。；;：:！？!?\n]")


def listed_units(key: str, matches: list[re.Match[str]]) -> list[str | None]:
    """The unit each match takes from the last item of a 分别 list when it has none of its own
    (分别净减少10.6万、3.8万、3.3万平方公里: square kilometres, all three), else None."""
    units: list[str | None] = [None] * len(matches)
    for i in range(len(matches) - 2, -1, -1):
        m, after = matches[i], matches[i + 1]
        if m["unit"] is not None or m["mult"] is None or m["suf"] is not None or m["pct"] is not None:
            continue
        if key[m.end() : start_of_number(after)] not in ("、", "和") or after["mult"] is None:
            continue
        unit = after["unit"] or units[i + 1]
        clause = _CLAUSE_END.split(key[: start_of_number(m)])[-1]
        if unit is not None and "分别" in clause:
            units[i] = unit
    return units


def scan(key: str) -> list[re.Match[str]]:
    """Every figure match in ``key`` in reading order, less the numbers the context makes no figure."""
    spans = _quoted_spans(key)
    found: list[re.Match[str]] = []
    pos = 0
    while (m := _FIGURE_RE.search(key, pos)) is not None:
        number_start = start_of_number(m)
        if m["cn"] is not None and cn_to_int(m["cn"]) is None:
            # -- 统一三项: retry from the next character; 十三五期间: past the plan's name (no 五期) --
            phrase = _SET_PHRASES.match(key, number_start)
            pos = phrase.end() if phrase else number_start + 1
            continue
        if not _skip(key, m, number_start, spans):
            found.append(m)
        pos = m.end()
    return found


__all__ = ["AMOUNT_UNITS", "CN_NUMERAL", "NUMERAL", "cn_to_int", "listed_units", "start_of_number", "parse_number", "scan"]
