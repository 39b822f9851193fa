"""Reworded shortcomings paired by the subject they name (used by pipeline, after the other
leftover passes).

A shortcoming point is short, and one year's rewrite of it shares its subject, not its words:
基层执法队伍专业化水平有待提升 → 基层执法人员业务能力参差不齐; PM2.5浓度距离省定目标仍有差距，臭氧
污染问题日益凸显 → 臭氧污染问题仍较突出. Similarity weighs the wording of the problem (有待提升, 仍较
突出) as much as its subject and stays far below any threshold. Here the leftover shortcomings of
the two reports are paired by their subject terms alone: the specific words they share, the words
of any problem (问题, 不足, 有待, 滞后…), the generic words of plans (法治, 能力, 规范…) and
boilerplate aside. Two subjects shared, or one held by few measures of the two reports (and few
of all), pair two points that are each other's only best; unrelated shortcomings (法治宣传教育的
针对性… and 运用法治思维…解决问题的能力…, which share only 法治 and 有待) stay dropped and new.
"""

from __future__ import annotations

import math

from .align import Alignment, Apart, NOTHING_APART, Pair, _compatible
from .models import Measure, Role
from .plan_matching import GENERIC
from .scoring import BOILERPLATE, Scorer
from .segment import FIGURE_RE

#: The words a problem is stated in, whatever its subject: how it stands (仍, 有待, 不足, 滞后),
#: how much of it (部分, 个别, 一定程度), how it shows (凸显, 突出, 发生).
PROBLEM_WORDS = frozenset(
    "问题 不足 不够 不高 不强 不够高 不平衡 不充分 不到位 不相适应 不适应 不匹配 不规范 不稳定 不完善 不健全 "
    "有待 亟待 亟需 急需 仍 仍然 仍有 依然 依旧 还 尚 尚未 还不 较 较为 比较 相对 相对薄弱 薄弱 偏弱 偏低 "
    "滞后 欠缺 缺乏 短板 弱项 差距 差异 短缺 存在 有所 日益 凸显 突出 明显 一定 程度 一定程度 部分 个别 "
    "少数 一些 发生 出现 参差不齐 有待提升 有待加强 有待提高 进一步 需要 需 要求 形势 新形势 困难 压力 "
    "挑战 矛盾 风险 隐患 制约 影响 难度 较大 加大 增加 有所增加 下降 上升".split())
#: One shared subject pairs two points only when at most this many measures of the two reports
#: hold it (臭氧 in a report on the environment; not 执法 in a report on administration by law)…
SUBJECT_RARE = 4
#: …and at most one in this many of them (as an anchor word of plans, df ≲ 1/8): in a township's
#: page of six measures, 执法 in four is what the whole report is about.
SUBJECT_SHARE = 8


def subjects(scorer: Scorer, text_key: str) -> tuple[str, ...]:
    """Return the subject terms of a shortcoming's key: its words of two characters or more
    that are no figure, no boilerplate, no generic word of plans and no word of a problem."""
    return tuple(term for term in scorer.term_counts(text_key)
                 if len(term) >= 2 and term[0] != "#" and not FIGURE_RE.fullmatch(term)
                 and term not in BOILERPLATE and term not in GENERIC and term not in PROBLEM_WORDS)


def shared_subjects(scorer: Scorer, old_key: str, new_key: str) -> tuple[str, ...]:
    """Return the subjects one key names that the other writes (执法 of one in 执法人员 of the
    other), a subject inside another shared one counted once."""
    found = [term for term in subjects(scorer, old_key) if term in new_key]
    found += [term for term in subjects(scorer, new_key) if term in old_key and term not in found]
    return tuple(term for term in found if not any(term != other and term in other for other in found))


def _problems(free: tuple[Measure, ...], every: tuple[Measure, ...]) -> list[Measure]:
    """The free shortcomings of a report, a heading over measures of its own (二、存在的不足 read
    as one, over its 一是…) aside."""
    return [m for m in free if m.role is Role.SHORTCOMINGS and not m.key.rstrip().endswith(":")
            and not (m.bare and any(other.id.startswith(m.id + "/") for other in every))]


def pair_shortcoming_subjects(alignment: Alignment, scorer: Scorer, old_all: tuple[Measure, ...],
                              new_all: tuple[Measure, ...], apart: Apart = NOTHING_APART) -> Alignment:
    """Return ``alignment`` with the leftover shortcomings of the two reports paired by shared
    subjects (method ``subject``): best first, each the other's only best; ``old_all`` and
    ``new_all`` are all measures of the two reports, over whose keys a subject's rarity is counted
    (by substring, so 执法 inside 行政执法 counts)."""
    keys = [m.key for m in old_all + new_all]
    # -- a point is as short as its title (bare): a heading over points of its own is no problem --
    olds = _problems(alignment.unmatched_old, old_all)
    news = _problems(alignment.unmatched_new, new_all)
    if not olds or not news:
        return alignment
    held: dict[str, int] = {}

    def weight(term: str) -> float:
        if term not in held:
            held[term] = sum(term in key for key in keys)
        return math.log(1 + len(keys) / max(held[term], 1))

    scores: dict[tuple[int, int], float] = {}
    for i, old in enumerate(olds):
        for j, new in enumerate(news):
            if not _compatible(old, new, apart):
                continue
            shared = shared_subjects(scorer, old.key, new.key)
            score = sum(map(weight, shared))
            if len(shared) >= 2 or shared and held[shared[0]] <= SUBJECT_RARE \
                    and held[shared[0]] * SUBJECT_SHARE <= len(keys):
                scores[i, j] = score
    added: list[Pair] = []
    for (i, j), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        # -- each the other's only best: a tie on either side pairs neither --
        rivals_old = [s for (a, b), s in scores.items() if a == i and b != j]
        rivals_new = [s for (a, b), s in scores.items() if b == j and a != i]
        if any(s >= score for s in rivals_old + rivals_new):
            continue
        old, new = olds[i], news[j]
        added.append(Pair(old, new, round(scorer.similarity(old.key, new.key), 4), "subject", None,
                          shared_subjects(scorer, old.key, new.key)))
    if not added:
        return alignment
    taken_old = {pair.old.id for pair in added}
    taken_new = {pair.new.id for pair in added}
    return Alignment(alignment.pairs + tuple(added),
                     tuple(m for m in alignment.unmatched_old if m.id not in taken_old),
                     tuple(m for m in alignment.unmatched_new if m.id not in taken_new))


__all__ = ["PROBLEM_WORDS", "SUBJECT_RARE", "SUBJECT_SHARE", "pair_shortcoming_subjects", "shared_subjects", "subjects"]
