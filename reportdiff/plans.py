"""Plans against results: next year's plans vs this year's results, and last year's plans vs this year's.

``analyse_plans`` links each plan sentence of a report to the results it continues, lists
results no plan carries on and the plans that answer each shortcoming; ``track_promises``
checks last year's plan sentences against this year's results. The matching itself (weighted
containment of a plan's specific wording) lives in ``plan_matching.py``.
"""

from __future__ import annotations

from . import lazy_re
from .display import report_name
from .kinds import KINDS, OTHER
from .models import Measure, PlanSentence, Report, Role
from .plan_records import (Evidence, NotCarried, PlanRecord, PlansAnalysis, Promise, ResultLink,
                           ShortcomingRecord)
from .normalize import key as norm_key
from .parse import split_sentences
from .report_warnings import ReportWarning
from .plan_evidence import ReviewWords, is_specific, same_subject
from .plan_links import TargetIndex, links, shown_terms
from .plan_teams import people as measure_people
from .plan_teams import same_people, team_building
from .plan_wording import SameWording
from .plan_weakness import acts_on, weak_things
from .promise_objects import is_maxim, names_an_object
from .review_setting import working_sentences
from .term_review import term_review
from .plan_matching import (
    ANSWER_ANCHOR_WEIGHT,
    ANSWER_THRESHOLD,
    LINK_THRESHOLD,
    SATURATION,
    Features,
    Matcher,
    holds,
)


# ---------------------------------------------------------------- analyses


def role_measures(report: Report, role: Role) -> tuple[Measure, ...]:
    """Return the report's measures of ``role``, in reading order."""
    # -- by the measure's own role: a review's shortcomings paragraph is no result; an address,
    #    thanks or closing call (``Measure.ceremonial``) is none of a role's measures --
    return tuple(m for m in report.measures if m.role is role and not m.ceremonial)


