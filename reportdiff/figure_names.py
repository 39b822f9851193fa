"""What makes two alike labels name two indicators: the subject a contribution or an effect is
of (消费对经济增长的贡献率, 科技进步对经济增长的贡献率, and 对全球经济增长的贡献率 of the country
itself) is part of the indicator's name; the government or the country named or left unsaid is
one subject (中央对地方转移支付, 对地方转移支付)."""

from __future__ import annotations

from . import lazy_re
from .normalize import shared_ends

#: 对 as a preposition after its subject (消费|对经济增长的贡献率), not inside a word (对外开放,
#: 对口支援, 针对, 应对, 面对, 相对).
_TOWARDS = lazy_re.compile(r"(?<![针应面相绝核比])对(?![外口接象标话照内称于])")


def subject_of(label: str) -> str | None:
    """Return what a label of the shape ``A对B…`` says is acting (消费, or "" when it says none:
    对全球经济增长的贡献率), or None for a label of another shape."""
    found = _TOWARDS.search(label)
    return None if found is None else label[: found.start()]


#: A subject that is the speaker itself, as one without a subject is (中央对地方转移支付 and
#: 对地方转移支付: the same transfers): the country, the government or its finances.
_SELF = lazy_re.compile(r"(?:中央|国家|我国|全国|全省|全市|全县|全区|省|市|县|区|各级)?级?(?:财政|政府)?")


def other_subjects(a: str, b: str) -> bool:
    """True when both labels name what acts on something and name different actors
    (消费对经济增长的贡献率 and 对全球经济增长的贡献率, the country's own)."""
    first, second = subject_of(a), subject_of(b)
    if first is None or second is None:
        return False
    first, second = ("" if _SELF.fullmatch(s) else s for s in (first, second))
    return first != second


def other_words(a: str, b: str) -> bool:
    """True for two labels that are each one word of two characters, and not the same (学位 and
    托位, 床位 and 车位): one character alike is no likeness of what they count."""
    if a == b or len(a) != 2 or len(b) != 2:
        return False
    from .segment import tokenize  # -- the dictionary loads lazily --

    return len(tokenize(a)) == 1 and len(tokenize(b)) == 1


#: What a per-head or per-year basis of a figure reads like at a label's end (财政补助由每人每年
#: 380元): how the amount is counted, not what it is of.
_PER_HEAD = lazy_re.compile(r"(?:由|从)?(?:每人每年|每人每月|每人|每户|每年|年人均|人均)$")


#: The rest of a scope cut short at a label's start (地级及|以上城市细颗粒物…): never a noun.
_CUT_SCOPE = lazy_re.compile(r"^及?以上(?:城市|地区)?")


def without_basis(label: str) -> str:
    """Return ``label`` less a per-head basis at its end (财政补助由每人每年 → 财政补助) and the
    rest of a scope cut short at its start (以上城市细颗粒物平均浓度 → 细颗粒物平均浓度)."""
    shorter = _CUT_SCOPE.sub("", _PER_HEAD.sub("", label))
    return shorter if len(shorter) >= 2 else label


#: 从 or 由 with a few words between it and the figure (起征点从月销售额3万元): the start of a
#: 从…到 pair, those words its basis; 从事, 从严, 由于 are other words.
_FROM_BASIS = lazy_re.compile(r"(?<=..)[从由](?![事业严而于此头来])[^从由]{2,6}$")
#: What follows the 从 side of a pair right after its figure (3万元提高到, 5千多户增加到).
_TO_AFTER = lazy_re.compile(r"(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|压缩|缩减|缩短|缩小|精简|压减|降)(?:到|至)|增至|降至")


def named_before_from(key: str, start: int, number: int, end: int) -> str | None:
    """The words before 从 of the clause ``key[start:number]`` when the figure there (ending at
    ``end``) is the 从 side of a pair and a basis stands between (起征点从月销售额3万元提高到10万元:
    the indicator is named before 从, the rest says what the amount is counted in), else None."""
    basis = _FROM_BASIS.search(key, start, number)
    if basis is None or _TO_AFTER.match(key, end) is None:
        return None
    named = key[start : basis.start()]
    # -- 阶段性将小规模纳税人增值税起征点从…: what 将 takes is the indicator --
    taken = max(named.rfind("将"), named.rfind("把"))
    return named[taken + 1 :] if len(named) - taken > 2 else named


def other_qualifiers(a: str, b: str) -> bool:
    """True for two indicators of one subject told apart by words in the middle that share at most
    a character (政务服务事项网上可办率 and …全程网办率, 城镇调查失业率 and 城镇登记失业率); not one
    name spelled out (受理行政复议案件 and 受理行政复议申请案件, 零售总额 and 零售额)."""
    head, tail = shared_ends(a, b)
    if head < 2 or tail < 1:
        return False
    mine, theirs = a[head : len(a) - tail], b[head : len(b) - tail]
    return len(mine) >= 2 and len(theirs) >= 2 and len(set(mine) & set(theirs)) <= 1


