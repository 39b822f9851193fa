"""The marker grammar of report paragraphs (一、 (一) 1. (1) 一是), sentences, and a line's printed width.

Markers are matched after width folding, so （一） and (一), 1． and 1. are the same.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lazy_re


NUMERALS = "一二三四五六七八九十"
PART_RE = lazy_re.compile(rf"^\s*([{NUMERALS}]+)\s*、\s*")
SECTION_RE = lazy_re.compile(rf"^\s*\(\s*([{NUMERALS}]+)\s*\)\s*[、.]?\s*")
# -- 1、2024年… is an item; 1.5亿元 is not (a dot followed by a digit is a decimal point) --
ITEM_RE = lazy_re.compile(r"^\s*(\d{1,2})\s*(?:、|\.(?!\d))\s*")
PAREN_ITEM_RE = lazy_re.compile(r"^\s*\(\s*(\d{1,2})\s*\)\s*[、.]?\s*")
_POINT_RE = lazy_re.compile(rf"([{NUMERALS}]+)是")
#: Items as a WeChat article or a slide types them: a circled number (① is item 1; NFKC folds it to
#: a bare 1, so it is matched before folding) or a bullet, an item numbered by its place.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
BULLETS = "•●▪◆■"
_LISTED_RE = lazy_re.compile(rf"^[\s\u3000]*([{CIRCLED}{BULLETS}])[\s\u3000\xa0]*")
#: Part headings some reports write instead of 一、: 第一部分…, and 一. / 一． (a web page's or a
#: PDF's typing); the parser takes them as parts only in a report without any 一、 heading, or,
#: 第一部分 alone, over 一、 sections (city and county 政府工作报告: 第一部分 2025年工作回顾 / 一、…).
CHAPTER_RE = lazy_re.compile(rf"^\s*第([{NUMERALS}]+)部分\s*[、:.]?\s*")
DOTTED_PART_RE = lazy_re.compile(rf"^\s*([{NUMERALS}]+)\s*\.\s*")
_MARKERS = (PART_RE, SECTION_RE, ITEM_RE, PAREN_ITEM_RE, CHAPTER_RE, DOTTED_PART_RE)
SENTENCE_END = "。;!?"


def marker_prefix(regex: re.Pattern[str], text: str) -> tuple[str, str] | None:
    """Match ``regex`` on the width-folded start of ``text``; return (numeral, original marker).
    A symbol decorating the heading (📌一、, ▶（一）, as WeChat editors set them) is part of the marker."""
    folded, origin = folded_head(text[:16])
    match = regex.match(folded)
    skip = 0
    if not match:
        skip = _decoration(folded)
        match = regex.match(folded[skip:]) if skip else None
        if not match:
            return None
    return match.group(1), text[: origin[skip + match.end()]]


#: How many characters a heading's decoration may take (an emoji, its variation selector, a space).
_DECORATION_MAX = 4


def _decoration(folded: str) -> int:
    """How many characters of pictographs and symbols (So: 📌 ▶ ★ ■, with their joiners and
    variation selectors, and spaces) open ``folded``; 0 when it opens with none."""
    count = 0
    for ch in folded[:_DECORATION_MAX]:
        if unicodedata.category(ch) == "So" or ch in "\ufe0f\ufe0e\u200d" or (count and ch.isspace()):
            count += 1
        else:
            break
    return count if count and unicodedata.category(folded[0]) == "So" else 0


_POINT_OPENING = lazy_re.compile(rf"^\s*[{NUMERALS}]+是")
#: A line leading into the table below it (主要指标完成情况如下：): one clause or a few, ending in a
#: colon (width-folded), no sentence before it.
LEAD_IN = lazy_re.compile(r"^[^。；;！？!?]{2,60}[:：]$")


def undecorated(text: str) -> str:
    """``text`` without a symbol decorating its marker (📌一、, ▶（一）, ★1., ✅一是): the symbol is
    set like a bullet, not one of the heading's words, so headings, outlines and redlines show
    the text's own words. A symbol before anything but a marker stays (★表示…)."""
    folded, origin = folded_head(text[:16])
    skip = _decoration(folded)
    if not skip or not any(regex.match(folded[skip:]) for regex in (*_MARKERS, _POINT_OPENING)):
        return text
    return text[origin[skip]:]


