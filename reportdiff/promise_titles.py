"""Plans that name documents to make, one task per document (used by promises.py).

A legislature's or a government's plan lists the laws and rules of the year in one sentence
(制定《数据条例》《社会信用条例》《未成年人保护条例》，修改《消费者权益保护条例》), and the
next year's review reports each on its own: two passed, one still under deliberation. Each
named document is a task, judged by the review's sentences that name it; the sentence that
names the document is the evidence, not a neighbour telling of something else.
"""

from __future__ import annotations

from . import lazy_re
from .figures_extract import aligned_key
from .models import Measure, PlanSentence
from .plans import Evidence, Promise
from .normalize import key as norm_key
from .segment import FIGURE_RE

#: A document's title as written (both scripts: 《》 stand in either).
_TITLE = lazy_re.compile(r"《[^》]{2,}》")
#: A title compared without its period or edition (…（2024—2026年）, …（试行）).
_TITLE_PERIOD = lazy_re.compile(r"[(（][^)）]*[)）]|[\d\-—–－~～]+年?")
#: What makes, amends or repeals a document, right before its title (on the Simplified key):
#: the verbs a review answers in kind (审议通过, 出台, 施行), with the adverbs that lead them.
_MAKING = lazy_re.compile(
    r"^(?:加快|推动|推进|力争|争取|积极|研究|适时|启动|完成|抓紧)*"
    r"(?:制定出台|修订出台|制定|修订|修改|出台|起草|审议|提请审议|废止|编制|印发|颁布|发布|制修订)$"
)
#: What amends or makes a document, right after its title (on the key: 《航道法》修订, 《…条例》的制定).
_AMENDED_AFTER = lazy_re.compile(r"的?(?:制定|修订|修改|制修订|立法|起草|废止|出台|编制)")
#: An edition written after a title (《…办法》（试行）).
_EDITION = lazy_re.compile(r"[(（][^)）]*[)）]")
#: What joins the titles of one clause (《A》《B》和《C》).
_JOINS = frozenset(("", "、", "和", "及", "与", "以及"))
#: Clause ends of a plan sentence (a clause is one stretch between them).
_CLAUSE = lazy_re.compile(r"[^，,；;。！!？?]+")
#: A clause that is a task of its own beside the documents: it sets a figure or does a deed.
_DEED = lazy_re.compile(r"(?:办理|开展|完成|组织|审结|受理|举办|建成|建立|实现|督办|听取|检查|视察)")


def _clause_tasks(text: str, key: str, start: int, end: int) -> list[tuple[str, int, int]] | None:
    """The documents a clause makes (制定《A》《B》), each as (task text, start, end), or None
    when the clause is no such list; [] for a clause naming no document."""
    titles = list(_TITLE.finditer(text, start, end))
    if not titles:
        return []
    lead = key[start : titles[0].start()]
    if _MAKING.match(lead) is None or _EDITION.sub("", key[titles[-1].end() : end]).strip(" \u3000"):
        return None  # -- 贯彻落实《条例》, 《条例》宣传: no document made --
    if any(key[a.end() : b.start()] not in _JOINS for a, b in zip(titles, titles[1:])):
        return None
    verb = text[start : titles[0].start()]
    return [(verb + title.group() if i else text[start : title.end()], start if i == 0 else title.start(), title.end())
            for i, title in enumerate(titles)]


def title_tasks(plan: PlanSentence) -> tuple[list[PlanSentence], list[tuple[int, int]]] | None:
    """Return the tasks of a plan sentence that makes named documents, one per document, with
    their spans in ``plan.text``; None for any other sentence.

    The sentence's other clauses each stay a task when they set a figure or do a deed of their
    own (推动出台《…决定》，办理公益诉讼案件1200件以上); a clause before the first document that
    does neither only leads the list (加强重点领域立法，制定《…》《…》). Any other clause keeps the
    sentence whole, as do fewer than two tasks."""
    text = plan.text
    if len(_TITLE.findall(text)) == 0:
        return None
    key = aligned_key(text)
    found: list[tuple[str, int, int]] = []
    documents = 0
    for clause in _CLAUSE.finditer(key):
        start, end = clause.span()
        if not key[start:end].strip(" \u3000"):
            continue
        made = _clause_tasks(text, key, start, end)
        if made is None:
            return None
        if made:
            found.extend(made)
            documents += len(made)
        elif FIGURE_RE.search(key, start, end) or _DEED.match(key, start):
            found.append((text[start:end], start, end))
        elif documents:
            return None  # -- …，完善配套制度: a task this splitting would lose --
    if documents == 0 or len(found) < 2:
        return None
    tasks = [PlanSentence(f"{plan.id}.{n}", plan.block_id, plan.index, task, norm_key(task))
             for n, (task, _, _) in enumerate(found, start=1)]
    return tasks, [(start, end) for _, start, end in found]


