"""Last year's plans against this year's results: was each promise kept?

``track_promises`` checks each plan sentence of last year's report (each task, where the
kind bundles several in one sentence) against this year's results, with the matching of
``plan_matching.py``: ``delivered`` with the evidence sentence, or ``not_reported`` and,
when this year's plans restate it, ``replanned``. A plan's figure followed into the results is
judged in ``promise_targets.py``, the tasks a plan sentence bundles are found in
``promise_tasks.py``. The records (Promise, Evidence) live in ``plans.py`` beside the other plan
records.
"""

from __future__ import annotations

from dataclasses import replace

from .ceremonial import is_ceremonial_sentence
from .figures_extract import extract_figures
from .figures_years import called_a_total
from .growth_targets import GrowthRates, in_step_promise, respective_promise, rising_promise, rising_targets
from .kinds import KINDS, OTHER
from .models import Measure, PlanSentence, Report, Role
from .normalize import key as norm_key
from .parse import split_sentences
from .plan_links import TargetIndex, links
from .plan_matching import PROMISE_THRESHOLD, Matcher, Texts
from .plan_tokens import plan_tokens
from .promise_levels import levels_judged, rate_evidence
from .promise_titles import (document_made, every_document_made, restates_a_document, title_tasks, titled_promise,
                             titled_sentence)
from .promise_objects import is_maxim, names_an_object
from .promise_compounds import CompoundWindows
from .promise_clauses import Clause, reports_a_clause, task_clauses
from .plans import Evidence, Promise, bare_key, pick_sentence, role_measures
from .promise_items import titled_item_promise
from .promise_shortfalls import not_done, not_done_pieces, still_going
from .promise_targets import target_promise
from .promise_units import unit_promise
from .promise_sentences import (built_in_part, finished_evidence, first_written, held_terms, item_title,
                                listed_evidence, named_result, naming_the_head, quoted_evidence, reporting_sentences)
from .promise_tasks import deed_spans, sentence_starts, task_sentences, task_spans, whole_sentence_promise
from .table_promises import review_promise, table_plans, table_promise
from .target_tables import find_target_table
from .targets import find_targets
from .term_review import several_years_results