@lru_cache(maxsize=8192)
def folded_head(head: str) -> tuple[str, tuple[int, ...]]:
    # -- every paragraph is tried against several markers: fold its start once --
    folded = []
    origin = []
    for offset, ch in enumerate(head):
        for out in unicodedata.normalize("NFKC", ch):
            folded.append(out)
            origin.append(offset)
    origin.append(len(head))
    return "".join(folded), tuple(origin)


def listed_item(text: str) -> tuple[int | None, str] | None:
    """Return (number, marker) of an item opened by a circled number (``①`` → 1) or a bullet
    (``•`` → None: numbered by its place); else None. A mark alone on its line, or a bullet
    before a digit (• 2024), opens nothing."""
    match = _LISTED_RE.match(text[:16])
    if not match or match.end() == len(text.rstrip()):
        return None
    mark = match.group(1)
    if mark in CIRCLED:
        return CIRCLED.index(mark) + 1, match.group(0)
    return None if text[match.end()].isdigit() else (None, match.group(0))


def title_of(body: str) -> str:
    """Return the lead phrase of a measure body: up to the first 。 (or a short prefix), or the
    subheading that leads it, set apart from the body by an ideographic space (强化执法监督　全年…:
    the reader's mark of a subheading on a line of its own over its body)."""
    end = body.find("。")
    head = body if end == -1 else body[:end]
    lead, gap, rest = head.strip().partition("\u3000")
    if gap and lead and rest.strip() and display_len(lead) <= _LEAD_MAX:
        return lead
    return head.strip()


#: How wide a subheading titling its body may be (two phrases of a subheading's shape, a comma between).
_LEAD_MAX = 30


def split_sentences(text: str) -> list[str]:
    """Split at 。；;！？ keeping each sentence's end mark; blank pieces are dropped."""
    sentences: list[str] = []
    start = 0
    # -- a character ends a sentence when its width-folded form is an end mark; folding every
    #    character of a long text one by one was most of this function's time, so the text's
    #    distinct characters are judged once and the ends found by a pattern of them --
    for end in _sentence_ends(frozenset(text)).finditer(text):
        sentences.append(text[start : end.end()])
        start = end.end()
    sentences.append(text[start:])
    return [s for s in sentences if s.strip(" \u3000")]


_ENDS_SENTENCE: dict[str, bool] = {}
_END_PATTERNS: dict[frozenset[str], re.Pattern[str]] = {}