def analyse_plans(report: Report) -> PlansAnalysis:
    """Return which results each plan sentence continues, results not carried, shortcomings answered."""
    results = role_measures(report, Role.RESULTS)
    # -- a lead-in announcing the list (…但仍存在一些不足：) is no shortcoming of its own --
    shortcomings = tuple(m for m in role_measures(report, Role.SHORTCOMINGS) if not m.key.rstrip().endswith(":"))
    plans = report.plan_sentences
    # -- a plan continues a result on words specific to the results and the plans: a shortcoming
    #    naming the same work (…提标改造进度滞后 beside 完成…提标改造11座) shows that work goes on, and
    #    must not make its words look common (the plan answering it continues the result as well);
    #    shortcomings are weighed among themselves and the plans when plans answer them, below --
    matcher = Matcher([m.key for m in results] + [p.key for p in plans])
    targets = TargetIndex([(matcher.body([m.key]), norm_key(m.title)) for m in results])
    same_wording = SameWording([m.key for m in results])
    # -- the results of a review of the term beside last year's (an end-of-term report) --
    of_term = term_review(report, least=1).measures
    term = frozenset(index for index, measure in enumerate(results) if measure.id in of_term)

    records: list[PlanRecord] = []
    carried: set[str] = set()
    # -- a 政府工作报告 bundles tasks in a sentence, in a review's words: a link must name what
    #    one of them acts on (居民增收 is not continued by 居民消费价格上涨0.9%) --
    by_task = KINDS.get(report.kind, OTHER).task_promises
    # -- …on evidence specific to it: a word the review writes in sentence after sentence, or a
    #    summary line (——基础设施更加完善), names an area, not the task (plan_evidence) --
    review = _review_words(results) if by_task else None
    for plan in plans:
        if plan.framing or by_task and is_maxim(plan.key) and _SAYING.search(plan.key):
            # -- a maxim between the tasks (困难不容低估，信心不可动摇…) plans nothing; a short
            #    task without a task verb (积极利用外资) is still a plan --
            records.append(PlanRecord("framing", plan, ()))
            continue
        feats = matcher.features(plan.key)
        # -- at the end of a term, last year's paragraph before the five years' when it holds the
        #    plan as well (开通中欧班列线路 in both): the plan goes on from last year --
        found = links(feats, targets, LINK_THRESHOLD, demoted=term)
        linked = _sentence_links(matcher, feats, plan, found, results, targets, review)
        if term and found:
            plain = links(feats, targets, LINK_THRESHOLD)
            if plain != found:
                # -- …the five years' result is carried on all the same (no 未延续 for it), and
                #    is the link when last year's holds the plan in no one sentence --
                term_links = _sentence_links(matcher, feats, plan, plain, results, targets, review)
                carried.update(link.measure.id for link in term_links)
                linked = linked or term_links
        if not linked:
            # -- 新建高标准农田3万亩 after 新建高标准农田3.2万亩: the same words, figures aside (last
            #    year's results before the term's, as above), in a sentence reporting work: the words
            #    of a difficulty (保持经济平稳运行难度加大) are no result the plan continues --
            same = [item for item in same_wording.holding(plan.key) if _holds_in_work(results[item[0]], plan.key)]
            carried.update(results[index].id for index, _ in same)
            same = [item for item in same if item[0] not in term] or same
            linked = tuple(_link(matcher, feats, plan, results[index], 1.0, (shown,)) for index, shown in same)
        carried.update(link.measure.id for link in linked)
        records.append(PlanRecord("continues" if linked else "new", plan, linked))

    answers: list[ShortcomingRecord] = []
    matcher = Matcher([m.key for m in results + shortcomings] + [p.key for p in plans])
    plan_features = [matcher.features(p.key) for p in plans]
    title_features = _title_features(report, plans, matcher)
    plan_teams = team_building(report, plans)
    for measure in shortcomings:
        problem = matcher.features(measure.key)
        names = quoted_names(measure.key)
        people = measure_people(measure.key)
        weak = weak_things(measure.key)
        answered = []
        for plan, feats, team in zip(plans, plan_features, plan_teams):
            # -- either side may be the longer one: measure the overlap against the shorter; a
            #    framing sentence (各位代表，新的一年，让我们…) plans nothing, so answers nothing --
            title = title_features.get(plan.id)
            # -- a title is as short as a problem and must hold as much of it: one shared term of
            #    a short title (提升行政执法质量和效能) takes up no problem of 行政执法 --
            if plan.framing:
                continue
            if _answers(feats, problem) or title is not None and _title_answers(title, problem):
                answered.append(plan)
            elif names and not names.isdisjoint(quoted_names(plan.key)):
                # -- a name in quotes both write (“法律明白人”作用发挥不够 → 实施“法律明白人”能力
                #    提升工程) is what the plan takes up, however little else they share --
                answered.append(plan)
            elif weak and (acts_on(plan.key, weak) or title is not None and acts_on(title.key, weak)):
                # -- 消费需求仍然偏弱 → 实施提振消费专项行动: the plan acts on the thing the problem
                #    finds weak, with a verb of its own (plan_weakness) --
                answered.append(plan)
            elif same_people(people, team):
                # -- 少数干警…作风还有差距 → （六）加强法院队伍建设。…培训干警…: the plan builds the
                #    very people the shortcoming is about, in words the matching weighs little --
                answered.append(plan)
        answers.append(ShortcomingRecord(measure, tuple(answered)))

    return PlansAnalysis(
        report.source,
        report.year,
        tuple(records),
        # -- a line that only announces the review's list (过去一年，我们主要做了以下工作) carries nothing,
        #    nor a heading over items with no body of its own (2.加强重点领域执法。 over its （1）（2）) --
        tuple(NotCarried(m) for m in results if m.id not in carried and not _ANNOUNCES_LIST.search(m.key)
              and _reports_work(m) and not _heads_items(m, results)),
        tuple(answers),
        warnings=report.warnings + (() if report.plan_sentences or report.part_by_role(Role.PLANS) is not None else (
            ReportWarning.of("no_plans_part", source=report.source),)) + (
            # -- without a review, every plan reads as carrying nothing: say why --
            () if report.part_by_role(Role.RESULTS) is not None else (
                ReportWarning.of("no_results_part", source=report.source),)),
        name=report_name(report),
    )


