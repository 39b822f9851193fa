"""Which stretches of a review a reader quotes from: summary and stance vs narrative.

A review of the past year (工作回顾, 过去一年) is mostly narrative — long lists of measures and
figures (——经济保持恢复发展。国内生产总值增长8.1%…) — and readers skip it. But it also holds the
year's assessment, and that is what they quote: the opening that sums the year up
(疫情要防住、经济要稳住、发展要安全的要求), the difficulties faced (中美经贸摩擦…稳中有变、变中有忧),
the paragraph that frames the list of work (统筹稳增长…稳就业、稳金融…，主要做了以下工作), the
shortcomings. :mod:`reportdiff.expressions` weighs a review's candidates by what this module
says of the sentences they stand in, instead of by the part's role alone.

The model is small and uses only the kind's form, never a report's phrases:

* a **paragraph** of the review is a summary when it opens the review, or introduces its list
  of work (…主要做了以下工作。), or carries no figures and names three kinds of difficulty;
  a list item (——…, 一是…) never is, and a section of the review (one field of work,
  its heading included) is narrative throughout;
* a **sentence** is stance when it carries no figure and either stands in a summary paragraph
  or itself says what was faced: two kinds of difficulty, or one with a word that turns to an
  assessment (面对…冲击, 我们面对的是…挑战, 清醒看到…问题和挑战); or the stance kept
  (既…又…, 不搞…, 定力).

Each part-level paragraph of a review is cut into runs of sentences of the same weight, so a
paragraph that opens on a diagnosis and goes on with figures lifts only its opening. Measured on
the real reports' ten labelled lists, the lift only reorders: review diagnoses readers picked
enter the first 40 (疫情要防住、经济要稳住、发展要安全; 稳妥应对中美经贸摩擦) and no narrative
with them; most review picks stay low because their words are all old (a new combination of
old words, 稳中有变、变中有忧), which the words' score does not see.
"""

from __future__ import annotations

from . import lazy_re
from .models import MeasureKind, Report, Role
from .normalize import key

# -- words of a difficulty faced: how a report says what the year was up against
#    (not what work dealt with: 矛盾纠纷, 复杂疑难案件, 困难群众 are its objects; and not 风险,
#    which a review mostly reports defused: 防范化解重大风险) --
_DIFFICULTY = lazy_re.compile("(?:形势|困难|挑战|压力|冲击|矛盾|考验|严峻|复杂|波折|阵痛|不确定|下行|超预期|摩擦)"
                              "(?!纠纷|疑难|群众|家庭|职工|人员|学生|儿童|企业|户)")
# -- words that turn to an assessment: the situation faced, the year looked back on, the
#    shortcomings seen (面对面 is a way of working) --
_ASSESSING = lazy_re.compile("面对(?!面)|面临|回顾|看到|认识到")
# -- how a report states the stance it kept: a balance held (既…又…), a course refused (不搞…),
#    steadiness (定力) — the common forms of a policy stance in either kind of report --
_BALANCE = lazy_re.compile("既[^。]{1,12}又|不搞|定力")
# -- a figure of narration: digits that are not a year (2022年是…, 2030年前) --
_FIGURE = lazy_re.compile(r"\d+(?:\.\d+)?(?!\d*年)")
# -- sentence ends: the model weighs sentences, not clauses --
_SENTENCE_END = lazy_re.compile(r"(?<=[。！？!?])")
# -- a list item of achievements (——经济保持恢复发展。) --
_DASHES = ("——", "─", "—")
# -- what a paragraph that introduces a list ends with --
_INTRODUCES = lazy_re.compile(r"(?:以下|如下)[^。]{0,8}[。：:]$|[：:]$")

#: The weight of a stance sentence; narrative weighs 0.
STANCE = 1.0


def review_blocks(report: Report) -> dict[str, tuple[tuple[str, float], ...]]:
    """Return, for each measure of the report's review that holds a stance sentence, its text cut
    into runs of sentences with their weight (``STANCE`` or 0); the runs join to its text."""
    by_part: dict[str, list] = {}
    for measure in report.measures:
        if measure.role in (Role.RESULTS, Role.SHORTCOMINGS):
            by_part.setdefault(measure.part_id, []).append(measure)
    blocks: dict[str, tuple[tuple[str, float], ...]] = {}
    for measures in by_part.values():
        for number, measure in enumerate(measures):
            if measure.section_id is not None:
                # -- a section of the review narrates one field of work, its heading included --
                continue
            runs = _runs(measure.text, measure.key, _is_summary(measure, number == 0))
            if len(runs) > 1 or runs and runs[0][1]:
                blocks[measure.id] = runs
    return blocks


def _is_summary(measure, opening: bool) -> bool:
    """True when a paragraph sums up rather than narrates: it opens the review, or introduces
    the list of work that follows (…主要做了以下工作。); never a list item (——…, 一是…)."""
    # -- read on the comparison key: either script, any width --
    text = measure.key
    if measure.kind is MeasureKind.POINT or text.startswith(_DASHES):
        return False
    if opening or _INTRODUCES.search(text) is not None:
        return True
    # -- a paragraph without figures that names three kinds of difficulty weighs the year up
    #    (回顾过去一年…我们面对的是…挑战…冲击…矛盾) --
    return _FIGURE.search(text) is None and len(set(_DIFFICULTY.findall(text))) >= 3


def _runs(text: str, text_key: str, summary: bool) -> tuple[tuple[str, float], ...]:
    sentences = [sentence for sentence in _SENTENCE_END.split(text) if sentence]
    # -- each sentence read on its comparison key (either script, any width): the measure's key
    #    keeps the sentence ends, so its sentences are the text's, one for one --
    keys = [sentence for sentence in _SENTENCE_END.split(text_key) if sentence]
    if len(keys) != len(sentences):
        keys = [key(sentence) for sentence in sentences]
    runs: list[list] = []
    for sentence, sentence_key in zip(sentences, keys):
        weight = STANCE if _is_stance(sentence_key, summary) else 0.0
        if runs and runs[-1][1] == weight:
            runs[-1][0] += sentence
        else:
            runs.append([sentence, weight])
    return tuple((piece, weight) for piece, weight in runs)


def _is_stance(sentence: str, summary: bool) -> bool:
    """A sentence without figures that sums up, says what was faced (面对…冲击) or the stance kept."""
    if _FIGURE.search(sentence):
        return False
    if summary:
        return True
    if _BALANCE.search(sentence):
        return True
    difficulties = set(_DIFFICULTY.findall(sentence))
    return len(difficulties) >= 2 or bool(difficulties) and _ASSESSING.search(sentence) is not None


__all__ = ["STANCE", "review_blocks"]
