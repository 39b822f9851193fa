"""A rewritten paragraph keeps what it kept (review39 #5): sentences reordered and figures changed
around them, the words both years write (建成省级和美乡村示范村, 粮食总产量达到) stay equal runs with
the figures redlined beside them, not one block deleted and one inserted. Both scripts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from reportdiff.diff import Op, redline

_T = OpenCC("s2t").convert
OLD = ("乡村振兴全面推进。粮食播种面积稳定在52.3万亩，粮食总产量达到23.8万吨。新建高标准农田3.5万亩。"
       "建成省级和美乡村示范村12个。农村集体经济收入50万元以上的村达到45个。")
NEW = "乡村全面振兴扎实推进。新建高标准农田4.2万亩，粮食总产量达到24.1万吨。建成省级和美乡村示范村15个。"


@pytest.mark.parametrize("script", [str, _T], ids=["simplified", "traditional"])
def test_words_both_years_write_stay_equal_in_a_rewritten_paragraph(script) -> None:
    runs = redline(script(OLD), script(NEW))
    equal = "".join(run.text for run in runs if run.op is Op.EQUAL)
    assert script("建成省级和美乡村示范村") in equal and script("粮食总产量达到") in equal
    pairs = [(a.text, b.text) for a, b in zip(runs, runs[1:]) if a.op is Op.DELETE and b.op is Op.INSERT]
    # -- the figure after the kept words changes beside them --
    assert any(old.startswith(script("23.8万吨")) and new == script("24.1万吨") for old, new in pairs)
    assert script("15个") in [run.text for run in runs if run.op is Op.INSERT][-1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["新建高标准农田3.5万亩。", "建成省级和美乡村示范村12个。", "粮食总产量达到23.8万吨。",
                                 "开展执法检查120次。", "乡村振兴全面推进。"]), min_size=1, max_size=6),
       st.lists(st.sampled_from(["新建高标准农田4.2万亩，", "建成省级和美乡村示范村15个。", "粮食总产量达到24.1万吨。",
                                 "办理案件900件。", "乡村全面振兴扎实推进。"]), min_size=1, max_size=6))
def test_the_runs_still_spell_both_texts(old: list[str], new: list[str]) -> None:
    runs = redline("".join(old), "".join(new))
    assert "".join(run.old_text or run.text for run in runs if run.op is not Op.INSERT) == "".join(old)
    assert "".join(run.text for run in runs if run.op is not Op.DELETE) == "".join(new)
