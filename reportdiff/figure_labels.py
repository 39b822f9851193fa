"""What a figure quantifies: its label, read from the words around the number (how alike two
labels are is ``figure_similarity``'s)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from . import lazy_re
from .figure_beneficiaries import beneficiary_label
from .figure_from_to import named_before_to, to_side_gap
from .figure_fragments import place_label, rate_subject, share_of_noun
from .figure_names import named_before_from, without_basis
from .figure_similarity import LEVEL
from .normalize import key as _norm_key

if TYPE_CHECKING:
    from .figures_extract import Figure

QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", "‘": "’", "〈": "〉"}
DELIMS = frozenset("，,。；;：:、！？!?\n\r\u3000（()）【】〔〕［］[]")
#: Brackets an aside is written in (（含日间照料中心）, 〔含灵活就业〕, 【民生实事】): closing → opening.
_BRACKETS = {"）": "（", ")": "(", "】": "【", "〕": "〔", "］": "［", "]": "["}
# -- Units that classify a following noun: 37所高校, 3个牵头单位, 3次全体会议. --
_CLASSIFIERS = frozenset(
    "个 项 次 件 所 家 名 例 场 条 篇 期 支 类 批 部 本 套 座 处 台 辆 宗 笔 张 位 轮 节 册 卷 种 份 起 列 趟 班 班次".split()
)
#: Classifiers of people (152名执法人员); any other counts units or places (12个乡镇).
_PERSON_CLASSIFIERS = frozenset("名 位".split())
#: People of a unit or place counted (乡镇主要负责人, 部门工作人员): not what 个 or 家 counts.
_PERSONS = lazy_re.compile(r"(?:主要)?(?:负责人|负责同志|工作人员|干部职工|职工)")
#: Verbs of a fall (下降, 压减; 减/降/低 alone): a change or a listed value they bring in goes down.
FALLING = frozenset("减少 下降 降低 缩短 下滑 回落 缩减 压减 减产 减 降 低 少".split())
#: A list item's marker, the dash of a target line (——地区生产总值增长6%左右；) included.
LEAD_MARKER = lazy_re.compile(r"^\s*(?:\d+[.、]|[(（][\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、是]|[—―─]+|[－-]{2,})")
LEAD_YEAR = lazy_re.compile(r"^\d{4}年度?")
# -- the act of upgrading what stands, before or after it (改造提升农村公路, 农村公路提档升级) --
_UPGRADES = ("改造提升", "提档升级", "升级改造", "提质改造", "提档改造")
_LEAD_TRIM = ("其中", "全年", "全区范围", "全市范围", "全区", "全市", "全县",
              # -- the whole area of a province's, a township's, a banner's report: where, not what --
              "全省", "全州", "全旗", "全镇", "全乡", "实现", "共计", "累计",
              "合计", "总计", "共有", "共", "完成", "涉及", "达到", "已",
              # -- when and how a plan is put: 今年拟安排地方政府专项债券, 年末全国城镇调查失业率 --
              # -- the time of year with its year (去年底, 今年末): 去年 alone would leave 底 --
              "去年底", "去年末", "今年底", "今年末", "今年", "去年", "本年", "当年", "年末", "年底", "全国", "我国", "拟", "先", "预计", "年度计划", "计划",
              # -- 首次/再次 say it happened before or not, not what happened (再次 before 再) --
              "首次", "再次", "预期", "安排", "将", "要完成", "要再", "再", "坚决",
              # -- a stretch or an assurance is how a target is put, not what it is of (确保…审查率) --
              "力争", "确保", "争取")
# -- words whose last character is also a trimmed tail (行为 is no 行 + 为) --
_KEEP_TAILS = ("行为", "作为", "认为", "成为", "年均")
#: Verbs of a level reached as a step (地区生产总值迈上1万亿元台阶, 跨上6万亿元新台阶, 站上千亿元级):
#: how the figure was reached, no part of what it is of.
STEP_VERBS = ("迈上", "跨上", "站上", "跃上", "登上", "迈过", "跨过")
_TAIL_TRIM = (*STEP_VERBS, "首次", "再次", "平均为", "平均", "全年控制在", "控制在", "完成", "稳定在", "拟按", "按", "拟安排", "安排", "拟", "设定为",
              # -- 下降到 before 降到: checked in order, the shorter would leave 下 (平均浓度下) --
              "下降到", "降到", "提高到", "增加到", "上升到", "提升到", "减少到", "突破", "不到", "从", "由",
              "全年", "增加至", "增长至", "增至", "提高至", "提升至", "上升至", "扩大至", "减少至", "下降至", "降至",
              "缩短至", "分别为", "分别", "共计", "累计", "合计", "总计", "共", "达到", "已达", "达", "为",
              "约", "近", "超过", "超", "逾", "均", "至", "到", "保持在", "稳定在", "保持", *_UPGRADES)
#: Building new and rebuilding together name the works (新建改扩建中小学), not an act before them.
_NEW_AND_REBUILT = ("新建改建", "新建改扩建", "新建扩建")
# -- what a label starts with but does not name: the act of building, setting up or upgrading --
_LEAD_ACTS = ("新创建", "创建", "新建", "建成", "新增", "设立", "建立", "组建", "打造", *_UPGRADES, "实施",
              # -- a transport service run (开行中欧班列1200列): what runs is counted --
              "开行")
# -- a label that is only a verb (全年办理21起) names nothing; the clause before it does
#    (加强生态环境损害赔偿案件办理，全年办理21起) --
_GENERIC_VERBS = frozenset("办理 受理 办结 审结 处理 完成 开展 召开 举办 组织 查处 调解".split())
_POLICY_VERBS = ("加强", "推进", "做好", "深化", "强化", "规范", "持续", "抓好", "推动", "扎实", "全力")
_AFTER_STOP = lazy_re.compile(
    r"的|批量|列入|纳入|参训|参加|参与|获|实现|完成|开展|通过|落地|入选|在(?![校职岗读编押线])|被|将|已|均|分别|建立"
    # -- 在 as a word of its own: 在校生, 在职人员 are nouns --
    r"|进行|得到|受到|(?<!公)共|累计|同比|较|比上|以上|左右|设置|设立|配备|覆盖|受益|逐[项一条个件]|大幅"
)
_MAX_LABEL = 16
#: A noun counted this short (企业, 村, 单位) names no more than the kind of thing counted.
_BARE_NOUN = 3
#: What a count of things won, right after their bare noun (2家企业获评…, 3个村入选…), on the key.
_HONOUR = lazy_re.compile(r"获评|荣获|获得|被评为|被认定为|被命名为|入选|成功创建|创建为")
#: Offices named before the year's work they did (执法队全年办理…, 便民服务中心全年办理…).
_OFFICES = ("队", "局", "中心", "所", "站", "办", "委", "庭", "院", "科", "部门", "政府", "机关")
#: People counted after their number (56名干部), named by what they take part in.
_PEOPLE = ("干部", "人员", "职工", "党员", "学员", "群众")
#: Nouns that name nothing alone (7项事项): the label reads on past the verb after them.
VAGUE_NOUNS = frozenset(("事项", "问题", "任务", "内容", "方面", "工作"))
#: Conjunctions a label cut out of an enumeration may start with (…和改造提升高标准农田): no noun.
_LEAD_CONJUNCTIONS = ("以及", "和", "及", "与", "并", "或")
#: A label this short after an enumeration comma (…、幼儿园24所) names one of the items counted together.
_ITEM = 4
# -- where another figure starts in a label read after a number: 7400亿元, 2.8万, not 4A级 or 5G --
_NEXT_FIGURE = lazy_re.compile(r"\d{2,}|\d[.万亿千百]")
# -- the words a rate of change is named by: 增长2.3%, 增幅超过40%, 上涨2.5%, 涨幅3%左右 --
_RATE_WORDS = lazy_re.compile(r"(?:增长|增幅|增速|上涨|涨幅|降低|下降|降幅)$")
_RATE_NAMES = {"增长": "增长", "增幅": "增长", "增速": "增长", "上涨": "涨幅", "涨幅": "涨幅",
               "降低": "降低", "下降": "降低", "降幅": "降低"}
# -- between two figures of one indicator: 从70万亿元增加到100万亿元, 30元和5元 --
_TO_WORDS = lazy_re.compile(r"(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|压缩|缩减|缩短|缩小|精简|压减|降)(?:到|至)$|增至|降至")
#: …and one opening the words after a 从 side's figure (权重由5%提高到8%: 提高到8% names nothing).
_TO_START = lazy_re.compile(r"(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|压缩|缩减|缩短|缩小|精简|压减|降)(?:到|至)|增至|降至")
_AND_WORDS = frozenset(("和", "、", "及", "与", "，"))
_ADDED = lazy_re.compile(r"(?:分别)?(?:再)?(?:增加|提高|提升)$")
_EMPTY_LABEL = frozenset(("将", "把", "对", "向", "使", "让", "使用", "用", "以", "和", "及", "与"))
#: What may stand before a share that names what follows it (有6.5%的增速, 在70%的地市).
_NO_SUBJECT = _EMPTY_LABEL | {"", "有", "在", "约有", "其中"}
# -- nouns that only name a measure of something said before: 转移支付增加1.5万亿元、规模近9.8万亿元 --
GENERIC_NOUNS = frozenset(("规模", "总量", "总额", "金额", "数量", "余额", "总规模", "总数"))


def _fit(phrase: str, keep_end: bool, limit: int = _MAX_LABEL) -> str:
    """Return at most ``limit`` characters of ``phrase``, its end (``keep_end``) or its start,
    cut between words (经营主体适用不予处罚或从轻减轻处罚 is not cut inside 处罚), and no
    conjunction opening it."""
    if len(phrase) > limit:
        from .segment import tokenize  # -- jieba is loaded only for a label too long --

        tokens = list(tokenize(phrase))
        kept: list[str] = []
        for token in reversed(tokens) if keep_end else tokens:
            if sum(map(len, kept)) + len(token) > limit:
                break
            kept.append(token)
        fitted = "".join(reversed(kept) if keep_end else kept)
        phrase = fitted if len(fitted) >= 2 else (phrase[-limit:] if keep_end else phrase[:limit])
    if phrase.startswith(_LEAD_CONJUNCTIONS):
        from .segment import tokenize

        first = tokenize(phrase)[0]  # -- 和改造提升…, but not 及时率 --
        if first in _LEAD_CONJUNCTIONS and len(phrase) - len(first) >= 2:
            return phrase[len(first):]
    return phrase


#: What is done to the things counted after 对 (对32件…进行合法性审查): the act the count is of.
_ACTED_ON = lazy_re.compile(r"进行([^，,。；;、]{2,8}?)(?=[，,。；;]|$)")


def _clause_end(key: str, pos: int) -> int:
    """Where the clause from ``pos`` ends: its comma, semicolon or full stop (、 goes on)."""
    found = re.compile(r"[，,。；;]").search(key, pos)
    return found.start() if found else len(key)


def _clause_start(key: str, pos: int, floor: int) -> int:
    i = pos
    while i > floor and key[i - 1] not in DELIMS:
        i -= 1
    return i


@functools.lru_cache(maxsize=16)
def _by_edge(words: tuple[str, ...], lead: bool) -> dict[str, tuple[str, ...]]:
    """The words grouped by the character they start (lead) or end with, in their order."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0] if lead else w[-1], []).append(w)
    return {edge: tuple(group) for edge, group in groups.items()}


