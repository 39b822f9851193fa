"""Whether evidence names what a plan's task acts on, not only its common words (used by
promise_clauses.py).

A task's object is written as a compound of words (整体通关时间, 房地产税立法, 超低排放改造,
退耕还林还草方案, 健康中国行动). A review sentence about another task may hold most of the
clause's weight in its parts (时间 of 企业开办时间, 房地产 of 房地产市场, 钢铁 and 行业 of
钢铁、煤炭行业去产能, 健康 of 健康发展): it reports another object. Evidence names the
object when it holds two of the compound's words together as the plan writes them
(通关时间 in 货物通关时间压缩一半以上), a concept or a domain term of the clause, a long word or
a word the plan writes alone as its object standing as its own compound there (完成国企改革三年
行动 for 深化国资国企改革; 推动进出口稳中提质 for 发挥进出口对经济的支撑作用), or when the clause
writes no compound at all.
"""

from __future__ import annotations

import functools
import itertools

from . import lazy_re
from .plan_matching import DOMAIN, FUNCTION_CHARACTERS, GENERIC, STANCE, _token_bounds, word_bigrams
from .segment import FIGURE_RE, tokenize

#: The verbs of a task, on the Simplified key: what a plan undertakes to do, or what a target
#: says of its indicator (生态环境质量进一步改善, 国际收支基本平衡).
TASK_VERB = lazy_re.compile(
    "改善|下降|增长|同步|平衡|向好|提质|回稳|"
    "实施|实行|推进|推动|加快|加强|完善|健全|建立|建设|构建|制定|出台|开展|启动|设立|增设|支持|鼓励|引导|促进|深化|"
    "扩大|提高|提升|降低|减少|增加|落实|坚持|强化|优化|培育|改造|新建|完成|安排|发行|取消|放宽|规范|整治|治理|保障|"
    "稳定|保持|用好|做好|抓好|打击|加大|延续|延长|推广|推行|探索|统筹|提振|防范|化解|严控|确保|守住|兜牢|扶持|帮助|"
    "减轻|清理|严厉|严格|维护|参与|商签|发挥|开工|建成|修订|编制|办好|加速|拓展|拓宽|实现|控制|下达|打造|聚焦|争创|"
    "招引|培养|引进|筹办|举办|召开|部署|出击|攻坚|巩固|壮大|发展壮大|补齐|补强|畅通|织密|筑牢|防控|去产能|去库存|去杠杆|降成本|补短板|^发展(?![^,;]*(?:是|才))|简化|简并"
)
#: Characters two words of a compound may stand apart in the evidence.
GAP = 4
_CHINESE = lazy_re.compile(r"[\u4e00-\u9fff]+")
#: Between a list's first item and its head: the other items (、碧水、净土), 等, and as many
#: characters as between two words of a compound (钢铁、煤炭行业市场化去产能 names 钢铁…产能).
_LIST_GAP = lazy_re.compile(r"(?:、[\u4e00-\u9fff]{1,6})+等?[\u4e00-\u9fff]{0,%d}" % GAP)
#: A word this long (贫困人口, 重点高校) names an object on its own, where it stands as its own
#: compound; a numeral (三分之一) names none.
LONG_WORD = 4
_NUMERAL = lazy_re.compile(r"[零一二三四五六七八九十百千万亿两半分之倍成]+")
#: Characters that join two objects of one task (大豆和油料).
_JOINTS = frozenset("和与及")
#: Words that say only which way an indicator went: a clause of them and a figure names no object.
_DIRECTIONS = frozenset("增长 下降 提高 降低 减少 增加 上升 回升 提升 增速 降幅 增幅".split())
#: Single characters that say what may or must be done (让居民|能|消费): a subject and its verb
#: stand either side of one, not two words of a compound.
_MODALS = frozenset("要将会能可应须得该愿")
#: Actions a review reports a campaign against a named ill with (纠正“四风”), besides TASK_VERB.
CORRECTS = lazy_re.compile(r"纠正|纠治|根治|查处|破除|遏制|刹住|狠刹|整顿|惩治")


#: A sentence this short (in characters of text) that neither acts nor sets a figure is a maxim.
MAXIM_LENGTH = 8
_LETTERS = lazy_re.compile(r"[\W\d_]+")
_COUPLET_SPLIT = lazy_re.compile(r"[,;]")
#: The words of a maxim's couplet: what weighs more than what, what cannot be, what wins the
#: future (生命高于一切，安全重于泰山; 团结凝聚力量，实干创造未来). Two balanced clauses without
#: them are two tasks (压减一般支出，盘活存量资金).
_RHETORIC = lazy_re.compile(r"高于|重于|大于|不容|不可|重在|贵在|成在|在于|铸就|成就|创造|赢得|开创|凝聚|之魂|之本|为本|至上")
#: What a clause of a maxim of three says cannot be (信心不可动摇).
_CANNOT = lazy_re.compile(r"不容|不可|不能|不会|不得")
#: A clause that obliges (对…的，必须依法惩治) sets a task, however balanced the sentence.
_OBLIGES = lazy_re.compile(r"(?:必须|务必|要|应当?|须|坚决|依法)")


def is_maxim(plan_key: str) -> bool:
    """True for a maxim between the tasks of a 政府工作报告 (为政之道，民生为本; 上下同欲者胜;
    奋斗才能赢得未来; 团结凝聚力量，实干创造未来): short, or a couplet of two clauses of one
    length (对仗), or three of one length that each say what cannot be (困难不容低估，信心不可动摇，
    干劲不能松懈), with no task verb and no figure. It promises nothing."""
    if TASK_VERB.search(plan_key) or FIGURE_RE.search(plan_key):
        return False
    clauses = [_LETTERS.sub("", clause) for clause in _COUPLET_SPLIT.split(plan_key)]
    clauses = [clause for clause in clauses if clause]
    return len("".join(clauses)) <= MAXIM_LENGTH or (
        len(clauses) == 2 and len(clauses[0]) == len(clauses[1]) <= MAXIM_LENGTH
        and not any(_OBLIGES.match(clause) for clause in clauses) and _RHETORIC.search(plan_key) is not None) or (
        # -- three or more of one length, each a "cannot" (困难不容低估，信心不可动摇，干劲不能松懈) --
        len(clauses) > 2 and len(set(map(len, clauses))) == 1 and len(clauses[0]) <= MAXIM_LENGTH
        and all(_CANNOT.search(clause) for clause in clauses))


