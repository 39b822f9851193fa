"""Whether evidence reports one of a plan's tasks, clause by clause (used by promises.py).

A 政府工作报告 bundles several tasks in one sentence (放宽市场准入，开展…试点，保护…产权); a
result sharing one common word with each shows none of them done. ``task_clauses`` finds the
clauses of a plan that name a task of their own, ``reports_a_clause`` whether evidence holds
most of one of them, in the same action (出台 is not 推进), naming the same document and
reporting its figures (``figure_evidence``).
"""

from __future__ import annotations

from . import lazy_re
from .figure_evidence import reports_its_figures
from .kinds import is_fact, is_framing
from .plan_matching import PROMISE_THRESHOLD, SATURATION, Body, Features, Matcher
from .promise_differences import differs
from .promise_objects import TASK_VERB, names_its_facility, names_its_object, names_no_object, quoted_alone
from .segment import DOMAIN_TERMS

#: Clauses that give a cause, a purpose or a condition of the task beside them: 因财政收入恢复性
#: 增长，…; …，以促进民生改善; 在落实助企纾困政策的同时，… (on the Simplified key).
SUBORDINATE = lazy_re.compile(
    # -- 因 of a cause, not of an idiom of a task fitted to its place (因城施策, 因地制宜, 因势利导) --
    r"^(?:因(?!.施策|.制宜|势利导)|因为|由于|鉴于|考虑|为了|为|以便|使(?!用)|让|有利于|有助于|从而|进而|其中|"
    # -- 以 of a purpose (以促进…), not of a means (以疏解北京非首都功能为重点推进…) --
    r"以(?![^,]{0,24}为(?:重点|主线|抓手|核心|突破口|牵引|导向|依托|引领|中心))|"
    r"在[^,]{0,24}(?:同时|基础上|过程中|前提下))"
)
#: A clause of a plan carries a task of its own when its specific wording weighs this much.
CLAUSE_WEIGHT = 3.0
#: A long clause needs only this much of its wording in the evidence (see SATURATION).
CLAUSE_SATURATION = 2 * SATURATION
_CLAUSE_SPLIT = lazy_re.compile(r"(?<=[,;:])")
_ORDINAL = lazy_re.compile(r"^[一二三四五六七八九十]{1,2}(?:要|是)(?=[\u4e00-\u9fff]{4})")


#: A document's title (制定实施《…纲要》), compared without its period or edition
#: (…管理办法（2024—2026年）, …（试行）), which citations write in several ways.
_TITLE = lazy_re.compile(r"《([^》]{2,})》")
_TITLE_PERIOD = lazy_re.compile(r"[(（][^)）]*[)）]|[\d\-—–－~～]+年?")


#: A clause's words as ``_coverage`` weighs them: (word, its weight as a whole, the concept it is
#: looked for as, or "") each.
_Words = tuple[tuple[str, float, str], ...]


class Clause:
    """A clause of a plan that names a task of its own, as ``reports_a_clause`` checks it:
    what it asks of an evidence's key is worked out once (when first asked), as a plan is
    checked against several."""

    __slots__ = ("key", "features", "_titles", "_words", "_actions", "_quoted")

    def __init__(self, clause: Features) -> None:
        self.key = clause.key
        self.features = clause
        self._titles: tuple[str, ...] | None = None
        self._words: tuple[float, _Words] | None = None
        self._actions: tuple[tuple[str, ...] | None] | None = None
        self._quoted: tuple[str | None] | None = None

    @property
    def quoted(self) -> str | None:
        """The name in quotes the clause acts on and names alone (坚持“两个毫不动摇”: 两个毫不动摇), or None."""
        if self._quoted is None:
            self._quoted = (quoted_alone(self.key),)
        return self._quoted[0]

    @property
    def titles(self) -> tuple[str, ...]:
        """The documents the clause names by title (制定实施《…》), without their period."""
        if self._titles is None:
            self._titles = tuple(_TITLE_PERIOD.sub("", title) for title in _TITLE.findall(self.key))
        return self._titles

    @property
    def words(self) -> tuple[float, _Words]:
        """The weight of the clause's words, and the words as ``_coverage`` weighs them, in
        reading order."""
        if self._words is None:
            words = []
            total = 0.0
            weights = self.features.weights
            # -- a concept, or a word of the form a concept of one thing is named by (进城|落户 of
            #    进城落户), is looked for as the concept --
            concepts = {feature: "@" + needle for feature, needle, concept in self.features.needles if concept}
            for word in self.features.terms:
                weight = weights.get(word)
                if weight is None:
                    continue
                if word in _DOMAIN_WORDS:
                    # -- a domain term weighs its bigrams too --
                    weight += sum(weights.get("~" + word[i : i + 2], 0.0) for i in range(len(word) - 1))
                total += weight
                words.append((word, weight, concepts.get(word, "")))
            self._words = (total, tuple(words))
        return self._words

    @property
    def actions(self) -> tuple[str, ...] | None:
        """The forms of the clause's first action of a kind (``_first_action``), or None."""
        if self._actions is None:
            self._actions = (_first_action(self.key),)
        return self._actions[0]


