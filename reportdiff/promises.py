"""Last year's plans against this year's results: was each promise kept?

``track_promises`` checks each plan sentence of last year's report (each task, where the
kind bundles several in one sentence) against this year's results, with the matching of
``plan_matching.py``: ``delivered`` with the evidence sentence, or ``not_reported`` and,
when this year's plans restate it, ``replanned``. The records (Promise, Evidence) live in
``plans.py`` beside the other plan records.
"""

from __future__ import annotations

import re

from .kinds import KINDS, OTHER, is_framing
from .models import Measure, PlanSentence, Report, Role
from .normalize import key as norm_key
from .parse import split_sentences
from .plan_matching import PROMISE_THRESHOLD, SATURATION, Features, Matcher, TargetIndex, links
from .plans import Evidence, Promise, _measures, _pick_sentence, _trim
from .segment import FIGURE_RE

#: Evidence windows scored for a plan: those holding most of its strong wording (a long
#: review holds a common strong word in dozens of sentences; the evidence is among the first).
PROMISE_CANDIDATES = 24
#: A clause of a plan carries a task of its own when its specific wording weighs this much.
CLAUSE_WEIGHT = 3.0
#: A long clause needs only this much of its wording in the evidence (see SATURATION).
CLAUSE_SATURATION = 2 * SATURATION
_CLAUSE_SPLIT = re.compile(r"(?<=[,;:])")


def _clauses(matcher: Matcher, plan_key: str) -> list[Features]:
    """Return the features of each clause of a plan that names a task of its own."""
    found = [matcher.features(clause) for clause in _CLAUSE_SPLIT.split(plan_key) if clause.strip(",;:")]
    return [clause for clause in found if clause.total >= CLAUSE_WEIGHT]


def _reports_a_clause(clauses: list[Features], evidence: Features) -> bool:
    """True when the evidence holds most of one clause's wording: the same task, not the same
    topic. A 政府工作报告 bundles several tasks in one sentence (放宽市场准入，开展…试点，保护…
    产权), and a result that shares one common word with each shows none of them done.

    A long clause is reworded more, so it needs only CLAUSE_SATURATION worth of its wording,
    but never less than half of it: one strong shared word (个人所得税) in a clause of eight
    names another task."""
    for clause in clauses:
        covered, total = _coverage(clause, evidence)
        if covered >= PROMISE_THRESHOLD * max(min(total, CLAUSE_SATURATION), total / 2):
            return True
    return not clauses


def _coverage(clause: Features, evidence: Features) -> tuple[float, float]:
    """Return (weight of the clause's words the evidence holds, weight of all its words).

    Words, not features: a word found whole counts once, not again for each of its bigrams,
    except a long word (一体化综合监管), whose bigrams are what it weighs; a word found only in
    part (信访工作条例 in 信访工作) counts by its bigrams, never more than the word itself.
    """
    covered = total = 0.0
    for word in clause.terms:
        weight = clause.weights.get(word)
        if weight is None:
            continue
        bigrams = [] if word.startswith("@") else ["~" + word[i : i + 2] for i in range(len(word) - 1)]
        parts = sum(clause.weights.get(b, 0.0) for b in bigrams)
        long = len(word) >= 4 and not word.startswith("@")
        total += weight + (parts if long else 0.0)
        if word.startswith("@"):
            covered += weight if word in evidence.concepts else 0.0
        elif word in evidence.key:
            covered += weight + (parts if long else 0.0)
        else:
            partial = sum(clause.weights.get(b, 0.0) for b in bigrams if b[1:] in evidence.key)
            covered += min(partial, weight + (parts if long else 0.0))
    return covered, total


#: Targets that are ceilings: a result below them meets them (居民消费价格涨幅3%左右 met by 2%).
_CEILING = re.compile(r"涨幅|上涨|失业率|赤字率|负债率|杠杆率|能耗|排放|强度|死亡|事故|债务")
#: Qualifiers of a target: at least, at most.
_AT_LEAST = ("以上", "超过", "超", "逾", "多", "余", "突破")
_AT_MOST = ("以内", "以下", "不超过", "不到", "低于", "控制在")
#: 左右 (about) allows this relative shortfall.
_ABOUT = 0.05


