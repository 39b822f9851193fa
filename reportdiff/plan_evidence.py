"""Whether a review sentence is evidence specific to a plan of a 政府工作报告 (used by plans.py).

Such a review writes an area's words in sentence after sentence, each time of another thing:
城乡居民 of 城乡居民医保, of 城乡居民旅游消费, of 城乡居民收入; 基础设施 of a summary line
(——基础设施更加完善。) and of 农田水利等基础设施. Two kinds of evidence name no task then:

- a summary line, which names an area and how it went, continues a plan only when it holds most
  of what the plan's clause acts on (提升企业创新能力 ← ——创新能力进一步增强; not 加强农田水利
  和高标准农田等基础设施建设 ← ——基础设施更加完善);
- a single word shared (its parts aside: 再生能源 of 可再生能源) continues nothing when the review
  writes it in ``COMMON`` of its sentences or more, as an IDF over the review would say: it names
  the area, and the sentence another thing in it. Concepts are specific by nature.
"""

from __future__ import annotations

import functools

from . import lazy_re
from .normalize import shared_ends
from .plan_matching import Body, Features, Matcher, holds, word_bigrams
from .promise_objects import CORRECTS, TASK_VERB
from .segment import FIGURE_RE, tokenize
from .text_index import Texts

#: A summary line is at most this long (in characters of its key, dashes and end mark aside).
SUMMARY_LENGTH = 20
#: The share of a clause's object (by weight) a summary line must hold: most of it.
SUMMARY_SHARE = 0.5
#: A word shared alone is no evidence when this many of the review's sentences hold it.
COMMON = 3

_CLAUSES = lazy_re.compile(r"(?<=[,;:])")
_INNER_MARK = lazy_re.compile(r"[,;:、“”「」]")


def is_summary_line(sentence_key: str) -> bool:
    """True for a review's summary line (——基础设施更加完善。, 结构调整取得标志性进展。): one
    short clause without a figure, whose verbs act on nothing after them (an area and how it went,
    not 强化知识产权保护, a deed done to an object)."""
    text = sentence_key.lstrip("—-").rstrip("。!;")
    if not text or len(text) > SUMMARY_LENGTH or _INNER_MARK.search(text) or FIGURE_RE.search(text):
        return False
    tokens = [token for token in tokenize(text) if token.strip()]
    return not any(_verb(token) and any(word_bigrams(later) is not None and not TASK_VERB.fullmatch(later)
                                        for later in tokens[at + 1 :])
                   for at, token in enumerate(tokens))


def _verb(token: str) -> bool:
    """True for a token holding a verb of a task (推进, 积极开展: jieba keeps an adverb with it)."""
    return TASK_VERB.search(token) is not None or CORRECTS.search(token) is not None


def _object_terms(clause_key: str, feats: Features) -> list[str]:
    """Return the terms of what a clause acts on: those after its first task verb (农田水利,
    高标准农田, 基础设施 of 加强农田水利和高标准农田等基础设施建设), all of them when none is there."""
    start = 0
    for token in tokenize(clause_key):
        start += len(token)
        if _verb(token):
            break
    else:
        start = 0
    acted_on = clause_key[start:]
    terms = [term for term in feats.terms if term.startswith("@") or term in acted_on]
    return terms or list(feats.terms)


def object_share(matcher: Matcher, plan_key: str, body: Body | Features) -> float:
    """Return the most, over the plan's clauses, of the weight of a clause's object ``body`` holds."""
    best = 0.0
    for clause in _CLAUSES.split(plan_key):
        if not clause.strip(",;:。"):
            continue
        feats = matcher.features(clause)
        terms = _object_terms(clause, feats)
        total = sum(feats.weights[term] for term in terms)
        if total <= 0:
            continue
        held = frozenset(Matcher.found(feats, body))
        best = max(best, sum(feats.weights[term] for term in terms if term in held) / total)
    return best


