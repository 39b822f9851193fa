"""Which sentence a promise shows as its evidence (used by promises.py).

A figure the plan set may stand in several result sentences (12个乡镇 in the 述法 item and in
the 受理点 item); the one naming the plan's object is shown. Several evidence sentences are
shown in the plan's order.
"""

from __future__ import annotations

from . import lazy_re
from .models import Measure, PlanSentence
from .normalize import key as norm_key
from .parse import split_sentences
from .plan_matching import holds, is_concept
from .plan_links import written_forms
from .plans import Evidence, Promise, sentence_holding
from .promise_objects import acts_on_quoted, quoted_object


_CLAUSE_END = lazy_re.compile(r"[,;:。]")


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1) if not any(c.isdigit() for c in text[i : i + 2])}


def naming_sentence(plan: PlanSentence, change, new_measures: dict[str, Measure],
                     spanning: frozenset[str] = frozenset()) -> tuple[Measure, str]:
    """Return the result and the sentence that report a plan's figure: the sentence of the
    paired result holding it, unless another result's sentence holding the same figure shares
    more of the words of the plan's clause around it (在12个乡镇设立行政复议受理点 is reported
    where the 受理点 are, not where 12个乡镇 heads of office report on the law). A review of
    several years (``spanning``: 十年来…涨幅稳定在2%左右) tells of no one year's result."""
    paired = new_measures[change.new_measure]
    best = (paired, sentence_holding(paired, change.new.raw))
    key = plan.key
    at = key.find(norm_key(change.old.raw))
    if at < 0:
        return best
    start = max((m.end() for m in _CLAUSE_END.finditer(key, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(key, at)), len(key))
    wanted = _bigrams(key[start:end])
    best_shared = len(wanted & _bigrams(norm_key(best[1])))
    for measure in new_measures.values():
        if change.new.raw not in measure.text or measure.id in spanning and paired.id not in spanning:
            continue
        for sentence in split_sentences(measure.text):
            if change.new.raw in sentence and len(shared := wanted & _bigrams(norm_key(sentence))) > best_shared:
                best, best_shared = (measure, sentence.strip()), len(shared)
    return best


def quoted_evidence(plan_key: str, windows: list, several_years: frozenset[int]) -> list[Evidence]:
    """Return the evidence of a task whose clause acts on a quoted name alone (整治“四风”): the
    first fresh review sentence that acts on the same name (纠正“四风”), the review of the
    plan's own year first; none when no clause is of that shape."""
    names = [name for clause in plan_key.split(",") if (name := quoted_object(clause)) is not None]
    return _first_saying(names, windows, several_years, acts_on_quoted)


#: Words that declare a task finished (圆满收官, 顺利完成, 如期完成, 全面完成, 胜利完成): a work a
#: review says so of is done, whatever else the sentence says of its course (加快推进…，如期完成).
DECLARED_DONE = r"(?:圆满|顺利|如期|全面|胜利|按期|提前)(?:完成|收官|竣工|完工)|圆满结束"
#: A thing named in quotes with the noun it names (“十四五”规划, “八五”普法), on the key.
_NAMED_THING = lazy_re.compile(r"“[^“”,;。]{2,12}”[\u4e00-\u9fff]{2}")
_DECLARES_DONE = lazy_re.compile(DECLARED_DONE)


def finished_evidence(plan_key: str, windows: list, several_years: frozenset[int]) -> list[Evidence]:
    """Return the evidence of a task about a thing named in quotes (实施“十四五”规划收官攻坚行动,
    开展“八五”普法总结验收): the first fresh review sentence that names the same thing and declares
    it finished (“十四五”规划圆满收官, “八五”普法顺利完成), the review of the plan's own year first."""
    names = list(dict.fromkeys(_NAMED_THING.findall(plan_key)))
    return _first_saying(names, windows, several_years,
                         lambda name, key: name in key and _DECLARES_DONE.search(key) is not None)


def _first_saying(names: list[str], windows: list, several_years: frozenset[int], says) -> list[Evidence]:
    """The first fresh review sentence (of ``windows``: (measure, [(text, key)…]) each) that
    ``says(name, key)`` of one of ``names``, the review of the plan's own year first."""
    for name in names:
        for first in (False, True) if several_years else (False,):
            for index, (measure, pair) in enumerate(windows):
                if (index in several_years) is not first:
                    continue
                said = next((text for text, sentence_key in pair if says(name, sentence_key)), None)
                if said is not None:
                    return [Evidence(measure, said, 1.0, (name,))]
    return []


#: A plan to have works built (建成滨江东路和体育中心, 建成…并投入使用), on the Simplified key: what
#: follows the verb up to the clause's end names the works, joined by 和/、/及.
_BUILT = lazy_re.compile(r"建成(?!率|区)(?P<works>[^,;:。]{2,40})")
_WORKS_END = lazy_re.compile(r"(?:并|并且)?(?:投入使用|投用|通车|运营|运行|开放|交付使用)$")
_JOINED = lazy_re.compile(r"以及|[和、及与]")
#: A work under way but not built (主体完工, 开工建设, 主体结构封顶, 加快推进…建设), and a work
#: built (建成通车, 竣工, 投入使用: a 完工 that is no 主体完工), on a clause of the evidence's key.
_UNDER_WAY = lazy_re.compile(r"主体(?:结构|工程)?(?:完工|封顶|竣工)|封顶|开工|动工|开建|启动建设|加快建设|正在建设|在建|进场施工|推进|"
                             r"完成招标|招标|完成立项|完成设计|前期工作")
#: A clause this short after the one naming a work tells of that work (正在建设, 已投入使用).
_TAIL_CLAUSE = 8
_FINISHED = lazy_re.compile(rf"建成|(?<!主体)(?<!结构)(?:竣工|完工)|投入使用|投用|通车|交付|{DECLARED_DONE}")
_EVIDENCE_CLAUSE = lazy_re.compile(r"[^,;:。]+")


def built_in_part(plan: PlanSentence, evidence: list[Evidence], replanned) -> tuple[Promise, bool] | None:
    """Return the plan not kept when one of its ``evidence`` tells of a work the plan was to
    have built as begun or topped out only (建成…体育中心 against 县体育中心主体完工): the clause
    naming the work says it is under way and not that it was built. That sentence is shown as
    the result short of the plan, with this year's plan to build that work (``replanned``:
    PlanSentence → PlanSentence | None), and whether the whole plan may still be looked up as
    restated (as promises.judge gives it). None when the plan builds nothing or every work it
    names that the evidence names is built."""
    works = []
    for match in _BUILT.finditer(plan.key):
        named = _WORKS_END.sub("", match["works"].strip())
        works += [work for part in _JOINED.split(named) if len(work := part.strip()) >= 2]
    for item in evidence if works else ():
        clauses = _EVIDENCE_CLAUSE.findall(norm_key(item.sentence))
        for index, clause in enumerate(clauses):
            work = next((work for work in works if work in clause), None)
            if index + 1 < len(clauses) and len(clauses[index + 1]) <= _TAIL_CLAUSE:
                # -- …平台完成招标，正在建设: a short clause after it says how the same work stands --
                clause += "," + clauses[index + 1]
            if work is not None and _UNDER_WAY.search(clause) and not _FINISHED.search(_UNDER_WAY.sub("", clause)):
                unfinished = f"建成{work}"
                again = replanned(PlanSentence(plan.id, plan.block_id, plan.index, unfinished, unfinished))
                return Promise("not_reported", plan, (), again, short_of=(item,), under_way=True), again is None
    return None


#: A clause that pushes a named reform or programme further (推动“亩均论英雄”改革扩面提质), on the
#: Simplified key: the verbs, the name in quotes, what it is (改革, 行动, 出让改革…), how it is pushed.
_PUSHED = lazy_re.compile(r"^(?:推动|推进|深化|深入推进|全面推进|扩大|持续|加快|加快推进)+"
                          r"(?P<name>“[^”]{3,12}”[^,;:。“]{0,4}?(?:改革|行动|工程|模式|机制|试点|服务))"
                          r"(?:扩面|提质|增效|提档|升级|扩围|走深走实|落地见效|全覆盖)*[。;]?$")
#: What a review reports of the named reform itself: how far it reached (覆盖全部规上企业).
_REACHED = lazy_re.compile(r"(?:已|全面|基本)?(?:覆盖|实现|推广至|推广到|扩大到|扩大至|延伸至|惠及|落地)")


def named_result(plan_key: str, windows: list, several_years: frozenset[int]) -> list[Evidence]:
    """Return the evidence of a task that pushes a reform or programme named in quotes further
    (推动“亩均论英雄”改革扩面提质): the first fresh review sentence that names it and tells how
    far it reached (“亩均论英雄”改革覆盖全部规上企业), the review of the plan's own year first.
    A sentence that only names it again (研究…改革的配套办法) is none; [] for other plans."""
    names = [match["name"] for clause in plan_key.split(",") if (match := _PUSHED.match(clause.strip()))]
    return _first_saying(names, windows, several_years, _reached)


def _reached(name: str, sentence_key: str) -> bool:
    """True when the sentence tells how far the named reform reached (…改革覆盖全部规上企业)."""
    at = sentence_key.find(name)
    return at >= 0 and _REACHED.match(sentence_key, at + len(name)) is not None


#: A clause that lists what it means before 等 and names their kind after it (培育低空经济、生物制造、
#: 人工智能等未来产业), on the Simplified key: the verb, the items, the kind.
_LISTED = lazy_re.compile(r"^(?:加快|大力|积极|着力|重点|前瞻)?(?:培育|发展|壮大|布局|打造|引育|谋划|推动|推进|支持)+"
                          r"(?P<items>[^,;:。等]{3,60})等(?P<kind>[^,;:。等]{2,12})[,;:。]?$")
_ITEMS = lazy_re.compile(r"、|以及|和|及")
#: An item this long at least names something (低空经济, 生物制造; not 氢能 alone, which a review
#: may write inside other words).
_ITEM_MIN = 3


def listed_evidence(plan_key: str, windows: list, several_years: frozenset[int]) -> list[Evidence]:
    """Return the evidence of a task that lists what it means before 等 (培育低空经济、生物制造等未来
    产业): the first fresh review sentence naming one of the items (低空经济加快起势), the review
    of the plan's own year first; the kind after 等 is seldom written again, and the items weigh
    too little of the plan to be matched. [] for other plans."""
    names = [item for clause in plan_key.split(",") if (match := _LISTED.match(clause.strip()))
             for item in _ITEMS.split(match["items"]) if len(item) >= _ITEM_MIN]
    return _first_saying(names, windows, several_years, lambda name, key: name in key)


def first_written(plan_key: str, terms: tuple[str, ...]) -> int:
    """Where the first of ``terms`` the plan writes stands in it (after its end when none)."""
    return min((at for term in terms if (at := plan_key.find(term)) >= 0), default=len(plan_key))


def reporting_sentences(pair: list[tuple[str, str]], reports) -> list[tuple[str, str]]:
    """The sentences of an evidence window ((text, key) each) that name what the plan acts on
    (``reports``, on a key: ``promise_objects.names_an_object``): a window holds a sentence of
    the task (实施积极的就业政策) and its neighbour of another (坚持教育优先发展), which may share
    more of the plan's common words. The whole window when it is one sentence or none names it
    alone (the task named in one, what was done in the next)."""
    if len(pair) < 2:
        return pair
    return [item for item in pair if reports(item[1])] or pair


#: The head a clause's object ends on after its modifiers (扶持…个体工商户的|减税降费政策), on
#: the key, less a generic last word (政策, 工作) that any sentence of the field may hold.
_OBJECT_HEAD = lazy_re.compile(r"的([\u4e00-\u9fff]{2,8}?)(?:政策|工作|制度|体系|机制|措施)?(?=[,;:。]|$)")


def naming_the_head(plan_key: str, sentences: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The sentences ((text, key) each) of an evidence window that hold the head of a clause's
    object (the 减税降费 of 延续实施扶持小微企业和个体工商户的减税降费政策), where one holds it and
    another does not: the one naming only its modifiers (…对个体工商户实施贷款延期还本付息) tells of
    another measure for the same beneficiaries. All of them otherwise."""
    if len(sentences) < 2:
        return sentences
    heads = [head for match in _OBJECT_HEAD.finditer(plan_key) if len(head := match[1]) >= 2]
    for head in heads:
        holding = [item for item in sentences if head in item[1]]
        if holding and len(holding) < len(sentences):
            return holding
    return sentences


def held_terms(terms: tuple[str, ...], sentence_key: str, plan_key: str | None = None) -> tuple[str, ...]:
    """The shared ``terms`` (as shown: a concept by its name) the evidence sentence holds: the
    window's other sentence may hold the rest, which this one does not show. With ``plan_key``,
    a concept is shown by what the plan and the sentence write (``plan_links.written_forms``),
    never by its name, which may be in neither."""
    held = tuple(term for term in terms
                 if term in sentence_key or is_concept(term) and holds(sentence_key, "@" + term))
    if plan_key is not None and held:
        marked = ["@" + term if is_concept(term) and not (term in plan_key and term in sentence_key) else term
                  for term in held]
        return written_forms(marked, plan_key, sentence_key) or held
    return held or terms


#: A numbered item's own number written into its text (①推进…, 1．推进…, （一）推进…).
_ENUMERATED = lazy_re.compile(r"^(?:[\u2460-\u2473\u2776-\u277f]|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])")


def item_title(measure: Measure) -> str:
    """The title of a numbered item (1.压实第一责任人职责。 ①推进“智慧司法”。), which names its task
    rather than telling what was done; "" for a paragraph, whose first sentence (a 政府工作报告's
    针对…，加大纾困支持力度。) is itself the report of the work."""
    return measure.title if measure.marker or _ENUMERATED.match(measure.title) else ""


__all__ = ["DECLARED_DONE", "built_in_part", "finished_evidence", "first_written", "held_terms", "item_title",
           "listed_evidence", "named_result", "naming_sentence", "naming_the_head", "quoted_evidence",
           "reporting_sentences"]
