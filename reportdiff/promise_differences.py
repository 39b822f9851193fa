"""Near things that differ: evidence sharing most of a plan's words about another thing (used by
promise_clauses.py).

A review sentence can hold nearly every word of a plan's task and still report something else:

- another proper name with the same head: 全面与进步跨太平洋伙伴关系协定 (CPTPP) is not
  区域全面经济伙伴关系协定 (RCEP), though they share 全面 and 伙伴关系协定; nor is one acronym
  another;
- a narrower scope: 全国联网 and 跨省 are not reported by what was done 省内;
- another operation on the same object: 免征增值税 is not 提高增值税起征点, 提高最低收购价 is
  not 合理确定最低收购价.

Each test looks at the clause of the evidence about the plan's object only, and says "differs"
only when the evidence names the other thing and not the plan's.
"""

from __future__ import annotations

from . import lazy_re
from .plan_matching import GENERIC
from .promise_objects import TASK_VERB
from .segment import tokenize

#: Heads of proper names (agreements, organisations, zones): what stands before one names it.
_NAME_HEAD = lazy_re.compile(r"协定|协议|条约|公约|组织|合作区|示范区|试验区|新区|经济带|经济圈|城市群|走廊")
#: Where a name starts: after a word that acts on it (besides a task verb), a mark, or a figure.
_NAME_STOP = lazy_re.compile(r"加入|商签|签署|参与|生效|积极|考虑|结束|谈判|成功|举办|召开|用好|办好|对接|研究")
_HAN_WORD = lazy_re.compile(r"[\u4e00-\u9fff]+")
#: How many characters back a name may reach from its head.
_NAME_REACH = 14
#: An acronym (CPTPP, RCEP, WTO): upper-case Latin letters.
_ACRONYM = lazy_re.compile(r"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])")

#: Scopes: the whole country or across provinces, against inside one.
_WIDE = lazy_re.compile(r"全国|跨省|跨地区|跨区域")
_NARROW = lazy_re.compile(r"省内|市内|县内|区内|本省|本市|省域内|市域内")

#: Operations on an object that are different measures, each group one kind (on the Simplified
#: key): raising it, lowering it, fixing it where it is (合理确定; not 保持…稳定, a level a fall may
#: meet), and the kinds of tax relief.
_OPERATIONS = (
    ("raise", lazy_re.compile(r"提高|上调|调高|提升")),
    ("lower", lazy_re.compile(r"降低|下调|调低|下降|压减|削减")),
    ("keep", lazy_re.compile(r"合理确定|维持")),
    ("exempt", lazy_re.compile(r"免征|免除")),
    ("reduce", lazy_re.compile(r"减征|减半征收|减按")),
    ("threshold", lazy_re.compile(r"起征点")),
    ("defer", lazy_re.compile(r"缓缴|缓税|延缓缴纳")),
)
_CLAUSE = lazy_re.compile(r"[^,;:。]+")
_HAN = lazy_re.compile(r"[\u4e00-\u9fff]{2}")
#: The least share of the plan clause's object (its character pairs, operations aside) an
#: evidence clause holds to be about the same object.
_SAME_OBJECT = 0.6


def _names(text_key: str) -> dict[str, set[str]]:
    """Return each name head in the text with the names standing before it (their specific words
    joined: 全面进步跨太平洋伙伴关系 of 协定)."""
    found: dict[str, set[str]] = {}
    for head in _NAME_HEAD.finditer(text_key):
        before = text_key[max(0, head.start() - _NAME_REACH) : head.start()]
        kept: list[str] = []
        for word in reversed(tokenize(before)):
            if _NAME_STOP.fullmatch(word) or TASK_VERB.fullmatch(word) or not _HAN_WORD.fullmatch(word):
                break
            kept.append(word)
        words = "".join(word for word in reversed(kept) if len(word) >= 2 and word not in GENERIC)
        if words:
            found.setdefault(head.group(), set()).add(words)
    return found


def _same_name(first: str, second: str) -> bool:
    """True when one name is the other or its short form (上合 of 上海合作: its characters in order)."""
    short, long = sorted((first, second), key=len)
    at = 0
    for character in short:
        at = long.find(character, at) + 1
        if not at:
            return False
    return True


def another_name(clause_key: str, evidence_key: str) -> bool:
    """True when the evidence names another thing of the clause's name head (区域全面经济伙伴关系协定
    for 全面与进步跨太平洋伙伴关系协定) and not the clause's own, or another acronym only."""
    acronyms = set(_ACRONYM.findall(clause_key))
    if acronyms and not any(acronym in evidence_key for acronym in acronyms) \
            and set(_ACRONYM.findall(evidence_key)) - acronyms:
        return True
    if not _NAME_HEAD.search(clause_key):
        return False
    theirs = _names(evidence_key)
    for head, names in _names(clause_key).items():
        other = theirs.get(head)
        if other and not any(_same_name(mine, their) for mine in names for their in other):
            return True
    return False


def narrower_scope(clause_key: str, evidence_key: str) -> bool:
    """True when the clause acts across the country (全国联网, 跨省) and the evidence only inside
    one province or city (省内异地就医)."""
    return bool(_WIDE.search(clause_key)) and not _WIDE.search(evidence_key) and bool(_NARROW.search(evidence_key))


def _operations(text_key: str) -> set[str]:
    return {kind for kind, pattern in _OPERATIONS if pattern.search(text_key)}


def _pairs(text_key: str) -> set[str]:
    return {text_key[i : i + 2] for i in range(len(text_key) - 1) if _HAN.fullmatch(text_key[i : i + 2])}


def another_operation(clause_key: str, evidence_key: str) -> bool:
    """True when the evidence's clause about the plan clause's object does another thing to it:
    免征 where the plan exempts and the review raised a threshold (起征点), 合理确定 where the plan
    raises a price."""
    planned = _operations(clause_key)
    if not planned:
        return False
    bare = clause_key
    for _, pattern in _OPERATIONS:
        bare = pattern.sub(",", bare)
    wanted = _pairs(bare)
    if len(wanted) < 2:
        return False
    for clause in _CLAUSE.findall(evidence_key):
        if len(wanted & _pairs(clause)) < _SAME_OBJECT * len(wanted):
            continue
        done = _operations(clause)
        if done and planned.isdisjoint(done):
            return True
    return False


def differs(clause_key: str, evidence_key: str) -> bool:
    """True when the evidence reports a near thing that differs from the clause's (see above)."""
    return another_name(clause_key, evidence_key) or narrower_scope(clause_key, evidence_key) \
        or another_operation(clause_key, evidence_key)


__all__ = ["another_name", "another_operation", "differs", "narrower_scope"]