#: Words that say how, how much or in what respect a task is done, never what it acts on: a clause
#: of these and task verbs alone (确保按时足额发放, 合理扩大使用范围, 确保生产供应) leaves its object
#: to the clause or sentence before it.
_NO_OBJECT = frozenset(
    "按时 足额 及时 如期 合理 适度 适当 有序 稳步 明显 切实 全面 持续 进一步 尽快 依法 有效 大力 "
    "使用 发放 生产 供应 落实 到位 运行 完成 如期完成 办理 "
    "范围 规模 比例 比重 进度 标准 水平 力度 效率 效能 额度 期限 覆盖面".split())


def names_no_object(clause_key: str) -> bool:
    """True for a clause of task verbs and words of manner or measure only (``_NO_OBJECT``): an
    elliptical task (…养老金标准，确保按时足额发放) whose object the clause before names."""
    words = [token for token in tokenize(clause_key) if _CHINESE.fullmatch(token)]
    # -- a task named as a verb (补短板 of 加大补短板力度, 去库存) is an object here --
    return bool(words) and all(TASK_VERB.fullmatch(word) and len(word) <= 2 or word in _NO_OBJECT for word in words)


def _in_compound(token: str) -> bool:
    """True for a token that can be part of an object's compound: a word (generic ones too:
    国有企业优化重组; not a word of stance, 强大|力量), or a single character that is no function
    word, digit or punctuation."""
    if token in STANCE:
        return False
    if len(token) == 1:
        # -- a function character (plan_matching.FUNCTION_CHARACTERS) ends a compound; any other
        #    single character (税 of 房地产税, 草 of 还林还草) belongs to it --
        return "\u4e00" <= token <= "\u9fff" and token not in FUNCTION_CHARACTERS
    return word_bigrams(token) is not None or (token in GENERIC and _CHINESE.fullmatch(token) is not None)


_CLOSING_QUOTES = frozenset('”"」』')


@functools.lru_cache(maxsize=8192)
def compound_pairs(clause_key: str) -> tuple[tuple[str, str, bool], ...]:
    """Return the pairs of words of the clause's compounds a review names its object by: of
    neighbouring words (超低排放, 排放改造 of 推动钢铁等行业超低排放改造), each pair with at
    least one specific word; of two specific words with one word or 和, 与, 及 between; and of
    the items of a list before 等 with the words after it. Each as (word, word, whether the
    evidence may name it as a list's first item and head, ``_near``): not a pair of the plan's
    own list (钢铁等行业 is not named by 钢铁、煤炭行业去产能)."""
    pairs: list[tuple[str, str]] = []
    tokens = tokenize(clause_key)
    for first, second in itertools.pairwise(tokens):
        if _in_compound(first) and _in_compound(second) and (word_bigrams(first) is not None or word_bigrams(second) is not None):
            pairs.append((first, second, True))
    for first, middle, second in zip(tokens, tokens[1:], tokens[2:]):
        if word_bigrams(first) is None or word_bigrams(second) is None:
            continue
        # -- two objects joined (大豆和油料) are named together (扩种大豆油料); a word between
        #    two others may be left out (中部崛起 for 中部地区崛起) --
        # -- …not a subject and its verb either side of a modal (让居民|能|消费: 居民消费价格 is a price) --
        if middle in _JOINTS or (_in_compound(middle) and middle not in _MODALS
                                 and not any(map(TASK_VERB.fullmatch, (first, second)))):
            pairs.append((first, second, True))
    # -- a name in quotes and the word it qualifies (“三公”经费) are one compound, named with
    #    the closing quote between them; not a plan period's number (“十四五”规划) --
    for name, mark, word in zip(tokens, tokens[1:], tokens[2:]):
        if mark in _CLOSING_QUOTES and word_bigrams(name) is not None and word_bigrams(word) is not None \
                and not _NUMERAL.fullmatch(name):
            pairs.append((name + mark, word, True))
    # -- the items of a list before 等 each go with the words after it (东北等老工业基地振兴:
    #    东北振兴; 低保、救助等标准: 低保等标准) --
    for at, token in enumerate(tokens):
        if token != "等":
            continue
        # -- each item's last word, an item of several words too (城乡低保、社会救助等标准:
        #    低保等标准, 救助等标准) --
        items = []
        back = at - 1
        while back >= 0:
            items.append(tokens[back])
            before = back - 1
            while before >= 0 and tokens[before] != "、" and _in_compound(tokens[before]) \
                    and not TASK_VERB.fullmatch(tokens[before]):
                before -= 1
            if before <= 0 or tokens[before] != "、":
                break
            back = before - 1
        after = list(itertools.takewhile(_in_compound, tokens[at + 1 :]))
        pairs.extend((item, word, False) for item in items if word_bigrams(item) is not None
                     for word in after if word_bigrams(word) is not None)
    return tuple(dict.fromkeys(pairs))


def _near(first: str, second: str, text: str, listed: bool = False, ordered: bool = False, clause: str = "") -> bool:
    """True when the two words stand within GAP characters of each other in ``text``, in either
    order and with no mark between them (进出口逐步回稳 for 进出口回稳, 农村和贫困地区 for
    贫困地区农村); not where ``text`` makes one of them into another word with 化 and the plan's
    ``clause`` does not (要素市场化 for 要素市场)."""
    if first not in text or second not in text:
        return False
    firsts = [(start, start + len(first)) for start in _places(first, text)
              if not _made_into(first, text, start, clause)]
    for second_start in _places(second, text):
        if _made_into(second, text, second_start, clause):
            continue
        second_end = second_start + len(second)
        for start, end in firsts:
            gap = text[end:second_start] if end <= second_start else text[second_end:start]
            if end > second_start and not _JOINTS.intersection(gap) and (
                    ordered or TASK_VERB.fullmatch(second) or second_end not in _token_bounds(text)):
                # -- turned round, the plan's noun in front is a verb acting on the other word
                #    (全球发展倡议 / 发展全球伙伴关系): a verb and its object, not the compound; or
                #    opens a longer word of the evidence (世界经济 / 经济总量稳居世界) --
                continue
            # -- a mark between them (教育、健康) makes two items of a list, not one compound;
            #    unless the first is a list's first item and the second its head (蓝天、碧水、
            #    净土保卫战 for 蓝天保卫战) --
            # -- …and a preposition between them puts them in two phrases (装备制造业增速快于一般工业) --
            if len(gap) <= GAP and _CHINESE.fullmatch(gap or "一") and _PREPOSITIONS.isdisjoint(gap) \
                    or listed and end <= second_start and _LIST_GAP.fullmatch(gap):
                return True
    return False