def framing(text: str, memo: dict[str, bool] | None = None) -> bool:
    """``kinds.is_framing``, kept in ``memo`` by text when given: promises asks it of a plan's
    clauses as tasks (on the text) and again as clauses (on the key, mostly the same string),
    for each matcher."""
    if memo is None:
        return is_framing(text)
    found = memo.get(text)
    if found is None:
        found = memo[text] = is_framing(text)
    return found


def task_clauses(matcher: Matcher, plan_key: str, memo: dict[str, list[Clause]] | None = None,
                 framed: dict[str, bool] | None = None) -> list[Clause]:
    """Return the clauses of a plan that name a task of their own: not one that gives the
    task's cause or purpose (…，以防范化解煤电产能过剩风险), which a result sharing it
    (防范化解重点领域风险) does not show done; a fact that sets the task's scene (今年高校毕业生
    将高达765万人，要…) is one of its clauses. ``memo`` keeps them by plan for one matcher;
    ``framed``, which texts frame (``framing``), for any."""
    found = None if memo is None else memo.get(plan_key)
    if found is None:
        # -- an ordinal that opens a point (五要严格环境执法…, 一是…) is no word of its task --
        pieces = _CLAUSE_SPLIT.split(plan_key)
        features = [matcher.features(_ORDINAL.sub("", clause)) for at, clause in enumerate(pieces)
                    if clause.strip(",;:") and not SUBORDINATE.match(clause)
                    and (is_fact(clause) or not framing(clause.rstrip(",;:"), framed)
                         and not _premise(clause, pieces[at + 1] if at + 1 < len(pieces) else ""))]
        found = [Clause(clause) for clause in features if clause.total >= CLAUSE_WEIGHT]
        if len(found) > 1:
            # -- an elliptical clause (确保按时足额发放) names no task a review could report alone --
            found = [clause for clause in found if not names_no_object(clause.key)] or found
        if memo is not None:
            memo[plan_key] = found
    return found


#: A clause of a review sentence giving the situation its deed answers (针对…, 面对…, 随着…), on the
#: key: with the mark that ends it.
_SETTING = lazy_re.compile(r"(?:^|(?<=[,;:。]))(?:针对|面对|面临|随着|鉴于)[^,;:。]*[,;:]")
#: A clause that opens what must be done, after the premise it is drawn from (…，要强化…调节).
_OBLIGED = lazy_re.compile(r"^(?:要|必须|需要|务必)")


def _premise(clause: str, following: str) -> bool:
    """True for a clause that states what is so, with no task verb, before a clause saying what
    must be done (宏观政策有空间有手段，要强化跨周期和逆周期调节; …协定形成了全球最大自由贸易区，
    要支持企业用好…规则): the task's premise, which a review sentence sharing its words (为宏观政策
    实施提供了空间) does not show done. A fact of the year (今年高校毕业生将高达765万人) names whom
    the task is for and stays one of its clauses, as a problem does what the task remedies."""
    return _OBLIGED.match(following) is not None and TASK_VERB.search(clause) is None \
        and _PROBLEM.search(clause) is None


#: A premise stating a problem (三四线城市房地产库存仍然较多，要…) names what the task remedies: a
#: review reporting it remedied (三四线城市商品住宅去库存取得明显成效) reports the task.
_PROBLEM = lazy_re.compile(r"仍然|仍|依然|还有|较多|过多|偏多|不足|突出|短板|薄弱|困难|难题|压力|风险|问题|矛盾|隐患")


