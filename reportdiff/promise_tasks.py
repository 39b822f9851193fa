"""The tasks a plan sentence bundles: where each lies, each as a PlanSentence, and one
promise for a sentence whose tasks all fare alike (used by promises.py).

A 政府工作报告 sentence often lists several tasks (实施…方案，强化…力量，加强…建设) and a review
may report one and pass over the next, so each is judged on its own; a 法治 report's sentence
is one measure unless every clause is a deed of its own.
"""

from __future__ import annotations

from . import lazy_re
from .kinds import is_fact
from .models import PlanSentence
from .normalize import key as norm_key
from .plan_matching import Matcher
from .plans import Evidence, Promise
from .promise_clauses import CLAUSE_WEIGHT, SUBORDINATE, framing
from .promise_objects import TASK_VERB, names_no_object
from .segment import FIGURE_RE


def sentence_starts(plans: list[PlanSentence], texts: dict[str, str]) -> dict[str, int]:
    """Return where each plan sentence starts in its block's text (sentences follow each
    other, so a sentence written twice in a block is found at its own place)."""
    starts: dict[str, int] = {}
    position: dict[str, int] = {}
    for plan in plans:
        text = texts.get(plan.block_id)
        if text is None:
            continue
        found = text.find(plan.text, position.get(plan.block_id, 0))
        if found >= 0:
            starts[plan.id] = found
            position[plan.block_id] = found + len(plan.text)
    return starts


#: A clause of a plan sentence is a task of its own when its specific wording weighs this much.
TASK_WEIGHT = CLAUSE_WEIGHT
_TASK_END = lazy_re.compile(r"(?<=[，,])")


def task_spans(matcher: Matcher, plan: PlanSentence, framed: dict[str, bool] | None = None) -> list[tuple[int, int]]:
    """Return the spans (start, end in ``plan.text``) of the tasks a plan sentence bundles.

    A 政府工作报告 sentence often lists several tasks (实施…方案，强化…力量，加强…建设), and
    a review may report one and pass over the next. A clause starts a task when it does
    something or sets a target (a task verb or a figure), is no cause, purpose or condition
    (因…, 以促进…, 在…的同时), and its own specific wording weighs TASK_WEIGHT and is anchored as
    a match must be (two specific words, or a concept, domain or long term). A lighter clause,
    or one naming no object of its own (``names_no_object``: …养老金标准，确保按时足额发放),
    stays with the task before it, or with the task after it when it opens
    the sentence (考虑到…，); a clause that only frames (经济增速是综合性指标，…) belongs to no
    task, nor do light clauses cut off from any task by it. Each task is one stretch of the
    sentence. A sentence with no task is one span, the whole. ``framed`` keeps which clauses
    frame (``promise_clauses.framing``).
    """
    tasks: list[list[int]] = []
    pending: int | None = None  # -- where light clauses waiting for the next task start --
    joined = False  # -- the clause before belongs to the last task --
    position = 0
    for piece in _TASK_END.split(plan.text):
        start, end = position, position + len(piece)
        position = end
        if not piece.strip(" \u3000"):
            continue
        key = norm_key(piece)
        if is_fact(piece):
            # -- 今年高校毕业生将高达765万人，要…: the scene of the task after it --
            if pending is None:
                pending = start
        elif _MANNER.match(key):
            # -- 继续按照稳定大局…的基本方针，做好…工作: the manner of the task after it, no task of
            #    its own (its list of aims reads as tasks), and its words no evidence of the task
            #    (本着…包容审慎原则，制定…监管规则 is not reported by 实行包容审慎监管) --
            pending, joined = None, False
        elif _FROM_WHEN.match(key):
            # -- 全面实施营改增，从5月1日起，将试点范围扩大到…: the date of the task after it --
            pending, joined = start, False
        elif tasks and joined and _FIGURE_TAIL.match(key):
            # -- …增加约1.5万亿元、规模近9.8万亿元，增长18%、为多年来最大增幅: the figure before it
            #    told again as a change, no task of its own --
            tasks[-1][1] = end
        elif framing(piece.rstrip("，,"), framed):
            # -- 经济增速是综合性指标，… / …，这相当于…: a clause that frames promises nothing --
            pending, joined = None, False
        # -- a task does something or sets a figure, and could be matched on its own (see
        #    Matcher.shared); 我国经济长期向好的基本面不会改变 assesses and promises nothing --
        # -- a deed that makes a thing of its own (创建“槐溪茶”区域公用品牌) is a task too --
        elif tasks and joined and names_no_object(key):
            # -- an elliptical task (…养老金标准，确保按时足额发放): its object is the task's before --
            tasks[-1][1] = end
        elif (TASK_VERB.search(key) or _DEED.match(key) or FIGURE_RE.search(key)) and not SUBORDINATE.match(key) \
                and (feats := matcher.features(key)).total >= TASK_WEIGHT and Matcher.shared(feats, feats)[0] > 0:
            tasks.append([start if pending is None else pending, end])
            pending, joined = None, True
        elif joined:
            tasks[-1][1] = end
        elif pending is None:
            pending = start
    if not tasks:
        return [(0, len(plan.text))]
    return [(start, end) for start, end in tasks]