def _made_into(word: str, text: str, start: int, clause: str) -> bool:
    """True when ``word`` at ``start`` of ``text`` is made into another word by 化 after it (市场 of
    要素市场化配置: making a thing market-driven, not a market) that ``clause`` does not write
    (常态化 of 常态化疫情防控 is the plan's own)."""
    return text.startswith("化", start + len(word)) and word + "化" not in clause


#: Words before an object that say how much of it or what is done to it, not which it is
#: (整体通关时间 and 货物通关时间 are one time; 压减钢铁产能 and 退出钢铁产能 one capacity).
_NOT_TELLING = frozenset("整体 总体 全部 所有 平均 全体 总 压减 退出 淘汰 压缩 削减 关停 关闭 新增 超过 达到".split())


#: Words saying a thing of every kind (各类违法犯罪活动).
_ALL_KINDS = frozenset("各类 各种 一切 所有 各项 各个 各式各样".split())



def _names_a_kind(clause: tuple[str, ...], at: int) -> bool:
    """True when the clause names a kind of ``clause[at]``: a modifier right before it (电信诈骗|
    违法犯罪), or a field said of it with 的 (证券期货领域|的|违法犯罪)."""
    if at > 1 and clause[at - 1] == "的":
        return any(_modifier(word) for word in clause[at - 2 : max(at - 5, 0) : -1])
    return at > 0 and _modifier(clause[at - 1])


def _of_all_kinds(word: str, evidence_key: str) -> bool:
    """True when the evidence writes ``word`` only after a word of every kind (各类|违法犯罪)."""
    tokens = tokenize(evidence_key)
    places = [at for at, token in enumerate(tokens) if token == word]
    return bool(places) and all(at > 0 and tokens[at - 1] in _ALL_KINDS for at in places)


#: Tokens either side of a pair in which the evidence may write the plan's own word.
_AROUND = 3


def _modifier(token: str, specific: bool = True) -> bool:
    """True for a word that tells one object from another of the same head (短缺 of 短缺药品;
    with ``specific`` False, a generic word inside a compound too: 创新 of 良好创新生态); not a
    verb acting on it nor a word of scope (整体)."""
    return len(token) > 1 and (word_bigrams(token) is not None if specific else _in_compound(token)) \
        and token not in _NOT_TELLING and not TASK_VERB.fullmatch(token) and not CORRECTS.fullmatch(token)


def _another_modifier(first: str, second: str, clause_key: str, evidence_key: str) -> bool:
    """True when the evidence writes the clause's pair with another word where the plan writes the
    one telling its object: before the pair (大宗商品|保供稳价 for 短缺药品|保供稳价), in place of
    the generic word the pair skips (良好|网络|生态 for 良好|创新|生态), or between the pair and the
    compound's head (营造良好|网络|生态 for 营造良好|创新|生态). The head is shared, the object is
    not. Where the evidence writes the pair alone (做好保供稳价工作), with the plan's word, with a
    word the plan itself writes (钢铁、焦化行业 for 钢铁等行业), or leaves out the word the pair
    skips (中部崛起 for 中部地区崛起), nothing contradicts it. A pair holding a single character
    is one word jieba cut (细|颗粒物): the words before it say where (重点地区, 重点城市), not which.
    A verb that is a word of the plan's compound, not acting on it (专项|整治|三年行动), tells its
    object as a noun does; a long word the pair skips (台湾同胞 of 增进台湾同胞福祉) names one on
    its own; and the evidence's word may be glued to the pair's by jieba (财政资金|直达 for
    退税|资金|直达)."""
    clause = tokenize(clause_key)
    places = [(place, width) for width in (1, 2) for place in range(len(clause) - width)
              if clause[place] == first and clause[place + width] == second]
    if not places:
        return False
    place, width = places[0]
    end = place + width
    tokens = _unglued(tokenize(evidence_key), first)
    own = frozenset(clause)
    one_word = len(first) == 1 or len(second) == 1
    found = False
    for at, token in enumerate(tokens):
        if token != first:
            continue
        for gap in (1, 2):
            if tuple(tokens[at + gap : at + gap + 1]) != (second,):
                continue
            found = True
            around = tokens[max(at - _AROUND, 0) : at + gap + 1 + _AROUND]

            def other(theirs: str, mine: str, generic: bool = False) -> bool:
                # -- the plan's own word near the pair (农资和煤炭保供稳价) still names its object;
                #    with ``generic``, a generic word of a compound is another word too (新产业|新|业态) --
                return (word_bigrams(theirs) is not None or generic and len(theirs) > 1 and _in_compound(theirs)) \
                    and theirs not in own and not TASK_VERB.fullmatch(theirs) and mine not in around

            # -- the word telling the object may stand before words both write (外贸|新|业态|新|模式
            #    against 消费|新|业态|新|模式): read past them, the same on both sides; a pair holding a
            #    single character is told by it too, unless the words say only where (重点地区|细|颗粒物
            #    against 重点城市|细|颗粒物) --
            skip = _shared_words(clause, place, tokens, at)
            # -- (past shared words, only a modifier tells) --
            telling = _tells(clause, place - 1) if not skip else _modifier(clause[place - 1 - skip])
            contradicted = place > skip and at > skip and telling \
                and other(tokens[at - 1 - skip], clause[place - 1 - skip], generic=bool(skip) or one_word) \
                and (not one_word or not (_says_where(clause[place - 1 - skip]) or _says_where(tokens[at - 1 - skip])))
            # -- the plan's pair of a kind it names (证券期货领域的|违法犯罪|活动, 电信诈骗|违法犯罪), the
            #    evidence's of all kinds (打击各类|违法犯罪|活动): the whole, not the plan's part --
            contradicted |= at > 0 and tokens[at - 1] in _ALL_KINDS and _names_a_kind(clause, place)
            # -- per unit of the pair (单位|国内|生产总值|能耗) the pair is a ratio's denominator, not
            #    the indicator the evidence writes (国内|生产总值|增长3%) --
            contradicted |= _per_unit(clause, place) and (at == 0 or tokens[at - 1] != _PER_UNIT)
            # -- a long word before the pair names the object on its own (黄河流域|生态保护): the
            #    evidence writing the pair without it anywhere (生态保护修复) names another --
            before = clause[place - 1] if place > 0 else ""
            contradicted |= len(before) >= LONG_WORD and _modifier(before) and not TASK_VERB.search(before) \
                and not _NUMERAL.fullmatch(before) and before not in evidence_key
            # -- a generic word and its head the plan writes together (重大|工程), which the evidence
            #    parts with a word of its own (重大|生态|工程): that word names which, the plan's does not --
            contradicted |= width == 1 and gap == 2 and word_bigrams(first) is None and other(tokens[at + 1], "")
            middle = clause[place + 1]
            if width == 2 and gap == 2 and (word_bigrams(middle) is None or len(middle) >= LONG_WORD):
                # -- a generic word the pair skips (创新 of 良好创新生态) written as a specific one
                #    (良好网络生态), or a long word (台湾同胞 of 增进台湾同胞福祉: 增进民生福祉);
                #    a short specific one is as often worded otherwise (专项费用扣除, 专项附加扣除) --
                contradicted |= _modifier(middle, specific=False) and other(tokens[at + 1], middle)
            # -- the plan's compound goes on to its head through a word the evidence writes otherwise --
            if end + 2 < len(clause) and at + gap + 2 < len(tokens) \
                    and tokens[at + gap + 2] == clause[end + 2] and _in_compound(clause[end + 2]):
                mine = clause[end + 1]
                contradicted |= _modifier(mine, specific=False) and other(tokens[at + gap + 1], mine)
            if not contradicted:
                return False
    return found


