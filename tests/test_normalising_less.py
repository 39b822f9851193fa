"""Speed paths that skip normalising a whole paragraph decide as the whole paragraph's NFKC
would (hypothesis properties against the plain formulas they replace)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reportdiff.kinds import detect_role, names_a_part
from reportdiff.models import Role
from reportdiff.parse_header import _ends_on_colon
from reportdiff.parse_markers import LEAD_IN

# -- heading words, sentence marks in both widths and their small forms, colons of every form,
#    combining marks, spaces and compatibility characters that fold --
_PIECES = st.sampled_from(["工作回顾", "存在的问题", "主要安排", "下一步", "2024年", "和", "不足", "。", "，", ",", "；",
                           ";", "：", ":", "﹕", "︓", "﹐", "﹔", "\u0301", "\u0308", " ", "\u3000", "\t", "Ａ", "①",
                           "ﬁ", "ｶ", "e", "\u1100", "\u1161"])
_LINES = st.lists(_PIECES, max_size=12).map("".join)


def _names_a_part_in_full(line: str) -> bool:
    text = unicodedata.normalize("NFKC", line).strip().rstrip(":")
    return 0 < len(text) <= 30 and not any(mark in text for mark in "。;:,") and detect_role(text) is not Role.OTHER


@given(_LINES)
def test_names_a_part_as_the_whole_line_s_nfkc_decides(line) -> None:
    assert names_a_part(line) == _names_a_part_in_full(line)


@given(_LINES)
def test_a_lead_in_ends_on_a_colon_as_its_last_character_says(line) -> None:
    text = line.strip()
    if LEAD_IN.match(unicodedata.normalize("NFKC", text)):
        assert _ends_on_colon(text)


def test_the_fast_paths_keep_their_answers() -> None:
    assert names_a_part("2024年工作回顾") and names_a_part("存在的问题：")
    assert not names_a_part("2024年，我们全面完成了工作回顾")
    assert _ends_on_colon("主要预期目标如下：") and _ends_on_colon("安排如下﹕") and not _ends_on_colon("如下。")
