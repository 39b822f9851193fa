"""Policy tasks named two ways (data/promise_paraphrases.tsv), as the promise matchers read them.

A plan writes 化解过剩产能 and the next review reports 去产能 (or 退出钢铁产能…), a plan 减税 and
the review 降低税率: the same task in words that share nothing a matcher can weigh. The table
joins such forms into groups, written from general knowledge of government language; a group is
looked for as a concept of one thing (``plan_matching.CONCEPTS`` with ``ONE_THING``), in the
promise matchers only (``Matcher(paraphrases=True)``): plan links inside one report keep the
words as written.

A group holds forms of one thing only; two things alike (自贸试验区 and 自由贸易港) are two
groups, so that neither reports the other.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .normalize import normalize

_PATH = Path(__file__).with_name("data") / "promise_paraphrases.tsv"


@cache
def paraphrases() -> dict[str, tuple[str, ...]]:
    """Return each group's name with its forms as comparison keys (normalised), read once, on
    first use; the name is a concept's name of its own (no ``CONCEPTS`` name is reused)."""
    found: dict[str, tuple[str, ...]] = {}
    for line in _PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, *forms = line.split("\t")
        keys = tuple(dict.fromkeys(key for form in forms if len(key := normalize(form.strip()).key) >= 2))
        if keys:
            found[normalize(name.strip()).key] = keys
    return found


@cache
def any_form() -> re.Pattern[str]:
    """A pattern of every form of every group: most texts hold none, and are done with one search."""
    forms = sorted({form for forms in paraphrases().values() for form in forms}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


__all__ = ["any_form", "paraphrases"]