def _sentence_ends(chars: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching those of ``chars`` whose width-folded form is a sentence end mark."""
    ends = []
    for ch in chars:
        known = _ENDS_SENTENCE.get(ch)
        if known is None:
            known = _ENDS_SENTENCE[ch] = unicodedata.normalize("NFKC", ch) in SENTENCE_END
        if known:
            ends.append(ch)
    key = frozenset(ends)
    pattern = _END_PATTERNS.get(key)
    if pattern is None:
        # -- an empty class never matches: (?!) --
        pattern = _END_PATTERNS[key] = re.compile("[" + "".join(map(re.escape, sorted(key))) + "]" if key else "(?!)")
    return pattern


def split_points(text: str, continue_from: int = 1) -> list[tuple[str | None, str]]:
    """Split a paragraph at 一是/二是… points; return (numeral or None for lead-in, text) pieces.

    A point only starts at the paragraph start or right after a sentence end, and the
    numerals must run 一, 二, 三 … in order, so 统一是 or a stray 二是 do not split.
    A paragraph may continue the points of the one before it (二是 on its own line
    after a line starting 一是): ``continue_from`` is the numeral it may start at.
    """
    expected = continue_from if text.startswith(chinese_numeral(continue_from) + "是") else 1
    cuts: list[tuple[int, str]] = []
    for match in _POINT_RE.finditer(text):
        start = match.start()
        before = text[:start].rstrip(" \u3000\n")
        if before and unicodedata.normalize("NFKC", before[-1]) not in SENTENCE_END + ":,":
            continue
        numeral = match.group(1)
        if numeral != chinese_numeral(expected):
            continue
        cuts.append((start, numeral))
        expected += 1
    if not cuts or (len(cuts) == 1 and cuts[0][0] != 0):
        return [(None, text)]
    pieces: list[tuple[str | None, str]] = []
    if cuts[0][0] > 0:
        pieces.append((None, text[: cuts[0][0]]))
    for (start, numeral), nxt in zip(cuts, [*(c[0] for c in cuts[1:]), len(text)]):
        pieces.append((numeral, text[start:nxt]))
    return pieces


def chinese_numeral(n: int) -> str:
    """Return 1..99 as counted in report markers: 一 … 十, 十一 … 二十, 二十一 …"""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else NUMERALS[tens - 1] + "十")
    return head + (NUMERALS[ones - 1] if ones else "")


NUMERAL_VALUES = {chinese_numeral(n): n for n in range(1, 100)}


def is_marker_line(text: str) -> bool:
    # -- every marker starts, after width folding and spaces, with a numeral, a digit or "(":
    #    most lines start otherwise and need no pattern at all --
    first = folded_head(text[:16])[0].lstrip()[:1]
    if not (first in NUMERALS or first == "(" or first == "第" or first.isdecimal()) or not first:
        return listed_item(text) is not None
    return any(marker_prefix(regex, text) for regex in _MARKERS) or bool(
        re.match(rf"^[{NUMERALS}]是", text)
    ) or listed_item(text) is not None


class _WideChars(dict):
    """Whether a character is wide (East Asian width W or F), looked up once per character:
    a report's lines are measured in C, not character by character in Python."""

    def __missing__(self, char: str) -> bool:
        wide = self[char] = unicodedata.east_asian_width(char) in "WF"
        return wide


_WIDE = _WideChars()


@lru_cache(maxsize=65536)
def display_len(text: str) -> float:
    """Width of a line in full-width characters: a Latin letter, digit or half-width mark is
    half of one and a space a quarter (text from PDFs spaces out digits: 2024 年). Memoised:
    finding the wrap width, the header and the joins measures every line several times."""
    text = text.strip()
    wide = sum(map(_WIDE.__getitem__, text))
    spaces = text.count(" ")
    return wide + 0.5 * (len(text) - wide - spaces) + 0.25 * spaces


def prefix_only(line: str) -> bool:
    """A marker alone on its line (``1．``, ``（一）``), its text on the next line."""
    for regex in _MARKERS:
        found = marker_prefix(regex, line)
        if found:
            return not line[len(found[1]):].strip()
    return False


#: An address alone on its line, in either script and either width of punctuation: 各位代表！,
#: 各位委员：, 同志们！, 各位代表、同志们！, 各位政协委员 (a 政府工作报告 turns from one stretch to the
#: next with it).
_ADDRESSEE = r"(?:各位(?:人大)?代表|各位(?:政协|政協)?委[员員]|同志[们們]|朋友[们們])"
_ADDRESS_ONLY = lazy_re.compile(rf"^\s*{_ADDRESSEE}(?:\s*[、，,和]\s*{_ADDRESSEE})*\s*[!！。.,，:：]?\s*$")


#: …and a line opening on one (各位代表！五年来，…; 同志们，…).
_ADDRESS_OPENING = lazy_re.compile(rf"^\s*{_ADDRESSEE}(?:\s*[、，,和]\s*{_ADDRESSEE})*\s*[!！.,，:：]")


def is_address(text: str) -> bool:
    """Whether ``text`` is only an address to the congress (各位代表！): no measure, no promise."""
    return _ADDRESS_ONLY.match(text) is not None


def opens_with_address(text: str) -> bool:
    """Whether ``text`` opens on an address to the congress (各位代表！, 各位代表，…), as a speech's
    paragraph does."""
    return _ADDRESS_OPENING.match(text) is not None


def is_heading_line(text: str) -> bool:
    """A part or section heading alone on its line (one carrying its body may wrap)."""
    body = text.rstrip().rstrip("。")
    return any(marker_prefix(regex, text) for regex in (PART_RE, SECTION_RE, CHAPTER_RE, DOTTED_PART_RE)) and (
        "。" not in body)


__all__ = [
    "CHAPTER_RE", "DOTTED_PART_RE", "ITEM_RE", "NUMERALS", "NUMERAL_VALUES", "PAREN_ITEM_RE", "PART_RE", "SECTION_RE", "SENTENCE_END",
    "LEAD_IN", "chinese_numeral", "display_len", "undecorated", "folded_head", "is_address", "is_heading_line", "opens_with_address", "is_marker_line", "listed_item", "marker_prefix",
    "prefix_only", "split_points", "split_sentences", "title_of",
]
