"""Comparison keys: the same meaning must give the same key whatever the script or width.

``normalize(text)`` returns a :class:`Normalized` holding the key (Simplified script,
NFKC width folding, unified quotes, no whitespace) and, for every key character, the
offset of the original character it came from, so that tokens found in the key can be
shown in the original text. Display always uses the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

from . import lazy_re

# -- hk2s (t2s after Hong Kong variants: 衞 → 衛 → 卫, 敍, 衹), not tw2sp: tw2sp is not
#    idempotent on Simplified text (it turns mainland 程序 into 进程), and both sides of a
#    comparison go through the same conversion. hk2s leaves Simplified text as t2s does. --
_CONVERTER = opencc.OpenCC("hk2s")

# -- Taiwan editions write 著 for the mainland's 着 (著力, 隨著, 意味著); t2s keeps it. 著 stays
#    where the mainland writes it too: 显著, 卓著, 著名, 著作, 著称… (tw2s would fold those of
#    Simplified text, 显著 → 显着). One character for one, so offsets stay one-to-one. --
_ZHE = lazy_re.compile(r"(?<![显卓昭土巨编原专论遗译合拙彰名])著(?![名作称述录书者文])")

# -- Taiwan phrasing that Traditional editions of mainland reports carry (they are made by a
#    Simplified→Taiwan phrase conversion), as t2s leaves it → the mainland phrase. Applied to
#    both sides, so a mainland text that happens to use one of them loses nothing. Each pair
#    has equal length so offsets stay one-to-one. --
_PHRASES = {
    "程式": "程序", "资讯": "信息", "网路": "网络", "人工智慧": "人工智能", "品质": "质量",
    "水准": "水平", "支援": "支持", "软体": "软件", "硬体": "硬件", "数位": "数字",
    "专案": "项目", "透过": "通过", "讯息": "信息", "列印": "打印", "伺服器": "服务器",
}
_PHRASE_RE = lazy_re.compile("|".join(map(re.escape, _PHRASES)))

# -- A year in Chinese numerals (二〇二五年, 二零二四年, 一九九九年; ○ for 〇 too) is the same year as
#    2025年: titles and headings of formal reports write it so, and a report's own year, body name
#    and figure labels are read on the key. Four characters to four digits, so offsets stay
#    one-to-one. A year before a dash names a range (二〇二一—二〇二五年). --
_CN_DIGIT = "[〇零○一二三四五六七八九]"
CHINESE_YEAR = lazy_re.compile(
    rf"(?<![〇零○一二三四五六七八九十百千万亿两])(?:一九|二[〇零○]){_CN_DIGIT}{{2}}"
    rf"(?=\s*年|\s*[-—–~～至到]\s*(?:一九|二[〇零○]){_CN_DIGIT}{{2}}\s*年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")

_PUNCT = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’", "・": "·", "‧": "·", "﹔": ";"})

_SPACE = frozenset(" \t\r\n\u3000\u00a0\u2002\u2003\u2009\u200b\u200c\u200d\u2060\u00ad\ufeff")
_CLAUSE_END = lazy_re.compile(r"[。,;:!?、]")
# -- the same sets as patterns: most texts hold none of them, and a pattern finds that at C
#    speed where str.translate and a per-character test looked at every character --
_SPACE_RE = lazy_re.compile("[" + "".join(map(re.escape, sorted(_SPACE))) + "]")
_PUNCT_RE = lazy_re.compile("[" + "".join(map(re.escape, map(chr, sorted(_PUNCT)))) + "]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A comparison key and the map from key positions to original offsets."""

    original: str
    key: str
    origin: tuple[int, ...]
    """``origin[i]`` is the offset in ``original`` where key character ``i`` starts;
    it has one extra entry, ``len(original)``, so spans can be mapped with ``[i, j)``."""

    def span(self, start: int, end: int) -> str:
        """Return the original text behind key characters ``start`` to ``end``."""
        return self.original[self.origin[start] : self.origin[end]]


# -- The full-width marks and the ideographic space of Chinese text, each with its compatibility
#    decomposition (， → ,). NFKC(text) is NFC of the texts' characters decomposed one by one and
#    put in canonical order, so a character replaced by its own decomposition leaves NFKC(text)
#    unchanged. Replaced first (str.replace runs in C), they leave most report text already in
#    NFKC, which is_normalized confirms at a glance: normalising it in full cost ten times more. --
_WIDE_MARKS = tuple((mark, unicodedata.normalize("NFKD", mark)) for mark in "，：；（）！？％\u3000")