def _strip_words(text: str, words: tuple[str, ...], lead: bool) -> str:
    # -- only the words that share the text's edge character can match: checked in order --
    groups = _by_edge(words, lead)
    changed = True
    while changed and text:
        changed = False
        for w in groups.get(text[0] if lead else text[-1], ()):
            if lead and text.startswith(w) and len(text) - len(w) >= 2:
                text, changed = text[len(w):], True
                break
            if not lead and text.endswith(w) and len(text) - len(w) >= 2 and not text.endswith(_KEEP_TAILS):
                text, changed = text[: -len(w)], True
                break
    return text


# -- the opening marks of each closing quote --
_CLOSING = {"”": ("“",), "」": ("「",), "》": ("《",)}
# -- a batch of what is named (命名第三批…基地12个): the same indicator whichever batch --
_BATCH = lazy_re.compile(r"第[一二三四五六七八九十\d]{1,3}批(?:次)?")
# -- quote marks dropped from a label --
_QUOTE_MARKS = lazy_re.compile(r"[“”「」『』《》\"‘’]")


#: 再 before the verb of an amount added (补助标准再提高30元): "once more", no part of the name.
_AGAIN = lazy_re.compile(r"再(?=(?:增加|提高|提升|压减|压缩|减少|降低|下降)$)")