def _shared_words(clause: tuple[str, ...], place: int, tokens: tuple[str, ...], at: int) -> int:
    """Return how many words of a compound stand right before the pair at ``clause[place]`` and,
    the same ones, before it at ``tokens[at]`` (新|业态|新 of 外贸新业态新模式): the word before
    them is the one that tells the object."""
    skip = 0
    # -- past single characters and specific words only, never a verb: the compound starts after it
    #    (力争|创建|市级…, 成功|创建|市级…) --
    while place - skip - 1 > 0 and at - skip - 1 > 0 and tokens[at - skip - 1] == clause[place - skip - 1] \
            and _in_compound(word := clause[place - skip - 1]) and not TASK_VERB.fullmatch(word) \
            and (len(word) == 1 or word_bigrams(word) is not None):
        skip += 1
    return skip


def _says_where(word: str) -> bool:
    """True for a word naming a place (重点城市, 重点地区): it narrows where, not which thing."""
    return _WHERE.search(word) is not None or word.endswith(("地区", "流域"))


#: What makes the compound after it a ratio's denominator (单位国内生产总值能耗: energy per unit of GDP).
_PER_UNIT = "单位"


def _per_unit(clause: tuple[str, ...], at: int) -> bool:
    """True when ``clause[at]`` stands in a compound opened by 单位 (单位|国内|生产总值|能耗): the
    denominator of a ratio, not the indicator the compound names."""
    back = at - 1
    while back >= 0 and clause[back] != _PER_UNIT and _in_compound(clause[back]):
        back -= 1
    return back >= 0 and clause[back] == _PER_UNIT


def _tells(clause: tuple[str, ...], at: int) -> bool:
    """True when ``clause[at]``, before a pair, tells its object from another: a modifier, or a
    task verb that is a word of the compound rather than acting on it (专项|整治 of 专项整治三年
    行动, not 完成|三年行动)."""
    word = clause[at]
    return _modifier(word) or (TASK_VERB.fullmatch(word) is not None and not _acts(clause, at))


def _unglued(tokens: tuple[str, ...], word: str) -> tuple[str, ...]:
    """Return the tokens with each one that ends on ``word`` after a specific word of its own
    (财政资金 for 资金) cut in two, so the word before the pair is seen (财政|资金)."""
    if not any(token != word and token.endswith(word) for token in tokens):
        return tokens
    cut: list[str] = []
    for token in tokens:
        head = token[: -len(word)] if token != word and token.endswith(word) else ""
        cut.extend((head, word) if len(head) >= 2 and word_bigrams(head) is not None else (token,))
    return tuple(cut)


def _places(word: str, text: str) -> list[int]:
    """Where ``word`` starts in ``text``, without overlaps (as re.finditer finds them)."""
    places = []
    found = text.find(word)
    while found >= 0:
        places.append(found)
        found = text.find(word, found + len(word))
    return places


#: Task verbs that are as often nouns, the tail of a compound (社会治理格局, 经济增长格局,
#: 人才发展体制改革, 基础设施建设).
_NOMINAL_VERBS = frozenset("发展 建设 治理 增长 改造 保障 稳定 下降".split())


def _acts(tokens: tuple[str, ...], at: int) -> bool:
    """True when ``tokens[at]`` is a verb acting on what follows: a task verb after the start, a
    mark, an adverb (继续发挥) or another verb; not the tail of a compound (人才发展|体制改革). A
    verb that is as often a noun (治理 of 社会治理格局) acts only where no word at all is before
    it but a verb (加快发展)."""
    if at < 0 or not (TASK_VERB.fullmatch(tokens[at]) or CORRECTS.fullmatch(tokens[at])):
        return False
    before = tokens[at - 1] if at else ""
    if TASK_VERB.fullmatch(before) or not _in_compound(before):
        return True
    return word_bigrams(before) is None and tokens[at] not in _NOMINAL_VERBS


