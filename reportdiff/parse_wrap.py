"""Lines back into paragraphs: hard-wrapped text re-joined (``join_wrapped``), and Word line
breaks between numbered items split again (``split_at_marked_lines``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from typing import Callable

from . import lazy_re
from .kinds import names_a_part
from .loaders import Paragraph
from .normalize import key as norm_key
from .parse_leads import subheading
from .parse_markers import (CHAPTER_RE, DOTTED_PART_RE, NUMERAL_VALUES, NUMERALS, PART_RE, SECTION_RE, display_len,
                            is_heading_line, is_marker_line, marker_prefix, opens_with_address, prefix_only)
from .parse_whole import (FINISHED as _FINISHED, NO_OPENING, OPEN_END as _OPEN_END,
                          SENTENCE_PUNCTUATION as _SENTENCE_PUNCTUATION,
                          cut_shows, dangling_across, opens_by_shape, opens_no_paragraph as _opens_no_paragraph,
                          ordinal_after_open_line, stands_alone, word_across as _word_across)


def join_wrapped(paragraphs: tuple[Paragraph, ...], *, unnumbered: bool = False,
                 wrapped: bool = True) -> tuple[Paragraph, ...]:
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

    Where a wrapper cut every line at one character count (``exact_width``: fold, textwrap, a mail
    client), a line ending a sentence short of it ended its paragraph; one ending a sentence right
    at the width is as often a sentence's end inside a paragraph, so goes on, unless the next line
    opens on a dash lead or an address (——…, 各位代表！), or, where no indent marks paragraphs, on a
    turn to the problems (在肯定成绩的同时，我们也清醒看到…), which no paragraph holds after its 。. A
    heading of a marker the report closes with 。 (``closed_headings``) goes on to its 。 when the
    width cut it, and on with its body after a 。 at the width where the report's headings carry
    their body on their line. A line opening on a mark (。, ，, ”) opens no paragraph, nor does one
    opening on the digits of a figure or a code the width cut (…广义货币M / 2、…). A point (一是…)
    after a sentence ended right at the width opens a paragraph where its series shows the report
    sets its points so (``points_opening_paragraphs``).

    But a line that is whole though unpunctuated (a caption, a list's items after a line ending in
    ：) takes the next only where the cut shows, and a line that opens a paragraph by its shape
    (——…, 第一，…, a caption) continues none that is not at the width unless the cut shows: the
    line before it lost its 。 (``parse_whole``).

    In every form: a heading cut by a page before the tail of its words (（一）优化法治化 / 营商环境。
    我县…) takes the tail where the report writes its headings with their body on the line
    (``heading_cut_before_tail``); a subheading on its own line (强化执法监督, 一是创新普法方式, a Word
    标题 3) leads the body below it, set apart from it; after a line ending a sentence at the width, a
    short line with no sentence and no end (a subheading, a caption) opens a paragraph.

    Reports written one paragraph per line meet none of these and pass through unchanged; a
    wrongly joined line loses nothing (the outline still gives back the input).

    ``wrapped`` is False for a Word file, a PDF or a web page: no wrap width is sought, and their
    paragraphs read as a text written a paragraph a line does, so every form of a report reads
    alike. A paragraph with a Word heading level is continued as a heading
    line is, unless it holds a sentence (a heading with its body, cut: then as any paragraph).
    In those forms, and in a text where no wrap width shows (written a paragraph a line), a
    heading takes the line after it only where the cut shows (after ，、 or an open bracket,
    before a mark no paragraph opens with, or a word cut in two: …第一责任 / 人职责情况): no width
    wrapped it, and a subheading after it is no tail of it.
    """
    indents = wrapped and indents_open_paragraphs(paragraphs)
    if not indents:
        # -- (an indent tells nothing where every line or none opens on one) --
        paragraphs = tuple(replace(paragraph, indent="") if paragraph.indent else paragraph for paragraph in paragraphs)
    width = wrap_width(paragraphs) if wrapped else []
    indents = indents and bool(width)
    marked = marked_width(paragraphs) if width else {}
    exact = exact_width(paragraphs) if width else None
    opening_points = points_opening_paragraphs(paragraphs, width, exact) if width else frozenset()
    closed = closed_headings(paragraphs, width) if width else frozenset()
    # -- …those whose headings carry their body, less those that also stand alone --
    closed_bodied = (closed_headings(paragraphs, width, bodied=True) - _alone_headings(paragraphs, width)
                     if width else frozenset())
    bodied = headings_with_bodies(paragraphs)
    # -- a Word file, a PDF, a web page, or a text written a paragraph a line: no line of theirs
    #    was wrapped by a width, so a heading takes the next line only where the cut shows --
    cut_only = not width
    joined: list[Paragraph] = []
    # -- by joined paragraph, the whole unpunctuated line it is (parse_whole.stands_alone), if any --
    kinds: list[str | None] = []
    for index, paragraph in enumerate(paragraphs):
        after = paragraphs[index + 1].text if index + 1 < len(paragraphs) else None
        if joined and paragraph.heading_level is None and (
                not is_marker_line(paragraph.text)
                or index not in opening_points and _wrapped_point(joined[-1].text, paragraph.text, width, exact)
                or _token_cut(joined[-1].text, paragraph.text,
                              _shifted(width, joined[-1].indent if indents and "\n" not in joined[-1].text else ""))):
            previous = joined[-1]
            last_line = previous.text.rsplit("\n", 1)[-1]
            # -- a paragraph's first line that opened on an indent reached the width short of it --
            room = previous.indent if indents and previous.text == last_line else ""
            line_width, line_exact = _shifted(width, room), exact - len(room) if exact is not None else None
            # -- the first paragraph is read as a title while it is one line or ends as titles do --
            title = len(joined) == 1 and "。" not in previous.text and (
                "\n" not in previous.text or bool(_TITLE_END.search(previous.text.strip())))
            if indents and _indented(paragraph) and not (previous.text == last_line and prefix_only(last_line)):
                # -- the text indents its paragraphs' first lines and no other: this one opens a
                #    paragraph, however the line above ends --
                continues = False
            elif (_opens_on_mark(paragraph.text) or _sentence_cut_at_width(previous.text, paragraph.text, after, width)
                  or _token_cut(previous.text, paragraph.text, line_width)):
                # -- a line opening on a sentence's or a clause's mark or a closing one opens no
                #    paragraph, whatever ends the line above (fold cuts before a mark too: …“三去一降
                #    一补” / 。要在…); nor does a marked sentence's tail the width cut off (…全程追 / 溯。),
                #    nor a figure or a code the width cut in two (…广义货币M / 2、信贷…: no item 2、) --
                continues = True
            elif kinds[-1] is not None:
                # -- a whole line (a caption, a list's item) takes the next only where the cut shows --
                continues = cut_shows(last_line, paragraph.text)
            elif _ends_sentence(last_line) and _opens_after_sentence(paragraph.text, after, turns=not indents):
                # -- after a sentence's end, a dash lead (——经济运行…), an address to the congress
                #    (各位代表！) or a turn to the problems (…表示诚挚感谢！ / 在肯定成绩的同时，我们也
                #    清醒看到…) opens a paragraph though the line above fills the width: the reports
                #    write none of them after a 。 inside a paragraph (where the text indents its
                #    paragraphs, the indent tells a turn's paragraph already) --
                continues = False
            elif opens_by_shape(paragraph.text) and not (previous.text == last_line and prefix_only(last_line)):
                # -- a line opening a paragraph by its shape (——…, 第一，…, a caption): the line
                #    before it lost its 。 unless it fills the width or the cut shows --
                continues = (_at_width(previous.text, last_line, line_width, marked, line_exact)
                             and not _whole_after_sentence(last_line, paragraph.text, line_width)
                             and not ordinal_after_open_line(last_line, paragraph.text)
                             or cut_shows(last_line, paragraph.text))
            elif not paragraph.lead and heading_cut_before_tail(_one_line(previous.text), paragraph.text, after, bodied):
                continues = True
            elif previous.heading_level not in (None, 1) and _leads_body(previous.text, paragraph.text):
                # -- a subheading Word styled as a heading (标题 3) leads its body as the same line
                #    does in a text or on a page: no section of its own (one needs a （一）) --
                continues = True
            elif previous.heading_level is not None and not _SENTENCE_PUNCTUATION.search(previous.text):
                continues = _heading_continues(last_line, paragraph.text, after, line_width, cut_only=cut_only)
            else:
                continues = _continues(previous.text, last_line, paragraph.text, after, line_width, first=title,
                                       unnumbered=unnumbered, cut_only=cut_only, marked=marked, exact=line_exact,
                                       closed=closed, closed_bodied=closed_bodied, room=_room(display_len, room),
                                       flush=indents and not _indented(paragraph))
            if continues:
                # -- a subheading on its own line over its body (党建引领，压实法治责任 / 街道…)
                #    leads the paragraph it opens: its title, kept apart from the body --
                leads = (not title and previous.heading_level != 1 and not _cut_at_exact_width(last_line, exact)
                         and _leads_body(previous.text, paragraph.text, width))
                lead = previous.text.strip() if leads else previous.lead
                joined[-1] = Paragraph(previous.text + "\n" + paragraph.text, previous.line,
                                       None if leads else previous.heading_level, lead=lead, indent=previous.indent)
                continue
        kinds.append(None if paragraph.heading_level == 1 else
                     stands_alone(paragraph.text, joined[-1].text if joined else None, kinds[-1] if kinds else None,
                                  after))
        joined.append(paragraph)
    return tuple(joined)


