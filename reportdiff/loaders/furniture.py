"""Page furniture: what a printed page carries besides the report (page numbers, running
headers and footers). Shared by the PDF reader, by text that keeps page breaks
(``pdftotext`` output, where a form feed ends each page) and by text copied out of a PDF
viewer, whose pages are told only by their numbers (``paginate``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, TypeVar

from .. import lazy_re

T = TypeVar("T")

# -- page numbers as Word/WPS templates of government documents print them: — 3 —, - 3 -,
#    ·3·, 第3页, 第3页 共12页, 3/12, Page 3 of 12 --
_PAGE_NUMBER = lazy_re.compile(
    r"^[\s\-—–－―~～·•]*(?:第\s*)?\d{1,4}(?:\s*[页頁])?(?:\s*[/／]\s*\d{1,4}|\s*[，,]?\s*共\s*\d{1,4}\s*[页頁])?[\s\-—–－―~～·•]*$"
    r"|^(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$",
    re.IGNORECASE,
)
#: How many lines at the top and at the bottom of a page may be furniture.
EDGE_LINES = 2


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def is_marked_page_number(text: str) -> bool:
    """A page number with its marks (— 2 —, 第2页, 2/12): a bare number may be a report's own
    (a subscript a web page broke off: CO / 2)."""
    return is_page_number(text) and not text.strip().isdigit()


def _shape(text: str) -> str:
    """A line with its digits and spaces set aside: a running footer 第3页 is 第#页 on every page."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def drop_furniture(pages: list[list[T]], text_of: Callable[[T], str], *, first_top: bool = True) -> list[list[T]]:
    """Return ``pages`` without their furniture.

    Only the first and last ``EDGE_LINES`` lines of a page are candidates: a page number
    there goes, and so does a line found at the edges of most pages (at least two) with
    only its digits changing, once per edge. A report's own text never repeats page after
    page. Without ``first_top`` the first page's top is no page edge (text copied from a
    viewer starts with the report's title, which a running header may repeat).
    """
    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({_shape(text_of(line)) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    printed = sum(1 for lines in pages if lines)  # -- (pdftotext's form feed ends the last page too) --
    running = {shape for shape, count in edges.items()
               if printed >= 2 and count >= max(2, 0.6 * printed) and shape}
    kept = []
    for lines in pages:
        last = len(lines) - EDGE_LINES
        dropped: set[tuple[str, bool]] = set()
        page: list[T] = []
        skipped = 0  # -- lines dropped at the top leave the edge their room: pdftotext may read a
        #    number column between a header's two halves (海淀区人民政府 / （三） / 2025年…报告) --
        for index, line in enumerate(lines):
            top = index - skipped < EDGE_LINES
            if top and not first_top and not kept:
                page.append(line)
                continue
            if top or index >= last:
                shape = _shape(text_of(line))
                # -- one running line per page edge: a title under a running header that
                #    repeats it (政府工作报告 / 政府工作报告) is the report's own --
                if shape in running and (shape, top) not in dropped:
                    dropped.add((shape, top))
                    skipped += top
                    continue
                if is_page_number(text_of(line)):
                    skipped += top
                    continue
            page.append(line)
        kept.append(page)
    return kept


def _page_numbers(texts: list[str]) -> list[int]:
    """The indices of the lines that number pages: a page number with its marks (— 3 —, 第3页,
    3/12) anywhere, a bare number only as one of a count (2 after 1, or before 3) and below
    1000: a number alone on a line may be a figure cut off its unit (…智能工厂 / 6 / 家。) or a year."""
    marked = [index for index, text in enumerate(texts) if is_marked_page_number(text)]
    bare = [(index, int(text.strip())) for index, text in enumerate(texts)
            if text.strip().isdigit() and len(text.strip()) <= 3]
    counted = [index for position, (index, number) in enumerate(bare)
               if (position and bare[position - 1][1] == number - 1)
               or (position + 1 < len(bare) and bare[position + 1][1] == number + 1)]
    return sorted({*marked, *counted})


def paginate(lines: list[T], text_of: Callable[[T], str]) -> list[list[T]]:
    """Cut lines copied out of a PDF viewer (no page breaks marked) into pages after each of
    their page numbers; one page when fewer than two numbers are found, since a running line
    must repeat to be told from the report's own."""
    breaks = _page_numbers([text_of(line) for line in lines])
    if len(breaks) < 2:
        return [lines]
    pages, start = [], 0
    for index in breaks:
        pages.append(lines[start:index + 1])
        start = index + 1
    if start < len(lines):
        pages.append(lines[start:])
    return pages


#: A running line repeats page after page and says no sentence of its own.
_RUNNING_MAX = 40
_SENTENCE_MARKS = lazy_re.compile(r"[。；;，,！!？?：:]")
_FINISHED = tuple("。；;！!？?：:…”’」』）)】》")
#: The opening of a heading or an item (一、 （一） 1. 第一部分 一是): a line opening so starts a paragraph.
_OPENS_PARAGRAPH = lazy_re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、](?!\d)|"
                                   r"第[一二三四五六七八九十]+部分)")
