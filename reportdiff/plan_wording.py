"""A plan written in the very words of a result, figures aside (used by plans.py).

A county's or a city's report repeats its tasks year after year in the same words with new
figures: 新建高标准农田3万亩 continues 新建高标准农田3.2万亩, 建成县第二人民医院 continues 县第二人民医院
主体完工. In a short report such words are common (新建, 农田 each stand in several paragraphs),
so the weighted match of ``plan_matching`` finds no anchor; the wording itself is the link.
"""

from __future__ import annotations

from . import lazy_re
from .plan_matching import GENERIC
from .segment import tokenize
from .text_index import Texts

#: Figures are masked: the wording is the same whatever the amount.
_NUMBER = lazy_re.compile(r"\d+")
#: The act a plan opens with, which the result may put after its object or change (建成 /
#: 主体完工, 新建 / 建成投用): the object is what must be the same.
_OPENING_ACT = lazy_re.compile(
    r"^(?:开工建设|加快建设|启动建设|建成投用|全面建成|建成|新建|建设|完成|实施|推进|推动|开展|启动|开工|力争|确保)")
#: An object this long (in characters, figures masked) is specific enough to be the link alone.
MIN_OBJECT = 6
_PUNCTUATION = lazy_re.compile(r"[\W_]+")


#: The qualifier of a figure is part of it (5%左右 is said 5.4% in the review), also after its
#: unit (3000人次以上 is said 3400人次); a unit is at most two characters, so 15家规模以上 keeps 以上.
_QUALIFIED = lazy_re.compile(r"#([^\W\d_#]{0,2}?)(?:左右|以上|以内|以下|上下)")


def wording(text_key: str) -> str:
    """Return a key's wording: figures masked with their qualifiers, punctuation dropped."""
    # -- 3.2 is one figure: its point goes first --
    return _QUALIFIED.sub(r"#\1", _NUMBER.sub("#", _PUNCTUATION.sub("", text_key)))


def plan_object(plan_key: str) -> str:
    """Return the wording of a plan less the act it opens with: what a result must hold."""
    words = wording(plan_key)
    act = _OPENING_ACT.match(words)
    return words[act.end():] if act is not None and len(words) - act.end() >= MIN_OBJECT else words


#: Where a plan's clauses end; a target's follows its announcement (主要预期目标是：…).
_CLAUSE = lazy_re.compile(r"[,;:，；：]")


#: A generic word this short (工作, 建设, 法治, 推进) is filler beside a term: it names nothing.
_FILLER = 2


def is_specific(words: str) -> bool:
    """True when an object (``plan_object``) names something of its own: a word outside the
    generic vocabulary (县第二人民医院), or more than one generic term (法治政府建设 alone is what
    every measure of a 法治 report is about, and 依法行政工作 is the same one term and a filler)."""
    tokens = [token for token in tokenize(words.replace("#", " ")) if len(token) >= 2 and token.strip()]
    if any(token not in GENERIC for token in tokens if not token.isspace()):
        return True
    return len({token for token in tokens if len(token) > _FILLER}) > 1


class SameWording:
    """Which results hold a plan's wording, figures aside."""

    def __init__(self, result_keys: list[str]) -> None:
        self._texts = Texts([wording(key) for key in result_keys])

    def holding(self, plan_key: str) -> list[tuple[int, str]]:
        """Return (index, the words shown as shared) of the results holding the object
        (``plan_object``) of the plan or of one of its clauses (实施工业倍增行动，新增规模以上工业
        企业15家), in order; none for objects too short to be specific."""
        found: dict[int, str] = {}
        for clause in _CLAUSE.split(plan_key):
            words = plan_object(clause)
            if len(words) >= MIN_OBJECT and is_specific(words):
                shown = "…".join(part for part in words.split("#") if len(part) >= 2)
                for index in self._texts.holding(words):
                    found.setdefault(index, shown)
        return sorted(found.items())


__all__ = ["MIN_OBJECT", "SameWording", "is_specific", "plan_object", "wording"]