#: How a review reports a document of each kind of action done, on the Simplified key
#: (《…条例》经常委会审议通过 · 修改《…条例》 · 《…办法》印发实施): the plan's verb → the words.
_PASSED = ("审议通过", "表决通过", "获得通过", "批准", "施行", "实施")
_DONE = (
    (("废止",), ("废止", "废除")),
    (("修订", "修改", "制修订"), ("修改", "修订", "修正", "出台", "印发", *_PASSED)),
    (("起草",), ("起草", "审议", "出台", "印发", "制定", *_PASSED)),
    (("审议",), ("审议",)),
    (("",), ("出台", "印发", "颁布", "发布", "公布", "制定", "编制完成", *_PASSED)),
)


def _done_words(task_key: str) -> tuple[str, ...]:
    """The words that report the task's document made (or amended, or repealed)."""
    verb = task_key[: task_key.find("《")]
    return next(done for verbs, done in _DONE if any(word in verb for word in verbs))


def titled_promise(task: PlanSentence, windows: list[tuple[Measure, list[tuple[str, str]]]]
                   ) -> tuple[Promise, bool] | None:
    """Judge a task of ``title_tasks`` that makes one named document: delivered by the first
    sentence of this year's results (``windows``: fresh sentences, (text, key) each, by result)
    that names the document and reports it made (审议通过, 出台 …); not reported when none does
    (《…条例》已经两次审议，将于今年继续审议). None for a task that names no document, and for
    the second of a promise and whether it may be restated (as promises.judge gives it)."""
    titles = [_TITLE_PERIOD.sub("", title) for title in _TITLE.findall(task.key)]
    if len(titles) != 1:
        return None
    done = _done_words(task.key)
    for measure, pair in windows:
        for text, k in pair:
            if titles[0] in _TITLE_PERIOD.sub("", k) and any(word in k.replace(titles[0], "") for word in done):
                return Promise("delivered", task, (Evidence(measure, text, 1.0, (titles[0],)),)), False
    return Promise("not_reported", task, ()), True


#: A plan to make one named document with its verb after the title (推动《…条例》出台实施) or
#: before it (制定《…》), on the Simplified key; the verb may lead nothing else.
_MADE_AFTER = lazy_re.compile(r"^(?:出台|施行|实施|颁布|印发|审议通过|出台实施|颁布实施|印发实施|落地实施)*[。;；]?$")
_LEADS = lazy_re.compile(r"^(?:加快|推动|推进|力争|争取|积极|抓紧|促进|确保)+$")
#: A document a sentence cites as the occasion or means of something else (以《…条例》施行为契机，
#: 开展宣传): not the document reported made.
_CITED = lazy_re.compile(r"以《[^》]+》[^,，;；。]{0,12}?为(?:契机|抓手|依托|载体|引领|重点|主线|指引|遵循)")


def document_made(plan: PlanSentence, windows: list[tuple[Measure, list[tuple[str, str]]]]
                  ) -> tuple[Promise, bool] | None:
    """Return the plan delivered when it makes one named document (推动《…条例》出台实施,
    制定《…办法》) and a sentence of this year's results reports that document made (经…审议通过，
    …起施行), not one citing it as the occasion of other work (以《…条例》施行为契机，开展…):
    the review names the document in both and the one that says it passed is the evidence
    (with False, as ``titled_promise`` gives it). None for any other plan, or when no sentence
    reports it made (the plan's words judge it)."""
    key = aligned_key(plan.text)
    titles = list(_TITLE.finditer(key))
    if len(titles) != 1:
        return None
    lead, after = key[: titles[0].start()].strip(" \u3000"), _EDITION.sub("", key[titles[0].end():]).strip(" \u3000")
    if not (_MAKING.match(lead) or _LEADS.match(lead) and after and _MADE_AFTER.match(after)) \
            or after and not _MADE_AFTER.match(after):
        return None
    title = _TITLE_PERIOD.sub("", titles[0].group()[1:-1])
    done = _done_words(plan.key)
    for measure, pair in windows:
        for text, k in pair:
            bare = _TITLE_PERIOD.sub("", _CITED.sub("", k))
            if title in bare and any(word in bare.replace(title, "") for word in done):
                return Promise("delivered", plan, (Evidence(measure, text, 1.0, (title,)),)), False
    return None