_CELL_GAP = lazy_re.compile(r"\t|[ \u3000\xa0]{2,}")
#: How long a body line is at least: a page breaks a paragraph at a full line.
_BODY_LINE = 15


def drop_interrupting_lines(lines: list[T], text_of: Callable[[T], str]) -> list[T]:
    """Return ``lines`` without a running header or footer that lost its page numbers: a short
    line said three times or more that cuts into a sentence at least twice (after a full body
    line that does not end it, before a line that opens no paragraph). A heading said twice
    (主要做法) follows a heading or a finished sentence; the report's title on the first line
    stays."""
    texts = [re.sub(r"\s+", "", text_of(line)) for line in lines]
    counts = Counter(texts)
    # -- (a table's row, cells apart by a tab or wide spaces, is no running line) --
    rows = {texts[index] for index, line in enumerate(lines) if _CELL_GAP.search(text_of(line).strip())}
    candidates = {text for text, count in counts.items()
                  if count >= 3 and 0 < len(text) <= _RUNNING_MAX and not _SENTENCE_MARKS.search(text)
                  and not _OPENS_PARAGRAPH.match(text) and text not in rows}
    if not candidates:
        return lines
    cuts: Counter[str] = Counter()
    for index in range(1, len(lines) - 1):
        before, after = texts[index - 1], texts[index + 1]
        if (texts[index] in candidates and len(before) >= _BODY_LINE and not before.endswith(_FINISHED)
                and not _OPENS_PARAGRAPH.match(before) and not _OPENS_PARAGRAPH.match(after)):
            cuts[texts[index]] += 1
    running = {text for text in candidates if cuts[text] >= 2}
    return [line for index, (line, text) in enumerate(zip(lines, texts)) if index == 0 or text not in running]


#: A running line said once is short: an office's name or the report's (某区人民政府).
_LONE_MAX = 20
#: …and names the office or the report: never a heading's words (a sub-district's office, 某街道办事处
#: or 某街道, as a county's government).
_OFFICE_OR_REPORT = lazy_re.compile(r"(?:人民政府|政府|委员会|委員會|办公室|辦公室|办事处|辦事處|街道|管委会|管委會|局|厅|廳|"
                                    r"报告|報告)$")


def drop_lone_running_lines(pages: list[list[T]], text_of: Callable[[T], str]) -> list[list[T]]:
    """Return ``pages`` (their page numbers and repeated furniture gone) without a running line
    said once — a report of two pages whose first page has none (公文 print the header from the
    second page on) — where it cuts a sentence at the page break: a short line saying nothing,
    at the top of a page after a full body line that does not end (or at the foot of the page
    before, under such a line), before a line that opens no paragraph. A heading there follows
    a finished sentence or opens by its marker; a sentence's own end carries its 。. Between a
    finished sentence and a marked heading, a short line naming an office or the report
    (某区人民政府) is the header too: no heading names one, and a 落款 is followed by its date."""
    def lone(text: str) -> bool:
        text = re.sub(r"\s+", "", text)
        return (0 < len(text) <= _LONE_MAX and not _SENTENCE_MARKS.search(text) and not _OPENS_PARAGRAPH.match(text)
                and not is_page_number(text))

    def cut(before: str, after: str) -> bool:
        before, after = re.sub(r"\s+", "", before), re.sub(r"\s+", "", after)
        return (len(before) >= _BODY_LINE and not before.endswith(_FINISHED) and bool(after)
                and not _OPENS_PARAGRAPH.match(after))

    def between(line: str, before: str, after: str) -> bool:
        # -- an office's or the report's name between a finished sentence and a marked heading
        #    (…全部完成。 / 某区人民政府 / （一）推动…): no heading names an office; a 落款 is
        #    followed by its date --
        line, before = re.sub(r"\s+", "", line), re.sub(r"\s+", "", before)
        return (lone(line) and _OFFICE_OR_REPORT.search(line) is not None and before.endswith(_FINISHED)
                and _OPENS_PARAGRAPH.match(after.strip()) is not None)

    kept = [list(page) for page in pages]
    for index in range(1, len(kept)):
        above, below = kept[index - 1], kept[index]
        if len(above) >= 1 and len(below) >= 2 and lone(text_of(below[0])) and cut(text_of(above[-1]), text_of(below[1])):
            del below[0]  # -- the next page's header, between the halves of a sentence --
        elif len(above) >= 2 and below and lone(text_of(above[-1])) and cut(text_of(above[-2]), text_of(below[0])):
            del above[-1]  # -- the page's footer, under the sentence its page cut --
        elif len(above) >= 1 and len(below) >= 2 and between(text_of(below[0]), text_of(above[-1]), text_of(below[1])):
            del below[0]  # -- the next page's header, before a heading --
        elif len(above) >= 2 and below and between(text_of(above[-1]), text_of(above[-2]), text_of(below[0])):
            del above[-1]  # -- the page's footer, over the next page's heading --
    return kept


__all__ = ["EDGE_LINES", "drop_furniture", "drop_interrupting_lines", "drop_lone_running_lines", "is_marked_page_number",
           "is_page_number", "paginate"]
