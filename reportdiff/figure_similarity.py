"""How alike two figure labels are (``label_similarity``), and a cheap bound that rules most
pairs out before the similarity is computed (``LabelShapes``, ``may_reach``)."""

from __future__ import annotations

from . import lazy_re
from .figure_names import other_qualifiers, other_subjects, other_words
from .indicators import indicator_topics, one_gdp_name


def _lcs(a: str, b: str) -> int:
    """Length of the longest common subsequence, bit-parallel (Allison and Dix; Hyyrö): one
    integer operation per character of ``b`` instead of a row of the table (labels are paired
    by the thousand in a long report)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for index, char in enumerate(a):
        masks[char] = masks.get(char, 0) | (1 << index)
    full = (1 << len(a)) - 1
    row = full
    for char in b:
        matched = row & masks.get(char, 0)
        row = ((row + matched) | (row - matched)) & full
    # -- each 0 bit left is a character of ``a`` in the common subsequence --
    return len(a) - bin(row).count("1")


#: The basis of a ratio to output: per unit (单位) or per 10 000 yuan (万元) of GDP, one basis.
_PER_OUTPUT = lazy_re.compile(r"(?:单位|每?万元)(?:[国地]区?内?生产总值|GDP)")


def label_similarity(a: str, b: str, spelled_out: bool = True) -> float:
    """Similarity of two labels in [0, 1]: LCS ratio, at least 0.75 when one contains the other
    (``spelled_out``: one year just spelled the name out, 受理案件 and 受理群众诉求案件)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if "生产总值" in a or "生产总值" in b or "GDP" in a or "GDP" in b:
        # -- 万元GDP用水量 and 单位国内生产总值用水量: one basis, however it is written --
        a, b = _PER_OUTPUT.sub("单位GDP", a), _PER_OUTPUT.sub("单位GDP", b)
        if a == b:
            return 1.0
    if "规上" in a or "规上" in b or "限上" in a or "限上" in b:
        # -- 规上工业企业 and 规模以上工业企业: one bracket written short --
        a, b = _long_brackets(a), _long_brackets(b)
        if a == b:
            return 1.0
    if ("名义" in a or "名义" in b) and ("实际" in a or "实际" in b):
        return 0.0  # -- 实际增长 at comparable prices, 名义增长 at current ones: two indicators --
    known_a, known_b = indicator_topics(a), indicator_topics(b)
    if known_a and known_b and not known_a & known_b:
        return 0.0  # -- two known indicators (二氧化碳 and 二氧化硫), however alike their names --
    if "gdp" in known_a & known_b:
        # -- 国内生产总值 / 地区生产总值 / GDP / 经济总量: one indicator by any of its names --
        a, b = one_gdp_name(a), one_gdp_name(b)
        if a == b:
            return 1.0
    if _distinct_kinds(a, b) or _other_heads(a, b) or _stock_and_flow(a, b) or _other_level(a, b) or other_subjects(a, b) \
            or other_words(a, b) or _other_residents(a, b):
        return 0.0
    if not (known_a & known_b) and (other_qualifiers(a, b) or other_thresholds(a, b)):
        return 0.0
    common = max(_lcs(a, b), _moved_verb_lcs(a, b), _moved_verb_lcs(b, a))
    score = 2 * common / (len(a) + len(b))
    short, long = sorted((a, b), key=len)
    if spelled_out and common == len(short) >= 2 and not _inside(short, long):
        # -- 受理案件 vs 受理群众诉求案件: one year just spelled the noun out (not 重大行政决策 in the
        #    middle of 事项纳入年度重大行政决策事项目录: a part of another noun) --
        score = max(score, 0.75)
    return score