def target_met(change) -> bool:
    """Return True when this year's result meets last year's plan figure (a ``plan_result``
    FigureChange): at least / at most as its qualifier says, or about it, a ceiling for
    indicators where less is better (涨幅, 失业率, 赤字率, 能耗…)."""
    plan, result = change.old.value, change.new.value
    qualifier = change.old.approx or ""
    if qualifier in _AT_MOST or _CEILING.search(change.label or ""):
        return result <= plan * (1 + _ABOUT)
    if qualifier in _AT_LEAST:
        return result >= plan
    return result >= plan * (1 - _ABOUT)


def _target_promise(plan: PlanSentence, changes: list, new_measures: dict[str, Measure],
                    old_texts: dict[str, str]) -> Promise | None:
    """Return the promise of a plan sentence that sets a figure followed into this year's
    results: delivered with the result sentence when the result meets it, else not reported."""
    # -- the figure must stand in this sentence, not only the same digits (3%左右 is both the
    #    price target and the energy target of one paragraph) --
    start = old_texts.get(plan.block_id, "").find(plan.text)
    end = start + len(plan.text)
    # -- the start of 从75%提高到100% is where the plan begins, not what it promises --
    mine = [c for c in changes if c.old_measure == plan.block_id and c.old.raw in plan.text
            and (start < 0 or start <= c.old.start < end)
            and c.new_measure in new_measures and c.old.aspect != "from"]
    if not mine:
        return None
    evidence = []
    for change in mine:
        if not target_met(change):
            return Promise("not_reported", plan, ())
        measure = new_measures[change.new_measure]
        sentence = next((s.strip() for s in split_sentences(measure.text) if change.new.raw in s), measure.text)
        evidence.append(Evidence(measure, sentence, 1.0, (change.label,)))
    return Promise("delivered", plan, tuple(evidence))


#: A clause of a plan sentence is a task of its own when its specific wording weighs this much.
TASK_WEIGHT = CLAUSE_WEIGHT
#: The verbs of a task (either script): what a plan undertakes to do, or what a target says of
#: its indicator (生态环境质量进一步改善, 国际收支基本平衡).
_TASK_VERB = re.compile(
    "改善|下降|增長|增长|同步|平衡|"
    "实施|实行|推进|推動|推动|加快|加強|加强|完善|健全|建立|建設|建设|構建|构建|制定|出台|開展|开展|啟動|启动|設立|设立|"
    "增設|增设|支持|鼓勵|鼓励|引導|引导|促進|促进|深化|擴大|扩大|提高|提升|降低|減少|减少|增加|落實|落实|堅持|坚持|強化|强化|"
    "優化|优化|培育|改造|新建|完成|安排|發行|发行|取消|放寬|放宽|規範|规范|整治|治理|保障|穩定|稳定|保持|用好|做好|抓好|"
    "打擊|打击|加大|延續|延续|延長|延长|推廣|推广|推行|探索|統籌|统筹|提振|防範|防范|化解|嚴控|严控|確保|确保|守住|兜牢|"
    "扶持|幫助|帮助|減輕|减轻|清理|嚴厲|严厉|嚴格|严格|維護|维护|參與|参与|商簽|商签|發揮|发挥|"
    "開工|开工|建成|修訂|修订|編制|编制|辦好|办好|加速|拓展|拓寬|拓宽|實現|实现|控制|下達|下达"
)
_TASK_END = re.compile(r"(?<=[，,])")


