"""A table of contents (目录) at a report's start: its headings listed again, set aside.

Offices type one before the body, or a PDF or web page carries the one Word generated:
``一、2024年工作回顾……………3``, ``（一）深化改革 ........ 5``, ``二、…<tab>7``, or the heading lines
alone under 目录. The body then repeats those headings. Parsed as report text, each entry would
open a part or section of its own and the outline would double. Found here in the paragraphs
every reader delivers (the shared step, not one per format), it goes back into the outline as
``other``, as page furniture does: no part, section or measure.
"""

from __future__ import annotations

from . import lazy_re
from .loaders import Paragraph
from .normalize import key as norm_key, nfkc
from .parse_header import is_furniture
from .parse_markers import (
    CHAPTER_RE, DOTTED_PART_RE, ITEM_RE, PAREN_ITEM_RE, PART_RE, SECTION_RE, SENTENCE_END, is_heading_line,
    is_marker_line, marker_prefix, prefix_only,
)

#: The contents' own heading: 目录, 目 錄, 目次 (on the width-folded text).
_HEADING = lazy_re.compile(r"^目\s*(?:录|錄|次)\s*[:：]?$")
#: An entry's leader and page on the width-folded text (NFKC folds … to ...): dots, middle dots
#: or a rule before the page; or a tab or spaces alone, taken only after a heading's marker.
_DOTTED = lazy_re.compile(r"\s*[.·・‧⋯_\-—]{2,}\s*(\d{1,3})$")
_SPACED = lazy_re.compile(r"(?:\t|\s)\s*(\d{1,3})$")
_PAGE = lazy_re.compile(r"^\d{1,3}$")
#: How far into the paragraphs a contents may start (a cover's lines, the title, the date before it).
_START_WITHIN = 40
#: An entry (a heading) is no longer than this; nor is a line an entry broken off.
_ENTRY_MAX = 60
_MARKERS = (PART_RE, SECTION_RE, CHAPTER_RE, DOTTED_PART_RE, ITEM_RE, PAREN_ITEM_RE)


def split_contents(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """Return (the paragraphs without the contents, the contents' paragraphs).

    A contents is a run of lines before the report's first sentence, under 目录 or not: entries
    with a leader and a page number (two at least, or one under 目录; a table of headings and
    pages, as a text copied from Word's contents has, is as many entries as it has rows), or
    heading lines (一、… （一）…) that the body repeats as its headings in the same order. Nothing
    else is taken: a report opening on its first part and section keeps them. Page furniture
    and notes are passed over (a contents runs on over its page's footer).
    """
    if any(p.contents for p in paragraphs):
        return _flagged(paragraphs)
    body = tuple(p for p in paragraphs if not p.note and not (p.table is None and is_furniture(p.text)))
    for start, paragraph in enumerate(body[:_START_WITHIN]):
        if paragraph.table is None and _sentence(paragraph.text):
            break
        length = _paged_run(body, start) or _repeated_run(body, start)
        if length:
            taken = {id(p) for p in body[start:start + length]}
            return (tuple(p for p in paragraphs if id(p) not in taken),
                    tuple(p for p in paragraphs if id(p) in taken))
    return paragraphs, ()


def _flagged(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], tuple[Paragraph, ...]]:
    """The contents Word generated, as its reader flagged it, with a 目录 line typed just before it
    outside Word's control."""
    first = next(index for index, p in enumerate(paragraphs) if p.contents)
    heading = first - 1 if first and _HEADING.match(nfkc(paragraphs[first - 1].text).strip()) else first
    taken = [p.contents or index == heading for index, p in enumerate(paragraphs)]
    return (tuple(p for p, t in zip(paragraphs, taken) if not t), tuple(p for p, t in zip(paragraphs, taken) if t))


def _sentence(text: str) -> bool:
    folded = nfkc(text)
    return any(mark in folded for mark in SENTENCE_END)


def _titled(paragraphs: tuple[Paragraph, ...], start: int) -> int:
    """1 where the run opens on the contents' heading (目录), else 0."""
    return int(_HEADING.match(nfkc(paragraphs[start].text).strip()) is not None)


def _entry(text: str) -> tuple[str, int] | None:
    """The heading an entry lists (its leader and page cut off) and its page, or None for no entry."""
    folded = nfkc(text).strip()
    found = _DOTTED.search(folded)
    if found is None and (spaced := _SPACED.search(folded)) is not None and _marked(folded):
        found = spaced
    head = _head(folded[:found.start()]) if found is not None else None
    return None if head is None else (head, int(found.group(1)))


def _head(text: str) -> str | None:
    head = text.strip()
    return head if head and len(head) <= _ENTRY_MAX and not _sentence(head) else None