#: Markers of headings that may carry their body on their line ((三)提升行政决策法治化水平。扎实…).
_HEADING_MARKERS = (PART_RE, SECTION_RE, CHAPTER_RE, DOTTED_PART_RE)
#: How wide a heading's tail cut off by a page may be (…法治化 / 营商环境。: a body's own first
#: sentence is longer, 我区律师业务较为集中。), and the whole heading.
_TAIL_MAX, _HEADING_MAX = 6, 30
#: What a heading's words hold none of: no clause, quotation or bracket.
_CLAUSE = lazy_re.compile(r"[,、;:“”\"《》()（）\[\]]")


def _heading_marker(text: str) -> tuple[re.Pattern[str], str] | None:
    """The heading marker ``text`` opens with, and the words after it."""
    for regex in _HEADING_MARKERS:
        found = marker_prefix(regex, text)
        if found is not None:
            return regex, text[len(found[1]):]
    return None


def _one_line(text: str) -> str:
    """A paragraph's one line, or a marker alone on its line with its words on the next (（一） /
    优化法治化, as pdftotext sets Word's numbering) as one line; "" for any longer paragraph."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    return lines[0] + lines[1] if len(lines) == 2 and prefix_only(lines[0]) else ""


def headings_with_bodies(paragraphs: tuple[Paragraph, ...]) -> frozenset[re.Pattern[str]]:
    """The heading markers a report writes with the body on the heading's line ((一)优化营商环境。
    我县…): a heading of theirs left unfinished was cut by a page, not set on a line of its own."""
    found = set()
    for paragraph, following in zip(paragraphs, (*paragraphs[1:], None)):
        # -- (pdftotext sets Word's numbering on a line of its own: （一） / its heading and body) --
        text = paragraph.text + following.text if following is not None and prefix_only(paragraph.text) else paragraph.text
        marked = _heading_marker(text)
        if marked is None:
            continue
        head, stop, body = marked[1].partition("。")
        if stop and body.strip() and 0 < display_len(head) <= _HEADING_MAX:
            found.add(marked[0])
    return frozenset(found)


#: How long a heading closed by 。 may run before its 。 (（三）坚持创新引领发展，着力激发社会创造力，
#: 整体创新能力和效率显著提高。 is 36): longer, it is no heading but a paragraph's opening.
_CLOSED_HEADING_MAX = 50


def closed_headings(paragraphs: tuple[Paragraph, ...], widths: list[tuple[Callable[[str], float], float]], *,
                    bodied: bool = False) -> frozenset[re.Pattern[str]]:
    """The heading markers whose headings the report closes with 。, alone on their line or with
    their body after it ((一)稳定和完善宏观经济政策，保持经济运行在合理区间。 / (三)…效率显著提高。实施…):
    as a line of theirs shows whose 。 the wrap left on it, or one at the width before a line that
    is a short whole sentence (…保持经济运 / 行在合理区间。: no body is one short sentence). With
    ``bodied``, those whose headings carry their body after the 。 on their line."""
    found = set()
    for paragraph, following in zip(paragraphs, (*paragraphs[1:], None)):
        marked = _heading_marker(paragraph.text)
        if marked is None:
            continue
        head, stop, rest = unicodedata.normalize("NFKC", marked[1]).partition("。")
        if stop and 0 < display_len(head) <= _CLOSED_HEADING_MAX and not _SENTENCE_PUNCTUATION.search(head):
            if not bodied or rest.strip():
                found.add(marked[0])
        elif not bodied and not stop and following is not None and _closing_tail(
                paragraph.text, following.text, _shifted(widths, paragraph.indent)):
            found.add(marked[0])
    return frozenset(found)


def _alone_headings(paragraphs: tuple[Paragraph, ...],
                    widths: list[tuple[Callable[[str], float], float]]) -> frozenset[re.Pattern[str]]:
    """The heading markers of which a heading stands alone on its line, closed by 。 short of the
    width ((三)推进城乡融合发展，城乡面貌明显改善。 / 完成…)."""
    found = set()
    for paragraph in paragraphs:
        marked = _heading_marker(paragraph.text)
        if marked is not None and is_heading_line(paragraph.text) and _ends_sentence(paragraph.text) and not (
                line_at_width(paragraph.text, _shifted(widths, paragraph.indent))):
            found.add(marked[0])
    return frozenset(found)


def _closing_tail(line: str, text: str, widths: list[tuple[Callable[[str], float], float]]) -> bool:
    """Whether ``text`` is a heading's tail closing it after ``line`` cut at the width: one short
    sentence, 。 its only mark of a sentence's end, and no clause."""
    body = unicodedata.normalize("NFKC", text.strip())
    return (line_at_width(line, widths) and not is_marker_line(text) and body.endswith("。")
            and not _SENTENCE_PUNCTUATION.search(body[:-1]) and not _CLAUSE.search(body)
            and display_len(body) <= _TAIL_MAX * 2)


