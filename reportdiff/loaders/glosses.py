"""Mirror sites' noise in a report's text: pinyin glosses and stray commas, removed.

Many sites that re-serve government reports (often converted to Traditional script) print
the pinyin of some characters in brackets after them, ``政府工作報(bào)告``, ``經(jīng)濟(jì)``,
and scatter commas that were never written, ``開幕,,國務院``, ``報告,。``, ``一,、過去一年``.
Read as they stand, every paragraph differs from last year's report, glosses turn up as new
expressions (``dòng``) and ``一,、`` is no part heading. Both are mended for every reader,
before parsing and for display alike (``RawDocument`` calls :func:`mend_glossed`).

- A gloss is only taken for one on a page that has several with tone marks: a report's own
  brackets never hold pinyin, and one odd ``(a)`` on a clean page is left as written. On such
  a page, a bracketed pinyin syllable right after a Han character goes, toneless ones
  (``的(de)``) too.
- A comma beside another punctuation mark (``,,`` ``,。`` ``,、`` ``。，``) says nothing in any
  report; it is dropped (one of two commas kept) on a glossed page or one with several such
  commas. A single one on a clean page is the writer's slip and stays as written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from .. import lazy_re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"
# -- one pinyin syllable: an initial, a vowel run, a nasal or 儿 ending (no dictionary needed:
#    a report's bracketed Latin is an abbreviation in capitals, a letter, or a word of English) --
_SYLLABLE = rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv{_TONED}]+(?:ng|n|r)?"
_GLOSS = lazy_re.compile(rf"(?<=[\u3400-\u9fff])[(（]({_SYLLABLE})[)）]")
_TONED_GLOSS = lazy_re.compile(rf"(?<=[\u3400-\u9fff])[(（][a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*[)）]")
#: Glosses with tone marks a page must hold before any bracketed syllable is taken for one.
MIN_GLOSSES = 3
#: Stray commas that mark a clean (unglossed) page as a mirror's too.
MIN_STRAY_COMMAS = 3
# -- the commas of a run after its first, a comma before or after another mark --
_STRAY_COMMA = lazy_re.compile(r"(?<=[,，])[,，]+|[,，]+(?=[。、；;！？!?])|(?<=[。、；;！？!?])[,，]+")

P = TypeVar("P")


def glossed(texts: list[str]) -> bool:
    """Whether these texts (one document's) carry a mirror site's pinyin glosses."""
    return _at_least(_TONED_GLOSS, texts, MIN_GLOSSES)


def _at_least(pattern: re.Pattern, texts: list[str], wanted: int) -> bool:
    count = 0
    for text in texts:
        count += len(pattern.findall(text))
        if count >= wanted:
            return True
    return False


def mend(text: str, *, glosses: bool, commas: bool = True) -> str:
    """``text`` without its stray commas and, on a glossed page, without its pinyin glosses."""
    if glosses and ("(" in text or "（" in text):
        text = _GLOSS.sub("", text)
    if commas and ("," in text or "，" in text):
        text = _STRAY_COMMA.sub("", text)
    return text


def _noise(texts: list[str]) -> tuple[bool, bool]:
    """Whether one document's texts are a mirror's: (glosses to drop, stray commas to drop)."""
    glosses = glossed(texts)
    return glosses, glosses or _at_least(_STRAY_COMMA, texts, MIN_STRAY_COMMAS)


def mend_texts(texts: list[str]) -> list[str]:
    """One document's texts mended as :func:`mend_glossed` mends its paragraphs."""
    glosses, commas = _noise(texts)
    if not commas:
        return texts
    return [mend(text, glosses=glosses) for text in texts]


def mend_glossed(paragraphs: tuple[P, ...]) -> tuple[P, ...]:
    """``paragraphs`` (loaders' ``Paragraph``) mended in their text, lead phrase and cells;
    the same tuple when nothing changed."""
    glosses, commas = _noise([paragraph.text for paragraph in paragraphs])
    if not commas:
        return paragraphs
    mended = []
    for paragraph in paragraphs:
        text = mend(paragraph.text, glosses=glosses)
        if text == paragraph.text:
            mended.append(paragraph)
            continue
        table = paragraph.table and tuple(tuple(mend(cell, glosses=glosses) for cell in row) for row in paragraph.table)
        mended.append(replace(paragraph, text=text, lead=mend(paragraph.lead, glosses=glosses), table=table))
    return paragraphs if all(a is b for a, b in zip(mended, paragraphs)) else tuple(mended)


__all__ = ["MIN_GLOSSES", "MIN_STRAY_COMMAS", "glossed", "mend", "mend_glossed", "mend_texts"]
