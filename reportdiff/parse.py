"""Parse a loaded report into its tree: title, preamble, parts, sections, measures.

The grammar, from the outside in (markers are matched after width folding, so
（一） and (一), 1． and 1. are the same)::

    part      一、…              role from its heading words, never from its position
    section   (一)…              a heading; with text after its first 。 it is also a measure
    item      1. 1、 (1)         one measure: a lead phrase up to 。 then its body
    point     一是… 二是…        enumerated measures inside a paragraph (or one per line)
    other     any other paragraph: kept as a paragraph measure, never dropped

Every piece of input text lands in exactly one outline block, so the blocks joined
give back the input (whitespace aside).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import ParseError
from .kinds import KINDS, Kind, detect_kind, detect_role, detect_years, is_framing, opens_shortcomings
from .loaders import Paragraph, RawDocument
from .models import (
    Block,
    BlockKind,
    Measure,
    MeasureKind,
    Part,
    PlanSentence,
    Report,
    Role,
    Section,
    Table,
)
from .normalize import key as norm_key

_NUM = "一二三四五六七八九十"
_PART_RE = re.compile(rf"^\s*([{_NUM}]+)\s*、\s*")
_SECTION_RE = re.compile(rf"^\s*\(\s*([{_NUM}]+)\s*\)\s*[、.]?\s*")
# -- 1、2024年… is an item; 1.5亿元 is not (a dot followed by a digit is a decimal point) --
_ITEM_RE = re.compile(r"^\s*(\d{1,2})\s*(?:、|\.(?!\d))\s*")
_PAREN_ITEM_RE = re.compile(r"^\s*\(\s*(\d{1,2})\s*\)\s*[、.]?\s*")
_POINT_RE = re.compile(rf"([{_NUM}]+)是")
_SENTENCE_END = "。;!?"

def _prefix(regex: re.Pattern[str], text: str) -> tuple[str, str] | None:
    """Match ``regex`` on the width-folded start of ``text``; return (numeral, original marker)."""
    folded, origin = _folded_head(text[:16])
    match = regex.match(folded)
    if not match:
        return None
    return match.group(1), text[: origin[match.end()]]


@lru_cache(maxsize=8192)
def _folded_head(head: str) -> tuple[str, tuple[int, ...]]:
    # -- every paragraph is tried against several markers: fold its start once --
    folded = []
    origin = []
    for offset, ch in enumerate(head):
        for out in unicodedata.normalize("NFKC", ch):
            folded.append(out)
            origin.append(offset)
    origin.append(len(head))
    return "".join(folded), tuple(origin)


def _title_of(body: str) -> str:
    """Return the lead phrase of a measure body: up to the first 。 (or a short prefix)."""
    end = body.find("。")
    if end == -1:
        return body.strip()
    return body[:end].strip()


def split_sentences(text: str) -> list[str]:
    """Split at 。；;！？ keeping each sentence's end mark; blank pieces are dropped."""
    sentences: list[str] = []
    start = 0
    for index, ch in enumerate(text):
        if unicodedata.normalize("NFKC", ch) in _SENTENCE_END:
            sentences.append(text[start : index + 1])
            start = index + 1
    sentences.append(text[start:])
    return [s for s in sentences if s.strip(" \u3000")]


def _split_points(text: str, continue_from: int = 1) -> list[tuple[str | None, str]]:
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
        if before and unicodedata.normalize("NFKC", before[-1]) not in _SENTENCE_END + ":,":
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
    head = "" if tens == 0 else ("十" if tens == 1 else _NUM[tens - 1] + "十")
    return head + (_NUM[ones - 1] if ones else "")


_NUMERAL_VALUES = {chinese_numeral(n): n for n in range(1, 100)}


def _is_marker_line(text: str) -> bool:
    return any(_prefix(regex, text) for regex in (_PART_RE, _SECTION_RE, _ITEM_RE, _PAREN_ITEM_RE)) or bool(
        re.match(rf"^[{_NUM}]是", text)
    )


