"""Ceremonial paragraphs of a 政府工作报告: the address (各位代表！), the thanks (在此，我代表…向…
表示衷心感谢！) and the closing call (让我们更加紧密地团结在…周围，…而努力奋斗！).

They speak to the congress, they report and plan nothing: a ceremonial measure is no plan, no
promise and no evidence of one, and ``check`` counts it among no 新增 or 删除 measures. It stays
in the tree and in the redline: it is the report's text (``Measure.ceremonial``).
"""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re
from .models import MeasureKind, Part
from .normalize import key as norm_key
from .parse_markers import split_sentences

#: The address on its own (各位代表！, 各位代表：).
_ADDRESS = lazy_re.compile(r"^各位代表[!:。]?$")
#: Thanks or tribute, at a sentence's end (…表示衷心感谢！, …致以崇高敬意！), after whom it is given to.
_THANKS = lazy_re.compile(r"(?:表示|致以)(?:衷心|诚挚|崇高|由衷|最|真诚|亲切)*(?:的)?(?:感谢|谢意|敬意|问候)[!。]?$")
#: What the year's or the term's work is owed to (过去一年取得的成绩，是…领导的结果，是…奋斗的结果).
_OWED = lazy_re.compile(r"^[^,。]{0,24}(?:成绩|成就)(?:的取得)?[,]?(?:是|归功于|得益于)[^。]*(?:结果|领导|奋斗)[。!]?$")
#: The closing call to strive (让我们…; 我们要更加紧密地团结在…周围，…而努力奋斗！), ending on ! (a
#: plan that ends on its aim, …谱写新篇章。, is no call).
_CALL = lazy_re.compile(r"(?:^让我们|团结在[^。]{0,40}周围|而(?:努力|不懈|团结|接续|共同|继续|不断)?奋斗)[^。]*!$")
#: A figure other than a year: a paragraph with one reports or plans something (新建…3000套).
_FIGURE = lazy_re.compile(r"\d(?![\d.]*年)")
#: The sentences a closing call may follow in its paragraph: a maxim or a state of mind, short.
_BEFORE_CALL = 3


def is_ceremonial_sentence(sentence: str) -> bool:
    """True for the address, a thanks or tribute, what the work is owed to, or a closing call."""
    key = norm_key(sentence).strip()
    return bool(_ADDRESS.match(key) or _THANKS.search(key) or _OWED.match(key) or _CALL.search(key))


def is_ceremonial(text: str) -> bool:
    """True for a paragraph that only addresses, thanks or calls to strive: each sentence is one
    of those (各位代表！过去一年取得的成绩，是…的结果。在此，我代表…表示衷心感谢！), or it closes on
    a call (…让我们…而努力奋斗！) after a few sentences (新征程催人奋进。); with no figure but a year's."""
    sentences = [s for s in split_sentences(text) if s.strip()]
    if not sentences or _FIGURE.search(norm_key(text)) is not None:
        return False
    if all(is_ceremonial_sentence(s) for s in sentences):
        return True
    return _CALL.search(norm_key(sentences[-1]).strip()) is not None and len(sentences) <= _BEFORE_CALL + 1


def mark_ceremonial(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """Return ``parts`` with each unnumbered paragraph that is ceremonial marked so."""
    def marked(measures):
        return tuple(replace(m, ceremonial=True)
                     if m.kind is MeasureKind.PARAGRAPH and not m.lead and is_ceremonial(m.text) else m
                     for m in measures)

    result = []
    for part in parts:
        sections = tuple(replace(section, measures=marked(section.measures)) for section in part.sections)
        result.append(replace(part, measures=marked(part.measures), sections=sections))
    return tuple(result)


__all__ = ["is_ceremonial", "is_ceremonial_sentence", "mark_ceremonial"]