#: A plan period or a span of years a figure is reported over (“十三五”时期, 过去五年): when, not what.
#: (the plan itself, “十四五”规划…, is what a figure may be of: only its span is trimmed).
_PERIOD = lazy_re.compile(r"^(?:[“「]?十[一二三四五六七八九]五[”」]?(?:时期|期间|以来)|过去五年|五年来|近五年|"
                          # -- 五年累计建成高标准农田, 五年新增学位: the years' total of the same thing --
                          r"五年(?=累计|新增|新建|实施|建成|完成|改造|开工|共))")
#: A target a figure completes (完成年度减排目标的110%): named by what the target is of.
_TARGET_TAIL = lazy_re.compile(r"(?:目标任务|任务目标|目标)的?$")
#: A share named after 的 (…占国内生产总值的比重): named by what it is the share of.
_SHARES = frozenset(("比重", "比例", "占比", "份额"))
#: The deputies' suggestions and the members' proposals handled together: the 两会's, however named.
_TWO_SESSIONS = lazy_re.compile(r"(?:全国|[省市县区])?人大(?:代表)?建议(?:和|、|及|与|以及)(?:全国|[省市县区])?政协(?:委员)?提案")
#: A quoted name this long at most qualifies the noun after it (“两会”建议提案, “三公”经费).
_QUOTED_QUALIFIER = 8