def _opens_a_compound(tokens: tuple[str, ...], at: int) -> bool:
    """True when ``tokens[at]`` begins a compound of its own: at the start, after a mark, a
    function character or a figure, or after the verb acting on it (完成|国企改革); not after
    another word of a compound (科技管理|体制改革)."""
    return at == 0 or not _in_compound(tokens[at - 1]) or _acts(tokens, at - 1)


def _ends_a_compound(tokens: tuple[str, ...], at: int) -> bool:
    """True when the token after ``at`` adds nothing to the compound of ``tokens[at]``: the end,
    a mark or function character, a count (三年 of 国企改革三年行动), a verb, or an adverb before
    a verb (进出口|稳中|提质); not a word heading another object, specific or generic
    (财政支出|结构, 公共卫生|服务, 改革开放|力度; 经济社会|融合发展: a verb that is as often a
    noun is none here)."""
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    if not following or not _in_compound(following) or _NUMERAL.match(following):
        return True
    return any(TASK_VERB.fullmatch(token) and token not in _NOMINAL_VERBS
               for token in tokens[at + 1 : at + 3])


def _stands_alone(word: str, text_key: str, acted_on: bool = False) -> bool:
    """True when ``text_key`` holds the word as a compound of its own: a token that begins one
    (``_opens_a_compound``: 完成|国企改革; with ``acted_on``, only after a verb acting on it,
    推动|进出口) and that nothing after it makes part of another (not 优化|财政支出|结构,
    农产品|进出口, nor 进出口银行, one token)."""
    tokens = tokenize(text_key)
    return any(token == word and (_acts(tokens, at - 1) if acted_on else _opens_a_compound(tokens, at))
               and _ends_a_compound(tokens, at) for at, token in enumerate(tokens))


#: Marks that end a clause, on the key.
_SENTENCE_MARKS = frozenset(",;:。")
#: Prepositions that begin what is said of an object (发挥进出口|对经济的支撑作用): its compound
#: ended before them. Not 、, 和 or 等 (制造业、采矿业外资准入, 失业和工伤保险费率, 钢铁等行业:
#: the items go with the list's head), nor 的 (农村的金融服务).
_PREPOSITIONS = frozenset("对向在从于")


def _written_alone(word: str, clause_key: str) -> bool:
    """True when the clause writes the word as the whole of its compound and its object: after
    the verb acting on it, and before a preposition or the clause's end (发挥|进出口|对经济…; not
    房地产|税, 社会|体制改革, 钢铁|等行业, 建设|投资|80亿元, nor the subject 中央|对地方…)."""
    tokens = tokenize(clause_key)
    for at, token in enumerate(tokens):
        if token != word:
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if _acts(tokens, at - 1) and (not following or following in _SENTENCE_MARKS | _PREPOSITIONS):
            return True
    return False


def _long_word_held(word: str, clause_key: str, evidence_key: str) -> bool:
    """True when a long word of the clause (贫困人口, 市场准入) stands in the evidence as the
    plan's compound: where the plan writes a modifier before it (社会 of 社会体制改革; not a verb
    such as 扩大 of 扩大市场准入), the evidence has that modifier near it or the word as a
    compound of its own, after a mark, a function character or a verb (完成国企改革 for
    国资国企改革), not inside another compound (科技管理体制改革)."""
    if word not in evidence_key:
        return False
    tokens = tokenize(clause_key)
    at = tokens.index(word) if word in tokens else -1
    if at >= 0 and _WHO.search(word) and (_agent(tokens, at) or _another_head(tokens, at, evidence_key)):
        return False
    if at >= 0 and _listed_without_head(tokens, at, evidence_key):
        return False
    if at >= 0 and _per_unit(tokens, at) and not any(
            _PER_UNIT in evidence_key[max(place - GAP - len(_PER_UNIT), 0) : place] for place in _places(word, evidence_key)):
        return False
    if at >= 0 and _into_another_compound(tokens, at, evidence_key):
        return False
    modifier = tokens[at - 1] if at > 0 else ""
    if at > 0 and _names_a_kind(tokens, at) and _of_all_kinds(word, evidence_key):
        return False
    if not modifier or not _in_compound(modifier) or TASK_VERB.fullmatch(modifier):
        # -- the plan names no kind of it: evidence naming only a kind of its own names another --
        return not _only_a_kind(word, tokens, evidence_key)
    if _near(modifier, word, evidence_key, clause=clause_key):
        return True
    found = evidence_key.find(word)
    while found >= 0:
        previous = evidence_key[found - 1] if found > 0 else ""
        if (not _CHINESE.match(previous) or previous in FUNCTION_CHARACTERS) \
                and not _under_another_head(evidence_key, found, clause_key):
            return True
        found = evidence_key.find(word, found + 1)
    # -- the word heads the plan's compound (国资国企改革,) and the evidence's its own
    #    (完成国企改革三年行动); not 两岸经济社会|融合发展. Asked last: it cuts the evidence into words --
    return at >= 0 and _ends_a_compound(tokens, at) and _stands_alone(word, evidence_key)


#: A list's end and its head, on the key (…、社会保障等帮扶,): the words after 等 up to a mark.
_LIST_HEAD = lazy_re.compile(r"等([^,;:。、]{1,8})")


def _under_another_head(evidence_key: str, at: int, clause_key: str) -> bool:
    """True when the evidence writes the word at ``at`` as an item of a list going on to a head of
    its own (产业、就业、…、社会保障等帮扶) that the plan's clause does not hold (完善灵活就业社会保障
    政策): the list names areas of another thing."""
    if at == 0 or evidence_key[at - 1] != "、":
        return False
    rest = evidence_key[at : at + 40]
    end = min((rest.find(mark) for mark in ",;:。" if mark in rest), default=len(rest))
    head = _LIST_HEAD.search(rest[:end])
    if head is None:
        return False
    words = [token for token in tokenize(head[1]) if word_bigrams(token) is not None and not TASK_VERB.fullmatch(token)]
    return bool(words) and not any(word in clause_key for word in words)


def _compound_tail(tokens: tuple[str, ...], at: int) -> tuple[str, ...]:
    """Return the words after ``tokens[at]`` in its compound (社会主义|基本|经济|制度: 基本, 经济,
    制度), generic ones too; none once a mark, a function character or a verb acting ends it."""
    tail = []
    for token in tokens[at + 1 :]:
        if not _in_compound(token) or TASK_VERB.fullmatch(token) and token not in _NOMINAL_VERBS:
            break
        tail.append(token)
    return tuple(tail)


