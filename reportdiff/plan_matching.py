"""How a plan sentence is matched to the results it continues (used by plans.py).

Plan sentences are short and reworded (推动一体化综合监管改革向纵深发展 continues
坚持系统观念，推动一体化综合监管), so symmetric similarity of a plan against a long result
measure is always low. Instead we ask how much of the plan's *specific* wording lies inside
the result: a weighted containment over features that are

- jieba terms, IDF-weighted over the report (document frequency by substring, so 执法
  hiding inside 行政执法 still counts as common), with boilerplate (持续, 推进, 加强, 服务,
  管理…) and single characters excluded, so they can never carry a match;
- character bigrams inside specific terms, so that 信访工作条例 still meets 信访工作;
- concepts: common government abbreviations and their long forms (拆违 / 违法建设 / 违建,
  行刑衔接 / 行政处罚和刑事处罚, 公检法 / 审判机关 / 检察机关), which share no characters.

A match needs an anchor (a concept, a domain term, or rare ordinary words), and a long plan
needs only SATURATION worth of evidence. A plan sentence that bundles two measures
(双向衔接制度…，…推行非现场监管) links a second result on the wording the first left uncovered.

Last year's plans are checked against this year's results the same way, except that result
sentences carried over word for word from last year's results show nothing delivered.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass

from . import lazy_re
from .align import BOILERPLATE
from .promise_paraphrases import any_form as _any_paraphrase, paraphrases as _paraphrase_table
from .segment import DOMAIN_TERMS, FIGURE_RE, tokenize
from .text_index import Joins, Texts

#: A plan continues a result when this much of its specific wording lies in the result.
LINK_THRESHOLD = 0.4
#: Last year's plan counts as delivered only when a new result holds most of its specific
#: wording: "carried on in the plans" may be loose, "reported as done" must not be (one
#: broad shared term such as 行政执法 or 司法机关 never shows a promise kept).
PROMISE_THRESHOLD = 0.6
#: A plan sentence with more specific wording than this needs only this much evidence.
SATURATION = 8.0
#: A shortcoming is answered by a plan sharing this much of the plan's specific wording.
ANSWER_THRESHOLD = 0.4
#: Shortcomings are short problem statements whose answer repeats their nouns (基层…投入):
#: a plan answering one needs less rare wording than a plan continuing a result.
ANSWER_ANCHOR_WEIGHT = 1.8
#: An ordinary shared word anchors a match only when at least this specific (df ≲ 1/8 of the texts).
ANCHOR_WEIGHT = 2.2
#: Document frequencies are weighed as in a collection of at least this many texts: in a short
#: report's few texts (a township's four plans) even a word of one text would weigh less than an
#: anchor, and nothing but a domain term could show a plan kept or restated.
MIN_COLLECTION = 20

# -- Words that say "do more of it" or name a generic object; in plans they open every
#    sentence, so they must weigh nothing (align.BOILERPLATE plus plan-speak). --
GENERIC = BOILERPLATE | frozenset(
    "规范化 标准化 常态化 制度化 精细化 法治化 服务 管理 监督 监管 程序 工作程序 质效 效能 质量 高质量 发展 "
    "改革 创新 优化 部门 政府 区政府 全区 全市 力度 成果 成效 实效 保障 法治 行政 提供 构建 打造 推行 "
    "运用 加快 探索 持续 巩固 规范 严格 主动 自觉 重点 领域 方面 举措 措施 任务 要求 目标 情况 问题 "
    "创建 形成 促进 确保 围绕 聚焦 引领 助推 有力 重要 统筹 相关 做好 办好 用好 继续 更加 大力 努力 "
    "实现 增强 保持 维护 转变 理念 方式 手段 完成 进一步 全面落实 贯彻落实 贯彻实施 建立健全 "
    "法治政府 法治政府建设 依法行政 依法治区 法治建设 受理 办理 指导 队伍 纳入 市政府 环境 行为 高标准 "
    "应用 系统 衔接 面向 整合 时代 新时代 全国 开展 组织 推广".split()
    # -- …and the words every 政府工作报告 sentence is made of, from the State Council down to
    #    a county: the year words, the economy, policy, enterprises, pilots, raising and widening --
    + "今年 去年 明年 考虑 恢复 经济 实施 中小 扩大 试点 产业 市场主体 保护 支持 政策 提高 增加 "
      "稳定 国家 社会 群众 人民 地方 重大 一批 各类 能力 水平 作用 发挥 有效 合理 适度 基本 主要 重要 "
      "国内 国际 全年 发挥作用 加快推进 深入实施 我国 当前 目前 各地 各级 各方面 各地区 各部门 "
      "全省 全县 全镇 我省 我市 我县 本省 本市 本区 本县 我们 一定 及其 以及 其中 通过 加以 各项 一些 这些".split()
    # -- …and the connectives that open a clause without naming anything --
    + "一方面 另一方面 与此同时 同时 此外 为此 总之 特别是 尤其是".split()
    # -- …and the qualifiers of a figure (3%左右, 1100万人以上), which name nothing --
    + "左右 以上 以内 以下 上下".split()
    # -- …and the political formulas every plan opens with, which name no task --
    + "习近平 同志 党中央 核心 思想 精神 中国特色社会主义 全会 坚强领导".split()
    # -- …and how firmly or how well (STANCE, below), the aim every task has (提质增效, as 质效
    #    and 效能 above), and the challenges met (应对困难和挑战), which name no one thing --
    + "提质 增效 提质增效 应对 挑战".split()
    # -- …and the orientation of any policy (财政政策取向不变), which names no other thing --
    + "取向 导向".split()
    # -- …and measures in general, as 举措 and 措施 above (实施支持科技成果转化的政策措施 and
    #    促进西藏发展的政策措施 share no measure) --
    + "政策措施 政策举措".split()
    # -- …and in how many ways or how far ahead a thing is done (发展多种形式适度规模经营,
    #    多渠道增加收入, 适度超前开展基础设施投资), which names how, not what: the review reports
    #    the thing (适度规模经营比重…, 基础设施投资增长9.4%) without them --
    + "多种形式 多种方式 多种渠道 多渠道 多途径 多形式 超前 适度超前".split()
    # -- …and a task fitted to its place or time (因城施策化解房地产库存, 因地制宜推进改厕), which
    #    says how as well: the review reports the thing (房地产去库存) without it --
    + "因城 施策 因城施策 因地制宜 因地施策 因时制宜 因势利导 分类施策 精准施策".split()
)
#: Words of stance, which say how firmly or how well, never what: the adverbs of resolve
#: (坚定不移走和平发展道路 and 坚定不移推进供给侧结构性改革 share no task) and the adjectives that
#: rate a thing (营造良好融资生态 and 营造良好网络生态; 深刻变化 and 深刻变革; 强大力量). Generic,
#: and no word of an object's compound either (强大|力量 is the 力量 of any clause).
STANCE = frozenset(
    "坚定不移 毫不动摇 持之以恒 坚持不懈 一以贯之 久久为功 锲而不舍 矢志不渝 始终不渝 一如既往 "
    "始终 坚定 坚决 全力 全力以赴 奋力 认真 务必 牢牢 不懈 良好 深刻 强大 严重".split())
GENERIC = GENERIC | STANCE

# -- Abbreviations and their long forms, which share no characters with each other
#    (the same kind of knowledge as segment.DOMAIN_TERMS): concept → surface forms. --
CONCEPTS: dict[str, tuple[str, ...]] = {
    "违法建设": ("违法建设", "违建", "拆违", "违法建筑"),
    "行刑衔接": ("行刑衔接", "行政处罚和刑事处罚", "行政处罚与刑事处罚", "两法衔接", "反向衔接", "正向移送"),
    "司法机关": ("司法机关", "公检法", "公、检、法", "审判机关", "检察机关", "法院", "检察院"),
    "营商环境": ("营商环境", "优化营商"),
    "人工智能": ("人工智能", "大模型", "生成式"),
    "规范性文件": ("规范性文件", "红头文件"),
    "政务服务": ("政务服务", "好差评", "一网通办", "一件事", "一业一证"),
    "接诉即办": ("接诉即办", "12345", "未诉先办"),
    "公共法律服务": ("公共法律服务", "法律服务体系", "法律援助", "公服"),
    "行政复议": ("行政复议", "复议"),
    "信访": ("信访", "接访", "下访"),
    "普法": ("普法", "法治宣传", "法律宣传", "送法"),
    "人大": ("人大", "议案", "建议提案", "两会"),
    # -- a 政府工作报告's reforms and programmes, named in full one year and short the next --
    "棚户区改造": ("棚户区", "棚改"),
    "营改增": ("营改增", "营业税改征增值税"),
    "双创": ("双创", "万众创新"),
    "放管服": ("放管服", "简政放权"),
    # -- a tax measure named by what is refunded in a plan (对留抵税额…退税) and by the refund in a
    #    review (留抵退税超过2.4万亿元) --
    "留抵退税": ("留抵退税", "留抵税额"),
    # -- people settling in towns: 进城落户 in a plan, 在城镇落户 or 成为城镇居民 in a review --
    "进城落户": ("进城落户", "城镇落户", "成为城镇居民"),
    # -- research institutes: 科研院所 in a plan, 科研机构 in a review --
    "科研院所": ("科研院所", "科研机构"),
    # -- the three battles against pollution, named by their symbols in a plan (打好蓝天、碧水、
    #    净土保卫战) and by what they measure in a review (空气质量优良天数, 地表水优良水质); a
    #    symbol counts only as a battle's name, not in a flourish (家园拥有更多碧水蓝天). No concept
    #    for 净土: a review measures no soil (it names 土壤污染 in its words, which match as
    #    they stand), and as strong as a concept 土壤污染 showed 开展土壤污染详查 done by a
    #    sentence on 土壤污染防治三个“十条” --
    "大气污染防治": ("蓝天、", "蓝天保卫战", "空气质量", "大气污染", "细颗粒物", "PM2.5", "优良天数", "重污染天气"),
    "水污染防治": ("碧水、", "碧水保卫战", "水质", "水环境", "黑臭水体", "地表水", "水污染"),
    # -- the four budgets of a 预算 report, each a name jieba cuts into words every sentence of
    #    that report holds (一般/公共/预算): one specific name, as a concept --
    "一般公共预算": ("一般公共预算",),
    "政府性基金预算": ("政府性基金预算",),
    "国有资本经营预算": ("国有资本经营预算",),
    "社会保险基金预算": ("社会保险基金预算",),
}
#: Concepts whose forms are one thing named two ways (棚改 and 棚户区改造, 进城落户 and 在城镇落户),
#: not a field of several things (水污染防治: 黑臭水体, 水质…): evidence naming one in another form
#: holds the plan's words of it too (``promise_clauses``).
ONE_THING = frozenset(("棚户区改造", "营改增", "双创", "放管服", "留抵退税", "进城落户", "科研院所"))
_ONE_THING_FEATURES = frozenset("@" + concept for concept in ONE_THING)


@functools.cache
def paraphrases() -> dict[str, tuple[str, ...]]:
    """The groups of ``promise_paraphrases`` that are no concept already (营改增 is one): concepts
    of one thing that the promise matchers alone look for (``Matcher(paraphrases=True)``)."""
    return {name: forms for name, forms in _paraphrase_table().items() if name not in CONCEPTS}


def concept_forms(concept: str) -> tuple[str, ...]:
    """The forms of a concept or of a paraphrase group, () for any other name."""
    return CONCEPTS.get(concept) or paraphrases().get(concept, ())


def concept_form_in(concept: str, text_key: str) -> str | None:
    """The form of a concept (or paraphrase group) that ``text_key`` writes, the longest where
    several stand at one place (优良天数 rather than 天数), as it reads there (蓝天、→ 蓝天);
    None when it writes none."""
    found = [form for form in concept_forms(concept) if _holds_form(text_key, form)]
    if not found:
        return None
    first = min(text_key.find(form) for form in found)
    return max((form for form in found if text_key.find(form) == first), key=len).rstrip("、,")


def is_concept(term: str) -> bool:
    """True when a shown term is the name of a concept or of a paraphrase group."""
    return term in CONCEPTS or term in paraphrases()


def _paraphrase_concepts(text_key: str, tokens: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Return the ``@`` features of the paraphrase groups a key holds (on its token bounds, as
    concepts), in the table's order."""
    if not _any_paraphrase().search(text_key):
        return ()
    return tuple("@" + name for name, forms in paraphrases().items()
                 if any(_holds_form(text_key, form, tokens) for form in forms))