def _closed_heading_cut(previous: str, last_line: str, text: str, widths: list[tuple[Callable[[str], float], float]],
                        closed: frozenset[re.Pattern[str]], exact: int | None) -> bool:
    """Whether the heading ``previous``, of a marker the report closes with 。 (``closed``), was cut
    by the wrap before its 。 (…保持经济运 / 行在合理区间。; …整体创新能力和效 / 率显著提高。实施…), so
    goes on to it in ``text``: its last line reaches the width and ends on no mark — all the width
    where a wrapper cut every line at one count (``exact``; a heading of the report's that ends
    unclosed may come near it: （一）…需要进一步加强 / 一是…); elsewhere the cut must show too (a
    comma, a word across it)."""
    marked = _heading_marker(previous)
    if (marked is None or marked[0] not in closed or not line_at_width(last_line, widths)
            or unicodedata.normalize("NFKC", last_line.rstrip()[-1:]) in _FINISHED
            or display_len(previous.replace("\n", "")) > _CLOSED_HEADING_MAX):
        return False
    if exact is not None:
        return _char_len(last_line) >= exact
    return cut_shows(last_line, text)


def _body_after_closed_heading(previous: str, last_line: str, widths: list[tuple[Callable[[str], float], float]],
                               bodied: frozenset[re.Pattern[str]], exact: int | None) -> bool:
    """Whether the heading ``previous``, closed by 。 right at the wrap width, goes on with its body
    in the next line, as the report's headings of its marker carry their body on their line
    (``bodied``: （三）…整体创新能力和效率显著提高。 / 实施创新驱动发展战略…)."""
    marked = _heading_marker(previous)
    if marked is None or marked[0] not in bodied or not _ends_sentence(last_line):
        return False
    return _char_len(last_line) >= exact if exact is not None else line_at_width(last_line, widths)


def heading_cut_before_tail(previous: str, text: str, after: str | None, bodied: frozenset[re.Pattern[str]]) -> bool:
    """Whether ``previous``, a heading line with no sentence in it, was cut before the tail of its
    words that ``text`` opens with (…法治化 / 营商环境。我县…): where the report writes such headings
    with their body on the line (``bodied``), ``text`` opens on a few words closed by 。, no clause
    in them, and goes on with the body; the two make a heading no longer than the others. (A body
    under a heading of its own opens on a sentence, not on a few words closed by 。; nor is a lead
    phrase one, 依法决策。…, in a run of them: the line ``after`` opens on one too.)"""
    marked = _heading_marker(previous)
    if marked is None or marked[0] not in bodied or _SENTENCE_PUNCTUATION.search(previous) or is_marker_line(text):
        return False
    tail = _opening_phrase(text)
    words = unicodedata.normalize("NFKC", marked[1]).strip()
    return (tail is not None and bool(words) and not _CLAUSE.search(words) and (after is None or _opening_phrase(after) is None)
            and display_len(words) + display_len(tail) <= _HEADING_MAX)


def _opening_phrase(text: str) -> str | None:
    """The few words closed by 。 that ``text`` opens with before going on (营商环境。我县…), if any."""
    tail, stop, body = unicodedata.normalize("NFKC", text).partition("。")
    if not stop or not body.strip() or not 0 < display_len(tail) <= _TAIL_MAX or _CLAUSE.search(tail):
        return None
    return tail