def _tasks(matcher: Matcher, plan: PlanSentence) -> list[PlanSentence]:
    """Split a plan sentence into the tasks it bundles, each a PlanSentence ``<id>.<n>``.

    A 政府工作报告 sentence often lists several tasks (实施…方案，强化…力量，加强…建设), and
    a review may report one and pass over the next. A clause starts a task when its own
    specific wording weighs TASK_WEIGHT and is anchored as a match must be (two specific
    words, or a concept, domain or long term); a lighter clause stays with the task before it
    (…，确保按时足额发放), or with the first task when it opens the sentence (考虑到…，); a
    clause that only frames (经济增速是综合性指标，…) belongs to no task. A sentence with one task is
    returned as it is.
    """
    pieces = [piece for piece in _TASK_END.split(plan.text) if piece.strip(" \u3000")]
    tasks: list[str] = []
    pending = ""
    framing = False
    for piece in pieces:
        feats = matcher.features(norm_key(piece))  # -- the clause check's own: segmented once --
        if is_framing(piece.rstrip("，,")):
            # -- 经济增速是综合性指标，… / …，这相当于…: a clause that frames promises nothing --
            framing = True
        # -- a task does something or sets a figure, and could be matched on its own (see
        #    Matcher.shared); 我国经济长期向好的基本面不会改变 assesses and promises nothing --
        elif (_TASK_VERB.search(piece) or FIGURE_RE.search(piece)) and feats.total >= TASK_WEIGHT \
                and Matcher.shared(feats, feats)[0] > 0:
            tasks.append(pending + piece)
            pending = ""
        elif tasks:
            tasks[-1] += piece
        else:
            pending += piece
    if pending and tasks:
        tasks[-1] += pending
    if len(tasks) < 2:
        if framing and tasks:
            return [PlanSentence(plan.id, plan.block_id, plan.index, tasks[0], norm_key(tasks[0]))]
        return [plan]
    return [PlanSentence(f"{plan.id}.{number}", plan.block_id, plan.index, text, norm_key(text))
            for number, text in enumerate(tasks, start=1)]


#: A paragraph opening a review of several years (过去五年…, 五年来…); 过去一年 / 去年 returns to one.
_SEVERAL_YEARS = re.compile(r"^(?:过去|近|这)?[二两三四五六七八九十]年(?:来|以来|间|中)?")
_ONE_YEAR = re.compile(r"^(?:过去一年|去年|(?:19|20)\d{2}年)")


def _several_years(results: tuple[Measure, ...]) -> frozenset[str]:
    """Return the ids of the results that belong to a review of several years.

    A 政府工作报告 at the end of a term reviews the last year and then the five years
    (过去一年… then 过去五年…), and every result after 过去五年 is of the five years until a
    paragraph returns to one year.
    """
    found: set[str] = set()
    inside = False
    for measure in results:
        text = norm_key(measure.text)
        if _SEVERAL_YEARS.match(text):
            inside = True
        elif _ONE_YEAR.match(text):
            inside = False
        if inside:
            found.add(measure.id)
    return frozenset(found)


def _whole_sentence(plan: PlanSentence, verdicts: list[Promise], restated) -> Promise:
    """Return one promise for a sentence whose tasks all got the same status: the evidence
    of all its tasks, or the plan of this year restating the whole sentence."""
    if len(verdicts) == 1:
        return verdicts[0]
    if verdicts[0].status == "delivered":
        evidence: dict[str, Evidence] = {}
        for verdict in verdicts:
            for item in verdict.evidence:
                evidence.setdefault(item.measure.id, item)
        return Promise("delivered", plan, tuple(evidence.values()))
    return Promise("not_reported", plan, (), restated(plan))


