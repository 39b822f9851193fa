"""Radical code points that stand for ideographs, mapped back to the ideographs.

A CJK font draws 一 and the Kangxi radical ⼀ (U+2F00) with one glyph, and 青 and the CJK
radical ⻘ (U+2ED8) likewise. A PDF's ToUnicode map gives each glyph one code point, and
some writers (Chromium, Skia) pick the radical's, so text copied out of such a PDF reads
``⼆、存在的问题`` and ``粮⻝``: no part heading to the parser, and no match for 粮食. The text
travels on into web pages and .docx copied from the PDF, so every reader's text is mended
(``RawDocument`` calls :func:`unify_paragraphs`), before parsing and for display alike.

- Kangxi Radicals (U+2F00–U+2FD5) decompose to their ideographs under NFKC (⼀ → 一; ⼾ is
  taken to 户, not NFKC's 戶).
- CJK Radicals Supplement (U+2E80–U+2EF3) has no decomposition; ``_SUPPLEMENT`` holds the
  equivalent unified ideograph of each radical (Unicode's EquivalentUnifiedIdeograph.txt; the
  same pairs share a glyph in Noto Sans/Serif CJK). Left out, having no equivalent ideograph:
  U+2E88 KNIFE ONE, U+2E8C SMALL ONE, U+2E91 LAME FOUR, U+2E9C SUN, U+2EA7 COW, U+2EAA BOLT OF
  CLOTH, U+2EB5 MESH, U+2EB6 SHEEP, U+2EB7 RAM, U+2EB8 EWE, U+2EBB BRUSH TWO, U+2ED7 RAIN; no
  font shares their glyphs with an ideograph, so no ToUnicode map yields them for one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import TypeVar

from .. import lazy_re

# -- radical → equivalent unified ideograph, as code points (the format of Unicode's data
#    file); the ideograph is a component form where the radical is one (⺅ → 亻) --
_SUPPLEMENT = """
2E80 51AB  2E81 5382  2E82 4E5B  2E83 4E5A  2E84 4E59  2E85 4EBB  2E86 5182  2E87 20628
2E89 5202  2E8A 535C  2E8B 353E  2E8D 2D544 2E8E 5140  2E8F 5C23  2E90 5C22  2E92 5DF3
2E93 5E7A  2E94 5F51  2E95 5F50  2E96 5FC4  2E97 38FA  2E98 624C  2E99 6535  2E9B 65E1
2E9D 6708  2E9E 6B7A  2E9F 6BCD  2EA0 6C11  2EA1 6C35  2EA2 6C3A  2EA3 706C  2EA4 722B
2EA5 722B  2EA6 4E2C  2EA8 72AD  2EA9 248E9 2EAB 7F52  2EAC 793A  2EAD 793B  2EAE 25AD7
2EAF 7CF9  2EB0 7E9F  2EB1 7F53  2EB2 7F52  2EB3 34C1  2EB4 34C1  2EB9 8002  2EBA 8080
2EBC 6708  2EBD 81FC  2EBE 8279  2EBF 8279  2EC0 8279  2EC1 864E  2EC2 8864  2EC3 8980
2EC4 897F  2EC5 89C1  2EC6 89D2  2EC7 278B2 2EC8 8BA0  2EC9 8D1D  2ECA 27FB7 2ECB 8F66
2ECC 8FB6  2ECD 8FB6  2ECE 8FB6  2ECF 961D  2ED0 9485  2ED1 9577  2ED2 9578  2ED3 957F
2ED4 95E8  2ED5 28E0F 2ED6 961D  2ED8 9752  2ED9 97E6  2EDA 9875  2EDB 98CE  2EDC 98DE
2EDD 98DF  2EDE 2967F 2EDF 98E0  2EE0 9963  2EE1 29810 2EE2 9A6C  2EE3 9AA8  2EE4 9B3C
2EE5 9C7C  2EE6 9E1F  2EE7 5364  2EE8 9EA6  2EE9 9EC4  2EEA 9EFE  2EEB 6589  2EEC 9F50
2EED 6B6F  2EEE 9F7F  2EEF 7ADC  2EF0 9F99  2EF1 9F9C  2EF2 4E80  2EF3 9F9F
"""


def _table() -> dict[int, str]:
    codes = _SUPPLEMENT.split()
    table = {int(radical, 16): chr(int(ideograph, 16)) for radical, ideograph in zip(codes[::2], codes[1::2])}
    table.update((code, unicodedata.normalize("NFKC", chr(code))) for code in range(0x2F00, 0x2FD6))
    # -- NFKC gives ⼾ the Traditional 戶; the Simplified fonts that share its glyph share it
    #    with 户, and comparison keys fold 戶 to 户 anyway --
    table[0x2F3E] = "户"
    return table


RADICALS: dict[int, str] = _table()
"""Radical code point → the ideograph it stands for (for ``str.translate``)."""

# -- most text holds no radical at all; a pattern finds that at C speed --
_ANY_RADICAL = lazy_re.compile("[\u2e80-\u2fdf]")


def unify_radicals(text: str) -> str:
    """``text`` with every radical that stands for an ideograph replaced by the ideograph."""
    return text.translate(RADICALS) if _ANY_RADICAL.search(text) else text


P = TypeVar("P")


def unify_paragraphs(paragraphs: tuple[P, ...]) -> tuple[P, ...]:
    """``paragraphs`` (loaders' ``Paragraph``) with radicals unified in their text and cells;
    the same tuple when none holds a radical."""
    if not any(_ANY_RADICAL.search(paragraph.text) for paragraph in paragraphs):
        return paragraphs
    return tuple(replace(paragraph, text=unify_radicals(paragraph.text),
                         table=paragraph.table and tuple(tuple(map(unify_radicals, row)) for row in paragraph.table))
                 for paragraph in paragraphs)


__all__ = ["RADICALS", "unify_paragraphs", "unify_radicals"]
