"""Page furniture: what a printed page carries besides the report (page numbers, running
headers and footers). Shared by the PDF reader and by text that keeps page breaks
(``pdftotext`` output, where a form feed ends each page).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, TypeVar

T = TypeVar("T")

# -- page numbers as Word/WPS templates of government documents print them: — 3 —, - 3 -,
#    ·3·, 第3页, 第3页 共12页, 3/12, Page 3 of 12 --
_PAGE_NUMBER = re.compile(
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


def drop_furniture(pages: list[list[T]], text_of: Callable[[T], str]) -> list[list[T]]:
    """Return ``pages`` without their furniture.

    Only the first and last ``EDGE_LINES`` lines of a page are candidates: a page number
    there goes, and so does a line found at the edges of most pages (at least two) with
    only its digits changing, once per edge. A report's own text never repeats page after
    page.
    """
    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({_shape(text_of(line)) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    running = {shape for shape, count in edges.items()
               if len(pages) >= 2 and count >= max(2, 0.6 * len(pages)) and shape}
    kept = []
    for lines in pages:
        last = len(lines) - EDGE_LINES
        dropped: set[tuple[str, bool]] = set()
        page: list[T] = []
        for index, line in enumerate(lines):
            top = index < EDGE_LINES
            if top or index >= last:
                shape = _shape(text_of(line))
                # -- one running line per page edge: a title under a running header that
                #    repeats it (政府工作报告 / 政府工作报告) is the report's own --
                if shape in running and (shape, top) not in dropped:
                    dropped.add((shape, top))
                    continue
                if is_page_number(text_of(line)):
                    continue
            page.append(line)
        kept.append(page)
    return kept


__all__ = ["EDGE_LINES", "drop_furniture", "is_marked_page_number", "is_page_number"]
