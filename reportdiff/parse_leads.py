"""Measures headed by a lead phrase instead of a number (强化组织领导：…, 【依法决策】…).

A street office or a department often writes its measures as paragraphs that open on a short
phrase naming the field of work, closed by a colon or set in 【】 brackets, the body on the same
line. A run of such paragraphs is a list as 1. 2. 3. is: each one a measure titled by its phrase.
One paragraph alone opening X：… (今年的主要目标是：…, 主要做法：…) stays a paragraph.

Others set the phrase on a line of its own above the body (a bold line in Word or a WeChat
article: 党建引领，压实法治责任 / 街道党工委…): the reader joins it to its body with the
subheading as the paragraph's lead (``subheading``), and a run of those is such a list too.
"""

from __future__ import annotations

import re
import unicodedata

from . import lazy_re
from .kinds import detect_role
from .models import Measure, MeasureKind, Role
from .parse_markers import is_marker_line, split_points

#: 【依法决策】 at a paragraph's head.
_BRACKETED = lazy_re.compile(r"^\s*【([^【】。，,；;：:]{2,16})】")
#: 强化组织领导： at a paragraph's head (after width folding the colon is ``:``): a phrase, no
#: clause, list, figure or quotation in it, nor the dashes of a review's list (——经济运行：…).
_COLONED = lazy_re.compile(r"^\s*([^\s，,。；;：:、“”\"《》（）()【】—\d]{2,12})[：:]")
#: A bold phrase closed by 。 (依法决策。): one clause, no list, figure or quotation.
_BOLD = lazy_re.compile(r"^\s*([^\s，,。；;：:、“”\"《》\d]{2,16})。\s*$")
#: A subheading on a line of its own: one or two short phrases (党建引领，压实法治建设责任), no
#: sentence, list, figure, quotation or bracket in it.
_SUBHEADING = lazy_re.compile(r"^[^\s，,。；;：:、“”\"'《》（）()【】\d!！?？.．]{2,14}(?:[，,][^\s，,。；;：:、“”\"'《》（）()【】\d!！?？.．]{2,14})?$")
#: A phrase that opens a sentence rather than names a field: …是：, 主要措施有：, 具体如下：.
_ANNOUNCING = lazy_re.compile(r"(?:是|为|有|如下|包括|在于|方面|以下)$")


def lead_phrase(text: str, bold: str = "") -> tuple[str, str] | None:
    """Return (lead, title) of a paragraph that opens on a lead phrase with a body after it:
    the lead as written (``【依法决策】``, ``强化组织领导：``, or ``bold``, a bold phrase Word
    set before the body: ``依法决策。``) and the phrase it names."""
    match = _BRACKETED.match(text)
    if match is None:
        match = _COLONED.match(text)
        if match is None or _ANNOUNCING.search(unicodedata.normalize("NFKC", match.group(1))):
            match = _BOLD.match(bold) if bold and text.startswith(bold) else None
            if match is None and bold and text.startswith(bold) and subheading(bold.strip()):
                match = re.match(rf"^\s*({re.escape(bold.strip())})\s*", text)
            if match is None:
                return None
    lead, title = match.group(0), match.group(1).strip()
    body = text[len(lead):].strip()
    # -- a phrase over 一是…二是… heads those points; a role's name (下一步工作打算：, 存在的问题：)
    #    leads a part's turn, not a measure; an address (各位代表：) nothing --
    if not body or sum(numeral is not None for numeral, _ in split_points(body)) >= 2:
        return None
    if detect_role(title) is not Role.OTHER or title.startswith("各位"):
        return None
    return lead, title


def subheading(line: str) -> bool:
    """Whether a whole unpunctuated line has a subheading's shape: one or two short phrases that
    name no part (存在的问题 opens a part), are no marked line and open no sentence (今年是 / 全面…)."""
    folded = unicodedata.normalize("NFKC", line).strip()
    return (bool(_SUBHEADING.match(folded)) and not is_marker_line(folded) and not _ANNOUNCING.search(folded)
            and detect_role(folded) is Role.OTHER)


def lead_of(measure: Measure) -> str:
    """The lead phrase that titles an unnumbered item, as written (``【依法决策】``); "" for any
    other measure. Its title, no plan and no formulation of its own."""
    if measure.kind is not MeasureKind.ITEM or measure.marker:
        return ""
    found = lead_phrase(measure.text)
    if found is not None:
        return found[0]
    # -- a bold phrase (依法决策。) is the measure's title, its first sentence --
    title = measure.title
    return measure.text[:len(title) + 1] if title and measure.text.startswith(title + "。") else ""


def lead_paragraphs(paragraphs) -> frozenset[tuple[int, str]]:
    """The (line, text) of every paragraph that opens on a lead phrase next to another that does:
    a run of two or more is a list of measures."""
    marked = [not is_marker_line(p.text) and p.table is None and lead_phrase(p.text, p.lead) is not None
              for p in paragraphs]
    return frozenset((p.line, p.text) for index, p in enumerate(paragraphs) if marked[index] and (
        (index > 0 and marked[index - 1]) or (index + 1 < len(marked) and marked[index + 1])))


__all__ = ["lead_of", "lead_paragraphs", "lead_phrase", "subheading"]