def nfkc(text: str) -> str:
    """Return ``unicodedata.normalize("NFKC", text)``, faster on Chinese text."""
    for mark, decomposed in _WIDE_MARKS:
        if mark in text:
            text = text.replace(mark, decomposed)
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


def _fold(text: str) -> tuple[str, list[int]]:
    whole = nfkc(text)
    if _PUNCT_RE.search(whole):
        whole = whole.translate(_PUNCT)
    if len(whole) == len(text):
        # -- fast path (nearly always for CJK text): folding kept every character in place --
        if _SPACE_RE.search(whole) is None:
            return whole, list(range(len(whole)))
        origin = [i for i, ch in enumerate(whole) if ch not in _SPACE]
        return _SPACE_RE.sub("", whole), origin
    chars: list[str] = []
    origin: list[int] = []
    for offset, ch in enumerate(text):
        if ch in _SPACE:
            continue
        folded = unicodedata.normalize("NFKC", ch).translate(_PUNCT)
        for out in folded:
            if out not in _SPACE:
                chars.append(out)
                origin.append(offset)
    return "".join(chars), origin


def _convert(folded: str, origin: list[int]) -> tuple[str, list[int]]:
    converted = _CONVERTER.convert(folded)
    if len(converted) == len(folded):
        return converted, origin
    # -- A phrase conversion changed the length (rare). Convert clause by clause and
    #    map a changed clause's characters as one block to keep offsets monotonic. --
    out_chars: list[str] = []
    out_origin: list[int] = []
    start = 0
    bounds = [m.end() for m in _CLAUSE_END.finditer(folded)] + [len(folded)]
    for end in bounds:
        if end <= start:
            continue
        clause = _CONVERTER.convert(folded[start:end])
        if len(clause) == end - start:
            out_origin.extend(origin[start:end])
        else:
            out_origin.extend([origin[start]] * len(clause))
        out_chars.append(clause)
        start = end
    return "".join(out_chars), out_origin


@lru_cache(maxsize=8192)
def normalize(text: str) -> Normalized:
    """Return the comparison key of ``text`` with its offset map.

    >>> normalize("（一）統籌推進 １２件").key
    '(一)统筹推进12件'
    """
    folded, origin = _fold(text)
    key, origin = _convert(folded, origin)
    key = _PHRASE_RE.sub(lambda m: _PHRASES[m.group()], key)
    if "著" in key:
        key = _ZHE.sub("着", key)
    if "年" in key:
        key = arabic_years(key)
    if origin:
        # -- leading whitespace belongs to the first token so spans cover all of ``text`` --
        origin[0] = 0
    return Normalized(text, key, (*origin, len(text)))


def arabic_years(text: str) -> str:
    """``text`` with years in Chinese numerals written in digits (二〇二四年 → 2024年), in place.

    >>> arabic_years("二〇二一—二〇二五年，一九九九年，三〇年")
    '2021—2025年，1999年，三〇年'
    """
    return CHINESE_YEAR.sub(lambda match: match.group().translate(_CN_DIGITS), text)


def key(text: str) -> str:
    """Return only the comparison key of ``text``."""
    return normalize(text).key


#: A year a heading names (2024年工作回顾; Chinese-numeral years are digits in the key already).
_HEADING_YEAR = lazy_re.compile(r"\d{4}年?")


def yearless_key(text: str) -> str:
    """The comparison key of a heading without the years it names: 2024年工作 and 2025年工作,
    統籌推進2024年… and 统筹推进2025年… are one heading (2024年工作 → 工作)."""
    return _HEADING_YEAR.sub("", key(text))


def to_simplified(text: str) -> str:
    """``text`` in Simplified script, nothing else changed (spaces and punctuation stay)."""
    return _CONVERTER.convert(text)


def shared_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters ``a`` and ``b`` open alike, and how many more they close alike (the two
    never overlap): what is left between is where two names differ (岚江省|港口|条例)."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


__all__ = ["CHINESE_YEAR", "Normalized", "arabic_years", "key", "nfkc", "normalize", "shared_ends", "to_simplified",
           "yearless_key"]