#: A size bracket of what is counted (亿元以上项目, 500万元以上项目, 规模以上工业企业, 限额以上批发企业,
#: 30万千瓦以下煤电机组): part of what the figure counts.
_THRESHOLD = lazy_re.compile(r"(?:规模|限额|[\d.]*[十百千万亿]*(?:元|美元|千瓦|兆瓦|千伏|吨|平方米|亩))及?以[上下]|规上|限上")
#: How one bracket is written otherwise: 规上 is 规模以上, 1亿元 is 亿元, 及以上 is 以上.
_THRESHOLD_FORMS = (("规上", "规模以上"), ("限上", "限额以上"), ("及以", "以"))


def _long_brackets(label: str) -> str:
    """``label`` with 规上 and 限上 written out (规模以上, 限额以上)."""
    for written, meant in _THRESHOLD_FORMS[:2]:
        label = label.replace(written, meant)
    return label


def _thresholds(label: str) -> frozenset[str]:
    found = set()
    for bracket in _THRESHOLD.findall(label):
        for written, meant in _THRESHOLD_FORMS:
            bracket = bracket.replace(written, meant)
        found.add(bracket.removeprefix("1") if bracket[1:2] in ("十", "百", "千", "万", "亿") else bracket)
    return frozenset(found)


def other_thresholds(a: str, b: str) -> bool:
    """True when two labels count things of other sizes: 亿元以上项目 and 项目, 亿元以上项目 and
    500万元以上项目, 规模以上工业企业 and 工业企业 (规上工业企业 is the same; 1亿元以上 is 亿元以上)."""
    return _thresholds(a) != _thresholds(b)


def _inside(short: str, long: str) -> bool:
    """True when ``short`` stands in the middle of ``long``, neither its start nor its end."""
    at = long.find(short)
    return 0 < at and at + len(short) < len(long)


def _distinct_kinds(a: str, b: str) -> bool:
    """True for one compound noun of two kinds: the same head of two words or more, each label
    with a word of its own just before it (创建任务清单 vs 巩固提升任务清单: two lists)."""
    if a[-2:] != b[-2:]:
        return False  # -- most labels differ at their end already: not segmented --
    from .segment import tokenize

    ta, tb = tokenize(a), tokenize(b)
    head = 0
    while head < min(len(ta), len(tb)) and ta[-1 - head] == tb[-1 - head]:
        head += 1
    if head < 2 or head >= min(len(ta), len(tb)):
        return False
    mine, theirs = ta[-1 - head], tb[-1 - head]
    return len(mine) >= 2 and len(theirs) >= 2 and mine not in b and theirs not in a


#: Words that name a programme's units by what follows them (示范村, 示范片区, 试点县, 试点村).
_PROGRAMME_WORDS = ("示范", "试点", "标杆", "样板")


def _other_heads(a: str, b: str) -> bool:
    """True for the units of a programme word counted as two things: the word in both labels,
    and after it a head of each its own (示范村 and 示范片区: villages and areas), neither in the
    other (示范村 and 示范村庄 are one)."""
    for word in _PROGRAMME_WORDS:
        if word in a and word in b:
            head_a, head_b = a[a.rindex(word) + len(word):], b[b.rindex(word) + len(word):]
            return bool(head_a and head_b) and head_a not in head_b and head_b not in head_a
    return False


#: What a label opens with to name a stock (配备执法人员148名) or a flow of one year (培训执法人员
#: 152名, 新增…): of one thing, two indicators.
_STOCK_VERB = lazy_re.compile(r"^(?:配备|现有|共有|拥有|在册|在岗|在编)")
_FLOW_VERB = lazy_re.compile(r"^(?:培训|轮训|新增|新建|新上线|上线|招录|录用|引进|新招|新设|增加|开展|举办|组织)")


def _stock_and_flow(a: str, b: str) -> bool:
    """True for a stock and a flow of one thing by their opening verbs (配备执法人员 and
    培训执法人员): one is what there is, the other what was done this year."""
    return bool(_STOCK_VERB.match(a) and _FLOW_VERB.match(b) or _STOCK_VERB.match(b) and _FLOW_VERB.match(a))


#: The residents an indicator is of (城镇居民, 农村常住居民, 全体居民; 居民 alone is all of them).
_RESIDENTS = lazy_re.compile(r"(城镇|城市|农村|城乡|全体)?(?:常住)?居民")