def reports_a_clause(clauses: list[Clause], evidence: Features | Body) -> bool:
    """True when the evidence holds most of one clause's wording: the same task, not the same
    topic. A 政府工作报告 bundles several tasks in one sentence (放宽市场准入，开展…试点，保护…
    产权), and a result that shares one common word with each shows none of them done.

    A long clause is reworded more, so it needs only CLAUSE_SATURATION worth of its wording,
    but never less than half of it: one strong shared word (个人所得税) in a clause of eight
    names another task."""
    if (deeds := _SETTING.sub("", evidence.key)) != evidence.key and deeds.strip(",;:。"):
        # -- the situation a deed answers (针对企业生产经营困难加剧，加大纾困支持力度) is not done:
        #    its words are no evidence of a plan (推动降低企业生产经营成本) --
        evidence = Body(deeds, evidence.concepts)
    key = evidence.key
    evidence_titles = None
    for clause in clauses:
        if clause.titles:
            if evidence_titles is None:
                evidence_titles = _TITLE_PERIOD.sub("", key)
            if not any(title in evidence_titles for title in clause.titles):
                continue  # -- a document named by its title (制定实施《…纲要》) is reported by name --
        if (name := clause.quoted) and name not in key:
            continue  # -- an action on a name in quotes (坚持“两个毫不动摇”) is reported by that name --
        total, words = clause.words
        needed = PROMISE_THRESHOLD * max(min(total, CLAUSE_SATURATION), total / 2)
        actions = clause.actions
        if actions is not None and not any(word in key for word in actions):
            continue
        covered = _coverage(words, clause.features.weights, evidence)
        if actions is not None and _ISSUING.issuperset(actions):
            # -- the document reported made is its making reported (制定出台 by 审议通过…施行) --
            covered += sum(whole for word, whole, _ in words if word in actions and word not in key)
        # -- a facility to set up is reported built only by its kind (基地), not by a concept of
        #    the programme it serves (万众创新 of “双创”示范基地) --
        if covered >= needed and reports_its_figures(clause.key, key) and names_its_facility(clause.key, key) \
                and names_its_object(clause.key, clause.features.terms, key,
                                     any(c in evidence.concepts for c in clause.features.concepts)) \
                and not differs(clause.key, key):
            return True
    return not clauses


#: Actions a plan undertakes that a review must report in kind: issuing a document (出台…规划)
#: is not "advancing" it, rolling a reform out everywhere (全面实行…) is not "pushing" it, setting
#: up a fund is not using one (on the Simplified key).
_ACTIONS = (
    ("出台", "印发", "制定", "发布", "颁布"),
    ("全面实行", "全面推开", "全面推行", "全部", "全国推开", "全面实施"),
    ("设立", "成立", "组建"),
    ("取消", "废止", "废除"),
)
#: Further words a review reports an action of a kind with, which do not make a plan's action
#: of that kind: a law or rule is made when it is passed or takes effect (《…条例》经省人大常委会
#: 审议通过，自…起施行), though a plan to 推动…施行 issues nothing.
_REPORTED_AS = {_ACTIONS[0]: ("审议通过", "表决通过", "施行")}
#: The forms of issuing a document: where the review reports it so, the plan's own words for it
#: (制定出台) count as reported.
_ISSUING = frozenset(_ACTIONS[0] + _REPORTED_AS[_ACTIONS[0]])
#: Words that weigh in a plan's clause but show nothing of it where a review holds them before
#: another word: 专项 of a campaign (专项行动 / 专项评查) is reported only with the campaign.
_NO_EVIDENCE = frozenset(("专项",))
#: …when what follows is a campaign: 专项费用扣除 is still reported by 专项附加扣除.
_CAMPAIGNS = frozenset("行动 整治 治理 检查 评查 斗争 督查 清理 攻坚".split())


def _first_action(plan_key: str) -> tuple[str, ...] | None:
    """Return the forms of the plan's first action of a kind above, None when it has none."""
    first = min(((plan_key.find(word), forms) for forms in _ACTIONS for word in forms if word in plan_key),
                default=None, key=lambda found: found[0])
    return None if first is None else first[1] + _REPORTED_AS.get(first[1], ())


def same_action(plan_key: str, evidence_key: str) -> bool:
    """True unless the plan's first action of a kind above is missing from the evidence in
    every form of its kind (全面实行股票发行注册制 is not reported by 推进股票发行注册制改革)."""
    forms = _first_action(plan_key)
    return forms is None or any(word in evidence_key for word in forms)


_DOMAIN_WORDS = frozenset(DOMAIN_TERMS)


def _coverage(words: _Words, weights: dict[str, float], evidence: Features | Body) -> float:
    """Return the weight of a clause's words (``Clause.words``; ``weights``, its features') the
    evidence holds.

    Words, not features: a word found whole counts once, not again for each of its bigrams
    (except a domain term such as 一体化综合监管, whose bigrams are what it weighs; an idiom such
    as 多措并举 is one word); a word found only in part (信访工作条例 in 信访工作) counts by its
    bigrams, never more than the word itself.
    """
    covered = 0.0
    key = evidence.key
    for at, (word, whole, concept) in enumerate(words):
        if word in _NO_EVIDENCE and at + 1 < len(words) and words[at + 1][0] in _CAMPAIGNS \
                and word + words[at + 1][0] not in key:
            continue  # -- 专项行动 is not reported by a 专项评查 --
        if concept and concept in evidence.concepts:
            covered += whole
        elif word in key:
            covered += whole
        else:
            partial = sum(weights.get("~" + word[i : i + 2], 0.0) for i in range(len(word) - 1)
                          if word[i : i + 2] in key)
            covered += min(partial, whole)
    return covered


__all__ = ["CLAUSE_SATURATION", "CLAUSE_WEIGHT", "SUBORDINATE", "Clause", "framing", "reports_a_clause",
           "same_action", "task_clauses"]
