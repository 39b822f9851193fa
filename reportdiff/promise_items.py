"""An item's title that is a plan, judged by the review's item of the same object (used by
promises.py).

A 法治政府建设 report numbers its plans as items, each a title and its tasks (1.持续压实法治建设
责任。制定…要点，将述法工作延伸至…，组织…学法不少于4次。); next year's review numbers its work
the same way (1.压实法治建设第一责任人职责。…). The title's few words are seldom written again in
any one sentence of the review, but the review's item of the same object, reporting the item's
tasks, reports it: the title is delivered, with that item's first sentence after its title.
"""

from __future__ import annotations

from .models import Measure, PlanSentence
from .normalize import key as norm_key
from .parse import split_sentences
from .plan_matching import SATURATION, Matcher
from .plans import Evidence, Promise, bare_key
from .plan_links import shown_terms
from .promise_clauses import reports_a_clause


def is_item_title(plan: PlanSentence, measure: Measure | None) -> bool:
    """True when the plan is the title of its numbered item (its first sentence, the title)."""
    return measure is not None and bool(measure.marker) and plan.index == 1 \
        and bare_key(plan.key) == bare_key(norm_key(measure.title))


def titled_item_promise(matcher: Matcher, promise: Promise, clauses_of, measure: Measure | None,
                        promises: list[Promise]) -> Promise:
    """Return the promise of an item's title (``is_item_title``) not reported on its words:
    delivered when a task of its item (``promises``, the items' other promises) is delivered in a
    numbered item of the review whose title names the title's object (``clauses_of``: the tasks
    of a plan's key, as ``task_clauses`` gives them), with that item's first sentence after its title as
    evidence; else ``promise`` as it is."""
    plan = promise.plan
    if promise.status != "not_reported" or promise.short_of or not is_item_title(plan, measure):
        return promise
    clauses = clauses_of(plan.key)
    if not clauses:
        return promise
    feats = None
    for sibling in promises:
        if sibling.plan.block_id != plan.block_id or sibling.status != "delivered" or sibling.plan is plan:
            continue
        for item in sibling.evidence:
            result = item.measure
            if not result.marker or not result.title:
                continue
            title = matcher.body([norm_key(result.title)])
            if not reports_a_clause(clauses, title):
                continue
            sentences = [s.strip() for s in split_sentences(result.text) if s.strip()]
            told = next((s for s in sentences if bare_key(norm_key(s)) != bare_key(norm_key(result.title))),
                        sentences[0] if sentences else result.text)
            feats = feats or matcher.features(plan.key)
            found = Matcher.found(feats, title)
            weight = sum(feats.weights[feature] for feature in found)
            score = round(min(weight / min(feats.total, SATURATION), 1.0), 4) if feats.total > 0 else 0.0
            return Promise("delivered", plan, (Evidence(result, told, score, shown_terms(feats, found, norm_key(told))),))
    return _tasks_delivered(promise, promises)


#: A title is carried out by its tasks when there are at least this many, all delivered: one task
#: may do only a part of what its title names (强化复议监督职能 by 繁简分流 alone).
TASKS_MIN = 2


def _tasks_delivered(promise: Promise, promises: list[Promise]) -> Promise:
    """Return the title's promise delivered when every task of its item (``TASKS_MIN`` or more)
    is, with their evidence, each sentence once: the title (擦亮…服务品牌) names what its tasks
    (设立…窗口。建设…专席。) carry out, in words a review never writes again; else ``promise``."""
    plan = promise.plan
    tasks = [other for other in promises if other.plan.block_id == plan.block_id and other.plan is not plan]
    if len(tasks) < TASKS_MIN or any(task.status != "delivered" for task in tasks):
        return promise
    evidence = {(item.measure.id, item.sentence): item for task in tasks for item in task.evidence}
    return Promise("delivered", plan, tuple(evidence.values()))


__all__ = ["is_item_title", "titled_item_promise"]
