"""Calendar ordinals: a formulation is not new because the sequence it names moved on.

Reports name the party congress, the plenary session and the five-year plan they stand in by
ordinal numbers written in Chinese: 党的十九大 → 党的二十大, 十九届六中全会 → 二十届二中全会
(or two at once: 二十届二中、三中全会, or all so far: 二十届历次全会),
“十三五” → “十四五”, 十三届全国人大五次会议. Year over year these ordinals advance while the
formulation around them stays (学习贯彻党的十九大精神 → 学习贯彻党的二十大精神): like a changed
figure, which :mod:`reportdiff.expressions` masks, such a change is no new expression and no
dropped one. Only ordinals in these calendar positions are masked: “六稳”, 三重压力, 两个确立
keep their numbers, for there the number is the formulation.
"""

from __future__ import annotations

from . import lazy_re
from .expression_words import QUOTE_RE

# -- an ordinal where it names the calendar: a congress (党的二十大, 二十大精神/以来/报告), a
#    session (十四届), a plenary or a sitting (六中全会, 五次会议), a five-year plan (“十四五”,
#    十四五规划/时期, 第十四个五年). Elsewhere a number before 大 or 五 is a count, and a count is
#    the formulation (实施十大工程, 二十五条措施) --
_ORDINAL = lazy_re.compile(
    "(?:(?<=党的)[一二三四五六七八九]?十[一二三四五六七八九]?(?=大)"
    "|[一二三四五六七八九]?十[一二三四五六七八九]?(?=大(?:精神|以来|报告|代表|胜利|和|的))"
    "|[一二三四五六七八九]?十[一二三四五六七八九]?(?=届)"
    "|十[一二三四五六七八九](?=五(?:”|规划|时期|期间|末|以来|开局|的|$))"
    "|[一二三四五六七八九]+(?=中全会|次会议|中、)"
    "|(?<![一二三四五六七八九十])[一二三四五六七八九](?=五”?普法|五”)"
    "|(?<=第)[一二三四五六七八九十]+(?=个五年))"
)


def has_ordinal(key: str) -> bool:
    """True when ``key`` names a calendar ordinal."""
    # -- every ordinal holds 十, comes before 会 (中全会, 次会议) or is a quoted plan's (“八五”普法):
    #    most keys need no search --
    return ("十" in key or "会" in key or "五”" in key) and _ORDINAL.search(key) is not None


# -- plenary sessions listed together (二十届二中、三中全会) name the calendar as one does, and so
#    do the sessions held so far (二十届历次全会精神): the next year's report sums them up --
_SESSIONS = lazy_re.compile("(?:#中、)+(?=#中全会)")
_SO_FAR = lazy_re.compile("(?<=#届)历次全会")


def mask(text: str) -> str:
    """Return ``text`` with its calendar ordinals masked (as ``#``), a list of plenary sessions
    and the sessions so far (历次全会) as one."""
    masked = _ORDINAL.sub("#", text)
    if "#中、" in masked:
        masked = _SESSIONS.sub("", masked)
    return _SO_FAR.sub("#中全会", masked) if "历次全会" in masked else masked




class Calendar:
    """A report's text searched with its calendar ordinals masked, quotation marks ignored."""

    def __init__(self, keys: list[str]) -> None:
        """``keys``: the report's keys with their quotation marks, which tell a plan's ordinal
        (“十三五”易地扶贫: the marks are where the ordinal ends)."""
        self._keys = keys
        self._text: str | None = None

    def has(self, key: str) -> bool:
        """True when the text holds ``key`` (quotation marks kept, as the text's) once both have
        their calendar ordinals masked and their quotation marks removed."""
        if self._text is None:
            # -- a masked ordinal matches only where the text names one: those units are masked
            #    and searched (few keys name an ordinal), each distinct unit once --
            self._text = "\x00".join(QUOTE_RE.sub("", mask(unit)) for unit in dict.fromkeys(self._keys)
                                      if has_ordinal(unit))
        return QUOTE_RE.sub("", mask(key)) in self._text


__all__ = ["Calendar", "has_ordinal", "mask"]
