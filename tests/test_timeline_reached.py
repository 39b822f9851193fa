"""What the next review says a target reached, beside the target in the timeline: a figure is
prefixed with the word (实际 6.7%), a result stated in words that already says it (实际增长6.3%) is
shown once, not 实际 实际增长6.3%."""

from __future__ import annotations

import pytest

from reportdiff.labels import labels
from reportdiff.render.timeline_render import _reached


@pytest.mark.parametrize("lang, result, shown", [
    ("zh", "6.7%", "（实际 6.7%）"),
    ("zh", "实际增长6.3%", "（实际增长6.3%）"),
    ("zh", "實際增長6.3%", "（實際增長6.3%）"),
    ("en", "6.7%", "（reached 6.7%）"),
    (None, None, ""),
])
def test_the_word_for_reached_is_said_once(lang, result, shown) -> None:
    target = {"years": {"2023": {"result": result}}}
    assert _reached(target, 2023, labels(lang or "zh"), "（{}）") == shown
