"""Compound numerals that mix digits and Chinese place words: 1万6千多户, 2万5千公里, 1亿3千多万.

Reports write a figure past a 万 or 亿 this way as often as 1.6万; the digits after the
multiplier are its lower places, one quantity with it, never a figure of their own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import lazy_re

#: The lower places after 万 or 亿 (6千, 3千5百, 5百), an approximate marker, and for 亿 the 万
#: the lower places are counted in (1亿3千多万 = 1亿 + 3千多万). 千瓦, 千米, 千克, 千伏 are units.
COMPOUND_TAIL = r"(?P<tail>\d千(?![瓦米克伏])(?:\d百)?|\d百(?:\d十)?)(?P<tail_mid>余|多)?(?P<tail_mult>万(?!亿))?"

_TAIL_PLACE = lazy_re.compile(r"(\d)([千百十])")
_PLACE = {"千": 1000, "百": 100, "十": 10}


def compound_tail(m: re.Match[str], mult: str) -> tuple[Decimal, Decimal] | None:
    """Value and precision of the lower places of a compound numeral matched by ``m`` after
    ``mult``, or None when the match has none (or they cannot follow that multiplier)."""
    tail = m["tail"]
    if tail is None or mult not in ("万", "亿") or (m["tail_mult"] and mult != "亿"):
        return None
    scale = Decimal(10**4) if m["tail_mult"] else Decimal(1)
    value = Decimal(0)
    place = Decimal(1)
    for digit, word in _TAIL_PLACE.findall(tail):
        place = Decimal(_PLACE[word]) * scale
        value += Decimal(digit) * place
    if value >= Decimal(10**4 if mult == "万" else 10**8):
        return None  # a place as high as the multiplier itself is no lower place
    return value, place


__all__ = ["COMPOUND_TAIL", "compound_tail"]