def _entries(paragraph: Paragraph, titled: bool) -> list[tuple[str, int]] | None:
    """The headings a paragraph lists with their pages: one for an entry, a row's each for a table
    whose last column is pages; None for neither. A table under no 目录 lists headings (half of
    its rows marked 一、…): a table of figures (a label and a count) has the same two columns."""
    if paragraph.table is None:
        entry = _entry(paragraph.text)
        return None if entry is None else [entry]
    entries = []
    for row in paragraph.table:
        cells = [nfkc(cell).strip() for cell in row if cell.strip()]
        head = _head(" ".join(cells[:-1])) if len(cells) >= 2 and _PAGE.match(cells[-1]) else None
        if head is None:
            return None
        entries.append((head, int(cells[-1])))
    return entries if titled or sum(_marked(head) for head, _ in entries) * 2 >= len(entries) else None


def _marked(text: str) -> bool:
    return any(marker_prefix(regex, text) for regex in _MARKERS)


def _paged_run(paragraphs: tuple[Paragraph, ...], start: int) -> int:
    """Length of a run of entries with pages from ``start`` (0 for none). A line without a page
    followed by one without a marker is one entry broken over two lines (pdftotext's)."""
    titled = _titled(paragraphs, start)
    at, entries = start + titled, []
    while at < len(paragraphs):
        listed = _entries(paragraphs[at], bool(titled))
        if listed is None and (broken := _broken_entry(paragraphs, at, bool(entries))) is not None:
            entries.append(broken)
            at += 2
            continue
        if listed is None:
            break
        entries += listed
        at += 1
    if len(entries) < 2 - titled:
        return 0
    # -- pages run on through the report: numbers that fall are figures, not pages --
    pages = [page for _, page in entries]
    if pages != sorted(pages):
        return 0
    heads = [head for head, _ in entries]
    # -- the headings listed are the body's: half of them at least in the text after the run --
    body = norm_key("".join(p.text for p in paragraphs[at:] if p.table is None))
    listed = [_words(head) for head in heads]
    return at - start if sum(bool(words) and words in body for words in listed) * 2 >= len(listed) else 0


def _broken_entry(paragraphs: tuple[Paragraph, ...], at: int, within: bool) -> tuple[str, int] | None:
    """The heading and page of an entry broken over the lines ``at`` and ``at + 1`` (its head, then
    its tail with the page), or None. The first of a run opens on a heading's marker."""
    if at + 1 >= len(paragraphs) or paragraphs[at].table is not None or paragraphs[at + 1].table is not None:
        return None
    text, tail = nfkc(paragraphs[at].text).strip(), _entry(paragraphs[at + 1].text)
    if tail is None or _marked(tail[0]) or not (within or _marked(text)) or _head(text) is None:
        return None
    return text + tail[0], tail[1]


def _repeated_run(paragraphs: tuple[Paragraph, ...], start: int) -> int:
    """Length of a run of heading lines from ``start`` that the body repeats as its headings, in
    the same order (0 for none). The run ends where its first heading comes again: a body opening
    right on its first part, with no preamble after the list."""
    titled = _titled(paragraphs, start)
    at = start + titled
    listed: list[str] = []
    while (at < len(paragraphs) and paragraphs[at].table is None and is_heading_line(paragraphs[at].text)
           and not _sentence(paragraphs[at].text)):
        if listed and norm_key(paragraphs[at].text) == listed[0]:
            break  # -- the body starts again on its first heading (no preamble between) --
        listed.append(norm_key(paragraphs[at].text))
        at += 1
    if len(listed) < 2 - titled:
        return 0
    wanted = iter(listed)
    expected = next(wanted)
    for index in range(at, len(paragraphs)):
        text = paragraphs[index].text
        if paragraphs[index].table is not None or not is_marker_line(text):
            continue
        if prefix_only(text) and index + 1 < len(paragraphs):
            text += paragraphs[index + 1].text  # -- （一） / 依法全面履行…: a PDF's heading --
        if _heading_key(text) == expected:
            expected = next(wanted, None)
            if expected is None:
                return at - start
    return 0


def _heading_key(text: str) -> str:
    """A body line's heading: up to its first sentence end (（一）持续推进…。加强… → （一）持续推进…)."""
    folded = nfkc(text)
    end = min((folded.find(mark) for mark in SENTENCE_END if mark in folded), default=len(folded))
    return norm_key(folded[:end])


def _words(head: str) -> str:
    """An entry's heading without its marker, as a key."""
    for regex in _MARKERS:
        found = marker_prefix(regex, head)
        if found:
            return norm_key(head[len(found[1]):])
    return norm_key(head)


__all__ = ["split_contents"]
