"""How far a span reaches, as :mod:`reportdiff.expressions` weighs it: an instrument of
limited scope is a small task; a stance the report takes is the year's formulation.

A 政府工作报告 (of the State Council, a province, a city or a county) and a 法治政府建设 report
both name, among their plans, many instruments meant for a part of the field only: a pilot
(…改革试点, …综合试点, 开展…试点 — by definition tried in a few places first) and a
special-purpose item (专项整治行动, 专项招生计划 — one problem, one budget line); and, one step
up, a works programme (…保护工程, …惠民工程, …提质扩容工程 — things built or funded). They
are new every year and read like names, so the form and the words' novelty lift them; but a
reader quoting what changed in the year's policy quotes the concepts and stances, and the
pilot only when it becomes the policy itself (then it is written without 试点). The stances
are written in a grammar of their own: a principle held (坚持…), a priority set (把…摆在…位置,
将…置于…, 把…作为…), a change of course (由…转向…, 向…转变), a balance (…并举, …并重), a
contrast (不是…而是). Their words are mostly old (坚持先立后破, 把稳增长放在更加突出的位置),
so the words' novelty ranks them low. The marks are the kind's own words for a limited scope
and its grammar of stances, never a report's phrases.

Measured on the ten labelled lists of the real reports (three pairs, two readers; the two
readers of a pair read the same list, so listings count twice), before these weights:

* candidates ending in 试点 or holding 专项 in a first 100: none of 32 listings picked (24 of
  them in a first 40). The only picks with these marks are 扫黑除恶专项斗争 (a review's
  mention, beyond the 100th) and 设立科创板并试点注册制, where 试点 is a verb (not marked);
* candidates ending in 工程: 4 of 66 listings picked, about half as many as others of the
  same score (none of 49 under a score of 8, where others are picked at 1–14%);
* candidates stating a stance are picked four times as often as others of the same score:
  scores 4–6, 6 of 59 (10%) against 2.3%; 6–8, 15 of 27 (56%) against 13%. A lift of 1 is
  the one that holds leaving one pair out (tuned on any two pairs, the third gains 1–2);
  2 or more lifts the many stances of scores 4–6 over better candidates.

Other measures of a span's reach tried against the same lists did not tell picks from the
rest and are not used: the paragraph's place (a part's framing paragraphs, a section's heading
or first paragraph, the sentence's rank in its paragraph: a penalty from the fourth sentence on,
tuned on two pairs, gains −1 to +2 on the third), new words or phrases recurring over
several paragraphs (picks recur less often than the rest), a whole clause against a span inside
one, the section's rank in the plans, national-scope words (全国, 宏观: ±1).
"""

from __future__ import annotations

from . import lazy_re

# -- a pilot as the thing named (…改革试点, 开展…试点), not a verb inside a longer task
#    (设立科创板并试点注册制); a special-purpose item anywhere in the name; a works programme --
_LIMITED = lazy_re.compile(r"试点$|专项|工程$")
#: What a span naming an instrument of limited scope loses (about two fifths of a listed
#: expression's score: enough to leave the first 40, not to leave the list). At 2, pilots still
#: stood in the first 40 of the tuning lists (first reader and blind keys) ten times, none
#: picked; measured on every reader's keys (first 40; first reader / blind / held out / later):
#: 2 → 85/103/51/60, 3 → 84/105/52/61, 4 → 85/105/52/61.
LIMITED = 4.0

# -- a stance the report takes, in the grammar the kind states stances with: a principle held
#    (坚持…), a priority set (把/将…放在/摆在/作为/置于/上升为…), a course changed (由/从…转向,
#    向…转变), a balance (…并举, …并重), a contrast (不是…而是, 是用来…的) --
_STANCE = lazy_re.compile(r"^坚持|^[^，。]{0,4}[把将].{2,14}(?:放在|摆在|作为|置于|上升为)|[由从].{2,12}(?:转向|转为|转变)"
                          r"|向.{2,14}转变|并举$|并重$|不是.{1,8}而是|是用来")
#: What a span stating a stance gains (see above for why no more).
STANCE = 1.0


def weight(bare_key: str, quoted: bool = False) -> float:
    """Return what a span (its key without quotation marks) gains by its reach: less for an
    instrument of limited scope, more for a stance, else 0. A ``quoted`` span (one holding a
    quotation) is a slogan: “千万工程” is a model the centre tells every province to learn from,
    no works programme."""
    if not quoted and _LIMITED.search(bare_key) is not None:
        return -LIMITED
    if _STANCE.search(bare_key) is not None:
        return STANCE
    return 0.0


__all__ = ["LIMITED", "STANCE", "weight"]