class ReviewWords:
    """How many of a review's sentences (keys of those reporting work) hold a word."""

    def __init__(self, sentence_keys: list[str]) -> None:
        self._texts = Texts(sentence_keys)
        self._counts: dict[str, int] = {}

    def count(self, word: str) -> int:
        found = self._counts.get(word)
        if found is None:
            found = self._counts[word] = self._texts.count(word)
        return found


def is_specific(matcher: Matcher, plan: Features, body: Body | Features, found: list[str],
                review: ReviewWords) -> bool:
    """True when ``body`` (a review sentence holding ``found`` of the plan's features) is evidence
    specific to the plan: a summary line holding most of a clause's object, and shared wording of
    more than one word, a concept, or a word rare in the review."""
    if is_summary_line(body.key) and object_share(matcher, plan.key, body) < SUMMARY_SHARE:
        return False
    held = frozenset(found)
    terms = [term for term in plan.terms if term in held]
    if any(term.startswith("@") for term in terms):
        return True
    # -- a word's parts (能源 of 再生能源) are the same evidence --
    outer = [term for term in terms if not any(term != other and term in other for other in terms)]
    return len(outer) != 1 or review.count(outer[0]) < COMMON


#: What names Hong Kong, Macao or Taiwan (and the policy for them) rather than the home economy:
#: 支持港澳改善民生 is not 保障和改善民生 at home, nor 增进台湾同胞福祉 民生福祉.
_ABROAD = lazy_re.compile(r"港澳|香港|澳门|台湾|两岸|特别行政区|一国两制|港人治港|澳人治澳|治港|治澳|"
                          r"台独|九二共识|对台|涉台|台胞|台商|台资|台企")
#: …but 粤港澳大湾区 is a mainland programme (Guangdong's cities with the two), named among the
#: regional strategies at home.
_HOME_PROGRAMME = lazy_re.compile(r"粤港澳大湾区|粤港澳")
_SIDE_CLAUSES = lazy_re.compile(r"[,;:。]")


def _holding(text_key: str, shared: list[str]) -> tuple[str, ...]:
    """Return the clauses of ``text_key`` that hold a feature of ``shared``: the wording a link
    rests on is read where it stands, not across the sentence."""
    return _clauses_holding(text_key, tuple(shared))


@functools.lru_cache(maxsize=4096)
def _clauses_holding(text_key: str, shared: tuple[str, ...]) -> tuple[str, ...]:
    # -- same_subject's checks each ask this of one candidate link's plan and evidence --
    return tuple(clause for clause in _SIDE_CLAUSES.split(text_key)
                 if clause and any(holds(clause, feature) for feature in shared))


def _agree(mine: frozenset[str] | frozenset[bool], theirs: frozenset) -> bool:
    """True when either side names nothing or both name one thing alike: no contradiction."""
    return not mine or not theirs or not mine.isdisjoint(theirs)


def _sides(text_key: str, shared: list[str]) -> frozenset[bool]:
    """Return the sides (True: Hong Kong, Macao, Taiwan; False: home) of the clauses of
    ``text_key`` that hold a feature of ``shared`` (深入推进粤港澳大湾区建设，支持港澳防控疫情 is home
    in its first clause, abroad in its second)."""
    return frozenset(_ABROAD.search(_HOME_PROGRAMME.sub("", clause)) is not None
                     for clause in _holding(text_key, shared))


def same_side(plan_key: str, evidence_key: str, shared: list[str]) -> bool:
    """True unless the plan and the evidence speak of different sides on the wording they share:
    one of Hong Kong, Macao or Taiwan (港澳, 两岸, 一国两制), the other of the home economy. A
    clause holding none of the shared wording (one split across clauses) takes no side."""
    return _agree(_sides(plan_key, shared), _sides(evidence_key, shared))


#: A name's abbreviation in brackets after it (伙伴关系协定(CPTPP)), on the key.
_ABBREVIATION = lazy_re.compile(r"\(([A-Z][A-Z0-9]{1,11})\)")


def _abbreviations(text_key: str, shared: list[str]) -> frozenset[str]:
    """Return the bracketed abbreviations of the clauses of ``text_key`` holding a feature of ``shared``."""
    if "(" not in text_key:
        return frozenset()
    return frozenset(name for clause in _holding(text_key, shared) for name in _ABBREVIATION.findall(clause))