#: Evidence windows scored for a plan: those holding most of its strong wording (a long
#: review holds a common strong word in dozens of sentences; the evidence is among the first).
PROMISE_CANDIDATES = 24


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
    results = role_measures(new_report, Role.RESULTS)
    # -- OLD's results indexed by character pair: each NEW sentence is looked for in the few
    #    results holding its rarest pair, not scanned for in all of them (quadratic at 5 MB) --
    old_results = Texts([bare_key(m.key) for m in role_measures(old_report, Role.RESULTS)])
    # -- evidence is looked for in windows of two neighbouring fresh sentences of one result:
    #    a report may name the task in one sentence and what was done in the next --
    windows: list[tuple[Measure, list[tuple[str, str]]]] = []
    for measure in results:
        sentences = [(s.strip(), norm_key(s)) for s in split_sentences(measure.text)]
        # -- …and a thanks or a closing call (表示衷心感谢！) inside a result is evidence of nothing --
        kept = [(text, k) for (text, k), bare in zip(sentences, map(bare_key, (k for _, k in sentences)))
                if bare and not old_results.holding(bare) and not is_ceremonial_sentence(text)]
        windows.extend((measure, kept[i : i + 2]) for i in range(max(len(kept) - 1, 1)) if kept[i : i + 2])
    # -- plan sentences and their clauses take their tokens from their blocks' (segmented by align) --
    known_tokens = plan_tokens(plans, {m.id: m.key for m in old_report.measures})
    raw_features: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # -- shared by both matchers --
    matcher = Matcher([k for _, pair in windows for _, k in pair] + [p.key for p in plans], known_tokens,
                      raw_features, one_thing=True, paraphrases=True)
    spanning = several_years_results(results)
    several_years = frozenset(i for i, (measure, _) in enumerate(windows) if measure.id in spanning)
    if len(several_years) == len(windows):
        several_years = frozenset()  # -- a review of five years alone: nothing to prefer --
    compound_windows = CompoundWindows(windows, several_years)
    window_keys = [[k for _, k in pair] for _, pair in windows]
    targets = TargetIndex([(matcher.body(keys), norm_key(m.title)) for keys, (m, _) in zip(window_keys, windows)],
                          most=PROMISE_CANDIDATES, texts=matcher.joins(window_keys))
    # -- this year's plans, weighed among themselves and last year's: where a plan is restated --
    restated = [plan for plan in new_report.plan_sentences if not plan.framing]
    restating = Matcher([p.key for p in plans] + [p.key for p in restated], known_tokens, raw_features, one_thing=True, paraphrases=True)
    new_plans = TargetIndex([(restating.body([p.key]), "") for p in restated],
                            texts=restating.joins([[p.key] for p in restated]))

    new_measures = {m.id: m for m in results}
    old_texts = {m.id: m.text for m in role_measures(old_report, Role.PLANS)}
    changes = list(plan_results)
    by_block: dict[str, list] = {}
    for change in changes:
        by_block.setdefault(change.old_measure, []).append(change)
    # -- the review's growth rates, read once if a target asks for them: the plan's own year
    #    before a review of several years --
    ordered = sorted(results, key=lambda measure: measure.id in spanning)
    rates = GrowthRates(ordered, changes)
    main_targets = find_targets(old_report)
    result_table = find_target_table(new_report)
    result_rows = result_table.rows if result_table is not None else ()
    result_id = result_table.table.id if result_table is not None else ""
    figure_targets = [norm_key(target.text) for target in main_targets if target.value is not None]
    directions = rising_targets(main_targets)
    unit_review = [(measure, measure.text) for measure in ordered]
    unit_shortcomings = [(measure, measure.text) for measure in role_measures(new_report, Role.SHORTCOMINGS)]
    unit_texts = tuple(" ".join(measure.key for measure in report.measures) for report in (new_report, old_report))
    clause_memo: dict[str, list[Clause]] = {}
    not_done_in = not_done_pieces(new_report)
    restated_memo: dict[str, list[Clause]] = {}
    framed: dict[str, bool] = {}  # -- a clause as a task and as a clause is mostly one string --

    def judge(plan: PlanSentence, span: tuple[int, int] | None) -> tuple[Promise, bool]:
        """Return the plan's promise, and whether a not-reported one may name a restating plan
        (one judged by its figure does not): that is looked up once the rows are known."""
        # -- a target for each unit (每个村…15万元以上): by what the review says of every unit,
        #    never by a total --
        if (by_unit := unit_promise(plan, unit_review, unit_shortcomings, unit_texts)) is not None:
            return by_unit, by_unit.status == "not_reported"
        if (by_figure := target_promise(plan, changes, new_measures, span, by_block, spanning)) is not None:
            # -- a target missed may be set again (研发经费投入强度达到2.65% → 达到2.7%) --
            return by_figure, by_figure.status == "not_reported"
        if (by_table := table_promise(plan, main_targets, result_rows, result_id)) is not None:
            return by_table, by_table.status == "not_reported"
        by_rate = in_step_promise(plan, rates) or rising_promise(plan, directions, rates) \
            or respective_promise(plan, ordered)
        if by_rate is not None:
            return by_rate, False
        clauses: list[Clause] | None = None  # -- looked for when first needed --
        if (by_review := _reviewed_targets(plan)) is not None:
            return by_review, by_review.status == "not_reported"
        if any(target in plan.key for target in figure_targets) \
                and len(clauses := task_clauses(matcher, plan.key, clause_memo, framed)) <= 1:
            # -- a main target with a figure that this year's results do not follow (城镇登记失业率
            #    4.5%以内 when only the surveyed rate is reported): words are no evidence of it --
            return Promise("not_reported", plan, ()), True
        feats = matcher.features(plan.key)
        evidence: list[Evidence] = []
        used: list[int] = []  # -- the windows the evidence was taken from --
        reports: dict[int, bool] = {}  # -- windows checked in the first pass come again in the second --
        # -- the review of the plan's own year first, a review of several years only when
        #    that says nothing (过去五年… tells of five years' work, not of last year's plans) --
        for excluded in ((several_years, frozenset()) if several_years else (frozenset(),)):
            rejected: frozenset[int] = excluded
            while not evidence:
                found = links(feats, targets, PROMISE_THRESHOLD, rejected)
                if not found:
                    break
                if clauses is None:
                    clauses = task_clauses(matcher, plan.key, clause_memo, framed)
                for index, score, shared in sorted(found):
                    measure, pair = windows[index]
                    verdict = reports.get(index)
                    if verdict is None:
                        verdict = reports[index] = reports_a_clause(clauses, targets.targets[index][0])
                    if not verdict or totals_only(plan, index):
                        # -- the same topic, not the same task (or only its total over several
                        #    years, 累计新增…82家): look again without it --
                        rejected |= {index}
                    elif all(item.measure.id != measure.id for item in evidence):
                        evidence.append(window_evidence(plan, feats, index, score, shared))
                        used.append(index)
                if len(evidence) > 1:
                    # -- checked in the report's order, shown in the plan's: each evidence by the
                    #    first of its shared words the plan writes (决不允许增加“三公”经费，…用于
                    #    减税降费: “三公”经费大幅压减 before 大幅减税降费) --
                    evidence.sort(key=lambda item: first_written(plan.key, item.shared_terms))
            if evidence:
                break
        if evidence and clauses is not None and len(clauses) > 1:
            # -- a task of two clauses (强化国家战略科技力量，推进国家实验室建设) whose evidence
            #    tells of one: the review's sentence on the other too, where it has one --
            evidence.extend(further_evidence(plan, clauses, used))
        if not evidence:
            # -- a task that acts on a name in quotes (驰而不息整治“四风”) is reported by another
            #    action on that name (坚定不移纠正“四风”), however little else is shared, and a
            #    named reform pushed further (推动“亩均论英雄”改革扩面提质) by how far it reached --
            #    …and one about a thing named in quotes by a sentence declaring that thing finished
            #    (实施“十四五”规划收官攻坚行动 by “十四五”规划圆满收官) --
            evidence = quoted_evidence(plan.key, windows, several_years) or named_result(plan.key, windows, several_years) \
                or listed_evidence(plan.key, windows, several_years) \
                or whole_compound(plan, clauses if clauses is not None
                                  else task_clauses(matcher, plan.key, clause_memo, framed)) \
                or rate_evidence(plan.text, windows) \
                or finished_evidence(plan.key, windows, several_years)  # -- “十四五”规划圆满收官 --
        if evidence:
            # -- the result that holds the plan's words below the level it set (提高到25% by 23.2%,
            #    全覆盖 by 85%): short of the target, not kept --
            judged = levels_judged(plan.text, [item.sentence for item in evidence])
            if judged is not None:
                # -- only a change of the level's indicator (提高1.2个百分点): no level reported --
                short_of = (evidence[judged[1]],) if judged[0] == "short" else ()
                return Promise("not_reported", plan, (), short_of=short_of), True
            # -- a work to be built reported begun or topped out only (主体完工): not kept --
            if (partial := built_in_part(plan, evidence, replanned)) is not None:
                return partial
            return Promise("delivered", plan, tuple(evidence)), False
        # -- a plan this year's report says is not done (…平台尚未建成): short of it --
        said = not_done(matcher, plan.key, clauses if clauses is not None
                        else task_clauses(matcher, plan.key, clause_memo, framed), not_done_in)
        return Promise("not_reported", plan, (), short_of=(said,) if said else (),
                       under_way=said is not None and still_going(said)), True

    def window_evidence(plan: PlanSentence, feats, index: int, score: float, shared) -> Evidence:
        """The evidence a window gives: of its sentences, one naming a task's object (实施积极的
        就业政策, not 坚持教育优先发展 beside it), showing the terms it holds."""
        measure, pair = windows[index]
        alone = naming_the_head(plan.key, reporting_sentences(
            pair, lambda k: names_an_object(matcher, plan.key, matcher.body([k]))))
        said = titled_sentence(plan.key, pair) or pick_sentence(feats, alone, item_title(measure))
        return Evidence(measure, said, score, held_terms(shared, norm_key(said), plan.key))

    def further_evidence(plan: PlanSentence, clauses: list[Clause], used: list[int]) -> list[Evidence]:
        """Evidence of the clauses of a task that the windows ``used`` do not report, each from
        the first other window that reports it (the plan's own year first)."""
        further: list[Evidence] = []
        taken = set(used)
        for clause in clauses:
            if any(reports_a_clause([clause], targets.targets[index][0]) for index in taken):
                continue
            for excluded in ((several_years, frozenset()) if several_years else (frozenset(),)):
                found = [(index, score, shared) for index, score, shared
                         in sorted(links(clause.features, targets, PROMISE_THRESHOLD, frozenset(taken) | excluded))
                         if reports_a_clause([clause], targets.targets[index][0]) and not totals_only(plan, index)
                         and all(item.measure.id != windows[index][0].id for item in further)]
                if found:
                    index, score, shared = found[0]
                    further.append(window_evidence(plan, clause.features, index, score, shared))
                    taken.add(index)
                    break
            else:
                # -- …or one writing the clause's compound whole (加强国家实验室建设) --
                further.extend(compound_windows.evidence([clause], clause_reported, frozenset(taken),
                                                 lambda index: not totals_only(plan, index)))
        return further

    def whole_compound(plan: PlanSentence, clauses: list[Clause]) -> list[Evidence]:
        """Evidence of a task of one clause written whole as its compound (公司制改革基本完成):
        a task of several is not shown done by one clause's compound (深化商事制度改革 of
        深化商事制度改革，开展证照分离试点)."""
        return compound_windows.evidence(clauses, clause_reported,
                                         usable=lambda index: not totals_only(plan, index)) if len(clauses) == 1 else []

    def clause_reported(clause: Clause, sentence_key: str) -> bool:
        return reports_a_clause([clause], matcher.body([sentence_key]))

    def _reviewed_targets(plan: PlanSentence) -> Promise | None:
        """A plan setting main targets with figures, judged by the review's figures of their
        indicators (the plan's own year first): None unless the review gives each."""
        mine = [target for target in main_targets if target.value is not None and norm_key(target.text) in plan.key]
        verdicts = [review_promise(plan, target, ordered) for target in mine]
        if not verdicts or any(verdict is None for verdict in verdicts):
            return None
        missed = tuple(item for verdict in verdicts if verdict.status == "not_reported" for item in verdict.short_of)
        if missed:
            return Promise("not_reported", plan, (), short_of=missed)
        return Promise("delivered", plan, tuple(item for verdict in verdicts for item in verdict.evidence))

    measure_figures: dict[str, tuple] = {}

    def totals_only(plan: PlanSentence, index: int) -> bool:
        """True when the plan sets a figure and the window's figures of its units are all
        totals over several years, called so (五年来，累计新增规模以上工业企业82家), or all stocks
        where the plan adds (新认定…1500家 against 总数达到9860家): no one year's result of it."""
        planned = [figure for figure in extract_figures(plan.text) if not figure.is_change]
        units = {figure.unit for figure in planned}
        if not units:
            return False
        measure, pair = windows[index]
        figures = measure_figures.get(measure.id)
        if figures is None:
            figures = measure_figures[measure.id] = extract_figures(measure.text)
        spans = [(at, at + len(text)) for text, _ in pair if (at := measure.text.find(text)) >= 0]
        mine = [f for f in figures if f.unit in units and any(first <= f.start < last for first, last in spans)]
        if mine and all(f.aspect in ("from", "total") for f in mine) and all(f.aspect == "new" for f in planned):
            return True  # -- 新认定高新技术企业1500家 is not shown by 总数由3900家增加到9860家: a stock, no addition --
        return bool(mine) and all(f.aspect == "cumulative" and called_a_total(measure.text, f.start) for f in mine)

    def replanned(plan: PlanSentence) -> PlanSentence | None:
        # -- restated means the same task again, not a plan sharing one strong word --
        for index, _, _ in links(restating.features(plan.key), new_plans, PROMISE_THRESHOLD):
            clauses = task_clauses(restating, plan.key, restated_memo, framed)
            if reports_a_clause(clauses, new_plans.targets[index][0]):
                return restating_task(clauses, restated[index])
        # -- a document's revision planned again names the document and its making verb, though
        #    not the stage last year's plan set for it (纳入立法工作计划) --
        return next((other for other in restated if restates_a_document(plan.key, other.key)), None)

    restated_tasks: dict[str, list[PlanSentence]] = {}

    def restating_task(clauses: list, sentence: PlanSentence) -> PlanSentence:
        """The one task of this year's plan sentence that restates the plan (一般公共预算收入增长4% of
        the targets sentence), or the whole sentence where none or several do."""
        if not by_task:
            return sentence
        tasks = restated_tasks.get(sentence.id)
        if tasks is None:  # -- one sentence restates many plans: split once --
            tasks = restated_tasks[sentence.id] = task_sentences(sentence, task_spans(restating, sentence, framed))
        if len(tasks) < 2:
            return sentence
        found = [task for task in tasks if reports_a_clause(clauses, restating.body([task.key]))]
        return found[0] if len(found) == 1 else sentence

    def with_replanned(promise: Promise) -> Promise:
        # -- most plans are not restated: the promise as it is (its replanned is None already) --
        restating_plan = replanned(promise.plan)
        return promise if restating_plan is None else replace(promise, replanned=restating_plan)

    promises: list[Promise] = []
    kind = KINDS.get(old_report.kind, OTHER)
    by_task = kind.task_promises
    starts = sentence_starts(plans, old_texts)
    for plan in plans:
        if by_task and is_maxim(plan.key):
            continue
        tasks, spans = title_tasks(plan) or (None, task_spans(matcher, plan, framed) if by_task
                                             else deed_spans(matcher, plan, kind.figure_tasks))
        start = starts.get(plan.id)
        # -- a plan to make one named document: the sentence reporting it passed, first --
        verdicts = [(tasks and titled_promise(task, windows)) or document_made(task, windows)
                    or judge(task, None if start is None else (start + first, start + last))
                    for task, (first, last) in zip(tasks or task_sentences(plan, spans), spans)]
        if len(verdicts) == 1 or len({promise.status for promise, _ in verdicts}) > 1:
            # -- one task, or tasks the review treats differently: a row each (say which) --
            promises.extend(with_replanned(promise) if replan and promise.status == "not_reported" else promise
                            for promise, replan in verdicts)
        else:
            # -- one promise: the sentence, less clauses that only frame it at either end --
            whole = task_sentences(plan, [(spans[0][0], spans[-1][1])])[0]
            promises.append(whole_sentence_promise(whole, [promise for promise, _ in verdicts], replanned))
    # -- a plan making two documents or more is kept when each of them is reported made --
    promises = [every_document_made(promise, windows) for promise in promises]
    # -- an item's title judged by the review's item of its object (持续压实法治建设责任) --
    old_measures = {measure.id: measure for measure in old_report.measures}
    promises = [titled_item_promise(matcher, promise, lambda k: task_clauses(matcher, k, clause_memo, framed),
                                    old_measures.get(promise.plan.block_id), promises) for promise in promises]
    rows_as_plans = table_plans(old_report, main_targets)
    if rows_as_plans:
        # -- the targets table's rows, where the table stands among the plans --
        lines = {measure.id: measure.line for measure in old_report.measures}
        line = next(table.line for table in old_report.tables if table.id == rows_as_plans[0].block_id)
        at = next((i for i, promise in enumerate(promises) if lines.get(promise.plan.block_id, 0) > line), len(promises))
        targets_by_text = {target.text: target for target in main_targets}
        promises[at:at] = [table_promise(plan, main_targets, result_rows, result_id)
                           or review_promise(plan, targets_by_text[plan.text], ordered)
                           or in_step_promise(plan, rates) or rising_promise(plan, directions, rates)
                           or Promise("not_reported", plan, ()) for plan in rows_as_plans]
    return tuple(promises)


__all__ = ["PROMISE_CANDIDATES", "track_promises"]