def track_promises(old_report: Report, new_report: Report, plan_results: list = ()) -> tuple[Promise, ...]:
    """Return each of OLD's plan sentences as ``delivered`` (with evidence) or ``not_reported``.

    Framing sentences (今年是…关键一年) promise nothing and are not tracked. Evidence is a
    sentence of a NEW result that, with its neighbour, holds most of the plan's specific
    wording: in a long review paragraph, words scattered over many sentences show nothing done. Sentences
    carried over word for word from OLD's results (after normalisation) are no evidence: a
    measure copied from last year reports nothing new about last year's plans. A plan not
    reported as done but restated in NEW's plans names that sentence (``replanned``).
    A plan that sets a figure followed into NEW's results (``plan_results``, figure changes
    of kind ``plan_result``) is delivered when the result meets it, and not reported when not.
    Where the kind lists several tasks in one plan sentence (a 政府工作报告), each task is
    judged on its own; a sentence whose tasks fare differently gives one promise per task
    (``<sentence id>.<n>``), one whose tasks all fare alike stays one promise.
    """
    plans = [plan for plan in old_report.plan_sentences if not plan.framing]
    results = _measures(new_report, Role.RESULTS)
    old_results = "\n".join(_trim(m.key) for m in _measures(old_report, Role.RESULTS))
    # -- evidence is looked for in windows of two neighbouring fresh sentences of one result:
    #    a report may name the task in one sentence and what was done in the next --
    windows: list[tuple[Measure, list[tuple[str, str]]]] = []
    for measure in results:
        sentences = [(s.strip(), norm_key(s)) for s in split_sentences(measure.text)]
        kept = [(text, k) for text, k in sentences if _trim(k) and _trim(k) not in old_results]
        windows.extend((measure, kept[i : i + 2]) for i in range(max(len(kept) - 1, 1)) if kept[i : i + 2])
    matcher = Matcher([k for _, pair in windows for _, k in pair] + [p.key for p in plans])
    spanning = _several_years(results)
    several_years = frozenset(i for i, (measure, _) in enumerate(windows) if measure.id in spanning)
    targets = TargetIndex([(matcher.joined([k for _, k in pair]), norm_key(m.title)) for m, pair in windows],
                          most=PROMISE_CANDIDATES)
    # -- this year's plans, weighed among themselves and last year's: where a plan is restated --
    restated = [plan for plan in new_report.plan_sentences if not plan.framing]
    restating = Matcher([p.key for p in plans] + [p.key for p in restated])
    new_plans = TargetIndex([(restating.features(p.key), "") for p in restated])

    new_measures = {m.id: m for m in results}
    old_texts = {m.id: m.text for m in _measures(old_report, Role.PLANS)}
    changes = list(plan_results)

    def judge(plan: PlanSentence) -> Promise:
        if (by_figure := _target_promise(plan, changes, new_measures, old_texts)) is not None:
            return by_figure
        feats = matcher.features(plan.key)
        evidence: list[Evidence] = []
        clauses = _clauses(matcher, plan.key)
        # -- the review of the plan's own year first, a review of several years only when
        #    that says nothing (过去五年… tells of five years' work, not of last year's plans) --
        for excluded in ((several_years, frozenset()) if several_years else (frozenset(),)):
            rejected: frozenset[int] = excluded
            while not evidence:
                found = links(feats, targets, PROMISE_THRESHOLD, rejected)
                if not found:
                    break
                for index, score, shared in sorted(found):
                    measure, pair = windows[index]
                    if not _reports_a_clause(clauses, targets.targets[index][0]):
                        # -- the same topic, not the same task: look again without it --
                        rejected |= {index}
                    elif all(item.measure.id != measure.id for item in evidence):
                        evidence.append(Evidence(measure, _pick_sentence(feats, pair), score, shared))
            if evidence:
                break
        if evidence:
            return Promise("delivered", plan, tuple(evidence))
        return Promise("not_reported", plan, (), replanned(plan))

    def replanned(plan: PlanSentence) -> PlanSentence | None:
        # -- restated means the same task again, not a plan sharing one strong word --
        clauses = _clauses(restating, plan.key)
        for index, _, _ in links(restating.features(plan.key), new_plans, PROMISE_THRESHOLD):
            if _reports_a_clause(clauses, new_plans.targets[index][0]):
                return restated[index]
        return None

    promises: list[Promise] = []
    by_task = KINDS.get(old_report.kind, OTHER).task_promises
    for plan in plans:
        tasks = _tasks(matcher, plan) if by_task else [plan]
        verdicts = [judge(task) for task in tasks]
        if len({verdict.status for verdict in verdicts}) > 1:
            # -- the review reports some of the sentence's tasks and not others: say which --
            promises.extend(verdicts)
        else:
            # -- one promise: the sentence, less the clauses that only frame it --
            text = "".join(task.text for task in tasks)
            whole = plan if text == plan.text else PlanSentence(plan.id, plan.block_id, plan.index, text,
                                                                norm_key(text))
            promises.append(_whole_sentence(whole, verdicts, replanned))
    return tuple(promises)


__all__ = ["PROMISE_CANDIDATES", "target_met", "track_promises"]