def _into_another_compound(clause: tuple[str, ...], at: int, evidence_key: str) -> bool:
    """True when the plan's long word ``clause[at]`` goes on to a compound of its own (坚持和完善
    社会主义|基本经济制度) and the evidence writes it only going on to others, holding no word of
    the plan's (建设社会主义|现代化国家): the word is shared, the object it qualifies is not. Where
    the evidence writes the word at a compound's end, nothing contradicts it."""
    mine = [token for token in _compound_tail(clause, at) if len(token) > 1]
    # -- a word and one more (国际收支|基本) is as often a phrase as a compound, one ending on a verb
    #    (义务教育|优质|均衡|发展) says how the thing goes, and whose (``_WHO``) is ``_another_head``'s --
    if len(mine) < 2 or TASK_VERB.search(mine[-1]) or _WHO.search(clause[at]):
        return False
    tokens = tokenize(evidence_key)
    places = [index for index, token in enumerate(tokens) if token == clause[at]]
    if not places:
        return False  # -- glued to another word by jieba: read as it stands --
    for index in places:
        theirs = _compound_tail(tokens, index)
        if not any(len(word) > 1 for word in theirs) or any(word in mine or any(word in own or own in word for own in mine)
                             for word in theirs if len(word) > 1):
            return False
    return True


def _listed_without_head(clause: tuple[str, ...], at: int, evidence_key: str) -> bool:
    """True when the plan writes a long word before a head of its own (环境保护|督察, 环境保护|法)
    and the evidence only as an item of a list of areas, joined by 和, 与, 及 or 、 and ending
    its compound there (狠抓节能减排和环境保护，): the evidence names the area, the plan a thing of
    it. A head is the specific word or character right after the word."""
    head = clause[at + 1] if at + 1 < len(clause) else ""
    if not (word_bigrams(head) is not None or len(head) == 1 and _in_compound(head) and head not in _MODALS) \
            or TASK_VERB.fullmatch(head):
        return False
    tokens = tokenize(evidence_key)
    places = [index for index, token in enumerate(tokens) if token == clause[at]]
    return bool(places) and all(
        (index > 0 and (tokens[index - 1] in _JOINTS or tokens[index - 1] == "、")
         or index + 1 < len(tokens) and (tokens[index + 1] in _JOINTS or tokens[index + 1] == "、"))
        and _ends_a_compound(tokens, index) and head not in evidence_key
        # -- …not a list going on to the head of all its items (国有企业、农村…等领域改革) --
        and "等" not in "".join(itertools.takewhile(lambda token: token not in _SENTENCE_MARKS, tokens[index:]))
        for index in places)


#: A word naming where (农村|义务教育, 城市|更新): it narrows the place a thing is in, not which thing.
_WHERE = lazy_re.compile(r"(?:农村|乡村|城市|城镇|城乡|基层|地方|县域|区域|东部|中部|西部|中西部|东北|沿海|边境|山区|牧区|社区)$")


def _only_a_kind(word: str, clause: tuple[str, ...], evidence_key: str) -> bool:
    """True when the plan writes a long word (金融工具, 薄弱环节) with no modifier of its own and the
    evidence only as a kind of it, after a specific word the plan's clause does not hold
    (政策性开发性|金融工具 for 政策和金融工具; 农村义务教育|薄弱环节 for 重点领域和薄弱环节): the
    evidence names another one. Not a word naming who (``_WHO``: 农村贫困人口 are the plan's
    贫困人口), nor after a word saying where (农村|义务教育), a verb, a mark or 等."""
    if _WHO.search(word):
        return False
    own = "".join(clause)
    tokens = tokenize(evidence_key)
    befores = [tokens[at - 1] if at else "" for at, token in enumerate(tokens) if token == word]
    # -- a word glued to another by jieba (传统产业|数字化 of 产业数字化) is read as it stands --
    return bool(befores) and all(
        _modifier(before) and not _WHERE.search(before) and not _NUMERAL.fullmatch(before)
        and before not in own and not any(mine in before for mine in clause if word_bigrams(mine) is not None)
        for before in befores)


#: A word naming who or where (城乡居民, 贫困地区, 外资企业, 农民工): in a plan's compound it says
#: whose the object is (城乡居民|收入), not what it is.
_WHO = lazy_re.compile(r"(?:居民|地区|企业|机构|群众|农民|农民工|农户|人口|人员|职工|学生|儿童|老人|家庭|市民|村民)$")


def _heads(tokens: tuple[str, ...], at: int) -> tuple[str, ...]:
    """Return the specific words of the compound ``tokens[at]`` goes on to (城乡居民|基本|医保:
    医保; 城镇居民|人均|可支配收入: 人均, 可支配收入); none when it ends first, at a mark, a
    function character or a verb acting (农村贫困人口|减少), or goes on to generic words only
    (外资企业|服务|工作, 贫困地区|发展)."""
    found = []
    for token in tokens[at + 1 :]:
        if not _in_compound(token) or TASK_VERB.fullmatch(token) and token not in _NOMINAL_VERBS:
            break
        if word_bigrams(token) is not None:
            found.append(token)
    return tuple(found)


def _agent(clause: tuple[str, ...], at: int) -> bool:
    """True when ``clause[at]`` (a word naming who, ``_WHO``) is told to do a task with an object of
    its own, the verb right after it and the object after the verb (引导|金融机构|增加|制造业…贷款):
    that object is what the plan acts on, not who. Not where the verb has no object (民营企业|
    发展壮大)."""
    verb = clause[at + 1] if at + 1 < len(clause) else ""
    after = clause[at + 2] if at + 2 < len(clause) else ""
    return bool(verb) and TASK_VERB.fullmatch(verb) is not None and verb not in _NOMINAL_VERBS \
        and bool(after) and word_bigrams(after) is not None and not TASK_VERB.fullmatch(after)