def _heads_items(measure: Measure, results: tuple[Measure, ...]) -> bool:
    """Whether ``measure`` is a heading with no body of its own over result items of its own."""
    return measure.bare and any(other.id.startswith(measure.id + "/") for other in results)


def _review_words(results: tuple[Measure, ...]) -> ReviewWords:
    """Return the words of the review's sentences: how often the review names a word, framing
    and setting included (改革开放 in …改革开放以来没有碰到过的 too), tells whether it names an area."""
    return ReviewWords([norm_key(text) for measure in results for text in split_sentences(measure.text)])


def _holds_in_work(measure: Measure, plan_key: str) -> bool:
    """True when a sentence of ``measure`` that reports work holds the plan's wording (SameWording)."""
    sentences = [norm_key(text) for text in split_sentences(measure.text)]
    working = [sentences[index] for index in working_sentences(sentences)]
    return bool(working) and bool(SameWording(working).holding(plan_key))


def _reports_work(measure: Measure) -> bool:
    """True when a result reports some work: a paragraph of nothing but the account of the
    achievements and the thanks (这些成绩，是…的结果。…表示诚挚感谢！) is no result left behind."""
    return bool(working_sentences([norm_key(text) for text in split_sentences(measure.text)]))


def _answers(plan: Features, problem: Features) -> bool:
    """True when a plan shares enough of a shortcoming's specific wording: the plan's, anchored,
    found in the problem, against the shorter of the two."""
    weight, _ = Matcher.shared(plan, problem, anchor=ANSWER_ANCHOR_WEIGHT)
    return bool(weight) and weight / min(plan.total, problem.total, SATURATION) >= ANSWER_THRESHOLD


def _title_answers(title: Features, problem: Features) -> bool:
    """True when a plan item's title takes up a shortcoming: it holds two words of the problem
    or more (基层, 人才 of 基层法治人才仍然短缺 in 加强基层法治人才队伍建设), ANSWER_THRESHOLD of all
    its wording. A title is as short as a problem: one shared term (行政执法 of 提升行政执法质量
    和效能) takes up no problem of 行政执法, nor two words a paragraph of many problems."""
    weight, shared = Matcher.shared(problem, title, anchor=ANSWER_ANCHOR_WEIGHT)
    words = [word for word in shared if not word.startswith("~")]
    words = [word for word in words if not any(word != other and word in other for other in words)]
    return len(words) >= 2 and weight / problem.total >= ANSWER_THRESHOLD


def _title_features(report: Report, plans: tuple[PlanSentence, ...], matcher: Matcher) -> dict[str, Features]:
    """Return the features of each plan item's title that is no plan sentence of its own (4.加强
    基层法治人才队伍建设。通过公开招录…), by the id of the item's first plan sentence: the title
    names what the item takes up, and answers a shortcoming (基层法治人才仍然短缺) as its plans do."""
    first: dict[str, PlanSentence] = {}
    for plan in plans:
        if not plan.framing:
            first.setdefault(plan.block_id, plan)
    found: dict[str, Features] = {}
    for measure in role_measures(report, Role.PLANS):
        plan = first.get(measure.id)
        title = norm_key(measure.title).rstrip("。.;；")
        # -- a numbered item's or point's title, not a paragraph's opening (今年发展主要预期目标是：…) --
        if plan is not None and measure.marker and len(title) >= 2 and title not in plan.key \
                and measure.text.startswith(measure.title):
            found[plan.id] = matcher.features(title)
    return found


#: Shared words this short are a verb or a modifier, not a task (动态、调整).
_SHORT_WORD = 4


_Link = tuple[int, float, tuple[str, ...]]


