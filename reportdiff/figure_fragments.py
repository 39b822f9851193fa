"""Labels that would be fragments: a place or a field counted (8个领域, 12个乡镇) is named by what
is done there, and a rate named by its kind alone (优秀率, 纠错率) by what the clause before counted.

A county's report counts where a measure is in force (在8个领域推行“首违不罚”清单制度, 在12个乡镇设立
受理点) and states a rate right after a count (评查案卷320卷，优秀率达到86%): read alone, the label
is 领域推行 or 优秀率, and two years of different things pair under it.
"""

from __future__ import annotations

from . import lazy_re
from .normalize import key as norm_key

#: Places and fields a count holds (12个乡镇, 8个领域): no indicator without what is done in them.
PLACE_NOUNS = ("县直部门", "乡镇", "街道", "镇街", "部门", "单位", "行业", "领域", "社区", "村", "园区", "地区")
#: Verbs that say what is done in the places counted (领域推行…, 乡镇设立…).
_PLACE_ACTS = lazy_re.compile(
    r"(?:推行|设立|建立|建成|开展|实施|实现|推广|落实|试点|下放|配备|组建|成立|创建|启动|上线|应用|接入|开通|"
    r"部署|覆盖|选派|派驻|运行|完成)")
#: Where a clause (or a list item) ends, and the next figure starts.
_CLAUSE_END = lazy_re.compile(r"[，,。；;：:、！？!?（()）\n]|\d")
#: Quote marks, dropped from a name.
_QUOTE_MARKS = lazy_re.compile(r"[“”「」『』《》\"‘’]")
#: 将X拓展至…等N个领域: the fields are X's.
_EXTENDED = lazy_re.compile(r"(?:将|把)(?P<object>[^，,。；;、]{2,12}?)(?:拓展|扩大|延伸|推广|扩展|覆盖)(?:至|到)[^，,。；;]*$")
_NAME_LIMIT = 16


def place_label(key: str, end: int, label: str, number_start: int, floor: int) -> str | None:
    """The name of a count of places or fields ending at ``end`` (after its classifier) whose
    ``label`` read after it is the place noun, alone or with a verb glued on (领域推行): what is done
    there and the noun (推行首违不罚轻微免罚清单制度领域), or whose object was extended to them
    (将非现场监管应用拓展至…等12个领域 → 非现场监管应用领域). None when no act is named (12个乡镇主要
    负责人: the places themselves, see ``frame_count``) or the label names more than the place."""
    noun = next((n for n in PLACE_NOUNS if key.startswith(n, end)), None)
    if noun is None or not label.startswith(noun) or (label != noun and not _PLACE_ACTS.match(label, len(noun))):
        return None
    at = end + len(noun)
    if _PLACE_ACTS.match(key, at):
        stop = _CLAUSE_END.search(key, at)
        act = norm_key(_QUOTE_MARKS.sub("", key[at : stop.start() if stop else len(key)]))
        if len(act) + len(noun) > _NAME_LIMIT:
            act = act[: _NAME_LIMIT - len(noun)]
        return act + noun
    if label != noun:
        return None
    clause_start = number_start
    while clause_start > floor and key[clause_start - 1] not in "，,。；;：:！？!?\n":
        clause_start -= 1  # -- the list of fields (燃气安全、餐饮油烟等) is inside the clause --
    extended = _EXTENDED.search(key, clause_start, number_start)
    return norm_key(extended["object"]) + noun if extended else None


def frame_count(label: str) -> bool:
    """True for a count named by a place noun alone (全县38个县直部门和12个乡镇主要负责人全部述法:
    乡镇): the units of the body reporting, every one of them, not what was done; no indicator, so
    paired with no figure, however alike next year's (the same 12 townships)."""
    return label in PLACE_NOUNS


#: A rate named by its kind alone (优秀率, 纠错率, 办结率): whose rate the label does not say.
_BARE_RATE = lazy_re.compile(r"[\u4e00-\u9fff]{1,2}率")
#: A count ending a clause (评查案卷320卷, 办理行政复议案件58件): the object is what it counts.
_COUNT_END = lazy_re.compile(r"(?P<object>[\u4e00-\u9fff]{2,16}?)\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{1,2}$")
#: A clause stating a change (同比增长31.0%) stands between a count and its rate: passed over.
_CHANGE_CLAUSE = lazy_re.compile(r"^(?:同比|环比|较|比上年|比去年)|增长|下降|上升|减少")
#: The acts a count of files or cases is made by (评查案卷320卷, 办理行政复议案件58件).
_COUNTING = (r"(?:办理|受理|办结|审结|评查|审查|审核|检查|抽查|抽检|核查|查处|处理|排查调处|排查|调处|调解|化解|"
             r"培训|考核)")
#: What opens the object's clause without naming the object: the scope, the year, the act counted.
_OBJECT_LEAD = lazy_re.compile(rf"^(?:全年|全县|全区|全市|共|累计)*{_COUNTING}")
#: A second act after the first (排查化解矛盾纠纷): what the rate is of is the act's, unsaid.
_SECOND_ACT = lazy_re.compile(_COUNTING)


#: A count's words that name an act or an average, not an object (月均受理, 日均办理).
_NO_OBJECT = lazy_re.compile(r"[月日年人]均|(?:受理|办理|办结|审结|处理|查处|调解|培训|检查|开展|组织)$")


def rate_subject(key: str, clause_start: int, label: str) -> str | None:
    """The label of a rate named by its kind alone (``label``: 优秀率) that starts a clause at
    ``clause_start``: the object the count of the clause before counts, in one sentence
    (评查案卷320卷，优秀率达到86% → 案卷优秀率; 办理行政复议案件58件，同比增长…，纠错率12.1% → 行政复议案件
    纠错率); None when the clause before counts nothing or several things (…建议112件、提案96件，办结率)."""
    if _BARE_RATE.fullmatch(label) is None:
        return None
    end = clause_start - 1
    for _ in range(2):
        if end < 1 or key[end] not in "，,":
            return None
        start = end
        while start > 0 and key[start - 1] not in "，,。；;：:！？!?\n":
            start -= 1
        clause = key[start:end]
        if _CHANGE_CLAUSE.search(clause) is None:
            break
        end = start - 1
    else:
        return None
    if "、" in clause or (found := _COUNT_END.search(clause)) is None:
        return None
    lead = _OBJECT_LEAD.match(found["object"])
    if lead is None:
        return None  # -- 月均受理14.23万件, 依托…中心排查…: no object named after the act counted --
    counted = found["object"][lead.end() :]
    if len(counted) < 2 or _SECOND_ACT.match(counted) or _NO_OBJECT.search(counted):
        return None
    return norm_key(counted) + label


#: A share written before what it is a share of (71%的煤电机组实现超低排放, 在70%左右的地市开展试点).
_SHARE_OF = lazy_re.compile(r"的(?P<noun>[^，,。；;：:、！？!?（()）\n“”]{2,16})")


_SHARE_END = lazy_re.compile(r"\d|可以|能够|就|才|将|都")


def share_of_noun(key: str, end: int) -> str | None:
    """The label of a share ending at ``end`` and followed by 的 and what it is a share of: that
    noun with what is said of it (煤电机组实现超低排放), cut before the next figure; None otherwise."""
    found = _SHARE_OF.match(key, end)
    if found is None:
        return None
    # -- …的增速就能够实现…: what the share is of, not what it makes possible --
    noun = _SHARE_END.split(found["noun"], maxsplit=1)[0]
    return noun if len(noun) >= 2 else None


__all__ = ["PLACE_NOUNS", "frame_count", "place_label", "rate_subject", "share_of_noun"]