def _another_head(clause: tuple[str, ...], at: int, evidence_key: str) -> bool:
    """True when the plan's compound goes on from ``clause[at]`` (a word naming who, ``_WHO``) to
    a head of its own (城乡居民|收入, 贫困地区|倾斜, 外资企业|国民待遇) and the evidence writes the
    word only before others (城乡居民|医保, 贫困地区|义务教育, 外资企业|关切): whose is shared,
    what is not. Where the evidence writes the word at a compound's end (农村贫困人口|减少,
    国有企业|、), or before a head holding a word of the plan's clause (公共教育投入…向贫困地区倾斜:
    贫困地区|义务教育), nothing contradicts it."""
    if not _heads(clause, at):
        return False
    word = clause[at]
    own = [token for token in clause if token != word and word_bigrams(token) is not None]
    tokens = tokenize(evidence_key)
    places = [index for index, token in enumerate(tokens) if token == word]
    if not places:
        return False  # -- glued to another word by jieba: read as it stands (``_long_word_held``) --
    for index in places:
        theirs = _heads(tokens, index)
        if not theirs or any(mine in head or head in mine for head in theirs for mine in own):
            return False
    return True


#: A share of a whole (基础研究经费占全社会研发经费比重), on the key: the whole is group 1.
_SHARE_OF = lazy_re.compile(r"占([^,;:。]{2,16}?)(?:的)?(?:比重|比例)")
#: Evidence reporting a share.
_SHARE = lazy_re.compile(r"占|比重|比例")


def names_its_object(clause_key: str, clause_terms: tuple[str, ...], evidence_key: str,
                     shared_concept: bool) -> bool:
    """True when the evidence names the clause's object: a pair of its compound near each other
    (``_near``), a concept they share (``shared_concept``: 营改增 for 营业税改征增值税), a
    domain term of the clause (``clause_terms``) whole or a long word of it standing as its own
    compound (``_long_word_held``); or the clause writes no compound. A clause that only says which
    way a figure went (…，增长9.6%) names none."""
    if shared_concept:
        return True
    # -- a share's whole (占全社会研发经费比重: 研发经费) is the ratio's denominator: evidence
    #    reporting no share is read against the clause without it --
    share = _SHARE_OF.search(clause_key)
    if share is not None and _SHARE.search(evidence_key) is None:
        clause_key = clause_key[: share.start()] + clause_key[share.end(1) :]
        clause_terms = tuple(term for term in clause_terms if term in clause_key)
    # -- what a thing is made to serve (发挥有效投资|对稳增长调结构的关键作用) is the aim, not what the
    #    plan acts on: evidence holding the aim alone (稳增长调结构防风险) is read without it --
    aim = _AIM.search(clause_key)
    if aim is not None:
        clause_key = clause_key[: aim.start()] + clause_key[aim.end() :]
        clause_terms = tuple(term for term in clause_terms if term.startswith("@") or term in clause_key)
    # -- a facility set up (建设行政争议调解中心) is named only with what is built: 化解行政争议
    #    and 调解 about it report no 中心 --
    if (facility := _FACILITY.search(clause_key)) is not None and facility["head"] not in evidence_key:
        return False
    words = [term for term in clause_terms if not term.startswith("@")]
    if words and all(word in _DIRECTIONS for word in words):
        # -- …，增长9.6%: the indicator is named before the comma, not here --
        return False
    pairs = compound_pairs(clause_key)
    if not pairs:
        return True
    if any(term in DOMAIN and term in evidence_key for term in clause_terms):
        return True
    # -- (the tests that cut the evidence into words come last: most evidence passes before) --
    # -- two words the plan writes apart (经费|人均|财政) are read in the plan's order: turned
    #    round without a joint (财政|科研|经费) they are another compound --
    if any(_near(first, second, evidence_key, listed, ordered=first + second not in clause_key,
                 clause=clause_key)
           and not _another_modifier(first, second, clause_key, evidence_key)
           for first, second, listed in pairs):
        return True
    if any(len(term) >= LONG_WORD and not _NUMERAL.fullmatch(term) and _long_word_held(term, clause_key, evidence_key)
           for term in clause_terms if word_bigrams(term) is not None):
        return True
    # -- a word the plan writes alone as its object (发挥进出口对经济的支撑作用) is named by
    #    a verb of the evidence acting on it alone (推动进出口稳中提质) --
    return any(term in evidence_key and _written_alone(term, clause_key)
               and _stands_alone(term, evidence_key, acted_on=True)
               for term in clause_terms if word_bigrams(term) is not None and not TASK_VERB.search(term))


#: What a thing is made to serve, after it (发挥进出口|对全市经济的支撑作用), on the key.
_AIM = lazy_re.compile(r"(?<=[\u4e00-\u9fff”])对[^,;:。]{2,16}?的[^,;:。]{0,6}?作用")
#: A clause that sets up a facility, on the key: a verb of building, then its name ending on what
#: kind of facility it is (…调解中心, …服务平台, …实训基地).
_FACILITY = lazy_re.compile(r"(?:建设|建立|设立|打造|搭建|新建|组建)[\u4e00-\u9fff]{2,16}?"
                            r"(?P<head>中心|平台|基地|驿站|工作站|服务站|展馆|园区|窗口|热线)[。;]?$")
#: …as a task reported done must name it (``names_its_facility``): in any clause, its name may
#: hold a name in quotes (新建一批“双创”示范基地), and the building may come after it (推进国家智能
#: 制造示范区、制造业创新中心建设). A plan carried on (plans.py) may tell of what the facility serves.
_FACILITY_BUILT = lazy_re.compile(r"(?:(?:建设|建立|设立|打造|搭建|新建|组建)[\u4e00-\u9fff“”]{2,16}?"
                                  r"(?P<head>中心|平台|基地|驿站|工作站|服务站|展馆|园区|示范区|窗口|热线)"
                                  r"|(?:推进|推动|加快|加强|支持)[\u4e00-\u9fff“”、]{2,24}?"
                                  r"(?P<built>中心|平台|基地|园区|示范区)建设)[,;。]?$")