@lru_cache(maxsize=65536)
def _display_len(text: str) -> float:
    """Width of a line in full-width characters: a Latin letter, digit or half-width mark is
    half of one and a space a quarter (text from PDFs spaces out digits: 2024 年). Memoised:
    finding the wrap width, the header and the joins measures every line several times."""
    text = text.strip()
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    spaces = text.count(" ")
    return wide + 0.5 * (len(text) - wide - spaces) + 0.25 * spaces


def join_wrapped(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Join hard-wrapped lines back into paragraphs.

    The rule: a line opens a paragraph when it starts with a marker (一、 （一） 1. （1）
    一是; but 一是 after a line at the wrap width is wrapping, since points run inside a
    paragraph) or carries a Word heading level; any other line continues the line above when

    - the line above is a marker alone (``1．`` on its own line, as pdftotext writes a
      numbered item), or
    - it reaches the wrap width: when many lines share one display width (full-width
      characters 1, half-width ½; or counted in characters), a line within 2 (1) of it
      continues, and so does a paragraph's first line within 4 of the printed width (an
      indented first line), and a line as long as the wrapped lines above it (a heading
      font wraps narrower); even after 。:
      paragraphs of these reports start with a marker), or
    - it is unfinished: it does not end in sentence punctuation. A part or section heading
      ends without punctuation by nature, so it continues only when cut after a comma, or
      when the next line is its tail (shorter, no punctuation, a marked line after it:
      ``三、…職責,加`` / ``強法治政府建設有關情況``); the first line (a title) continues only
      when it is near the wrap width (a first line may be indented two characters) or
      visibly cut: an unclosed bracket, a shorter next line that ends as titles do (…情况 /
      的报告), or a bracketed note under a whole title (a title that ends as titles do
      never runs on into the preamble otherwise).

    Reports written one paragraph per line meet none of these and pass through unchanged; a
    wrongly joined line loses nothing (the outline still gives back the input).
    """
    width = _wrap_width(paragraphs)
    joined: list[Paragraph] = []
    for index, paragraph in enumerate(paragraphs):
        if joined and paragraph.heading_level is None and (
                not _is_marker_line(paragraph.text) or _wrapped_point(joined[-1].text, paragraph.text, width)):
            previous = joined[-1]
            last_line = previous.text.rsplit("\n", 1)[-1]
            after = paragraphs[index + 1].text if index + 1 < len(paragraphs) else None
            # -- the first paragraph is read as a title while it is one line or ends as titles do --
            title = len(joined) == 1 and ("\n" not in previous.text or bool(_TITLE_END.search(previous.text.strip())))
            if _continues(previous.text, last_line, paragraph.text, after, width, first=title):
                joined[-1] = Paragraph(previous.text + "\n" + paragraph.text, previous.line, previous.heading_level)
                continue
        joined.append(paragraph)
    return tuple(joined)


def _continues(previous: str, last_line: str, text: str, after: str | None,
               widths: list[tuple[Callable[[str], float], float]], *, first: bool) -> bool:
    """Whether ``text`` continues the paragraph ``previous`` (whose last line is ``last_line``;
    ``after`` is the line that follows ``text``, if any)."""
    if previous == last_line and _prefix_only(previous):
        return True
    if first and _TITLE_END.search(previous.strip()):
        return _title_is_cut(previous, text)  # -- a whole title, however long, unless the next line completes it --
    if _is_heading_line(previous):
        return _heading_continues(last_line, text, after, widths)
    if _at_width(last_line, widths):
        return True
    above = max(map(_display_len, previous.split("\n")[:-1]), default=0)
    if above >= 12 and above - 1 <= _display_len(last_line) <= above + 1:
        return True  # -- as long as the lines above it, which wrapped: a heading font's narrower width --
    # -- a paragraph's first line printed with a two-character indent (pdftotext drops it) --
    if previous == last_line and any(measure is _display_len and measure(last_line) >= least - 2
                                     for measure, least in widths):
        return True
    if unicodedata.normalize("NFKC", last_line.rstrip()[-1:]) in _FINISHED:
        return False
    if first:
        return _title_is_cut(previous, text)
    return True


def _wrapped_point(previous: str, text: str, widths: list[tuple[Callable[[str], float], float]]) -> bool:
    """一是/二是 opening a line after a full one: points run inside a paragraph (the parser
    splits them there), so this is wrapping, not a new paragraph."""
    return bool(re.match(rf"^[{_NUM}]+是", text)) and _at_width(previous.rsplit("\n", 1)[-1], widths)


def _at_width(line: str, widths: list[tuple[Callable[[str], float], float]]) -> bool:
    return any(measure(line) >= least for measure, least in widths)


_SENTENCE_PUNCTUATION = re.compile(r"[。；;：:！!？?]")


def _heading_continues(last_line: str, text: str, after: str | None,
                       widths: list[tuple[Callable[[str], float], float]]) -> bool:
    """A heading ends without punctuation, so its wrapped tail is told by shape: no sentence
    punctuation and no longer than the heading's line; a tail that fills the width itself
    must be followed by a marked line, the end, or a last short unpunctuated line (else it
    is the first line of a body paragraph). A line cut after a comma always continues."""
    if unicodedata.normalize("NFKC", last_line.rstrip()[-1:]) in _FINISHED:
        return False  # -- a heading that ends in 。 was not cut --
    if _SENTENCE_PUNCTUATION.search(text) or _display_len(text) > _display_len(last_line) + 1:
        return False
    if unicodedata.normalize("NFKC", last_line.rstrip()[-1:]) in ",、":
        return True
    if not _at_width(text, widths) or after is None or _is_marker_line(after):
        return True
    return not (_SENTENCE_PUNCTUATION.search(after) or _at_width(after, widths))


def _prefix_only(line: str) -> bool:
    """A marker alone on its line (``1．``, ``（一）``), its text on the next line."""
    for regex in (_PART_RE, _SECTION_RE, _ITEM_RE, _PAREN_ITEM_RE):
        found = _prefix(regex, line)
        if found:
            return not line[len(found[1]):].strip()
    return False


# -- how report titles end: …年度报告, …情况的报告, …工作总结, …工作要点, with a bracketed note --
_TITLE_END = re.compile(r"(?:报告|報告|情况|情況|总结|總結|要点|要點)\s*(?:[(（][^)）]*[)）])?$")


def _title_is_cut(first: str, second: str) -> bool:
    opened = sum(first.count(c) for c in "（(《“") - sum(first.count(c) for c in "）)》”")
    if opened > 0:
        return True
    note = second.strip()
    if _TITLE_END.search(first.strip()) and re.fullmatch(r"[（(][^（()）\d]*[)）]", note):
        return True  # -- a bracketed note under the title (a date is not one: it stays apart) --
    return (_display_len(second) < _display_len(first) and bool(_TITLE_END.search(second.strip()))
            and "。" not in second)


# -- what a finished line of report text ends with (after width folding) --
_FINISHED = frozenset("。;:!?…”’」』)】》")


def _is_heading_line(text: str) -> bool:
    """A part or section heading alone on its line (one carrying its body may wrap)."""
    body = text.rstrip().rstrip("。")
    return bool(_prefix(_PART_RE, text) or _prefix(_SECTION_RE, text)) and "。" not in body


def _char_len(text: str) -> float:
    return len(text.strip())


#: Line measures a wrapper may have used, each with how close to its width a wrapped line
#: comes: a character count (fold, textwrap: exact) or the printed width (a PDF's margin, as
#: pdftotext keeps it: a character or two short where punctuation may not start a line).
_MEASURES = ((_char_len, 1.0), (_display_len, 2.0))


def _wrap_width(paragraphs: tuple[Paragraph, ...]) -> list[tuple[Callable[[str], float], float]]:
    """Return (measure, least length of a wrapped line) for each way of measuring lines by
    which many lines share one length that (almost) no line exceeds; empty for text written
    one paragraph per line."""
    found = []
    for measure, slack in _MEASURES:
        lengths = Counter(round(measure(p.text)) for p in paragraphs if measure(p.text) >= 12)
        if not lengths:
            continue
        width, _ = max(lengths.items(), key=lambda item: (item[1] + lengths.get(item[0] - 1, 0), item[0]))
        at_width = lengths[width] + lengths.get(width - 1, 0)
        longer = sum(count for length, count in lengths.items() if length > width + 1)
        # -- wrapped text: a quarter of its long lines share the width and almost none is longer
        #    (one paragraph per line has a few lines of every length) --
        if at_width >= 5 and at_width >= 0.25 * lengths.total() and longer <= 0.1 * lengths.total():
            found.append((measure, width - slack))
    return found


def split_at_marked_lines(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Split a paragraph at line breaks that open a marked line (a Word line break between two
    numbered items); other line breaks inside a paragraph are wrapping and are removed. A
    point (二是…) stays in its paragraph, whose points are cut at their sentence ends."""
    result: list[Paragraph] = []
    for paragraph in paragraphs:
        if "\n" not in paragraph.text:
            result.append(paragraph)
            continue
        pieces: list[list[str]] = [[]]
        for line in paragraph.text.split("\n"):
            if pieces[-1] and _is_marker_line(line.strip()) and not re.match(rf"^[{_NUM}]是", line.strip()):
                pieces.append([])
            pieces[-1].append(line)
        for index, piece in enumerate(pieces):
            # -- only the first piece can be the heading a Word style marked --
            level = paragraph.heading_level if index == 0 else None
            result.append(Paragraph("".join(piece), paragraph.line, level))
    return tuple(result)