#: Verbs a count of cases is named by alone (審結1587件 after 受理行政复议案件1652件).
_CASE_VERBS = ("受理", "办理", "办结", "审结", "结案", "立案", "收案", "审查", "处理", "查处", "调解")
#: Verbs of receiving what is counted, before what they name (收到行政复议申请120件): the object a
#: case verb after it takes (受理108件 → 行政复议申请受理).
_INTAKE_VERBS = ("收到", "接收", "接到", "新收")
#: How a case ended or was answered, counted alone after the cases (其中维持52件、撤销9件; 败诉3件):
#: the outcome of that kind of case (行政复议维持, 行政诉讼败诉).
_CASE_OUTCOMES = frozenset((
    "维持", "撤销", "确认违法", "确认无效", "驳回", "驳回申请", "驳回起诉", "驳回诉讼请求", "驳回复议申请",
    "变更", "责令履行", "终止", "终止审理", "和解", "调解和解", "纠错", "直接纠错", "不予受理",
    "败诉", "胜诉", "应诉", "一审应诉", "二审应诉", "出庭应诉", "撤诉", "调撤"))
#: What the cases are called at a label's end, less which the kind of case is left (行政复议案件 →
#: 行政复议, 行政诉讼案件 → 行政诉讼, 行政复议申请 → 行政复议).
_CASE_NOUNS = ("案件", "申请", "案")
#: Words before a bare verb that say how it was done, not what (依法受理98件, 全部办结, 均予维持).
_MANNER = ("依法依规", "依法", "全部", "当场", "现场", "及时", "按期", "按时", "直接", "均", "已", "予以", "均予", "其中")


#: Verbs a count of documents is named by alone (废止7件、修改5件 after 清理…规范性文件41件).
_DOCUMENT_VERBS = ("废止", "修改", "修订", "保留", "撤销", "宣布失效", "失效", "暂停执行")
#: Verbs of going through the documents, before what they name (清理涉及市场主体的规范性文件).
_REVIEW_VERBS = ("清理", "审查", "审核", "梳理", "排查", "备案")


def _bare_verb(label: str) -> str:
    """The verb of a label less the words of manner before it (依法受理 → 受理, 全部办结 → 办结)."""
    stripped = True
    while stripped:
        stripped = False
        for word in _MANNER:
            if label.startswith(word) and len(label) - len(word) >= 2:
                label, stripped = label[len(word):], True
                break
    return label


def _cases_named(label: str) -> str | None:
    """The cases a count before names (受理行政复议案件 → 行政复议案件, 收到行政复议申请 → 行政复议申请,
    行政诉讼案件 as it stands), or None for a label of something else."""
    verb = next((v for v in _CASE_VERBS + _INTAKE_VERBS if label.startswith(v)), None)
    if verb is not None:
        return label[len(verb):] if len(label) - len(verb) >= 2 else None
    return label if label.endswith(_CASE_NOUNS) and len(label) > 3 else None


def _kind_of_case(cases: str) -> str:
    """The kind of case its name says (行政复议案件 → 行政复议), the name where nothing is left."""
    for noun in _CASE_NOUNS:
        if cases.endswith(noun) and len(cases) - len(noun) >= 2:
            return cases[: -len(noun)]
    return cases


def object_of_verb(label: str, earlier: list[tuple[str, str]], unit: str) -> str:
    """Return a label that is a verb alone (审结, 依法受理, 维持) with the object a figure before it
    in the sentence names (受理行政复议案件 → 行政复议案件审结, 收到行政复议申请 → 行政复议申请受理,
    清理…规范性文件 → 规范性文件修改), an outcome with the kind of case (审结行政复议案件 → 行政复议维持,
    办理行政诉讼案件 → 行政诉讼败诉); ``earlier`` holds (label, unit) of those figures, nearest last.
    The nearest figure of the same unit naming documents or cases is the one."""
    verb = _bare_verb(label)
    document, case, outcome = verb in _DOCUMENT_VERBS, verb in _CASE_VERBS, verb in _CASE_OUTCOMES
    if not (document or case or outcome):
        return label
    for other, other_unit in reversed(earlier):
        if other_unit != unit:
            continue
        review = next((v for v in _REVIEW_VERBS if other.startswith(v)), None) if document else None
        if review is not None:
            noun = other[len(review):].rpartition("的")[2]
            if len(noun) >= 2:
                return noun + verb
        cases = _cases_named(other) if case or outcome else None
        if cases is not None:
            return (cases if case else _kind_of_case(cases)) + verb
    return label


__all__ = ["named_before_from", "object_of_verb", "other_qualifiers", "other_subjects", "other_words", "subject_of", "without_basis"]