def _other_residents(a: str, b: str) -> bool:
    """True when two labels of residents name other residents (城镇居民人均可支配收入 and 农村居民…, or
    居民… of all): a 分别 list's town and village each pair with their own."""
    found_a, found_b = _RESIDENTS.search(a), _RESIDENTS.search(b)
    return found_a is not None and found_b is not None and (found_a[1] or "全体") != (found_b[1] or "全体")


#: The level of government a label names (省级示范村, 市级示范村): two levels, two indicators.
LEVEL = lazy_re.compile(r"(国家|省|市|县|区|乡镇|乡|街道|村)级")


def _other_level(a: str, b: str) -> bool:
    """True when both labels name a level of government and no level is the same (省级示范村 and
    市级示范村), however alike the rest."""
    levels_a = set(LEVEL.findall(a))
    return bool(levels_a) and levels_a.isdisjoint(levels_b := set(LEVEL.findall(b))) and bool(levels_b)


#: Verbs a label may put before its object in the plan and after it in the result (开工建设
#: 县经开区标准厂房10万平方米 → 县经开区标准厂房开工建设8万平方米), or one year before and the
#: other after (规范性文件修改5件 → 修改规范性文件6件: what was done to the documents, not 清理).
_MOVABLE_VERB = lazy_re.compile(r"^(?:开工建设|开工改造|新开工|开工|建成投用|建成|新建|改造|完成|实施|建设|创建|培育|新增|"
                               r"修改|修订|废止|清理|制定)")


def _moved_verb_lcs(a: str, b: str) -> int:
    """The common subsequence of ``a`` and ``b`` when ``a``'s opening verb is the end of ``b``:
    the object compared with the object, the verb with the verb."""
    verb = _MOVABLE_VERB.match(a)
    if verb is None or not b.endswith(verb.group()) or len(b) == len(verb.group()):
        return 0
    return _lcs(a[verb.end():], b[: -len(verb.group())]) + len(verb.group())


class LabelShapes:
    """Each label's characters as bits of one int (one bit per distinct character seen), its
    length and its repeated characters: what ``may_reach`` needs, computed once per label."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._shapes: dict[str, tuple[int, int, int]] = {}

    def __call__(self, label: str) -> tuple[int, int, int]:
        shape = self._shapes.get(label)
        if shape is None:
            # -- a name of GDP (国内生产总值) is compared as GDP: the bound takes both spellings,
            #    the shorter length and the more repeats, so that it stays a bound for either --
            spelled = one_gdp_name(label)
            mask = 0
            distinct = set(label) | set(spelled)
            for char in distinct:
                mask |= 1 << self._bits.setdefault(char, len(self._bits))
            shape = self._shapes[label] = (mask, min(len(label), len(spelled)),
                                           max(len(label) - len(set(label)), len(spelled) - len(set(spelled))))
        return shape


def may_reach(a: tuple[int, int, int], b: tuple[int, int, int], floor: float) -> bool:
    """False only where ``label_similarity`` of the two labels (their ``LabelShapes``) is
    surely below ``floor``.

    The common subsequence is at most the characters the labels share: the distinct ones
    shared plus the repeats of either label. Below ``floor`` both ways: too few shared
    for the ratio, and the shorter label not inside the longer one. An integer test on the
    bits instead of the LCS: a long report pairs thousands of labels of one unit.
    """
    mask_a, length_a, repeats_a = a
    mask_b, length_b, repeats_b = b
    if not length_a or not length_b:
        return False
    bound = (mask_a & mask_b).bit_count() + min(repeats_a, repeats_b)
    shorter = min(length_a, length_b)
    # -- a hair below the floor: the ratio itself is computed in floating point --
    return 2 * bound >= floor * (length_a + length_b) - 1e-9 or bound >= shorter >= 2


__all__ = ["LEVEL", "LabelShapes", "label_similarity", "may_reach", "other_thresholds"]