# ---------------------------------------------------------------- page furniture

# -- A page number as printed or pasted ("— 3 —", "-3-", "第3页 共10页", "3/10"), or the
#    info line of a government web page (日期：… 来源：… 字号：大 中 小 分享：). --
_PAGE_NUMBER = re.compile(r"^[\s\-—–_~]*(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*(?:/|共)\s*\d{1,3}\s*页?)?[\s\-—–_~]*$")
_INFO_WORDS = ("日期", "来源", "字号", "分享", "打印", "关闭", "浏览", "发布时间", "点击", "阅读次数", "责任编辑",
               "作者", "收藏", "信息来源")


def is_furniture(text: str) -> bool:
    """Return True for page furniture: a page number, or a web page's date/source/font-size line.

    >>> is_furniture("— 3 —"), is_furniture("日期：2025-01-10 来源：区司法局 字号：大 中 小")
    (True, True)
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    if _PAGE_NUMBER.match(folded) and any(ch.isdigit() for ch in folded):
        # -- a lone marker-less number is a page number only with its dashes or 页 (or alone) --
        return True
    key = norm_key(folded)
    return len(key) <= 120 and sum(word in key for word in _INFO_WORDS) >= 2 and "。" not in key


def _without_furniture(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """Split page furniture off the paragraphs, so a sentence broken by a page joins again.

    A bare number after a line ending in a Latin letter is a subscript a web page broke off
    (M / 2 / 和社会融资规模, CO / 2), not a page number.
    """
    furniture = [is_furniture(p.text) and not (p.text.strip().isdigit() and index and
                                               paragraphs[index - 1].text.rstrip()[-1:].isascii() and
                                               paragraphs[index - 1].text.rstrip()[-1:].isalpha())
                 for index, p in enumerate(paragraphs)]
    if not any(furniture):
        return paragraphs, ()
    return (tuple(p for p, out in zip(paragraphs, furniture) if not out),
            tuple(p for p, out in zip(paragraphs, furniture) if out))


def _with_furniture(blocks: list[Block], furniture: tuple[Paragraph, ...]) -> tuple[Block, ...]:
    """Put the furniture back into the outline at its line, as ``other``: nothing may vanish."""
    if not furniture:
        return tuple(blocks)
    merged = list(blocks)
    for paragraph in furniture:
        at = next((i for i, block in enumerate(merged) if block.line > paragraph.line), len(merged))
        merged.insert(at, Block(BlockKind.OTHER, "", paragraph.text, paragraph.line))
    return tuple(merged)


# ---------------------------------------------------------------- header and lead lines

#: A title is done when it names a document (…报告, …总结); what follows is the occasion or speaker.
_DOCUMENT_NOUN = re.compile(r"(?:报告|报告书|总结|计划|情况|要点|方案)(?:[(（][^)）]*[)）])?$")
#: Header lines after the title: "——2025年3月5日在…会议上", "（2025年1月10日）", a bare date.
_SUBTITLE = re.compile(r"^[—\-–]{1,2}|^[(（]\s*\d{4}\s*年|^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")
#: What may follow a title that names its document and still be the title: its tail cut off
#: (…建设情况 / 的报告) or a bracketed note (（测试用样本）, （征求意见稿）).
_TITLE_TAIL = ("的", "之", "(", "（")
_HEADER_MAX = 60
#: After the title: a speaker or office line (国务院总理 李克强, 县长 张明) is this short.
_NAME_LINE_MAX = 12


def split_header(paragraphs: tuple[Paragraph, ...],
                 widths: list[tuple[Callable[[str], float], float]]) -> tuple[tuple[Paragraph, ...],
                                                                            tuple[Paragraph, ...]]:
    """Return (header, rest): the short unpunctuated lines before the report's first sentence.

    A header holds the title, perhaps wrapped or after the body's name (北京市海淀区人民政府 /
    关于2024年…的报告), and the occasion and speaker of a 政府工作报告 (——2025年3月5日在…
    会议上 / 国务院总理 李克强). It ends at the first line that is a sentence (the preamble's
    各位代表： or 2024年，…。), a marked line, or a line as long as a hard wrap. Once the
    title names its document (…的报告), only the occasion and short name lines follow: a
    longer line is the preamble's first, printed with an indent and so shorter than a wrap.
    """
    count = 0
    title = ""
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if paragraph.heading_level == 0:
            count += 1
            continue
        if (count >= 6 or not text or len(text) > _HEADER_MAX or _is_marker_line(text) or paragraph.heading_level
                or _at_width(text, widths)
                or unicodedata.normalize("NFKC", text[-1]) in "。:;!?,"):
            break
        if _DOCUMENT_NOUN.search(title) and not _SUBTITLE.match(unicodedata.normalize("NFKC", text)) \
                and len(text) > _NAME_LINE_MAX and not text.startswith(_TITLE_TAIL):
            break
        title += text.replace("\n", "")
        count += 1
    return paragraphs[:count], paragraphs[count:]


def _title_of_header(lines: list[str]) -> str:
    """Return the title inside the header lines: the lines before the occasion, joined."""
    title = ""
    for line in lines:
        text = line.replace("\n", "").strip()
        if title and (_SUBTITLE.match(unicodedata.normalize("NFKC", text)) or (
                _DOCUMENT_NOUN.search(title) and not text.startswith(_TITLE_TAIL))):
            break
        title += text
    return title


#: A point or item written as its lead sentence alone, with its body on the next line.
_LEAD_MAX = 50


def join_lead_lines(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Join a lead line (一是保持宏观政策连续性。 / 3.提升行政决策水平。) with the unmarked
    paragraph that follows it: the two are one measure, its title and its body.

    A list of short items (1.地区生产总值增长5%左右。2.…) has no bodies: after a lead line
    that stood alone, the paragraph following the next one (实现上述目标，要…) is no body.
    """
    result: list[Paragraph] = []
    in_list = False
    for paragraph in paragraphs:
        if result and _is_lead_line(result[-1]) and not in_list and _is_body_of(paragraph, result[-1]):
            lead = result.pop()
            paragraph = Paragraph(lead.text + paragraph.text, lead.line, lead.heading_level)
        elif result:
            in_list = _is_lead_line(result[-1]) and _is_lead_line(paragraph)
        result.append(paragraph)
    return tuple(result)