def _label_before(clause: str, limit: int = _MAX_LABEL) -> str:
    clause = LEAD_MARKER.sub("", clause)
    clause = _PERIOD.sub("", LEAD_YEAR.sub("", clause))
    # -- After a quoted name (“两会”建议提案) or an enumeration (…等主题学法) the noun
    #    is what follows. --
    #    A noun of two characters only (“小巨人”企业, “一件事”事项) is named by the quote with it. --
    for sep in ("”", "」", "》", "等地", "等"):
        head, found, tail = clause.rpartition(sep)
        # -- …before the verb that sets the figure: 将“一次办”事项提高到 --
        opened = max(head.rfind(mark) for mark in _CLOSING[sep]) if found and sep in _CLOSING else -1
        if found and sep in _CLOSING and tail and opened >= 0 and len(head) - opened - 1 <= _QUOTED_QUALIFIER \
                and len(head) - opened - 1 + len(tail) <= limit + 4:
            # -- a short quoted name is the subject of the noun after it: “三公”经费下降, “两会”建议提案 --
            clause = head[opened + 1:] + tail
        elif found and len(_strip_words(tail, _TAIL_TRIM, lead=False)) == 2 and sep in _CLOSING:
            clause = head[opened + 1:] + tail if opened >= 0 else tail
        # -- …except a noun of two characters after an enumeration (以案释法等活动): 活动 names
        #    nothing alone; the item before 等 says which --
        elif found and len(tail) >= 2 and not (sep == "等" and len(_strip_words(tail, _TAIL_TRIM, lead=False)) == 2
                                                and len(head) >= 2 and head[-1] not in "”」》"):
            clause = tail
    clause = _QUOTE_MARKS.sub("", _BATCH.sub("", clause))
    if sessions := _TWO_SESSIONS.search(clause):
        clause = "两会建议提案" + clause[sessions.end():]  # -- what was done with them is no part of it --
    clause = _strip_words(_strip_words(clause, _LEAD_TRIM, lead=True), _TAIL_TRIM, lead=False)
    if (target := _TARGET_TAIL.search(clause)) and target.group() != clause:
        # -- 完成年度减排目标的110%: the target of 减排, not a year's 目标 --
        named = _strip_words(_strip_words(clause[: target.start()], ("年度", "全年", "今年"), lead=True),
                             _LEAD_TRIM, lead=True)
        clause = named + "目标" if len(named) >= 2 else clause.removesuffix("的")
    elif target:
        clause = clause.removesuffix("的")  # -- 完成全年目标任务的120%: no more said of which --
    if not clause.startswith(_NEW_AND_REBUILT):  # -- 新建改建市政道路: new and rebuilt roads, one work --
        clause = _AGAIN.sub("", _strip_words(clause, _LEAD_ACTS, lead=True))
    if len(clause) > limit and (at := clause.rfind("全年")) > 0 and len(clause) - at - 2 >= 2 \
            and clause[:at].endswith(_OFFICES):
        clause = clause[at + 2:]  # -- 镇综合行政执法队全年办理…案件: the office that did it stands before the work --
    if len(clause) > limit and "的" in clause:
        head, _, tail = clause.rpartition("的")
        whole = head.partition("占")[0] if tail in _SHARES else ""
        if len(whole) >= 2 and len(whole) + len(tail) <= limit:
            clause = whole + tail  # -- 数字经济核心产业增加值占国内生产总值的比重: that value's share --
        elif len(tail) >= 2:
            clause = tail
    if len(clause) > 3:
        clause = clause.removesuffix("的")  # -- 高新技术企业的|60%以上: a share of those enterprises --
    return _fit(clause, keep_end=True, limit=limit)