#: A clause giving the manner of the task after it (按照…的基本方针, 遵循…原则), on the
#: Simplified key: what follows it is the task.
_MANNER = lazy_re.compile(r"^(?:要|继续|坚持)?(?:按照|依照|遵循|本着)[^,;。]*(?:方针|原则|要求|部署|布局|思路|精神|方向)[,，]?$")
#: A clause that only dates the task after it (从5月1日起, 自明年起), on the Simplified key.
_FROM_WHEN = lazy_re.compile(r"^(?:从|自)[^,;。]{1,12}起[,，]?$")
#: A clause opening with a bare change of a figure (增长18%, 比上年增加…): it tells the
#: figure before it again, with no subject or task of its own.
_FIGURE_TAIL = lazy_re.compile(r"^(?:比上年|同比)?(?:增长|增加|下降|减少|提高|降低|上升)(?:约|近|超过)?\d")


#: Verbs that open a task done once and reported as done (调处…纠纷, 建立…机制, 上线…平台), not
#: an aim or a manner (提升…水平, 以…为抓手), on the Simplified key.
_DEED = lazy_re.compile(r"^(?:力争|确保|争取)?(?:调处|建立|建成|建设|创建|开设|推出|制定|出台|修订|编制|印发|上线|组建|设立|成立|"
                        r"开展|举办|完成|实现|开通|引进|培训|评查|清理)")
#: A level of the whole a clause sets (执法人员全部持证上岗, 实现…全覆盖): followed as a figure is.
_WHOLE_LEVEL = lazy_re.compile(r"(?:全部|全员)[^,;，；。、]{2,6}$|(?<!基本)(?:全覆盖|全面覆盖)$")


#: A name in quotes of two characters or more, on the key (quotes are “” there).
_QUOTED_NAME = lazy_re.compile(r"“[^”]{2,}”")
#: A thing named in quotes or by its title: what a deed makes of its own.
_NAMED = lazy_re.compile(r"“[^”]{2,}”|《[^》]{2,}》")


