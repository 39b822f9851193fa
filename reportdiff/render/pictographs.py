"""Pictographs (emoji) as the rendered outputs draw them: a WeChat editor sets 📢 before the
lead-in paragraph, 🌾 before a line of results, 👍 inside a sentence; the CJK fonts a Word
redline is set in (仿宋, 宋体; LibreOffice's Noto CJK) have no glyph for them, so Word, WPS and
LibreOffice print an empty box or nothing.

What the outputs do, and why:

* The compared text keeps every pictograph: parsing, alignment and the word-level diff run on
  the text as published, so a pictograph that changed is still a deletion and an insertion,
  and JSON and Markdown (read by tools, not printed in a CJK font) give the text exactly.
* Where a paragraph opens with pictographs before its words (📢1月14日…), they decorate it like
  a bullet: the Word redline and the HTML page leave them out, as the parser leaves out the
  📌 before a heading's marker. A paragraph that differs only in that decoration shows no change.
* A pictograph inside the words is no decoration: the Word redline prints it as 〓 (U+3013, the
  mark CJK typesetting sets for a character it cannot print; every CJK font has it), so the
  reader sees that a character stands there, changed or not. The HTML page keeps the character:
  browsers draw it from the system's emoji font.
"""

from __future__ import annotations

from .. import lazy_re

#: The mark a pictograph inside a paragraph's words is printed as in the Word redline.
UNDRAWABLE = "\u3013"

# -- pictographs: a flag (two regional indicators), the emoji planes (U+1F000–U+1FAFF: symbols,
#    pictographs, skin tones) and the BMP characters Unicode shows as emoji by default
#    (Emoji_Presentation=Yes), or any other BMP symbol with the emoji selector U+FE0F; never
#    ★ ● ■ ✓ ◐ alone, which CJK fonts draw and the outputs' own status marks use --
_BMP_EMOJI = ("\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1"
              "\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a"
              "\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55")
_BASE = f"(?:[\U0001F1E6-\U0001F1FF]{{2}}|[\U0001F000-\U0001FAFF{_BMP_EMOJI}]|[\u2000-\u2bff]\ufe0f)"
_MODIFIERS = "[\ufe0e\ufe0f\u20e3\U0001F3FB-\U0001F3FF]*"
_CLUSTER = f"{_BASE}{_MODIFIERS}(?:\u200d{_BASE}{_MODIFIERS})*"
_ANY = lazy_re.compile(_CLUSTER)
_OPENING = lazy_re.compile(rf"^[ \u3000]*(?:{_CLUSTER}[ \u3000]*)+")


def undecorated(text: str) -> str:
    """``text`` without the pictographs (and spaces) opening it; the same text without any."""
    found = _OPENING.match(text)
    return text[found.end():] if found else text


def printable(text: str) -> str:
    """``text`` with each pictograph (its selectors and joiners with it) printed as ``UNDRAWABLE``."""
    return _ANY.sub(UNDRAWABLE, text) if _ANY.search(text) else text


def printable_segments(segments: list[tuple[str, str | None]], *, opening: bool = True) -> list[tuple[str, str | None]]:
    """(text, revision kind) runs of one paragraph as the Word redline prints them: the
    decoration opening the paragraph left out (``opening``: these runs open it), every other
    pictograph ``UNDRAWABLE``."""
    return [(printable(text), kind) for text, kind in undecorated_segments(segments, opening=opening)]


def undecorated_segments(segments: list[tuple[str, str | None]], *, opening: bool = True) -> list[tuple[str, str | None]]:
    """(text, revision kind) runs of one paragraph without the decoration opening it in either
    report (``opening``: these runs open the paragraph); runs left empty dropped (an empty
    revision would mark nothing)."""
    return [(text, kind) for text, (_, kind) in zip(undecorated_texts(segments, opening=opening), segments) if text]


def undecorated_texts(segments: list[tuple[str, str | None]], *, opening: bool = True) -> list[str]:
    """Each run's text once the decoration opening the paragraph in either report is left out
    ("" for a run of decoration alone). Kinds: None shared, ``del``/``moveFrom`` the old
    report's, ``ins``/``moveTo`` the new one's."""
    # -- each report's text opens the paragraph on its own: the old one with its deleted (or
    #    moved-away) runs and the shared ones, the new one with its inserted runs and the shared --
    sides = {"old": opening, "new": opening}
    out: list[str] = []
    for text, kind in segments:
        mine = [side for side in sides if _SIDES[side](kind)]
        if text and all(sides[side] for side in mine):
            text = undecorated(text)
        if text:
            for side in mine:
                sides[side] = False
        out.append(text)
    return out


_SIDES = {"old": lambda kind: kind in (None, "del", "moveFrom"), "new": lambda kind: kind in (None, "ins", "moveTo")}


__all__ = ["UNDRAWABLE", "printable", "printable_segments", "undecorated", "undecorated_segments", "undecorated_texts"]