def _label_after(key: str, pos: int) -> str:
    if pos >= len(key):
        return ""
    if key[pos] in QUOTES:
        close = key.find(QUOTES[key[pos]], pos + 1)
        return key[pos + 1 : close][:_MAX_LABEL] if close > pos + 1 else ""
    end = pos
    while end < len(key) and key[end] not in DELIMS and key[end] not in QUOTES:
        end += 1
    phrase = key[pos:end]
    stop = _AFTER_STOP.search(phrase)
    if stop and stop.group() == "实现" and stop.end() == len(phrase) and end < len(key) and key[end] in QUOTES \
            and (vague := next((noun for noun in VAGUE_NOUNS if phrase[: stop.start()].endswith(noun)), None)):
        # -- 8项高频事项实现“跨省通办”: the items are named by the scheme they joined (跨省通办事项) --
        close = key.find(QUOTES[key[end]], end + 1)
        if close > end + 2:
            return _fit(key[end + 1 : close] + vague, keep_end=False)
    if stop and phrase[: stop.start()].endswith(_PEOPLE) and stop.group() in ("参加", "参与", "参训"):
        # -- 56名干部参加年度法律知识考试: the people counted are named by what they took part in --
        further = _AFTER_STOP.search(phrase, stop.end())
        phrase = phrase[: further.start()] if further else phrase
    elif stop and 0 < stop.start() <= _BARE_NOUN and (
            honour := _HONOUR.match(phrase, stop.start())) and len(phrase) - honour.end() >= 2:
        # -- 2家企业获评省级专精特新中小企业: a bare noun counted is named by the honour it won
        #    (not 企业, which 新增入驻企业23家 is too) --
        phrase = phrase[honour.end():]
        further = _AFTER_STOP.search(phrase)
        phrase = phrase[: further.start()] if further and further.start() >= 2 else phrase
    elif stop and phrase[: stop.start()] not in VAGUE_NOUNS:
        phrase = phrase[: stop.start()]
    # -- 7项事项纳入年度重大行政决策事项目录: a vague noun is named by what is done with it --
    digit = _NEXT_FIGURE.search(phrase)
    if digit and digit.start() >= 2:
        phrase = phrase[: digit.start()]  # -- the next figure is another's: 分两期投放…工具7400亿元 --
        # -- 12个乡镇和86个乡镇站所: the 和 joins the next item, it is no part of this one --
        joined = next((phrase[: -len(word)] for word in _LEAD_CONJUNCTIONS if phrase.endswith(word)), phrase)
        phrase = joined if len(joined) >= 2 else phrase
    if len(phrase) == 1 and end < len(key) and key[end] in "（(":
        # -- 6个县（市、区）: a one-character noun explained by its parenthetical --
        close = key.find("）" if key[end] == "（" else ")", end)
        if close > end:
            phrase = key[pos : close + 1]
    return _fit(phrase, keep_end=False) if len(phrase) >= 2 else ""


def _counted_after(key: str, pos: int, unit: str | None) -> str:
    """The label read after a count (12个乡镇), less the people of what is counted when the
    unit counts no people (12个乡镇主要负责人: 个 counts the townships, not their heads)."""
    after = _label_after(key, pos)
    if unit not in _PERSON_CLASSIFIERS and (person := _PERSONS.search(after)) and person.start() >= 2:
        return after[: person.start()]
    return after