def _is_body_of(paragraph: Paragraph, lead: Paragraph) -> bool:
    """A body is an unmarked paragraph, much longer than a lead that is only a title: a short
    sentence after a short item (1、完成机构改革。/ 2.5亿元资金到位。) is a paragraph of its own."""
    text = paragraph.text.strip()
    return (paragraph.heading_level is None and not _is_marker_line(text) and not _is_heading_line(text)
            and len(text) >= max(_BODY_MIN, 2 * len(lead.text.strip())))


#: A lead line's body runs to several sentences.
_BODY_MIN = 40


def _is_lead_line(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    if paragraph.heading_level is not None or len(text) > _LEAD_MAX:
        return False
    if not (re.match(rf"^[{_NUM}]是", text) or _prefix(_ITEM_RE, text) or _prefix(_PAREN_ITEM_RE, text)):
        return False
    body = text.rstrip("。")
    return not any(unicodedata.normalize("NFKC", ch) in _SENTENCE_END for ch in body)


@dataclass
class _Container:
    """Mutable builder state for a part or section while parsing."""

    id: str
    title: str
    measures: list[Measure] = field(default_factory=list)
    paragraphs: int = 0
    points: int = 0


@dataclass
class _PartBuilder:
    container: _Container
    marker: str
    role: Role
    line: int
    sections: list[Section] = field(default_factory=list)


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.blocks: list[Block] = []
        self.parts: list[Part] = []
        self.part: _PartBuilder | None = None
        self.section: tuple[_Container, str, int, str] | None = None  # container, marker, line, key
        self.title = ""
        self.preamble: list[str] = []
        self.used_ids: set[str] = set()

    # -- ids --------------------------------------------------------------------
    def _unique(self, wanted: str) -> str:
        candidate, n = wanted, 2
        while candidate in self.used_ids:
            candidate, n = f"{wanted}~{n}", n + 1
        self.used_ids.add(candidate)
        return candidate

    def _container(self) -> _Container | None:
        if self.section is not None:
            return self.section[0]
        return self.part.container if self.part else None

    # -- closing levels ---------------------------------------------------------------
    def _close_section(self) -> None:
        if self.section is None or self.part is None:
            return
        container, marker, line, heading_key = self.section
        self.part.sections.append(
            Section(container.id, marker, container.title, heading_key, tuple(container.measures), line)
        )
        self.section = None

    def _close_part(self) -> None:
        self._close_section()
        if self.part is None:
            return
        builder = self.part
        self.parts.append(
            Part(
                builder.container.id,
                builder.marker,
                builder.container.title,
                norm_key(builder.container.title),
                builder.role,
                tuple(builder.sections),
                tuple(builder.container.measures),
                builder.line,
            )
        )
        self.part = None

    # -- measures -----------------------------------------------------------------
    def _add_measure(self, measure_id: str, kind: MeasureKind, marker: str, body: str, line: int,
                     role: Role | None = None) -> None:
        container = self._container()
        assert container is not None and self.part is not None
        measure = Measure(
            id=measure_id,
            kind=kind,
            marker=marker,
            title=_title_of(body),
            text=body,
            key=norm_key(body),
            part_id=self.part.container.id,
            section_id=self.section[0].id if self.section else None,
            section_title=container.title,
            role=role or self.part.role,
            line=line,
        )
        container.measures.append(measure)
        self.blocks.append(Block(BlockKind.MEASURE if kind is not MeasureKind.PARAGRAPH else BlockKind.OTHER,
                                 measure_id, marker + body, line))

    def _add_body(self, text: str, line: int) -> None:
        """Add a paragraph under the current part/section: points, or one paragraph measure."""
        container = self._container()
        if container is None:
            kind = BlockKind.PREAMBLE
            self.preamble.append(text)
            self.blocks.append(Block(kind, "", text, line))
            return
        # -- a review often turns to its problems in a paragraph of its own (我们也清醒看到…):
        #    those are shortcomings, wherever the report puts them --
        role = (Role.SHORTCOMINGS if self.part is not None and self.part.role is Role.RESULTS
                and opens_shortcomings(text) else None)
        for numeral, piece in _split_points(text, container.points + 1):
            if numeral is None:
                container.paragraphs += 1
                self._add_measure(self._unique(f"{container.id}/¶{container.paragraphs}"),
                                  MeasureKind.PARAGRAPH, "", piece, line, role)
            else:
                container.points = _NUMERAL_VALUES[numeral]
                marker = piece[: len(numeral) + 1]
                self._add_measure(self._unique(f"{container.id}/{numeral}是"),
                                  MeasureKind.POINT, marker, piece[len(marker):], line, role)

    # -- paragraphs ---------------------------------------------------------------
    def feed_header(self, header: tuple[Paragraph, ...]) -> None:
        """Take the header lines (title, occasion, speaker) as title blocks."""
        self.title = _title_of_header([p.text for p in header])
        self.blocks.extend(Block(BlockKind.TITLE, "", p.text, p.line) for p in header)

    def feed(self, paragraph: Paragraph) -> None:
        text, line = paragraph.text, paragraph.line
        if (found := _prefix(_PART_RE, text)) is not None:
            numeral, marker = found
            self._close_part()
            heading, rest = self._split_heading(text[len(marker):])
            part_id = self._unique(numeral)
            self.part = _PartBuilder(_Container(part_id, heading.rstrip("。")), marker,
                                     detect_role(heading), line)
            self.blocks.append(Block(BlockKind.PART, part_id, marker + heading, line))
            if rest:
                self._add_body(rest, line)
            return
        if self.part is not None and (found := _prefix(_SECTION_RE, text)) is not None:
            numeral, marker = found
            self._close_section()
            heading, rest = self._split_heading(text[len(marker):])
            section_id = self._unique(f"{self.part.container.id}/({numeral})")
            title = heading.rstrip("。. ")
            self.section = (_Container(section_id, title), marker, line, norm_key(title))
            if rest:
                # -- a heading with its body on one line is one measure titled by the heading --
                self._add_measure(section_id, MeasureKind.HEADING, marker, heading + rest, line)
            else:
                self.blocks.append(Block(BlockKind.SECTION, section_id, marker + heading, line))
            return
        if self.part is not None:
            found = _prefix(_ITEM_RE, text) or _prefix(_PAREN_ITEM_RE, text)
            if found is not None:
                number, marker = found
                container = self._container()
                assert container is not None
                label = number if _prefix(_ITEM_RE, text) else f"({number})"
                self._add_measure(self._unique(f"{container.id}/{label}"), MeasureKind.ITEM, marker,
                                  text[len(marker):], line)
                return
        if paragraph.heading_level == 1 and self.part is not None:
            # -- a Word heading without a marker still opens a part --
            self._close_part()
            part_id = self._unique(f"第{len(self.parts) + 1}部分")
            self.part = _PartBuilder(_Container(part_id, text.rstrip("。")), "", detect_role(text), line)
            self.blocks.append(Block(BlockKind.PART, part_id, text, line))
            return
        self._add_body(text, line)

    @staticmethod
    def _split_heading(text: str) -> tuple[str, str]:
        """Split a heading line at its first 。 into heading (with 。) and the rest."""
        end = text.find("。")
        if end == -1 or end == len(text.rstrip()) - 1:
            return text, ""
        return text[: end + 1], text[end + 1 :]



def _plan_sentences(parts: tuple[Part, ...]) -> tuple[PlanSentence, ...]:
    sentences: list[PlanSentence] = []
    for part in parts:
        if part.role is not Role.PLANS:
            continue
        for measure in part.all_measures():
            body = measure.text
            if measure.kind is MeasureKind.HEADING:
                # -- a section heading summarises the block; it is no plan of its own --
                body = body[body.find("。") + 1 :]
            for index, sentence in enumerate(split_sentences(body), 1):
                sentences.append(PlanSentence(f"{measure.id}#{index}", measure.id, index, sentence.strip(),
                                              norm_key(sentence), is_framing(sentence)))
    return tuple(sentences)


def parse(document: RawDocument, *, kind: str | None = None) -> Report:
    """Return the report tree of a loaded document.

    ``kind`` (``rule_of_law``, ``government_work``, ``other``) overrides the kind detected
    from the report's opening. Raises ParseError when no part heading (一、…) is found at
    all: without parts there is nothing to align.
    """
    # -- tables are rows of cells, not report prose: kept apart and put back in the outline --
    tables = tuple(Table(f"表{index}", p.table, p.line)
                   for index, p in enumerate((p for p in document.paragraphs if p.table is not None), 1))
    prose = tuple(p for p in document.paragraphs if p.table is None)
    paragraphs, furniture = _without_furniture(prose)
    # -- only plain text can be hard-wrapped; Word paragraphs are paragraphs --
    header, paragraphs = split_header(paragraphs, _wrap_width(paragraphs) if document.may_be_wrapped else [])
    if document.may_be_wrapped:
        paragraphs = join_wrapped(paragraphs)
        if not header:
            # -- a title as long as the wrapped lines was joined with its tail: a header now --
            header, paragraphs = split_header(paragraphs, [])
    paragraphs = join_lead_lines(split_at_marked_lines(paragraphs))
    parser = _Parser(document.source)
    parser.feed_header(header)
    for paragraph in paragraphs:
        parser.feed(paragraph)
    parser._close_part()
    if not parser.parts:
        raise ParseError(document.source, "no report structure found (expected part headings like 一、…)")
    parts = tuple(parser.parts)
    preamble = "\n".join(parser.preamble)
    name = "".join(p.text for p in header)
    report_kind = KINDS[kind] if kind else detect_kind(name + preamble[:300])
    years = _years(report_kind, name, parts, preamble, document.source)
    return Report(
        source=document.source,
        year=years.year,
        title=parser.title,
        preamble=preamble,
        parts=parts,
        blocks=_with_tables(_with_furniture(parser.blocks, furniture), tables),
        plan_sentences=_plan_sentences(parts),
        warnings=document.warnings,
        kind=report_kind.name,
        review_year=years.review_year,
        plan_year=years.plan_year,
        tables=tables,
    )


def _years(kind: Kind, name: str, parts: tuple[Part, ...], preamble: str, source: str):
    def heading(role: Role) -> str:
        return next((part.title for part in parts if part.role is role), "")

    return detect_years(kind, name=name, results_heading=heading(Role.RESULTS), plans_heading=heading(Role.PLANS),
                        preamble=preamble, source=source)


def _with_tables(blocks: tuple[Block, ...], tables: tuple[Table, ...]) -> tuple[Block, ...]:
    """The outline with each table's block where the table stood (by input position)."""
    merged = list(blocks)
    for table in tables:
        at = next((i for i, block in enumerate(merged) if block.line > table.line), len(merged))
        text = "\n".join("\t".join(row) for row in table.rows)
        merged.insert(at, Block(BlockKind.TABLE, table.id, text, table.line))
    return tuple(merged)


def parse_text(text: str, source: str = "<text>", *, kind: str | None = None) -> Report:
    """Parse report text given as a string."""
    from .loaders.text import split_paragraphs

    return parse(RawDocument(source, split_paragraphs(text), may_be_wrapped=True), kind=kind)


__all__ = ["chinese_numeral", "detect_role", "is_furniture", "join_lead_lines", "join_wrapped", "parse", "parse_text",
           "split_header", "split_sentences"]