def same_name(plan_key: str, evidence_key: str, shared: list[str]) -> bool:
    """True unless the plan and the evidence share words of two names each gives its own
    abbreviation (全面与进步跨太平洋伙伴关系协定(CPTPP), 区域全面经济伙伴关系协定(RCEP)): two
    agreements, however much of the name they share."""
    mine = _abbreviations(plan_key, shared)
    return _agree(mine, _abbreviations(evidence_key, shared) if mine else frozenset())


#: A clause accepting supervision (依法接受同级人大及其常委会的监督, 自觉接受人民政协的民主监督):
#: the body named is the one that supervises, not the work the plan is about.
_ACCEPTS_SUPERVISION = lazy_re.compile(r"接受[^,;:。]*监督")
#: What a review says of supervision received: the supervision itself, or the deputies' and
#: members' proposals handled (认真办理人大代表建议和政协委员提案); not a bill submitted to the
#: same congress (提请全国人大常委会审议法律议案), which is legislation.
_SUPERVISION = lazy_re.compile(r"监督|代表建议|委员提案|建议提案|建议和[^,;:。]{0,6}提案|询问|质询|评议|视察")


def supervision_alike(plan_key: str, evidence_key: str, shared: list[str]) -> bool:
    """True unless the plan shares its wording only in clauses accepting supervision (接受人大
    监督) and the evidence clauses holding it speak of no supervision (审议法律议案): who
    supervises is no task the review reports."""
    plan_clauses = _holding(plan_key, shared)
    if not plan_clauses or not all(_ACCEPTS_SUPERVISION.search(clause) for clause in plan_clauses):
        return True
    return any(_SUPERVISION.search(clause) for clause in _holding(evidence_key, shared))


#: Who a task is for, by the noun naming the people (农民工, 高校毕业生, 老年人); not a head any
#: people may have (就业困难人员 and 就业困难群体 are one group; 贫困人口, 人民群众).
_PEOPLE = lazy_re.compile(r"农民工|毕业生|退役军人|残疾人|老年人|老人|儿童|妇女|青年|学生|农民(?!工)|职工|居民")


def _people(clause_key: str) -> frozenset[str]:
    return frozenset(_PEOPLE.findall(clause_key))


def same_people(plan_key: str, evidence_key: str, shared: list[str]) -> bool:
    """True unless the plan and the evidence do the shared task for different people, each naming
    its own in every clause holding the shared wording (农民工就近就业创业; 高校毕业生和就业困难群体的
    就业创业): the same task, not the same work. A clause naming none (对城镇就业困难人员提供托底
    帮扶), or people both name, is no contradiction."""
    mine = [_people(clause) for clause in _holding(plan_key, shared)]
    if not mine or not all(mine):
        return True
    return _agree(frozenset().union(*mine), frozenset().union(*map(_people, _holding(evidence_key, shared))))


#: A document's title on the comparison key (《岚江省港口条例》).
_TITLED = lazy_re.compile(r"《([^《》]{2,40})》")


def _distinct_titles(one: str, other: str) -> bool:
    """Whether two document titles name two documents: past the words they open and close on
    alike (岚江省…条例), what is left of each shares no two characters (港口 / 农村公路). A title
    inside the other (某某办法 / 某某实施办法, 条例 / 条例（修订）) is one document."""
    if one in other or other in one:
        return False
    start, end = shared_ends(one, other)
    core, other_core = one[start:len(one) - end], other[start:len(other) - end]
    if not core or not other_core:
        return False
    return not any(core[i:i + 2] in other_core for i in range(len(core) - 1))


def same_document(plan_key: str, evidence_key: str) -> bool:
    """True unless the plan and the evidence each name documents and every one the plan names is
    another than all the evidence names (推动《岚江省港口条例》修订 / 《岚江省农村公路条例》经审议
    通过): two laws, however much of the procedure (提请人大常委会审议) they share."""
    mine = _TITLED.findall(plan_key)
    theirs = _TITLED.findall(evidence_key) if mine else []
    return not mine or not theirs or not all(_distinct_titles(a, b) for a in mine for b in theirs)