#: Words before a count of what is left of a whole (剩余4座, 其余3个, 余下2个): the label keeps them.
_REMAINDER = ("剩余", "其余", "余下", "剩下", "尚余")


def _label(key: str, m: re.Match[str], floor: int) -> str:
    unit = m["unit"]
    if unit in _CLASSIFIERS and m["suf"] is None:
        after = _counted_after(key, m.end(), unit)
        if after and not _TO_WORDS.match(after):  # -- 从60类减少到10类: the verb names nothing --
            if key.endswith("对", floor, m.start()) and (
                    acted := _ACTED_ON.search(key, m.end(), _clause_end(key, m.end()))):
                # -- 对32件重大行政决策…进行合法性审查: the review of those, not the decisions --
                return _fit(after + acted[1], keep_end=False)
            named = place_label(key, m.end(), after, m.start(), floor) or after
            # -- 完成剩余4座…: what is left of a whole is another count than the whole (15座) --
            rest = next((word for word in _REMAINDER if key.endswith(word, floor, m.start())), "")
            return rest + named if rest and not named.startswith(rest) else named
    start = _clause_start(key, m.start(), floor)
    if start - 1 > floor and key[start - 1] in _BRACKETS \
            and (opening := key.rfind(_BRACKETS[key[start - 1]], floor, start - 1)) > floor:
        # -- 民主法治示范村（社区）23个, 城镇新增就业〔含灵活就业〕12万人, 规模以上工业增加值（可比价）增长6%,
        #    细颗粒物（PM2.5）平均浓度: the noun stands before an aside in brackets and goes on after it;
        #    the aside is no part of its name --
        return _label_before(key[_clause_start(key, opening, floor) : opening] + key[start : m.start()])
    # -- 从一个月以上压缩到目前的4个工作日, 由20多天缩短到现在的5个工作日: a 从…到 pair is named
    #    before 从, across the 从 side's figure of another unit --
    named = named_before_from(key, start, m.start(), m.end()) \
        or named_before_to(key, _clause_start(key, m.start(), 0), m.start())
    label = _label_before(key[start : m.start()]) if named is None \
        else _strip_words(_label_before(named), _POLICY_VERBS + ("落实好", "落实"), lead=True)
    if unit in _CLASSIFIERS and start - 1 > floor and key[start - 1] == "、" and len(label) <= _ITEM:
        # -- 新建改扩建中小学、幼儿园24所: the count is of all the items listed, none holding a figure
        #    (a rate or an amount is most often of the last item alone: …分置改革、确权面积超过80%) --
        first = _clause_start(key, start - 1, floor)
        while first - 1 > floor and key[first - 1] == "、":
            first = _clause_start(key, first - 1, floor)
        items = key[first : start - 1].split("、")
        # -- …not the rest of a figure's unit before it (2800万重量箱、电解铝100多万吨) --
        if (first > floor or floor == 0) and all(len(_label_before(item)) <= _MAX_LABEL // 2 for item in items) and "分别" not in key[start : m.start()]:
            return _label_before(key[first : m.start()])
    if label in _GENERIC_VERBS and start - 1 > floor:
        previous = key[_clause_start(key, start - 1, floor) : start - 1]
        if previous.endswith(label):
            noun = _strip_words(_label_before(previous[: -len(label)]), _POLICY_VERBS, lead=True)
            if len(noun) >= 2:
                return noun
    return label


def rate_label(label: str) -> str:
    """One name per rate of change: 居民消费价格上涨 and 居民消费价格涨幅 are one indicator."""
    found = _RATE_WORDS.search(label)
    if found is None or found.start() < 2:
        return label
    return label[: found.start()] + _RATE_NAMES[found.group()]


#: Labels that only say a figure is reached or summed (累计达到58个, 共5项, 达到93亿元): the
#: indicator is what the clause before names.
BARE_LABELS = frozenset(("达到", "达", "共", "共计", "总计", "合计", "累计", "累计达到", "达到了"))
#: What opens a subject without naming it (力争营业收入增长8%: the revenue), on the Simplified key.
#: What names or brings in what a stock counts (命名…基地12个，累计达到58个: the 基地).
_NAMING = ("新命名", "命名", "新认定", "认定", "新上线", "上线")
#: What a subject's figure did to it, not what it is (营业收入增长8%).
_SUBJECT_TAILS = lazy_re.compile(r"(?:增长|增幅|增速|上涨|涨幅|降低|下降|降幅|净增|新增|增加|减少|提高|提升)$")
#: A year inside a label (县政府2025年度重大行政决策事项目录): the same list the next year.
_YEAR_INSIDE = lazy_re.compile(r"\d{4}年度?")


#: A label that is a year and an act alone (其中2022年新建, 2022年新增): the year's part of what the
#: figure before counts.
_YEAR_PART = lazy_re.compile(r"(?:其中)?\d{4}年度?(?:新建|新增|建成|完成|改造|实施|开工|新开工|开行|净增)?")


#: Investment named alone after a count of projects (实施重点项目93个，完成投资97.2亿元; of the
#: year: 完成年度投资860亿元), and the acts such a count opens on.
_INVESTMENT = ("投资", "年度投资", "全年投资")
_ADDED_ALONE = ("净增", "新增", "增产", "减产")  # -- 粮食产量1.37万亿斤，增产74亿斤: the grain's --
_PROJECT_ACTS = ("实施", "新开工", "开工", "推进", "安排")


def _subject(key: str, m: re.Match[str], floor: int, before: Figure | None) -> str:
    """Return what a bare label (``BARE_LABELS``) counts: the subject of the figure just before
    in one sentence (力争营业收入增长8%，达到93亿元以上: 营业收入), or the noun of the clause
    before (制定…重大行政决策事项目录，共5项); "" when neither names one."""
    start = _clause_start(key, m.start(), floor)
    if start == 0 or key[start - 1] not in "，,":
        return ""  # -- a new sentence or a list item: the clause before is of something else --
    if before is not None and before.end <= start and not key[before.end : start - 1].strip():
        subject = _SUBJECT_TAILS.sub("", before.label)
    elif start - 1 > floor:
        subject = _label_before(key[_clause_start(key, start - 1, floor) : start - 1])
    else:
        return ""
    subject = _strip_words(_YEAR_INSIDE.sub("", subject), _LEAD_TRIM, lead=True)
    subject = _strip_words(subject, _LEAD_ACTS + _NAMING, lead=True)
    return subject if len(subject) >= 2 and subject not in BARE_LABELS else ""


def _act_alone(label: str) -> bool:
    """True for a preposition before an act and nothing else (对新增2万亿元中央财政资金…): the
    noun after the number is what is counted."""
    return label[:1] in _EMPTY_LABEL and label[1:] in _LEAD_ACTS + _ADDED_ALONE


def final_label(
    key: str, m: re.Match[str], floor: int, previous: Figure | None, before: Figure | None = None
) -> tuple[str, bool, str | None]:
    """Return the label of the figure ``m``, whether ``previous`` is the 从 side of a 从…到
    pair, and the aspect the label implies (``delta`` for an amount added: 再增加40元).

    A figure right after another of the same indicator (从A增加到B, A和B, A、B) takes its label;
    a label that is only a function word (将2.8万亿元中央财政资金纳入…) is read after the number;
    one that only says the figure is reached or summed (累计达到, 共) names the subject of
    the figure ``before`` it (of any unit) or of the clause before.
    """
    if m["unit"] == "人" and key.startswith("口", m.end()):
        return "人口", False, None  # -- 14亿多人口的发展中大国: a population, its 口 no label --
    label = _norm_key(_label(key, m, floor))
    added = _ADDED.search(label)
    if added and added.start() >= 2 and m["pct"] is None and m["unit"] not in ("%", "个百分点", "百分点"):
        # -- 补助标准再增加40元 and 补助标准提高30元 add to a level; they are no level --
        return label[: added.start()] + "增加", False, "delta"
    if label in GENERIC_NOUNS and previous is not None:
        # -- 高新技术企业净增138家、总数达到1062家: the total of what was added to --
        label = re.sub(r"(?:净增|新增|增加|减少|增长|下降)$", "", previous.label) + label
    elif label in GENERIC_NOUNS and before is not None and key[before.end : m.start()].startswith(("，", ",")) \
            and _clause_start(key, m.start(), floor) == before.end + 1 and _RATE_WORDS.search(before.label):
        # -- 国内生产总值增长6.6%，总量突破90万亿元: the total of what grew --
        label = _RATE_WORDS.sub("", before.label) + label
    if previous is not None:
        gap = key[previous.end : m.start()]
        if (_TO_WORDS.search(gap) and len(gap) <= 4) or to_side_gap(gap):  # -- …缩短到现在的5个工作日 --
            return previous.label, True, None
        if gap in _AND_WORDS and (len(label) < 2 or label in _EMPTY_LABEL):
            return previous.label, False, previous.aspect
        if LEVEL.fullmatch(label) and (level := LEVEL.search(previous.label)) and gap[:1] in _AND_WORDS:
            # -- 新增省级示范村3个、市级12个: the same thing at another level --
            return previous.label[: level.start()] + label + previous.label[level.end():], False, previous.aspect
    if (m["unit"] == "%" or m["pct"] is not None) and (label in _NO_SUBJECT or label in _LEAD_TRIM) \
            and (share := share_of_noun(key, m.end())):
        return _norm_key(share), False, None  # -- 71%的煤电机组实现超低排放: a share of the units --
    start = _clause_start(key, m.start(), floor)
    if named := beneficiary_label(key, m, label, start, lambda: _norm_key(_counted_after(key, m.end(), m["unit"]))):
        return _norm_key(named), False, None  # -- 惠及2100多万人, 约6700万人受益: named by the scheme --
    if len(label) <= 2 or label in _EMPTY_LABEL or _act_alone(label) or label in _LEAD_TRIM \
            or (m["unit"] is None and m["mult"] and m["suf"] is None):
        # -- 3700多万学生受益: a count without a unit names its noun after the number --
        after = _norm_key(_counted_after(key, m.end(), m["unit"]))
        # -- 由8300万增加到…: the verb of a 从…到 pair after the number names nothing --
        if len(after) >= 2 and not _TO_WORDS.match(after) and not _TO_START.match(after):
            return after, False, None
        if not after and label.endswith("于") and (noun := share_of_noun(key, m.end())):
            return _norm_key(noun), False, None  # -- 用于1500万人次以上的职工培训, 低于3%左右的预期目标 --
    if label in BARE_LABELS and (subject := _subject(key, m, floor, before)):
        return subject, False, None
    if _YEAR_PART.fullmatch(label) and (subject := _subject(key, m, floor, before)):
        return subject, False, None  # -- 五年累计建成…980万亩，其中2022年新建215万亩: the year's share of the same thing --
    if label in _ADDED_ALONE and (subject := _subject(key, m, floor, before)):
        return subject + label, False, None  # -- 高新技术企业达到1450家，净增240家: the firms added --
    if label in _INVESTMENT and (subject := _subject(key, m, floor, before)):
        # -- 实施县重点项目93个，完成投资97.2亿元 (or 完成年度投资): those projects' investment, not
        #    投资 at large (固定资产投资) nor any body's 年度投资 --
        subject = _strip_words(subject, _PROJECT_ACTS, lead=True)
        # -- 重点项目建设提速，完成年度投资86亿元: the projects the clause before is about --
        subject = subject[: subject.rfind("项目") + 2] if "项目" in subject else subject
        if subject.endswith("项目") and len(subject) > 2:
            return subject + _INVESTMENT[0], False, None
    if (m["unit"] == "%" or m["pct"] is not None) and (
            subject := rate_subject(key, _clause_start(key, m.start(), floor), label)):
        return subject, False, None  # -- 评查案卷320卷，优秀率达到86%: the files' rate --
    if (added := _ADDED_AFTER.search(label)) is not None and added.start() >= 2:
        label = label[: added.start()]  # -- 规模以上工业企业新增150家: the firms added (aspect new) --
    return rate_label(without_basis(label)), False, None


#: 新增 after the subject it adds to (规模以上工业企业新增150家), not after a span it is counted over
#: (平均每天新增8000户: a rate of the subject before).
_ADDED_AFTER = lazy_re.compile(r"(?<!每天)(?<!每年)(?<!每月)(?<!年均)(?<!日均)(?<!平均)新增$")


__all__ = ["BARE_LABELS", "DELIMS", "FALLING", "GENERIC_NOUNS", "LEAD_MARKER", "LEAD_YEAR", "QUOTES", "STEP_VERBS",
           "VAGUE_NOUNS", "final_label", "rate_label"]
