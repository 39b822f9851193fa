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
- **A space between an ideograph and a number or Latin word.** pdftotext sets one wherever the
  font changes (``新登記經營主體 4385 戶``, ``2025 年``), web typography adds one around every
  number (盘古之白) and a copied page leaves ``&nbsp;`` there: Chinese has no word gaps, so one
  such space is layout, and left in place it parts a figure from its unit and label. A number
  opening the paragraph (a footnote's ``1 指…``, a marker) keeps its space unless it is a year.
  The parser drops it (``ungap_paragraphs``) once wrapped lines are joined: widths are measured
  on the lines as printed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from .. import lazy_re

# -- (tested by code point: a regular expression of these ranges costs 3 ms to compile on every run) --
_IDEOGRAPHS = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"))
_IDEOGRAPH_CLASS = "".join(f"{low}-{high}" for low, high in _IDEOGRAPHS)
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


#: A number beside a spaced-out stretch, with one space to an ideograph on its far side.
_NUMBER_GAP_AFTER = lazy_re.compile(f"([0-9][0-9.%]*) (?=[{_IDEOGRAPH_CLASS}])")
_NUMBER_GAP_BEFORE = lazy_re.compile(f"(?<=[{_IDEOGRAPH_CLASS}]) ([0-9][0-9.%]*)$")


def _unspace(text: str) -> str:
    out: list[str] = []
    last = 0
    for match in _STRETCH.finditer(text):
        if not _spaced_word(match.group()):
            continue
        start, end = match.span()
        # -- the one space between the stretch and an ideograph or digit beside it is layout too --
        before = text[last:start]
        if start >= 2 and text[start - 1] == " " and not text[start - 2].isspace() and start - 1 >= last \
                and _joins(text[start - 2]) and _joins(text[start]):
            # -- and a number so joined loses its other gap too (在 2026 年 1 月 → 在2026年1月):
            #    glued on one side, ungap would keep it --
            before = _NUMBER_GAP_BEFORE.sub(r"\1", text[last:start - 1])
        out.append(before)
        out.append(match.group().replace(" ", ""))
        last = end
        if end + 1 < len(text) and text[end] == " " and not text[end + 1].isspace() \
                and _joins(text[end - 1]) and _joins(text[end + 1]):
            last = end + 1
            if (after := _NUMBER_GAP_AFTER.match(text, last)):
                out.append(after.group(1))  # -- 1 月 12 日 → 1月12日 --
                last = after.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _zero(match: re.Match[str]) -> str:
    run = match.group()
    return run.translate(_ZEROS) if any(c in run for c in _ZERO_LIKE) else run


#: One space (or no-break space) between an ideograph and a Latin letter or digit, either way round.
_GAP = lazy_re.compile(f"(?<=[{_IDEOGRAPH_CLASS}])[ \xa0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \xa0](?=[{_IDEOGRAPH_CLASS}])")
#: A number or Latin word (6.3%, 4385, ODR, 5G).
_LATIN_RUN = lazy_re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z.%]*[0-9A-Za-z%])?")
#: What a count's unit starts with, in either script: a number gapped from it is one figure.
_UNITS = frozenset("件次个個名人户戶家项項场場万萬亿億元批起份条條所座处處台辆輛张張吨噸亩畝期篇")
#: A short number opening the paragraph before the gap: a note's number or a marker, no year.
_OPENING_NUMBER = lazy_re.compile(r"\d{1,3}")


def _side(text: str, at: int, step: int) -> str:
    """What stands beside a run at ``at`` (its first character outside, going ``step``): ``gap``
    (one space, then an ideograph), ``glued`` (an ideograph), ``edge`` (the line's end or a
    punctuation mark), or ``other`` (a Latin word or number, several spaces)."""
    if not 0 <= at < len(text):
        return "edge"
    char = text[at]
    if char in " \xa0":
        beyond = at + step
        if 0 <= beyond < len(text) and _ideograph(text[beyond]):
            return "gap"
        return "other"
    if _ideograph(char):
        return "glued"
    return "other" if char.isalnum() or char.isspace() else "edge"


def ungap(text: str) -> str:
    """Drop the one space between a number or Latin word and an ideograph where the run stands
    apart from every neighbour so (主體 4385 戶, 同比增長 6.3%，, 2025 年): that is layout.
    Glued to an ideograph on one side (表1 主要预期目标), beside other Latin text or numbers
    (GDP 5%, 项目 3 2), or a short number opening the paragraph (a note's 1 指…), it stays."""
    drop: set[int] = set()
    for run in _LATIN_RUN.finditer(text):
        start, end = run.span()
        left, right = _side(text, start - 1, -1), _side(text, end, 1)
        if left == "glued" and right == "gap" and run.group()[-1].isdigit() and text[end + 1] in _UNITS:
            # -- 全年對32 件: a line pdftotext opened with 32 was joined to the line before, glued
            #    there; the gap before its unit is still layout --
            drop.add(end)
            continue
        if "gap" not in (left, right) or "other" in (left, right) or "glued" in (left, right):
            continue
        if start == 0 and _OPENING_NUMBER.fullmatch(run.group()):
            continue
        drop.update(at for at, side in ((start - 1, left), (end, right)) if side == "gap")
    if not drop:
        return text
    return "".join(char for index, char in enumerate(text) if index not in drop)


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


def ungap_paragraphs(paragraphs: tuple[P, ...]) -> tuple[P, ...]:
    """``paragraphs`` with :func:`ungap` applied to their prose (tables keep their cells). The
    parser calls it once lines are joined into paragraphs: the wrap width is measured on the lines
    as printed, where pdftotext's spaces stand for the gaps the printer set around numbers."""
    mended = tuple(paragraph if paragraph.table is not None or not _GAP.search(paragraph.text)
                   else replace(paragraph, text=ungap(paragraph.text)) for paragraph in paragraphs)
    return paragraphs if all(a is b for a, b in zip(mended, paragraphs)) else mended


__all__ = ["mend", "mend_paragraphs", "ungap", "ungap_paragraphs"]
