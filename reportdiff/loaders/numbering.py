"""Word list-number formats (w:numFmt): render a counter value as 三, ⑤, iv, 甲 …"""

from __future__ import annotations

_CJK_DIGITS = "零一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def chinese_counting(n: int, *, japanese: bool = False, legal: bool = False) -> str:
    """Return ``n`` in Chinese counting numerals: 十, 十一, 二十一, 一百零一 (Word's chineseCounting)."""
    if n <= 0 or n >= 100000:
        return str(n)
    digits = _LEGAL_DIGITS if legal else _CJK_DIGITS
    units = ("拾", "佰", "仟", "万") if legal else ("十", "百", "千", "万")
    out: list[str] = []
    gap = False
    for power in range(4, -1, -1):
        digit = n // 10**power % 10
        if digit == 0:
            gap = bool(out)  # a zero between non-zero digits is read out once (一百零一)
            continue
        if gap and not japanese:
            out.append(digits[0])
        gap = False
        # -- Japanese omits 一 before 十/百/千 (十一, 百一); Chinese writes 一百 but not 一十. --
        if not (power and digit == 1 and (japanese or (power == 1 and not out and not legal))):
            out.append(digits[digit])
        if power:
            out.append(units[power - 1])
    return "".join(out)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


_CIRCLED = ((1, 20, 0x2460), (21, 35, 0x3251), (36, 50, 0x32B1))
# -- Formats drawn from Unicode enclosed-number blocks: ((low, high, code point), …), fallback. --
_ENCLOSED = {
    "decimalEnclosedParen": (((1, 20, 0x2474),), "({})"),
    "decimalEnclosedCircle": (_CIRCLED, "({})"),
    "decimalEnclosedCircleChinese": (_CIRCLED, "({})"),
    "decimalEnclosedFullstop": (((1, 20, 0x2488),), "{}."),
    "ideographEnclosedCircle": (((1, 10, 0x3280),), "({})"),
    "ideographParenthesized": (((1, 10, 0x3220),), "({})"),
}


def format_number(n: int, fmt: str) -> str:
    """Render counter value ``n`` in Word number format ``fmt`` (w:numFmt); unknown → decimal."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand"):
        return chinese_counting(n)
    if fmt in ("japaneseCounting", "japaneseLegal"):
        return chinese_counting(n, japanese=True)
    if fmt == "chineseLegalSimplified":
        return chinese_counting(n, legal=True)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n)) if n >= 0 else str(n)
    if fmt in ("ideographTraditional", "ideographZodiac"):
        cycle = _STEMS if fmt == "ideographTraditional" else _BRANCHES
        return cycle[(n - 1) % len(cycle)] if n > 0 else str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(d) + 0xFEE0) if d.isdigit() else d for d in str(n))
    if fmt in _ENCLOSED:
        ranges, fallback = _ENCLOSED[fmt]
        found = [chr(base + n - low) for low, high, base in ranges if low <= n <= high]
        return found[0] if found else fallback.format(n)
    if fmt in ("lowerLetter", "upperLetter"):
        if n <= 0:
            return str(n)
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


__all__ = ["chinese_counting", "format_number"]