#: Markers of a point or an item that a subheading may follow (一是创新普法方式 / its body below).
_POINT_OR_ITEM = lazy_re.compile(rf"^\s*(?:[{NUMERALS}]{{1,3}}是|\d{{1,2}}\s*(?:、|\.(?!\d))|\(\s*\d{{1,2}}\s*\))\s*")


def _leads_body(line: str, text: str, widths: list[tuple[Callable[[str], float], float]] = ()) -> bool:
    """Whether ``line`` is a subheading on its own line over the body ``text`` (党建引领，压实法治责任 /
    街道…; 一是创新普法方式 / 全年开展…): one line of a subheading's shape, after a point's or an item's
    marker if it has one, before a line holding a sentence (or the first line of one, wrapped at the
    width), and no cut shows between them."""
    if "\n" in line or not (_SENTENCE_PUNCTUATION.search(text) or line_at_width(text, widths)) or cut_shows(line, text):
        return False
    marked = _POINT_OR_ITEM.match(unicodedata.normalize("NFKC", line))
    words = unicodedata.normalize("NFKC", line)[marked.end():] if marked else line
    return (bool(marked) or not is_marker_line(line)) and subheading(words)


def _continues(previous: str, last_line: str, text: str, after: str | None,
               widths: list[tuple[Callable[[str], float], float]], *, first: bool, unnumbered: bool = False,
               cut_only: bool = False, marked: dict[float, float] | None = None, exact: int | None = None,
               closed: frozenset[re.Pattern[str]] = frozenset(),
               closed_bodied: frozenset[re.Pattern[str]] = frozenset(), room: float = 0,
               flush: bool = False) -> bool:
    """Whether ``text`` continues the paragraph ``previous`` (whose last line is ``last_line``;
    ``after`` is the line that follows ``text``, if any). In a report that numbers no part
    (``unnumbered``), a short line naming a part is a heading too. ``room``: how wide the indent
    ``last_line`` opened on was; ``flush``: ``text`` opens on none where the text indents its
    paragraphs' first lines."""
    if previous == last_line and prefix_only(previous):
        return True
    if first and _TITLE_END.search(previous.strip()):
        return _title_is_cut(previous, text)  # -- a whole title, however long, unless the next line completes it --
    if unnumbered and names_a_part(text):
        return False  # -- a heading of its own (2024年工作开展情况 / 主要做法) --
    if is_heading_line(previous) or (unnumbered and previous == last_line and names_a_part(previous)):
        if (_closed_heading_cut(previous, last_line, text, widths, closed, exact)
                or _body_after_closed_heading(previous, last_line, widths, closed_bodied, exact)):
            return True
        return _heading_continues(last_line, text, after, widths, cut_only=cut_only, room=room, flush=flush)
    if _at_width(previous, last_line, widths, marked, exact):
        # -- …even after 。, unless what follows is a short line with no sentence and no end: a
        #    paragraph's last line ends on a mark, so that one opens a paragraph (a subheading:
        #    …明显提升。 at the width / 强化执法监督 / its body) --
        return not _whole_after_sentence(last_line, text, widths)
    if unicodedata.normalize("NFKC", last_line.rstrip()[-1:]) in _FINISHED:
        return False
    if first:
        return _title_is_cut(previous, text)
    return True


#: A clause mark inside a line: a heading's words hold none (see _CLAUSE), a plan's sentence does.
_CLAUSE_MARK = lazy_re.compile(r"[,，、;；]")


def _sentence_cut_at_width(previous: str, text: str, after: str | None,
                           widths: list[tuple[Callable[[str], float], float]]) -> bool:
    """A marked line holding a clause and longer than any heading, or at the wrap width
    (（三）建成…平台并投入使用，实现…全程追), is a sentence the width cut, not a heading: a shorter
    line after it that ends it (溯。), before the next marked line or the end, is its tail."""
    return ("\n" not in previous and is_heading_line(previous)
            and (display_len(previous) > _HEADING_MAX or line_at_width(previous, widths))
            and _CLAUSE_MARK.search(previous) is not None and display_len(text) < display_len(previous) / 2
            and unicodedata.normalize("NFKC", text.rstrip()[-1:]) in _SENTENCE_ENDS
            and not _SENTENCE_PUNCTUATION.search(text.rstrip()[:-1])
            and (after is None or is_marker_line(after)))


#: Marks that end a sentence (on NFKC text).
_SENTENCE_ENDS = frozenset("。!?")
#: How wide a line standing whole without punctuation may be: a heading's or subheading's width.
_WHOLE_LINE_MAX = 30


def _whole_after_sentence(last_line: str, text: str, widths: list[tuple[Callable[[str], float], float]]) -> bool:
    """A short line holding no sentence and ending on no mark, short of the width, after a line
    ending a sentence: whole (a heading, a subheading, a caption), not the last line of the
    paragraph, which ends on a mark."""
    return (unicodedata.normalize("NFKC", last_line.rstrip()[-1:]) in _SENTENCE_ENDS
            and not _SENTENCE_PUNCTUATION.search(text) and unicodedata.normalize("NFKC", text.rstrip()[-1:]) not in _FINISHED
            and not line_at_width(text, widths) and display_len(text) <= _WHOLE_LINE_MAX)


