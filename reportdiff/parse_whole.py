"""Which line ends unpunctuated and is still whole, for re-joining lines into paragraphs
(``parse_wrap``): read on the line and its neighbours alone, the same in every form (plain text,
Word, PDF, a saved page), so that the same lines are the same paragraphs in each.

A line left unfinished usually goes on in the next (a web page or a width cut it). Some lines
end without punctuation by nature and take no line after them unless the cut shows:

- list items after a line announcing them (…主要包括： / 法律进机关 / 法律进社区);
- a figure's or table's caption (图1 2024年行政复议案件办理情况).

And some lines open a paragraph by their own shape, as a marker does, so an unfinished line
before them lost its 。 rather than being cut: ——…, 第一，…, 首先，….
"""

from __future__ import annotations

import re
import unicodedata

from . import lazy_re
from .normalize import key as norm_key
from .parse_markers import display_len, is_marker_line
from .segment import tokenize

#: What a finished line of report text ends with (after width folding).
FINISHED = frozenset("。;:!?…”’」』)】》")
#: What no paragraph opens with: closing marks and brackets, sentence and clause punctuation,
#: a per cent sign (on NFKC text).
NO_OPENING = frozenset(")]}”’」』》〉、,.;:!?%。")
#: What a line cut inside a clause or a bracket ends with (on NFKC text).
OPEN_END = frozenset(",、(“‘「『《〈[")
SENTENCE_PUNCTUATION = lazy_re.compile(r"[。；;：:！!？?]")

#: How wide (in full-width characters) a list item may be.
_ITEM_MAX = 20
#: A caption: 图1 / 表2-1 / 附表3, then a space, a colon or a stop before its name.
_CAPTION = lazy_re.compile(r"^附?[图表圖]\s*\d{1,2}(?:[-－.．]\d{1,2})?(?:[\s\u3000:：.．、]+\S|$)")
#: What a caption may be as long as.
_CAPTION_MAX = 40
#: A paragraph's own opening: a dash lead (——经济运行…), an ordinal (第一，), a sequence word.
_OWN_OPENING = lazy_re.compile(r"^(?:——|－－|第[一二三四五六七八九十]{1,3}[，,、]|(?:首先|其次|再次|最后)[，,])")


#: Words no heading or clause ends on, read as the tokenizer's last word before a cut: a particle or
#: conjunction whose other half is on the next line (…法治政府建设的 / 主要举措, …举措及 / 成效).
_DANGLING_ENDS = frozenset({"的", "和", "与", "及", "或", "以及", "或者"})
#: …and words no line opens on (和 may: 和美乡村 is one word to a reader, 和|美 to the tokenizer).
_DANGLING_OPENS = frozenset({"的", "及", "以及", "或者"})
#: A ranking before its ordinal (位列全市 / 第一，; 在全省排名 / 第二，; 获评全市 / 第一，): 第一， opens no
#: paragraph there.
_RANKING = lazy_re.compile(r"(?:位列|位居|名列|排名|排位|排在|居于?|获得?|荣获|取得|夺得)$|(?:全国|全省|全市|全区|全县|全州|全盟|全旗)$")
_ORDINAL = lazy_re.compile(r"^第[一二三四五六七八九十]{1,3}")


def _end(text: str) -> str:
    return unicodedata.normalize("NFKC", text.rstrip()[-1:])


def opens_no_paragraph(text: str) -> bool:
    start = unicodedata.normalize("NFKC", text.lstrip()[:1])
    return start in NO_OPENING or start in "([" and not is_marker_line(text)


def word_across(before: str, after: str) -> bool:
    """Whether the tokenizer reads a word across the cut between ``before`` and ``after``."""
    # -- on the comparison key: the tokenizer's dictionary is Simplified (領導縣 is no word) --
    head, tail = norm_key(before.rstrip()[-6:]), norm_key(after.lstrip()[:6])
    at = 0
    for token in tokenize(head + tail):
        if at < len(head) < at + len(token) and len(token) >= 2 and token.isalpha():
            return True
        at += len(token)
    return False