def _without_borrowed_verbs(plan_key: str, feats: Features, found: list[_Link]) -> list[_Link]:
    """Drop a further link (after the best) held only by a short verb phrase of a task an
    earlier link holds: 动态调整重大行政决策目录 is linked to the decision list's result, not
    also to 动态调整“首违不罚”清单 on 动态、调整, the words just before 重大行政决策."""
    kept: list[_Link] = []
    for link in found:
        _, _, shared = link
        if kept and shared and all(len(t) < _SHORT_WORD and "@" + t not in feats.weights for t in shared):
            # -- the words in a row (in either order of weight), and what follows them --
            spans = sorted((plan_key.find(t), len(t)) for t in shared)
            end = spans[0][0] + spans[0][1]
            for start, length in spans[1:]:
                end = end + length if start == end else -1
            after = plan_key[end:] if spans[0][0] >= 0 and end > 0 else ""
            if after and any(after.startswith(term) for _, _, earlier in kept for term in earlier):
                continue
        kept.append(link)
    return kept


def _sentence_links(matcher: Matcher, feats: Features, plan: PlanSentence, found: list[_Link],
                    results: tuple[Measure, ...], targets: TargetIndex,
                    review: ReviewWords | None) -> tuple[ResultLink, ...]:
    """Return the links of ``found`` (``links``' answer) that hold in one sentence of their result
    (``review``: the words of a review whose links go by task, see ``_sentence_link``)."""
    found = sorted(_without_borrowed_verbs(plan.key, feats, found))
    if review is not None:
        found = [link for link in found if names_an_object(matcher, plan.key, targets.targets[link[0]][0])]
    # -- a link lives in one sentence of the result, which is cited with its own shared words:
    #    a long paragraph holds a plan's words scattered (传统产业 in one sentence, 新业态 in
    #    another, 改造 in a third), which continues nothing --
    return tuple(link for index, _, _ in found
                 if (link := _sentence_link(matcher, feats, plan, results[index], review)) is not None)


def _link(matcher: Matcher, feats: Features, plan: PlanSentence, result: Measure, score: float,
          shared: tuple[str, ...]) -> ResultLink:
    sentence = _best_sentence(feats, result.text)
    # -- the plan redlined against the result sentence it continues (shared wording equal, new
    #    wording inserted) by the link, when a view first shows it: renderers never diff --
    return ResultLink(result, score, shared, sentence, None, plan.text)


def _sentence_link(matcher: Matcher, feats: Features, plan: PlanSentence, result: Measure,
                   review: ReviewWords | None = None) -> ResultLink | None:
    """Return the link of a plan to the sentence of ``result`` sharing most of its wording, scored
    and shown on that sentence alone; None when no sentence is linked on its own. With ``review``
    (the words of the whole review), links go by task: the sentence must name what one of the
    plan's tasks acts on (``names_an_object``), on evidence specific to it (``is_specific``)."""
    denominator = min(feats.total, SATURATION)
    best: tuple[float, str, list[str]] | None = None
    sentences = split_sentences(result.text)
    # -- a difficulty, the account of the achievements or the thanks: no work to continue --
    for index in working_sentences([norm_key(text) for text in sentences]):
        text = sentences[index]
        body = matcher.body([norm_key(text)])
        weight, found = Matcher.shared(feats, body)
        # -- …nor of another subject in the same words (Hong Kong and the home economy, the
        #    supervisor's other work, another agreement: same_subject) --
        if weight > 0 and (best is None or weight > best[0]) and same_subject(plan.key, body.key, found) and (
                review is None or (
                names_an_object(matcher, plan.key, body) and is_specific(matcher, feats, body, found, review))):
            best = (weight, text.strip(), found)
    if best is None or denominator <= 0 or best[0] / denominator < LINK_THRESHOLD:
        return None
    # -- linked on enough evidence (saturated: a long plan needs only so much), but shown as the
    #    share of the plan's wording the sentence holds: half a plan is no 相似度 100% --
    # -- …and evidenced by what both write: a concept by its forms there (shown_terms) --
    return ResultLink(result, round(min(best[0] / feats.total, 1.0), 4),
                      shown_terms(feats, best[2], norm_key(best[1])), best[1], None, plan.text)


