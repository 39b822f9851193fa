"""diff: word-level redlines that compare keys but show originals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.diff import redline
from reportdiff.models import Op


def _ops(runs):
    return [(r.op.value, r.text) for r in runs]


def test_changed_figure_is_one_deletion_and_one_insertion() -> None:
    runs = redline("共受理案件170.81萬件,月均受理14.23萬件", "共受理案件182.40万件，月均受理14.23万件")
    assert ("delete", "170.81萬件") in _ops(runs)
    assert ("insert", "182.40万件") in _ops(runs)
    assert [r for r in runs if r.op is not Op.EQUAL and len(r.text) == 1] == []


def test_a_count_of_vehicle_times_changes_as_one_token() -> None:
    """138万车次 is one figure, as 人次 is: never 万 kept and 车次 split off (audit30)."""
    runs = redline("治超检测货车126萬車次", "治超检测货车138万车次")
    assert ("delete", "126萬車次") in _ops(runs) and ("insert", "138万车次") in _ops(runs)


def test_script_and_width_differences_are_no_change() -> None:
    runs = redline("規範工作程式,嚴格重大行政決策管理。", "规范工作程序，严格重大行政决策管理。")
    assert [r.op for r in runs] == [Op.EQUAL]
    assert runs[0].text == "规范工作程序，严格重大行政决策管理。"
    assert runs[0].old_text == "規範工作程式,嚴格重大行政決策管理。"


def test_edits_are_whole_words() -> None:
    runs = redline("加强组织领导，召开会议。", "加强组织领导，专题研究部署，召开会议。")
    assert _ops(runs) == [("equal", "加强组织领导，"), ("insert", "专题研究部署，"), ("equal", "召开会议。")]


def test_deterministic() -> None:
    a = "推进全国市场监管数字化试验区建设，搭建市场监管服务库。推行“无事不扰”企业清单试点。"
    b = "高标准推进全国市场监管数字化试验区建设，建成市场监管服务库并上线运行。"
    assert redline(a, b) == redline(a, b)


_words = st.sampled_from(
    ["依法", "行政", "推进", "规范性文件", "170.81万件", "97.81%", "，", "。", "審查", "审查", "營商環境", "营商环境", "加强", " "]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_words, max_size=25), st.lists(_words, max_size=25))
def test_accepting_gives_new_and_rejecting_gives_old(old_words: list[str], new_words: list[str]) -> None:
    old, new = "".join(old_words), "".join(new_words)
    runs = redline(old, new)
    assert "".join(r.text for r in runs if r.op is not Op.DELETE) == new
    assert "".join(r.old_text or r.text for r in runs if r.op is not Op.INSERT) == old


def test_a_shared_term_survives_between_edits() -> None:
    # -- counted in tokens, this two-token equality weighed less than the edits around it --
    runs = _ops(redline("堅持系統觀念,推動一體化綜合監管。", "推動一體化綜合監管改革向縱深發展。"))
    assert ("equal", "推動一體化綜合監管") in runs


def test_labels_between_changed_figures_survive() -> None:
    runs = _ops(redline("共受理案件170.81萬件,月均受理14.23萬件,解決率97.81%",
                        "共受理案件176.45万件，月均受理14.70万件，解决率98.12%"))
    assert ("equal", "，月均受理") in runs and ("equal", "，解决率") in runs
    assert len([op for op, _ in runs if op == "delete"]) == 3


def test_very_long_texts_are_diffed_with_bounded_work(seed_text: str) -> None:
    # -- 8k and 120k characters with their sentences reshuffled: word-level dmp alone ran
    #    for seconds to hours; the sentence pre-alignment keeps both invariants --
    import random

    base = seed_text.replace("\n", "")
    for times in (2, 30):
        old = base * times
        sentences = old.split("。")
        random.Random(times).shuffle(sentences)
        new = "。".join(sentences)
        runs = redline(old, new)
        assert "".join(r.text for r in runs if r.op is not Op.DELETE) == new
        assert "".join(r.old_text or r.text for r in runs if r.op is not Op.INSERT) == old


@pytest.mark.parametrize(("old", "new"), [("", " "), (" ", ""), ("", ""), (" ", "  "), ("依法行政", "依法行政 ")])
def test_empty_and_whitespace_only_sides(old: str, new: str) -> None:
    runs = redline(old, new)
    assert "".join(r.text for r in runs if r.op is not Op.DELETE) == new
    assert "".join(r.old_text or r.text for r in runs if r.op is not Op.INSERT) == old