#: A clause of a review sentence saying what the work it reports brought about, after it (依法打击…
#: 违法犯罪活动，有力维护了公共安全; …，保障了人民生命安全，维护了正常生产生活秩序): an effect, not
#: work done on what it names. On the key.
_EFFECT = lazy_re.compile(r"^(?:有力|有效|切实|极大|进一步|较好|充分)?(?:地)?"
                          r"(?:维护|保障|保护|促进|增强|提高|改善|稳定|提振|带动|拉动|激发|巩固|坚定)了")


def worked_on(evidence_key: str, shared: list[str]) -> bool:
    """True unless every clause of the evidence holding the shared wording says what the work it
    reports brought about (有力维护了公共安全 after 打击违法犯罪): a plan for 公共安全 is continued by
    work on it, not by another task's effect."""
    clauses = _holding(evidence_key, shared)
    return not clauses or not all(_EFFECT.match(clause) for clause in clauses)


#: A list of fields closed by 等领域 (载人航天、资源勘探、能源工程等领域实现新突破), on the key: the
#: items (group 1), and what the clause goes on to (group 2).
_FIELDS = lazy_re.compile(r"((?:[^,;:。、]{1,12}、)+[^,;:。、]{1,12})等(?:领域|方面|行业)([^,;:。]*)")
#: What a list of fields is followed by when it only says where the clause's subject achieved (…等领域
#: 实现新突破, 取得重大进展); not a deed done there (…等领域开展专项执法行动).
_ACHIEVED = lazy_re.compile(r"实现|取得|获得|出现|发生|迈出|走在")


def _only_fields(clause: str, shared: list[str]) -> bool:
    """True when ``clause`` holds the shared wording only among the items of a list of fields that
    an achievement follows (…资源勘探、能源工程等领域实现新突破, after 关键核心技术攻关…): where
    another subject achieved, not work on them (国有企业、农村…等领域改革有序推进 is their reform,
    在…安全生产等领域开展专项执法 work done there)."""
    lists = [match for match in _FIELDS.finditer(clause)
             if (tokens := [t for t in tokenize(match.group(2)) if t.strip()]) and _ACHIEVED.fullmatch(tokens[0])]
    if not lists:
        return False
    outside = clause
    for match in lists:
        outside = outside.replace(match.group(1), "")
    return not any(holds(outside, feature) for feature in shared)


def names_more_than_fields(evidence_key: str, shared: list[str]) -> bool:
    """True unless every clause of the evidence holding the shared wording holds it only as fields
    of another subject's work (关键核心技术攻关…，载人航天、资源勘探等领域实现新突破)."""
    clauses = _holding(evidence_key, shared)
    return not clauses or not all(_only_fields(clause, shared) for clause in clauses)


def same_subject(plan_key: str, evidence_key: str, shared: list[str]) -> bool:
    """True unless the wording a plan and a review sentence share speaks of two subjects: two
    sides (``same_side``), supervision accepted and the supervisor's other work
    (``supervision_alike``), two names of their own abbreviations (``same_name``), the task done
    for other people (``same_people``), two documents named (``same_document``), or the evidence's
    words only an effect of other work (``worked_on``) or fields another subject achieved in
    (``names_more_than_fields``)."""
    return same_side(plan_key, evidence_key, shared) and supervision_alike(plan_key, evidence_key, shared) \
        and same_name(plan_key, evidence_key, shared) and same_people(plan_key, evidence_key, shared) \
        and same_document(plan_key, evidence_key) and worked_on(evidence_key, shared) \
        and names_more_than_fields(evidence_key, shared)


__all__ = ["COMMON", "SUMMARY_LENGTH", "SUMMARY_SHARE", "ReviewWords", "is_specific", "is_summary_line",
           "names_more_than_fields", "object_share", "same_document", "same_name", "same_people",
           "same_side", "same_subject", "supervision_alike", "worked_on"]