def deed_spans(matcher: Matcher, plan: PlanSentence, figures: bool = False) -> list[tuple[int, int]]:
    """Return the spans of the tasks of a plan sentence of a kind that states one measure in
    a sentence (a 法治 report: its aim and manner with it), when every clause is a deed of its
    own (调处省际水事纠纷，建立省际边界河流联防联控机制), or with ``figures`` (the kind's
    ``figure_tasks``) sets a figure of its own (全年新登记经营主体4200户以上，推进“个转企”100户):
    a review may report one and not the other. A deed making a thing named in quotes or by
    title (创建“槐溪茶”区域公用品牌, 出台《…办法》) is a task of its own beside any clauses: it
    needs its own evidence. Else the whole sentence."""
    whole = [(0, len(plan.text))]
    clauses: list[tuple[int, int, bool, bool]] = []  # -- start, end, a task alone, a named deed --
    position = 0
    for piece in _TASK_END.split(plan.text):
        start, position = position, position + len(piece)
        key = norm_key(piece).strip(" ,;。")
        if not key:
            continue
        deed = _DEED.match(key) or figures and FIGURE_RE.search(key) or _WHOLE_LEVEL.search(key)
        # -- a figure set for a name in quotes (推进“个转企”100户) is a task of its own however
        #    light its wording: the name is specific, the figure is followed on its own --
        alone = bool(deed) and (figures and FIGURE_RE.search(key) and _QUOTED_NAME.search(key)
                                or (feats := matcher.features(key)).total >= TASK_WEIGHT
                                and Matcher.shared(feats, feats)[0] > 0)
        named = bool(_DEED.match(key)) and _NAMED.search(key) is not None
        clauses.append((start, position, alone, named))
    if len(clauses) > 1 and all(alone for _, _, alone, _ in clauses):
        return [(start, end) for start, end, _, _ in clauses]
    if not any(named for _, _, _, named in clauses):
        return whole
    spans: list[tuple[int, int]] = []
    merge = False  # -- the clause before is one of the sentence's other clauses --
    for start, end, _, named in clauses:
        if not named and merge:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        merge = not named
    return spans if len(spans) > 1 else whole


def task_sentences(plan: PlanSentence, spans: list[tuple[int, int]]) -> list[PlanSentence]:
    """Return the tasks of a plan sentence as PlanSentences: ``<id>.<n>``, or the sentence's
    own id when it has one task (less any clause that only frames it)."""
    def task(identifier: str, start: int, end: int) -> PlanSentence:
        if (start, end) == (0, len(plan.text)):
            return plan if identifier == plan.id \
                else PlanSentence(identifier, plan.block_id, plan.index, plan.text, plan.key, plan.framing)
        text = plan.text[start:end].strip()
        return PlanSentence(identifier, plan.block_id, plan.index, text, norm_key(text))

    if len(spans) == 1:
        return [task(plan.id, *spans[0])]
    return [task(f"{plan.id}.{number}", start, end) for number, (start, end) in enumerate(spans, start=1)]


def whole_sentence_promise(plan: PlanSentence, verdicts: list[Promise], restated) -> Promise:
    """Return one promise for a sentence whose tasks all got the same status: the evidence
    of all its tasks, or the plan of this year restating the whole sentence and the results
    short of any of its targets."""
    if verdicts[0].status == "delivered":
        # -- each task's own sentence, once: two tasks reported in one result may be told in
        #    two of its sentences (高标准农田…; 粮食产量…) --
        evidence: dict[tuple[str, str], Evidence] = {}
        for verdict in verdicts:
            for item in verdict.evidence:
                evidence.setdefault((item.measure.id, item.sentence), item)
        return Promise("delivered", plan, tuple(evidence.values()))
    # -- a target one of the tasks falls short of stays shown (启动建设…，高新技术企业突破2.4万家
    #    against 2.38万家) --
    short_of = tuple(item for verdict in verdicts for item in verdict.short_of)
    # -- …or this year's plan to finish a work one task left begun (建成…体育中心 → 主体完工) --
    again = restated(plan) or next((verdict.replanned for verdict in verdicts if verdict.replanned), None)
    # -- under way only when every shortfall is a work begun, none a figure missed --
    under_way = bool(short_of) and all(verdict.under_way for verdict in verdicts if verdict.short_of)
    return Promise("not_reported", plan, (), again, short_of=short_of, under_way=under_way)


__all__ = ["TASK_WEIGHT", "deed_spans", "sentence_starts", "task_sentences", "task_spans", "whole_sentence_promise"]