def _needles(text_key: str, weights: dict[str, float], one_thing: bool) -> tuple[tuple[str, str, bool], ...]:
    """Each feature with what is looked for in a text to find it: a word or bigram as it stands,
    a concept by the concept, and with ``one_thing`` a word or bigram of the form a ``ONE_THING``
    concept is named by here (进城|落户 of 进城落户) by the concept too, which a text naming it
    another way (在城镇落户) holds."""
    forms = [] if not one_thing or not _ONE_THING_FEATURES.intersection(weights) else \
        [(concept, form) for concept in ONE_THING if "@" + concept in weights
         for form in CONCEPTS[concept] if form in text_key]
    if one_thing:
        # -- every paraphrase group is of one thing (化解|过剩|产能 of 化解过剩产能 is found as 去产能) --
        forms += [(feature[1:], form) for feature in weights if feature[0] == "@" and feature[1:] not in CONCEPTS
                  for form in paraphrases()[feature[1:]] if form in text_key]
    if not forms:
        # -- (most texts: no such concept, each feature looked for as it stands) --
        return tuple((feature, feature[1:] if feature[0] in "~@" else feature, feature[0] == "@")
                     for feature in weights)
    needles = []
    for feature in weights:
        bare = feature[1:] if feature[0] in "~@" else feature
        named = feature[0] != "@" and next((concept for concept, form in forms if bare in form), None)
        needles.append((feature, named, True) if named else (feature, bare, feature[0] == "@"))
    return tuple(needles)