#: A clause that runs a pilot (开展…综合改革试点, 扩大…试点范围), on the key.
_PILOT = lazy_re.compile(r"(?:开展|启动|推进|扩大|深化|实施)[^,;:。]{2,24}?试点(?:范围|工作)?[,;。]?$")
#: What a review reports a pilot with.
_PILOT_REPORTED = lazy_re.compile(r"试点|试验")
_CLAUSES = lazy_re.compile(r"(?<=[,;:])")
#: A clause that ends on a name in quotes (驰而不息整治“四风”), on the key.
_QUOTED_END = lazy_re.compile(r'^(?P<head>[^“"]*)[“"](?P<name>[^”"]{2,10})[”"][,;。]?$')


def names_its_facility(clause_key: str, evidence_key: str) -> bool:
    """False when the clause sets up a facility (建设行政争议调解中心, 新建一批“双创”示范基地,
    推进…创新中心建设) and the evidence does not name what kind it is (中心, 基地): a review
    naming the programme it serves (大众创业、万众创新) reports no base built; likewise a system
    or mechanism set up (建立…通报制度) and evidence naming no instrument."""
    facility = _FACILITY_BUILT.search(clause_key)
    if facility is not None and (facility["head"] or facility["built"]) not in evidence_key:
        return False
    # -- a system or mechanism to set up (建立行政复议纠错案件通报制度) is reported set up by an
    #    instrument of its kind (制度, 机制, 办法…), not by the figures of the work it would govern
    #    (纠错率10.9%) --
    if _INSTRUMENT.search(clause_key) is not None and _INSTRUMENT_REPORTED.search(evidence_key) is None:
        return False
    # -- a pilot to run (开展要素市场化配置综合改革试点) is reported as a pilot, not by the reform it
    #    tries out going on (推进要素市场化配置等改革) --
    return _PILOT.search(clause_key) is None or _PILOT_REPORTED.search(evidence_key) is not None


#: A clause that sets up a new system, mechanism or set of rules, on the key: a verb of setting
#: up, then its name ending on what kind of instrument it is (…通报制度, …动态调整机制). One that
#: improves a mechanism already there (健全督查问责机制) is shown by the work it governs done more
#: (加大督查问责力度).
_INSTRUMENT = lazy_re.compile(r"(?:建立|构建)[\u4e00-\u9fff“”]{2,16}?"
                              r"(?:制度|机制|体系|办法|规则|细则)[,;。]?$")
#: …as a result reports one: by an instrument of any of these kinds, or a document's title.
_INSTRUMENT_REPORTED = lazy_re.compile(r"制度|机制|体系|办法|规则|细则|规定|意见|方案|指引|《")


def quoted_object(clause_key: str) -> str | None:
    """Return the quoted name a clause acts on when the clause is an action and that name
    alone (驰而不息整治“四风”: 四风), else None (建设一批“双创”示范基地 names a base)."""
    match = _QUOTED_END.match(clause_key.strip())
    if match is None:
        return None
    words = [token for token in tokenize(match["head"]) if token.strip()]
    return match["name"] if words and TASK_VERB.fullmatch(words[-1]) else None


def quoted_alone(clause_key: str) -> str | None:
    """Return the quoted name a clause acts on when nothing but verbs and adverbs stand before it
    (坚持“两个毫不动摇”: 两个毫不动摇), else None: a clause naming its object before the quotes
    (生产安全事故起数和死亡人数实现“双下降”) quotes a target, which figures may report."""
    name = quoted_object(clause_key)
    if name is None:
        return None
    head = _QUOTED_END.match(clause_key.strip())["head"]
    if any(word_bigrams(token) is not None and not TASK_VERB.fullmatch(token) and token not in _NO_OBJECT
           for token in tokenize(head)):
        return None
    return name


def acts_on_quoted(name: str, evidence_key: str) -> bool:
    """True when the evidence acts on the quoted name (坚定不移纠正“四风”): an action word just
    before it; or says the named scheme was launched, with the verb just after it (“深港通”开启,
    “跨省通办”正式上线), not a noun it qualifies (“跨省通办”事项)."""
    for quoted in (f"“{name}”", f'"{name}"'):
        at = evidence_key.find(quoted)
        while at >= 0:
            before = [token for token in tokenize(evidence_key[:at]) if token.strip()]
            if before and (TASK_VERB.fullmatch(before[-1]) or CORRECTS.fullmatch(before[-1])):
                return True
            if _LAUNCHED.match(evidence_key, at + len(quoted)):
                return True
            at = evidence_key.find(quoted, at + 1)
    return False


#: A scheme said launched right after its name (“深港通”开启, “跨省通办”正式上线运行), on the key.
_LAUNCHED = lazy_re.compile(r"(?:正式|全面|顺利|如期)?(?:开启|开通|启动|上线|落地|推出|实施|施行|运行|推开)")


#: A clause naming only the means of the task (运用经济、法律、技术、安全等手段; 通过公开招录等方式),
#: or the respects it is done in (在建设资金安排、建设用地等方面，加大奖励支持力度), on the key: what
#: it lists is how or where, not what the plan acts on.
_MEANS = lazy_re.compile(r"^(?:(?:综合)?(?:运用|通过|采取|采用|利用|借助)[^,;:。]*(?:手段|方式|方法|办法|途径|形式|渠道)"
                         r"|在[^,;:。]*等(?:方面|领域|环节))[,;:。]?$")


def names_an_object(matcher, plan_key: str, body) -> bool:
    """True when a result (``body``: a ``plan_matching.Body`` or ``Features``) names what one of
    the plan's clauses acts on: shares a word of it that is no verb (深入开展 names nothing) or
    a concept, and ``names_its_object``. ``matcher`` weighs the clauses."""
    for clause in _CLAUSES.split(plan_key):
        if not clause.strip(",;:。") or _MEANS.match(clause):
            continue
        feats = matcher.features(clause)
        concept = any(c in body.concepts for c in feats.concepts)
        if not concept and not any(term in body.key and not TASK_VERB.search(term)
                                   for term in feats.terms if not term.startswith("@")):
            continue
        if names_its_object(clause, feats.terms, body.key, concept):
            return True
    return False


__all__ = ["CORRECTS", "TASK_VERB", "acts_on_quoted", "compound_pairs", "is_maxim", "names_an_object", "names_its_facility",
           "names_no_object", "quoted_alone",
           "names_its_object",
           "quoted_object"]