def sentence_holding(measure: Measure, raw: str) -> str:
    """Return the sentence of ``measure`` that holds ``raw`` (a figure as written), else its text."""
    return next((s.strip() for s in split_sentences(measure.text) if raw in s), measure.text)


#: A sentence after an item's title is cited instead of it when it holds this share of the plan's
#: words the title holds.
TOLD_SHARE = 0.5


def pick_sentence(plan: Features, sentences: list[tuple[str, str]], title: str = "") -> str:
    """Return the (text of the) sentence sharing most of the plan's wording; the first on ties.

    A sentence that is only the measure's ``title`` (①推进“智慧司法”。) names the task; when
    another sentence shares the plan's words nearly as well (上线“掌上法律服务”小程序…), that
    one, which tells what was done, is cited instead."""
    weights = [_held_weight(plan, k) for _, k in sentences]
    heading = bare_key(norm_key(title)) if title else ""
    titled = max((w for w, (_, k) in zip(weights, sentences) if bare_key(k) == heading), default=0.0)
    # -- …as well as the title does, or nearly: a title that is the delivery itself (建成行政执法
    #    监督平台。) stays the evidence when the sentence after it is about something else --
    told = [i for i, (_, k) in enumerate(sentences)
            if weights[i] > 0 and weights[i] >= TOLD_SHARE * titled and bare_key(k) != heading]
    indexes = told if heading and told else range(len(sentences))
    return sentences[max(indexes, key=lambda i: (weights[i], -i))][0]


def _held_weight(plan: Features, text_key: str) -> float:
    """Return the weight of the plan's features ``text_key`` holds (``holds``), summed in the
    plan's order; a word or bigram is looked up as it stands, a concept in its forms."""
    weights = plan.weights
    return sum(weights[f] for f, needle, concept in plan.needles
               if (holds(text_key, "@" + needle) if concept else needle in text_key))


def _best_sentence(plan: Features, text: str) -> str:
    sentences = [(s.strip(), norm_key(s)) for s in split_sentences(text)]
    return pick_sentence(plan, sentences) if sentences else text


_NOT_A_WORD = lazy_re.compile(r"[\W_]+")
#: A results paragraph that only announces what follows: 过去一年，我们主要做了以下工作; 一年来，
#: 重点抓了以下几个方面工作.
#: What makes a short sentence a saying rather than a task: two clauses, or the words of one.
_SAYING = lazy_re.compile(r"[,;]|高于|重于|大于|不容|不可|不能|重在|贵在|成在|在于|铸就|成就|创造|赢得|开创|之魂|之本|为本|至上|者胜")
#: (one sentence, however long its lead: 五年来，我们深入贯彻…决策部署，主要做了以下工作。)
_ANNOUNCES_LIST = lazy_re.compile(r"^[^。!！]{0,80}(?:做了|抓了|开展了|推进了|完成了)以下(?:几个方面的?|几方面的?|几项)?工作[。:：]?$")


#: A name in quotes or a document's title, on the comparison key (「」 is “” there).
_QUOTED = lazy_re.compile(r"“([^“”]{2,20})”|《([^《》]{2,40})》")


def quoted_names(text_key: str) -> frozenset[str]:
    """Return the quoted names and document titles of a key (法律明白人, 信访工作条例)."""
    return frozenset(a or b for a, b in _QUOTED.findall(text_key))


def bare_key(text_key: str) -> str:
    """Return a key without punctuation or spaces: what a copied sentence is compared by."""
    return _NOT_A_WORD.sub("", text_key)


__all__ = [
    "Evidence",
    "NotCarried",
    "PlanRecord",
    "PlansAnalysis",
    "Promise",
    "ResultLink",
    "ShortcomingRecord",
    "analyse_plans",
    "sentence_holding",
]