_BIGRAM_SHARE = 0.25
DOMAIN = frozenset(DOMAIN_TERMS) - GENERIC
_PUNCT_RE = lazy_re.compile(r"^[\W_]+$")
#: Where a clause of a key ends (the comma kept with it).
_CLAUSE_END = lazy_re.compile(r"(?<=,)(?=.)")
#: Any surface form of any concept: most texts hold none, and are then done with one search.
_ANY_FORM = lazy_re.compile("|".join(re.escape(form) for forms in CONCEPTS.values() for form in forms))
_CONCEPT_FORMS = {concept: lazy_re.compile("|".join(map(re.escape, forms))) for concept, forms in CONCEPTS.items()}


@dataclass(frozen=True, slots=True)
class Features:
    """The weighted features of one text (a plan, a result, a sentence)."""

    key: str
    weights: dict[str, float]
    """Terms, ``~`` bigrams and ``@`` concepts with their weights."""
    terms: tuple[str, ...]
    """Specific terms and concepts, in reading order: what is shown as evidence."""
    total: float
    needles: tuple[tuple[str, str, bool], ...]
    """(feature, text to look for, is a concept) for every weighted feature: the matching loop's input."""
    concepts: frozenset[str]

    def has(self, feature: str) -> bool:
        """True when the text holds the feature (see :func:`holds`)."""
        return holds(self.key, feature)