def _made_titles(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The documents a plan sentence makes (制定《A》和《B》，…), each as (title without its
    period, the words that report it made)."""
    key = aligned_key(text)
    found = []
    for clause in _CLAUSE.finditer(key):
        start, end = clause.span()
        if _clause_tasks(text, key, start, end):
            done = _done_words(key[start:end])
            found += [(_TITLE_PERIOD.sub("", title), done) for title in _TITLE.findall(key, start, end)]
    return found


def every_document_made(promise: Promise, windows: list[tuple[Measure, list[tuple[str, str]]]]) -> Promise:
    """A plan delivered as a whole that makes two documents or more (制定《…条例》和《…办法》，
    健全…) is delivered only when the review reports each of them made: one reported, the other
    not, and it is done in part only — not reported, its evidence shown as the part done
    (``partly``)."""
    if promise.status != "delivered":
        return promise
    titles = _made_titles(promise.plan.text)
    if len(titles) < 2:
        return promise
    sentences = [_TITLE_PERIOD.sub("", k) for _, pair in windows for _, k in pair]
    if all(any(title in k and any(word in k.replace(title, "") for word in done) for k in sentences)
           for title, done in titles):
        return promise
    return Promise("not_reported", promise.plan, (), promise.replanned, short_of=promise.evidence, partly=True)


def titled_sentence(plan_key: str, sentences: list[tuple[str, str]]) -> str | None:
    """The (text of the) first of ``sentences`` ((text, key) each) naming a document the plan
    names, or None: a plan to make a document is reported where the document is named."""
    titles = [_TITLE_PERIOD.sub("", title) for title in _TITLE.findall(plan_key)]
    if not titles:
        return None
    return next((text for text, k in sentences if any(title in _TITLE_PERIOD.sub("", k) for title in titles)), None)


__all__ = ["document_made", "every_document_made", "title_tasks", "titled_promise", "titled_sentence"]


def _title_acts(key: str) -> set[tuple[str, str]]:
    """(title, what is done to it) of each document a text makes or amends, on the key: the verb
    right before the title (制定《…》) or right after it (《航道法》修订)."""
    acts: set[tuple[str, str]] = set()
    for title in _TITLE.finditer(key):
        name = _TITLE_PERIOD.sub("", title.group())
        before = lazy_re_tail(key[max(0, title.start() - 12) : title.start()])
        after = _AMENDED_AFTER.match(key, title.end())
        for verb in (before, after.group().lstrip("的") if after else ""):
            if verb:
                acts.add((name, _ACT_KINDS.get(verb, verb)))
    return acts


#: Making verbs of one kind of act: a document made, amended or repealed.
_ACT_KINDS = {**dict.fromkeys(("制定", "出台", "制定出台", "起草", "编制", "印发", "颁布", "发布", "立法"), "make"),
              **dict.fromkeys(("修订", "修改", "制修订", "修订出台"), "amend")}


def lazy_re_tail(lead: str) -> str:
    """The making verb a lead ends on (推动出台 → 出台), or ''."""
    for start in range(len(lead)):
        if (found := _MAKING.match(lead[start:])) is not None:
            verb = found.group()
            return _MAKING_VERB.search(verb).group()
    return ""


_MAKING_VERB = lazy_re.compile(r"(?:制定出台|修订出台|制定|修订|修改|出台|起草|审议|废止|编制|印发|颁布|发布|制修订)$")


def restates_a_document(plan_key: str, other_key: str) -> bool:
    """True when ``other_key`` (this year's plan) does to a document what ``plan_key`` (last
    year's) undertook to do to it (积极推动《航道法》修订纳入国家立法工作计划 → 积极推动《航道法》修订):
    the same title with the same making verb is the same task again, whatever else the plan says
    of its stage."""
    acts = _title_acts(plan_key)
    return bool(acts) and not acts.isdisjoint(_title_acts(other_key))
