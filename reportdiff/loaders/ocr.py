"""Layout and glyph noise of scanned (OCR'd) reports, mended before parsing and for display alike.

- **Letter-spaced characters.** OCR of a justified or letter-spaced line reads a space between
  every two characters: ``三 是 落 实“谁执法谁普法”``, ``4 9 件``, ``9 9 . 5 %``. Chinese puts no
  spaces between ideographs, so such spaces are layout, like a line wrap: a stretch of three or
  more single characters each one space apart is read as one word when it holds an ideograph
  (``2 0 2 5 年`` is a year) or spells a number with a point or a percent sign (``2 8 . 6``), and
  the one space joining it to a neighbouring ideograph or digit goes with it. Words of Latin text
  (``Python 3.11``, ``GDP 5%``), cells set apart by several spaces, and lone spaced digits
  (``3 2`` may be two table cells) stay as they are.
- **O for 0.** OCR reads 0 inside a digit run as the letter O/o or as 〇: ``2O26年``, ``2〇27年``,
  ``1OO%``. A run that starts with a digit and stands apart from Latin letters is a number, so
  its O, o and 〇 are zeros. 〇 among Chinese numerals (二〇二五年) is a numeral and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from .. import lazy_re

# -- (tested by code point: a regular expression of these ranges costs 3 ms to compile on every run) --
_IDEOGRAPHS = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"))
_JOINING = (("\u3000", "\u303f"), *_IDEOGRAPHS, ("\uff00", "\uffef"), ("0", "9"))
_JOINING_MARKS = frozenset("“”‘’…—·《》")

# -- three or more single characters, each one plain space from the next, with no other
#    character touching the stretch on either side --
_STRETCH = lazy_re.compile(r"(?<!\S)\S(?: \S){2,}(?!\S)")
_NUMBER = lazy_re.compile(r"[+\-]?\d+(?:\.\d+)?%?")
# -- cheap test first: most report lines hold no "x y z" at all --
_ANY_STRETCH = lazy_re.compile(r"\S \S \S")

_DIGIT = "0-9０-９"
_ZERO_LIKE = "Oo〇"
_RUN = lazy_re.compile(f"(?<![A-Za-z{_DIGIT}{_ZERO_LIKE}.])[{_DIGIT}][{_DIGIT}{_ZERO_LIKE}.]*[{_DIGIT}{_ZERO_LIKE}](?![A-Za-z])")
_ANY_ZERO_LIKE = lazy_re.compile(f"[{_DIGIT}][{_ZERO_LIKE}]")
_ZEROS = str.maketrans({"O": "0", "o": "0", "〇": "0"})


def _ideograph(char: str) -> bool:
    return any(low <= char <= high for low, high in _IDEOGRAPHS)


def _joins(char: str) -> bool:
    """A character a layout space beside a spaced-out word is no word gap next to: CJK or a digit."""
    return char in _JOINING_MARKS or any(low <= char <= high for low, high in _JOINING)


def _spaced_word(stretch: str) -> bool:
    joined = stretch.replace(" ", "")
    return any(map(_ideograph, joined)) or (
        ("." in joined or "%" in joined) and _NUMBER.fullmatch(joined) is not None)


def _unspace(text: str) -> str:
    out: list[str] = []
    last = 0
    for match in _STRETCH.finditer(text):
        if not _spaced_word(match.group()):
            continue
        start, end = match.span()
        # -- the one space between the stretch and an ideograph or digit beside it is layout too --
        if start >= 2 and text[start - 1] == " " and not text[start - 2].isspace() and start - 1 >= last \
                and _joins(text[start - 2]) and _joins(text[start]):
            start -= 1
        out.append(text[last:start])
        out.append(match.group().replace(" ", ""))
        last = end
        if end + 1 < len(text) and text[end] == " " and not text[end + 1].isspace() \
                and _joins(text[end - 1]) and _joins(text[end + 1]):
            last = end + 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _zero(match: re.Match[str]) -> str:
    run = match.group()
    return run.translate(_ZEROS) if any(c in run for c in _ZERO_LIKE) else run


def mend(text: str) -> str:
    """``text`` with letter-spacing removed from spaced-out words and O/〇 read as 0 in numbers."""
    if " " in text and _ANY_STRETCH.search(text):
        text = _unspace(text)
    if _ANY_ZERO_LIKE.search(text):
        text = _RUN.sub(_zero, text)
    return text


P = TypeVar("P")


def mend_paragraphs(paragraphs: tuple[P, ...]) -> tuple[P, ...]:
    """``paragraphs`` (loaders' ``Paragraph``) with OCR noise mended in their prose (tables keep
    their cells: spaced digits there may be columns); the same tuple when nothing changed."""
    mended = tuple(paragraph if paragraph.table is not None or (text := mend(paragraph.text)) == paragraph.text
                   else replace(paragraph, text=text) for paragraph in paragraphs)
    return paragraphs if all(a is b for a, b in zip(mended, paragraphs)) else mended


__all__ = ["mend", "mend_paragraphs"]