@dataclass(frozen=True, slots=True)
class Body:
    """What a text is matched against (a result, a review window, a plan restating another):
    ``Matcher.found`` and the clause checks of promises read only its key and its concepts."""

    key: str
    concepts: frozenset[str]


def _concepts(text_key: str, tokens: dict[str, tuple[str, ...]] | None = None) -> frozenset[str]:
    """Return the concepts of a key as ``Matcher.features`` finds them: clause by clause
    (``tokens``: the tokens of clauses already known, as ``Matcher`` takes them)."""
    known = tokens or {}
    if "," in text_key.rstrip(","):
        return frozenset(itertools.chain.from_iterable(
            _leaf_concepts(clause, known.get(clause)) for clause in _CLAUSE_END.split(text_key)))
    return frozenset(_leaf_concepts(text_key, known.get(text_key)))


def holds(text_key: str, feature: str) -> bool:
    """True when a key holds a feature: a concept in any of its forms, a word anywhere in it.

    Needs no segmentation, so titles and single sentences are checked without jieba.
    """
    if feature.startswith("@"):
        return any(_holds_form(text_key, form) for form in concept_forms(feature[1:]))
    return feature.lstrip("~") in text_key


def _holds_form(text_key: str, form: str, tokens: tuple[str, ...] | None = None) -> bool:
    """True when ``form`` stands in ``text_key`` as words, not as the inside of other words.

    议案 (a people's congress motion) must not be found in 复议案件 (复议 + 案件): an
    occurrence of a two-character form counts only where it starts at a token boundary
    of the key (拆违 still opens 拆违消隐). Longer forms (行政处罚和刑事处罚, 公、检、法) are
    distinctive as they stand, and jieba may glue their edges to a neighbour (法等).
    """
    if form not in text_key:
        return False
    if len(form) > 2:
        return True
    # -- the key's tokens when known (``tokenize`` gives the same), else segmented --
    bounds = _token_bounds(text_key) if tokens is None else _bounds(tokens)
    start = text_key.find(form)
    while start >= 0:
        if start in bounds:
            return True
        start = text_key.find(form, start + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _token_bounds(text_key: str) -> frozenset[int]:
    return _bounds(tokenize(text_key))


def _bounds(tokens: tuple[str, ...]) -> frozenset[int]:
    """Return where tokens start and end, in characters of the text they cut."""
    return frozenset(itertools.accumulate(map(len, tokens), initial=0))


@functools.lru_cache(maxsize=8192)
def _raw_features(text_key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (term and concept features, bigram features) of a key, duplicates removed.

    Depends on the key alone, so it is kept for every Matcher: promises weigh last year's
    plans in two collections, and a plan's clauses again on their own.
    """
    return _features_of_tokens(text_key, tokenize(text_key))


def _features_of_tokens(text_key: str, tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``_raw_features`` of a key whose tokens are known."""
    words: list[str] = []
    bigrams: list[str] = []
    for token in tokens:
        found = word_bigrams(token)
        if found is not None:
            words.append(token)
            bigrams.extend(found)
    words.extend(_leaf_concepts(text_key, tokens))
    return tuple(dict.fromkeys(words)), tuple(dict.fromkeys(bigrams))


def _leaf_concepts(text_key: str, tokens: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Return the ``@`` features of the concepts a key holds, in CONCEPTS' order; ``tokens``,
    the key's tokens when known (``tokenize`` gives the same), tell its token bounds."""
    if not _ANY_FORM.search(text_key):
        return ()
    # -- a concept none of whose forms is in the key is out after one search --
    return tuple("@" + concept for concept, forms in CONCEPTS.items()
                 if _CONCEPT_FORMS[concept].search(text_key)
                 and any(_holds_form(text_key, form, tokens) for form in forms))


#: Single characters that join or mark words rather than name a thing (的, 和, 等…), a verb's
#: complement (处理好, 汇聚起) and 有 (jieba cuts 有效应对 as 有|效应|对).
FUNCTION_CHARACTERS = frozenset("的和等及与并或而在对于从向把被将为以之其各个每再更也都又且了着过是好起有")
#: …and the marks of the passive and of who acts (对受疫情影响的, 由…负责, 让…能): a token made of
#: these alone is grammar, however jieba glues it (对|受 → 对受, 为了, 更好, 而是).
_GRAMMAR_CHARACTERS = FUNCTION_CHARACTERS | frozenset("受让给由")


@functools.lru_cache(maxsize=65536)
def word_bigrams(token: str) -> tuple[str, ...] | None:
    """Return the bigram features of a token that is a specific word, None for any other token.

    Figures (and their units) are no evidence that a plan was carried on; nor are
    punctuation, single characters, generic words and words of grammar alone (对受 of
    对受疫情冲击…地区 and 对受疫情影响…企业: one preposition and the passive, no object).
    """
    if len(token) < 2 or token in GENERIC or token.startswith("#") or FIGURE_RE.fullmatch(token) \
            or _PUNCT_RE.match(token) or _GRAMMAR_CHARACTERS.issuperset(token):
        return None
    if len(token) == 2:
        return ()
    return tuple("~" + token[i : i + 2] for i in range(len(token) - 1) if token[i : i + 2] not in GENERIC)


class Matcher:
    """Containment scores between texts, with IDF taken over a fixed collection of keys.

    Document frequency counts the texts that *contain* a word anywhere, not those whose
    segmentation yields it: 执法 hides inside 行政执法 and 综合执法, and counting only the
    bare token would make it look rare. Matching is by containment in the same way, so
    信访 in a plan meets 信访工作 in a result.
    """

    def __init__(self, keys: list[str], tokens: dict[str, tuple[str, ...]] | None = None,
                 raw: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None,
                 one_thing: bool = False, paraphrases: bool = False) -> None:
        """``keys``: the collection IDF is taken over; ``tokens``: the tokens of keys already
        known (``plan_tokens.plan_tokens``), which are then not segmented again; ``raw``: where
        the unweighted features of those keys are kept, shared by Matchers given the same tokens;
        ``one_thing``: the words of a ``ONE_THING`` concept's form are found as the concept (a
        promise reported done in the other name; a plan's links to results, the best few shown,
        are weighed by the words as written); ``paraphrases``: a text holding a form of a
        ``promise_paraphrases`` group holds the group, as a concept of one thing (the promise
        matchers: a task reported done in other words, 化解过剩产能 by 去产能)."""
        self._one_thing = one_thing
        self._paraphrases = paraphrases
        self._cache: dict[str, Features] = {}
        self._tokens = tokens or {}
        self._raw = {} if raw is None else raw
        self._keys = list(dict.fromkeys(keys))
        self._texts = Texts(self._keys)
        self._position = {key: index for index, key in enumerate(self._keys)}
        self._idf: dict[str, float] = {}
        self._unseen = math.log(1 + max(len(self._keys), 1))

    def joins(self, joins: list[list[str]]) -> Joins:
        """Return which of these joins of the collection's keys contain a substring, answered
        from the collection's own index (for a TargetIndex of them)."""
        return Joins(self._texts, [[self._position[key] for key in keys] for keys in joins])

    def _weight(self, feature: str) -> float:
        weight = self._idf.get(feature)
        if weight is None:
            if feature.startswith("@") and feature[1:] in CONCEPTS:
                # -- a concept joins forms that share no characters: as strong as a rare term --
                weight = self._unseen
            elif feature.startswith("@"):
                # -- a paraphrase group weighs nothing of its own: the plan's words of its form
                #    (化解|过剩|产能) weigh as they do and are found as the group (去产能 holds them) --
                weight = 0.0
            else:
                df = self._document_frequency(feature.lstrip("~"))
                weight = math.log(1 + max(len(self._keys), MIN_COLLECTION) / max(df, 1))
                if feature.startswith("~"):
                    weight *= _BIGRAM_SHARE
            self._idf[feature] = weight
        return weight

    def _document_frequency(self, text: str) -> int:
        return self._texts.count(text)

    def features(self, text_key: str) -> Features:
        found = self._cache.get(text_key)
        if found is None and "," in text_key.rstrip(","):
            # -- no word spans a comma: a sentence's features are its clauses', and the
            #    clauses are looked at on their own too (tasks, clause checks) --
            found = self._cache[text_key] = self.joined(_CLAUSE_END.split(text_key))
        if found is None:
            tokens = self._tokens.get(text_key)
            if tokens is None:
                words, bigrams = _raw_features(text_key)
            else:
                raw = self._raw.get(text_key)
                if raw is None:
                    raw = self._raw[text_key] = _features_of_tokens(text_key, tokens)
                words, bigrams = raw
            if self._paraphrases and (more := _paraphrase_concepts(text_key, tokens)):
                words = (*words, *more)
            # -- weights known already (most are: a clause's words are its sentence's) read here --
            idf, weight = self._idf.get, self._weight
            weights = {f: idf(f) or weight(f) for f in words}
            for bigram in bigrams:
                if bigram not in weights:
                    weights[bigram] = idf(bigram) or weight(bigram)
            needles = _needles(text_key, weights, self._one_thing)
            concepts = frozenset(f for f in words if f.startswith("@"))
            found = Features(text_key, weights, tuple(words), sum(weights.values()), needles, concepts)
            self._cache[text_key] = found
        return found

    def body(self, keys: list[str]) -> Body:
        """Return what the keys joined are matched against: the ``key`` and ``concepts`` of
        ``joined(keys)``, without weighing (or segmenting) any of their words."""
        text_key = "".join(keys)
        found = self._cache.get(text_key)
        if found is not None:
            return Body(text_key, found.concepts)
        concepts = frozenset().union(*(_concepts(key, self._tokens) for key in keys)) \
            if _ANY_FORM.search(text_key) else frozenset()
        if self._paraphrases and _any_paraphrase().search(text_key):
            concepts |= frozenset(feature for key in keys for clause in _CLAUSE_END.split(key)
                                  for feature in _paraphrase_concepts(clause, self._tokens.get(clause)))
        return Body(text_key, concepts)

    def joined(self, keys: list[str]) -> Features:
        """Return the features of the keys joined, built from each key's own: the same as
        ``features("".join(keys))`` for sentences (no word spans a sentence end), without
        segmenting the joined text again."""
        text_key = "".join(keys)
        found = self._cache.get(text_key)
        if found is None:
            parts = [self.features(key) for key in keys]
            concepts = frozenset().union(*(part.concepts for part in parts))
            words = list(dict.fromkeys(t for part in parts for t in part.terms if not t.startswith("@")))
            words += ["@" + concept for concept in CONCEPTS if "@" + concept in concepts]
            if self._paraphrases:
                words += ["@" + name for name in paraphrases() if "@" + name in concepts]
            weights = {f: part.weights[f] for part in parts for f in part.terms if f in part.weights}
            weights = {f: weights[f] for f in words}
            for part in parts:
                for feature, weight in part.weights.items():
                    if feature.startswith("~"):
                        weights.setdefault(feature, weight)
            needles = _needles(text_key, weights, self._one_thing)
            found = Features(text_key, weights, tuple(words), sum(weights.values()), needles, concepts)
            self._cache[text_key] = found
        return found

    @staticmethod
    def shared(part: Features, whole: Features | Body, skip: frozenset[str] = frozenset(),
               anchor: float = ANCHOR_WEIGHT) -> tuple[float, list[str]]:
        """Return the weight of ``part``'s features found in ``whole`` (``skip`` aside), and which.

        Zero unless the shared wording is anchored: a shared concept, domain term or long
        term, or else two shared words; a single ordinary word or bigrams never suffice.
        """
        found = Matcher.found(part, whole)
        if skip:
            found = [f for f in found if f not in skip]
        return Matcher.anchored(part, found, anchor)

    @staticmethod
    def found(part: Features, whole: Features | Body) -> list[str]:
        """Return ``part``'s features that ``whole`` holds, in ``part``'s order."""
        key = whole.key
        if not part.concepts:
            # -- nothing but words and bigrams: substring tests alone --
            return [f for f, needle, _ in part.needles if needle in key]
        concepts = whole.concepts
        # -- a word looked for as the concept of one thing its form names is found as it stands too
        #    (居民|医保 of 城乡居民医保 in 居民基本医保, which names it a third way) --
        return [f for f, needle, concept in part.needles
                if ("@" + needle in concepts or f[0] != "@" and f.lstrip("~") in key if concept else needle in key)]

    @staticmethod
    def anchored(part: Features, found: list[str], anchor: float = ANCHOR_WEIGHT) -> tuple[float, list[str]]:
        """Return (weight, features) of shared features ``found``, or (0, []) when they are not anchored."""
        # -- concepts and domain terms are specific by nature (and in a short report every
        #    term is frequent); an ordinary word must also be rare in this collection --
        if not any(f.startswith("@") or f in DOMAIN for f in found):
            anchors = [f for f in found if not f.startswith("~") and part.weights[f] >= anchor]
            if not any(len(f) >= 4 for f in anchors) and len(anchors) < 2:
                return 0.0, []
        return sum(part.weights[f] for f in found), found


__all__ = [
    "STANCE", "ONE_THING", "ANCHOR_WEIGHT", "ANSWER_ANCHOR_WEIGHT", "ANSWER_THRESHOLD", "CONCEPTS", "GENERIC", "LINK_THRESHOLD",
    "PROMISE_THRESHOLD",
    "DOMAIN", "FUNCTION_CHARACTERS", "SATURATION", "Body", "Features", "Joins", "Matcher", "Texts", "holds",
    "concept_forms", "concept_form_in", "is_concept", "paraphrases", "word_bigrams",
]