def _at_width(previous: str, last_line: str, widths: list[tuple[Callable[[str], float], float]],
              marked: dict[float, float] | None = None, exact: int | None = None) -> bool:
    """Whether the paragraph's last line reaches the wrap width, so goes on in the next line (the
    first line after a marker alone on its line: the ``marked`` width, see ``marked_width``). Where
    a wrapper cut every line at ``exact`` characters, a line ending a sentence short of them ended
    its paragraph, however near the width it comes."""
    if exact is not None and _ends_sentence(last_line) and _char_len(last_line) < exact:
        return False
    if line_at_width(last_line, widths):
        return True
    lines = previous.split("\n")
    if marked and len(lines) == 2 and prefix_only(lines[0]) and (
            display_len(last_line) >= marked.get(display_len(lines[0]), float("inf")) - 1):
        return True
    above = max(map(display_len, previous.split("\n")[:-1]), default=0)
    if above >= 12 and above - 1 <= display_len(last_line) <= above + 1:
        return True  # -- as long as the lines above it, which wrapped: a heading font's narrower width --
    # -- a paragraph's first line printed with a two-character indent (pdftotext drops it) --
    return previous == last_line and any(measure is display_len and measure(last_line) >= least - 2
                                         for measure, least in widths)


def _opens_after_sentence(text: str, after: str | None = None, *, turns: bool = True) -> bool:
    """A line opening on a dash lead (——…), on an address (各位代表！…) or, with ``turns``, on
    a turn to the problems (``_opens_a_turn``): a paragraph's opening."""
    return text.lstrip().startswith(("——", "－－")) or opens_with_address(text) or (turns and _opens_a_turn(text, after))


#: The words a review turns to its problems with (在肯定成绩的同时，我们也清醒看到…; 但也要看到…):
#: a paragraph of its own in every kind of report. (Openings on the years reviewed or the work
#: ahead — 五年来，…; 新的一年，… — also open sentences inside a paragraph: no sign.)
_TURN_TO_PROBLEMS = lazy_re.compile(r"清醒地?(?:看到|认识到)|[也还]要看到|也应看到|同时也要|肯定成绩的同时")
#: How long a saying before the turn may be (思危方能居安。在充分肯定成绩的同时…).
_SAYING_MAX = 12


def _opens_a_turn(text: str, after: str | None) -> bool:
    """Whether ``text`` (with the line ``after`` it, where its opening runs on) opens as the
    reports open the paragraph that turns to the problems: in its first sentence, or after a short
    saying (思危方能居安。…清醒看到…). Inside a paragraph a sentence seldom opens so."""
    opening = norm_key(text.strip() + (after or "").strip())
    first, _, rest = opening.partition("。")
    return bool(_TURN_TO_PROBLEMS.search(first)) or (
        len(first) <= _SAYING_MAX and bool(_TURN_TO_PROBLEMS.search(rest.partition("。")[0])))


def _ends_sentence(line: str) -> bool:
    return unicodedata.normalize("NFKC", line.rstrip()[-1:]) in _SENTENCE_ENDS


#: How many lines must show a wrapper's exact width, and what share of them may fall one short.
_EXACT_LEAST, _EXACT_SHORT = 8, 0.05


def exact_width(paragraphs: tuple[Paragraph, ...]) -> int | None:
    """The character count at which a wrapper cut every line (fold, textwrap, a mail client), if
    one did: the lines it certainly cut, which end inside a word (no mark ends them), are all as
    long, none longer and almost none a character shorter. Then a line ending a sentence a
    character short of the width ended its paragraph (…能力。 / 三是…). None for a page's layout
    (a PDF, a viewer's copy): a character may be carried to the next line there, as a mark may
    not open one, and digits and Latin letters take less room, so its lines are not as long."""
    # -- (a paragraph's first line counts its indent, where the text indents its first lines) --
    lengths = Counter(_char_len(p.text) + len(p.indent) for p in paragraphs
                      if _char_len(p.text) >= 12 and _inside_word(p.text.rstrip()[-1]))
    if not lengths:
        return None
    width, count = max(lengths.items(), key=lambda item: (item[1], item[0]))
    if (count < _EXACT_LEAST or lengths[width - 1] > _EXACT_SHORT * count
            or any(length > width for length in lengths)):
        return None
    return int(width)


def _inside_word(character: str) -> bool:
    """Whether a line ending on ``character`` was cut inside a word: a letter, an ideograph or a
    digit ends it, no mark."""
    return unicodedata.category(character)[0] in "LN"


def marked_width(paragraphs: tuple[Paragraph, ...]) -> dict[float, float]:
    """The width the first lines of numbered paragraphs share where pdftotext set each number on a
    line of its own (（二） / 提升合法性审查质效。推动…力量。 / 完善…: Word's automatic numbering,
    the number's tab taking the rest of the first line's room), by the marker's width (（二） and
    1、 leave different room): the most common length of the lines after such a marker alone,
    shared by two at least and exceeded by none."""
    by_marker: dict[float, Counter[int]] = {}
    for before, paragraph in zip(paragraphs, paragraphs[1:]):
        if prefix_only(before.text) and not is_marker_line(paragraph.text) and display_len(paragraph.text) >= 12:
            by_marker.setdefault(display_len(before.text), Counter())[round(display_len(paragraph.text))] += 1
    found = {}
    for marker, lengths in by_marker.items():
        width, count = max(lengths.items(), key=lambda item: (item[1] + lengths.get(item[0] - 1, 0), item[0]))
        if count + lengths.get(width - 1, 0) >= 2 and not any(length > width + 1 for length in lengths):
            found[marker] = float(width)
    return found


#: How many lines must open on an indent, and what share of the lines at most, for the indent to
#: tell a hard-wrapped text's paragraphs (the rest are wrapped lines, flush left).
_INDENTS_LEAST, _INDENTS_SHARE = 3, 0.6


def indents_open_paragraphs(paragraphs: tuple[Paragraph, ...]) -> bool:
    """Whether a hard-wrapped text indents its paragraphs' first lines and not their wrapped ones
    (as a text typed or saved with 　　 before each paragraph and wrapped at a width keeps them): a
    few lines open on an indent, most lines none."""
    indented = sum(1 for paragraph in paragraphs if _indented(paragraph))
    return indented >= _INDENTS_LEAST and indented <= _INDENTS_SHARE * len(paragraphs)


