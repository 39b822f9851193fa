"""What makes two alike labels name two indicators: the subject a contribution or an effect is
of (消费对经济增长的贡献率, 科技进步对经济增长的贡献率, and 对全球经济增长的贡献率 of the country
itself) is part of the indicator's name; the government or the country named or left unsaid is
one subject (中央对地方转移支付, 对地方转移支付)."""

from __future__ import annotations

import re

#: 对 as a preposition after its subject (消费|对经济增长的贡献率), not inside a word (对外开放,
#: 对口支援, 针对, 应对, 面对, 相对).
_TOWARDS = re.compile(r"(?<![针应面相绝核比])对(?![外口接象标话照内称于])")


def subject_of(label: str) -> str | None:
    """Return what a label of the shape ``A对B…`` says is acting (消费, or "" when it says none:
    对全球经济增长的贡献率), or None for a label of another shape."""
    found = _TOWARDS.search(label)
    return None if found is None else label[: found.start()]


#: A subject that is the speaker itself, as one without a subject is (中央对地方转移支付 and
#: 对地方转移支付: the same transfers): the country, the government or its finances.
_SELF = re.compile(r"(?:中央|国家|我国|全国|全省|全市|全县|全区|省|市|县|区|各级)?级?(?:财政|政府)?")


def other_subjects(a: str, b: str) -> bool:
    """True when both labels name what acts on something and name different actors
    (消费对经济增长的贡献率 and 对全球经济增长的贡献率, the country's own)."""
    first, second = subject_of(a), subject_of(b)
    if first is None or second is None:
        return False
    first, second = ("" if _SELF.fullmatch(s) else s for s in (first, second))
    return first != second


__all__ = ["other_subjects", "subject_of"]