def dangling_across(before: str, after: str) -> bool:
    """Whether the words either side of the cut show one clause cut in two: ``before`` ends on a
    word nothing ends on (…建设的, …举措及), ``after`` opens on one nothing opens on (的…, 及…), or a
    ranking goes on to its ordinal (…位列全市 / 第一，)."""
    if _end(before) in FINISHED:
        return False
    head, tail = norm_key(before.rstrip()[-8:]), norm_key(after.lstrip()[:6])
    if not head or not tail:
        return False
    if _RANKING.search(head) and _ORDINAL.match(tail):
        return True
    return list(tokenize(head))[-1] in _DANGLING_ENDS or next(iter(tokenize(tail))) in _DANGLING_OPENS


def cut_shows(last_line: str, text: str) -> bool:
    """Whether the break between ``last_line`` and ``text`` visibly cuts one sentence: the line
    ends inside a clause or a bracket (…要求， / 《), the next opens with what no paragraph opens
    with (、…, ）…), letters or digits run across it (PM / 2.5), a word does (社 / 区), or the
    words either side are a clause's halves (dangling_across: …建设的 / 主要举措, 位列全市 / 第一，)."""
    end, start = _end(last_line), unicodedata.normalize("NFKC", text.lstrip()[:1])
    if not end or not start or end in FINISHED:
        return False
    if end in OPEN_END or opens_no_paragraph(text):
        return True
    if end.isascii() and end.isalnum() and (start.isascii() and start.isalnum() or end.isdigit()):
        return True
    return word_across(last_line, text) or dangling_across(last_line, text)


def opens_by_shape(text: str) -> bool:
    """A line that opens a paragraph by its shape though it has no marker: a dash lead, an
    ordinal, a caption."""
    text = text.strip()
    return bool(_OWN_OPENING.match(text)) or is_caption(text)


def ordinal_after_open_line(last_line: str, text: str) -> bool:
    """An ordinal opening (第一，…, 首先，…) after a line that ends on no mark: that line lost its
    。 though it fills the width, for a sentence goes on into 第一， only after a ranking (…位列全市 /
    第一，), which the cut shows (``cut_shows``). A dash may go on a sentence (…三个转变——…): left out."""
    text = text.strip()
    return (bool(_OWN_OPENING.match(text)) and not text.startswith(("——", "－－"))
            and _end(last_line) not in FINISHED)


def is_caption(text: str) -> bool:
    text = text.strip()
    return (bool(_CAPTION.match(text)) and display_len(text) <= _CAPTION_MAX
            and not re.search(r"[。；;！!？?，,]", text))


def _list_item(text: str) -> bool:
    """A short line with no punctuation at its end and no sentence or clause in it."""
    text = text.strip()
    return (0 < display_len(text) <= _ITEM_MAX and _end(text) not in FINISHED and _end(text) not in OPEN_END
            and not re.search(r"[。；;：:！!？?，,]", text) and not is_marker_line(text))


def stands_alone(text: str, before: str | None, before_kind: str | None, after: str | None) -> str | None:
    """What whole unpunctuated line ``text`` is, given the paragraph ``before`` it (and what that
    one was, ``before_kind``) and the line ``after`` it: ``caption``; ``item``, a list's (after a
    line ending in ：, two such lines in a row at least, or after another item: one short piece
    after an address or a lead-in, 各位代表： / 现在，我 / 代表国务院…, is a cut sentence); or None."""
    if "\n" in text or is_marker_line(text.strip()):
        return None
    if is_caption(text):
        return "caption"
    if before is None or not _list_item(text):
        return None
    if before_kind == "item" or _end(before) == ":" and after is not None and _list_item(after):
        return "item"
    return None


__all__ = ["FINISHED", "NO_OPENING", "OPEN_END", "SENTENCE_PUNCTUATION", "cut_shows", "dangling_across", "is_caption",
           "opens_by_shape", "opens_no_paragraph", "ordinal_after_open_line", "stands_alone", "word_across"]