def _indented(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` opens on an indent: two spaces or a full-width one at least."""
    indent = paragraph.indent
    return 2 * indent.count("\u3000") + indent.count(" ") + 4 * indent.count("\t") >= 2


def _shifted(widths: list[tuple[Callable[[str], float], float]], indent: str,
             ) -> list[tuple[Callable[[str], float], float]]:
    """``widths`` for a line that opened on ``indent``: the indent took part of the width."""
    if not indent:
        return widths
    return [(measure, least - _room(measure, indent)) for measure, least in widths]


def _room(measure: Callable[[str], float], indent: str) -> float:
    """How much of a line's width ``indent`` took, by ``measure``."""
    return measure("x" + indent + "x") - measure("xx") if indent else 0


def _opens_on_mark(text: str) -> bool:
    """Whether ``text`` opens on a mark no paragraph opens with (。, ，, 、, ”, ）; not an opening bracket)."""
    return unicodedata.normalize("NFKC", text.lstrip()[:1]) in NO_OPENING


def _wrapped_point(previous: str, text: str, widths: list[tuple[Callable[[str], float], float]],
                   exact: int | None = None) -> bool:
    """一是/二是 opening a line after a full one: points run inside a paragraph (the parser
    splits them there), so this is wrapping, not a new paragraph. Where a wrapper cut every line
    at ``exact`` characters, a line ending a sentence short of them ended its paragraph, however
    near the width (…首位。 a character short / 四是…: a point that opens a paragraph of its own)."""
    last_line = previous.rsplit("\n", 1)[-1]
    if exact is not None and _ends_sentence(last_line) and _char_len(last_line) < exact:
        return False
    return bool(re.match(rf"^[{NUMERALS}]+是", text)) and line_at_width(last_line, widths)


#: A point's marker (一是, 二是…) opening a line, and one opening a sentence inside a line.
_POINT_AT_START = lazy_re.compile(rf"^\s*([{NUMERALS}]{{1,3}})是")
_POINT_INSIDE = lazy_re.compile(rf"(?<=[。；;！？!?])\s*([{NUMERALS}]{{1,3}})是")


def points_opening_paragraphs(paragraphs: tuple[Paragraph, ...], widths: list[tuple[Callable[[str], float], float]],
                              exact: int | None) -> frozenset[int]:
    """The lines opening on a point (一是…) after a sentence ended right at the wrap width that open
    a paragraph all the same, as their series shows: the points of one series are set alike, and
    the point numbered one before or after this one opens a line where a paragraph certainly
    opened (after a sentence ended short of the width), with no point of the report between them
    inside a line (…。二是…: points run in their paragraph there). 2019's 一是创新和完善宏观调控… after
    …主要做了以下工作。 at the width opens its paragraph as 二是…八是 do."""
    # -- (line, value, opens the line, a paragraph certainly opened there), in reading order --
    points: list[tuple[int, int, bool, bool]] = []
    for index, paragraph in enumerate(paragraphs):
        start = _POINT_AT_START.match(paragraph.text)
        if start is not None and start.group(1) in NUMERAL_VALUES:
            last = paragraphs[index - 1].text.rstrip() if index else ""
            certain = not index or _ends_sentence(last) and (
                _char_len(last) < exact if exact is not None else not line_at_width(last, widths))
            points.append((index, NUMERAL_VALUES[start.group(1)], True, certain))
        points.extend((index, NUMERAL_VALUES.get(found.group(1), 0), False, False)
                      for found in _POINT_INSIDE.finditer(paragraph.text))
    found: set[int] = set()
    # -- (a point found to open its paragraph tells its neighbour in turn: 一是 / 二是 both after a
    #    sentence ended at the width, 三是 where a paragraph certainly opened) --
    while True:
        more = {index for at, (index, value, opens, certain) in enumerate(points)
                if opens and not certain and index and index not in found
                and _ends_sentence(paragraphs[index - 1].text.rstrip())
                and _series_opens(points, at, value, found)}
        if not more:
            return frozenset(found)
        found |= more


def _series_opens(points: list[tuple[int, int, bool, bool]], at: int, value: int, found: set[int]) -> bool:
    """Whether the point ``points[at]``'s neighbours open lines, none inside one, and the one
    numbered next to it opens a paragraph (certainly, or as ``found``)."""
    before = points[at - 1] if at else None
    after = points[at + 1] if at + 1 < len(points) else None
    if any(neighbour is not None and not neighbour[2] for neighbour in (before, after)):
        return False
    return any(neighbour is not None and neighbour[1] == value + step and (neighbour[3] or neighbour[0] in found)
               for neighbour, step in ((before, -1), (after, 1)))


#: A line's end inside a figure or a code (M2, PM2.5, 6.3: a Latin letter, a digit or a decimal
#: point), and a line's opening on a digit.
_TOKEN_END = lazy_re.compile(r"(?:[A-Za-z0-9]|[0-9]\.)$")
_DIGIT_OPENING = lazy_re.compile(r"^[0-9]")


def _token_cut(previous: str, text: str, widths: list[tuple[Callable[[str], float], float]]) -> bool:
    """Whether the width cut a figure or a code in two, so that ``text`` opens on its digits as an
    item would (…保持广义货币M / 2、信贷…; …提高6. / 3个百分点): the line above reaches the width and
    ends inside the figure or code (a Latin letter, a digit or a decimal point); an item's line
    opens after a line ending on a mark or on a heading's words."""
    last_line = previous.rsplit("\n", 1)[-1]
    return _figure_across(last_line, text) and line_at_width(last_line, widths)


def _figure_across(line: str, text: str) -> bool:
    """Whether ``line`` ends inside a figure or a code that ``text`` goes on with (M / 2、…)."""
    return (_DIGIT_OPENING.match(unicodedata.normalize("NFKC", text.lstrip())) is not None
            and _TOKEN_END.search(unicodedata.normalize("NFKC", line.rstrip())) is not None)


def _cut_at_exact_width(line: str, exact: int | None) -> bool:
    """Whether ``line`` was cut inside a word by a wrapper that cut every line at ``exact``
    characters: then it is no subheading standing whole on its line, whatever its shape
    (…推进要素市场化配置 / 等改革。…)."""
    return exact is not None and _char_len(line) >= exact and _inside_word(line.rstrip()[-1:] or "。")


def line_at_width(line: str, widths: list[tuple[Callable[[str], float], float]]) -> bool:
    return any(measure(line) >= least for measure, least in widths)


#: Closing quotes and brackets (on NFKC text): they end a quotation, not a heading.
_CLOSING = frozenset("”’」』)】》")
#: A heading's second noun joined on by a conjunction (…主要举措 / 和成效, …问题 / 与不足).
_CONJOINED = lazy_re.compile(r"^(?:和|与|與|及|以及|并|並)\S")
#: How long a heading line is before a word read across its end tells a cut (shorter ones end on
#: words of their own: …工作回顾 / 过去一年 reads 回顾过去).
_LONG_HEADING = 12


def _heading_continues(last_line: str, text: str, after: str | None,
                       widths: list[tuple[Callable[[str], float], float]], *, cut_only: bool = False,
                       room: float = 0, flush: bool = False) -> bool:
    """A heading ends without punctuation, so its wrapped tail is told by shape: no sentence
    punctuation and no longer than the heading's line; a tail that fills the width itself
    must be followed by a marked line, the end, or a last short unpunctuated line (else it
    is the first line of a body paragraph). A line cut after a comma always continues."""
    # -- (a tail is no longer than the heading's line with the indent it opened on) --
    tail = not _SENTENCE_PUNCTUATION.search(text) and display_len(text) <= display_len(last_line) + room + 1
    end = unicodedata.normalize("NFKC", last_line.rstrip()[-1:])
    if end in _FINISHED and not (flush and end in _CLOSING and tail):
        # -- a heading that ends in 。 was not cut; one ending on a closing quote or bracket was,
        #    where the text indents its paragraphs and a flush tail follows (…和“十四五” / 时期…) --
        return False
    if dangling_across(last_line, text):
        return True  # -- …建设的 / 主要举措和成效: no heading ends on 的 or 及, in any form --
    if cut_only or _short_of_width(last_line, widths):
        # -- no line was wrapped by a width: a subheading after a heading is no tail of it; the cut
        #    shows by its marks or by a word cut in two after a long line (…第一责任 / 人职责情况; a
        #    short heading may end where a word of the next line begins: 2015年工作回顾 / 过去一年) --
        #    …or by the heading's second noun joined on (…主要举措 / 和成效) before a marked line: a
        #    subheading over nothing is none (和美乡村 / its body is one) --
        return (unicodedata.normalize("NFKC", last_line.rstrip()[-1:]) in _OPEN_END or _opens_no_paragraph(text)
                or tail and display_len(last_line) >= _LONG_HEADING and _word_across(last_line, text)
                or tail and _CONJOINED.match(unicodedata.normalize("NFKC", text.strip())) is not None
                and (after is None or is_marker_line(after)))
    if not tail:
        return False
    if flush:
        return True  # -- the text indents its paragraphs: a flush line opens no body --
    if unicodedata.normalize("NFKC", last_line.rstrip()[-1:]) in ",、":
        return True
    if not line_at_width(text, widths) or after is None or is_marker_line(after):
        return True
    return not (_SENTENCE_PUNCTUATION.search(after) or line_at_width(after, widths))


#: What share of the wrap width a heading line reaches at least when a width wrapped it: headings
#: are set in the body's size (三号, GB/T 9704; only the title is 二号), or a size up (小二: nine
#: tenths of the body's width); a line short of three quarters of it was not wrapped.
_HEADING_WRAP_SHARE = 0.75


def _short_of_width(line: str, widths: list[tuple[Callable[[str], float], float]]) -> bool:
    """Whether a heading line stops far short of the wrap width: no width wrapped it, so the short
    line after it (a subheading: （一）深化行政执法改革 / 推行行政执法“三项制度”) is no tail of it."""
    return bool(widths) and all(measure(line) < _HEADING_WRAP_SHARE * least for measure, least in widths)


# -- how report titles end: …年度报告, …情况的报告, …工作总结, …工作要点, with a bracketed note --
_TITLE_END = lazy_re.compile(r"(?:报告|報告|情况|情況|总结|總結|要点|要點)\s*(?:[(（][^)）]*[)）])?$")


def _title_is_cut(first: str, second: str) -> bool:
    opened = sum(first.count(c) for c in "（(《“") - sum(first.count(c) for c in "）)》”")
    if opened > 0:
        return True
    note = second.strip()
    if _TITLE_END.search(first.strip()) and re.fullmatch(r"[（(][^（()）\d]*[)）]", note):
        return True  # -- a bracketed note under the title (a date is not one: it stays apart) --
    return (display_len(second) < display_len(first) and bool(_TITLE_END.search(second.strip()))
            and "。" not in second)


def _char_len(text: str) -> float:
    return len(text.strip())


#: Line measures a wrapper may have used, each with how close to its width a wrapped line
#: comes: a character count (fold, textwrap: exact) or the printed width (a PDF's margin, as
#: pdftotext keeps it: a character or two short where punctuation may not start a line).
_MEASURES = ((_char_len, 1.0), (display_len, 2.0))


def wrap_width(paragraphs: tuple[Paragraph, ...]) -> list[tuple[Callable[[str], float], float]]:
    """Return (measure, least length of a wrapped line) for each way of measuring lines by
    which many lines share one length that (almost) no line exceeds; empty for text written
    one paragraph per line."""
    found = []
    for measure, slack in _MEASURES:
        # -- (a paragraph's first line counts its indent, where the text indents its first lines) --
        lengths = Counter(round(length + _room(measure, p.indent)) for p in paragraphs
                          if (length := measure(p.text)) >= 12)
        if not lengths:
            continue
        width, _ = max(lengths.items(), key=lambda item: (item[1] + lengths.get(item[0] - 1, 0), item[0]))
        at_width = lengths[width] + lengths.get(width - 1, 0)
        # -- (a printed width is measured by estimate, digits and marks half a character: a
        #    justified line may come out a character or two over it) --
        longer = sum(count for length, count in lengths.items() if length > width + slack)
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
            if (pieces[-1] and is_marker_line(line.strip()) and not re.match(rf"^[{NUMERALS}]是", line.strip())
                    and not _figure_across(pieces[-1][-1], line)):
                pieces.append([])
            pieces[-1].append(line)
        for index, piece in enumerate(pieces):
            # -- only the first piece can be the heading a Word style marked, or open on a lead;
            #    a subheading line stays apart from its body by a space (no 责任街道 in a redline) --
            level = paragraph.heading_level if index == 0 else None
            lead = paragraph.lead if index == 0 and piece[0].strip() == paragraph.lead else ""
            text = (piece[0].strip() + "\u3000" + "".join(piece[1:])) if lead and len(piece) > 1 else "".join(piece)
            result.append(Paragraph(text, paragraph.line, level, lead=lead))
    return tuple(result)


#: Where a paragraph opens inside a run-on line: a part (一、) or a section ((一), （二）) after a
#: sentence's end.
_RUN_ON_BREAK = lazy_re.compile(rf"(?<=[。！？；;!?])\s*(?=[{NUMERALS}]{{1,3}}、|[（(][{NUMERALS}]{{1,3}}[）)])")
#: …a first section or point glued to its part's heading, which ends on no mark (一、压实法治责任(一)
#: 健全…, 二、提升执法质效一是开展…).
_GLUED_SECTION = lazy_re.compile(r"(?<=[^\W\d_])(?=[（(]一[）)]|一是)")
#: …and the report's name glued to the opening of its preamble (…情况报告2023年,…).
_GLUED_TITLE = lazy_re.compile(r"(?<=[报報]告)\s*(?=(?:19|20)\d{2}\s*年)")
#: How much of the text the longest paragraph must hold for the text to be a run-on page.
_RUN_ON_SHARE = 0.5
#: …and how long it must be.
_RUN_ON_MIN = 200
#: The longest report name looked for at the start of a run-on page.
_TITLE_MAX = 90


def split_run_on(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Split a text that is one line (a page copied from a document site with its line breaks
    lost: …保障。一、坚持党的领导…) into paragraphs at the markers that open them after a
    sentence's end, a first section glued to its part's heading (…法治共识(一)强化…) and the
    report's name glued to its preamble (…情况报告2023年,…). A text written in paragraphs,
    whose longest line holds less than half of it, is left as it is."""
    if not paragraphs:
        return paragraphs
    longest = max(paragraphs, key=lambda paragraph: len(paragraph.text))
    total = sum(len(paragraph.text) for paragraph in paragraphs)
    if len(longest.text) < _RUN_ON_MIN or len(longest.text) < total * _RUN_ON_SHARE or not _RUN_ON_BREAK.search(
            longest.text):
        return paragraphs
    result: list[Paragraph] = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph is not longest:
            result.append(paragraph)
            continue
        pieces = _RUN_ON_BREAK.split(paragraph.text)
        pieces = [part for piece in pieces for part in _split_glued_section(piece)]
        if index == 0 and (title := _GLUED_TITLE.search(pieces[0][:_TITLE_MAX])) is not None:
            pieces[:1] = [pieces[0][:title.start()], pieces[0][title.end():]]
        result.extend(Paragraph(piece.strip(), paragraph.line, paragraph.heading_level if not i else None)
                      for i, piece in enumerate(pieces) if piece.strip())
    return tuple(result)


def _split_glued_section(piece: str) -> list[str]:
    """A part heading with its first section or point on its line (一、强化组织领导,压实法治责任
    (一)健全工作机制。…): the section opens a paragraph of its own."""
    if not re.match(rf"[{NUMERALS}]{{1,3}}、", piece):
        return [piece]
    glued = _GLUED_SECTION.search(piece)
    if glued is None or "。" in piece[:glued.start()]:
        return [piece]
    return [piece[:glued.start()], piece[glued.start():]]


#: An item marker after a sentence's end inside a paragraph: …150卷。2.组织… (not 。2.5%).
_INLINE_ITEM = lazy_re.compile(r"(?<=[。；;])\s*(\d{1,2})[.．、](?!\d)")
_LEADING_ITEM = lazy_re.compile(r"^(\d{1,2})[.．、](?!\d)")


def split_inline_items(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """Split a paragraph that runs its numbered items on one line (1.开展案卷评查，…。2.组织执法
    培训，…。3.…, or a section heading with them: （三）坚持…。6.新建…。7.…) into one paragraph an
    item: each number the one after the last, so a figure (。2.5%) or a number out of turn stays
    in its sentence; after a line that is no item, two in turn at least. Numbering may run on
    from the section before (（二） / 4.…。5.…)."""
    result: list[Paragraph] = []
    for paragraph in paragraphs:
        leading = _LEADING_ITEM.match(paragraph.text)
        expected = int(leading.group(1)) + 1 if leading else None
        cuts: list[int] = []
        for found in _INLINE_ITEM.finditer(paragraph.text):
            number = int(found.group(1))
            if expected is None or number == expected:
                cuts.append(found.start(1))
                expected = number + 1
        if len(cuts) < (1 if leading else 2):
            result.append(paragraph)
            continue
        bounds = [0, *cuts, len(paragraph.text)]
        result.extend(Paragraph(paragraph.text[start:end].strip(), paragraph.line,
                                paragraph.heading_level if not index else None)
                      for index, (start, end) in enumerate(zip(bounds, bounds[1:])))
    return tuple(result)


__all__ = ["join_wrapped", "line_at_width", "split_at_marked_lines", "split_inline_items", "split_run_on",
           "wrap_width"]
